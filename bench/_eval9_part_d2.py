# ruff: noqa: E501
"""Evaluation 9, writer D: the generator of check-digit numbers and random secrets.

Every card, IBAN, national identifier, token, key and password used in writer D's prompts
comes from here, drawn from ``random.Random(482617)`` always in the same order (so the values
are reproducible), with check digits from python-stdnum. The prompts themselves are
hand-written in ``_eval9_part_d3.py``, ``_eval9_part_d4.py`` and ``_eval9_part_d5.py``.
Also holds the ``row`` helper that every part D file uses.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import base64
import json
import random
import string

from stdnum import iban as _iban
from stdnum import luhn, verhoeff
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

SEED = 482617
R = random.Random(SEED)

DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


def row(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    """One prompt: its field, its text and the sensitive values it holds."""
    return {"text": text, "field": field, "values": [list(v) for v in values]}


def _pick(alphabet: str, n: int) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def grouped(number: str, size: int = 4, sep: str = " ") -> str:
    """The number in groups of `size`, as people copy it from a bank app."""
    return sep.join(number[i : i + size] for i in range(0, len(number), size))


# --- payment cards (Luhn) -------------------------------------------------------------


def _card(prefix: str, length: int) -> str:
    body = prefix + _pick(DIGITS, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    return number


CARD_VISA_1 = _card("4", 16)
CARD_VISA_2 = _card("4", 16)
CARD_MC_1 = _card(R.choice(["51", "52", "53", "54", "55"]), 16)
CARD_MC_2 = _card("2" + R.choice(["221", "300", "500", "720"]), 16)
CARD_AMEX = _card(R.choice(["34", "37"]), 15)

# --- IBANs (ISO 13616 check digits, country structure checked by stdnum) ------------


def _make_iban(cc: str, parts: list[tuple[str, int]]) -> str:
    """Random BBAN parts (alphabet, length); a part of length 0 is literal text."""
    while True:
        bban = "".join(_pick(alphabet, n) if n else alphabet for alphabet, n in parts)
        check = _iban.calc_check_digits(cc + "00" + bban)
        number = cc + check + bban
        if _iban.is_valid(number):
            return number


IBAN_PL_1 = _make_iban("PL", [(DIGITS, 24)])
IBAN_PL_2 = _make_iban("PL", [(DIGITS, 24)])
IBAN_CZ = _make_iban("CZ", [(DIGITS, 20)])
IBAN_HR = _make_iban("HR", [(DIGITS, 17)])
IBAN_TR = _make_iban("TR", [(DIGITS, 5), ("0", 0), (DIGITS, 16)])
IBAN_RO = _make_iban(
    "RO", [(R.choice(["BTRL", "RNCB", "INGB", "BRDE"]), 0), ("RONCRT", 0), (DIGITS, 10)]
)
IBAN_HU = _make_iban("HU", [(DIGITS, 24)])
IBAN_LT = _make_iban("LT", [(DIGITS, 16)])

# --- national identifiers -----------------------------------------------------------


def _pesel(year: int, month: int, day: int, female: bool) -> str:
    coded_month = month + (20 if year >= 2000 else 0)
    serial = _pick(DIGITS, 3) + R.choice("02468" if female else "13579")
    body = f"{year % 100:02d}{coded_month:02d}{day:02d}{serial}"
    number = body + pesel.calc_check_digit(body)
    assert pesel.is_valid(number)
    return number


PESEL_ZOSIA = _pesel(2019, 7, 8, female=True)
PESEL_2 = _pesel(1986, 1, 29, female=False)


def _nino() -> str:
    bad_first, bad_second = "DFIQUV", "DFIOQUV"
    banned = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    while True:
        prefix = R.choice(UPPER) + R.choice(UPPER)
        if prefix[0] in bad_first or prefix[1] in bad_second or prefix in banned:
            continue
        return prefix + _pick(DIGITS, 6) + R.choice("ABCD")


NINO_1 = _nino()
NINO_2 = _nino()


def _nie() -> str:
    body = R.choice("XY") + _pick(DIGITS, 7)
    number = body + nie.calc_check_digit(body)
    assert nie.is_valid(number)
    return number


NIE_1 = _nie()
NIE_2 = _nie()


def _dni() -> str:
    body = _pick(DIGITS, 8)
    number = body + dni.calc_check_digit(body)
    assert dni.is_valid(number)
    return number


DNI_1 = _dni()


def _idnr() -> str:
    while True:
        body = R.choice("123456789") + _pick(DIGITS, 9)
        for check in DIGITS:
            if idnr.is_valid(body + check):
                return body + check


IDNR_1 = _idnr()
IDNR_2 = _idnr()


def _bsn() -> str:
    while True:
        number = R.choice("123456789") + _pick(DIGITS, 8)
        if bsn.is_valid(number):
            return number


BSN_1 = _bsn()


def _codice(first15: str) -> str:
    number = first15 + codicefiscale.calc_check_digit(first15)
    assert codicefiscale.is_valid(number)
    return number


# Olha Shevchuk, female, born 4 September 1981 in Ukraine (foreign state code Z138).
CF_OLHA = _codice("SHVLHO81P44Z138")


def _nir(sex: str, yy: int, mm: int, dept: str, place: str) -> str:
    body = f"{sex}{yy:02d}{mm:02d}{dept}{place}{_pick(DIGITS, 3)}"
    number = body + nir.calc_check_digits(body)
    assert nir.is_valid(number)
    return number


# Born abroad (department 99), in Romania (INSEE country code 114), March 1984, female.
NIR_1 = _nir("2", 84, 3, "99", "114")


def _ssn() -> str:
    while True:
        number = f"{R.randint(1, 665):03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"
        if ssn.is_valid(number):
            return f"{number[:3]}-{number[3:5]}-{number[5:]}"


SSN_1 = _ssn()


def _aadhaar() -> str:
    while True:
        body = R.choice("23456789") + _pick(DIGITS, 10)
        number = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(number):
            return number


AADHAAR_1 = _aadhaar()


def _pan(surname_initial: str) -> str:
    number = (
        _pick(UPPER, 3)
        + "P"
        + surname_initial
        + _pick("123456789", 1)
        + _pick(DIGITS, 3)
        + R.choice(UPPER)
    )
    assert pan.is_valid(number)
    return number


PAN_1 = _pan("M")

# --- tokens, keys, secrets and passwords ----------------------------------------------

OPENAI_KEY = "sk-proj-" + _pick(URLSAFE, 64)
GITHUB_PAT = "ghp_" + _pick(ALNUM, 36)
AWS_ACCESS_KEY_ID = "AKIA" + _pick(UPPER + "234567", 16)
AWS_SECRET_KEY = _pick(ALNUM + "/+", 40)
SLACK_BOT_TOKEN = f"xoxb-{_pick(DIGITS, 12)}-{_pick(DIGITS, 13)}-{_pick(ALNUM, 24)}"
GITLAB_PAT = "glpat-" + _pick(URLSAFE, 20)
STRIPE_LIVE_KEY = "sk_live_" + _pick(ALNUM, 32)
TELEGRAM_BOT_TOKEN = f"{R.randint(5_000_000_000, 7_999_999_999)}:AA{_pick(URLSAFE, 33)}"
BRING_API_KEY = f"{_pick('0123456789abcdef', 8)}-{_pick('0123456789abcdef', 4)}-{_pick('0123456789abcdef', 4)}-{_pick('0123456789abcdef', 4)}-{_pick('0123456789abcdef', 12)}"
DJANGO_SECRET_KEY = "django-insecure-" + _pick(
    string.ascii_lowercase + DIGITS + "!@#%^&*(-_=+)", 50
)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


_jwt_payload = {
    "sub": _pick(DIGITS, 7),
    "scope": "orders:write",
    "iat": R.randint(1_700_000_000, 1_720_000_000),
}
JWT_BEARER = (
    _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    + "."
    + _b64url(json.dumps(_jwt_payload, separators=(",", ":")).encode())
    + "."
    + _pick(URLSAFE, 43)
)

_WORDS = ["Mazurek", "Slunicko", "Dunaj", "Zorza", "Bryza", "Karpaty", "Tatry", "Balaton"]
_SYMBOLS = "!#$%&*?@"
PASSWORD_HUMAN_CZ = R.choice(_WORDS) + str(R.randint(1970, 2005)) + R.choice(_SYMBOLS)
PASSWORD_LT_BANK = _pick(ALNUM, 5) + R.choice(_SYMBOLS) + _pick(ALNUM, 6)
PASSWORD_YAML = _pick(ALNUM + "!#%*", 18)
_DB_ALPHABET = ALNUM + "_-!*"
PG_PASSWORD = _pick(_DB_ALPHABET, 16)
MONGO_PASSWORD = _pick(ALNUM, 14)
MSSQL_PASSWORD = _pick(ALNUM + "!#%", 15)
BASIC_AUTH = base64.b64encode(f"erp_sync:{_pick(ALNUM, 12)}".encode()).decode()


def _pem_body(prefix: str, lines: int, width: int = 64) -> str:
    chars = prefix + _pick(ALNUM + "+/", lines * width - len(prefix))
    return "\n".join(chars[i : i + width] for i in range(0, len(chars), width))


OPENSSH_PRIVATE_KEY = (
    "-----BEGIN OPENSSH PRIVATE KEY-----\n"
    + _pem_body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 6, 70)
    + "\n-----END OPENSSH PRIVATE KEY-----"
)
