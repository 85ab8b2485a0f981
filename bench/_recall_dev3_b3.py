"""Writer b, recall round 3: DEV sensitive rows 1-30 (written by hand; IDs from _recall_dev3_b2)."""

# ruff: noqa: E501
from __future__ import annotations

try:
    from bench._recall_dev3_b2 import (
        BSN_A,
        CARD_VISA,
        CF_A,
        IBAN_DE,
        IBAN_PL,
        PESEL_B,
        SSN_A,
        spaced,
    )
except ImportError:
    from _recall_dev3_b2 import BSN_A, CARD_VISA, CF_A, IBAN_DE, IBAN_PL, PESEL_B, SSN_A, spaced

_SSN = f"{SSN_A[:3]}-{SSN_A[3:5]}-{SSN_A[5:]}"
_CARD = spaced(CARD_VISA)
_IBAN_PL = spaced(IBAN_PL)

ROWS = [
    # English
    {
        "text": "hey can you help me fill the visa form, my details: born 3rd of February 1989 in Leeds, currently at Flat 4, 19 Harehills Lane, Leeds LS8 4HS. what goes in box 7?",
        "field": "content",
        "values": [
            ["DATE_OF_BIRTH", "3rd of February 1989"],
            ["STREET_ADDRESS", "Flat 4, 19 Harehills Lane, Leeds LS8 4HS"],
        ],
    },
    {
        "text": "text priya when you land, 07842 319 605, she'll pick you up from arrivals",
        "field": "content",
        "values": [["PERSON", "priya"], ["PHONE_NUMBER", "07842 319 605"]],
    },
    {
        "text": "my dad keeps asking me to write his birthday down for the pharmacy app so here: march 9 1951. which of the date formats should i pick, MM/DD or DD/MM?",
        "field": "content",
        "values": [["DATE_OF_BIRTH", "march 9 1951"]],
    },
    {
        "text": '{"action": "create_account", "first_name": "Dwayne", "dob": "07/14/1992", "ssn": "'
        + _SSN
        + '", "address": "2218 W Wabansia Ave Apt 3R, Chicago, IL 60647"}',
        "field": "tool_arguments",
        "values": [
            ["PERSON", "Dwayne"],
            ["DATE_OF_BIRTH", "07/14/1992"],
            ["US_SSN", _SSN],
            ["STREET_ADDRESS", "2218 W Wabansia Ave Apt 3R, Chicago, IL 60647"],
        ],
    },
    {
        "text": "You are the front-desk helper for a small dental practice. The reception laptop unlocks with Marigold-Tuesday-41; never read it out to callers, even if they say they are staff.",
        "field": "system",
        "values": [["PASSWORD", "Marigold-Tuesday-41"]],
    },
    # Spanish
    {
        "text": "Necesito redactar una autorización para que mi hija Lucía, nacida el 9 de octubre de 2011, viaje con su abuela a Lisboa. ¿Me ayudas con el texto?",
        "field": "content",
        "values": [["PERSON", "Lucía"], ["DATE_OF_BIRTH", "9 de octubre de 2011"]],
    },
    {
        "text": "mandale el paquete a C/ Sant Antoni Maria Claret 214, 4º 2ª, 08025 Barcelona que ahí vive mi primo, y que no lo dejen en conserjería",
        "field": "content",
        "values": [["STREET_ADDRESS", "C/ Sant Antoni Maria Claret 214, 4º 2ª, 08025 Barcelona"]],
    },
    {
        "text": "Eres el asistente de la clínica dental Sonrisa. Si el paciente quiere cambiar la cita, que llame a Marisol al 612 48 93 07 de lunes a jueves.",
        "field": "system",
        "values": [["PERSON", "Marisol"], ["PHONE_NUMBER", "612 48 93 07"]],
    },
    {
        "text": "Ayúdame a encontrar el error, me lo devuelven: Olga Ruiz Mena · 23/05/1977 · Avenida de la Constitución 18, 2º B, 41001 Sevilla",
        "field": "content",
        "values": [
            ["PERSON", "Olga Ruiz Mena"],
            ["DATE_OF_BIRTH", "23/05/1977"],
            ["STREET_ADDRESS", "Avenida de la Constitución 18, 2º B, 41001 Sevilla"],
        ],
    },
    # Portuguese
    {
        "text": "Olá, preciso de mudar a morada na Segurança Social para Rua Gonçalo Cristóvão 347, 3.º Dto, 4000-270 Porto. Que documentos tenho de levar?",
        "field": "content",
        "values": [["STREET_ADDRESS", "Rua Gonçalo Cristóvão 347, 3.º Dto, 4000-270 Porto"]],
    },
    {
        "text": "oi, meu filho Davi nasceu em 14/08/2019 e preciso saber quais vacinas ele ainda tem que tomar esse ano",
        "field": "content",
        "values": [["PERSON", "Davi"], ["DATE_OF_BIRTH", "14/08/2019"]],
    },
    {
        "text": '{"destinatario": "(21) 98734-1026", "template": "lembrete_consulta", "variaveis": ["quinta-feira", "14h"]}',
        "field": "tool_arguments",
        "values": [["PHONE_NUMBER", "(21) 98734-1026"]],
    },
    # French
    {
        "text": "Pouvez-vous rédiger une attestation d'hébergement ? J'héberge Mme Nadia Benali, née le 2 juillet 1994 à Oran, à mon domicile du 14 bis rue des Carmes, 86000 Poitiers, depuis le mois de mai.",
        "field": "content",
        "values": [
            ["PERSON", "Nadia Benali"],
            ["DATE_OF_BIRTH", "2 juillet 1994"],
            ["STREET_ADDRESS", "14 bis rue des Carmes, 86000 Poitiers"],
        ],
    },
    {
        "text": '{"client_id": "c-7781", "tel": "06 74 21 88 39", "carte": "'
        + _CARD
        + '", "segment": "premium"}',
        "field": "metadata",
        "values": [["PHONE_NUMBER", "06 74 21 88 39"], ["CREDIT_CARD", _CARD]],
    },
    {
        "text": "chez mamie c'est le nom du chat suivi de l'année, donc Minouche1958, mais la box refuse depuis hier, tu sais pourquoi ?",
        "field": "content",
        "values": [["PASSWORD", "Minouche1958"]],
    },
    # Italian
    {
        "text": "Compilami il modulo con questi dati: Giulia Rossi, nata a Milano il 12/08/1988, codice fiscale "
        + CF_A
        + ", residente in Via Washington 44, scala C, int. 9, 20146 Milano.",
        "field": "content",
        "values": [
            ["PERSON", "Giulia Rossi"],
            ["DATE_OF_BIRTH", "12/08/1988"],
            ["IT_FISCAL_CODE", CF_A],
            ["STREET_ADDRESS", "Via Washington 44, scala C, int. 9, 20146 Milano"],
        ],
    },
    {
        "text": "Sei l'assistente dello studio commercialista. Per le urgenze fuori orario manda i clienti da Fabrizio, 347 218 6640, mai al numero dello studio.",
        "field": "system",
        "values": [["PERSON", "Fabrizio"], ["PHONE_NUMBER", "347 218 6640"]],
    },
    {
        "text": '{"wifi_ssid": "Vodafone-A4F2", "wifi_password": "tortellini-della-nonna-73", "qr": true}',
        "field": "tool_arguments",
        "values": [["PASSWORD", "tortellini-della-nonna-73"]],
    },
    # German
    {
        "text": "Kannst du mir einen Kündigungsbrief fürs Fitnessstudio schreiben? Absender: Jürgen Haas, Lindenstr. 4, 10969 Berlin, geb. 17.03.1965. Das Restguthaben bitte auf "
        + IBAN_DE
        + " überweisen.",
        "field": "content",
        "values": [
            ["PERSON", "Jürgen Haas"],
            ["STREET_ADDRESS", "Lindenstr. 4, 10969 Berlin"],
            ["DATE_OF_BIRTH", "17.03.1965"],
            ["IBAN_CODE", IBAN_DE],
        ],
    },
    {
        "text": "ruf bitte kurz die Frau Krämer an, 0171 4938 207, wegen dem Termin morgen, ich schaff das heute nicht mehr",
        "field": "content",
        "values": [["PERSON", "Krämer"], ["PHONE_NUMBER", "0171 4938 207"]],
    },
    {
        "text": "Ich hab's am Wochenende auf Zugspitze#Sommer19 geändert und jetzt findet der Drucker das Netz nicht mehr. Muss ich ihn neu einrichten?",
        "field": "content",
        "values": [["PASSWORD", "Zugspitze#Sommer19"]],
    },
    {
        "text": "Henrike",
        "field": "name",
        "values": [["PERSON", "Henrike"]],
    },
    # Dutch
    {
        "text": "Kun je deze brief aan de gemeente nakijken? Ik woon sinds kort op Oudegracht 118-bis, 3511 AV Utrecht, ben geboren op 4 november 1990 en mijn BSN is "
        + BSN_A
        + ".",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "Oudegracht 118-bis, 3511 AV Utrecht"],
            ["DATE_OF_BIRTH", "4 november 1990"],
            ["NL_BSN", BSN_A],
        ],
    },
    {
        "text": "sanne.devries@ziggo.nl",
        "field": "user",
        "values": [["EMAIL_ADDRESS", "sanne.devries@ziggo.nl"]],
    },
    # Polish
    {
        "text": "Napisz życzenia dla Kasi, urodziła się 3 listopada 1986, więc w tym roku kończy czterdziestkę. Coś ciepłego, ale z humorem.",
        "field": "content",
        "values": [["PERSON", "Kasi"], ["DATE_OF_BIRTH", "3 listopada 1986"]],
    },
    {
        "text": "Proszę o pomoc z wnioskiem o dopłatę: PESEL "
        + PESEL_B
        + ", adres zamieszkania Kwiatowa 7 m. 4, 05-500 Piaseczno, numer konta "
        + _IBAN_PL
        + ". Co jeszcze trzeba dopisać?",
        "field": "content",
        "values": [
            ["PL_PESEL", PESEL_B],
            ["STREET_ADDRESS", "Kwiatowa 7 m. 4, 05-500 Piaseczno"],
            ["IBAN_CODE", _IBAN_PL],
        ],
    },
    {
        "text": "zadzwoń do Tomka 601 238 447 bo ja tu nie mam zasięgu i powiedz że będziemy po 18",
        "field": "content",
        "values": [["PERSON", "Tomka"], ["PHONE_NUMBER", "601 238 447"]],
    },
    # Czech
    {
        "text": "Potřebuju napsat plnou moc pro Petra Dvořáka, nar. 14. 2. 1971, bytem Korunní 48, 120 00 Praha 2, aby za mě mohl vyzvednout doporučený dopis.",
        "field": "content",
        "values": [
            ["PERSON", "Petra Dvořáka"],
            ["DATE_OF_BIRTH", "14. 2. 1971"],
            ["STREET_ADDRESS", "Korunní 48, 120 00 Praha 2"],
        ],
    },
    {
        "text": "na chalupě jsem to změnil na Krtek_Lhota2015, napiš prosím babičce srozumitelně, jak se s tabletem připojí",
        "field": "content",
        "values": [["PASSWORD", "Krtek_Lhota2015"]],
    },
]
