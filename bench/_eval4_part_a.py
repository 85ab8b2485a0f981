"""Blind privacy evaluation 4, part A: hand-written prompts (English, French, German, Spanish,
Italian, Portuguese, Dutch), each written one by one as a user of a chat API would.

The texts live in _eval4_part_a2.py and _eval4_part_a3.py as blocks:
    @@ <field> <language>
    <text, one or more lines, with each sensitive value marked as ⟦CODE|value⟧>
A marker's CODE is a type code (below) or a generator ``@name:args`` whose value (a national
id, card or IBAN) is made here with python-stdnum, so the check digits are right. Marking the
values inline keeps every label next to its text, so a value cannot drift from its row.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

from stdnum import iban, luhn, verhoeff
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

SEED = 582931
_rng = random.Random(SEED)

TYPE_CODES: dict[str, str] = {
    "P": "PERSON",
    "A": "STREET_ADDRESS",
    "D": "DATE_OF_BIRTH",
    "PW": "PASSWORD",
    "S": "SECRET",
    "T": "PHONE_NUMBER",
    "E": "EMAIL_ADDRESS",
}
FIELDS = frozenset(
    {"content", "system", "tool_arguments", "tool_description", "name", "metadata", "user"}
)


def _digits(n: int) -> str:
    return "".join(_rng.choice(string.digits) for _ in range(n))


def _letters(n: int) -> str:
    return "".join(_rng.choice(string.ascii_uppercase) for _ in range(n))


def _groups(s: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(s[i : i + size] for i in range(0, len(s), size))


def _iban_from_bban(cc: str, bban: str) -> str:
    return cc + iban.calc_check_digits(cc + "00" + bban) + bban


def _bban(cc: str, bank: str) -> str:
    """A BBAN of the country's structure; FR and PT get their national keys (stdnum has no
    FR/PT iban module), ES and BE are checked by stdnum's own country modules below."""
    if cc == "FR":
        b, g, a = _digits(5), _digits(5), _digits(11)
        return f"{b}{g}{a}{97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97:02d}"
    if cc == "PT":
        body = bank + _digits(15)
        return f"{body}{98 - int(body) * 100 % 97:02d}"
    shapes = {"DE": "n18", "ES": "n20", "IT": "a22", "NL": "n10", "GB": "n14", "BE": "n12"}
    shapes |= {"IE": "n14", "AT": "n16", "LU": "n16", "CH": "n17"}
    kind, count = shapes[cc][0], int(shapes[cc][1:])
    rest = count - (0 if bank.isalpha() else len(bank))
    return bank + (_letters(1) + _digits(rest) if kind == "a" else _digits(rest))


def make_iban(cc: str, bank: str = "", fmt: str = "") -> str:
    for _ in range(100_000):  # bounded: ES/BE national checks pass about 1 in 100 draws
        number = _iban_from_bban(cc, _bban(cc, bank))
        if iban.is_valid(number):
            return _groups(number) if fmt == "sp" else number
    raise RuntimeError(cc)


def make_card(brand: str, fmt: str = "") -> str:
    prefix = {"visa": "4" + _digits(5), "mc": str(_rng.randint(51, 55)) + _digits(4)}
    prefix |= {"amex": _rng.choice(["34", "37"]) + _digits(4)}
    length = 15 if brand == "amex" else 16
    body = prefix[brand] + _digits(length - 7)
    number = body + luhn.calc_check_digit(body)
    if brand == "amex" and fmt:
        return f"{number[:4]}{fmt}{number[4:10]}{fmt}{number[10:]}"
    return _groups(number, 4, fmt) if fmt else number


def make_ssn(fmt: str = "-") -> str:
    while True:
        area = _rng.choice([a for a in range(1, 900) if a != 666])
        n = f"{area:03d}{_rng.randint(1, 99):02d}{_rng.randint(1, 9999):04d}"
        if ssn.is_valid(n):
            return f"{n[:3]}{fmt}{n[3:5]}{fmt}{n[5:]}"


def make_nino(fmt: str = "") -> str:
    # stdnum has no NINO module: HMRC's published prefix rules, written out by hand
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = _rng.choice(first) + _rng.choice(second)
        if pre not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d, suf = _digits(6), _rng.choice("ABCD")
    return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}" if fmt == "sp" else f"{pre}{d}{suf}"


def make_idnr(fmt: str = "") -> str:
    while True:
        n = str(_rng.randint(1, 9)) + _digits(10)
        if idnr.is_valid(n):
            return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" if fmt == "sp" else n


def make_nir(sex: str, yymm: str, dept: str, fmt: str = "sp") -> str:
    body = sex + yymm + dept + f"{_rng.randint(1, 990):03d}" + f"{_rng.randint(1, 999):03d}"
    n = body + nir.calc_check_digits(body)
    if fmt == "sp":
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
    return n


def make_dni(fmt: str = "") -> str:
    d = _digits(8)
    return f"{d}{fmt}{dni.calc_check_digit(d)}"


def make_nie(fmt: str = "") -> str:
    n = _rng.choice("XYZ") + _digits(7)
    return f"{n[0]}{fmt}{n[1:]}{fmt}{nie.calc_check_digit(n)}"


def make_bsn(fmt: str = "") -> str:
    while True:
        n = str(_rng.randint(1, 6)) + _digits(8)
        if bsn.is_valid(n):
            return f"{n[:4]}.{n[4:6]}.{n[6:]}" if fmt == "dot" else n


def make_pesel(yyyymmdd: str, sex: str) -> str:
    y, m, d = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), yyyymmdd[6:]
    month = m + (20 if y >= 2000 else 0)
    serial = _digits(3) + _rng.choice("13579" if sex == "m" else "02468")
    body = f"{y % 100:02d}{month:02d}{d}{serial}"
    return body + pesel.calc_check_digit(body)


def _cf_part(word: str, is_name: bool) -> str:
    w = word.upper().replace(" ", "")
    cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join(cons + vow + ["X", "X", "X"])[:3]


def make_cf(surname: str, name: str, date: str, sex: str, place: str) -> str:
    """Italian codice fiscale built from the person in the text (date as YYYY-MM-DD)."""
    y, m, d = date.split("-")
    day = int(d) + (40 if sex == "f" else 0)
    body = _cf_part(surname, False) + _cf_part(name, True)
    body += f"{y[2:]}{'ABCDEHLMPRST'[int(m) - 1]}{day:02d}{place}"
    return body + codicefiscale.calc_check_digit(body)


def make_aadhaar(fmt: str = "sp") -> str:
    while True:
        body = str(_rng.randint(2, 9)) + _digits(10)
        n = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(n):
            return _groups(n, 4, " ") if fmt == "sp" else _groups(n, 4, "-") if fmt else n


def make_pan(initial: str) -> str:
    n = _letters(3) + "P" + initial + f"{_rng.randint(1, 9999):04d}" + _letters(1)
    pan.validate(n)
    return n


def make_token(prefix: str, length: str, alphabet: str = "") -> str:
    chars = alphabet or string.ascii_letters + string.digits
    return prefix + "".join(_rng.choice(chars) for _ in range(int(length)))


def make_aws() -> str:
    return "AKIA" + "".join(_rng.choice(string.ascii_uppercase + "234567") for _ in range(16))


_GENERATORS: dict[str, tuple[str, Callable[..., str]]] = {
    "iban": ("IBAN_CODE", make_iban),
    "card": ("CREDIT_CARD", make_card),
    "ssn": ("US_SSN", make_ssn),
    "nino": ("UK_NINO", make_nino),
    "idnr": ("DE_STEUER_ID", make_idnr),
    "nir": ("FR_INSEE", make_nir),
    "dni": ("ES_DNI", make_dni),
    "nie": ("ES_NIE", make_nie),
    "bsn": ("NL_BSN", make_bsn),
    "pesel": ("PL_PESEL", make_pesel),
    "cf": ("IT_FISCAL_CODE", make_cf),
    "aadhaar": ("IN_AADHAAR", make_aadhaar),
    "pan": ("IN_PAN", make_pan),
    "tok": ("SECRET", make_token),
    "aws": ("SECRET", make_aws),
}
_MARK = re.compile(r"⟦([^|⟧]+)(?:\|([^⟧]*))?⟧")


def _expand(text: str) -> tuple[str, list[tuple[str, str]]]:
    values: list[tuple[str, str]] = []

    def sub(m: re.Match[str]) -> str:
        code, value = m.group(1), m.group(2)
        if code.startswith("@"):
            name, *args = code[1:].split(":")
            kind, gen = _GENERATORS[name]
            # "~" stands for a space inside generator arguments (e.g. a card grouped by spaces)
            value = gen(*[a.replace("~", " ") for a in args])
            values.append((kind, value))
        else:
            values.append((TYPE_CODES.get(code, code), value or ""))
        return value or ""

    return _MARK.sub(sub, text), values


def parse(blocks: str) -> tuple[list[dict[str, object]], list[str]]:
    rows: list[dict[str, object]] = []
    langs: list[str] = []
    for chunk in blocks.split("\n@@ ")[1:]:
        head, _, body = chunk.partition("\n")
        field, lang = head.split()
        text, values = _expand(body.strip("\n"))
        rows.append({"field": field, "text": text, "values": values})
        langs.append(lang)
    return rows, langs


def _load() -> tuple[list[dict[str, object]], list[str]]:
    from _eval4_part_a2 import BLOCKS as sensitive_a
    from _eval4_part_a3 import BENIGN, SENSITIVE_B

    rows: list[dict[str, object]] = []
    langs: list[str] = []
    for blocks in (sensitive_a, SENSITIVE_B, BENIGN):
        r, lg = parse(blocks)
        rows += r
        langs += lg
    return rows, langs


ROWS, LANGS = _load()
