r"""The fast scan's patterns, as plain data: (entity type, pattern, validator name).

One place, so that the edge Worker can export them to JavaScript. The syntax is the common
subset of RE2 (which runs them here, in linear time whatever the input) and JavaScript with the
``u`` flag: no look-around, no backreferences, no possessive quantifiers, repetition counts under
1,000. A leading ``(?i)`` means "case-insensitive" (the ``i`` flag in JavaScript). Capture group 1,
when present, is the reported span; otherwise the whole match. Prefix groups such as
``(?:^|[^0-9])`` stand in for look-behind; for look-ahead, the scanner drops a match whose last
character runs on into the next one (a digit followed by a digit, a letter by a letter).
``\x{2019}`` is RE2's spelling of JavaScript's ``\u{2019}`` (``js_regex`` converts it, and the
leading ``(?i)``); a double quote is written ``\x22`` (``\"`` is an error in JavaScript's ``u``
mode). tests/privacy/test_patterns_js.py runs every pattern in Node and compares the spans.
The validator (see ``validators.py``) accepts, narrows or rejects each candidate: check digits,
phonenumbers' metadata, cue words.
"""

from __future__ import annotations

import importlib.resources
import re
from typing import NamedTuple

from meshroute.privacy.cue_words import (
    DOB_AFTER,
    DOB_CUES,
    DOB_GAP,
    DOB_YEAR_AFTER,
    HEALTH_TERMS,
    HOUSE_NUMBER,
    KIN_CUES,
    PASSWORD_JOINS,
    PASSWORD_KEYS,
    PASSWORD_WORDS,
    PERSON_CUES,
    PERSON_KEYS,
    PHONE_CUES,
    PIN_KEYS,
    RESIDENCE_CUES,
    STREET_ABBREVIATIONS,
    STREET_AFTER,
    STREET_FIRST_OTHER,
    STREET_FIRST_ROMANCE,
    STREET_ROMANCE_PARTICLES,
    STREET_SUFFIXES,
    STREET_WORDS,
)

__all__ = [
    "DEEP_PATTERNS",
    "FAST_PATTERNS",
    "FULL_DATE",
    "HEALTH_TERMS",
    "PHONE_CUES",
    "PatternSpec",
    "js_regex",
]


def _data_lines(name: str) -> list[str]:
    """The entries of a word list in privacy/data (one a line, ``#`` starts a comment)."""
    text = (
        importlib.resources.files("meshroute.privacy").joinpath(f"data/{name}").read_text("utf-8")
    )
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


class PatternSpec(NamedTuple):
    entity: str
    pattern: str
    validator: str  # a name in validators.VALIDATORS; "" accepts every match


def js_regex(pattern: str) -> tuple[str, str]:
    """(source, flags) of a pattern for JavaScript's ``new RegExp(source, flags)``."""
    flags = "u"
    if pattern.startswith("(?i)"):
        pattern, flags = pattern[4:], "iu"
    return re.sub(r"\\x\{([0-9A-Fa-f]+)\}", r"\\u{\1}", pattern), flags


_NOT_DIGIT_BEFORE = r"(?:^|[^0-9])"
_NOT_WORD_BEFORE = r"(?:^|[^0-9A-Za-z_])"
# Month names in 22 languages (data/months.txt, CLDR via bench/build_date_words.py), longest
# first as for the street types
_MONTHS = "|".join(sorted(_data_lines("months.txt"), key=lambda word: (-len(word), word)))
_DATE = (
    r"(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})"
    # year first with dots (Hungarian, Lithuanian: "1990.05.17.", "1978. 11. 05.") or slashes;
    # day and month with a space after each dot (Czech, Slovak, Croatian: "4. 6. 1982")
    r"|[0-9]{4}\.\s?[0-9]{1,2}\.\s?[0-9]{1,2}\.?|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}"
    r"|[0-9]{1,2}\.\s[0-9]{1,2}\.\s?[0-9]{4}"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+)?(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?"
    r"[0-9]{4}"
    rf"|(?:{_MONTHS})\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}}"
    rf"|[0-9]{{4}}\.?\s+(?:{_MONTHS})\.?\s+[0-9]{{1,2}}\.?)"  # Hungarian: "1985. március 12."
)
# A full date in any of the forms above, for the deep scan's cue-less birth dates (cueless_dates)
FULL_DATE = _DATE
# The letters of the European scripts (Latin, Greek, Cyrillic): under (?i), this class keeps
# RE2's automaton far smaller than \p{L} (the password and birth-date patterns ran 8x faster)
_LETTERS = r"a-zA-Z\x{00C0}-\x{024F}\x{0370}-\x{03FF}\x{0400}-\x{04FF}"


def _narrow(pattern: str) -> str:
    """``pattern`` with \\p{L} read as the European letters (``_LETTERS``)."""
    pattern = pattern.replace(r"[^\p{L}]", f"[^{_LETTERS}]")
    pattern = pattern.replace(r"[^0-9\p{L}]", f"[^0-9{_LETTERS}]")
    return pattern.replace(r"\p{L}", f"[{_LETTERS}]")


_NAME = r"\p{Lu}[\p{L}'\x{2019}\-]+"  # a boundary before it: else V8 tries it at each capital
# Streets named with a number: an ordinal ("West 55th Street"), a date's day or a Roman numeral
# before the name ("ul. 3 Maja", "Calle 2 de Mayo", "Rue du 4 Septembre", "via XX Settembre";
# after a Slavic street word, a lower-case month too: "ulici 28. října 15", "ul. 3 maja 14")
_ORDINAL = r"[0-9]{1,3}(?:st|nd|rd|th)"
_DAY = r"(?:[0-9]{1,2}\.?\s+(?:de\s+)?|[IVX]{1,5}\s+)?"
# The USPS street suffixes (data/street_suffixes.txt, bench/build_street_suffixes.py), longest
# first: RE2 and JavaScript take the first alternative that matches, "Street" before "St".
_STREET_EN = "|".join(
    sorted(
        set(STREET_ABBREVIATIONS) | set(_data_lines("street_suffixes.txt")),
        key=lambda word: (-len(word), word),
    )
)
# Lower-case words inside a street's name: "9502 de Nógla Drive", "12 Mac an Iascaire Road"
_STREET_PARTICLES = r"de|du|des|la|le|van|von|der|den|del|della|da|di|do|dos|an|of|the|y|e"
_SECRET_WORDS = r"SECRET|TOKEN|KEY|PASSWORD|PASSWD|PWD|PASS|CREDENTIALS?|AUTH|PRIVATE|SALT|DSN"

FAST_PATTERNS: tuple[PatternSpec, ...] = (
    # --- contact details
    PatternSpec(
        "EMAIL_ADDRESS",
        r"(?:^|[^A-Za-z0-9._%+\-])[._%+\-]*([A-Za-z0-9][A-Za-z0-9._%+\-]*@"
        r"(?:[\p{L}0-9][\p{L}0-9\-]*\.)+[A-Za-z]{2,})",
        "email",
    ),
    # Digit runs that may be a phone number: national ("07911 123456"), international
    # ("+44 7911 123456", "0044 ..."), bracketed area codes. phonenumbers decides.
    PatternSpec(
        "PHONE_NUMBER",
        r"(?:^|[^0-9A-Za-z_+(])"
        r"((?:\(?(?:\+|00)[0-9]{1,3}\)?[ .\-]{0,2}\(?[0-9]|\(?[0-9]{2})[0-9()]*"
        r"(?:[ .\-/]{1,2}\(?[0-9][0-9()]*){0,6})",
        "phone",
    ),
    # --- payment
    PatternSpec("CREDIT_CARD", _NOT_DIGIT_BEFORE + r"([0-9](?:[ \-]{0,2}[0-9]){11,18})", "card"),
    PatternSpec(
        "IBAN_CODE",
        r"(?i)(?:^|[^0-9A-Za-z])([a-z]{2}[0-9]{2}(?:[ \-]?[a-z0-9]{4}){2,7}"
        r"(?:[ \-]?[a-z0-9]{1,4})?)",
        "iban",
    ),
    # --- national identifiers (check digits where the scheme has them)
    PatternSpec(
        "US_SSN",
        _NOT_DIGIT_BEFORE + r"([0-9]{3}[\- ][0-9]{2}[\- ][0-9]{4})",
        "us_ssn",
    ),
    PatternSpec(
        "US_SSN",
        r"(?i)(?:ssn|ss#|social\s+security(?:\s+(?:number|no\.?|#))?)[^0-9A-Za-z]*"
        r"(?:(?:is|was|number|no)[^0-9A-Za-z]{1,6}){0,2}([0-9]{9})",
        "us_ssn",
    ),
    PatternSpec(
        "UK_NINO",
        r"(?i)(?:^|[^0-9A-Za-z])([a-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[a-z])",
        "uk_nino",
    ),
    PatternSpec(
        "DE_TAX_ID",
        _NOT_DIGIT_BEFORE + r"([1-9][0-9] ?[0-9]{3} ?[0-9]{3} ?[0-9]{3})",
        "de_idnr",
    ),
    PatternSpec(
        "PL_PESEL",
        _NOT_DIGIT_BEFORE + r"([0-9]{11})",
        "pl_pesel",
    ),
    PatternSpec(
        "FR_INSEE",
        _NOT_DIGIT_BEFORE
        + r"([12] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[ABab]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2})",
        "fr_nir",
    ),
    PatternSpec(
        "ES_DNI",
        r"(?i)(?:^|[^0-9A-Za-z])([0-9]{8}[ \-]?[a-z])",
        "es_dni",
    ),
    PatternSpec(
        "ES_NIE",
        r"(?i)(?:^|[^0-9A-Za-z])([xyz][ \-]?[0-9]{7}[ \-]?[a-z])",
        "es_nie",
    ),
    PatternSpec(
        "NL_BSN",
        _NOT_DIGIT_BEFORE + r"([0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{3} [0-9]{3} [0-9]{3}|[0-9]{9})",
        "nl_bsn",
    ),
    PatternSpec(
        "IT_FISCAL_CODE",
        r"(?i)(?:^|[^0-9A-Za-z])([a-z]{6}[0-9lmnpqrstuv]{2}[abcdehlmprst][0-9lmnpqrstuv]{2}"
        r"[a-z][0-9lmnpqrstuv]{3}[a-z])",
        "it_cf",
    ),
    PatternSpec(
        "IN_AADHAAR",
        _NOT_DIGIT_BEFORE + r"([0-9]{4}[ \-]?[0-9]{4}[ \-]?[0-9]{4})",
        "in_aadhaar",
    ),
    PatternSpec(
        "IN_PAN",
        r"(?i)(?:^|[^0-9A-Za-z])([a-z]{3}[abcfghljptk][a-z][0-9]{4}[a-z])",
        "in_pan",
    ),
    PatternSpec(
        "US_PASSPORT",
        r"(?i)passport(?:\s*(?:number|no\.?|#|num))?[^0-9A-Za-z]*(?:is\s+)?"
        r"([a-z]?[0-9]{8,9})",
        "",
    ),
    PatternSpec(
        "US_DRIVER_LICENSE",
        r"(?i)(?:driver'?s?|driving)\s+licen[cs]e(?:\s*(?:number|no\.?|#))?[^0-9A-Za-z]*"
        r"(?:is\s+)?([a-z]{0,2}[0-9][0-9a-z\-]{4,16})",
        "",
    ),
    # --- dates of birth and addresses
    PatternSpec(
        "DATE_OF_BIRTH",
        _narrow(rf"(?i)(?:^|[^\p{{L}}])(?:{DOB_CUES}){DOB_GAP}({_DATE})"),
        "birth_date",
    ),
    PatternSpec(
        "DATE_OF_BIRTH",
        _narrow(
            rf"(?i)(?:^|[^0-9\p{{L}}])({_DATE})(?:-?\p{{L}}{{1,3}})?[\s,]*(?:{DOB_AFTER})"
            r"(?:$|[^\p{L}])"
        ),
        "birth_date",
    ),
    # a birth year alone, where the cue says it is one ("1987 doğumlu")
    PatternSpec(
        "DATE_OF_BIRTH",
        rf"(?i)(?:^|[^0-9])((?:19|20)[0-9]{{2}})\s*(?:{DOB_YEAR_AFTER})",
        "birth_date",
    ),
    PatternSpec(
        "STREET_ADDRESS",
        rf"(?:^|[^0-9A-Za-z])([0-9]{{1,5}}[A-Za-z]?(?:-[0-9]{{1,5}})?,?\s+"
        rf"(?:(?:{_STREET_PARTICLES})\s+)?(?:(?:{_NAME}|{_ORDINAL})\s+(?:(?:{_STREET_PARTICLES})\s+)?){{1,4}}"
        rf"(?:{_STREET_EN})\.?(?:,?\s+(?:Apt|Apartment|Suite|Unit|Flat)\.?\s*#?[0-9A-Za-z]{{1,6}})?)",
        "",
    ),
    PatternSpec(
        "STREET_ADDRESS",
        rf"(?:^|[^\p{{L}}\-])(\p{{Lu}}[\p{{L}}\-]*(?:{STREET_SUFFIXES}|\s(?:{STREET_WORDS}))"
        r"\s+[0-9]{1,4}[a-zA-Z]?(?:[/\-][0-9]{1,4})?)",
        "",
    ),
    PatternSpec(
        "STREET_ADDRESS",
        r"(?:^|[^0-9])([0-9]{1,4}(?:\s?(?:bis|ter))?,?\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|"
        r"[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Cc]ours|ul\.|ulica)\s+"
        rf"(?:(?:de|du|des|de la|d'|l')\s*)?{_DAY}{_NAME}(?:\s+{_NAME}){{0,3}})",
        "",
    ),
    # The street word first (Spanish, Italian, Portuguese, Catalan, Romanian), in either case:
    # "c/ de Alcalá, 120", "Rua das Flores, 45", "Str. Mihai Eminescu nr. 10"
    PatternSpec(
        "STREET_ADDRESS",
        rf"(?:^|[^\p{{L}}])((?:{STREET_FIRST_ROMANCE})\s*(?:(?:{STREET_ROMANCE_PARTICLES})\s*)?"
        rf"{_DAY}{_NAME}(?:\s+(?:(?:{STREET_ROMANCE_PARTICLES})\s+)?{_NAME}){{0,3}}{HOUSE_NUMBER})",
        "",
    ),
    # Italian "via" in lower case only where it starts an address ("abito in via Garibaldi 23",
    # "indirizzo: via Roma 1"): the English preposition precedes names too ("via Windows 10")
    PatternSpec(
        "STREET_ADDRESS",
        r"(?:^|[:,]\s*|[^\p{L}](?:in|di|da|a|su)\s+)(via\s+"
        rf"(?:(?:{STREET_ROMANCE_PARTICLES})\s*)?{_DAY}{_NAME}(?:\s+{_NAME}){{0,3}}{HOUSE_NUMBER})",
        "",
    ),
    # The street word first, then the name and the number (Polish, Czech, Slovak, Croatian,
    # Ukrainian, Russian, Bulgarian, Greek): "ul. Marszałkowska 10/12", "вул. Хрещатик, буд. 22",
    # "Ulici kralja Zvonimira 14", "οδός Πατησίων 76"
    PatternSpec(
        "STREET_ADDRESS",
        rf"(?:^|[^\p{{L}}])((?:{STREET_FIRST_OTHER})\s*"
        rf"(?:{_DAY}{_NAME}|[0-9]{{1,2}}\.?\s+(?:{_MONTHS}))(?:\s+(?:\p{{Ll}}{{1,8}}\s+)?{_NAME}){{0,3}}"
        rf"{HOUSE_NUMBER})",
        "",
    ),
    # The street word after the name (Hungarian, Turkish, Slovenian, Croatian, Czech, Russian):
    # "Váci utca 5", "Kossuth Lajos u. 5", "Gül Sok. No 7", "Slovenska cesta 10"
    PatternSpec(
        "STREET_ADDRESS",
        rf"(?:^|[^\p{{L}}'\x{{2019}}\-])(?:\p{{Ll}}{{0,4}}['\x{{2019}}])?({_NAME}(?:\s+{_NAME}){{0,2}}\s+(?:{STREET_AFTER}){HOUSE_NUMBER})",
        "",
    ),
    # A name and a house number before a postcode and a town that ends the line or the clause,
    # whatever the street's word (or none: "Vinohradská 1234/56, 120 00 Praha", "Am Stadtpark 7,
    # 80331 München"); not a four-digit code that could be a recent year (19xx, 20xx), and not
    # a date before a source's year ("Address, July 19, 1984\nThe ideas ...")
    PatternSpec(
        "STREET_ADDRESS",
        rf"(?:^|[^\p{{L}}'\x{{2019}}\-])(?:\p{{Ll}}{{0,4}}['\x{{2019}}])?({_NAME}(?:\s+(?:\p{{Ll}}{{1,4}}\s+)?{_NAME}){{0,3}}\s+[0-9]{{1,4}}[a-zA-Z]?"
        r"(?:[/\-][0-9]{1,4})?),\s*(?:[A-Z]{1,2}-)?(?:[0-9]{5}|[0-9]{4}\s?[A-Z]{2}|[013-9][0-9]{3}|"
        r"2[1-9][0-9]{2}|[0-9]{3}\s[0-9]{2}|[0-9]{2}-[0-9]{3})[ \t]+\p{Lu}[\p{L}\-]+"
        r"(?:[ \t]+\p{L}[\p{L}\-]*){0,2}[ \t]*(?:$|[\n\r,;.)!?])",
        "",
    ),
    # an ordinal street and the house number after it, as Europeans write a US address:
    # "5th Avenue 12, New York" (the address ends there: not "5th Avenue 2 blocks north")
    PatternSpec(
        "STREET_ADDRESS",
        rf"(?:^|[^0-9A-Za-z])({_ORDINAL}\s+(?:Avenue|Street|Ave|St)\.?\s+[0-9]{{1,5}}[A-Za-z]?)"
        r"(?:$|[,;\n)])",
        "",
    ),
    # English in lower case after a residence or delivery word: "i live at 221b baker street"
    PatternSpec(
        "STREET_ADDRESS",
        _narrow(
            r"(?i)(?:^|[^\p{L}])(?:live|lives|living|stay|staying|moved|move|ship|send|sent|deliver|"
            r"mail|post|address|addr)(?:(?:\s+[a-z]{1,12}){0,3}\s+(?:is|at|to|in))?[\s:]+"
            r"([0-9]{1,5}[a-z]?\s+(?:(?:[a-z]+(?:['\x{2019}]s)?|[0-9]{1,3}(?:st|nd|rd|th))\s+){1,3}"
            r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|close|court|ct|way|"
            r"place|crescent|terrace|grove|gardens|square)\.?)(?:$|[^\p{L}])"
        ),
        "",
    ),
    # --- secrets
    PatternSpec("API_TOKEN", r"(sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_\-]{32,})", "token"),
    PatternSpec(
        "API_TOKEN",
        r"(?:^|[^A-Za-z0-9_\-])(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{32,})",
        "token",
    ),
    PatternSpec("API_TOKEN", r"(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})", "token"),
    PatternSpec("API_TOKEN", r"(xox[abposr]-(?:[0-9]+-)+[A-Za-z0-9]{10,})", "token"),
    PatternSpec(
        "API_TOKEN",
        r"(https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+)",
        "token",
    ),
    PatternSpec("API_TOKEN", r"((?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{20,})", "token"),
    PatternSpec("API_TOKEN", r"(AIza[0-9A-Za-z_\-]{35})", "token"),
    PatternSpec("API_TOKEN", r"(hf_[A-Za-z0-9]{30,}|glpat-[A-Za-z0-9_\-]{20,})", "token"),
    PatternSpec("API_TOKEN", r"\b([0-9]{8,10}:AA[A-Za-z0-9_\-]{33,})", "token"),  # Telegram bot
    PatternSpec("API_TOKEN", r"(SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,})", "token"),
    PatternSpec(
        "API_TOKEN",
        r"(eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,})",
        "token",
    ),
    PatternSpec(
        "AWS_ACCESS_KEY",
        r"(?:^|[^A-Z0-9])((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16})",
        "token",
    ),
    PatternSpec(
        "AWS_SECRET_KEY",
        r"(?i)aws_secret_access_key[\x22']?\s*[:=]\s*[\x22']?([A-Za-z0-9/+=]{40})",
        "token",
    ),
    # HTTP auth: "Authorization: Bearer x", "Authorization: Basic dXNlcjpwYXNz", "-H 'X-Api-Key: x'"
    PatternSpec(
        "AUTH_HEADER",
        r"(?i)(?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token)\s*[:=]\s*"
        r"[\x22']?(?:(?:bearer|basic|token|digest|apikey)\s+)?([^\s\x22',;]{8,})",
        "secret_value",
    ),
    PatternSpec(
        "AUTH_HEADER", r"(?i)(?:bearer|basic)\s+([A-Za-z0-9_\-.=+/~]{16,})", "secret_value"
    ),
    # curl -u user:pass, --user user:pass, wget --password x
    PatternSpec(
        "PASSWORD",
        r"(?:^|\s)(?:-u|--user|--proxy-user)\s*[\x22']?([^\s\x22':]+:[^\s\x22']{3,})",
        "user_password",
    ),
    # .env / shell lines: SECRET_KEY=..., export SENDGRID_API_KEY="SG...."
    PatternSpec(
        "SECRET",
        rf"(?:^|[^A-Za-z0-9_])[A-Za-z0-9_]*(?:{_SECRET_WORDS})[A-Za-z0-9_]*\s*[:=]\s*[\x22']?"
        r"([^\s\x22'#]{6,})",
        "secret_value",
    ),
    # "password: x", "my gmail pw is x", "Passwort für den Router: x", "la password della mail
    # è x", "пароль від пошти — x": up to three short words between the word and its join
    PatternSpec(
        "PASSWORD",
        _narrow(
            rf"(?i)(?:^|[^\p{{L}}])(?:{PASSWORD_KEYS})[\x22']?(?:[ \t]+\p{{L}}{{1,8}}){{0,3}}[ \t]*"
            rf"(?:[:=\x{{2013}}\x{{2014}}]|[ \t]-[ \t]|[ \t](?:{PASSWORD_JOINS})[ \t:])"
            r"\s*[\x22'`]?([^\s\x22'`,;]{4,})"
        ),
        "password",
    ),
    # no join, a letter and a digit: "şifresi ankara2023", "passordet hun har ... er Fjellet99"
    PatternSpec(
        "PASSWORD",
        _narrow(
            rf"(?i)(?:^|[^\p{{L}}])(?:{PASSWORD_WORDS})(?:[ \t,]+\p{{L}}{{1,8}}){{0,5}}[ \t,]+"
            r"((?:\p{L}[^\s\x22'`,;()\[\]{}<>]*[0-9]|[0-9][^\s\x22'`,;()\[\]{}<>]*\p{L})"
            r"[^\s\x22'`,;()\[\]{}<>]*)"
        ),
        "password",
    ),
    # a PIN after up to five words and a join: "the pin for my debit card is 7712",
    # "il pin del mio bancomat è 6617", "pin do mojej karty to 2288" ...
    PatternSpec(
        "PASSWORD",
        _narrow(
            rf"(?i)(?:^|[^\p{{L}}])(?:{PIN_KEYS})(?:[ \t]+[^\s0-9:=]+){{0,5}}[ \t]*"
            rf"(?:[:=]|[ \t](?:{PASSWORD_JOINS})[ \t:])[ \t]*[\x22'`]?([0-9]{{4,8}})"
            r"(?:$|[\s;:!?)\x22'`]|[.,](?:$|[^0-9]))"
        ),
        "",
    ),
    # ... or without a join, where a language drops it ("пин-код от моей карты 5819",
    # "banka şifresi 7730"; a password word too): not a year ("pin the post from 2024")
    PatternSpec(
        "PASSWORD",
        _narrow(
            rf"(?i)(?:^|[^\p{{L}}])(?:{PIN_KEYS}|{PASSWORD_WORDS})"
            r"(?:[ \t]+[^\s0-9:=]+){0,4}[ \t]+((?:[013-9][0-9]|2[1-9])[0-9]{2}|[0-9]{5,8})"
            r"(?:$|[\n;!?)]|[.,](?:$|[^0-9]))"
        ),
        "",
    ),
    # an e-mail address and a password: "login: anna@firma.pl / Bluebird#12"
    PatternSpec(
        "PASSWORD",
        r"(?:^|[^A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*[/|]\s*([^\s\x22'`,;@]{6,})",
        "password",
    ),
    PatternSpec(
        "CONNECTION_STRING",
        r"(?:^|[^a-zA-Z0-9+.\-])[0-9+.\-]*([a-zA-Z][a-zA-Z0-9+.\-]+://[^\s:/@\x22'<>]+:"
        r"[^\s@/\x22'<>]+@[^\s/\x22'<>]+(?:/[^\s\x22'<>]*)?)",
        "connection_url",
    ),
    PatternSpec(
        "CONNECTION_STRING",
        r"(?i)((?:server|host|data\s+source|endpoint|accountname)\s*=[^;\n]+;"
        r"(?:[^;\n]+;){0,6}\s*(?:password|pwd|accountkey)\s*=[^;\s]{4,})",
        "",
    ),
    PatternSpec(
        "PRIVATE_KEY",
        r"(-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,\-]*"
        r"(?:-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----)?)",
        "",
    ),
)

_PARTICLES = r"van|von|de|da|del|der|di|le|la|bin|al|ibn|ben"

# The deep scan's patterns (run only before a public target): people named after a cue, health
# terms (kept only in a sentence about a person), places where someone lives.
DEEP_PATTERNS: tuple[PatternSpec, ...] = (
    PatternSpec(
        "PERSON",
        rf"(?:^|[^\p{{L}}])(?:{PERSON_CUES})\s+({_NAME}(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+)?"
        rf"{_NAME}){{0,3}})",
        "cued_name",
    ),
    PatternSpec(  # "my sister-in-law Rachel", "moja siostra Ania" (cue_words.KIN_CUES)
        "PERSON",
        rf"(?:^|[^\p{{L}}])(?:{KIN_CUES})\s+({_NAME}(?:[ \t]+{_NAME}){{0,2}})",
        "kin_name",
    ),
    PatternSpec("PERSON", r"(?:我叫|我的名字是|私の名前は)([\p{Han}\p{Katakana}]{2,6})", ""),
    # A value of two to four words under a key that names a person, in JSON, YAML, forms and
    # query strings, whatever its case: "customer_name": "omodunni ojo", "Patient: nowak anna".
    # The value must end at a quote, comma, brace or line end ("name: my report.docx" does not);
    # the key starts a line or follows punctuation ("tool name: search web" is not a person's).
    PatternSpec(
        "PERSON",
        rf"(?i)(?:^|\n[ \t]*|[^\p{{L}} \t])(?:{PERSON_KEYS})[\x22']?\s*[:=]\s*[\x22']?"
        r"(\p{L}[\p{L}'\-]*(?:[ \t]+\p{L}[\p{L}'\-]*){1,3})[ \t]*(?:[\x22',;}&\r\n]|$)",
        "",
    ),
    PatternSpec("MEDICAL", rf"(?i)(?:^|[^a-z])({HEALTH_TERMS})", "personal_health"),
    PatternSpec(
        "LOCATION",
        rf"(?i)(?:^|[^a-z])(?:{RESIDENCE_CUES})\s+(?:in\s+|at\s+|to\s+|à\s+|en\s+)?"
        r"((?-i:\p{Lu}[\p{L}\-]+)(?:[ \-](?-i:\p{Lu}[\p{L}\-]+)){0,2})",
        "place",
    ),
)
