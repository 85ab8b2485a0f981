# ruff: noqa: E501
"""Evaluation 9, writer C: the row helper and the generated values (seed 731905).

Cards, IBANs, national identifiers and random secrets are made here with python-stdnum's
check digits and ``random.Random(731905)``, always in the same order, so that the values are
reproducible. The prompts that use them are written by hand in the other part-C modules.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import base64
import random
import string

from stdnum import iban, luhn, verhoeff
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10, mod_97_10
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

SEED = 731905
_rng = random.Random(SEED)


def row(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


def _digits(n: int) -> str:
    return "".join(_rng.choice(string.digits) for _ in range(n))


def _chars(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64URL = string.ascii_letters + string.digits + "-_"


def _card(prefix: str, length: int) -> str:
    body = prefix + _digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _group(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, pos = [], 0
    for size in sizes:
        parts.append(number[pos : pos + size])
        pos += size
    return sep.join(parts)


def _iban(country: str, make_bban) -> str:  # type: ignore[no-untyped-def]
    while True:
        bban = make_bban()
        check = iban.calc_check_digits(country + "00" + bban)
        number = country + check + bban
        # Angola is not in stdnum's registry: there only the ISO 7064 mod 97-10 check applies.
        if country == "AO" and mod_97_10.is_valid(bban + country + check):
            return number
        if iban.is_valid(number):
            return number


def _spaced_iban(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def _ssn() -> str:
    while True:
        number = f"{_rng.randint(1, 899):03d}-{_rng.randint(1, 99):02d}-{_rng.randint(1, 9999):04d}"
        if ssn.is_valid(number):
            return number


def _nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = _rng.choice(first) + _rng.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    return f"{prefix} {_digits(2)} {_digits(2)} {_digits(2)} {_rng.choice('ABCD')}"


def _idnr() -> str:
    while True:
        body = str(_rng.randint(1, 9)) + _digits(9)
        number = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(number):
            return number


def _bsn() -> str:
    while True:
        body = str(_rng.randint(1, 6)) + _digits(7)
        for digit in string.digits:
            if bsn.is_valid(body + digit):
                return body + digit


def _nir(sex: str, yy: str, mm: str, dept: str) -> str:
    body = sex + yy + mm + dept + _digits(3) + _digits(3)
    return body + nir.calc_check_digits(body)


def _cf(body: str) -> str:
    return body + codicefiscale.calc_check_digit(body)


def _pesel(yymmdd: str, female: bool) -> str:
    serial = _digits(3)
    sex = str(_rng.choice("02468" if female else "13579"))
    body = yymmdd + serial + sex
    return body + pesel.calc_check_digit(body)


def _aadhaar() -> str:
    body = str(_rng.randint(2, 9)) + _digits(10)
    return body + verhoeff.calc_check_digit(body)


def _pem(kind: str, lines: int) -> str:
    raw = bytes(_rng.getrandbits(8) for _ in range(48 * lines))
    body = base64.b64encode(raw).decode()
    rows = [body[i : i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def _jwt(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{head}.{body}.{_chars(_B64URL, 43)}"


# --- cards (order matters: do not reorder) ---
VISA_1 = _group(_card("4", 16), (4, 4, 4, 4))
MC_1 = _group(_card("5" + str(_rng.randint(1, 5)), 16), (4, 4, 4, 4), "-")
AMEX_1 = _group(_card("37", 15), (4, 6, 5))
VISA_2 = _card("4", 16)
MC_2 = _group(_card(str(_rng.randint(2221, 2720)), 16), (4, 4, 4, 4))
VISA_3 = _group(_card("4", 16), (4, 4, 4, 4))

# --- IBANs ---
IBAN_DE = _spaced_iban(_iban("DE", lambda: _digits(8) + _digits(10)))
IBAN_FR = _spaced_iban(_iban("FR", lambda: _digits(5) + _digits(5) + _digits(11) + _digits(2)))
IBAN_BE = _iban("BE", lambda: _digits(12))
IBAN_IT = _spaced_iban(
    _iban("IT", lambda: _rng.choice(string.ascii_uppercase) + _digits(5) + _digits(5) + _digits(12))
)
IBAN_PT = _spaced_iban(_iban("PT", lambda: _digits(21)))
IBAN_BR = _iban("BR", lambda: _digits(8) + _digits(5) + _digits(10) + "C1")
IBAN_LU = _spaced_iban(_iban("LU", lambda: _digits(3) + _digits(13)))
IBAN_GB = _iban("GB", lambda: "NWBK" + _digits(6) + _digits(8))
IBAN_AO = _spaced_iban(_iban("AO", lambda: "0040" + _digits(17)))

# --- national identifiers ---
SSN_1 = _ssn()
SSN_2 = _ssn()
SSN_3 = _ssn().replace("-", "")
NINO_1 = _nino()
IDNR_1 = _idnr()
NIR_1 = nir.format(_nir("2", "88", "07", "69"))
NIR_2 = _nir("1", "54", "11", "13")
_dni_body = _digits(8)
DNI_1 = _dni_body + dni.calc_check_digit(_dni_body)
_nie_body = "Y" + _digits(7)
NIE_1 = _nie_body + nie.calc_check_digit(_nie_body)
BSN_1 = _bsn()
BSN_2 = _bsn()
# Codici fiscali built by hand from surname, name, year, month letter, day (+40 if female) and municipality code, then checked:
# LCS GPP 79 M 12 G273 (Palermo) and BRM CHR 91 C 67 F205 (Milano).
CF_1 = _cf("LCSGPP79M12G273")
CF_2 = _cf("BRMCHR91C67F205")
PESEL_1 = _pesel("860419", female=True)
AADHAAR_1 = _group(_aadhaar(), (4, 4, 4))
PAN_1 = (
    _chars(string.ascii_uppercase, 3) + "P" + "R" + _digits(4) + _rng.choice(string.ascii_uppercase)
)

# --- secrets ---
OPENAI_KEY = "sk-proj-" + _chars(_ALNUM + "-_", 48)
GITHUB_PAT = "ghp_" + _chars(_ALNUM, 36)
AWS_KEY_ID = "AKIA" + _chars(string.ascii_uppercase + "234567", 16)
AWS_SECRET = _chars(_ALNUM + "/+", 40)
STRIPE_KEY = "sk_live_" + _chars(_ALNUM, 24)
SLACK_BOT = f"xoxb-{_digits(12)}-{_digits(13)}-{_chars(_ALNUM, 24)}"
SENDGRID_KEY = f"SG.{_chars(_B64URL, 22)}.{_chars(_B64URL, 43)}"
GOOGLE_KEY = "AIza" + _chars(_ALNUM + "-_", 35)
JWT_1 = _jwt('{"sub":"4471","name":"m.okonkwo","role":"admin","iat":1735689600}')
DJANGO_SECRET = _chars(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)", 50)
TWILIO_TOKEN = _chars(_HEX, 32)
BASIC_AUTH = base64.b64encode(b"svc-billing:" + _chars(_ALNUM, 18).encode()).decode()
GITLAB_PAT = "glpat-" + _chars(_ALNUM + "-_", 20)
RSA_KEY = _pem("RSA PRIVATE KEY", 6)
OPENSSH_KEY = _pem("OPENSSH PRIVATE KEY", 5)
PG_PASS = _chars(_ALNUM, 20)
MONGO_PASS = _chars(_ALNUM, 16)
MSSQL_PASS = _chars(_ALNUM + "!#", 14)
AMQP_PASS = _chars(_ALNUM, 22)
VAULT_TOKEN = "hvs." + _chars(_ALNUM, 24)
