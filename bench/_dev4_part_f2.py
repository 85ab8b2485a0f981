"""Development set 4, writer F: the generated values (check-digit numbers and random secrets).

Everything here comes from ``random.Random(915532)`` in a fixed order, with python-stdnum's
check digits, so the values are the same on every run. The prompts that use them are written
by hand in ``_dev4_part_f3.py`` to ``_dev4_part_f5.py``.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import random
import string

from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.in_ import aadhaar
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel

SEED = 915532
_rng = random.Random(SEED)
_DIGITS = string.digits
_UPPER = string.ascii_uppercase
_ALNUM = string.ascii_uppercase + string.digits


def _pick(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def _iban(country: str, bban_parts: list[tuple[str, int]]) -> str:
    """A valid IBAN for ``country``; the BBAN is drawn until stdnum accepts the whole number."""
    for _ in range(20000):
        bban = "".join(_pick(alphabet, n) for alphabet, n in bban_parts)
        check = iban.calc_check_digits(country + "00" + bban)
        number = country + check + bban
        if iban.is_valid(number):
            return number
    raise RuntimeError(f"no valid IBAN for {country}")


def _spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def _card(prefix: str, length: int) -> str:
    body = prefix + _pick(_DIGITS, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _pesel(year: int, month: int, day: int, female: bool) -> str:
    century = {1800: 80, 1900: 0, 2000: 20}[year // 100 * 100]
    serial = _pick(_DIGITS, 3)
    sex = _rng.choice("02468" if female else "13579")
    body = f"{year % 100:02d}{month + century:02d}{day:02d}{serial}{sex}"
    return body + pesel.calc_check_digit(body)


def _dni() -> str:
    body = _pick(_DIGITS, 8)
    return body + dni.calc_check_digit(body)


def _nie() -> str:
    body = _rng.choice("XYZ") + _pick(_DIGITS, 7)
    return body + nie.calc_check_digit(body)


def _bsn() -> str:
    while True:
        number = _rng.choice("123456789") + _pick(_DIGITS, 8)
        if bsn.is_valid(number):
            return number


def _idnr() -> str:
    while True:
        body = _rng.choice("123456789") + _pick(_DIGITS, 9)
        number = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(number):
            return number


def _codice(surname3: str, name3: str, yy: str, month: str, dd: str, town: str) -> str:
    body = surname3 + name3 + yy + month + dd + town
    return body + codicefiscale.calc_check_digit(body)


def _nir(sex: str, yy: str, mm: str, dept: str, commune: str) -> str:
    body = sex + yy + mm + dept + commune + _pick(_DIGITS, 3)
    key = 97 - int(body) % 97
    return f"{body}{key:02d}"


def _aadhaar() -> str:
    from stdnum import verhoeff

    while True:
        body = _rng.choice("23456789") + _pick(_DIGITS, 10)
        number = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(number):
            return number


# IBANs, in this order.
IBAN_PL = _iban("PL", [(_DIGITS, 24)])
IBAN_DE = _iban("DE", [(_DIGITS, 18)])
IBAN_CZ = _iban("CZ", [(_DIGITS, 20)])
IBAN_RO = _iban("RO", [(_UPPER, 4), (_ALNUM, 16)])
IBAN_HU = _iban("HU", [(_DIGITS, 24)])
IBAN_NL = _iban("NL", [(_UPPER, 4), (_DIGITS, 10)])
IBAN_HR = _iban("HR", [(_DIGITS, 17)])
IBAN_SE = _iban("SE", [(_DIGITS, 20)])
IBAN_FR = _iban("FR", [(_DIGITS, 10), (_ALNUM, 11), (_DIGITS, 2)])
IBAN_ES = _iban("ES", [(_DIGITS, 20)])
IBAN_IT = _iban("IT", [(_UPPER, 1), (_DIGITS, 10), (_ALNUM, 12)])
IBAN_BG = _iban("BG", [(_UPPER, 4), (_DIGITS, 6), (_ALNUM, 8)])

# Cards.
CARD_VISA = _card("4", 16)
CARD_MC = _card("52", 16)

# National identifiers.
PESEL_F = _pesel(1987, 3, 14, female=True)
PESEL_M = _pesel(2003, 11, 2, female=False)
DNI = _dni()
NIE = _nie()
BSN = _bsn()
DE_IDNR = _idnr()
CODICE = _codice("BRN", "GLI", "91", "M", "57", "F205")
NIR = _nir("2", "84", "06", "69", "123")
AADHAAR = _aadhaar()

# Random secrets.
GH_TOKEN = "ghp_" + _pick(string.ascii_letters + _DIGITS, 36)
SK_TOKEN = "sk-proj-" + _pick(string.ascii_letters + _DIGITS, 48)
SLACK_TOKEN = (
    "xoxb-"
    + _pick(_DIGITS, 12)
    + "-"
    + _pick(_DIGITS, 13)
    + "-"
    + _pick(string.ascii_letters + _DIGITS, 24)
)
AWS_SECRET = _pick(string.ascii_letters + _DIGITS + "/+", 40)
AWS_KEY_ID = "AKIA" + _pick(_UPPER + "234567", 16)
DB_PASS = _pick(string.ascii_letters + _DIGITS, 20)

# Spaced forms as people paste them.
IBAN_PL_SPACED = IBAN_PL[:2] + IBAN_PL[2:4] + " " + _spaced(IBAN_PL[4:])
IBAN_DE_SPACED = _spaced(IBAN_DE)
IBAN_FR_SPACED = _spaced(IBAN_FR)
IBAN_HU_SPACED = _spaced(IBAN_HU)
CARD_VISA_SPACED = _spaced(CARD_VISA)
NIR_SPACED = " ".join([NIR[0], NIR[1:3], NIR[3:5], NIR[5:7], NIR[7:10], NIR[10:13], NIR[13:]])
AADHAAR_SPACED = _spaced(AADHAAR)


def row(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    """One prompt with its sensitive values (each must occur exactly once in ``text``)."""
    return {"text": text, "field": field, "values": [list(v) for v in values]}
