"""Validators named in ``patterns.py``: each takes the scanned (normalised) text and a
candidate span, and returns the span to report (possibly narrowed) or None to drop it.

Check digits come from python-stdnum (maintained implementations of each national scheme),
phone numbers from phonenumbers' metadata; only the glue is written here. Every validator works
on a bounded candidate (the patterns cap their length), so the scan stays linear.
"""

from __future__ import annotations

import datetime
import functools
import importlib.resources
import math
import re
from collections import Counter
from collections.abc import Callable

from meshroute.privacy.birthdays import after, birthday_event
from meshroute.privacy.domains import has_public_suffix
from meshroute.privacy.names import cued_name, kin_name, personal_health, place
from meshroute.privacy.patterns import PHONE_CUES
from meshroute.privacy.phones import phone_span

__all__ = ["OLDEST_BIRTH_YEAR", "VALIDATORS", "Span", "Validator", "has_cue"]

Span = tuple[int, int]
Validator = Callable[[str, int, int], Span | None]

_CUE_REACH = 40


def has_cue(
    text: str, start: int, end: int, cues: re.Pattern[str], reach: int = _CUE_REACH
) -> bool:
    """A cue word within ``reach`` characters before the span (or 16 after it). Python's re is
    safe here: the pattern is a list of literal words and it reads at most ``reach`` chars."""
    before = text[max(0, start - reach) : start].lower()
    after = text[end : end + 16].lower()
    return cues.search(before) is not None or cues.search(after) is not None


def _cue(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _compact(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


def _national_id(module: object, cues: str, *, bare_alone: bool = True) -> Validator:
    """A national identifier: its check digits pass, or a cue word names it (a mistyped ID next
    to "PESEL" is still someone's PESEL: fail closed). Schemes whose bare digit run is too common
    (9-12 random digits pass a mod-11 check one time in eleven) need the cue for a bare run."""
    is_valid: Callable[[str], bool] = module.is_valid  # type: ignore[attr-defined]
    pattern = _cue(cues)

    def check(text: str, start: int, end: int) -> Span | None:
        if has_cue(text, start, end, pattern):
            return start, end
        if not is_valid(_compact(text[start:end])):
            return None
        if not bare_alone and text[start:end].isdigit():
            return None
        return start, end

    return check


def _card(text: str, start: int, end: int) -> Span | None:
    """The earliest, then longest, run of whole digit groups that is written like a card and
    passes Luhn with a card's length and prefix. Groups after the card are left out, so
    "4111 1111 1111 1111 12/27 123" yields the card and not a 19-digit non-card. Linear in the
    number of groups (at most five groupings are tried from each group)."""
    from stdnum import luhn

    groups = [(m.start() + start, m.end() + start) for m in re.finditer(r"[0-9]+", text[start:end])]
    for first in range(len(groups)):
        best = None
        for last in _card_group_ends(groups, first):
            lo, hi = groups[first][0], groups[last][1]
            digits = _digits(text[lo:hi])
            if _card_prefix(digits) and luhn.is_valid(digits) and not text[hi : hi + 1].isdigit():
                best = (lo, hi)
        if best is not None:
            return best
    return None


def _card_group_ends(groups: list[tuple[int, int]], first: int) -> list[int]:
    """Indices of the last group of each card grouping that starts at ``first``: one run of
    12-19 digits, groups of four (the last one 1-4 digits), or Amex/Diners 4-6-5 and 4-6-4."""
    lengths = [hi - lo for lo, hi in groups[first : first + 6]]
    if 12 <= lengths[0] <= 19:
        return [first]
    if lengths[0] != 4:
        return []
    ends = []
    if len(lengths) >= 3 and lengths[1] == 6 and lengths[2] in (4, 5):
        ends.append(first + 2)
    for k in range(1, len(lengths)):
        if not 1 <= lengths[k] <= 4:
            break
        ends.append(first + k)
        if lengths[k] != 4:
            break
    return ends


# Issuer prefixes of the cards outside the 13-19-digit, 2-6-prefix rule: 12-digit Maestro,
# 15-digit JCB (1800, 2131), UATP (1).
_MAESTRO_12 = ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763")


def _card_prefix(digits: str) -> bool:
    if len(digits) == 12:
        return digits.startswith(_MAESTRO_12)
    if 13 <= len(digits) <= 19:
        return (
            digits[0] in "23456"
            or digits.startswith(("1800", "2131"))
            or (len(digits) == 15 and digits[0] == "1")
        )
    return False


def _iban(text: str, start: int, end: int) -> Span | None:
    """Mod-97 and the country's length; not the national check digits inside the BBAN (a
    mistyped account number is still someone's account)."""
    from stdnum import iban

    value = text[start:end]
    cuts = [m.start() for m in re.finditer(r"[ \-]", value)] + [len(value)]
    for cut in sorted(cuts, reverse=True):
        if iban.is_valid(_compact(value[:cut]), check_country=False):
            return start, start + cut
    compact = _compact(value)  # unspaced IBAN followed by letters: try each length
    for length in range(len(compact), 14, -1):
        if iban.is_valid(compact[:length], check_country=False) and " " not in value:
            return start, start + length
    return None


_SSN_INVALID_AREAS = frozenset({"000", "666"})


def _us_ssn(text: str, start: int, end: int) -> Span | None:
    digits = _digits(text[start:end])
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in _SSN_INVALID_AREAS or area[0] == "9" or group == "00" or serial == "0000":
        return None
    if len(set(digits)) == 1 or digits in ("123456789", "987654321"):
        return None
    return start, end


_NINO_CUE = _cue(r"national insurance|ni number|ni no|nino|nin")


def _uk_nino(text: str, start: int, end: int) -> Span | None:
    # No check digit. The letters HMRC never uses are refused; unallocated prefixes (GB, ZZ)
    # still count: a value written as an NI number is treated as one. The suffix is A-D, or
    # any letter after a cue word.
    value = _compact(text[start:end])
    if value[0] in "DFIQUV" or value[1] in "DFIQUVO":
        return None
    if value[-1] not in "ABCD" and not has_cue(text, start, end, _NINO_CUE):
        return None
    return start, end


def _email(text: str, start: int, end: int) -> Span | None:
    local, domain = text[start:end].rsplit("@", 1)
    if _documentation(domain.lower()) and local.lower() in _EXAMPLE_LOCALS:
        return None  # "you@example.com": no one's; "agnieszka.k@example.com" still counts
    return (start, end) if has_public_suffix(domain) else None


def _documentation(domain: str) -> bool:
    """RFC 2606's second-level names for documentation, and their subdomains (its .test,
    .invalid and .example have no public suffix: those addresses are never flagged)."""
    return any(
        domain == base or domain.endswith("." + base)
        for base in ("example.com", "example.net", "example.org")
    )


# The local parts documentation puts before those domains (written by hand: no package lists
# them); a real-looking local part at a placeholder domain is still someone's
_EXAMPLE_LOCALS = frozenset(
    {
        "you", "user", "username", "name", "your.name", "yourname", "your_name", "someone",
        "somebody", "test", "tester", "foo", "bar", "baz",
        "alice", "bob", "carol", "dave", "eve", "admin", "info", "noreply",
        "no-reply", "contact", "support", "hello", "me", "email", "mail", "example", "sample",
        "demo", "first.last", "firstname.lastname",
    }
)  # fmt: skip


def _phone(text: str, start: int, end: int) -> Span | None:
    return phone_span(text, start, end, lambda: has_cue(text, start, end, _PHONE_CUE))


_PHONE_CUE = _cue(PHONE_CUES)

_PLACEHOLDERS = frozenset(
    {
        "password", "passwd", "pass", "secret", "changeme", "change_me", "example", "xxx",
        "xxxx", "xxxxxx", "xxxxxxxx", "****", "******", "********", "<password>",
        "your_password", "yourpassword", "mypassword", "user", "username", "pwd", "redacted",
        "hidden", "none", "null", "true", "false", "token", "your_token", "your-api-key",
        "your_api_key", "required", "optional", "string", "undefined", "placeholder",
    }
)  # fmt: skip


def _entropy(value: str) -> float:
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _classes(value: str) -> int:
    return sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )


# Inside a value, a word between separators that says it is to be replaced: "replace-me-in-prod",
# "dummy-token"; not "Dummy4Life!" or "Xk9#dummyQ7" (a real password that holds the letters)
_PLACEHOLDER_WORD = re.compile(
    r"(?:^|[-_.:/ ])(?:replace[-_]?me|change[-_]?me|dummy|placeholder)(?:[-_.:/ ]|$)"
    # the whole value a fill-in naming a credential ("sk-your-key-here", "insert_token_here";
    # not "Enter-Here-2024", "put_it_here", "enter_the_dragon_here")
    r"|^(?:[a-z]{2,4}[-_])?(?:your|insert|enter|put)[-_](?:your[-_])?(?:api[-_]?|secret[-_])?"
    r"(?:key|token|secret|password|pass|pwd)[-_]here$"
)


def _looks_placeholder(value: str) -> bool:
    lowered = value.lower().strip(".,;:)]}>!?")
    if lowered in _PLACEHOLDERS or "example" in lowered or "xxxx" in lowered:
        return True
    if _PLACEHOLDER_WORD.search(lowered):
        return True
    # Environment and template look-ups, not values: ${X}, $X, %(x)s, {{x}}, <your key>.
    return lowered.startswith(("${", "$(", "%(", "{{", "<", "os.", "env", "process.", "getenv"))


def _token(text: str, start: int, end: int) -> Span | None:
    value = text[start:end]
    if _looks_placeholder(value) or "your" in value.lower() or _entropy(value) < 3.0:
        return None
    return start, end


def _secret_value(text: str, start: int, end: int) -> Span | None:
    value = text[start:end].rstrip(".,;:)]}>!?")
    if _looks_placeholder(value) or len(value) < 6:
        return None
    if value.startswith("$") and re.fullmatch(r"\$[A-Za-z_][A-Za-z0-9_]*", value):
        return None  # $VARIABLE
    if _classes(value) < 2 and _entropy(value) < 3.0:
        return None  # a plain word: "AUTH_MODE=disabled"
    return start, start + len(value)


def _password(text: str, start: int, end: int) -> Span | None:
    value = text[start:end].rstrip(".,;:)]}>") or text[start:end]
    if _looks_placeholder(value):
        return None
    if value.isalpha() and text[max(0, start - 4) : start].rstrip(" \t\x22'`")[-1:] in (":", "="):
        # a passphrase as a label's value: "mot de passe du wifi : chat rouge mange pomme"
        # (not after a join: "pass to Tommy and Julie" is prose)
        words, phrase_end = _phrase(text, start)
        if _passphrase(words):
            return start, phrase_end
    # A plain word ("required", "incorrect") is prose, not a disclosed password; a value that
    # starts with a symbol ("!Xk9", "#hunter2") is a password.
    if len(value) < 6 or _classes(value) < 2:
        return None
    return start, start + len(value)


_PASSPHRASE_WORDS = 4  # a longer run of words after a password label is read as prose
_CLAUSE_END = re.compile(r"[.,;:!?()\[\]{}\x22\n]")
_NON_SPACE = re.compile(r"\S+")
# Written by hand: English function words (data/function_words.txt, from spaCy's stop words,
# leaves English out): two of them, or of any language's, make a phrase prose
_ENGLISH_FUNCTION = frozenset(
    (
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "as", "is", "are", "be", "been", "must", "should", "can", "will", "may", "your",
        "you", "it", "this", "that", "not", "no", "least", "here", "has", "have", "more", "than",
        "if", "too",
    )
)  # fmt: skip
# Written by hand (stop-word lists hold no such verbs): the words of a password form's
# instructions ("please enter", "click here", "must contain"), counted as function words: a
# phrase with two of them is an instruction, not a passphrase
_INSTRUCTION_WORDS = frozenset(("please", "click", "enter", "use", "contain", "contains"))


@functools.cache
def _function_words() -> frozenset[str]:
    data = importlib.resources.files("meshroute.privacy").joinpath("data/function_words.txt")
    lines = data.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines) | _ENGLISH_FUNCTION | _INSTRUCTION_WORDS


def _phrase(text: str, start: int) -> tuple[list[str], int]:
    """The words from ``start`` to the end of the clause on its line, at most nine, and where
    the last of them ends (found by offset: the last word may also sit inside an earlier one,
    "chatte rouge mange chat")."""
    window = text[start : start + 256]  # a bounded read, as structured_values._MAX_VALUE
    stop = _CLAUSE_END.search(window)
    found = list(_NON_SPACE.finditer(window, 0, stop.start() if stop else len(window)))[:9]
    return [m.group() for m in found], start + (found[-1].end() if found else 0)


def _prose(words: list[str]) -> bool:
    """A sentence after a label, not a value: five words or more, or a number among them
    ("must contain 8 characters", "kattintson az elfelejtett jelszó linkre")."""
    if len(words) < 2:
        return False
    return len(words) > _PASSPHRASE_WORDS or any(not w.isalpha() for w in words)


def _passphrase(words: list[str]) -> bool:
    """Three or four words of letters, not two function words among them ("files and more")."""
    if not 3 <= len(words) <= _PASSPHRASE_WORDS or _prose(words):
        return False
    return sum(w.lower() in _function_words() for w in words) < 2


def _user_password(text: str, start: int, end: int) -> Span | None:
    password = text[start:end].split(":", 1)[1]
    if _looks_placeholder(password) or password.startswith("$"):
        return None
    return start, end


def _connection_url(text: str, start: int, end: int) -> Span | None:
    credentials = text[start:end].split("://", 1)[1].rsplit("@", 1)[0]
    secret = credentials.split(":", 1)[1] if ":" in credentials else ""
    if not secret or _looks_placeholder(secret) or secret.startswith(("{", "$", "%", "<")):
        return None
    return start, end


_YEAR = re.compile(r"[0-9]{4}")
OLDEST_BIRTH_YEAR = 1900  # before it, the person has died: "born 1 March 1810" is history


def _birth_date(text: str, start: int, end: int) -> Span | None:
    """A date of birth of someone who may be alive: not a historical figure's, not a future
    one (data protection law covers the living; cueless_dates reads the same first year), not
    a birthday party's date, not a notable person's."""
    match = _YEAR.search(text, start, end)
    today = datetime.date.today()
    if match and not OLDEST_BIRTH_YEAR <= int(match.group()) <= today.year:
        return None
    clause = _clause_before(text, start)
    upcoming = match is not None and int(match.group()) == today.year
    if birthday_event(clause, upcoming and after(text[start:end], today)):
        return None
    return None if _notable_before(text, start, clause) else (start, end)


_CLAUSE_REACH = 100  # characters before a date read for its clause
_CONTEXT_REACH = 160  # around it for private context (private_context reads 150)
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}\.\s")


def _clause_before(text: str, start: int) -> str:
    """The sentence before a date, at most _CLAUSE_REACH characters, lower case: from the
    last line break or sentence end ("." after a word of three letters or more; not "F.",
    "geb.", "ur.")."""
    window = text[max(0, start - _CLAUSE_REACH) : start]
    cut = max(window.rfind("\n"), window.rfind("!"), window.rfind("?"))
    for found in _SENTENCE_END.finditer(window):
        cut = max(cut, found.end() - 1)
    return window[cut + 1 :]


# Written by hand (short and closed): the particles that join capitalised words into one name
# ("Ludwig van Beethoven", "Leonardo da Vinci"), so the notable-name check reads the whole name
_NAME_JOINS = frozenset(("de", "da", "di", "del", "della", "van", "von", "der", "du", "la", "le"))
_PUNCTUATION = "()[]{},;:!?\x22'`\u201c\u201d\u201e\u00ab\u00bb"


def _name_run(clause: str) -> list[str]:
    """The last run of capitalised words (with their particles) in the clause."""
    run: list[str] = []
    for token in reversed(clause.split()):
        word = token.strip(_PUNCTUATION).rstrip(".")
        if (word[:1].isupper() and word[:1].isalpha()) or (run and word in _NAME_JOINS):
            run.insert(0, word)
        elif run:
            break
    return run


@functools.cache
def _notable_surnames() -> frozenset[str]:
    """The last words of the notable names, and of those a private person may share."""
    from meshroute.privacy.notable import notable_names, public_forms

    names = notable_names() | public_forms().common
    return frozenset(name.rsplit(" ", 1)[-1] for name in names)


def _notable_before(text: str, start: int, clause: str) -> bool:
    """The nearest name before the date in its sentence (two capitalised words or more) is a
    notable person's ("Václav Havel se narodil 5. října 1936", "Der Physiker Albert Einstein"),
    as for the names themselves (notable.NotableFilter): a name a private person may share
    only when no private context is near. A first name alone ("my son Jan") is never read."""
    run = _name_run(clause)
    if len(run) < 2:
        return False
    from meshroute.privacy.notable import _is_notable, key_of, notable_names, public_forms

    if key_of(run[-1]) not in _notable_surnames():
        return False  # one set look-up for most names: no notable person's last word
    names = [" ".join(run[-size:]) for size in (2, 3, 4) if size <= len(run)]
    if any(_is_notable(name, notable_names()) for name in names):
        return True
    if not any(key_of(name) in public_forms().common for name in names):
        return False
    from meshroute.privacy.private_context import PrivateContext

    # the context of a window around the date only: a text's whole pass costs ~1 ms per call
    lo = max(0, start - len(clause) - _CONTEXT_REACH)
    window = text[lo : start + _CONTEXT_REACH]
    return not PrivateContext(window).near(start - len(clause) - lo, start - lo)


def _build() -> dict[str, Validator]:
    from stdnum.de import idnr
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.in_ import aadhaar, pan
    from stdnum.it import codicefiscale
    from stdnum.nl import bsn
    from stdnum.pl import pesel

    return {
        "email": _email,
        "phone": _phone,
        "card": _card,
        "iban": _iban,
        "us_ssn": _us_ssn,
        "uk_nino": _uk_nino,
        "de_idnr": _national_id(idnr, r"steuer[a-z\-]*|identifikationsnummer|idnr|tax id|tin"),
        "pl_pesel": _national_id(pesel, r"pesel"),
        "fr_nir": _national_id(
            nir, r"s[ée]curit[ée] sociale|insee|nir|s[ée]cu|carte vitale|social security"
        ),
        "es_dni": _national_id(dni, r"dni|nif|documento"),
        "es_nie": _national_id(nie, r"nie|extranjero"),
        "nl_bsn": _national_id(bsn, r"bsn|burgerservicenummer|sofi", bare_alone=False),
        "it_cf": _national_id(codicefiscale, r"codice fiscale|cf|c\.f\."),
        "in_aadhaar": _national_id(aadhaar, r"aadhaa?r|uidai|uid", bare_alone=False),
        "in_pan": _national_id(pan, r"pan|permanent account"),
        "token": _token,
        "secret_value": _secret_value,
        "password": _password,
        "user_password": _user_password,
        "connection_url": _connection_url,
        "birth_date": _birth_date,
        "cued_name": cued_name,
        "kin_name": kin_name,
        "personal_health": personal_health,
        "place": place,
    }


VALIDATORS: dict[str, Validator] = _build()
