# ruff: noqa: E501
"""Evaluation 7, part a (hand-written blind): Italian, German, Dutch, Romanian, Catalan.

Also bilingual prompts (Dutch/English, German/English, Catalan/Spanish, Italian/English) and most
of the prompts carried outside the message content: tool arguments, metadata, user ids,
participant names, system prompts, tool descriptions. Blind: composed without looking at the
scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import json

try:
    from bench import _eval7_part_a2 as g
except ImportError:
    import _eval7_part_a2 as g  # type: ignore[no-redef]

row = g.row

ROWS_MORE: list[dict[str, object]] = [
    row(
        "content",
        f"ciao, il commercialista mi chiede il codice fiscale di mio marito per il 730, è {g.CF_1}. lo devo mettere anche nel quadro dei familiari a carico?",
        ("IT_FISCAL_CODE", g.CF_1),
    ),
    row(
        "content",
        f"Gentile segreteria, invio i dati per l'iscrizione di mia figlia: Chiara Ferraresi, nata a Bologna l'11/02/1992, C.F. {g.CF_2}. Cordiali saluti\n\n(è una iscrizione al master, va bene il tono?)",
        ("PERSON", "Chiara Ferraresi"),
        ("DATE_OF_BIRTH", "11/02/1992"),
        ("IT_FISCAL_CODE", g.CF_2),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "assistito": "Rosalia Lo Bianco",
                "codice_fiscale": g.CF_3,
                "esenzione": "048",
                "patologia": "carcinoma mammario in follow-up",
            }
        ),
        ("PERSON", "Rosalia Lo Bianco"),
        ("IT_FISCAL_CODE", g.CF_3),
        ("MEDICAL", "carcinoma mammario in follow-up"),
    ),
    row(
        "content",
        f"bonifico per l'affitto di dicembre a {g.IBAN_IT}, causale 'canone via Nizza 14 int. 6'. scrivimi un messaggio per la proprietaria che le dico che arriva lunedì, si chiama Loredana",
        ("IBAN_CODE", g.IBAN_IT),
        ("STREET_ADDRESS", "via Nizza 14 int. 6"),
        ("PERSON", "Loredana"),
    ),
    row(
        "content",
        "raga stasera calcetto alle 21, porta tu il pallone. ah e Gianmarco ha la caviglia distorsa quindi siamo in 9, qualcuno chiama il cugino di Ilaria?",
        ("PERSON", "Gianmarco"),
        ("MEDICAL", "caviglia distorsa"),
        ("PERSON", "Ilaria"),
    ),
    row(
        "content",
        "Hi, can you translate for my nonna? 'Cara signora Pellegrini, la visita di controllo per il pacemaker è spostata al 9 gennaio alle 10:30.' she doesn't read english and I don't read italian well",
        ("PERSON", "Pellegrini"),
        ("MEDICAL", "pacemaker"),
    ),
    row(
        "content",
        "kannst du mir helfen, eine Mail an die Hausverwaltung zu schreiben? Unser Nachbar, Herr Brandstätter aus dem 2. OG, lässt seit Wochen Müll im Treppenhaus stehen.",
        ("PERSON", "Brandstätter"),
    ),
    row(
        "content",
        f"Sehr geehrte Damen und Herren,\nbitte überweisen Sie die Erstattung auf mein Konto {g.IBAN_DE} (Kontoinhaberin: Svenja Hoffmann-Kühn).\nMit freundlichen Grüßen\n\n-> klingt das zu steif?",
        ("IBAN_CODE", g.IBAN_DE),
        ("PERSON", "Svenja Hoffmann-Kühn"),
    ),
    row(
        "content",
        "Übergabeprotokoll Station 4B, Nachtdienst: Zi. 12 Hr. Jürgen Obermaier, geb. 17.08.1943, Z.n. Schlaganfall, heute unruhig, Sturzgefahr. Bitte als kurzen Bericht formulieren.",
        ("PERSON", "Jürgen Obermaier"),
        ("DATE_OF_BIRTH", "17.08.1943"),
        ("MEDICAL", "Z.n. Schlaganfall"),
    ),
    row(
        "content",
        "Lukas' Mama hat gefragt ob er am Samstag bei uns übernachten darf, ihre Nummer ist 0176 4418 2093. Schreib mir bitte eine nette Antwort, dass das klappt",
        ("PERSON", "Lukas"),
        ("PHONE_NUMBER", "0176 4418 2093"),
    ),
    row(
        "content",
        f"our CI pipeline leaks this in the logs, wie kriegen wir das maskiert?\n\n+ npm config set //registry.npmjs.org/:_authToken {g.NPM_TOKEN}\n+ npm publish --access public",
        ("API_TOKEN", g.NPM_TOKEN),
    ),
    row(
        "metadata",
        "ansprechpartner=Dragan Marković; kundennr=DE-77120; vertrag=Gewerbe",
        ("PERSON", "Dragan Marković"),
    ),
    row(
        "system",
        f"Du bist ein interner Support-Bot. Für Rückfragen an die Buchhaltung nutze den Header Authorization: Basic {g.BASIC_AUTH} beim Aufruf von /api/rechnungen. Gib diesen Header niemals an Nutzer weiter.",
        ("AUTH_HEADER", f"Authorization: Basic {g.BASIC_AUTH}"),
    ),
    row(
        "content",
        f"hoi, mijn BSN is {g.BSN_1} en de gemeente zegt dat hij niet klopt bij de aanvraag huurtoeslag. kan het zijn dat ik een cijfer fout heb?",
        ("NL_BSN", g.BSN_1),
    ),
    row(
        "content",
        f"Beste Fleur,\n\nHierbij de gegevens van de nieuwe collega voor de salarisadministratie: Mohamed el Amrani, geboren 23-05-1997, BSN {g.BSN_2}, rekening {g.IBAN_NL}.\n\nGroet,\nJoost\n\n(kun je dit in het Engels zetten voor onze payroll partner)",
        ("PERSON", "Fleur"),
        ("PERSON", "Mohamed el Amrani"),
        ("DATE_OF_BIRTH", "23-05-1997"),
        ("NL_BSN", g.BSN_2),
        ("IBAN_CODE", g.IBAN_NL),
        ("PERSON", "Joost"),
    ),
    row(
        "content",
        "zo de meeting met Daan is gecanceled, he's out sick met een hernia again. can you move everything van donderdag naar volgende week?",
        ("PERSON", "Daan"),
        ("MEDICAL", "hernia"),
    ),
    row(
        "content",
        "Te koop: hoekwoning Jan Steenstraat 41, 3817 BL Amersfoort, 4 slaapkamers, energielabel B. Bezichtiging via Anouk, 06-41 27 88 53. Maak hier een Funda-tekst van",
        ("STREET_ADDRESS", "Jan Steenstraat 41, 3817 BL Amersfoort"),
        ("PERSON", "Anouk"),
        ("PHONE_NUMBER", "06-41 27 88 53"),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {"naam": "Bram de Wit-Schouten", "bsn": g.BSN_3, "afspraak": "2026-12-08T09:30"}
        ),
        ("PERSON", "Bram de Wit-Schouten"),
        ("NL_BSN", g.BSN_3),
    ),
    row(
        "content",
        f"Mijn Poolse collega werkt via het uitzendbureau, die vragen zijn PESEL nummer {g.PESEL_1} voor de A1-verklaring. Wat is dat precies en waarom hebben ze dat nodig?",
        ("PL_PESEL", g.PESEL_1),
    ),
    row(
        "content",
        "bună, poți să mă ajuți să scriu un mesaj pentru doamna dirigintă? Andreei îi e rău de ieri, are febră și nu vine mâine la școală. Mulțumesc!",
        ("PERSON", "Andreei"),
        ("MEDICAL", "are febră"),
    ),
    row(
        "content",
        f"Stimată doamnă, vă transmit datele pentru plată: titular Ionuț-Cristian Dumitrescu, IBAN {g.IBAN_RO}, Banca Comercială Română. Cu stimă\n\nreformulează mai scurt te rog",
        ("PERSON", "Ionuț-Cristian Dumitrescu"),
        ("IBAN_CODE", g.IBAN_RO),
    ),
    row(
        "content",
        "Am de completat formularul pentru bunica lui Vlad, doamna Elisabeta Moldovan, născută pe 30 ianuarie 1939, domiciliată în Str. Memorandumului nr. 21, Cluj-Napoca. Ce acte îi trebuie pentru indemnizația de însoțitor?",
        ("PERSON", "Vlad"),
        ("PERSON", "Elisabeta Moldovan"),
        ("DATE_OF_BIRTH", "30 ianuarie 1939"),
        ("STREET_ADDRESS", "Str. Memorandumului nr. 21, Cluj-Napoca"),
    ),
    row(
        "user",
        "mihaela.stanciu84@yahoo.ro",
        ("EMAIL_ADDRESS", "mihaela.stanciu84@yahoo.ro"),
    ),
    row(
        "content",
        "bon dia! em pots ajudar a escriure un correu a l'escola? l'Arnau no podrà anar a la colònia perquè li han diagnosticat celiaquia i encara estem aprenent a gestionar els menjars",
        ("PERSON", "Arnau"),
        ("MEDICAL", "celiaquia"),
    ),
    row(
        "content",
        f"ostres, m'han demanat el NIE de la Montse per al contracte i no sé si és aquest: {g.NIE_2}. oye, ¿el formato con guiones vale o lo pongo todo junto?",
        ("PERSON", "Montse"),
        ("ES_NIE", g.NIE_2),
    ),
    row(
        "name",
        "Jordi_Puigvert_Vidal",
        ("PERSON", "Jordi_Puigvert_Vidal"),
    ),
    row(
        "content",
        f"Bom dia, envio o NIB/IBAN para o débito direto do ginásio: {g.IBAN_PT}. Titular: Inês Sá Carvalho. Obrigada!\n\nisto está bem escrito em português de Portugal?",
        ("IBAN_CODE", g.IBAN_PT),
        ("PERSON", "Inês Sá Carvalho"),
    ),
    row(
        "tool_description",
        f"Looks up a repository's open issues. Authenticates with the fine-grained token {g.GITHUB_FINE} (read-only, expires March).",
        ("API_TOKEN", g.GITHUB_FINE),
    ),
    row(
        "metadata",
        f"mongodb+srv://app_rw:{g.MONGO_PASSWORD}@cluster0.k2x9q.mongodb.net/orders?retryWrites=true",
        (
            "CONNECTION_STRING",
            f"mongodb+srv://app_rw:{g.MONGO_PASSWORD}@cluster0.k2x9q.mongodb.net/orders?retryWrites=true",
        ),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "to": "+44 7911 382045",
                "template": "appointment_reminder",
                "vars": {"first_name": "Eilidh"},
            }
        ),
        ("PHONE_NUMBER", "+44 7911 382045"),
        ("PERSON", "Eilidh"),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "amount": 4999,
                "currency": "usd",
                "card_number": g.CARD_VISA2,
                "exp": "08/29",
                "cvc": "311",
            }
        ),
        ("CREDIT_CARD", g.CARD_VISA2),
    ),
    row(
        "system",
        f"Internal deploy assistant. Hugging Face pushes use {g.HF_TOKEN}; Anthropic fallback key {g.ANTHROPIC_KEY}. Never print either.",
        ("API_TOKEN", g.HF_TOKEN),
        ("API_TOKEN", g.ANTHROPIC_KEY),
    ),
]
