"""Values for bench/make_privacy_eval3.py: people, addresses and phones from mimesis (many
locales), and what mimesis lacks (national IDs, cards, IBANs, secrets) made here. Every ID and
card carries valid check digits (python-stdnum's check-digit functions), so a detector that
checks them has no excuse to pass them over.
"""

from __future__ import annotations

import base64
import json
import random
import string
import unicodedata
from dataclasses import dataclass

from mimesis import Address, Datetime, Person
from mimesis.locales import Locale
from stdnum import iban, luhn, verhoeff
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

LOCALES = (
    "en", "en-gb", "en-au", "de", "de-at", "fr", "es", "es-mx", "it", "nl",
    "pl", "pt-br", "tr", "uk", "sv", "fi", "cs", "hu", "el",
)  # fmt: skip

# National and international dialling formats; '#' is a digit for mimesis' telephone(mask=).
PHONE_MASKS: dict[str, tuple[str, ...]] = {
    "en": ("(415) 7##-####", "+1 646 5## ####", "312.8##.####", "+1-213-4##-####"),
    "en-gb": ("07### ######", "+44 7### ######", "+44 (0)20 7### ####", "0161 4## ####"),
    "en-au": ("04## ### ###", "+61 4## ### ###", "(02) 9### ####"),
    "de": ("+49 151 ########", "0171 #######", "030 ########", "+49 (0)89 #######"),
    "de-at": ("+43 664 #######", "0664 ### ####", "+43 1 ### ## ##"),
    "fr": ("06 ## ## ## ##", "+33 6 ## ## ## ##", "01 ## ## ## ##", "+33 (0)7 ## ## ## ##"),
    "es": ("6## ### ###", "+34 6## ## ## ##", "91 ### ## ##"),
    "es-mx": ("+52 55 #### ####", "55 #### ####", "+52 (33) ####-####"),
    "it": ("+39 3## ### ####", "3## ### ####", "06 #### ####"),
    "nl": ("06-########", "+31 6 ########", "020-### ####", "+31 (0)6 ## ## ## ##"),
    "pl": ("+48 5## ### ###", "6## ### ###", "(22) ### ## ##"),
    "pt-br": ("+55 11 9####-####", "(21) 9####-####", "(11) 3###-####"),
    "tr": ("0 (5##) ### ## ##", "+90 5## ### ## ##", "05## ### ## ##"),
    "uk": ("+380 67 ### ## ##", "067 ### ## ##", "(044) ###-##-##"),
    "sv": ("07#-### ## ##", "+46 7# ### ## ##", "08-### ### ##"),
    "fi": ("+358 40 ### ####", "040 ### ####", "09 ### ####"),
    "cs": ("+420 6## ### ###", "7## ### ###"),
    "hu": ("+36 30 ### ####", "06 20 ### ####", "06-1-###-####"),
    "el": ("+30 69# ### ####", "69# ### ####", "210 ### ####"),
}
MAIL_DOMAINS = (
    "gmail.com", "outlook.com", "web.de", "orange.fr", "libero.it", "wp.pl", "yahoo.es",
    "ziggo.nl", "uol.com.br", "ukr.net", "seznam.cz", "gmx.at", "posteo.de", "icloud.com",
)  # fmt: skip
CITIES_IT = ("H501", "F205", "L219", "A662", "G273", "F839", "D612", "A944")  # Belfiore codes
ALNUM = string.ascii_letters + string.digits


def fold(text: str) -> str:
    """ASCII letters only, for e-mail local parts and the Italian fiscal code."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain if c.isalpha())


@dataclass
class Human:
    first: str
    last: str
    locale: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class Values:
    """One seeded source of every value the templates need."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.persons = {loc: Person(Locale(loc), seed=seed + i) for i, loc in enumerate(LOCALES)}
        self.places = {
            loc: Address(Locale(loc), seed=seed + 50 + i) for i, loc in enumerate(LOCALES)
        }
        self.dates = Datetime(seed=seed + 99)

    def locale(self, pool: tuple[str, ...] = LOCALES) -> str:
        return self.rng.choice(pool)

    def human(self, loc: str | None = None) -> Human:
        loc = loc or self.locale()
        p = self.persons[loc]
        return Human(p.first_name(), p.last_name(), loc)

    def name(self, h: Human, style: str = "") -> str:
        """The name as people actually type it."""
        style = style or self.rng.choice(("full", "full", "full", "lower", "last-first", "initial"))
        if style == "lower":
            return h.full.lower()
        if style == "last-first":
            return (
                f"{h.last.upper()} {h.first}" if self.rng.random() < 0.5 else f"{h.last}, {h.first}"
            )
        if style == "initial":
            return f"{h.first[0]}. {h.last}"
        return h.full

    def email(self, h: Human | None = None) -> str:
        if h is None or not fold(h.last):
            loc = h.locale if h else self.locale()
            return self.persons[loc].email(domains=list(MAIL_DOMAINS))
        first, last = fold(h.first).lower(), fold(h.last).lower()
        local = self.rng.choice(
            (
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{last}.{first}{self.rng.randint(1, 99)}",
                f"{first}_{last[0]}",
                f"{first}{last}{self.rng.randint(70, 99)}",
            )
        )
        return f"{local}@{self.rng.choice(MAIL_DOMAINS)}"

    def phone(self, loc: str | None = None) -> str:
        loc = loc or self.locale()
        if self.rng.random() < 0.25:  # mimesis' own formats for the locale
            return self.persons[loc].telephone()
        return self.persons[loc].telephone(mask=self.rng.choice(PHONE_MASKS[loc]))

    def address(self, loc: str | None = None, street_word: bool = True) -> str:
        loc = loc or self.locale()
        a = self.places[loc]
        if not street_word:  # "12 Lergan, Mequon 9790": no Street/Road/Rue to lean on
            return f"{a.street_number()} {a.street_name()}, {a.city()} {a.postal_code()}"
        line = a.address()
        if self.rng.random() < 0.6:
            line += f", {a.postal_code()} {a.city()}"
        return line

    def dob(self) -> str:
        d = self.dates.date(start=1946, end=2005)
        fmt = self.rng.choice(("%d/%m/%Y", "%Y-%m-%d", "%B %d, %Y", "%d.%m.%Y", "%m/%d/%Y"))
        return d.strftime(fmt)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def chars(self, n: int, alphabet: str = ALNUM) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    # ---- cards and bank accounts ----

    def card(self) -> str:
        prefix, length, groups = self.rng.choice(
            (
                ("4", 16, (4, 4, 4, 4)),
                ("5" + self.rng.choice("12345"), 16, (4, 4, 4, 4)),
                ("2221", 16, (4, 4, 4, 4)),
                ("3" + self.rng.choice("47"), 15, (4, 6, 5)),
                ("6011", 16, (4, 4, 4, 4)),
                ("35" + self.rng.choice("3456"), 16, (4, 4, 4, 4)),
            )
        )
        body = prefix + self.digits(length - len(prefix) - 1)
        number = body + luhn.calc_check_digit(body)
        sep = self.rng.choice((" ", " ", "-", ""))
        out, i = [], 0
        for g in groups:
            out.append(number[i : i + g])
            i += g
        return sep.join(out)

    def iban(self) -> str:
        cc, spec = self.rng.choice(
            (
                ("DE", "18n"),
                ("GB", "4a14n"),
                ("FR", "23n"),
                ("ES", "20n"),
                ("IT", "1a22n"),
                ("NL", "4a10n"),
                ("PL", "24n"),
                ("BE", "12n"),
                ("PT", "21n"),
                ("AT", "16n"),
                ("SE", "20n"),
                ("FI", "14n"),
                ("CZ", "20n"),
                ("HU", "24n"),
                ("TR", "22n"),
            )
        )
        while True:  # national check digits (ES, FR, IT, BE, ...): draw until they hold
            bban = ""
            for count, kind in ((int(p[:-1]), p[-1]) for p in _split_spec(spec)):
                bban += self.chars(count, string.ascii_uppercase if kind == "a" else string.digits)
            number = cc + iban.calc_check_digits(cc + "00" + bban) + bban
            if iban.is_valid(number):
                break
        if self.rng.random() < 0.3:
            return number
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))

    # ---- national identifiers ----

    def us_ssn(self) -> str:
        while True:
            area = self.rng.randint(1, 899)
            number = f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"
            if area != 666 and ssn.is_valid(number):
                sep = self.rng.choice(("-", "-", " "))
                return sep.join((number[:3], number[3:5], number[5:]))

    def uk_nino(self) -> str:
        first = self.rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        while (pair := first + self.rng.choice("ABCEGHJKLMNPRSTWXYZ")) in {
            "BG",
            "GB",
            "NK",
            "KN",
            "TN",
            "NT",
            "ZZ",
        }:
            pass
        d = self.digits(6)
        suffix = self.rng.choice("ABCD")
        if self.rng.random() < 0.5:
            return f"{pair} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
        return f"{pair}{d}{suffix}"

    def es_dni(self) -> str:
        body = self.digits(8)
        return body + ("-" if self.rng.random() < 0.2 else "") + dni.calc_check_digit(body)

    def es_nie(self) -> str:
        body = self.rng.choice("XYZ") + self.digits(7)
        return body + nie.calc_check_digit(body)

    def nl_bsn(self) -> str:
        while not bsn.is_valid(number := self.rng.choice("123456") + self.digits(8)):
            pass
        return number if self.rng.random() < 0.6 else f"{number[:4]}.{number[4:6]}.{number[6:]}"

    def pl_pesel(self) -> str:
        d = self.dates.date(start=1950, end=2008)
        month = d.month + (20 if d.year >= 2000 else 0)
        body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{self.digits(4)}"
        return body + pesel.calc_check_digit(body)

    def fr_nir(self) -> str:
        d = self.dates.date(start=1950, end=2004)
        dept = f"{self.rng.choice((75, 69, 13, 33, 59, 31, 44, 67, 92, 93)):02d}"
        body = f"{self.rng.choice('12')}{d.year % 100:02d}{d.month:02d}{dept}"
        body += f"{self.rng.randint(1, 399):03d}{self.rng.randint(1, 999):03d}"
        number = body + nir.calc_check_digits(body)
        if self.rng.random() < 0.5:
            return number
        parts = (1, 2, 2, 2, 3, 3, 2)
        out, i = [], 0
        for p in parts:
            out.append(number[i : i + p])
            i += p
        return " ".join(out)

    def it_fiscal_code(self, h: Human) -> str:
        """Built from the person's own name and a birth date, as the Agenzia does."""
        d = self.dates.date(start=1950, end=2004)
        day = d.day + (40 if self.rng.random() < 0.5 else 0)
        body = _cf_part(fold(h.last), surname=True) + _cf_part(fold(h.first), surname=False)
        body += f"{d.year % 100:02d}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}"
        body += self.rng.choice(CITIES_IT)
        code = body + codicefiscale.calc_check_digit(body)
        return code if self.rng.random() < 0.8 else code.lower()

    def in_aadhaar(self) -> str:
        while True:
            body = self.rng.choice("23456789") + self.digits(10)
            number = body + verhoeff.calc_check_digit(body)
            if aadhaar.is_valid(number):
                return " ".join((number[:4], number[4:8], number[8:]))

    # ---- secrets ----

    def api_token(self) -> str:
        kind = self.rng.randrange(9)
        if kind == 0:
            return "sk-proj-" + self.chars(64, ALNUM + "-_")
        if kind == 1:
            return "sk-" + self.chars(48)
        if kind == 2:
            return "ghp_" + self.chars(36)
        if kind == 3:
            return (
                "github_pat_11"
                + self.chars(20, string.ascii_uppercase + string.digits)
                + "_"
                + self.chars(59)
            )
        if kind == 4:
            return "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.chars(24)
        if kind == 5:
            return "sk_live_" + self.chars(40)
        if kind == 6:
            return "AIza" + self.chars(35, ALNUM + "-_")
        if kind == 7:
            return "hf_" + self.chars(34, string.ascii_letters)
        return "sk-ant-api03-" + self.chars(93, ALNUM + "-_") + "AA"

    def aws_key_id(self) -> str:
        return self.rng.choice(("AKIA", "ASIA")) + self.chars(16, string.ascii_uppercase + "234567")

    def aws_secret(self) -> str:
        return self.chars(40, ALNUM + "/+")

    def jwt(self) -> str:
        def part(obj: dict[str, object]) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        claims = {"sub": self.digits(9), "iat": 1764000000 + self.rng.randint(0, 99999)}
        return (
            f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.{self.chars(43, ALNUM + '-_')}"
        )

    def password(self) -> str:
        if self.rng.random() < 0.5:
            return self.persons["en"].password(length=self.rng.randint(10, 16))
        word = self.rng.choice(("Sommer", "Kotek", "Sunshine", "Barcelona", "Dragon", "Lapin"))
        return f"{word}{self.rng.randint(1970, 2026)}{self.rng.choice('!#$%?*')}"

    def connection_string(self, user: str, password: str) -> str:
        host = self.rng.choice(
            ("db-prod-2.internal", "10.20.4.17", "pg.eu-west-1.rds.amazonaws.com")
        )
        kind = self.rng.randrange(5)
        if kind == 0:
            return f"postgresql://{user}:{password}@{host}:5432/billing"
        if kind == 1:
            return f"mongodb+srv://{user}:{password}@cluster0.{self.chars(5).lower()}.mongodb.net/app?retryWrites=true"
        if kind == 2:
            return f"mysql://{user}:{password}@{host}:3306/shop"
        if kind == 3:
            return f"Server=tcp:{host},1433;Database=crm;User Id={user};Password={password};"
        return f"amqp://{user}:{password}@{host}:5672/%2F"

    def basic_auth(self, user: str, password: str) -> str:
        return base64.b64encode(f"{user}:{password}".encode()).decode()


def _split_spec(spec: str) -> list[str]:
    """'4a14n' -> ['4a', '14n']."""
    out, cur = [], ""
    for c in spec:
        cur += c
        if c.isalpha():
            out.append(cur)
            cur = ""
    return out


def _cf_part(word: str, surname: bool) -> str:
    word = word.upper() or "X"
    cons = [c for c in word if c not in "AEIOU"]
    vows = [c for c in word if c in "AEIOU"]
    if not surname and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]
