# ruff: noqa: E501
"""Evaluation 6, part a (hand-written blind): the generator section, seed 604219.

Every number with a check digit (cards, IBANs, national identifiers) is made here with
python-stdnum and one ``random.Random(604219)``, and so are the tokens, keys and passwords, in
the formats their issuers use. The rows in ``_eval6_part_a3.py`` and ``_eval6_part_a4.py`` use
them by name from ``G``; the values are reproducible because they are drawn in a fixed order.
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
from stdnum.pl import pesel
from stdnum.us import ssn

SEED = 604219
rng = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
DIGITS = string.digits
UPPER = string.ascii_uppercase


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def grouped(value: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(value[i : i + size] for i in range(0, len(value), size))


# --- IBANs: a plausible bank code, random account, retried until stdnum accepts it ----------
IBAN_SHAPES = {
    "DE": lambda: rng.choice(["10070000", "50010517", "37040044", "70150000"]) + pick(DIGITS, 10),
    "FR": lambda: rng.choice(["30004", "20041", "30003", "10278"]) + pick(DIGITS, 18),
    "ES": lambda: rng.choice(["2100", "0049", "0182", "2080"]) + pick(DIGITS, 16),
    "IT": lambda: pick(UPPER, 1) + rng.choice(["03069", "02008", "05034"]) + pick(DIGITS, 17),
    "PT": lambda: rng.choice(["0035", "0033", "0007"]) + pick(DIGITS, 17),
    "NL": lambda: rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + pick(DIGITS, 10),
    "BE": lambda: pick(DIGITS, 12),
    "AT": lambda: rng.choice(["20111", "12000", "32000"]) + pick(DIGITS, 11),
    "CH": lambda: rng.choice(["00762", "00235", "80808"]) + pick(DIGITS, 12),
    "LU": lambda: rng.choice(["001", "019", "014"]) + pick(DIGITS, 13),
    "MT": lambda: rng.choice(["VALL", "MALT", "APSB"]) + pick(DIGITS, 5) + pick(DIGITS, 18),
    "IE": lambda: rng.choice(["AIBK", "BOFI", "IPBS"]) + pick(DIGITS, 14),
    "GB": lambda: rng.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + pick(DIGITS, 14),
}


def make_iban(cc: str) -> str:
    while True:
        bban = IBAN_SHAPES[cc]()
        number = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(number):
            return number


def make_card(prefix: str, length: int) -> str:
    body = prefix + pick(DIGITS, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def make_ssn() -> str:
    while True:
        value = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(value):
            return f"{value[:3]}-{value[3:5]}-{value[5:]}"


def make_nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    return prefix + pick(DIGITS, 6) + rng.choice("ABCD")


def make_insee(sex: int, yy: int, mm: int, dept: str) -> str:
    body = f"{sex}{yy:02d}{mm:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    number = body + nir.calc_check_digits(body)
    assert nir.is_valid(number)
    return number


def make_dni() -> str:
    body = pick(DIGITS, 8)
    return body + dni.calc_check_digit(body)


def make_nie() -> str:
    body = rng.choice("XYZ") + pick(DIGITS, 7)
    value = body + nie.calc_check_digit(body)
    assert nie.is_valid(value)
    return value


def make_bsn() -> str:
    while True:
        value = str(rng.randint(1, 9)) + pick(DIGITS, 8)
        if bsn.is_valid(value):
            return value


def make_pesel(year: int, month: int, day: int, female: bool) -> str:
    month_code = month + (20 if year >= 2000 else 0)
    serial = pick(DIGITS, 3) + str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    body = f"{year % 100:02d}{month_code:02d}{day:02d}{serial}"
    value = body + pesel.calc_check_digit(body)
    assert pesel.is_valid(value)
    return value


def _cf_part(word: str, given: bool) -> str:
    word = word.upper().replace(" ", "").replace("'", "")
    cons = [c for c in word if c.isalpha() and c not in "AEIOU"]
    vows = [c for c in word if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def make_cf(
    surname: str, name: str, year: int, month: int, day: int, female: bool, town: str
) -> str:
    body = (
        _cf_part(surname, False)
        + _cf_part(name, True)
        + f"{year % 100:02d}"
        + "ABCDEHLMPRST"[month - 1]
        + f"{day + (40 if female else 0):02d}"
        + town
    )
    value = body + codicefiscale.calc_check_digit(body)
    assert codicefiscale.is_valid(value)
    return value


def make_aadhaar() -> str:
    while True:
        body = str(rng.randint(2, 9)) + pick(DIGITS, 10)
        value = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(value):
            return f"{value[:4]} {value[4:8]} {value[8:]}"


# --- secrets in issuers' formats --------------------------------------------------------------
def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(claims: dict[str, object]) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    signature = b64url(bytes(rng.randrange(256) for _ in range(32)))
    return f"{header}.{payload}.{signature}"


def make_password(words: list[str]) -> str:
    word = rng.choice(words)
    return word[0].upper() + word[1:] + rng.choice("!?#$%&*.-_") + pick(DIGITS, rng.randint(2, 4))


def make_private_key(kind: str, lines: int) -> str:
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(48 * lines))).decode()
    rows = [body[i : i + 64] for i in range(0, len(body), 64)]
    return (
        f"-----BEGIN {kind} PRIVATE KEY-----\n"
        + "\n".join(rows)
        + f"\n-----END {kind} PRIVATE KEY-----"
    )


G: dict[str, str] = {}
for _cc in ["DE", "FR", "ES", "IT", "PT", "NL", "BE", "AT", "CH", "LU", "MT", "IE", "GB"]:
    G[f"iban_{_cc.lower()}"] = make_iban(_cc)
G["iban_es2"] = make_iban("ES")
G["iban_pt2"] = make_iban("PT")
G["iban_nl2"] = make_iban("NL")
G["visa1"] = make_card("4", 16)
G["visa2"] = make_card("4", 16)
G["mc1"] = make_card(rng.choice(["51", "53", "55"]), 16)
G["mc2"] = make_card("2221", 16)
G["amex1"] = make_card(rng.choice(["34", "37"]), 15)
G["visa3"] = make_card("4", 16)
G["ssn1"] = make_ssn()
G["ssn2"] = make_ssn()
G["nino1"] = make_nino()
G["nino2"] = make_nino()
G["insee1"] = make_insee(2, 88, 3, "69")
G["insee2"] = make_insee(1, 71, 11, "2A")
G["insee3"] = make_insee(1, 95, 7, "59")
G["dni1"] = make_dni()
G["dni2"] = make_dni()
G["dni3"] = make_dni()
G["nie1"] = make_nie()
G["nie2"] = make_nie()
G["bsn1"] = make_bsn()
G["bsn2"] = make_bsn()
G["pesel1"] = make_pesel(1992, 4, 17, True)
G["cf1"] = make_cf("Esposito", "Gennaro", 1979, 9, 2, False, "F839")
G["cf2"] = make_cf("Bianchi", "Chiara", 1990, 12, 25, True, "F205")
G["cf3"] = make_cf("Lo Russo", "Salvatore", 1964, 3, 8, False, "G273")
G["aadhaar1"] = make_aadhaar()
G["aadhaar2"] = make_aadhaar()

G["gh_pat"] = "ghp_" + pick(ALNUM, 36)
G["gh_fine"] = "github_pat_" + pick(UPPER + DIGITS, 22) + "_" + pick(ALNUM, 59)
G["stripe_sk"] = "sk_live_51" + pick(ALNUM, 22) + pick(ALNUM, 74)
G["stripe_rk"] = "rk_live_" + pick(ALNUM, 24)
G["slack_bot"] = f"xoxb-{pick(DIGITS, 12)}-{pick(DIGITS, 13)}-{pick(ALNUM, 24)}"
G["slack_hook"] = (
    f"https://hooks.slack.com/services/T{pick(UPPER + DIGITS, 8)}/B{pick(UPPER + DIGITS, 10)}/{pick(ALNUM, 24)}"
)
G["aws_id"] = "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
G["aws_secret"] = pick(ALNUM + "/+", 40)
G["openai"] = "sk-proj-" + pick(ALNUM + "-_", 48) + "T3BlbkFJ" + pick(ALNUM + "-_", 48)
G["anthropic"] = "sk-ant-api03-" + pick(ALNUM + "-_", 93) + "AA"
G["google"] = "AIza" + pick(ALNUM + "-_", 35)
G["sendgrid"] = "SG." + pick(ALNUM + "-_", 22) + "." + pick(ALNUM + "-_", 43)
G["gitlab"] = "glpat-" + pick(ALNUM + "-_", 20)
G["npm"] = "npm_" + pick(ALNUM, 36)
G["hf"] = "hf_" + pick(ALNUM, 34)
G["twilio_sid"] = "AC" + pick("0123456789abcdef", 32)
G["twilio_token"] = pick("0123456789abcdef", 32)
G["mailgun"] = "key-" + pick("0123456789abcdef", 32)
G["telegram"] = f"{rng.randint(5000000000, 7999999999)}:AA{pick(ALNUM + '-_', 33)}"
G["jwt1"] = make_jwt({"sub": "4471920", "role": "admin", "iat": 1747130000, "exp": 1747216400})
G["jwt2"] = make_jwt({"sub": "svc-facturacion", "scope": "invoices:write", "iat": 1749000000})
G["bearer1"] = pick(ALNUM, 40)
G["basic1"] = base64.b64encode(b"exportbot:" + pick(ALNUM, 14).encode()).decode()
G["django_key"] = pick(string.ascii_lowercase + DIGITS + "!@#$%^&*(-_=+)", 50)
G["fernet"] = b64url(bytes(rng.randrange(256) for _ in range(32))) + "="
G["hex_secret"] = pick("0123456789abcdef", 64)
G["azure_key"] = pick(ALNUM, 84) + "=="

G["pw_pg"] = pick(ALNUM, 18)
G["pw_mongo"] = pick(ALNUM, 16)
G["pw_mysql"] = make_password(["girasole", "limone", "terrazza"])
G["pw_redis"] = pick(ALNUM, 24)
G["pw_mssql"] = make_password(["kaasschaaf", "fietsbel", "dijkgraaf"])
G["pw_amqp"] = pick(ALNUM, 20)
G["pw1"] = make_password(["bacalhau", "saudade", "azulejo"])
G["pw2"] = make_password(["edelweiss", "gipfelkreuz", "bergsee"])
G["pw3"] = make_password(["jollof", "suya", "agege"])
G["pw4"] = make_password(["txakoli", "pintxo", "itsasoa"])
G["pw5"] = make_password(["marmite", "crumpet", "brolly"])
G["pw6"] = make_password(["croissant", "brioche", "gouda"])
G["pw7"] = make_password(["pastizz", "luzzu", "kannoli"])
G["pw8"] = make_password(["kangaroo", "billabong", "wombat"])
G["pw9"] = make_password(["empanada", "mate", "alfajor"])
G["pw10"] = make_password(["queimada", "pulpo", "hórreo"])
G["pw11"] = "ilovemyjeepney" + pick(DIGITS, 2)
G["pw12"] = make_password(["gromperen", "bouneschlupp", "kachkéis"])
G["pw13"] = make_password(["mannheim", "brezel", "feierabend"])

G["ssh_key"] = make_private_key("OPENSSH", 5)
G["ec_key"] = make_private_key("EC", 3)
G["rsa_key"] = make_private_key("RSA", 6)
