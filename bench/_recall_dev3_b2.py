"""Identifiers with valid check digits for writer b's recall round 3 set (seed 662318).

Only these values are made by code (python-stdnum's check digits, our own random.Random(SEED));
every prompt around them is written by hand in ``_recall_dev3_b3.py`` .. ``_recall_dev3_b7.py``.
"""

from __future__ import annotations

import random

from stdnum import iban, luhn
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

SEED = 662318
_RNG = random.Random(SEED)


def _digits(count: int) -> str:
    return "".join(str(_RNG.randrange(10)) for _ in range(count))


def make_iban(country: str, bban_length: int, prefix: str = "") -> str:
    """An IBAN of ``country`` whose BBAN is digits (retrying for national check digits)."""
    while True:
        bban = prefix + _digits(bban_length - len(prefix))
        number = country + "00" + bban
        candidate = country + iban.calc_check_digits(number) + bban
        if iban.is_valid(candidate):
            return candidate


def spaced(number: str, size: int = 4) -> str:
    return " ".join(number[i : i + size] for i in range(0, len(number), size))


def make_card(prefix: str, length: int = 16) -> str:
    body = prefix + _digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def make_pesel(year: int, month: int, day: int, female: bool) -> str:
    month_code = month + (20 if year >= 2000 else 0)
    serial = _digits(3)
    sex = str(_RNG.choice([0, 2, 4, 6, 8]) if female else _RNG.choice([1, 3, 5, 7, 9]))
    body = f"{year % 100:02d}{month_code:02d}{day:02d}{serial}{sex}"
    return body + pesel.calc_check_digit(body)


def make_dni() -> str:
    body = _digits(8)
    return body + dni.calc_check_digit(body)


def make_nie() -> str:
    body = _RNG.choice("XYZ") + _digits(7)
    return body + nie.calc_check_digit(body)


def make_bsn() -> str:
    while True:
        candidate = str(_RNG.randrange(1, 10)) + _digits(8)
        if bsn.is_valid(candidate):
            return candidate


def make_nir(sex: int, year: int, month: int, department: str) -> str:
    body = f"{sex}{year % 100:02d}{month:02d}{department}{_digits(3)}{_digits(3)}"
    return body + nir.calc_check_digits(body)


def make_codice_fiscale(stem: str) -> str:
    """``stem``: the first 15 characters (surname, name, date, place) written by hand."""
    return stem + codicefiscale.calc_check_digit(stem)


def make_aadhaar() -> str:
    while True:
        candidate = str(_RNG.randrange(2, 10)) + _digits(11)
        if aadhaar.is_valid(candidate):
            return candidate


def make_ssn() -> str:
    while True:
        candidate = f"{_RNG.randrange(1, 665):03d}{_RNG.randrange(1, 100):02d}{_digits(4)}"
        if ssn.is_valid(candidate) and candidate[5:] != "0000":
            return candidate


IBAN_PL = make_iban("PL", 24)
IBAN_DE = make_iban("DE", 18)
IBAN_ES = make_iban("ES", 20)
IBAN_RO = "RO00BTRL" + _digits(16)
IBAN_RO = "RO" + iban.calc_check_digits(IBAN_RO) + IBAN_RO[4:]
IBAN_NL = "NL00ABNA" + _digits(10)
IBAN_NL = "NL" + iban.calc_check_digits(IBAN_NL) + IBAN_NL[4:]
IBAN_FI = make_iban("FI", 14)
IBAN_LT = make_iban("LT", 16)
IBAN_IT = "IT00X0306909606" + _digits(12)
IBAN_IT = "IT" + iban.calc_check_digits(IBAN_IT) + IBAN_IT[4:]
CARD_VISA = make_card("4")
CARD_MC = make_card("53")
CARD_VISA2 = make_card("4")
PESEL_A = make_pesel(1986, 11, 3, True)
PESEL_B = make_pesel(1979, 2, 27, False)
DNI_A = make_dni()
DNI_B = make_dni()
NIE_A = make_nie()
BSN_A = make_bsn()
BSN_B = make_bsn()
NIR_A = make_nir(2, 1991, 4, "69")
NIR_B = make_nir(1, 1983, 9, "33")
CF_A = make_codice_fiscale("RSSGLI88M52F205")
CF_B = make_codice_fiscale("BNCMRC75C14H501")
AADHAAR_A = make_aadhaar()
SSN_A = make_ssn()
SSN_B = make_ssn()
