# ruff: noqa: RUF001, RUF003
"""Validators of the deep scan's person-tied patterns: a name after a cue word, and health
terms in a sentence about a particular person."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from meshroute.privacy.ordinary_words import is_ordinary
from meshroute.privacy.public_names import function_words
from meshroute.privacy.public_question import first_person, multiple_choice
from meshroute.privacy.public_words import public_tag

if TYPE_CHECKING:
    from meshroute.privacy.gazetteer import GazetteerNames

__all__ = [
    "CASE_SWAPS",
    "CYRILLIC_SWAPS",
    "SUBJECT_VERBS",
    "case_pair",
    "cued_name",
    "elided_function_word",
    "inflected_given",
    "initial_after",
    "kin_name",
    "letter_line",
    "line_start",
    "lower_pair",
    "personal_health",
    "place",
    "sentence_start",
]

_NOT_NAMES = frozenset(
    (
        "Sir", "Madam", "Team", "All", "Customer", "Customers", "User", "Users", "Hiring",
        "Manager",
        "Colleagues", "Friends", "Everyone", "Valued", "Members", "Students", "Parents", "Reader",
        "Candidate", "Applicant", "Support", "The", "A", "An", "I", "We", "Who", "What", "How",
        "Please", "Seuss", "Sirs", "Committee", "Editor", "Admissions", "Recruiter", "This", "That",
        "It", "My", "Our", "Your",
    )
)  # fmt: skip
_PERSONAL_REFERENCE = re.compile(
    r"(?<!\w)(?:i|i'm|i've|i'd|i am|my|me|mine|myself|he|she|his|her|him|son|daughter|wife|"
    r"husband|mother|father|mum|mom|dad|brother|sister|friend|colleague|boss|grandma|grandpa|"
    r"grandmother|grandfather|baby|patient|employee|client|je|j'ai|mon|ma|mes|ich|mein|meine|"
    r"yo|mi|tengo|estoy)(?!\w)"
)
# After a lone given name first in its sentence, these make it the subject: "Thomas has been
# off sick", "Daniel was diagnosed" (not "Miranda rights", "Howard University")
SUBJECT_VERBS = frozenset((
    "has", "had", "was", "is", "got", "gets", "needs", "needed", "still", "feels", "felt",
    "suffers", "suffered", "owes", "owed", "lives",
))  # fmt: skip
_SENTENCE_END = ".!?\n"
_SENTENCE_REACH = 300  # bounded look-around: a "sentence" longer than this is cut


def cued_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    words = text[start:end].split()
    if not words or words[0] in _NOT_NAMES:
        return None
    return start, end


def kin_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name after the writer's relative ("my sister-in-law Rachel", "moja siostra Ania"):
    a courtesy title ("my coworker Mr Brannigan"), or a name the gazetteer lists that is no
    notable person's, character's or brand's ("teach my nephew Python", "my niece Taylor Swift
    tickets", "meinem Sohn Bruchrechnung" name no one)."""
    words = text[start:end].split()
    if not words:
        return None
    if _TITLE.fullmatch(words[0]):
        return (start, end) if len(words) > 1 else None
    if not _listed(words[0]) or _public(" ".join(words[:2])):
        return None
    return start, end


_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Herrn|Frau|Monsieur|Madame|Mme|Mlle|Señor|Señora|Sr|Sra|"
    r"Signor|Signora|Sig|Dhr|Mevr|Pan|Pani|Pane|Paní|Hr|Fr|Bay|Bayan)\.?"
)


@functools.cache
def _gazetteer() -> GazetteerNames:
    from meshroute.privacy.gazetteer import GazetteerNames  # it imports this module

    return GazetteerNames.load()


def _public(name: str) -> bool:
    from meshroute.privacy.notable import _is_notable, key_of, notable_names  # imports this

    return _is_notable(name, notable_names()) or public_tag(key_of(name)) in ("k", "B")


def _listed(word: str) -> bool:
    """A given name or surname the gazetteer lists, in any case or form ("Ani", "Иван",
    "Emre'ye", "Rachel's"), that is no brand ("Netflix", "Venmo") and no frequent word rarely a name
    (``public_words``' tag "w")."""
    cut = max(word.find("'", 3), word.find("\u2019", 3))
    word = word[:cut] if cut > 0 else word
    flags, tag = _gazetteer()._flags(word), public_tag(word.lower())
    # "my kid Spanish", "babam Excel'de", "my mum Happy 60th": a frequent word first
    return ("f" in flags or "l" in flags) and "s" not in flags and not set(tag) & set("bw")


def personal_health(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "what is diabetes?" is a medical question; "my father has diabetes" is health data."""
    lo = max(start - _SENTENCE_REACH, 0)
    lo = max([text.rfind(c, lo, start) for c in _SENTENCE_END] + [lo - 1]) + 1
    hi = min(end + _SENTENCE_REACH, len(text))
    stops = [i for i in (text.find(c, end, hi) for c in _SENTENCE_END) if i >= 0]
    hi = min(stops) if stops else hi
    sentence = (text[lo:start] + " " + text[end:hi]).lower()
    if not _PERSONAL_REFERENCE.search(sentence):
        return None
    if multiple_choice(text) and not first_person(sentence):
        return None  # an exam's vignette: "She has a 2-year history of type 1 diabetes"
    return start, end


_WEEK_AND_YEAR = "monday tuesday wednesday thursday friday saturday sunday january february march"
_NOT_PLACES = frozenset(
    f"{_WEEK_AND_YEAR} april may june july august september october november december today "
    "tomorrow next the a an my our their".split(" ")
)


def place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "moved to Thursday" is a date, "lives in Leeds" a place."""
    first = text[start:end].split()[0].lower()
    return None if first in _NOT_PLACES else (start, end)


# The name rules of gazetteer.py that read flags or the text around a word, not the table.


def lower_pair(flags: str, next_flags: str, nxt: str) -> bool:
    """Whether a lower-case given name (``flags``) and the lower-case word after it make a
    name: "lucas rousset" (an unknown word), "agnieszka kowalczyk", "carlos eduardo",
    "michael price" (a given name no dictionary spells in lower case, then a surname frequent
    in English-speaking countries that is also a word); not "carry a", "rosa has", "grace
    notes", "denise ran" (ordinary words)."""
    if "s" in next_flags or len(nxt) < 2:
        return False
    if "F" in flags and "L" in next_flags:  # "john smith": both frequent as names
        return True
    proper = "c" not in flags or "p" in flags
    if next_flags == "":  # not "prima facie", "bona fide"
        return proper and len(nxt) > 2
    if "l" in next_flags and "c" not in next_flags:
        return True
    if "l" not in next_flags and "f" not in next_flags:
        return False
    # "suhani gill": a frequent surname after a given name that is no word at all; not "rosa
    # has", "grace notes" ("henri rey" too: "eran al", "sourd avant" are words elsewhere)
    # "eduardo gomes", "ivan larsson": a frequent given name, then a surname frequent in web
    # text but no dictionary word; "kristian dahl", "siiri johansson": a given name no English
    # text uses as a word is as good (not "sourd avant": a function word of another language)
    web = "l" in next_flags and "d" not in next_flags and len(nxt) > 3
    rare = "c" not in flags and nxt not in function_words()
    web = web and ("F" in flags or "p" in flags or rare)
    return proper and ("c" not in next_flags or "p" in next_flags or web or
                       ("L" in next_flags and ("p" in flags or "c" not in flags)))  # fmt: skip


def starts_no_name(word: str) -> bool:
    """Whether a lower-case word is a function word ("как", "chez"; not "ana", also a given
    name) or a French or Italian elision ("d'un", "l'enfant"; not "d'angelo")."""
    if word in function_words() and "g" not in public_tag(word):
        return True
    rest = _elided(word, 1)
    if rest is None or word[:1] not in "dljmnstc":
        return False
    return rest in function_words() or is_ordinary(rest)


def elided_function_word(word: str) -> bool:
    """ "c'est", "qu'il": an elision before a function word, no surname ("d'amico")."""
    rest = _elided(word, 2)
    return rest is not None and rest in function_words()


def _elided(word: str, longest: int) -> str | None:
    """What follows an apostrophe after the first one to ``longest`` letters ("est" of
    "c'est"), or None."""
    for cut in range(1, longest + 1):
        if word[cut : cut + 1] in ("'", "\u2019"):
            return word[cut + 1 :]
    return None


def ordinary_pair(word: str, nxt: str, next_flags: str, surname_shaped: bool) -> bool:
    """Whether two lower-case words are ordinary words of some language, the second neither a
    listed surname nor shaped like one: then no name, whatever name list holds them ("egy
    esti", "suma kontrolna", "asla uydurma"; not "tomka kamińskiego", "andreea popescu")."""
    if starts_no_name(nxt) or (starts_no_name(word) and "f" not in next_flags):
        return True  # "как эпилепсия"; not "mit markus flantz" (read as the pair after it)
    if "l" in next_flags or surname_shaped:
        return False
    return is_ordinary(word) and is_ordinary(nxt)


_PREVIOUS = re.compile(r"([^\W\d_]+)[ \t]$")
_NAME_PARTICLES = frozenset(
    ("van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "dos")
)


def ordinary_alone(
    text: str, start: int, end: int, named: bool, flags_of: Callable[[str], str]
) -> bool:
    """Whether a capitalised word stands alone as an ordinary word of some language, with no
    name before it: "Welche Bücher hat", "la Sagrada Familia de" (not "Fiona Voinea",
    "Ивановой Анне": a name before it). ``named``: a capitalised word follows ("Anna Nowak"),
    or the word is a frequent name or a name's case ("z Piotrem"): never alone."""
    if (
        named
        or not is_ordinary(text[start:end])
        or _GREETED.search(text[max(0, start - 16) : start])
    ):
        return False  # not "szia Zsófi,"
    before = _PREVIOUS.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).lower() in _NAME_PARTICLES:
        return False  # "Nick van Mook"
    if before is None or not before.group(1)[:1].isupper():
        return True
    word = before.group(1)
    found = flags_of(word)  # a frequent name, a surname's shape or a name's case ending: a name
    listed = ("f" in found or "l" in found) and not is_ordinary(word)
    return not (listed or any(flag in found for flag in "FLhi"))


# Chat written in lower case names people right after a greeting ("hey brandon!!") or by
# their team ("danny from accounting"); written by hand, as the cue lists
_GREETED = re.compile(
    r"(?:^|[^\w])(?:hey|hi|hiya|hello|dear|thanks|thank you|cheers|yo|morning|hallo|hej|hola|"
    r"ciao|salut|bonjour|cześć|ahoj|szia|merhaba|привет|привіт|γεια)[ \t,]+$",
    re.IGNORECASE,
)
_TEAM = re.compile(
    r"[ \t]+from[ \t]+(?:the[ \t]+)?(?:accounting|accounts|finance|hr|payroll|sales|marketing|"
    r"legal|it|support|reception|procurement|compliance|engineering|ops|operations|"
    r"customer service|the office|the warehouse)(?![^\W\d_])",
    re.IGNORECASE,
)


def chat_name(text: str, start: int, end: int, flags: str) -> bool:
    """Whether a lower-case given name alone is a name by the chat around it: right after a
    greeting word, or before "from accounting" ("hey brandon!!", "danny from accounting")."""
    if "f" not in flags or "s" in flags:
        return False
    return bool(_GREETED.search(text[max(0, start - 16) : start]) or _TEAM.match(text, end))


_LINE_REACH = 120  # how far back a line is read (bounded: a line can be a megabyte long)
_CLOSING_WORDS = 4  # "Met vriendelijke groet,", "Best regards,", "terveisin"
# "Hello Fatima,", "Salut Camille!", "Hej Rasmus," as a letter's first line: a greeting word
_GREETING = re.compile(r"[ \t]*[^\W\d_]+,?[ \t]")
_AFTER_GREETED = re.compile(r"[,!:][ \t]*(?:\n|$)")


def letter_line(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) is a name by its place in a message: alone on the last
    line under a short closing line ("Thanks,\nMarek", "Liebe Grüße\nSabine"), or after one
    greeting word on the first line of a letter ("Hello Fatima,\n"). Any language: the closing
    and greeting words themselves are not read."""
    begin = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
    if _GREETING.fullmatch(text, begin, start) and _AFTER_GREETED.match(text, end, end + 8):
        return True
    if begin == 0 or text[begin:start].strip(" \t") or len(text) - end > _LINE_REACH:
        return False
    if text[end:].strip():
        return False
    above = text[max(0, begin - _LINE_REACH) : begin].rstrip()
    line = above.rsplit("\n", 1)[-1].strip()
    if not line or ("\n" not in above and begin > _LINE_REACH) or line[-1] in ".?:;)]":
        return False
    return len(line.split()) <= _CLOSING_WORDS


# Case endings of given names in running text and the nominative's ending in their place:
# on the folded word, Polish, Czech, Slovak, Croatian, Hungarian and Finnish ("z Piotrem",
# "Annával", "Annalle"); on the word as written, Russian and Ukrainian ("с Ольгой", "Тарасе",
# "Сергею"), looked up among the lists' own Cyrillic names (their ASCII spellings hold
# "krasna": "Красной" is an adjective). Greek and other scripts: none. By hand: no maintained
# package inflects given names across these languages (pymorphy3 reads Russian and Ukrainian
# only, and its dictionaries are not in the project). The third field: in Latin script only
# for a nominative frequent as a given name (flag "F": "Piotra", "Marii"; not "Kirche",
# "Polsce", "Warszawie", whose nominatives some list holds as given names).
CASE_SWAPS: tuple[tuple[str, str, bool], ...] = (
    ("owi", "", False), ("ovi", "", False), ("em", "", False), ("om", "", False),
    ("ou", "a", False), ("val", "", False), ("vel", "", False), ("nak", "", False),
    ("nek", "", False), ("nal", "", False), ("nel", "", False), ("hoz", "", False),
    ("hez", "", False), ("tol", "", False), ("rol", "", False), ("lle", "", False),
    ("lla", "", False), ("lta", "", False), ("ie", "a", True), ("ii", "ia", True),
    ("ce", "ka", True), ("y", "a", True), ("i", "a", True), ("u", "a", True), ("u", "", True),
    ("e", "a", True), ("e", "", True), ("o", "a", True), ("a", "", True),
)  # fmt: skip
CYRILLIC_SWAPS: tuple[tuple[str, str, bool], ...] = (
    ("ием", "ий", False), ("ией", "ия", False), ("ией", "ий", False), ("ові", "", False),
    ("еві", "й", False), ("ою", "а", False), ("ой", "а", False), ("ей", "я", False),
    ("ом", "", False), ("ем", "", False), ("ем", "й", False), ("ю", "й", False),
    ("е", "а", False), ("е", "", False), ("у", "а", False), ("у", "", False), ("и", "а", False),
    ("и", "я", False), ("і", "а", False), ("ы", "а", False), ("о", "а", False), ("а", "", False),
    ("я", "й", False), ("ым", "", False),
)  # fmt: skip
_STEM_MIN = 3
_VOWELS = "aeiouyаеёиоуыэюяіїє"


def _nominatives(word: str, latin: bool) -> list[str]:
    """The nominatives a word may be a case of: "piotrem" -> "piotr", "tomka" -> "tomek",
    "павла" -> "павел" (a fleeting e), "peterrel" -> "peter" (Hungarian -val/-vel after a
    doubled consonant); a form that needs a frequent given name starts "+"."""
    forms = []
    doubled = len(word) >= 4 and word[-3] == word[-4]  # (a shorter word has no such ending)
    if latin and word[-2:] in ("al", "el") and doubled and word[-3] not in _VOWELS:
        forms.append(word[:-3])
    fleeting = "e" if latin else "е"  # the Cyrillic letter
    for ending, nominative, frequent in CASE_SWAPS if latin else CYRILLIC_SWAPS:
        stem = word[: len(word) - len(ending)]
        if not word.endswith(ending) or len(stem) < _STEM_MIN:
            continue
        mark = "+" if frequent else ""
        forms.append(mark + stem + nominative)
        if not nominative and stem[-1] not in _VOWELS and stem[-2] not in _VOWELS:
            forms.append(f"{mark}{stem[:-1]}{fleeting}{stem[-1]}")
    return forms


def inflected_given(word: str, latin: bool, table: Mapping[str, str]) -> str:
    """The nominative of which a capitalised word no list holds is a case (``word``: folded
    when ``latin``, else lower-case Cyrillic): a given name that is no frequent word and no
    country; "" if none."""
    for form in _nominatives(word, latin):
        flags = table.get(form.lstrip("+"), "")
        frequent = not form.startswith("+") or "F" in flags
        if "f" in flags and "s" not in flags and "g" not in flags and frequent:
            return form.lstrip("+")
    return ""


def _ordinary(flags: str) -> bool:
    return any(flag in flags for flag in "cdsg")


def case_pair(
    first: str,
    second: str,
    given: Callable[[str, str], str],
    fold: Callable[[str], str],
    table: Mapping[str, str],
) -> bool:
    """ "jánovi horváthovi", "marka wójcika", "сергею иванову": in lower case, a case of a given
    name (``given``: its nominative from the folded and the written word, "" if none) before a
    surname in a case too: in Latin script a word no list holds as an ordinary word, with the
    same ending; in Cyrillic one whose nominative the lists hold as a surname."""
    if len(first) < 5 or len(second) < 4 or not second.islower():
        return False
    # the cheap tests first: this runs for most pairs of lower-case words
    latin = max(first) < "\u0250"
    plain = fold(first) if latin else first
    if latin:
        other = fold(second)
        if other[-2:] != plain[-2:] or max(second) >= "\u0250":
            return False
        if _ordinary(table.get(other, "")) or "f" in table.get(other, ""):
            return False
    elif not any(_surname(table.get(f, "")) for f in [second, *_nominatives(second, False)]):
        return False
    if second in function_words() or _ordinary(table.get(plain, "")):
        return False  # "internal intercostal": an ordinary word
    return bool(given(plain, first))


def _surname(flags: str) -> bool:
    return "l" in flags and "c" not in flags and "s" not in flags


def initial_after(text: str, nxt: tuple[int, int, str], flags: str) -> bool:
    """An initial and its full stop after a surname that is no ordinary word and no
    frequent given name ("Kowalski J."; not "Henry V.", "Vitamin B.", "Plan B.")."""
    letter = nxt[2]
    if len(letter) != 1 or not letter.isupper() or letter in "IVX" or "F" in flags:
        return False
    after = text[nxt[1] + 1 : nxt[1] + 2]
    ordinary = "c" in flags and "L" not in flags
    return text[nxt[1] : nxt[1] + 1] == "." and not after.isalpha() and not ordinary


def line_start(text: str, start: int) -> bool:
    """Whether only spaces stand before ``start`` on its line (as far as 80 characters
    back): "A. Bardo" in a multiple-choice list."""
    return text[max(0, start - 80) : start].rsplit("\n", 1)[-1].strip(" \t") == ""


def sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in ".!?:\n\"'"
