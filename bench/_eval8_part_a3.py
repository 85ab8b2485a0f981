# ruff: noqa: E501
"""Evaluation 8, part a (hand-written blind): sensitive prompts, first half. Seed 145903.

English (Ireland, Scotland, Australia, India, US South, Midwest, Ghana), Spanish, Portuguese,
French, Italian, German, Dutch, Romanian, Catalan, Galician, Basque.
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

ROWS_A3: list[dict[str, object]] = [
    row(
        "content",
        "can u help me word a text to my landlord, the heating in 14 Ballybough Road is banjaxed since monday and hes not answering. his name is Declan Fitzmaurice, hes grand usually just slow",
        (ADDR, "14 Ballybough Road"),
        (P, "Declan Fitzmaurice"),
    ),
    row(
        "content",
        "right so remind me tae phone ma granny on her birthday which is the ninth of march nineteen forty one comma she's gonnae be eighty five comma and get her the tablet no the shortbread full stop",
        (DOB, "the ninth of march nineteen forty one"),
    ),
    row(
        "content",
        f"my mum wants me to book her flights to Cairns, her card is {g.group(g.CARD_VISA, (4, 4, 4, 4))} exp 09/28, name on card Noeline Prowse. where do i put it in the form without stuffing it up",
        ("CREDIT_CARD", g.group(g.CARD_VISA, (4, 4, 4, 4))),
        (P, "Noeline Prowse"),
    ),
    row(
        "content",
        f"Respected Sir, kindly update Aadhaar seeding for my LPG connection. Aadhaar no. {g.group(g.AADHAAR1, (4, 4, 4))}, consumer name Ramaswamy Venkatachalam, registered mobile 98401 22763. Thanking you.",
        ("IN_AADHAAR", g.group(g.AADHAAR1, (4, 4, 4))),
        (P, "Ramaswamy Venkatachalam"),
        (TEL, "98401 22763"),
    ),
    row(
        "content",
        "yall i need help writin an obituary for my meemaw Loretta Mae Tubbs. she passed tuesday, born june 3rd 1935 in Tupelo, fought the emphysema for years but never quit her garden. make it sweet not sappy",
        (P, "Loretta Mae Tubbs"),
        (DOB, "june 3rd 1935"),
        (MED, "emphysema"),
    ),
    row(
        "content",
        "can you alphabetize this potluck signup and fix the phone formats\n\nname,phone,bringing\nGretchen Lindqvist,(612) 872-4419,tater tot hotdish\nArvid Skoglund,651.390.2276,bars\nJeanette Voss,7633810954,jello salad",
        (P, "Gretchen Lindqvist"),
        (TEL, "(612) 872-4419"),
        (P, "Arvid Skoglund"),
        (TEL, "651.390.2276"),
        (P, "Jeanette Voss"),
        (TEL, "7633810954"),
    ),
    row(
        "content",
        "Please my brother help me type a nice message, I want to tell the group that all contributions for the funeral should go to my MoMo 024 381 7765, name will show Kwabena Owusu-Ansah. God bless",
        (TEL, "024 381 7765"),
        (P, "Kwabena Owusu-Ansah"),
    ),
    row(
        "content",
        "oye me ayudas a redactar un correo para la maestra? mi hijo Emiliano Zárate Cuevas va en 3°B y no va a ir toda la semana porque le dio varicela, que no se vaya a ver grosero",
        (P, "Emiliano Zárate Cuevas"),
        (MED, "varicela"),
    ),
    row(
        "content",
        "wn necesito invitar a la Javiera Poblete al asado del sábado, su correo es javi.poblete.r@gmail.com, escríbeme algo medio formal po porque es la jefa de mi polola",
        (P, "Javiera Poblete"),
        (MAIL, "javi.poblete.r@gmail.com"),
    ),
    row(
        "tool_arguments",
        '{"cliente": "Yesenia Montoya Arango", "telefono": "+57 310 482 9931", "direccion": "Calle 45 # 23-18, Medellín", "motivo": "cambio de plan a prepago"}',
        (P, "Yesenia Montoya Arango"),
        (TEL, "+57 310 482 9931"),
        (ADDR, "Calle 45 # 23-18"),
    ),
    row(
        "content",
        f"Pode resumir este email?\n\n> Boa tarde,\n> Segue o IBAN para a transferência da caução: {g.spaced(g.IBAN_PT)}\n> Qualquer dúvida disponha.\n> Cumprimentos,\n> Inês Carvalhais\n> Rua do Almada 212, 3.º esq., 4050-031 Porto",
        ("IBAN_CODE", g.spaced(g.IBAN_PT)),
        (P, "Inês Carvalhais"),
        (ADDR, "Rua do Almada 212, 3.º esq."),
    ),
    row(
        "content",
        "mano me ajuda a responder essa cliente no zap, ela disse q o pedido n chegou. nome dela é Thaynara Gonçalves dos Santos, endereço Av. Sete de Setembro, 1450, ap 302 - Salvador. quero ser educado mas firme",
        (P, "Thaynara Gonçalves dos Santos"),
        (ADDR, "Av. Sete de Setembro, 1450, ap 302"),
    ),
    row(
        "tool_arguments",
        '{"destinatario": "+258 84 512 3307", "mensagem": "Caro Sr. Armando Cossa, a sua consulta foi remarcada para 14/12. Tratamento da tuberculose: nao interromper a medicacao."}',
        (TEL, "+258 84 512 3307"),
        (P, "Armando Cossa"),
        (MED, "tuberculose"),
    ),
    row(
        "system",
        "Tu es l'assistant de la régie Immo-Lac SA à Lausanne. Pour toute question de bail, renvoie vers le gérant, Yannick Rochat (yannick.rochat@immolac-sa.ch, 021 617 48 32). Ne donne jamais de conseil juridique.",
        (P, "Yannick Rochat"),
        (MAIL, "yannick.rochat@immolac-sa.ch"),
        (TEL, "021 617 48 32"),
    ),
    row(
        "content",
        "peux-tu m'aider à remplir le formulaire de la RAMQ pour ma blonde? elle s'appelle Marie-Ève Tremblay-Gagnon, née le 1991-08-23, pis elle fait du diabète de grossesse depuis le 2e trimestre",
        (P, "Marie-Ève Tremblay-Gagnon"),
        (DOB, "1991-08-23"),
        (MED, "diabète de grossesse"),
    ),
    row(
        "content",
        "Bonjour, je veux écrire une réclamation à Maroc Telecom au nom de mon père, Abdelkrim Benjelloun, domicilié 27 Rue Ibn Toufail, Maarif, Casablanca. Sa ligne 0661 23 48 90 est coupée depuis 10 jours.",
        (P, "Abdelkrim Benjelloun"),
        (ADDR, "27 Rue Ibn Toufail"),
        (TEL, "0661 23 48 90"),
    ),
    row(
        "content",
        f"mi controlli se questo codice è giusto? {g.CF1} è di mia zia Giuseppina Esposito, nata a Napoli il 14/03/1979, il CAF dice che non torna",
        ("IT_FISCAL_CODE", g.CF1),
        (P, "Giuseppina Esposito"),
        (DOB, "14/03/1979"),
    ),
    row(
        "content",
        f"Servus, kannst du das bitte höflicher formulieren: 'Hier die Daten für die Lohnverrechnung, Bankverbindung {g.spaced(g.IBAN_AT)}, lautend auf Florian Pichlmayr, bitte ab Jänner ändern.' Lg",
        ("IBAN_CODE", g.spaced(g.IBAN_AT)),
        (P, "Florian Pichlmayr"),
    ),
    row(
        "metadata",
        "Kundin Regula Bärtschi-Zbinden wünscht Rückruf wegen Offerte Küchenumbau, erreichbar 079 384 21 56 ab 17 Uhr",
        (P, "Regula Bärtschi-Zbinden"),
        (TEL, "079 384 21 56"),
    ),
    row(
        "content",
        "Kun je dit verslag wat opschonen?\n\nVerslag oudercomité 12/11\nVoorzitter: Sarah De Smedt\nPunt 3: de zoon van Kevin Vermeulen heeft ADHD en de ouders vragen extra begeleiding bij toetsen.\nPunt 4: schoolfeest 14 mei.",
        (P, "Sarah De Smedt"),
        (P, "Kevin Vermeulen"),
        (MED, "ADHD"),
    ),
    row(
        "content",
        "Bună, poți să-mi scrii o cerere de concediu medical pentru doamna Mariana Dumitrescu? Are hernie de disc și a fost operată pe 3 noiembrie, revine la serviciu probabil în ianuarie.",
        (P, "Mariana Dumitrescu"),
        (MED, "hernie de disc"),
    ),
    row(
        "content",
        "Hola! Em pots escriure un whatsapp per a la mare de la Laia Puigdomènech? Li vull dir que el sopar de classe és dissabte a casa nostra, carrer de Provença 287, 4t 2a, a les 8.",
        (P, "Laia Puigdomènech"),
        (ADDR, "carrer de Provença 287, 4t 2a"),
    ),
    row(
        "content",
        f"Ola, necesito unha instancia para o concello de Ourense. Comeza así: Eu, Uxía Outeiriño Vilar, con DNI {g.DNI1}, veciña de Vilanova, solicito licenza para a obra do galiñeiro.",
        (P, "Uxía Outeiriño Vilar"),
        ("ES_DNI", g.DNI1),
    ),
    row(
        "content",
        "Kaixo! Bihar Iker Agirrezabalarekin bilera daukat lan kontratuaz eta urduri nago. Haren telefonoa 688 41 27 93 da, deitu aurretik zer esan behar diot?",
        (P, "Iker Agirrezabalarekin"),
        (TEL, "688 41 27 93"),
    ),
    row(
        "content",
        f"why is my django app not connecting to the db on the new box\n\n```\nDEBUG=False\nDATABASE_URL=postgres://clontarf_admin:{g.DB_PASS1}@10.20.0.14:5432/bookings\nALLOWED_HOSTS=.clontarfyacht.ie\n```",
        ("CONNECTION_STRING", f"postgres://clontarf_admin:{g.DB_PASS1}@10.20.0.14:5432/bookings"),
    ),
    row(
        "content",
        f"getting 401 from partner api since morning, this is the curl our intern ran:\ncurl -s -H 'Authorization: Bearer {g.JWT1}' https://api.partnerhub.in/v2/orders?status=pending\nwhat is wrong",
        ("AUTH_HEADER", f"Bearer {g.JWT1}"),
    ),
    row(
        "tool_arguments",
        '{"to": "+1 414 306 7781", "body": "Hi Darlene Kowalczyk, this is Lakeshore Clinic reminding you of your cardiology follow-up for atrial fibrillation on Thu 10:30."}',
        (TEL, "+1 414 306 7781"),
        (P, "Darlene Kowalczyk"),
        (MED, "atrial fibrillation"),
    ),
    row(
        "content",
        f"doing the universal credit form and it wants ma NI number, do i put {g.NINO1} with spaces or no? and for date of birth is 07/02/1996 the right way round for them",
        ("UK_NINO", g.NINO1),
        (DOB, "07/02/1996"),
    ),
    row(
        "content",
        "make this rental ad sound less dodgy pls: 2br unit 3/41 Coogee Bay Rd Coogee, $780pw, walk to beach, no pets sorry, call owner Tracey Lindgren 0412 958 330 NO AGENTS",
        (ADDR, "3/41 Coogee Bay Rd"),
        (P, "Tracey Lindgren"),
        (TEL, "0412 958 330"),
    ),
    row(
        "content",
        "Please correct the English: Dear Parent, this is to inform you that your ward Adwoa Serwaa Boateng of JHS 2 was sent home today with malaria symptoms. Kindly see the school nurse tomorrow morning.",
        (P, "Adwoa Serwaa Boateng"),
        (MED, "malaria"),
    ),
    row(
        "content",
        f"no me jala el envío de correos en producción, qué tengo mal?\n\n```yaml\nmail:\n  smtp_host: smtp.sendgrid.net\n  smtp_port: 587\n  smtp_user: apikey\n  smtp_pass: {g.SENDGRID}\n```",
        ("API_TOKEN", g.SENDGRID),
    ),
    row("user", "+56 9 8123 4470", (TEL, "+56 9 8123 4470")),
    row("name", "luz_dary_ospina", (P, "luz_dary_ospina")),
    row(
        "tool_arguments",
        f'{{"nome": "Cleiton Ferreira Lima", "data_nascimento": "1987-05-30", "cartao": "{g.CARD_MC}", "validade": "11/29", "parcelas": 3}}',
        (P, "Cleiton Ferreira Lima"),
        (DOB, "1987-05-30"),
        ("CREDIT_CARD", g.CARD_MC),
    ),
    row(
        "content",
        "dá-me erro de formato de data neste insert, porquê?\nINSERT INTO utentes (nome, data_nasc, contacto) VALUES ('Rui Manuel Sampaio', '12-09-1958', '912 447 806');",
        (P, "Rui Manuel Sampaio"),
        (DOB, "12-09-1958"),
        (TEL, "912 447 806"),
    ),
    row(
        "content",
        f"Je suis frontalière, j'habite Annemasse et je bosse à Genève. Mon numéro de sécu c'est {g.group(g.NIR1, (1, 2, 2, 2, 3, 3, 2))}, je dois le mettre où sur le formulaire LAMal ?",
        ("FR_INSEE", g.group(g.NIR1, (1, 2, 2, 2, 3, 3, 2))),
    ),
    row(
        "content",
        "c'est quoi le problème icitte?\n2026-11-30 08:14:22,117 ERROR [auth] login failed user=sgauthier pw='Poutine#2024' src=10.2.4.7\n2026-11-30 08:14:25,402 WARN  [auth] account locked",
        ("PASSWORD", "Poutine#2024"),
    ),
    row(
        "content",
        "salam, bghit nsift email l Fatima-Zahra El Amrani 3la l'entretien dyal lundi, l'adresse: fz.elamrani@menara.ma. kteb lia message formel b lfrançais 3afak",
        (P, "Fatima-Zahra El Amrani"),
        (MAIL, "fz.elamrani@menara.ma"),
    ),
    row(
        "content",
        f"scrivi a Lorenzo Bianchi punto gli ricordo che il codice fiscale {g.CF2} va portato in segreteria entro venerdì punto grazie e cordiali saluti",
        (P, "Lorenzo Bianchi"),
        ("IT_FISCAL_CODE", g.CF2),
    ),
    row(
        "content",
        "Bitte als kurze Info für die Lohnverrechnung umformulieren: Mitarbeiterin Theresa Gruber-Pfeifer, geb. 02.05.1984, ist ab 1.12. im Krankenstand wegen Burnout, voraussichtlich sechs Wochen.",
        (P, "Theresa Gruber-Pfeifer"),
        (DOB, "02.05.1984"),
        (MED, "Burnout"),
    ),
    row(
        "content",
        f'wieso gaht das nöd? es chunnt immer "No such customer"\n\nimport stripe\nstripe.api_key = "{g.STRIPE_SK}"\nstripe.Customer.retrieve("cus_Q2mX")',
        ("API_TOKEN", g.STRIPE_SK),
    ),
    row(
        "content",
        f"Kan je deze mail naar het Frans vertalen? 'Beste, gelieve het voorschot van 1.250 euro over te schrijven op {g.spaced(g.IBAN_BE)} ten name van Jens Van den Broeck. Met vriendelijke groeten.'",
        ("IBAN_CODE", g.spaced(g.IBAN_BE)),
        (P, "Jens Van den Broeck"),
    ),
    row(
        "content",
        f"salut, containerul de worker nu se conectează la redis, am pus așa în docker-compose:\n\n    environment:\n      - REDIS_URL=redis://default:{g.REDIS_PASS}@redis-14520.c1.eu-central-1.cloud.redislabs.com:14520/0\n      - QUEUE=facturi\n\nce-mi scapă?",
        (
            "CONNECTION_STRING",
            f"redis://default:{g.REDIS_PASS}@redis-14520.c1.eu-central-1.cloud.redislabs.com:14520/0",
        ),
    ),
    row(
        "tool_arguments",
        '{"pacient": "Jordi Casals i Roig", "data_naixement": "07/11/1949", "diagnostic": "MPOC", "centre": "CAP Sant Andreu"}',
        (P, "Jordi Casals i Roig"),
        (DOB, "07/11/1949"),
        (MED, "MPOC"),
    ),
    row(
        "metadata",
        f"trámite: empadroamento Lugo · solicitante: Ileana Popa · NIE {g.NIE1} · canle: web",
        (P, "Ileana Popa"),
        ("ES_NIE", g.NIE1),
    ),
    row(
        "content",
        "Itzuli gaztelaniara mesedez: Aitor Etxeberria Larrañaga 1978ko urriaren 12an jaio zen Bergaran, eta gaur egun Kale Nagusia 14, 2. eskuma helbidean bizi da.",
        (P, "Aitor Etxeberria Larrañaga"),
        (DOB, "1978ko urriaren 12an"),
        (ADDR, "Kale Nagusia 14, 2. eskuma"),
    ),
    row(
        "content",
        "---------- Forwarded message ---------\nFrom: <orla.nichonaill@corkcoco.ie>\nSubject: RE: planning ref 26/4471\n\nHi, the site notice needs to go up by Friday.\n\nRegards,\nOrla Ní Chonaill\nSenior Executive Officer\nT: 021 428 5519\n\nwhat does she mean by site notice",
        (MAIL, "orla.nichonaill@corkcoco.ie"),
        (P, "Orla Ní Chonaill"),
        (TEL, "021 428 5519"),
    ),
    row(
        "tool_arguments",
        f'{{"holder": "Sushmita Chakraborty", "dob": "14-Aug-1993", "aadhaar": "{g.AADHAAR2}", "mobile": "+91-98310-55472", "kyc_type": "eKYC"}}',
        (P, "Sushmita Chakraborty"),
        (DOB, "14-Aug-1993"),
        ("IN_AADHAAR", g.AADHAAR2),
        (TEL, "+91-98310-55472"),
    ),
    row(
        "content",
        f"my daddys social is {g.SSN1} and the VA letter says it dont match their records. who do i even call about that",
        ("US_SSN", g.SSN1),
    ),
    row(
        "content",
        f"git push keeps failing with 'Invalid username or token'. i set the remote like this:\nhttps://packerfan88:{g.GH_PAT}@github.com/packerfan88/deer-tracker.git\nwhat am i doing wrong",
        ("API_TOKEN", g.GH_PAT),
    ),
]
