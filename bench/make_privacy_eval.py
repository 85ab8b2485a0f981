"""Write bench/data/privacy_eval.jsonl: the EVALUATION corpus of bench/privacy.py.

Made by another generator than the tuning corpus (bench/make_privacy_corpus.py): values come
from Faker's locales (names, phones, IBANs, cards, national identifiers, addresses as each
locale's provider writes them), the templates below were written for this file only and the
seed differs. The detector is never tuned on this file: when a miss shows up here, the fix is
checked on the tuning corpus and on tests, and this file is regenerated unchanged.

Each row: {"text", "entities": [{"type", "start", "end"}], "sensitive", "field"}; "field" says
where bench/privacy.py places the text in a request (message content, a tool call's JSON
arguments, a tool description, a message name, metadata, the user field).

    .venv/bin/python bench/make_privacy_eval.py
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from pathlib import Path

from faker import Faker

OUT = Path(__file__).parent / "data" / "privacy_eval.jsonl"
SEED = 90210
PHONE_LOCALES = (
    "en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_IN", "en_IE",
    "nl_BE", "de_CH", "de_AT", "pt_PT", "sv_SE", "no_NO", "da_DK", "fi_FI", "en_AU", "en_CA",
    "pt_BR", "es_MX", "ja_JP", "en_NZ", "tr_TR",
)  # fmt: skip
NAME_LOCALES = ("en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_IN",
                "pt_BR", "sv_SE", "tr_TR", "yo_NG", "ga_IE", "cs_CZ")  # fmt: skip
IBAN_LOCALES = ("en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "nl_BE", "de_AT")
IDS: tuple[tuple[str, str, str, str], ...] = (
    ("en_GB", "ssn", "UK_NINO", "my national insurance no. {} — is it on my payslip?"),
    ("fr_FR", "ssn", "FR_INSEE", "Mon numéro de sécu est {}, la carte vitale est perdue."),
    ("es_ES", "nif", "ES_DNI", "Rellena el formulario con mi DNI {} por favor"),
    ("es_ES", "nie", "ES_NIE", "NIE: {} (residencia temporal)"),
    ("nl_NL", "ssn", "NL_BSN", "BSN {} staat op mijn loonstrook"),
    ("pl_PL", "pesel", "PL_PESEL", "numer PESEL {} do wniosku"),
    ("it_IT", "ssn", "IT_FISCAL_CODE", "il mio codice fiscale: {}"),
    ("en_IN", "aadhaar_id", "IN_AADHAAR", "link aadhaar {} with my bank"),
    ("en_US", "ssn", "US_SSN", "tax form says SSN {} for the dependant"),
)
FIELDS = ("content", "content", "content", "tool_arguments", "tool_description", "name",
          "metadata", "user", "system")  # fmt: skip

Row = dict[str, object]


def _row(parts: list[str | tuple[str, str]], field: str = "content") -> Row:
    """Join literal strings and (type, value) pieces; labels get exact offsets."""
    text, entities = "", []
    for part in parts:
        if isinstance(part, tuple):
            kind, value = part
            entities.append({"type": kind, "start": len(text), "end": len(text) + len(value)})
            text += value
        else:
            text += part
    return {"text": text, "entities": entities, "sensitive": bool(entities), "field": field}


def people(rng: random.Random) -> list[Row]:
    rows = []
    contexts = [
        ("", " was admitted with pneumonia and needs a sick note."),
        ("Draft a reminder that ", " still owes us the deposit for the flat."),
        ("HR: ", " filed a grievance about unpaid overtime."),
        ("tenancy agreement between the landlord and ", ", currently of "),
        ("summarise the oncology referral for ", " please"),
    ]
    for i in range(60):
        fake = Faker(NAME_LOCALES[i % len(NAME_LOCALES)])
        fake.seed_instance(SEED + i)
        name = f"{fake.first_name()} {fake.last_name()}"
        if i % 3 == 0:
            name = name.lower()
        before, after = contexts[i % len(contexts)]
        parts: list[str | tuple[str, str]] = [before, ("PERSON", name), after]
        if "currently of" in after:
            parts.append(("STREET_ADDRESS", fake.street_address().replace("\n", ", ")))
        rows.append(_row(parts, FIELDS[i % len(FIELDS)]))
    return rows


def contacts(rng: random.Random) -> list[Row]:
    rows = []
    for i, locale in enumerate(PHONE_LOCALES * 2):
        fake = Faker(locale)
        fake.seed_instance(SEED + 100 + i)
        phone = fake.phone_number()
        style = i % 3
        if style == 0:
            parts: list[str | tuple[str, str]] = [f"{fake.first_name()} ", ("PHONE_NUMBER", phone)]
        elif style == 1:
            parts = ["ring the site manager on ", ("PHONE_NUMBER", phone), " before 9"]
        else:
            parts = ["emergency contact: ", ("PHONE_NUMBER", phone)]
        rows.append(_row(parts, FIELDS[i % len(FIELDS)]))
    for i in range(30):
        fake = Faker(NAME_LOCALES[i % len(NAME_LOCALES)])
        fake.seed_instance(SEED + 200 + i)
        email = fake.free_email()
        if i % 4 == 0:
            local, domain = email.split("@")
            email = f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
        rows.append(_row(["cc ", ("EMAIL_ADDRESS", email), " on the thread"], FIELDS[i % 9]))
    return rows


def money(rng: random.Random) -> list[Row]:
    rows = []
    for i in range(30):
        fake = Faker(IBAN_LOCALES[i % len(IBAN_LOCALES)])
        fake.seed_instance(SEED + 300 + i)
        iban = fake.iban()
        if i % 2:
            iban = " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
        if i % 5 == 0:
            iban = iban.lower()
        rows.append(_row(["refund goes to ", ("IBAN_CODE", iban), ", thanks"], FIELDS[i % 9]))
    fake = Faker("en_US")
    fake.seed_instance(SEED + 400)
    for i in range(30):
        number = fake.credit_card_number()
        if i % 2 and len(number) == 16:
            number = " ".join(number[k : k + 4] for k in range(0, 16, 4))
        tail = f" {fake.credit_card_expire()} {fake.credit_card_security_code()}"
        rows.append(_row(["pay with ", ("CREDIT_CARD", number), tail], FIELDS[i % 9]))
    return rows


def identifiers(rng: random.Random) -> list[Row]:
    rows = []
    for locale, method, kind, template in IDS:
        fake = Faker(locale)
        fake.seed_instance(SEED + 500)
        for i in range(6):
            value = str(getattr(fake, method)())
            before, after = template.split("{}")
            rows.append(_row([before, (kind, value), after], FIELDS[i % 9]))
    return rows


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def secrets(rng: random.Random) -> list[Row]:
    makers: list[Callable[[], list[str | tuple[str, str]]]] = [
        lambda: ["STRIPE_SECRET=", ("SECRET", "sk_live_" + _token(rng, 24))],
        lambda: ["export GITHUB_TOKEN=", ("API_TOKEN", "ghp_" + _token(rng, 36))],
        lambda: ["curl -H 'Authorization: Bearer ", ("AUTH_HEADER", _token(rng, 40)), "' $URL"],
        lambda: ["curl --user deploy:", ("PASSWORD", "#" + _token(rng, 10)), " https://ci"],
        lambda: ["JWT_SECRET = '", ("SECRET", _token(rng, 32)), "'"],
        lambda: ["db login password: ", ("PASSWORD", "!" + _token(rng, 11))],
        lambda: ["mysql://root:", ("CONNECTION_STRING", _token(rng, 12)), "@10.0.0.5/app"],
        lambda: [
            "aws key ",
            ("AWS_ACCESS_KEY", "AKIA" + _token(rng, 16, string.ascii_uppercase + string.digits)),
        ],
    ]
    rows = []
    for i in range(32):
        parts = makers[i % len(makers)]()
        rows.append(_row(parts, FIELDS[i % 9]))
    return rows


def benign(rng: random.Random) -> list[Row]:
    """Prompts a detector must leave alone, written for this corpus: numbers that are not
    personal, famous people in history questions are left out (the corpus asks no judgement
    on them), code without secrets."""
    fake = Faker("en_US")
    fake.seed_instance(SEED + 600)
    templates = [
        lambda: f"Sort these order ids: {rng.randint(10**6, 10**7)}, {rng.randint(10**6, 10**7)}",
        lambda: f"What is {rng.randint(100, 999)} times {rng.randint(100, 999)}?",
        lambda: f"Convert {rng.randint(1, 28)}/{rng.randint(1, 12)}/2025 to ISO 8601.",
        lambda: (
            f"Our Q{rng.randint(1, 4)} revenue was ${rng.randint(1, 900)},{rng.randint(100, 999)}."
        ),
        lambda: (
            f"Bump version {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)} "
            "in setup.py"
        ),
        lambda: f"Write a haiku about {fake.word()} and {fake.word()}.",
        lambda: f"Explain {fake.bs()} to a new hire.",
        lambda: f"Is {fake.catch_phrase().lower()} a good slogan?",
        lambda: f"The meeting moved to room {rng.randint(100, 499)} at {rng.randint(9, 17)}:30.",
        lambda: "password = getenv('APP_PASSWORD')  # read from the vault",
        lambda: f"How do I set API_KEY from ${{{fake.word().upper()}_KEY}} in CI?",
        lambda: f"Translate '{fake.sentence()}' into French.",
        lambda: f"Give me a regex for UK postcodes like SW{rng.randint(1, 9)}.",
        lambda: f"Pick a colour for the {fake.word()} button: {fake.color_name()} or blue?",
        lambda: f"Latency went from {rng.randint(10, 99)} ms to {rng.randint(100, 400)} ms.",
    ]
    fields = ("content",) * 6 + ("system", "tool_description", "tool_arguments")
    return [_row([templates[i % len(templates)]()], fields[i % 9]) for i in range(150)]


def main() -> None:
    rng = random.Random(SEED)
    rows = [*people(rng), *contacts(rng), *money(rng), *identifiers(rng), *secrets(rng)]
    rows += benign(rng)
    rng.shuffle(rows)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    sensitive = sum(1 for r in rows if r["sensitive"])
    print(f"{len(rows)} rows ({sensitive} sensitive) -> {OUT}")


if __name__ == "__main__":
    main()
