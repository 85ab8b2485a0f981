"""Write bench/data/privacy_corpus.jsonl: labelled prompts for bench/privacy.py.

Deterministic (seeded). Sensitive prompts are composed from templates so that labels carry
exact offsets; card numbers pass Luhn and IBANs pass mod-97, computed here. Benign prompts are
hand-written look-alikes (questions about identifiers, numbers failing checksums, code without
secrets, dates that are not birthdates, prices, ids, maths).

    .venv/bin/python bench/make_privacy_corpus.py
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

from _privacy_corpus_templates import (  # bench/ is the script's directory, first on sys.path
    ADDRESSES,
    BENIGN,
    CARDS,
    CONDITIONS,
    DOBS,
    IBAN_SHAPES,
    NAMES,
    PHONES,
)

OUT = Path(__file__).parent / "data" / "privacy_corpus.jsonl"
Part = str | tuple[str, str]


def compose(parts: list[Part]) -> dict[str, object]:
    text, entities = "", []
    for part in parts:
        if isinstance(part, tuple):
            kind, value = part
            entities.append({"type": kind, "start": len(text), "end": len(text) + len(value)})
            text += value
        else:
            text += part
    return {"text": text, "entities": entities, "sensitive": bool(entities)}


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{country}{98 - num % 97:02d}{bban}"


def grouped(value: str, size: int = 4) -> str:
    return " ".join(value[i : i + size] for i in range(0, len(value), size))


def card_format(number: str) -> str:
    """Group digits the way each length is printed on cards (4-6-5 Amex, 4-6-4 Diners)."""
    if len(number) == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    if len(number) == 14:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return grouped(number) if len(number) == 16 else number


def rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


D, U, L = string.digits, string.ascii_uppercase, string.ascii_letters + string.digits


def secrets(rng: random.Random) -> list[tuple[str, str, str]]:
    """(type, value, lead-in) triples, one of each provider shape, values random."""
    return [
        ("AWS_ACCESS_KEY", "AKIA" + rand(rng, U + D, 16), "aws_access_key_id = "),
        ("AWS_SECRET_KEY", rand(rng, L + "/+", 40), "aws_secret_access_key = "),
        ("API_TOKEN", "sk-proj-" + rand(rng, L + "_-", 48), "OPENAI_API_KEY="),
        ("API_TOKEN", "sk-ant-api03-" + rand(rng, L + "_-", 93) + "AA", "ANTHROPIC_API_KEY="),
        ("API_TOKEN", "ghp_" + rand(rng, L, 36), "my github token is "),
        ("API_TOKEN", "github_pat_" + rand(rng, L + "_", 82), "GH_TOKEN="),
        (
            "API_TOKEN",
            "xoxb-" + rand(rng, D, 12) + "-" + rand(rng, D, 13) + "-" + rand(rng, L, 24),
            "slack bot token: ",
        ),
        ("API_TOKEN", "sk_live_" + rand(rng, L, 24), "stripe.api_key = '"),
        ("API_TOKEN", "AIza" + rand(rng, L + "_-", 35), "GOOGLE_MAPS_KEY="),
        ("API_TOKEN", "hf_" + rand(rng, L, 34), "HF_TOKEN="),
        ("API_TOKEN", "glpat-" + rand(rng, L, 20), "gitlab token "),
        ("PASSWORD", rand(rng, L, 6) + rng.choice("!#$%&*") + rand(rng, D, 3), "password: "),
        ("PASSWORD", "Winter" + rand(rng, D, 4) + "!", "my wifi password is "),
        ("PASSWORD", rand(rng, L, 10) + rand(rng, D, 2), "DB_PASSWORD="),
        (
            "CONNECTION_STRING",
            f"postgresql://app:{rand(rng, L, 14)}@db.prod.internal:5432/orders",
            "DATABASE_URL=",
        ),
        (
            "CONNECTION_STRING",
            f"mongodb+srv://admin:{rand(rng, L, 16)}@cluster0.ab1cd.mongodb.net",
            "connect with ",
        ),
        (
            "CONNECTION_STRING",
            f"Server=sql01;Database=hr;User Id=sa;Password={rand(rng, L, 12)};",
            "conn string: ",
        ),
        (
            "PRIVATE_KEY",
            "-----BEGIN RSA PRIVATE KEY-----\n"
            + "\n".join(rand(rng, L + "+/", 64) for _ in range(4))
            + "\n-----END RSA PRIVATE KEY-----",
            "here is the deploy key:\n",
        ),
        (
            "PRIVATE_KEY",
            "-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + rand(rng, L + "+/", 70)
            + "\n-----END OPENSSH PRIVATE KEY-----",
            "id_ed25519:\n",
        ),
    ]


def _contacts() -> list[dict[str, object]]:
    """Emails and phone numbers."""
    out: list[dict[str, object]] = []
    emails = [
        "jane.doe@acme.io",
        "m.alfarsi@outlook.com",
        "priya.r+bank@gmail.com",
        "j.garcia@empresa.es",
        "anna_mueller@web.de",
        "kwame.mensah@company.co.uk",
        "zhang.wei@163.com",
        "info@müller-bau.de",
        "t.nkosi@mweb.co.za",
        "yuki@tanaka.jp",
    ]
    for i, e in enumerate(emails):
        lead = ["Reply to ", "Forward the invoice to ", "My email is ", "cc: ", "Kontakt: "][i % 5]
        out.append(compose([lead, ("EMAIL_ADDRESS", e), " and keep it brief."]))
    for i, ph in enumerate(PHONES):
        lead = ["Call me on ", "My phone number is ", "Text ", "WhatsApp: ", "tel. "][i % 5]
        out.append(compose([lead, ("PHONE_NUMBER", ph), " after 6pm, thanks."]))
    return out


def _payments(rng: random.Random) -> list[dict[str, object]]:
    """Luhn-valid cards and mod-97-valid IBANs."""
    out: list[dict[str, object]] = []
    for brand, prefix, length in CARDS * 2:
        number = luhn_complete(prefix, length, rng)
        shown = card_format(number) if rng.random() < 0.6 else number
        out.append(
            compose(
                [
                    f"Charge my {brand} ",
                    ("CREDIT_CARD", shown),
                    f" exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)} for the order.",
                ]
            )
        )
    for country, shape in list(IBAN_SHAPES.items()) * 2:
        bban = "".join(rng.choice(U) if c == "A" else rng.choice(D) for c in shape)
        value = iban(country, bban)
        shown = grouped(value) if rng.random() < 0.5 else value
        out.append(compose(["Please wire the deposit to ", ("IBAN_CODE", shown), " by Friday."]))
    return out


def _us_ids(rng: random.Random) -> list[dict[str, object]]:
    """US SSNs, passports and driver's licenses."""
    out: list[dict[str, object]] = []
    for _ in range(10):
        ssn = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        out.append(compose(["My SSN is ", ("US_SSN", ssn), ", fill the W-4 for me."]))
    for _ in range(6):
        pp = rng.choice([rand(rng, D, 9), rng.choice(U) + rand(rng, D, 8)])
        out.append(compose(["US passport number ", ("US_PASSPORT", pp), ", expires 2031."]))
    for _ in range(6):
        dl = rng.choice(U) + rand(rng, D, 7)
        out.append(
            compose(
                ["My driver's license is ", ("US_DRIVER_LICENSE", dl), ", issued in California."]
            )
        )
    return out


def _birthdates_and_addresses() -> list[dict[str, object]]:
    """Dates of birth and street addresses."""
    out: list[dict[str, object]] = []
    for dob in DOBS:
        out.append(
            compose(["Patient file: date of birth ", ("DATE_OF_BIRTH", dob), ", blood type O."])
        )
        out.append(compose(["I was born on ", ("DATE_OF_BIRTH", dob), "; am I eligible?"]))
    for i, addr in enumerate(ADDRESSES):
        lead = ["Ship it to ", "I live at ", "Our office: ", "Send the letter to "][i % 4]
        out.append(compose([lead, ("STREET_ADDRESS", addr), ", please confirm."]))
    return out


def _names_places_conditions() -> list[dict[str, object]]:
    """Names, name plus city, medical conditions."""
    out: list[dict[str, object]] = []
    for i, name in enumerate(NAMES):
        forms: list[list[Part]] = [
            ["My name is ", ("PERSON", name), " and I need a cover letter."],
            ["Dear ", ("PERSON", name), ", thanks for the quick reply."],
            ["Write a reference letter for my colleague ", ("PERSON", name), "."],
            ["Please schedule a meeting with ", ("PERSON", name), " next Tuesday."],
        ]
        out.append(compose(forms[i % 4]))
    for i, name in enumerate(NAMES[:10]):
        city = [
            "Lagos",
            "Shenzhen",
            "Chennai",
            "Seville",
            "Munich",
            "Muscat",
            "Hanoi",
            "Osaka",
            "Kraków",
            "Kazan",
        ][i]
        out.append(
            compose(
                [
                    ("PERSON", name),
                    " lives in ",
                    ("LOCATION", city),
                    " and wants to move closer to work.",
                ]
            )
        )
    for a, term, b in CONDITIONS:
        out.append(compose([a, ("MEDICAL", term), b]))
    return out


def _secret_rows(rng: random.Random) -> list[dict[str, object]]:
    """API keys, tokens and private keys in code snippets."""
    out: list[dict[str, object]] = []
    for kind, value, lead in secrets(rng) + secrets(rng):
        tail = "'" if lead.endswith("'") else ""
        out.append(compose(["Why does this fail? ", lead, (kind, value), tail, "\nrun deploy"]))
    return out


def sensitive(rng: random.Random) -> list[dict[str, object]]:
    # The order of the rng-using helpers fixes the corpus bytes: keep it.
    out = _contacts()
    out += _payments(rng)
    out += _us_ids(rng)
    out += _birthdates_and_addresses()
    out += _names_places_conditions()
    out += _secret_rows(rng)
    out += mixed(rng)
    return out


def _mixed_european(de_iban: str, fr_iban: str) -> list[dict[str, object]]:
    """English, French, German and Spanish prompts with several entities."""
    return [
        compose(
            [
                "Hi, I'm ",
                ("PERSON", "Emily Carter"),
                ". Please update my address to ",
                ("STREET_ADDRESS", "15 Church Road"),
                " and call me at ",
                ("PHONE_NUMBER", "+44 121 234 5678"),
                ".",
            ]
        ),
        compose(
            [
                "Bonjour, je m'appelle ",
                ("PERSON", "Camille Dubois"),
                ", née le ",
                ("DATE_OF_BIRTH", "1 janvier 1980"),
                ", mon IBAN est ",
                ("IBAN_CODE", fr_iban),
                ".",
            ]
        ),
        compose(
            [
                "Hallo, ich heiße ",
                ("PERSON", "Hannah Schmidt"),
                ", wohne in der ",
                ("STREET_ADDRESS", "Hauptstraße 12"),
                ", IBAN ",
                ("IBAN_CODE", de_iban),
                ".",
            ]
        ),
        compose(
            [
                "Hola, me llamo ",
                ("PERSON", "Sofia Hernández"),
                ", mi correo es ",
                ("EMAIL_ADDRESS", "sofia.h@correo.mx"),
                ".",
            ]
        ),
    ]


def _mixed_support(card: str) -> list[dict[str, object]]:
    """Refund and support-chat prompts with several entities."""
    return [
        compose(
            [
                "Refund ",
                ("CREDIT_CARD", card_format(card)),
                " and email ",
                ("EMAIL_ADDRESS", "billing.ops@northwind.co"),
                " the receipt.",
            ]
        ),
        compose(
            [
                "Summarise this support chat. Customer: ",
                ("PERSON", "Rafael Souza"),
                ", phone ",
                ("PHONE_NUMBER", "+55 11 96123-4567"),
                ", complaint about late delivery.",
            ]
        ),
    ]


def mixed(rng: random.Random) -> list[dict[str, object]]:
    """Longer prompts with several entities, multilingual phrasing."""
    # rng order as before the split: card, German IBAN, then French IBAN.
    card = luhn_complete("4", 16, rng)
    de_iban = iban("DE", rand(rng, D, 18))
    fr_iban = iban("FR", rand(rng, D, 23))
    return _mixed_european(de_iban, fr_iban) + _mixed_support(card)


def main() -> None:
    rng = random.Random(20261128)
    rows = sensitive(rng) + [{"text": t, "entities": [], "sensitive": False} for t in BENIGN]
    rng.shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_sens = sum(1 for r in rows if r["sensitive"])
    print(f"wrote {len(rows)} prompts ({n_sens} sensitive, {len(rows) - n_sens} benign) to {OUT}")


if __name__ == "__main__":
    main()
