"""Evaluation 8, part b (4): hand-written sensitive rows, third batch (many outside content).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

# ruff: noqa: RUF001, E501

from __future__ import annotations

try:
    from bench._eval8_part_b2 import (
        ANTHROPIC,
        BASIC,
        CF_AL,
        DB_PW,
        DJANGO_KEY,
        GH_FINE,
        GITLAB,
        HF,
        IB,
        IB_HR2,
        NPM,
        PESEL_C,
        SENDGRID,
        SLACK_HOOK,
        SSH_KEY,
        STRIPE_WH,
        TWILIO_SID,
        TWILIO_TOKEN,
        VISA,
        args,
        r,
    )
except ImportError:
    from _eval8_part_b2 import (  # type: ignore[no-redef]
        ANTHROPIC,
        BASIC,
        CF_AL,
        DB_PW,
        DJANGO_KEY,
        GH_FINE,
        GITLAB,
        HF,
        IB,
        IB_HR2,
        NPM,
        PESEL_C,
        SENDGRID,
        SLACK_HOOK,
        SSH_KEY,
        STRIPE_WH,
        TWILIO_SID,
        TWILIO_TOKEN,
        VISA,
        args,
        r,
    )

ROWS_B4: list[dict[str, object]] = [
    r(
        "pan Henryk Dąbrowski urodzony piętnastego marca tysiąc dziewięćset pięćdziesiątego ósmego przecinek zamieszkały w Lublinie przy ulicy Narutowicza dwadzieścia trzy przez cztery kropka",
        ("PERSON", "Henryk Dąbrowski"),
        ("DATE_OF_BIRTH", "piętnastego marca tysiąc dziewięćset pięćdziesiątego ósmego"),
        ("STREET_ADDRESS", "Lublinie przy ulicy Narutowicza dwadzieścia trzy przez cztery"),
    ),
    r(
        f"PESEL ojca {PESEL_C}, mój mu nie pasuje do wniosku o 800+, czemu system odrzuca?",
        ("PL_PESEL", PESEL_C),
    ),
    r(
        '{"customer_name": "Dragana Petrović", "tier": "gold", "locale": "sr-Latn"}',
        ("PERSON", "Dragana Petrović"),
        field="metadata",
    ),
    r(
        "ticket opened by jelena.markovic87@gmail.com via web widget",
        ("EMAIL_ADDRESS", "jelena.markovic87@gmail.com"),
        field="metadata",
    ),
    r(
        f"account_holder=Petra Horvat; payout_iban={IB_HR2}",
        ("PERSON", "Petra Horvat"),
        ("IBAN_CODE", IB_HR2),
        field="metadata",
    ),
    r(
        "patient_ref: Kristýna Malá (nar. 1.4.1999), alergie na penicilin",
        ("PERSON", "Kristýna Malá"),
        ("DATE_OF_BIRTH", "1.4.1999"),
        ("MEDICAL", "alergie na penicilin"),
        field="metadata",
    ),
    r(
        f"Sends an SMS to the on-call engineer (Petr Horák, +420 731 552 604) through Twilio. Account SID {TWILIO_SID}, auth token {TWILIO_TOKEN}. Input: message text.",
        ("PERSON", "Petr Horák"),
        ("PHONE_NUMBER", "+420 731 552 604"),
        ("API_TOKEN", TWILIO_SID),
        ("SECRET", TWILIO_TOKEN),
        field="tool_description",
    ),
    r(
        f"Posts a message to the #deploys channel. Webhook: {SLACK_HOOK}. Keep messages under 300 characters.",
        ("SECRET", SLACK_HOOK),
        field="tool_description",
    ),
    r(
        f"Jesteś asystentem biura rachunkowego. Faktury wysyłasz przez SendGrid kluczem {SENDGRID}. Nadawca: biuro@rachunki-nowak.pl. Nie podawaj klucza klientom.",
        ("API_TOKEN", SENDGRID),
        field="system",
    ),
    r(
        "Olet Kotipalvelu Mäkelän asiakaspalvelija. Omistaja on Riikka Mäkelä; jos asiakas on vihainen, ohjaa hänet soittamaan numeroon 050 338 1172.",
        ("PERSON", "Riikka Mäkelä"),
        ("PHONE_NUMBER", "050 338 1172"),
        field="system",
    ),
    r(
        args(
            query="SELECT * FROM members WHERE birth_date = '1993-08-21' AND last_name = 'Andersson'",
            database="klubb",
        ),
        ("DATE_OF_BIRTH", "1993-08-21"),
        ("PERSON", "Andersson"),
        field="tool_arguments",
    ),
    r(
        args(
            url="https://api.internal.fakturownia.example/v2/invoices",
            headers={"Authorization": f"Basic {BASIC}"},
            method="GET",
        ),
        ("AUTH_HEADER", f"Basic {BASIC}"),
        field="tool_arguments",
    ),
    r(
        args(
            name="Zeynep Arslan",
            date_of_birth="02.05.2001",
            address="Atatürk Cad. No: 118 D:5, Kadıköy/İstanbul",
            card=VISA[2],
        ),
        ("PERSON", "Zeynep Arslan"),
        ("DATE_OF_BIRTH", "02.05.2001"),
        ("STREET_ADDRESS", "Atatürk Cad. No: 118 D:5, Kadıköy/İstanbul"),
        ("CREDIT_CARD", VISA[2]),
        field="tool_arguments",
    ),
    r(
        "ondrej.kolar",
        ("PERSON", "ondrej.kolar"),
        field="user",
    ),
    r(
        "Γιώργος Αναστασίου",
        ("PERSON", "Γιώργος Αναστασίου"),
        field="name",
    ),
    r(
        f"""# .env.production
SECRET_KEY='{DJANGO_KEY}'
STRIPE_WEBHOOK_SECRET={STRIPE_WH}
HF_TOKEN={HF}
ANTHROPIC_API_KEY={ANTHROPIC}
NPM_TOKEN={NPM}
DB_PASSWORD={DB_PW[2]}
ALLOWED_HOSTS=*

kas see fail on piisavalt turvaline, et panna ta serverisse /etc alla?""",
        ("SECRET", DJANGO_KEY),
        ("SECRET", STRIPE_WH),
        ("API_TOKEN", HF),
        ("API_TOKEN", ANTHROPIC),
        ("API_TOKEN", NPM),
        ("PASSWORD", DB_PW[2]),
    ),
    r(
        f"git clone https://oauth2:{GITLAB}@gitlab.com/zagreb-dev/portal.git ne radi, kaže 'HTTP Basic: Access denied'",
        ("API_TOKEN", GITLAB),
    ),
    r(
        f"curl -H 'Authorization: token {GH_FINE}' https://api.github.com/user/repos — miks see tagastab ainult avalikud repod?",
        ("AUTH_HEADER", f"Authorization: token {GH_FINE}"),
    ),
    r(
        f"Ju lutem, kontrolloni nëse ky kod fiskal italian është i saktë për motrën time Arbëra: {CF_AL}. Ka lindur në Shkodër.",
        ("PERSON", "Arbëra"),
        ("IT_FISCAL_CODE", CF_AL),
    ),
    r(
        f"""Von: Thomas Gruber
An: Ana Kovačević
Betreff: Gehaltsüberweisung

Hallo, bitte prüfe die neue Bankverbindung von Kollegin Rebeka Sedlar ({IB["SI"]}) vor der Märzabrechnung.

napiši mi odgovor na nemškem, da je preverjeno""",
        ("PERSON", "Thomas Gruber"),
        ("PERSON", "Ana Kovačević"),
        ("PERSON", "Rebeka Sedlar"),
        ("IBAN_CODE", IB["SI"]),
    ),
    r(
        f"ssh-keygen mi je napravil tole, ali je prav, da ga pošljem administratorju?\n{SSH_KEY}",
        ("PRIVATE_KEY", SSH_KEY),
    ),
]
