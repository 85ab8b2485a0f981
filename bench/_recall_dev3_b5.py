"""Writer b, recall round 3: HELD_OUT sensitive rows 1-30 (written by hand; IDs from _recall_dev3_b2)."""

# ruff: noqa: RUF001, E501
from __future__ import annotations

try:
    from bench._recall_dev3_b2 import BSN_B, CARD_MC, CF_B, NIE_A, PESEL_A, SSN_B, spaced
except ImportError:
    from _recall_dev3_b2 import BSN_B, CARD_MC, CF_B, NIE_A, PESEL_A, SSN_B, spaced

_SSN = f"{SSN_B[:3]}-{SSN_B[3:5]}-{SSN_B[5:]}"
_CARD = spaced(CARD_MC)

ROWS = [
    # English
    {
        "text": "can u check my age math, born 11/30/1996 so how old am i on the trip in march 2027? the airline wants 'age at travel'",
        "field": "content",
        "values": [["DATE_OF_BIRTH", "11/30/1996"]],
    },
    {
        "text": "Draft a firm but polite note to my landlord saying the boiler at 7 Cranbrook Terrace, Flat B, Bristol BS6 7AA has broken for the third time this winter.",
        "field": "content",
        "values": [["STREET_ADDRESS", "7 Cranbrook Terrace, Flat B, Bristol BS6 7AA"]],
    },
    {
        "text": "remind me sunday to call grandpa walt at (614) 382-7705, he gets lonely after church",
        "field": "content",
        "values": [["PERSON", "walt"], ["PHONE_NUMBER", "(614) 382-7705"]],
    },
    {
        "text": '{"patient": "Keisha Morgan", "dob": "1979-08-02", "member_ssn": "'
        + _SSN
        + '", "home": "4417 Elm Street Apt 2B, Dayton, OH 45419"}',
        "field": "tool_arguments",
        "values": [
            ["PERSON", "Keisha Morgan"],
            ["DATE_OF_BIRTH", "1979-08-02"],
            ["US_SSN", _SSN],
            ["STREET_ADDRESS", "4417 Elm Street Apt 2B, Dayton, OH 45419"],
        ],
    },
    {
        "text": "Internal note for the assistant: the staging admin panel is still admin / Bluebell_Harbour_77 until Friday. Do not repeat this to anyone in chat.",
        "field": "system",
        "values": [["PASSWORD", "Bluebell_Harbour_77"]],
    },
    # Spanish
    {
        "text": "mi abuelo Ramiro nació el 2 de febrero de 1941 y quiero hacerle un álbum de fotos por sus 85, ¿qué le pongo en la portada?",
        "field": "content",
        "values": [["PERSON", "Ramiro"], ["DATE_OF_BIRTH", "2 de febrero de 1941"]],
    },
    {
        "text": "Envíalo a Calle Mayor 12, 3.º izda., 28013 Madrid antes del viernes, que el lunes ya no estoy.",
        "field": "content",
        "values": [["STREET_ADDRESS", "Calle Mayor 12, 3.º izda., 28013 Madrid"]],
    },
    {
        "text": "Eres el asistente de la inmobiliaria Mar Azul. Para concertar visitas, deriva siempre a Begoña en el 655 210 874, nunca des el fijo.",
        "field": "system",
        "values": [["PERSON", "Begoña"], ["PHONE_NUMBER", "655 210 874"]],
    },
    {
        "text": "Rellena la solicitud del padrón con esto: NIE "
        + NIE_A
        + ", nacida el 30-07-1990, domicilio Av. Blasco Ibáñez 56, pta. 12, 46021 Valencia",
        "field": "content",
        "values": [
            ["ES_NIE", NIE_A],
            ["DATE_OF_BIRTH", "30-07-1990"],
            ["STREET_ADDRESS", "Av. Blasco Ibáñez 56, pta. 12, 46021 Valencia"],
        ],
    },
    # Portuguese
    {
        "text": "Olá, o meu pai, nascido a 5 de setembro de 1952, precisa de renovar o cartão de cidadão. Dá para marcar online ou tem de ir à loja?",
        "field": "content",
        "values": [["DATE_OF_BIRTH", "5 de setembro de 1952"]],
    },
    {
        "text": "Entrega na Rua Harmonia, 512, apto 83 - Vila Madalena, São Paulo - SP, 05435-000, pode deixar na portaria com o seu Zé",
        "field": "content",
        "values": [
            [
                "STREET_ADDRESS",
                "Rua Harmonia, 512, apto 83 - Vila Madalena, São Paulo - SP, 05435-000",
            ],
            ["PERSON", "Zé"],
        ],
    },
    {
        "text": '{"nome": "Inês", "telemovel": "912 834 507", "assunto": "consulta de rotina", "hora": "09:30"}',
        "field": "tool_arguments",
        "values": [["PERSON", "Inês"], ["PHONE_NUMBER", "912 834 507"]],
    },
    # French
    {
        "text": "Je dois remplir le dossier CAF pour mon fils Théo, né le 18/04/2015, c'est quelle case pour la date ?",
        "field": "content",
        "values": [["PERSON", "Théo"], ["DATE_OF_BIRTH", "18/04/2015"]],
    },
    {
        "text": '{"adresse_livraison": "Résidence Les Pins, Bât. C, Apt 12, 3 allée des Mimosas, 13009 Marseille", "cb": "'
        + _CARD
        + '"}',
        "field": "metadata",
        "values": [
            [
                "STREET_ADDRESS",
                "Résidence Les Pins, Bât. C, Apt 12, 3 allée des Mimosas, 13009 Marseille",
            ],
            ["CREDIT_CARD", _CARD],
        ],
    },
    {
        "text": "rappelle Jérôme au 07 81 46 22 93 stp, il attend depuis ce matin pour le devis",
        "field": "content",
        "values": [["PERSON", "Jérôme"], ["PHONE_NUMBER", "07 81 46 22 93"]],
    },
    # Italian
    {
        "text": "Mi serve un'autocertificazione: io sottoscritto Marco Bianchi, nato a Roma il 14 marzo 1975, C.F. "
        + CF_B
        + ", residente in Viale Trastevere 212, 00153 Roma, dichiaro che...",
        "field": "content",
        "values": [
            ["PERSON", "Marco Bianchi"],
            ["DATE_OF_BIRTH", "14 marzo 1975"],
            ["IT_FISCAL_CODE", CF_B],
            ["STREET_ADDRESS", "Viale Trastevere 212, 00153 Roma"],
        ],
    },
    {
        "text": "mandami le foto su whatsapp 339 407 1852 che dal pc non riesco ad aprirle",
        "field": "content",
        "values": [["PHONE_NUMBER", "339 407 1852"]],
    },
    {
        "text": '{"service": "nas", "user": "admin", "password": "Gatto$Lupo_1999", "port": 5001}',
        "field": "tool_arguments",
        "values": [["PASSWORD", "Gatto$Lupo_1999"]],
    },
    # German
    {
        "text": "Bitte den Kopf meines Lebenslaufs formatieren: Sabine Krüger · geboren am 2. Oktober 1987 in Kassel · Gartenweg 9a, 34117 Kassel",
        "field": "content",
        "values": [
            ["PERSON", "Sabine Krüger"],
            ["DATE_OF_BIRTH", "2. Oktober 1987"],
            ["STREET_ADDRESS", "Gartenweg 9a, 34117 Kassel"],
        ],
    },
    {
        "text": "kannst du dem Timo sagen er soll mich unter 0152 28374 619 zurückrufen, mein altes Handy ist kaputt",
        "field": "content",
        "values": [["PERSON", "Timo"], ["PHONE_NUMBER", "0152 28374 619"]],
    },
    {
        "text": "Ich hab das WLAN auf Kaffeetasse_Blau_88 umgestellt. Wie teile ich das per QR-Code mit den Gästen?",
        "field": "content",
        "values": [["PASSWORD", "Kaffeetasse_Blau_88"]],
    },
    {
        "text": "Dieter",
        "field": "name",
        "values": [["PERSON", "Dieter"]],
    },
    # Dutch
    {
        "text": "Kan je een verhuisbericht maken? Vanaf 1 mei wonen we op Kerkstraat 27 bis, 2011 KL Haarlem, en kleine Noor is geboren op 12-01-2026 (BSN "
        + BSN_B
        + " voor de kraamzorg).",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "Kerkstraat 27 bis, 2011 KL Haarlem"],
            ["PERSON", "Noor"],
            ["DATE_OF_BIRTH", "12-01-2026"],
            ["NL_BSN", BSN_B],
        ],
    },
    {
        "text": "daan.visser@kpnmail.nl",
        "field": "user",
        "values": [["EMAIL_ADDRESS", "daan.visser@kpnmail.nl"]],
    },
    # Polish
    {
        "text": "Pomóż mi napisać list do pani Grażyny, urodzonej 17 VIII 1949, z okazji jubileuszu, coś uroczystego.",
        "field": "content",
        "values": [["PERSON", "Grażyny"], ["DATE_OF_BIRTH", "17 VIII 1949"]],
    },
    {
        "text": "PESEL "
        + PESEL_A
        + ", ur. 03.11.1986 – sprawdź, czy data się zgadza z numerem, bo urząd odrzucił formularz",
        "field": "content",
        "values": [["PL_PESEL", PESEL_A], ["DATE_OF_BIRTH", "03.11.1986"]],
    },
    {
        "text": "paczkę zostaw pod Mickiewicza 15/3, 31-120 Kraków, domofon nie działa więc dzwoń 512 408 936",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "Mickiewicza 15/3, 31-120 Kraków"],
            ["PHONE_NUMBER", "512 408 936"],
        ],
    },
    # Czech
    {
        "text": "Napiš přání k narozeninám pro Janu, narodila se 8. května 1995, pošlu jí to SMSkou na 604 118 372.",
        "field": "content",
        "values": [
            ["PERSON", "Janu"],
            ["DATE_OF_BIRTH", "8. května 1995"],
            ["PHONE_NUMBER", "604 118 372"],
        ],
    },
    {
        "text": "honza.novotny@seznam.cz",
        "field": "user",
        "values": [["EMAIL_ADDRESS", "honza.novotny@seznam.cz"]],
    },
]
