"""Evaluation 7, part B (hand-written blind): the generator section and the row helper.

Every value with a check digit (payment cards, IBANs, PESEL, BSN, NIE, codice fiscale) is made
here with python-stdnum from ``random.Random(902144)``, and so are the random secrets and tokens,
so the corpus is reproducible. The prompts themselves are written by hand in the other files.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import base64
import json
import random
import string

from stdnum import iban as _iban
from stdnum import luhn
from stdnum.es import dni as _dni
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel

SEED = 902144
RNG = random.Random(SEED)

_ALNUM = string.ascii_letters + string.digits
_UPPER = string.ascii_uppercase + string.digits
_B64 = string.ascii_letters + string.digits + "+/"
_B64URL = string.ascii_letters + string.digits + "-_"


def pick(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    return pick(string.digits, n)


# --- numbers with check digits -------------------------------------------------------------

_BANKS = {"BG": "UNCR", "LV": "HABA"}


def iban(cc: str, spaced: bool = True) -> str:
    """A valid IBAN of country ``cc`` (BBAN shape from the IBAN registry)."""
    lengths = {
        "PL": 24, "CZ": 20, "SK": 20, "HU": 24, "HR": 17, "RS": 18, "SI": 15, "BG": 18,
        "MK": 15, "LT": 16, "LV": 17, "EE": 16, "FI": 14, "SE": 20, "NO": 11, "DK": 14,
        "GR": 23, "TR": 22,
    }  # fmt: skip
    while True:
        bank = _BANKS.get(cc, "")
        bban = bank + digits(lengths[cc] - len(bank))
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
        number = cc + _iban.calc_check_digits(cc + "00" + bban) + bban
        if _iban.is_valid(number):
            return _iban.format(number) if spaced else number


def card(prefix: str, length: int = 16, sep: str = " ") -> str:
    body = prefix + digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, length, 4)]
    return sep.join(groups)


def pesel(year: int, month: int, day: int, female: bool) -> str:
    mm = month + {18: 80, 19: 0, 20: 20}[year // 100]
    serial = digits(3)
    sex = RNG.choice("02468" if female else "13579")
    body = f"{year % 100:02d}{mm:02d}{day:02d}{serial}{sex}"
    return body + _pesel.calc_check_digit(body)


def bsn() -> str:
    while True:
        body = str(RNG.randint(1, 9)) + digits(7)
        check = _bsn.checksum(body + "0")
        # the check digit d satisfies (checksum(body+"0") - d) % 11 == 0
        d = check % 11
        if d < 10 and _bsn.is_valid(body + str(d)):
            return body + str(d)


def nie() -> str:
    letter = RNG.choice("XYZ")
    body = digits(7)
    check = _dni.calc_check_digit(str("XYZ".index(letter)) + body)
    return letter + body + check


def codice_fiscale(partial: str) -> str:
    """``partial`` is the first 15 characters (surname, name, date, sex, comune)."""
    return partial + _cf.calc_check_digit(partial)


def nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = RNG.choice(first) + RNG.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    return prefix + digits(6) + RNG.choice("ABCD")


# --- secrets and tokens ----------------------------------------------------------------------


def github_pat() -> str:
    return "ghp_" + pick(_ALNUM, 36)


def github_fine() -> str:
    return "github_pat_11" + pick(_UPPER, 20) + "_" + pick(_ALNUM, 59)


def stripe(kind: str = "sk_live_") -> str:
    return kind + pick(_ALNUM, 24)


def slack_bot() -> str:
    return f"xoxb-{digits(12)}-{digits(13)}-{pick(_ALNUM, 24)}"


def slack_webhook() -> str:
    team, bot = pick(_UPPER, 8), pick(_UPPER, 10)
    return f"https://hooks.slack.com/services/T{team}/B{bot}/{pick(_ALNUM, 24)}"


def aws_key() -> tuple[str, str]:
    return "AKIA" + pick(string.ascii_uppercase + "234567", 16), pick(_B64, 40)


def openai_key() -> str:
    return "sk-proj-" + pick(_B64URL, 74) + "T3BlbkFJ" + pick(_B64URL, 74)


def gitlab_pat() -> str:
    return "glpat-" + pick(_B64URL, 20)


def google_key() -> str:
    return "AIza" + pick(_B64URL, 35)


def sendgrid() -> str:
    return "SG." + pick(_B64URL, 22) + "." + pick(_B64URL, 43)


def telegram_bot() -> str:
    return f"{RNG.randint(5_000_000_000, 7_999_999_999)}:AA{pick(_B64URL, 33)}"


def hf_token() -> str:
    return "hf_" + pick(string.ascii_letters, 34)


def npm_token() -> str:
    return "npm_" + pick(_ALNUM, 36)


def hexstr(n: int) -> str:
    return pick("0123456789abcdef", n)


def b32(n: int) -> str:
    return pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", n)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(payload: dict[str, object]) -> str:
    head = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = _b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{pick(_B64URL, 43)}"


def basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 8) -> str:
    body = "\n".join(pick(_B64, 64) for _ in range(lines))
    return f"-----BEGIN {kind}-----\n{body}\n{pick(_B64, 24)}==\n-----END {kind}-----"


def password(n: int = 14) -> str:
    return pick(_ALNUM + "!#%&*?@$", n)


# --- row helper --------------------------------------------------------------------------------


def r(text: str, *values: tuple[str, str], field: str = "content") -> dict[str, object]:
    """One prompt; ``values`` are (TYPE, value) pairs, each occurring once in ``text``."""
    return {"text": text, "field": field, "values": [[kind, value] for kind, value in values]}
