# ruff: noqa: E501
"""Evaluation 8, part a (hand-written blind): benign prompts (no values). Seed 145903.

Public people, fictional characters, places, streets as places, brands and works; code, configs
with obvious placeholders, maths, recipes, travel and numbers that are not personal.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def row(field: str, text: str) -> dict[str, object]:
    return {"text": text, "field": field, "values": []}


ROWS_A5: list[dict[str, object]] = [
    row(
        "content",
        "was Mary Robinson the first woman president of Ireland or was there someone before her? and what did she do at the UN after",
    ),
    row(
        "content",
        "gie us a wee summary o Tam o' Shanter, the Robert Burns poem, for ma niece's school project. keep it short",
    ),
    row(
        "content",
        "how many gold medals did Cathy Freeman win and was the 400m at Sydney 2000 her only olympic gold",
    ),
    row(
        "content",
        "Explain why Sachin Tendulkar's 200 not out against South Africa in Gwalior, 2010 was such a big deal. My son is 11 and new to cricket.",
    ),
    row(
        "content",
        "whats the story behind Dolly Parton's Imagination Library, is it in every county in Tennessee now",
    ),
    row(
        "content",
        "Write a 5 minute speech for Founders' Day about Kwame Nkrumah and the road to independence on 6 March 1957.",
    ),
    row(
        "content",
        "¿En qué año pintó Frida Kahlo 'Las dos Fridas' y dónde se puede ver hoy en la Ciudad de México?",
    ),
    row(
        "content",
        "necesito un resumen de Cien años de soledad de Gabriel García Márquez, capítulo por capítulo, pa' la prueba del lunes",
    ),
    row(
        "content",
        "qué poemas de Gabriela Mistral me recomiendas para leer en un acto del colegio? algo sobre la infancia",
    ),
    row(
        "content",
        "Qual a diferença entre Alberto Caeiro, Ricardo Reis e Álvaro de Campos? Sempre confundo os heterónimos do Fernando Pessoa.",
    ),
    row(
        "content",
        "quantos gols o Pelé fez de verdade? vi 1281 e 757 em sites diferentes, qual conta é a oficial",
    ),
    row(
        "content",
        "Quem foi Samora Machel e porque é que a avenida principal de tantas cidades moçambicanas tem o nome dele?",
    ),
    row(
        "content",
        "Combien de titres du Grand Chelem Roger Federer a-t-il gagnés à Wimbledon, et contre qui en finale en 2017 ?",
    ),
    row(
        "content",
        "Traduis en anglais les paroles de « Ne me quitte pas » de Jacques Brel, en gardant le rythme si possible",
    ),
    row(
        "content",
        "C'est quoi le record du monde du 1500 m de Hicham El Guerrouj, et il a été établi où ?",
    ),
    row(
        "content",
        "Scrivimi una parafrasi del canto V dell'Inferno, quello di Paolo e Francesca, in italiano semplice per la terza media",
    ),
    row(
        "content",
        "Wie viele Symphonien hat Mozart komponiert und welche davon passt gut zu einer Hochzeit im Stift Melk?",
    ),
    row(
        "content",
        "Wer hat Heidi geschrieben, Johanna Spyri? Und spielt die Geschichte wirklich in Maienfeld?",
    ),
    row(
        "content",
        "Hoeveel keer heeft Eddy Merckx de Ronde van Frankrijk gewonnen, en in welke jaren droeg hij het geel tot in Parijs?",
    ),
    row(
        "content",
        "care a fost nota primită de Nadia Comăneci la Montreal în 1976 și de ce tabela a afișat 1.00?",
    ),
    row(
        "content",
        "Quines obres de Gaudí es poden visitar en un sol dia a Barcelona? La Sagrada Família, la Pedrera i el Park Güell, quin ordre em recomanes?",
    ),
    row(
        "content",
        "Cando se celebra o Día das Letras Galegas e por que se escolleu o 17 de maio, pola publicación de Cantares gallegos de Rosalía de Castro?",
    ),
    row(
        "content",
        "Bernardo Atxagaren Obabakoak liburuaren laburpen bat behar dut, euskaraz, bi paragrafotan",
    ),
    row(
        "content",
        "in Asterix and the Picts, who is the character based on Sean Connery and what loch do they visit",
    ),
    row(
        "content",
        "¿Cuál es el verdadero nombre de Cantinflas y en qué película ganó el Globo de Oro?",
    ),
    row(
        "content",
        "Tintin au Congo est-il encore vendu en Belgique ? Je croyais qu'il avait été retiré des librairies.",
    ),
    row(
        "content",
        "walking route from Grafton Street to the Guinness Storehouse, is it doable in 30 min with a buggy",
    ),
    row(
        "content",
        "es seguro caminar de noche por el Paseo de la Reforma desde el Ángel hasta el Zócalo? voy en diciembre",
    ),
    row(
        "content",
        "Vale a pena ficar num hotel na Avenida da Liberdade ou é melhor o Chiado para quem vai a pé ao Castelo de São Jorge?",
    ),
    row(
        "content",
        "Gibt es an der Bahnhofstrasse in Zürich noch günstige Cafés oder nur Uhrenläden und Banken?",
    ),
    row(
        "content",
        "fix this python: it should print the 10 first primes but prints 9\n\nprimes=[]\nn=2\nwhile len(primes)<10:\n    if all(n%p for p in primes): primes.append(n)\n    n+=1\nprint(primes[1:])",
    ),
    row(
        "content",
        'why does this docker-compose fail?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: your_user_here\n      POSTGRES_PASSWORD: <changeme>\n    ports:\n      - "5432:5432"\n  web:\n    build: .\n    depends_on: [db]\n    ports: 8000:8000',
    ),
    row("content", "what's the integral of x*e^(2x) dx, show me integration by parts step by step"),
    row(
        "content",
        "Receta de pozole rojo para 12 personas: ¿cuánto maíz pozolero, cuántos chiles guajillo y ancho, y cuánto tiempo de cocción?",
    ),
    row(
        "content",
        "quanto tempo cozinho um bacalhau à Brás para 4 pessoas e posso usar batata palha de pacote?",
    ),
    row(
        "content",
        "Recette de fondue moitié-moitié pour 6: combien de grammes de vacherin fribourgeois et de gruyère?",
    ),
    row(
        "metadata",
        "order_ref=IE-2026-448193; total=€86.40; carrier=An Post; status=delivered",
    ),
    row(
        "content",
        "Upgraded from Node 18.19.0 to 22.11.0 and now `npm ci` fails with ERESOLVE on react@18.3.1 vs react-dom@19.0.0. How do I fix the peer deps?",
    ),
    row(
        "tool_arguments",
        '{"claim": "The Sydney Harbour Bridge opened on 19 March 1932 and cost about 10 million pounds", "sources": 3}',
    ),
    row(
        "content",
        "Cuánto cuesta un pasaje en bus de Santiago a Valparaíso un domingo y cuánto demora? leí que $5.900 pero no sé si es ida y vuelta",
    ),
    row(
        "system",
        "You are a friendly travel assistant for visitors to Kerala. Recommend houseboats in Alappuzha, tea estates in Munnar and the Fort Kochi area. Prices in INR. Never book anything yourself.",
    ),
    row(
        "system",
        "Eres el asistente del Museo Nacional de Antropología. Responde sobre la Piedra del Sol, la sala Mexica y los horarios (martes a domingo, 9:00 a 18:00). No des opiniones políticas.",
    ),
    row(
        "system",
        "Tu es un correcteur pour des élèves de secondaire au Québec. Corrige l'orthographe et la grammaire, explique chaque règle, cite le Multidictionnaire si utile.",
    ),
    row(
        "tool_description",
        'Looks up the weather forecast for a city. Arguments: city (string, e.g. "Accra" or "Kumasi"), days (integer 1-7). Returns temperature in °C and rain probability.',
    ),
    row(
        "tool_description",
        "Cerca un treno su Trenitalia o Italo tra due stazioni (es. Milano Centrale, Roma Termini). Parametri: partenza, arrivo, data ISO 8601, classe.",
    ),
    row(
        "tool_arguments", '{"query": "Pastéis de Belém horário", "lang": "pt-PT", "max_results": 5}'
    ),
    row(
        "tool_arguments",
        '{"sku": "LEGO-10305", "qty": 2, "coupon": "BLACKFRIDAY26", "currency": "EUR"}',
    ),
    row("metadata", "build=2026.11.30-rc2; region=eu-west-1; feature_flags=dark_mode,new_checkout"),
    row("name", "travel_helper_bot"),
    row("user", "session-7f3a9c2e-anon"),
]
