"""Evaluation 5, part A: 150 hand-written blind prompts (100 sensitive, 50 benign), seed 913407.

Written by hand, one row at a time, as real users of a chat API write them (dictation, SMS,
support chats, signatures, minutes, claims, listings, bookings, code, stack traces, pasted
spreadsheets), in English from many backgrounds, Spanish, Portuguese, French, German, Italian,
Dutch, Catalan and Irish. Blind: composed without looking at the scanner, its tests or any
other evaluation set, so the data is not shaped by what the recognisers can do.

Numbers with check digits (cards, IBANs, national IDs) and random-looking secrets are generated
in `_eval5_part_a2.py` with python-stdnum and a Luhn helper from `random.Random(913407)`.
The benign rows and the rows without generated values live in `_eval5_part_a4.py` and
`_eval5_part_a3.py`; the generators and the English generated rows in `_eval5_part_a2.py`
(chain: a -> a2 -> a3 -> a4, each file extends the ROWS of the next one down).

Row: {"text": str, "field": str, "values": [[TYPE, value], ...]}; benign rows have no values.
"""

from __future__ import annotations

try:
    from bench._eval5_part_a2 import (
        _APP_PASSWORD,
        _BASIC,
        _BSN1,
        _BSN2,
        _BSN3,
        _CARD2,
        _CARD4,
        _CARD5,
        _CARD6,
        _DNI1,
        _DNI2,
        _DNI3,
        _EC_KEY,
        _FISCAL1,
        _FISCAL2,
        _FISCAL3,
        _IBAN_BE1,
        _IBAN_DE1,
        _IBAN_DE2,
        _IBAN_DE3,
        _IBAN_ES1,
        _IBAN_ES2,
        _IBAN_ES3,
        _IBAN_FR1,
        _IBAN_IE1,
        _IBAN_IT1,
        _IBAN_NL1,
        _IBAN_PT1,
        _IBAN_PT2,
        _INSEE1,
        _INSEE2,
        _INSEE3,
        _MOLLIE_KEY,
        _NIE1,
        _NIE2,
        _STEUER1,
        _STEUER2,
        _STEUER3,
        _STRIPE_KEY,
        _STRIPE_WEBHOOK,
        _row,
    )
    from bench._eval5_part_a2 import ROWS as _A2_ROWS
except ImportError:  # run with bench/ itself on sys.path
    from _eval5_part_a2 import (  # type: ignore[no-redef]
        _APP_PASSWORD,
        _BASIC,
        _BSN1,
        _BSN2,
        _BSN3,
        _CARD2,
        _CARD4,
        _CARD5,
        _CARD6,
        _DNI1,
        _DNI2,
        _DNI3,
        _EC_KEY,
        _FISCAL1,
        _FISCAL2,
        _FISCAL3,
        _IBAN_BE1,
        _IBAN_DE1,
        _IBAN_DE2,
        _IBAN_DE3,
        _IBAN_ES1,
        _IBAN_ES2,
        _IBAN_ES3,
        _IBAN_FR1,
        _IBAN_IE1,
        _IBAN_IT1,
        _IBAN_NL1,
        _IBAN_PT1,
        _IBAN_PT2,
        _INSEE1,
        _INSEE2,
        _INSEE3,
        _MOLLIE_KEY,
        _NIE1,
        _NIE2,
        _STEUER1,
        _STEUER2,
        _STEUER3,
        _STRIPE_KEY,
        _STRIPE_WEBHOOK,
        _row,
    )
    from _eval5_part_a2 import ROWS as _A2_ROWS  # type: ignore[no-redef]

_SENSITIVE: list[dict] = [
    # Spanish
    _row(
        "content",
        "Hola, para el contrato de alquiler revisa si están bien estos datos del arrendatario: "
        f"Pablo Giménez Soler, DNI {_DNI1}, IBAN para domiciliar el recibo {_IBAN_ES1}, "
        "domicilio actual Carrer de Mallorca 401, 4º 2ª, 08013 Barcelona.",
        ("PERSON", "Pablo Giménez Soler"),
        ("ES_DNI", _DNI1),
        ("IBAN_CODE", _IBAN_ES1),
        ("STREET_ADDRESS", "Carrer de Mallorca 401, 4º 2ª, 08013 Barcelona"),
    ),
    _row(
        "content",
        f"hola soy venezolana y tengo el NIE {_NIE1}, me piden el certificado de "
        "empadronamiento para la tarjeta sanitaria. ¿dónde lo pido en Valencia? vivo en calle "
        "Cuba 37, pta 9 y el casero no me quiere firmar nada",
        ("ES_NIE", _NIE1),
        ("STREET_ADDRESS", "calle Cuba 37, pta 9"),
    ),
    _row(
        "tool_arguments",
        f'{{"titular": "María José Navarro Ruiz", "dni": "{_DNI2}", "iban": "{_IBAN_ES2}", '
        '"importe": 1250.00, "concepto": "fianza piso"}',
        ("PERSON", "María José Navarro Ruiz"),
        ("ES_DNI", _DNI2),
        ("IBAN_CODE", _IBAN_ES2),
    ),
    _row(
        "system",
        "Eres el asistente de cobranza de Finanzas Águila. Cliente en línea: Luis Fernando "
        f"Cárdenas Ortiz, tarjeta {_CARD2}, vence 08/27, saldo vencido $14,380 MXN, teléfono "
        "55 3921 7740. Ofrece un plan de pagos a 6 meses, sin amenazas.",
        ("PERSON", "Luis Fernando Cárdenas Ortiz"),
        ("CREDIT_CARD", _CARD2),
        ("PHONE_NUMBER", "55 3921 7740"),
    ),
    _row(
        "content",
        "ayuda con este error de Spring Boot al levantar en el servidor de pruebas\n\n"
        "org.postgresql.util.PSQLException: FATAL: no pg_hba.conf entry for host "
        '"10.0.4.31", user "ventas_app", database "ventas", SSL off\n'
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication\n\n"
        "application.properties:\n"
        "spring.datasource.url=jdbc:postgresql://10.0.4.12:5432/ventas?user=ventas_app"
        "&password=Lima.2024!Ventas",
        (
            "CONNECTION_STRING",
            "jdbc:postgresql://10.0.4.12:5432/ventas?user=ventas_app&password=Lima.2024!Ventas",
        ),
    ),
    _row(
        "metadata",
        f"cliente=Carmen Delgado Ríos; nie={_NIE2}; vip=si; pendiente llamar lunes",
        ("PERSON", "Carmen Delgado Ríos"),
        ("ES_NIE", _NIE2),
    ),
    _row("name", "Camila_Rojas_Vidal", ("PERSON", "Camila_Rojas_Vidal")),
    # Portuguese
    _row(
        "content",
        "me ajuda a montar um email pro RH pedindo reembolso? meus dados: Ana Beatriz Souza, "
        "chave PIX anabia.souza@gmail.com. e avisa tbm que meu cartão corporativo "
        f"{_CARD4} foi clonado semana passada, já bloqueei",
        ("PERSON", "Ana Beatriz Souza"),
        ("EMAIL_ADDRESS", "anabia.souza@gmail.com"),
        ("CREDIT_CARD", _CARD4),
    ),
    _row(
        "content",
        f"Preciso de transferir a renda ao senhorio, o IBAN dele é {_IBAN_PT1} em nome de "
        "Manuel Joaquim Ferreira. Dá para fazer pelo MB Way ou só por transferência normal?",
        ("IBAN_CODE", _IBAN_PT1),
        ("PERSON", "Manuel Joaquim Ferreira"),
    ),
    _row(
        "tool_arguments",
        '{"smtp_host": "smtp.gmail.com", "smtp_port": 587, '
        f'"smtp_user": "contato.padariaestrela@gmail.com", "smtp_pass": "{_APP_PASSWORD}"}}',
        ("EMAIL_ADDRESS", "contato.padariaestrela@gmail.com"),
        ("PASSWORD", _APP_PASSWORD),
    ),
    _row(
        "content",
        "por que o webhook não confirma o pagamento? o checkout funciona\n\n"
        f"const stripe = require('stripe')('{_STRIPE_KEY}');\n"
        f"const endpointSecret = '{_STRIPE_WEBHOOK}';\n"
        "const REDIS_URL = 'redis://default:pao-de-queijo-42@10.8.0.5:6379/0';",
        ("API_TOKEN", _STRIPE_KEY),
        ("SECRET", _STRIPE_WEBHOOK),
        ("CONNECTION_STRING", "redis://default:pao-de-queijo-42@10.8.0.5:6379/0"),
    ),
    _row(
        "system",
        "És o assistente de sinistros da Seguros Atlântico. Tomadora: Beatriz Lopes Antunes, "
        f"data de nascimento 1983-11-07, IBAN para reembolso {_IBAN_PT2}, morada Av. da "
        "República 45, 3.º Dto., 1050-187 Lisboa. Sinistro: fratura do pulso após queda nas "
        "escadas do prédio. Responde em português europeu.",
        ("PERSON", "Beatriz Lopes Antunes"),
        ("DATE_OF_BIRTH", "1983-11-07"),
        ("IBAN_CODE", _IBAN_PT2),
        ("STREET_ADDRESS", "Av. da República 45, 3.º Dto., 1050-187 Lisboa"),
        ("MEDICAL", "fratura do pulso"),
    ),
    _row(
        "user",
        "lucas.andrade@rodrigues-andrade.com.br",
        ("EMAIL_ADDRESS", "lucas.andrade@rodrigues-andrade.com.br"),
    ),
    # French
    _row(
        "content",
        "Bonjour, je dois remplir le formulaire de la CPAM pour ma fille Chloé Martin, elle a "
        f"une mononucléose. Mon numéro de sécu est le {_INSEE1}, elle est sur ma carte "
        "Vitale. Les analyses sont remboursées à 100 % ?",
        ("PERSON", "Chloé Martin"),
        ("MEDICAL", "mononucléose"),
        ("FR_INSEE", _INSEE1),
    ),
    _row(
        "system",
        "Tu es l'assistant RH de la société Brioche & Co. Salarié concerné : Thomas Girard, "
        f"n° de sécurité sociale {_INSEE2}, IBAN {_IBAN_FR1}, adresse 12 allée des Peupliers, "
        "33600 Pessac. Réponds uniquement sur la paie et les congés.",
        ("PERSON", "Thomas Girard"),
        ("FR_INSEE", _INSEE2),
        ("IBAN_CODE", _IBAN_FR1),
        ("STREET_ADDRESS", "12 allée des Peupliers, 33600 Pessac"),
    ),
    _row(
        "tool_arguments",
        f'{{"nom": "Nadia Haddad", "nir": "{_INSEE3}", "motif": "arrêt maladie - lombalgie", '
        '"du": "2024-11-18", "au": "2024-11-29"}',
        ("PERSON", "Nadia Haddad"),
        ("FR_INSEE", _INSEE3),
        ("MEDICAL", "lombalgie"),
    ),
    _row(
        "content",
        "Tu peux vérifier que ce virement est bien rempli avant que je valide ? Bénéficiaire : "
        f"Laurent Dubois, IBAN {_IBAN_BE1}, montant 850 EUR, communication : loyer décembre",
        ("PERSON", "Laurent Dubois"),
        ("IBAN_CODE", _IBAN_BE1),
    ),
    _row(
        "metadata",
        f"ticket 55120 | cliente Élodie Marchand | carte bloquée {_CARD5} | rappel demain 9h",
        ("PERSON", "Élodie Marchand"),
        ("CREDIT_CARD", _CARD5),
    ),
    _row(
        "content",
        "envoie au voisin du dessus que le code du portail c'est quatre sept deux neuf dièse "
        "et le mot de passe du wifi c'est chaussette-verte-2021 on rentre dimanche soir",
        ("SECRET", "quatre sept deux neuf dièse"),
        ("PASSWORD", "chaussette-verte-2021"),
    ),
    # German
    _row(
        "content",
        f"Für die Steuererklärung: meine Steuer-ID ist {_STEUER1}, die meiner Frau Katharina "
        f"{_STEUER2}. Welche muss bei Zusammenveranlagung oben stehen? Und das Passwort für "
        "mein ELSTER-Zertifikat ist Mu$ik&Tanz7, muss ich das irgendwo eintragen?",
        ("DE_TAX_ID", _STEUER1),
        ("PERSON", "Katharina"),
        ("DE_TAX_ID", _STEUER2),
        ("PASSWORD", "Mu$ik&Tanz7"),
    ),
    _row(
        "tool_arguments",
        f'{{"name": "Lukas Wagner", "iban": "{_IBAN_DE1}", "steuer_id": "{_STEUER3}", '
        '"geburtsdatum": "14.07.1992", "steuerklasse": 1}',
        ("PERSON", "Lukas Wagner"),
        ("IBAN_CODE", _IBAN_DE1),
        ("DE_TAX_ID", _STEUER3),
        ("DATE_OF_BIRTH", "14.07.1992"),
    ),
    _row(
        "content",
        "Wie mocke ich in diesem Test die Bank-API? Der Test ruft echt raus.\n\n"
        f'JWT_SIGNING_KEY = """{_EC_KEY}"""\n\n\n'
        "def test_sepa_export(client):\n"
        f'    row = {{"name": "Monika Schulz", "iban": "{_IBAN_DE2}", "betrag": "89.90"}}\n'
        '    resp = client.post("/export/sepa", json=[row])\n'
        "    assert resp.status_code == 200",
        ("PRIVATE_KEY", _EC_KEY),
        ("PERSON", "Monika Schulz"),
        ("IBAN_CODE", _IBAN_DE2),
    ),
    _row(
        "system",
        "Du bist der Assistent der Hausverwaltung Becker. Mieter dieses Chats: Ahmet Yilmaz "
        "(Hauptmieter, mit Frau und zwei Kindern), Tel. 0176 44321908, Wohnung Bergmannstraße 12, "
        f"10961 Berlin, 2. OG links, Mietkonto {_IBAN_DE3}. Antworte freundlich und auf Deutsch.",
        ("PERSON", "Ahmet Yilmaz"),
        ("PHONE_NUMBER", "0176 44321908"),
        ("STREET_ADDRESS", "Bergmannstraße 12, 10961 Berlin"),
        ("IBAN_CODE", _IBAN_DE3),
    ),
    _row("name", "Jonas_Hartmann", ("PERSON", "Jonas_Hartmann")),
    # Italian
    _row(
        "content",
        "Ciao, devo compilare il modulo per cambiare medico di base, mi controlli i dati? "
        f"Giulia Bianchi, codice fiscale {_FISCAL1}, nata a Roma il 14/03/1987, residente in "
        "Viale di Trastevere 85, 00153 Roma",
        ("PERSON", "Giulia Bianchi"),
        ("IT_FISCAL_CODE", _FISCAL1),
        ("DATE_OF_BIRTH", "14/03/1987"),
        ("STREET_ADDRESS", "Viale di Trastevere 85, 00153 Roma"),
    ),
    _row(
        "system",
        f"Sei l'assistente della Farmacia Centrale. Cliente: Marco Colombo, CF {_FISCAL2}, "
        "allergia alla penicillina, terapia in corso per ipertensione, telefono 347 220 1185. "
        "Non consigliare farmaci senza ricetta al posto del medico.",
        ("PERSON", "Marco Colombo"),
        ("IT_FISCAL_CODE", _FISCAL2),
        ("MEDICAL", "allergia alla penicillina"),
        ("MEDICAL", "ipertensione"),
        ("PHONE_NUMBER", "347 220 1185"),
    ),
    _row(
        "tool_arguments",
        f'{{"intestatario": "Alessandra Conti", "iban": "{_IBAN_IT1}", '
        '"causale": "rimborso spese trasferta ottobre", "importo": 412.60}',
        ("PERSON", "Alessandra Conti"),
        ("IBAN_CODE", _IBAN_IT1),
    ),
    _row(
        "content",
        "il gestionale mi risponde 401, ma le credenziali sono giuste. questa è la richiesta:\n\n"
        "GET /api/v1/ordini?stato=aperti HTTP/1.1\n"
        "Host: gestionale.ferramentarossi.it\n"
        f"Authorization: {_BASIC}\n"
        "Accept: application/json",
        ("AUTH_HEADER", f"Authorization: {_BASIC}"),
    ),
    _row(
        "metadata",
        f"cf={_FISCAL3}; esito=in attesa documenti; operatore=sportello 3",
        ("IT_FISCAL_CODE", _FISCAL3),
    ),
    _row(
        "content",
        "scrivi a Roberta che il pin del bancomat nuovo è uno nove otto due e che la carta "
        f"è la {_CARD6}, quella vecchia l'ho tagliata",
        ("PERSON", "Roberta"),
        ("SECRET", "uno nove otto due"),
        ("CREDIT_CARD", _CARD6),
    ),
    # Dutch
    _row(
        "content",
        "Hoi, kun je dit in een nette brief voor de gemeente zetten: Pieter van den Berg, BSN "
        f"{_BSN1}, geboren 3 mei 1979, Oudegracht 145, 3511 AZ Utrecht. Ik wil bezwaar maken "
        "tegen de WOZ-waarde. Mijn DigiD-wachtwoord is Fietsbel_0909 als je dat nodig hebt.",
        ("PERSON", "Pieter van den Berg"),
        ("NL_BSN", _BSN1),
        ("DATE_OF_BIRTH", "3 mei 1979"),
        ("STREET_ADDRESS", "Oudegracht 145, 3511 AZ Utrecht"),
        ("PASSWORD", "Fietsbel_0909"),
    ),
    _row(
        "tool_arguments",
        f'{{"klant": "Fatima el Amrani", "bsn": "{_BSN2}", "iban": "{_IBAN_NL1}", '
        '"regeling": "huurtoeslag"}',
        ("PERSON", "Fatima el Amrani"),
        ("NL_BSN", _BSN2),
        ("IBAN_CODE", _IBAN_NL1),
    ),
    _row(
        "system",
        "Je bent de assistent van het Klant Contact Centrum van de gemeente Assen. Huidige "
        f"burger: BSN {_BSN3}, woont op Hoofdstraat 8, 9401 EA Assen, bijstand aangevraagd op "
        "12-11. Geef alleen algemene informatie over de termijnen.",
        ("NL_BSN", _BSN3),
        ("STREET_ADDRESS", "Hoofdstraat 8, 9401 EA Assen"),
    ),
    _row(
        "content",
        "Met de test key werkt het, maar live krijg ik 401. Wat doe ik fout?\n\n"
        "curl -X POST https://api.mollie.com/v2/payments \\\n"
        f'  -H "Authorization: Bearer {_MOLLIE_KEY}" \\\n'
        '  -d "amount[currency]=EUR" -d "amount[value]=24.95"',
        ("AUTH_HEADER", f"Authorization: Bearer {_MOLLIE_KEY}"),
    ),
    # Catalan
    _row(
        "content",
        "Hola! Em pots ajudar a omplir la sol·licitud de beca? Nom: Jordi Casals Roig, DNI "
        f"{_DNI3}, nascut el 3 de gener de 2004, adreça: carrer de la Riera 22, 08301 Mataró. "
        "Estudio segon d'Enginyeria a la UPC.",
        ("PERSON", "Jordi Casals Roig"),
        ("ES_DNI", _DNI3),
        ("DATE_OF_BIRTH", "3 de gener de 2004"),
        ("STREET_ADDRESS", "carrer de la Riera 22, 08301 Mataró"),
    ),
    _row(
        "tool_description",
        "consulta_rebuts(mes: str): retorna els rebuts domiciliats de l'associació. Per a les "
        f"proves fes servir el compte {_IBAN_ES3}, titular Núria Vidal i Soler.",
        ("IBAN_CODE", _IBAN_ES3),
        ("PERSON", "Núria Vidal i Soler"),
    ),
    # Irish
    _row(
        "content",
        "Cabhraigh liom ríomhphost foirmiúil a scríobh chuig an mbanc: is mise Seán Mac Giolla "
        f"Phádraig, seo é m'IBAN {_IBAN_IE1} agus m'uimhir fóin 086 317 4429. Tá íocaíocht "
        "ar iarraidh ó mo chuntas.",
        ("PERSON", "Seán Mac Giolla Phádraig"),
        ("IBAN_CODE", _IBAN_IE1),
        ("PHONE_NUMBER", "086 317 4429"),
    ),
    _row(
        "user",
        "aoibheann.nicghiolla@eircom.net",
        ("EMAIL_ADDRESS", "aoibheann.nicghiolla@eircom.net"),
    ),
]

ROWS: list[dict] = _A2_ROWS + _SENSITIVE
