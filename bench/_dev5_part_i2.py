# ruff: noqa: E501
"""Writer I's generated values for development set 5: national identifiers, payment cards, IBANs and secrets.

Everything here is made by code from ``random.Random(275319)``, always drawn in the same order
(identifiers with valid check digits from python-stdnum; random tokens and keys). The prompts
that use these values are written by hand in the other ``_dev5_part_i*`` modules.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import random
import string

from stdnum import iban, luhn, verhoeff
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

SEED = 275319
RNG = random.Random(SEED)

_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64 = string.ascii_letters + string.digits + "+/"


def _digits(n: int) -> str:
    return "".join(RNG.choice(string.digits) for _ in range(n))


def _chars(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def _card(prefix: str, length: int) -> str:
    body = prefix + _digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _iban(country: str, bban_maker) -> str:
    while True:
        bban = bban_maker()
        number = country + "00" + bban
        number = country + iban.calc_check_digits(number) + bban
        if iban.is_valid(number):
            return iban.format(number)


def _us_ssn() -> str:
    while True:
        area = RNG.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}-{RNG.randint(1, 99):02d}-{RNG.randint(1, 9999):04d}"
        if ssn.is_valid(value):
            return value


def _uk_nino() -> str:
    first_ok = "ABCEGHJKLMNOPRSTWXYZ"
    second_ok = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = RNG.choice(first_ok) + RNG.choice(second_ok)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = _digits(6)
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {RNG.choice('ABCD')}"


def _de_idnr() -> str:
    while True:
        value = str(RNG.randint(1, 9)) + _digits(10)
        if idnr.is_valid(value):
            return idnr.format(value)


def _fr_nir(sex: str, yy: str, mm: str, dept: str) -> str:
    body = sex + yy + mm + dept + _digits(3) + _digits(3)
    value = body + nir.calc_check_digits(body)
    return nir.format(value)


def _es_dni() -> str:
    body = _digits(8)
    return body + dni.calc_check_digit(body)


def _es_nie() -> str:
    body = RNG.choice("XY") + _digits(7)
    return body + nie.calc_check_digit(body)


def _nl_bsn() -> str:
    while True:
        value = str(RNG.randint(1, 6)) + _digits(8)
        if bsn.is_valid(value):
            return value


def _pl_pesel(year: int, month: int, day: int, female: bool) -> str:
    mm = month + (20 if year >= 2000 else 0)
    serial = _digits(3)
    sex = RNG.choice("02468" if female else "13579")
    body = f"{year % 100:02d}{mm:02d}{day:02d}{serial}{sex}"
    return body + pesel.calc_check_digit(body)


def _it_cf(
    surname_code: str, name_code: str, yy: str, month_letter: str, day: int, place: str
) -> str:
    body = f"{surname_code}{name_code}{yy}{month_letter}{day:02d}{place}"
    return body + codicefiscale.calc_check_digit(body)


def _aadhaar() -> str:
    while True:
        body = str(RNG.randint(2, 9)) + _digits(10)
        value = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(value):
            return aadhaar.format(value)


def _pan(surname_initial: str) -> str:
    value = (
        _chars(string.ascii_uppercase, 3)
        + "P"
        + surname_initial
        + _digits(4)
        + RNG.choice(string.ascii_uppercase)
    )
    assert pan.is_valid(value)
    return value


# --- national identifiers (drawn in this order) ---
US_SSN_1 = _us_ssn()
US_SSN_2 = _us_ssn()
UK_NINO_1 = _uk_nino()
UK_NINO_2 = _uk_nino()
DE_IDNR_1 = _de_idnr()
DE_IDNR_2 = _de_idnr()
FR_NIR_1 = _fr_nir("2", "88", "07", "69")  # woman born July 1988, Rhône
FR_NIR_2 = _fr_nir("1", "61", "11", "33")  # man born November 1961, Gironde
ES_DNI_1 = _es_dni()
ES_DNI_2 = _es_dni()
ES_NIE_1 = _es_nie()
NL_BSN_1 = _nl_bsn()
NL_BSN_2 = _nl_bsn()
PL_PESEL_1 = _pl_pesel(1979, 4, 23, female=True)
PL_PESEL_2 = _pl_pesel(2003, 11, 2, female=False)
IT_CF_1 = _it_cf(
    "RSS", "FNC", "84", "C", 17 + 40, "F205"
)  # Francesca Rossi, woman, 17 March 1984, Milano
IT_CF_2 = _it_cf("BNC", "LCU", "57", "H", 9, "H501")  # Luca Bianchi, 9 June 1957, Roma
IN_AADHAAR_1 = _aadhaar()
IN_AADHAAR_2 = _aadhaar()
IN_PAN_1 = _pan("S")
IN_PAN_2 = _pan("I")

# --- cards (Visa, Mastercard, Amex) ---
CARD_VISA = _card("4", 16)
CARD_MC = _card("53", 16)
CARD_AMEX = _card("37", 15)
CARD_VISA_2 = _card("4", 16)


def _group4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def _amex_fmt(number: str) -> str:
    return f"{number[:4]} {number[4:10]} {number[10:]}"


CARD_VISA_FMT = _group4(CARD_VISA)
CARD_MC_DASH = "-".join(CARD_MC[i : i + 4] for i in range(0, 16, 4))
CARD_AMEX_FMT = _amex_fmt(CARD_AMEX)

# --- IBANs ---
IBAN_DE_1 = _iban("DE", lambda: _digits(18))
IBAN_FR_1 = _iban("FR", lambda: _digits(10) + _digits(11) + _digits(2))
IBAN_ES_1 = _iban("ES", lambda: _digits(20))
IBAN_NL_1 = _iban("NL", lambda: RNG.choice(["INGB", "RABO", "ABNA"]) + _digits(10))
IBAN_IT_1 = _iban("IT", lambda: RNG.choice(string.ascii_uppercase) + _digits(10) + _digits(12))
IBAN_PL_1 = _iban("PL", lambda: _digits(24))
IBAN_GB_1 = _iban("GB", lambda: "BARC" + _digits(14))
IBAN_PT_1 = _iban("PT", lambda: _digits(21))
IBAN_HU_1 = _iban("HU", lambda: _digits(24))
IBAN_RO_1 = _iban("RO", lambda: "BTRL" + _chars(string.ascii_uppercase + string.digits, 16))
IBAN_HR_1 = _iban("HR", lambda: _digits(17))
IBAN_DK_1 = _iban("DK", lambda: _digits(14))

# --- secrets ---
OPENAI_KEY = "sk-proj-" + _chars(_ALNUM, 48)
GITHUB_PAT = "ghp_" + _chars(_ALNUM, 36)
AWS_ACCESS_KEY = "AKIA" + _chars(string.ascii_uppercase + "234567", 16)
AWS_SECRET_KEY = _chars(_ALNUM + "/+", 40)
SLACK_BOT = "xoxb-" + _digits(12) + "-" + _digits(13) + "-" + _chars(_ALNUM, 24)
STRIPE_LIVE = "sk_live_" + _chars(_ALNUM, 24)
ANTHROPIC_KEY = "sk-ant-api03-" + _chars(_ALNUM + "-_", 93) + "AA"
BEARER_JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    + _chars(_ALNUM + "-_", 86)
    + "."
    + _chars(_ALNUM + "-_", 43)
)
BASIC_USER_PASS = "deploy:" + _chars(_ALNUM, 14)
DB_PASSWORD_1 = _chars(_ALNUM, 12) + "!" + _chars(_ALNUM, 3)
DB_PASSWORD_2 = _chars(_ALNUM, 16)
DB_PASSWORD_3 = _chars(_ALNUM, 10) + "#" + _digits(2)
REDIS_PASSWORD = _chars(_ALNUM, 20)
DJANGO_SECRET = _chars(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)", 50)
JWT_SIGNING_SECRET = _chars(_HEX, 64)
OAUTH_CLIENT_SECRET = "GOCSPX-" + _chars(_ALNUM + "-_", 28)
WEBHOOK_SECRET = "whsec_" + _chars(_ALNUM, 32)
TWILIO_AUTH_TOKEN = _chars(_HEX, 32)
TWILIO_SID = "AC" + _chars(_HEX, 32)
SENDGRID_KEY = "SG." + _chars(_ALNUM + "-_", 22) + "." + _chars(_ALNUM + "-_", 43)
HF_TOKEN = "hf_" + _chars(_ALNUM, 34)
USER_PASSWORD_1 = "Kot" + _chars(_ALNUM, 5) + "2019!"
USER_PASSWORD_2 = _chars(string.ascii_lowercase, 6) + _digits(4) + "?"
WIFI_PASSWORD = _chars(_ALNUM, 13)
GITLAB_TOKEN = "glpat-" + _chars(_ALNUM + "-_", 20)
MAPS_KEY = "AIza" + _chars(_ALNUM + "-_", 35)

_PEM_LINES = [_chars(_B64, 64) for _ in range(12)] + [_chars(_B64, 24) + "=="]
PRIVATE_KEY_PEM = (
    "-----BEGIN OPENSSH PRIVATE KEY-----\n"
    + "\n".join(_PEM_LINES)
    + "\n-----END OPENSSH PRIVATE KEY-----"
)
_PEM_LINES_2 = [_chars(_B64, 64) for _ in range(9)] + [_chars(_B64, 40) + "="]
PRIVATE_KEY_RSA = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    + "\n".join(_PEM_LINES_2)
    + "\n-----END RSA PRIVATE KEY-----"
)

# appended draws (after everything above, so earlier values stay the same)
MONGO_PASSWORD = _chars(_ALNUM, 18)
