"""Evaluation 5, part A (fourth file, the lowest of the chain): hand-written blind prompts.

Each row was written by hand, one by one, without looking at the scanner or its tests, to read
like real chat-API traffic. This file holds the `_row` helper and the 50 benign rows;
`_eval5_part_a3.py` imports these ROWS and extends them (chain: a -> a2 -> a3 -> a4).

Row: {"text": str, "field": str, "values": [[TYPE, value], ...]}; benign rows have no values.
"""

from __future__ import annotations


def _row(field: str, text: str, *values: tuple[str, str]) -> dict:
    return {"text": text, "field": field, "values": [[kind, value] for kind, value in values]}


# Benign traffic: questions and prompts with no private person or real credential in them.
_BENIGN: list[dict] = [
    _row(
        "content",
        "can you explain why my asyncio.gather call just hangs when one of the tasks raises? "
        "python 3.11, the traceback only ends with CancelledError and nothing else",
    ),
    _row(
        "content",
        "Write a 200-word summary of Chinua Achebe's Things Fall Apart for a Year 10 class. "
        "Focus on Okonkwo and the theme of masculinity, and end with two discussion questions.",
    ),
    _row(
        "content",
        "Hi po, what's the best way to go from NAIA Terminal 3 to Intramuros? First time in "
        "Manila, our hotel is near Rizal Park. Grab or jeep is better? We have 2 big luggage",
    ),
    _row(
        "content",
        "recipe for party jollof rice for 12 people, the smoky bottom-pot kind. my aunty says "
        "no tomato paste at all but i don't believe her lol",
    ),
    _row(
        "content",
        "Kindly explain the difference between Section 80C and 80D deductions under the "
        "Income Tax Act for FY 2024-25, old regime vs new regime. Please explain in simple terms.",
    ),
    _row(
        "content",
        "following the quickstart exactly:\n\n"
        "curl https://api.example.com/v1/items \\\n"
        '  -H "Authorization: Bearer YOUR_API_KEY" \\\n'
        '  -H "Accept: application/json"\n\n'
        "and I get 401 unauthorized. do I need to replace YOUR_API_KEY with something from the "
        "dashboard or is it a literal?",
    ),
    _row(
        "content",
        "who won more grand slams, serena williams or steffi graf? and how many did navratilova "
        "have in singles",
    ),
    _row(
        "content",
        "Is it OK to keep this in my docker-compose for local dev only?\n\n"
        "  db:\n"
        "    image: postgres:16\n"
        "    environment:\n"
        "      POSTGRES_USER: postgres\n"
        "      POSTGRES_PASSWORD: changeme\n"
        "    ports:\n"
        '      - "5432:5432"\n\n'
        "the tutorial says changeme but I'm worried it ends up in prod",
    ),
    _row(
        "content",
        "What actually caused the decline of the Tang dynasty? Was it just the An Lushan "
        "rebellion or were the jiedushi and the Huang Chao uprising more important?",
    ),
    _row(
        "content",
        "What's the usual starting dose of metformin for adults with newly diagnosed type 2 "
        "diabetes, and below which eGFR is it contraindicated?",
    ),
    _row(
        "content",
        "Plan 5 days Hanoi -> Ha Long Bay -> Ninh Binh in March, budget around 800 USD for 2 "
        "people. We like pho, caves and not too much bus. Is Hang Mua worth the stairs?",
    ),
    _row(
        "content",
        "In Ireland can a landlord keep the whole deposit for normal wear and tear after a "
        "4 year tenancy? What does the RTB say and how long do they have to return it",
    ),
    _row(
        "content",
        "mate what's the go with the Harbour Bridge climb, is it worth 300 bucks? or just walk "
        "across and do the Pylon Lookout instead. going in Jan with the kids",
    ),
    _row(
        "content",
        "Order #88412093 says delivered on 26 Nov but nothing arrived and the photo is of "
        "someone else's door. Write me a short firm message for the seller chat asking for a "
        "refund or reshipment.",
    ),
    _row(
        "system",
        "You are Ada, the virtual assistant of Lumen Bank. Be concise and friendly. Never give "
        "investment advice. Answer in the customer's language. If a card is lost or stolen, "
        "tell the customer to use the Freeze card button in the app and call the number on "
        "the back of the card.",
    ),
    _row(
        "tool_description",
        "get_weather(city: str, units: 'metric' | 'imperial' = 'metric') -> dict. Returns the "
        "current temperature, humidity and a 3-day forecast. Example: get_weather('Lagos').",
    ),
    _row(
        "tool_arguments",
        '{"query": "best ramen near Shibuya station", "limit": 5, "open_now": true}',
    ),
    _row(
        "metadata",
        '{"session": "a91f-22c0", "app_version": "4.18.2", "locale": "pt-BR", "ts": 1733050511}',
    ),
    _row("name", "support_bot_v2"),
    _row("user", "user_7731904"),
    _row("metadata", "tags: onboarding, faq; source: zendesk macro 2291; reviewed"),
    _row(
        "system",
        "You are a coding tutor. When an example needs credentials, only use the documentation "
        "placeholders: user admin@example.com with password changeme, API key sk-test-XXXX. "
        "Never invent anything that looks like a real key.",
    ),
    _row(
        "tool_arguments",
        '{"sql": "SELECT id, created_at, total FROM orders WHERE status = \'refunded\' '
        'ORDER BY created_at DESC LIMIT 50"}',
    ),
    _row(
        "tool_description",
        "send_email(to: str, subject: str, body: str). Sends a plain-text e-mail through the "
        "company SMTP relay. `to` must be a full address such as jane.doe@example.com.",
    ),
    # Spanish
    _row(
        "content",
        "¿Qué diferencia hay entre el pretérito perfecto y el indefinido? Mi profe de Madrid "
        "dice 'hoy he comido' pero en México todos dicen 'hoy comí'. ¿Las dos están bien?",
    ),
    _row(
        "content",
        "Necesito un itinerario de 4 días por Oaxaca: Monte Albán, Hierve el Agua y el mercado "
        "20 de Noviembre. Vamos en carro desde CDMX, ¿conviene parar en Puebla?",
    ),
    _row(
        "content",
        "hazme un resumen de la guerra civil española en 10 puntos para un examen de "
        "bachillerato, con Azaña, Franco y lo de Guernica",
    ),
    _row(
        "tool_arguments",
        '{"texto": "Resume el capítulo 3 de Cien años de soledad de García Márquez", '
        '"idioma": "es", "max_palabras": 150}',
    ),
    _row(
        "system",
        "Eres un asistente de cocina mexicana. Responde siempre en español neutro, da "
        "cantidades en gramos y tazas, y sugiere sustitutos si un chile no se consigue fuera "
        "de México.",
    ),
    # Portuguese
    _row(
        "content",
        "me explica a diferença entre MEI e ME pra quem vende bolo de pote em casa, qual paga "
        "menos imposto? faturamento uns 6 mil por mês",
    ),
    _row(
        "content",
        "Qual é a melhor forma de ir de Lisboa a Sintra ao fim de semana? Comboio desde o "
        "Rossio ou carro? Queremos ver a Pena e a Quinta da Regaleira no mesmo dia.",
    ),
    _row(
        "content",
        "faz um poema curto no estilo de Fernando Pessoa (Álvaro de Campos) sobre segunda-feira "
        "de manhã no metrô de São Paulo",
    ),
    _row(
        "content",
        "Por que o Brasil perdeu de 7 a 1 para a Alemanha em 2014? Quero uma análise tática, "
        "sem o Neymar e sem o Thiago Silva.",
    ),
    _row(
        "tool_arguments",
        '{"cidade": "Belo Horizonte", "categoria": "restaurantes", "preco_max": 80, '
        '"ordenar_por": "avaliacao"}',
    ),
    # French
    _row(
        "content",
        "Peux-tu m'expliquer simplement la différence entre une SAS et une SARL pour un petit "
        "restaurant à Bordeaux ? On est deux associés.",
    ),
    _row(
        "content",
        "écris une dissertation courte : Victor Hugo est-il plus un poète qu'un romancier ? "
        "avec des exemples des Contemplations et des Misérables",
    ),
    _row(
        "content",
        "J'ai une erreur « ModuleNotFoundError: No module named 'django' » alors que je l'ai "
        "installé avec pip. J'utilise VS Code sous Windows, comment choisir le bon interpréteur ?",
    ),
    _row(
        "system",
        "Tu es l'assistant d'une agence de voyages à Lyon. Réponds en français, propose "
        "toujours deux options de train (TGV INOUI et OUIGO) et rappelle les horaires de "
        "fermeture des musées.",
    ),
    # German
    _row(
        "content",
        "Wie lange dauert ein Ei im Eierkocher, wenn ich es wachsweich will? Größe L, direkt aus "
        "dem Kühlschrank.",
    ),
    _row(
        "content",
        "Fass mir bitte Goethes Faust I in 8 Sätzen zusammen, mit Gretchen und Mephisto, für "
        "die Klausur morgen.",
    ),
    _row(
        "tool_description",
        "Sucht Zugverbindungen der Deutschen Bahn zwischen zwei Bahnhöfen. Parameter: von, nach, "
        "datum (JJJJ-MM-TT), uhrzeit (HH:MM). Gibt maximal 5 Verbindungen zurück.",
    ),
    _row("metadata", "kanal=webchat; sprache=de; version 2.3.1; test-run 2024-11-28T09:14:00Z"),
    # Italian
    _row(
        "content",
        "mi spieghi la differenza tra Inferno e Purgatorio nella Divina Commedia? chi è la guida "
        "di Dante e perché cambia con Beatrice",
    ),
    _row(
        "content",
        "Ricetta della carbonara vera, senza panna. Guanciale o pancetta? E il pecorino romano "
        "va mescolato con le uova prima?",
    ),
    _row(
        "tool_description",
        "Restituisce il CAP dato comune e via. Esempio: comune='Bologna', via='Via "
        "dell'Indipendenza'. Se la via non esiste restituisce null.",
    ),
    # Dutch
    _row(
        "content",
        "Kun je uitleggen hoe de hypotheekrenteaftrek werkt in 2025? En is dat anders als je "
        "samenwoont maar niet getrouwd bent?",
    ),
    _row(
        "content",
        "Schrijf een korte tekst voor een museumbordje over De Nachtwacht van Rembrandt, "
        "max 80 woorden, voor kinderen van 10.",
    ),
    _row(
        "tool_description",
        "Zoekt de openingstijden van gemeentelijke loketten. Invoer: gemeente (bijv. 'Utrecht'), "
        "dienst (paspoort, rijbewijs, uittreksel).",
    ),
    # Catalan
    _row(
        "content",
        "Em pots explicar per què la Sagrada Família encara no està acabada? Què va deixar "
        "dibuixat Gaudí i què han fet els arquitectes després?",
    ),
    # Irish
    _row(
        "content",
        "Cé a bhí i gceannas ar an Éirí Amach 1916? Mínigh ról Phádraig Mhic Phiarais agus "
        "Shéamuis Uí Chonghaile i gcúpla abairt, le do thoil.",
    ),
]

ROWS: list[dict] = _BENIGN
