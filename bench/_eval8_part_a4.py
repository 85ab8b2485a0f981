# ruff: noqa: RUF001, E501
"""Evaluation 8, part a (hand-written blind): sensitive prompts, second half. Seed 145903.

Same languages as part a; more secrets, keys and one-value prompts with little or no cue.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

try:
    from bench import _eval8_part_a2 as g
except ImportError:
    import _eval8_part_a2 as g  # type: ignore[no-redef]


def row(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


P, ADDR, DOB, TEL, MAIL, MED = (
    "PERSON",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "MEDICAL",
)
TOK, SEC, PW = "API_TOKEN", "SECRET", "PASSWORD"

ROWS_A4: list[dict[str, object]] = [
    row(
        "content",
        f"aws cli says InvalidClientTokenId, is this file ok?\n\n[default]\naws_access_key_id = {g.AWS_KEY_ID}\naws_secret_access_key = {g.AWS_SECRET}\nregion = ap-southeast-2\noutput = json",
        (TOK, g.AWS_KEY_ID),
        (SEC, g.AWS_SECRET),
    ),
    row(
        "content",
        "Good day, kindly help me arrange this for the scholarship portal. Name: Yaw Darko-Mensah. DOB: 21st November 2004. Residential Address: House No. 14, Abeka Lapaz Road, Accra. Programme: BSc Nursing",
        (P, "Yaw Darko-Mensah"),
        (DOB, "21st November 2004"),
        (ADDR, "House No. 14, Abeka Lapaz Road"),
    ),
    row(
        "content",
        f"Resume este chat para el ticket:\nCliente: hola buenas tardes me aparece un cargo de OXXO que no hice\nAgente: me confirma los 16 dígitos por favor\nCliente: {g.group(g.CARD_VISA2, (4, 4, 4, 4), '-')}\nAgente: gracias, lo reviso",
        ("CREDIT_CARD", g.group(g.CARD_VISA2, (4, 4, 4, 4), "-")),
    ),
    row(
        "metadata",
        "paciente: Benjamín Soto Araya | dx: asma bronquial | control: 3 meses",
        (P, "Benjamín Soto Araya"),
        (MED, "asma bronquial"),
    ),
    row(
        "content",
        "mándale un mensaje a doña Gloria Patricia Henao diciéndole que la cita del odontólogo quedó para el martes a las 3 y que mi número nuevo es el 320 441 8276",
        (P, "Gloria Patricia Henao"),
        (TEL, "320 441 8276"),
    ),
    row(
        "system",
        "Você é a assistente virtual da Clínica Sorriso Leve (São Paulo). Se o paciente pedir atendimento humano, passe o contato da recepcionista Fernanda Albuquerque: WhatsApp (11) 98734-2210. Nunca marque consultas aos domingos.",
        (P, "Fernanda Albuquerque"),
        (TEL, "(11) 98734-2210"),
    ),
    row(
        "content",
        "Pode rever este aviso? 'Caros encarregados de educação, informamos que o aluno Tomás Frazão Pires, do 5.º B, tem doença celíaca, pelo que pedimos que não tragam bolos para partilhar na festa de Natal.'",
        (P, "Tomás Frazão Pires"),
        (MED, "doença celíaca"),
    ),
    row(
        "tool_arguments",
        '{"texto_sms": "Confirmado QK71HX2. Transferiste 2.500,00MT para 847739120 - Celeste Macuácua aos 29/11/26. Novo saldo 312,40MT.", "tarefa": "explicar"}',
        (TEL, "847739120"),
        (P, "Celeste Macuácua"),
    ),
    row(
        "tool_description",
        f"Crée et envoie une facture QR au client. Le paiement est toujours versé sur le compte {g.spaced(g.IBAN_CH)} (titulaire Noémie Jaquier, Fribourg). Paramètres: montant, référence, e-mail du client.",
        ("IBAN_CODE", g.spaced(g.IBAN_CH)),
        (P, "Noémie Jaquier"),
    ),
    row(
        "content",
        f"mon ssh me dit 'invalid format' quand je me connecte au serveur du chalet, voici la clé, vois-tu ce qui cloche?\n\n{g.OPENSSH_KEY}",
        ("PRIVATE_KEY", g.OPENSSH_KEY),
    ),
    row(
        "content",
        "Mon fils Adam Berrada est né le 10 mai 2019 à Fès, je dois remplir l'extrait d'acte de naissance pour l'inscription au lycée français. Comment on écrit ça en arabe et en français ?",
        (P, "Adam Berrada"),
        (DOB, "10 mai 2019"),
    ),
    row(
        "content",
        f'perché mi dà errore 429 anche se ho pagato? uso questo:\n\nfrom openai import OpenAI\nclient = OpenAI(api_key="{g.OPENAI_KEY}")\nrisposta = client.responses.create(model="gpt-4.1-mini", input="ciao")',
        (TOK, g.OPENAI_KEY),
    ),
    row(
        "tool_arguments",
        f'{{"iban": "{g.IBAN_IT}", "beneficiario": "Salvatore Cannizzaro", "importo": 650.00, "causale": "affitto dicembre via Etnea"}}',
        ("IBAN_CODE", g.IBAN_IT),
        (P, "Salvatore Cannizzaro"),
    ),
    row(
        "content",
        f"Mails gehen seit dem Update nicht mehr raus, .env:\n\nMAIL_HOST=smtp.world4you.com\nMAIL_PORT=587\nMAIL_USERNAME=m.hofer@tischlerei-hofer.at\nMAIL_PASSWORD={g.DB_PASS2}\nMAIL_ENCRYPTION=tls",
        (MAIL, "m.hofer@tischlerei-hofer.at"),
        (PW, g.DB_PASS2),
    ),
    row(
        "content",
        "Chasch mir die Liste nach Jahrgang sortiere?\n\nName;Geburtsdatum;Riege\nUeli Ammann;12.06.1971;Männer\nCorinne Wyss;30.10.1988;Frauen\nLuca Brunner;04.03.2012;Jugi",
        (P, "Ueli Ammann"),
        (DOB, "12.06.1971"),
        (P, "Corinne Wyss"),
        (DOB, "30.10.1988"),
        (P, "Luca Brunner"),
        (DOB, "04.03.2012"),
    ),
    row(
        "content",
        "Help me de schadeaangifte afmaken: op 4 november werd de wagen van mijn buurman Dirk Peeters aangereden voor onze deur in de Kerkstraat 112 in Gent. De tegenpartij reed door.",
        (P, "Dirk Peeters"),
        (ADDR, "Kerkstraat 112"),
    ),
    row(
        "content",
        "Am nevoie să completez formularul pentru bursă, verifică te rog: Nume: Andreea-Cristina Vlad, data nașterii: 09.09.2003, domiciliu: Str. Observatorului nr. 34, ap. 12, Cluj-Napoca.",
        (P, "Andreea-Cristina Vlad"),
        (DOB, "09.09.2003"),
        (ADDR, "Str. Observatorului nr. 34, ap. 12"),
    ),
    row(
        "content",
        "ce cadou să iau de ziua Mariei Stoica? e născută pe 17 aprilie '90, îi plac plantele și cafeaua bună",
        (P, "Mariei Stoica"),
        (DOB, "17 aprilie '90"),
    ),
    row(
        "content",
        "Tradueix-me la signatura a l'anglès:\n\nMoltes gràcies,\nMontserrat Vilaró\nAdministració · Finques Empordà\nmvilaro@finquesemporda.cat · 972 51 34 88",
        (P, "Montserrat Vilaró"),
        (MAIL, "mvilaro@finquesemporda.cat"),
        (TEL, "972 51 34 88"),
    ),
    row(
        "content",
        "A miña avoa, Pura Lamas, ten alzhéimer avanzado e precisamos unha carta para pedir a axuda da dependencia á Xunta. Como empezo?",
        (P, "Pura Lamas"),
        (MED, "alzhéimer"),
    ),
    row("user", "oihane.zubizarreta@ehu.eus", (MAIL, "oihane.zubizarreta@ehu.eus")),
    row(
        "content",
        "the wifi pw is Ballyfermot_1988 and the router keeps droppin every evening, should i change it or is it the eir box thats banjaxed",
        (PW, "Ballyfermot_1988"),
    ),
    row(
        "content",
        "Tidy these minutes up please\n\nPortobello Community Council – 18 Nov\nPresent: Hamish Sutherland (chair), Morag Kerr, Ewan MacLeod\nApologies: none\nItem 4: bins on the prom still overflowing, sec to write to council again",
        (P, "Hamish Sutherland"),
        (P, "Morag Kerr"),
        (P, "Ewan MacLeod"),
    ),
    row(
        "content",
        "draft a referral letter for me. Re: Mr Lachlan Whitcombe, DOB 15/07/1962, 64yo truckie, worsening sleep apnoea despite CPAP, please assess for surgical options. Thanks, Dr K",
        (P, "Lachlan Whitcombe"),
        (DOB, "15/07/1962"),
        (MED, "sleep apnoea"),
    ),
    row(
        "content",
        f"our alert bot stopped posting yesterday. config below, token is fine na?\n\nSLACK_BOT_TOKEN={g.SLACK_BOT}\nSLACK_CHANNEL=#prod-alerts\nRETRY=3",
        (TOK, g.SLACK_BOT),
    ),
    row(
        "content",
        "tell Beau Thibodeaux i said happy birthday!! he was born 11-02-1989 same day as my cousin so i never forget lol. make it funny, hes a Saints fan",
        (P, "Beau Thibodeaux"),
        (DOB, "11-02-1989"),
    ),
    row(
        "tool_arguments",
        '{"first_name": "Dale", "last_name": "Hendricks", "email": "dhendricks67@yahoo.com", "source": "county fair booth"}',
        (P, "Dale"),
        (P, "Hendricks"),
        (MAIL, "dhendricks67@yahoo.com"),
    ),
    row(
        "content",
        "Eii please help me write small message to Auntie Akosua Frimpomaa, tell her say she should not skip her high blood pressure medicine again, the doctor was not happy on Friday",
        (P, "Akosua Frimpomaa"),
        (MED, "high blood pressure"),
    ),
    row(
        "metadata",
        "folio=SIN-2026-88412;asegurado=Rogelio Baeza Ortega;tel=55 4172 9036;ramo=autos",
        (P, "Rogelio Baeza Ortega"),
        (TEL, "55 4172 9036"),
    ),
    row(
        "content",
        "Mejora este aviso: Arriendo depto 2D1B, Av. Irarrázaval 3541, depto 804, Ñuñoa. $480.000 + gc. Metro cerca. Contactar a Constanza Vergara +56 9 7720 1185, sin corredores.",
        (ADDR, "Av. Irarrázaval 3541, depto 804"),
        (P, "Constanza Vergara"),
        (TEL, "+56 9 7720 1185"),
    ),
    row(
        "tool_arguments",
        f'{{"key": "{g.GOOGLE_KEY}", "origin": "Bogotá", "destination": "Chía", "mode": "driving"}}',
        (TOK, g.GOOGLE_KEY),
    ),
    row(
        "content",
        'socorro, o que é isso?\n\nTraceback (most recent call last):\n  File "app.py", line 12, in <module>\n    conn = psycopg2.connect("host=db.lojinhadabia.com.br dbname=vendas user=admin password=Flamengo@1981")\npsycopg2.OperationalError: timeout expired',
        (
            "CONNECTION_STRING",
            "host=db.lojinhadabia.com.br dbname=vendas user=admin password=Flamengo@1981",
        ),
    ),
    row(
        "content",
        f"O webservice da AT devolve 403. O pedido vai assim:\n\nPOST /faturas HTTP/1.1\nHost: api.faturacao.pt\nAuthorization: Basic {g.BASIC_AUTH}\nContent-Type: application/xml",
        ("AUTH_HEADER", f"Basic {g.BASIC_AUTH}"),
    ),
    row(
        "content",
        "Pode passar isto para uma tabela? Encarregado de educação: Sr. Jacinto Muianga, contacto 82 304 7719. Aluno: Edson Muianga, 7.ª classe, turma B. Observação: falta muito às sextas.",
        (P, "Jacinto Muianga"),
        (TEL, "82 304 7719"),
        (P, "Edson Muianga"),
    ),
    row(
        "system",
        f"Tu es DevBot, l'assistant interne de l'équipe web de la Coopérative du Léman. Tu peux ouvrir des merge requests sur gitlab.coop-leman.ch avec le jeton {g.GITLAB_PAT}. Réponds en français, tutoie les développeurs.",
        (TOK, g.GITLAB_PAT),
    ),
    row("name", "jean_sebastien_pelletier", (P, "jean_sebastien_pelletier")),
    row(
        "tool_arguments",
        '{"login": "youssef.ouazzani88@gmail.com", "password": "Casa2024!!", "remember_me": true}',
        (MAIL, "youssef.ouazzani88@gmail.com"),
        (PW, "Casa2024!!"),
    ),
    row(
        "content",
        "Gentile collega, le invio il sig. Gennaro Russo, 67 anni, ex fumatore, con BPCO riacutizzata. Mi sistemi la lettera che sembra scritta di fretta?",
        (P, "Gennaro Russo"),
        (MED, "BPCO"),
    ),
    row(
        "tool_arguments",
        '{"an": "0664 238 1907", "text": "Grüß Gott Frau Elisabeth Oberhuber, Ihr Termin in der Ordination am Hauptplatz wurde auf Mittwoch 9:15 verschoben."}',
        (TEL, "0664 238 1907"),
        (P, "Elisabeth Oberhuber"),
    ),
    row(
        "content",
        f"[2026-11-29T22:01:07Z] POST /api/v1/bestellungen 403 headers={{'Authorization': 'Bearer {g.JWT2}', 'Accept': 'application/json'}}\nwarum 403 und nicht 401?",
        ("AUTH_HEADER", f"Bearer {g.JWT2}"),
    ),
    row(
        "content",
        f"Ik werk in Breda maar woon in Essen, dus over de grens. Mijn BSN is {g.BSN1}. Moet ik dat ook op mijn Belgische belastingaangifte zetten?",
        ("NL_BSN", g.BSN1),
    ),
    row(
        "content",
        f"trimite-i lui Vlad Petrescu banii pe contul {g.spaced(g.IBAN_RO)} până vineri, scrie-mi mesajul frumos că e socrul meu",
        (P, "Vlad Petrescu"),
        ("IBAN_CODE", g.spaced(g.IBAN_RO)),
    ),
    row(
        "content",
        f"Revisa aquest formulari d'inscripció:\nNom: Pol Ferrer Batlle\nDNI: {g.DNI2}\nCorreu: pol.ferrer.b@xtec.cat\nActivitat: castells, colla de Sants",
        (P, "Pol Ferrer Batlle"),
        ("ES_DNI", g.DNI2),
        (MAIL, "pol.ferrer.b@xtec.cat"),
    ),
    row(
        "content",
        f"Para a cota da asociación veciñal domiciliade no {g.IBAN_ES}, titular Brais Castro Pazos. Escríbeme iso nun galego máis formal",
        ("IBAN_CODE", g.IBAN_ES),
        (P, "Brais Castro Pazos"),
    ),
    row(
        "content",
        "Gure etxeko wifiaren pasahitza Txindoki1346 da, seguru samarra da ala aldatu behar dut?",
        (PW, "Txindoki1346"),
    ),
    row(
        "content",
        "please prepare horoscope for my son Aarav Iyer, born on 2nd of Feb 2021 at 6.40 am in Chennai. also tell auspicious letters for his pet name",
        (P, "Aarav Iyer"),
        (DOB, "2nd of Feb 2021"),
    ),
    row(
        "tool_arguments",
        f'{{"card_number": "{g.CARD_AMEX}", "cardholder": "Cathal Ó Raghallaigh", "exp_month": 4, "exp_year": 2029, "cvc": "4417"}}',
        ("CREDIT_CARD", g.CARD_AMEX),
        (P, "Cathal Ó Raghallaigh"),
    ),
    row(
        "content",
        f"deploy script broke after i copied the key off the old server, is it corrupted or what\n\n{g.RSA_KEY}",
        ("PRIVATE_KEY", g.RSA_KEY),
    ),
    row(
        "content",
        f"Payroll query – new starter Callum Drummond, NI {g.NINO2}, pay into {g.spaced(g.IBAN_GB)} from the 28th. Can you write this up as a handover note for the payroll team?",
        (P, "Callum Drummond"),
        ("UK_NINO", g.NINO2),
        ("IBAN_CODE", g.spaced(g.IBAN_GB)),
    ),
    row("metadata", "member since 2011, b. 04/12/1979", (DOB, "04/12/1979")),
]
