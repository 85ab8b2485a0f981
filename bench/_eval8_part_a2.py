"""Evaluation 8, part a (hand-written blind): the generator section, seed 145903.

Only numbers with check digits (cards, IBANs, national identifiers) and random secrets are made
here, with python-stdnum and ``random.Random(145903)``, always in the same order, so every value
is reproducible. The prompts around them are written by hand in the other part-a files.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
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
from stdnum.us import ssn

SEED = 145903
R = random.Random(SEED)

DIG = string.digits
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


def pick(alphabet: str, n: int) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def make_iban(cc: str, prefix: str, body: str) -> str:
    """An IBAN of country ``cc``: ``prefix`` then ``body`` (n = digit, a = letter, c = alnum)."""
    classes = {"n": DIG, "a": UP, "c": UP + DIG}
    while True:
        bban = prefix + "".join(R.choice(classes[c]) for c in body)
        number = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(number):
            return number


def spaced(number: str) -> str:
    return iban.format(number)


def make_card(prefix: str, length: int) -> str:
    body = prefix + pick(DIG, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def group(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at : at + size])
        at += size
    return sep.join(out)


def make_ssn() -> str:
    while True:
        number = pick(DIG, 9)
        if ssn.is_valid(number):
            return ssn.format(number)


def make_nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = R.choice(first) + R.choice(second)
        if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return pre + pick(DIG, 6) + R.choice("ABCD")


def make_nir(sex: str, yy: str, mm: str, dept: str) -> str:
    body = sex + yy + mm + dept + pick(DIG, 3) + pick(DIG, 3)
    return body + nir.calc_check_digits(body)


def make_dni() -> str:
    body = pick(DIG, 8)
    return body + dni.calc_check_digit(body)


def make_nie() -> str:
    body = R.choice("XYZ") + pick(DIG, 7)
    return body + nie.calc_check_digit(body)


def make_aadhaar() -> str:
    while True:
        body = R.choice("23456789") + pick(DIG, 10)
        number = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(number):
            return number


def make_bsn() -> str:
    while True:
        number = pick(DIG, 9)
        if number[0] != "0" and bsn.is_valid(number):
            return number


def _cf_part(word: str, first_name: bool) -> str:
    cons = [c for c in word.upper() if c.isalpha() and c not in "AEIOU"]
    vows = [c for c in word.upper() if c in "AEIOU"]
    if first_name and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def make_cf(surname: str, name: str, yy: int, month: int, day: int, female: bool, town: str) -> str:
    """A codice fiscale built the way the Agenzia delle Entrate builds it, plus its check letter."""
    months = "ABCDEHLMPRST"
    body = (
        _cf_part(surname, False)
        + _cf_part(name, True)
        + f"{yy:02d}"
        + months[month - 1]
        + f"{day + 40 if female else day:02d}"
        + town
    )
    return body + codicefiscale.calc_check_digit(body)


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def make_jwt(payload: dict[str, object]) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{pick(URLSAFE, 43)}"


def make_pem(kind: str, der_head: bytes, size: int) -> str:
    raw = der_head + bytes(R.randrange(256) for _ in range(size))
    text = base64.b64encode(raw).decode()
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


# IBANs, in a fixed order
IBAN_IE = make_iban("IE", "AIBK93", "nnnnnnnnnnnn")
IBAN_ES = make_iban("ES", "2100", "nnnnnnnnnnnnnnnn")
IBAN_ES2 = make_iban("ES", "0081", "nnnnnnnnnnnnnnnn")
IBAN_PT = make_iban("PT", "0035", "nnnnnnnnnnnnnnnnn")
IBAN_FR = make_iban("FR", "30004", "nnnnnnnnnnnnnnnnnn")
IBAN_CH = make_iban("CH", "00762", "nnnnnnnnnnnn")
IBAN_IT = make_iban("IT", "X0306909606", "nnnnnnnnnnnn")
IBAN_AT = make_iban("AT", "20111", "nnnnnnnnnnn")
IBAN_DE = make_iban("DE", "70150000", "nnnnnnnnnn")
IBAN_BE = make_iban("BE", "001", "nnnnnnnnn")
IBAN_RO = make_iban("RO", "BTRL", "cccccccccccccccc")
IBAN_GB = make_iban("GB", "BOFS", "nnnnnnnnnnnnnn")

# cards
CARD_VISA = make_card("4", 16)
CARD_MC = make_card("53", 16)
CARD_AMEX = make_card("37", 15)
CARD_VISA2 = make_card("4", 16)
CARD_MC2 = make_card("22", 16)

# national identifiers
SSN1 = make_ssn()
SSN2 = make_ssn()
NINO1 = make_nino()
NINO2 = make_nino()
NIR1 = make_nir("2", "88", "07", "74")
NIR2 = make_nir("1", "61", "11", "69")
DNI1 = make_dni()
DNI2 = make_dni()
DNI3 = make_dni()
NIE1 = make_nie()
NIE2 = make_nie()
AADHAAR1 = make_aadhaar()
AADHAAR2 = make_aadhaar()
BSN1 = make_bsn()
CF1 = make_cf("Esposito", "Giuseppina", 79, 3, 14, True, "F839")
CF2 = make_cf("Bianchi", "Lorenzo", 92, 11, 2, False, "L219")

# secrets and tokens
GH_PAT = "ghp_" + pick(ALNUM, 36)
GH_FINE = "github_pat_" + pick(ALNUM, 22) + "_" + pick(ALNUM, 59)
STRIPE_SK = "sk_live_" + pick(ALNUM, 24)
STRIPE_RK = "rk_live_" + pick(ALNUM, 99)
SLACK_BOT = f"xoxb-{pick(DIG, 12)}-{pick(DIG, 13)}-{pick(ALNUM, 24)}"
SLACK_HOOK = (
    f"https://hooks.slack.com/services/T{pick(UP + DIG, 8)}/B{pick(UP + DIG, 10)}/{pick(ALNUM, 24)}"
)
AWS_KEY_ID = "AKIA" + pick(UP + "234567", 16)
AWS_SECRET = pick(ALNUM + "/+", 40)
GOOGLE_KEY = "AIza" + pick(URLSAFE, 35)
GITLAB_PAT = "glpat-" + pick(URLSAFE, 20)
NPM_TOKEN = "npm_" + pick(ALNUM, 36)
SENDGRID = "SG." + pick(URLSAFE, 22) + "." + pick(URLSAFE, 43)
OPENAI_KEY = "sk-proj-" + pick(URLSAFE, 48) + "T3BlbkFJ" + pick(URLSAFE, 48)
TWILIO_TOKEN = pick("0123456789abcdef", 32)
HF_TOKEN = "hf_" + pick(string.ascii_letters, 34)
SHOPIFY = "shpat_" + pick("0123456789abcdef", 32)
MAILGUN = "key-" + pick("0123456789abcdef", 32)
AZURE_KEY = base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()
JWT1 = make_jwt({"sub": "4471902", "role": "agent", "iat": 1795432110, "exp": 1795518510})
JWT2 = make_jwt({"uid": "c-88213", "scope": "orders:read", "iat": 1796011800})
BASIC_AUTH = base64.b64encode(b"svc-faturacao:" + pick(ALNUM, 14).encode()).decode()
DB_PASS1 = pick(ALNUM, 20)
DB_PASS2 = pick(ALNUM + "!#%*", 18)
REDIS_PASS = pick(ALNUM, 32)
RANDOM_PW = pick(ALNUM + "!@#$%&*?", 16)
RSA_KEY = make_pem("RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00", 400)
EC_KEY = make_pem("EC PRIVATE KEY", b"\x30\x77\x02\x01\x01\x04\x20", 112)
OPENSSH_KEY = make_pem("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none", 280)
