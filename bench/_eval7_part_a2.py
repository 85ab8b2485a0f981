"""Evaluation 7, part a (hand-written blind): the generator section.

Only the numbers with check digits (cards, IBANs, national identifiers) and the random secrets
and tokens are made here, with python-stdnum and ``random.Random(318877)``, so every value is
reproducible. The prompts around them are written by hand in ``_eval7_part_a3.py`` ...
``_eval7_part_a6.py``. Blind: composed without looking at the scanner, its tests or any other
evaluation set.
"""

from __future__ import annotations

import base64
import json
import random
import string

from stdnum import iban, luhn, verhoeff
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

SEED = 318877
rng = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"


def digits(n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def chars(n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- IBANs ---------------------------------------------------------------------------------
BBAN_SHAPES = {
    "ES": lambda: digits(20),
    "PT": lambda: "0035" + digits(17),
    "BE": lambda: digits(12),
    "FR": lambda: "30004" + digits(18),
    "IT": lambda: "X0306909606" + digits(12),
    "DE": lambda: "50010517" + digits(10),
    "NL": lambda: rng.choice(["INGB", "RABO", "ABNA", "TRIO"]) + digits(10),
    "RO": lambda: rng.choice(["BTRL", "RNCB", "INGB"]) + chars(16, string.digits),
    "GB": lambda: "NWBK" + digits(14),
    "BR": lambda: "00360305" + digits(15) + "P" + rng.choice(string.digits),
}


def make_iban(country: str, spaced: bool) -> str:
    while True:
        bban = BBAN_SHAPES[country]()
        candidate = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(candidate):
            return iban.format(candidate) if spaced else candidate


IBAN_ES = make_iban("ES", True)
IBAN_PT = make_iban("PT", True)
IBAN_BE = make_iban("BE", True)
IBAN_FR = make_iban("FR", False)
IBAN_IT = make_iban("IT", True)
IBAN_DE = make_iban("DE", True)
IBAN_NL = make_iban("NL", False)
IBAN_RO = make_iban("RO", True)
IBAN_GB = make_iban("GB", True)
IBAN_BR = make_iban("BR", False)


# --- payment cards -------------------------------------------------------------------------
def make_card(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    return number


def grouped(number: str, sep: str = " ") -> str:
    if len(number) == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


CARD_VISA = grouped(make_card("4", 16))
CARD_MC = grouped(make_card("5" + rng.choice("12345"), 16), "-")
CARD_AMEX = grouped(make_card("37", 15))
CARD_VISA2 = make_card("4", 16)
CARD_MC2 = grouped(make_card("2" + str(rng.randint(221, 720)), 16))
CARD_VISA3 = grouped(make_card("4", 16))


# --- national identifiers ------------------------------------------------------------------
def make_ssn() -> str:
    while True:
        area = rng.randint(1, 899)
        value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if area != 666 and ssn.is_valid(value):
            return value


def make_nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    body = digits(6)
    return f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {rng.choice('ABCD')}"


def make_nir(sex: str, yymm: str, dept: str) -> str:
    head = sex + yymm + dept + digits(3) + digits(3)
    number = head + nir.calc_check_digits(head)
    assert nir.is_valid(number)
    return nir.format(number)


def make_dni() -> str:
    body = digits(8)
    return body + dni.calc_check_digit(body)


def make_nie() -> str:
    body = rng.choice("XYZ") + digits(7)
    value = body + nie.calc_check_digit(body)
    assert nie.is_valid(value)
    return value


def make_bsn() -> str:
    while True:
        value = str(rng.randint(1, 9)) + digits(8)
        if bsn.is_valid(value):
            return value


def make_pesel(yymmdd: str) -> str:
    head = yymmdd + digits(4)
    value = head + pesel.calc_check_digit(head)
    assert pesel.is_valid(value)
    return value


def make_aadhaar() -> str:
    while True:
        head = str(rng.randint(2, 9)) + digits(10)
        value = head + verhoeff.calc_check_digit(head)
        if aadhaar.is_valid(value):
            return aadhaar.format(value)


def _letters(word: str) -> tuple[str, str]:
    word = word.upper().replace(" ", "").replace("'", "")
    return "".join(c for c in word if c not in "AEIOU"), "".join(c for c in word if c in "AEIOU")


def make_cf(surname: str, name: str, birth: str, female: bool, town: str) -> str:
    cons, vows = _letters(surname)
    part_surname = (cons + vows + "XXX")[:3]
    cons, vows = _letters(name)
    part_name = cons[0] + cons[2] + cons[3] if len(cons) >= 4 else (cons + vows + "XXX")[:3]
    year, month, day = birth.split("-")
    day_code = int(day) + (40 if female else 0)
    head = (
        f"{part_surname}{part_name}{year[2:]}{'ABCDEHLMPRST'[int(month) - 1]}{day_code:02d}{town}"
    )
    value = head + codicefiscale.calc_check_digit(head)
    assert codicefiscale.is_valid(value)
    return value


SSN_1 = make_ssn()
SSN_2 = make_ssn()
SSN_3 = make_ssn()
NINO_1 = make_nino()
NINO_2 = make_nino().replace(" ", "")
NIR_1 = make_nir("2", "9107", "69")
NIR_2 = make_nir("1", "8311", "13")
NIR_3 = make_nir("2", "7602", "75").replace(" ", "")
DNI_1 = make_dni()
DNI_2 = make_dni()
DNI_2 = DNI_2[:8] + "-" + DNI_2[8:]
DNI_3 = make_dni()
NIE_1 = make_nie()
NIE_2 = make_nie()
NIE_2 = f"{NIE_2[0]}-{NIE_2[1:8]}-{NIE_2[8]}"
BSN_1 = make_bsn()
BSN_2 = make_bsn()
BSN_3 = make_bsn()
BSN_3 = f"{BSN_3[:4]}.{BSN_3[4:6]}.{BSN_3[6:]}"
PESEL_1 = make_pesel("940315")
CF_1 = make_cf("Esposito", "Gennaro", "1979-09-23", False, "F839")
CF_2 = make_cf("Ferraresi", "Chiara", "1992-02-11", True, "A944")
CF_3 = make_cf("Lo Bianco", "Rosalia", "1965-12-04", True, "G273")
AADHAAR_1 = make_aadhaar()
AADHAAR_2 = make_aadhaar().replace(" ", "")


# --- secrets, tokens, keys -----------------------------------------------------------------
def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def make_jwt(payload: dict[str, object]) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{header}.{body}.{chars(43, B64URL)}"


def make_key_block(kind: str, lead: bytes, size: int) -> str:
    raw = lead + bytes(rng.randrange(256) for _ in range(size))
    text = base64.b64encode(raw).decode()
    width = 70 if kind == "OPENSSH" else 64
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    return (
        f"-----BEGIN {kind} PRIVATE KEY-----\n"
        + "\n".join(lines)
        + f"\n-----END {kind} PRIVATE KEY-----"
    )


GITHUB_PAT = "ghp_" + chars(36)
GITHUB_FINE = "github_pat_11A" + chars(19, UPPER_DIGITS) + "_" + chars(59)
GITLAB_PAT = "glpat-" + chars(20, B64URL)
STRIPE_LIVE = "sk_live_51" + chars(96)
STRIPE_RESTRICTED = "rk_live_51" + chars(40)
SLACK_BOT = f"xoxb-{digits(12)}-{digits(13)}-{chars(24)}"
AWS_KEY_ID = "AKIA" + chars(16, string.ascii_uppercase + "234567")
AWS_SECRET = chars(40, ALNUM + "/+")
OPENAI_KEY = "sk-proj-" + chars(48, B64URL) + "T3BlbkFJ" + chars(48, B64URL)
ANTHROPIC_KEY = "sk-ant-api03-" + chars(93, B64URL) + "AA"
GOOGLE_KEY = "AIza" + chars(35, B64URL)
SENDGRID_KEY = "SG." + chars(22, B64URL) + "." + chars(43, B64URL)
HF_TOKEN = "hf_" + chars(34)
NPM_TOKEN = "npm_" + chars(36)
TWILIO_AUTH = chars(32, "0123456789abcdef")
WEBHOOK_SECRET = "whsec_" + chars(32)
DJANGO_SECRET = chars(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
CLIENT_SECRET = chars(8, ALNUM) + "~" + chars(31, ALNUM + ".-_")
JWT_1 = make_jwt({"sub": digits(7), "role": "agent", "iat": 1795000000 + rng.randint(0, 9**6)})
JWT_2 = make_jwt({"uid": chars(10), "scope": "orders:write", "exp": 1796000000})
BASIC_AUTH = base64.b64encode(b"facturacao:" + chars(14).encode()).decode()
SSH_KEY = make_key_block("OPENSSH", b"openssh-key-v1\x00\x00\x00\x00\x04none", 380)
RSA_KEY = make_key_block("RSA", bytes.fromhex("308204a40201000282010100"), 820)
PG_PASSWORD = chars(18)
MONGO_PASSWORD = chars(12) + "%40" + chars(6)
REDIS_PASSWORD = chars(24)
MSSQL_PASSWORD = chars(10) + "!" + chars(5)


def row(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    """One prompt: the field it travels in, its text, and each sensitive value as written."""
    return {"text": text, "field": field, "values": [[kind, value] for kind, value in values]}
