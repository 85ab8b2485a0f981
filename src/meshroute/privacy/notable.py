"""Names of globally notable people are not personal data in "who painted Guernica?".

``NotableFilter`` wraps a name finder and drops the PERSON hits whose text is the full name of a
person in ``data/notable.txt.gz`` (the Pantheon 1.0 selection of people with a biography in 25
or more Wikipedia languages, less the names a private person is likely to share; built by
``bench/build_notable_names.py``). Only names found by the gazetteer's rules pass through it: a
value under a key that names a person ("customer: Albert Einstein") or after a cue stays
personal data, whoever it names. A set look-up per hit: no effect on scan time.

A name only likely to be public is dropped only when no private context is near
(``private_context.py``: health, money, contact data, a greeting, "my", "I" ...): a notable
name a private person may share ("Andrew Jackson", "Thomas Mann"; tag "c" in the data), a
notable person's surname alone, inflected or after another language's given name ("Verdi",
"Пушкина", "Fryderyk Chopin", "Liszt Ferenc"; tag "s"), or what only looks like a name
(``public_names.looks_like_no_name``: "le lundi", "Cleopatra Greek", "Muzeum Chopina").
"My neighbour Robert Kennedy owes me 4,200 EUR" stays personal data.

Private context counts as two kinds (``PrivateContext.strong_near``): the writer's own "my" and
"I ..." lose to a public word in the name's sentence ("my son asked who plays Birgitte Nyborg
in the second season"); any other private word keeps the name. A name with no private context
near it and no public word is dropped only when the whole prompt is a knowledge question or an
exam's multiple-choice question (``public_question.py``).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import NamedTuple

from meshroute.privacy.eponyms import eponym
from meshroute.privacy.folding import folded as _folded
from meshroute.privacy.gazetteer import _SHAPE_MIN, _SURNAME_SHAPE, _load
from meshroute.privacy.hits import NameFinder, RawHit
from meshroute.privacy.name_variants import VariantIndex
from meshroute.privacy.private_context import PrivateContext
from meshroute.privacy.public_context import public_context_near
from meshroute.privacy.public_names import function_words, looks_like_no_name
from meshroute.privacy.public_question import knowledge_question, multiple_choice
from meshroute.privacy.public_words import looks_public

__all__ = ["NotableFilter", "PublicForms", "key_of", "notable_names", "public_forms"]

_DATA = Path(__file__).parent / "data" / "notable.txt.gz"
# saints' names in two words ("Sant Jordi", "Sankt Pauli"): likely public ("saint" is a title)
_SAINTS = frozenset(("sainte", "sant", "sankt", "sao", "svaty", "svata", "swiety"))
_TITLES = frozenset(["dr", "mr", "mrs", "ms", "prof", "sir", "dame", "president", "saint", "st"])
# A name after a title of rank is a historical or public figure's ("Queen Victoria", "Lord
# Melbourne", "Tsar Nicholas"); not "Prince", also a given name ("Prince Adeyemi").
_RANKS = frozenset(
    (
        "king", "queen", "emperor", "empress", "tsar", "czar", "tsarina", "kaiser", "sultan",
        "shah", "pharaoh", "pope", "lord", "duke", "duchess", "archduke", "count", "countess",
        "baron", "marquis", "earl", "viscount", "caliph", "khan",
    )
)  # fmt: skip


# Turkish writes a case ending after an apostrophe on a proper name: "Pamuk'un", "Hikmet'e"
# (a short ending after three letters or more; not "O'Brien", "D'Angelo")
_CASE_ENDING = re.compile(r"(?<=[^\W\d_]{3})['\u2019][^\W\d_]{1,4}$")


def key_of(name: str) -> str:
    """Case, accents and punctuation folded: "Frédéric  Chopin's" -> "frederic chopin"."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(
        ch if ch.isalpha() else " " for ch in decomposed if not unicodedata.combining(ch)
    )
    words = letters.casefold().split()
    if len(words) > 1 and words[-1] == "s":  # a possessive: "Einstein's"
        words.pop()
    return " ".join(words)


_STEM_MIN = 4  # letters a surname's stem keeps ("kafk" of "Kafky")
_SPAN_MAX = 120  # a name's characters at most (the gazetteer's six words)
_ENDING_MAX = 3  # letters of an inflected ending ("Khmelnytsk-oho", "Tolsto-go")
_WORD = re.compile(r"[^\W\d_]+")
# Case endings of the languages whose texts name people inflected (Slavic, German genitive,
# Baltic, Finnic): "Chopin-a", "Kafk-y", "Tolsto-go", "Goethe-s", "Khmelnytsk-oho"
_ENDINGS = frozenset((
    "a", "u", "e", "y", "i", "s", "go", "ogo", "oho", "ego", "em", "om", "ym", "im", "ovi",
    "owi", "es", "oy", "oi", "in", "iin", "lle", "n",
))  # fmt: skip
_PARTICLES = frozenset(("de", "di", "da", "del", "della", "van", "von", "du", "dos", "das"))


class PublicForms(NamedTuple):
    """Names that are only likely to be a notable person's (public when no private context)."""

    common: frozenset[str]  # full names a private person may share: "andrew jackson"
    surnames: dict[str, str]  # "verdi" -> "g" (Giuseppe): the given names' first letters
    stems: dict[str, str]  # the surnames less one or two letters: "tolsto", "kafk"


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    with gzip.open(_DATA, "rt", encoding="utf-8") as fh:
        rows = ([*line.rstrip("\n").split("\t"), "", ""] for line in fh if line.strip())
        return tuple((row[0], row[1], row[2]) for row in rows)


@cache
def notable_names() -> frozenset[str]:
    """Full names of notable people no private person is likely to share."""
    return frozenset(key for key, tag, _ in _rows() if not tag)


@cache
def variants() -> VariantIndex:
    """Notable full names (also those a private person may share) by their surnames."""
    return VariantIndex(key for key, tag, _ in _rows() if tag != "s")


@cache
def public_forms() -> PublicForms:
    surnames = {key: initials for key, tag, initials in _rows() if tag == "s"}
    stems: dict[str, str] = {}
    for name, initials in surnames.items():
        for cut in (1, 2):
            if len(name) - cut >= _STEM_MIN:
                stems[name[:-cut]] = stems.get(name[:-cut], "") + initials
    common = frozenset(key for key, tag, _ in _rows() if tag == "c")
    return PublicForms(common, surnames, stems | surnames)


def _is_notable(span: str, names: frozenset[str]) -> bool:
    bare = _CASE_ENDING.sub("", span)  # "Orhan Pamuk'un", "Atatürk'ün": Turkish case endings
    if bare != span and _is_notable(bare, names):
        return True
    if "," in span:  # surname first: "Curie, Marie"
        surname, _, given = span.partition(",")
        span = f"{given} {surname}"
    words = key_of(span).split()
    if len(words) > 1 and words[0] in _RANKS:
        return True
    while words and words[0] in _TITLES:
        words.pop(0)
    return len(words) > 1 and " ".join(words) in names


def _flags(word: str) -> str:
    """The gazetteer's flags of a lower-case word and of its folded spelling; "l" for a word no
    list holds that is shaped like a surname ("wiśniewskiego", "ivanovoy")."""
    table = _load()
    flags = table.get(word, "") + table.get(_folded(word), "")
    if flags or len(word) < _SHAPE_MIN:
        return flags
    return "l" if _SURNAME_SHAPE.search(_folded(word)[-12:]) else ""


def _plain(word: str) -> str:
    if word.isascii() and word.isalpha():
        return word  # most words: no folding
    return "".join(_WORD.findall(_folded(word)))


def _surname_initials(word: str, forms: PublicForms) -> str | None:
    """The given names' initials of the notable people whose surname ``word`` is, maybe with
    a case ending ("Пушкина": pushkin-a, "Khmelnytskoho", "Goethes"); an inflected form only
    for a word that is no frequent English given name or surname or common word ("Pauline"
    is no form of Pauli). None: no such surname."""
    plain = _plain(word)
    found = forms.surnames.get(plain)
    if found is not None:
        return found
    for cut in range(1, _ENDING_MAX + 1):
        stem = plain[:-cut]
        if len(stem) >= _STEM_MIN and stem in forms.stems and plain[-cut:] in _ENDINGS:
            return None if set(_flags(word)) & set("FLc") else forms.stems[stem]
    return None


def _by_surname(words: list[str], forms: PublicForms) -> bool:
    """A notable surname alone ("Verdi"), after a particle ("Principe di Machiavelli"), or
    with a given name of the same initial as one of its people's, in either order and any
    language's form ("Fryderyk Chopin", "Liszt Ferenc"; not "Romina Puccini")."""
    for index, word in enumerate(words):
        initials = _surname_initials(word, forms)
        if initials is None:
            continue
        if len(words) == 1 or (index and words[index - 1] in _PARTICLES):
            return True
        if index == 0:  # surname first only as listed, before a given name: "Liszt Ferenc"
            exact = _plain(word) in forms.surnames and "f" in _flags(words[-1])
            if exact and _plain(words[-1])[:1] in initials:
                return True
        elif _plain(words[0])[:1] in initials:
            return True
    return False


# East Slavic patronymics in their cases ("Викторовны", "Ivanovich", "Петрівна")
_PATRONYMIC = re.compile(
    r"(?:ович|евич|овн|евн|ічн|ичн|івн|ївн)(?:а|у|ем|е|ой|ы|ей|ою|і)?$"  # noqa: RUF001
    r"|(?:ovich|evich|ovn|evn|ivn|ichn)(?:a|u|em|e|oy|oj|y|ey|i)?$"
)
# a regnal number after a given name: "Karel IV.", "Henri IV", "Gustav II Adolf"
_REGNAL = re.compile(r"\s(?:[IVX]{1,5})(?![^\W\d_])")


def _part_of_notable(text: str, end: int, words: list[str]) -> bool:
    """Whether a hit of one word is a monarch's given name before a regnal number ("Karel
    IV.") or, with the word after it, a notable full name ("Nikola" of "Nikola Tesla")."""
    if len(words) != 1:
        return False
    if _REGNAL.match(text, end):
        return True
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is None:
        return False
    key = f"{words[0]} {key_of(after.group())}"
    return key in notable_names() or key in public_forms().common


def _likely_public(text: str, start: int, end: int, forms: PublicForms) -> bool:
    """Whether the PERSON hit is a name a notable person may share, one of their surnames
    alone or in another language's form, or no name at all."""
    if end - start > _SPAN_MAX:
        return False  # a crafted span: not read word by word
    span = _CASE_ENDING.sub("", text[start:end])
    words = key_of(span).split()
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    key = " ".join(words)
    if key in forms.common or " ".join(words[::-1]) in forms.common:
        return True
    if len(words) == 2 and words[0] in _SAINTS:
        return True  # "Sant Jordi" (not "Sant Singh owes me": private context is read first)
    if len(words) == 2 and " ".join(words[::-1]) in notable_names():  # "Liszt Ferenc"
        return True
    lowered = [word.lower() for word in _WORD.findall(span)]
    if _by_surname(lowered, forms) or variants().matches(lowered, _plain):
        return True
    if any(_PATRONYMIC.search(word) for word in lowered[1:]):
        return False  # "Ольги Викторовны Смирновой": a patronymic names a person in full
    lookups = (function_words().__contains__, _flags, _plain)
    if looks_public(text, start, end, words, lookups) or _part_of_notable(text, end, words):
        return True
    return looks_like_no_name(text, start, end, _flags, _folded)


class NotableFilter:
    """A name finder whose PERSON hits that name a notable person are left out."""

    def __init__(
        self, finder: NameFinder, names: frozenset[str] | None = None, *, likely: bool = True
    ) -> None:
        """``likely``: also drop names only likely public when no private context is near."""
        self._finder = finder
        self._names = notable_names() if names is None else names
        self._forms = public_forms() if likely else None

    def find(self, text: str) -> list[RawHit]:
        context = PrivateContext(text)
        question: bool | None = None  # read once, for the first name of no known standing
        kept: list[RawHit] = []
        for hit in self._finder.find(text):
            if hit[0] == "PERSON":
                if _is_notable(text[hit[1] : hit[2]], self._names) or self._eponym(
                    text, hit, context
                ):
                    continue
                standing = self._standing(text, hit[1], hit[2], context)
                if standing == "public":
                    continue
                if standing == "unknown":
                    if question is None:
                        question = knowledge_question(text) or multiple_choice(text)
                    if question:  # "Why does Frodo Baggins carry the ring?", an exam
                        continue
            kept.append(hit)
        return kept

    @staticmethod
    def _eponym(text: str, hit: RawHit, context: PrivateContext) -> bool:
        """ "Crohn's disease", "Pfeiffer-Krankheit": a listed surname alone, no frequent given name
        and no surname's case, with no private word but its own illness near (``eponyms.py``)."""
        words = key_of(text[hit[1] : hit[2]]).split()
        glued = eponym(text, hit[1], hit[2]) if len(words) == 1 else None
        if glued is None:
            return False
        flags = _flags(words[0])
        shaped = bool(_SURNAME_SHAPE.search(_folded(words[0])[-12:]))
        surname = "l" in flags and "F" not in flags and not shaped
        return surname and not context.strong_near(hit[1], hit[2], glued)

    def _standing(self, text: str, start: int, end: int, context: PrivateContext) -> str:
        """ "public", "private" or "unknown": what the words around a name say of it."""
        if self._forms is None:
            return "private"
        if context.near(start, end):
            # a public word in the name's sentence outweighs the writer's own "my" and "I" ("my
            # son asked who plays Birgitte Nyborg"), not another private word ("owes", "naboen")
            if context.strong_near(start, end) or not public_context_near(text, start, end):
                return "private"
            return "public"
        public = _likely_public(text, start, end, self._forms)
        return "public" if public or public_context_near(text, start, end) else "unknown"
