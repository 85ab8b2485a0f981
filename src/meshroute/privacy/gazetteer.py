"""Names without cue words, from a gazetteer of given names and surnames (data/names.txt.gz,
built by bench/build_name_gazetteer.py from maintained name lists; its flags are listed in
docs/privacy.md).

Chosen over spaCy's small English model for the deep scan (docs/privacy.md has the figures):
a dictionary look-up per word costs microseconds where the CNN costs about 20 ms per 1,000
characters, and it finds lower-case and non-English names the model misses
("agnieszka kowalczyk from accounting has breast cancer").

Rules, one pass over the words (linear in the text; edge/templates/names.js runs the same):
* a given name followed by a surname or another capitalised word ("Jane Smith", "Oluwaseun
  Adeyemi"); in lower case when the words are not ordinary English words ("lucas rousset");
* surname first ("Kowalski, Jan", "NOWAK Anna"), an initial ("A. Nowak"), a user name
  ("jan_kowalski", "SaverioOmma");
* a capitalised given name alone when it is not a common word ("ask Agnieszka");
* an uncommon lower-case given name alone only near health, money or address context.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import importlib.resources
import re

from meshroute.privacy.folding import folded as _folded
from meshroute.privacy.hits import RawHit
from meshroute.privacy.names import (
    SUBJECT_VERBS,
    case_pair,
    chat_name,
    elided_function_word,
    inflected_given,
    initial_after,
    letter_line,
    line_start,
    lower_pair,
    ordinary_alone,
    ordinary_pair,
    sentence_start,
    starts_no_name,
)
from meshroute.privacy.ordinary_words import is_ordinary
from meshroute.privacy.patterns import HEALTH_TERMS
from meshroute.privacy.places import CITY_NAMES, MONTHS, PLACE_HEADS, PLACE_TALK
from meshroute.privacy.public_names import (
    _cldr_words,
    among_its_language,
    function_word,
    function_words,
)
from meshroute.privacy.work_words import context_spans

__all__ = ["GazetteerNames"]

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# Context that makes a lone lower-case given name personal data: health, money, address,
# employment trouble (the health terms are the deep scan's own).
_CONTEXT = re.compile(
    rf"(?<![a-z])(?:{HEALTH_TERMS}|hospital\w*|disease|illness|sick|salary|salaries|debt|loan|"
    r"mortgage|bankrupt\w*|overdraft|owes|arrears|payroll|fired|lives|lived|address|street|"
    r"road|avenue|apartment|moved|divorce\w*|arrest\w*|lawsuit|disciplinary|grievance)"
    r"(?![a-z])",
    re.IGNORECASE,
)
_CONTEXT_REACH = 120
_ASCII_DIGITS = frozenset("0123456789")  # as JavaScript's \d (names.js)
_JOINERS = (" ", "\t", "_", ".")  # "_", ".": inside a user name or an e-mail's local part
# A word in two parts: "saverio-omma", "SaverioOmma" (bounded: a word can be a megabyte long)
_HYPHEN = re.compile(r"-")
_CAMEL = re.compile(r"(?<=[^\W\d_])(?=[A-Z])")
_COMPOUND_MAX = 40
# Flags a second spelling lends (the folded "ostap" of "Остап", "obrien" of "O'Brien"): only
# the name flags; that "glib" is an English word says nothing of the Ukrainian "гліб".
_NAME_FLAGS = "flFLg"
# Surnames by their shape, on the folded word, in the nominative and the inflected forms of
# running text ("Kowalskiego", "Ивановой" -> "ivanovoy", "Virtasen"): Slavic, Baltic,
# Finnic, Nordic, Romanian, Turkish, Greek, Georgian, Armenian endings; only for a word no
# list knows, so "music" or "chosen" (common words) are not touched.
_SURNAME_SHAPE = re.compile(
    r"(?:[sc]k(?:i|a|y|iy|yi|aya|iego|iej|im|ich|ego|oy|ogo|om|ovi)|dzki|wicz\w{0,2}|"
    r"ov(?:a|oy|oi|ym|u|e|s|ic|ics|ich|na)?|ev(?:a|oy|ym|u|ich|na|ic)?|enko|[cy]?[hy]uk|"
    r"escu|eanu|oglu|poul(?:os|ou)|[ia]d(?:is|ou)|akis|nen|[aeiou]sen|sson|dottir|"
    r"auskas|auskiene|iene|aite|[iy]te|aitis|[ae]vicius|ins|shvili|dze|[iy]an(?:ts)?)$"
)
# Юдин, Пушкиной: in Russian only (Latin words end in "-in" too)
_CYRILLIC_SHAPE = re.compile(r"(?:ин|ын)(?:а|у|ой|ым|е)?$")  # noqa: RUF001
_SHAPE_MIN = 5
_CACHE_MAX = 50_000
_NAME_WORDS = 6  # a name's words at most ("Ana María de los Ángeles Pérez")
_LATIN_END = "\u0250"  # past Latin Extended-B
# Particles between a given name and a surname ("Liv van der Laan", "Thales da Costa")
_PARTICLES = frozenset((
    "van", "der", "den", "de", "da", "das", "dos", "do", "di", "del", "della", "dello", "du", "le",
    "la", "von", "zu", "ter", "ten", "bin", "ibn", "al", "el", "af", "av", "mac", "mc", "ap",
))  # fmt: skip


def _name_flags(flags: str) -> str:
    return "".join(flag for flag in flags if flag in _NAME_FLAGS)


@functools.cache
def _load() -> dict[str, str]:
    data = importlib.resources.files("meshroute.privacy").joinpath("data/names.txt.gz")
    with data.open("rb") as handle:
        text = gzip.decompress(handle.read()).decode("utf-8")
    # one split of the whole text: about three times faster than a loop over 430,000 lines
    fields = text.replace("\n", "\t").split("\t")
    return dict(zip(fields[0:-1:2], fields[1::2], strict=True))


def _capitalised(word: str) -> bool:
    """ "Anna", "McDonald", "O'Brien"; not "IBANs", "GB" or "ACME"."""
    return word[:1].isupper() and not word[1:2].isupper()


def _adjacent(
    text: str, words: list[tuple[int, int, str]], index: int, gaps: tuple[str, ...] = (" ", "\t")
) -> tuple[int, int, str] | None:
    """The next word when one of ``gaps`` (one space or tab) separates it from this one."""
    if index + 1 >= len(words):
        return None
    nxt = words[index + 1]
    return nxt if text[words[index][1] : nxt[0]] in gaps else None


def _place_or_months(text: str, words: list[tuple[int, int, str]], index: int) -> int:
    """How many words from ``index`` make a place with a place head ("San Juan de Luz", "Fort
    Worth"; not "Rio", a given name too) or a run of months ("JUNE JULY"); 0: neither."""
    lower = (word := words[index][2]).lower()
    months = lower in MONTHS  # then the case first: this runs for every word of the text
    place = not months and _capitalised(word) and _folded(lower) in PLACE_HEADS
    if not (months or (place and lower != "rio")):
        return 0
    taken = 1
    while index + taken < len(words) and taken < _NAME_WORDS:
        nxt = words[index + taken]
        ok = nxt[2].lower() in MONTHS if months else _capitalised(nxt[2])
        ok = ok or (not months and nxt[2].lower() in _PARTICLES)
        if not ok or text[words[index + taken - 1][1] : nxt[0]] not in (" ", "\t"):
            break
        taken += 1
    return taken if taken > 1 else 0


class _ContextWords:
    """Where one text's health, work, money and address words are, found once, on use."""

    __slots__ = ("_ends", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def near(self, start: int, end: int, personal: bool = False) -> bool:
        """Whether a context word lies within _CONTEXT_REACH characters of [start, end);
        ``personal``: one that is not also said of a city ("street", "apartment")."""
        if self._starts is None:
            spans = [m.span() for m in _CONTEXT.finditer(self._text)]
            spans = sorted(spans + context_spans(self._text))  # health, work: 20 languages
            self._starts, self._ends = [s for s, _ in spans], [e for _, e in spans]
        first = bisect.bisect_left(self._starts, max(0, start - _CONTEXT_REACH))
        if not personal:
            return first < len(self._starts) and self._ends[first] <= end + _CONTEXT_REACH
        for index in range(first, len(self._starts)):
            if self._ends[index] > end + _CONTEXT_REACH:
                return False
            if self._text[self._starts[index] : self._ends[index]].lower() not in PLACE_TALK:
                return True
        return False


class GazetteerNames:
    def __init__(self, table: dict[str, str]) -> None:
        self._table = table
        self._cache: dict[str, str] = {}  # word -> flags; bounded against hostile text

    @classmethod
    def load(cls) -> GazetteerNames:
        return cls(_load())

    def find(self, text: str) -> list[RawHit]:
        # A word glued to a digit is a code or a formula ("BaSO4", "MnO2"), not a name.
        words = [
            (m.start(), m.end(), m.group())
            for m in _WORD.finditer(text)
            if text[m.end() : m.end() + 1] not in _ASCII_DIGITS
        ]
        hits: list[RawHit] = []
        contexts = _ContextWords(text)
        index = 0
        while index < len(words):
            place = _place_or_months(text, words, index) or function_word(words, index, self._flags)
            if place:  # "San Juan de Luz", "JUNE JULY": not a name, nor a name inside it
                index += place
                continue
            taken = self._person_at(text, words, index, contexts)
            if taken > 1:
                taken = self._rest_of_name(text, words, index, taken)
            if taken:
                hits.append(("PERSON", words[index][0], words[index + taken - 1][1], 0.85))
                index += taken
            else:
                index += 1
        return hits

    def _person_at(
        self, text: str, words: list[tuple[int, int, str]], index: int, contexts: _ContextWords
    ) -> int:
        """How many words from ``index`` on make a person's name (0: none)."""
        start, end, word = words[index]
        flags = self._flags(word)
        surname_first = self._surname_first(text, words, index, flags)
        if surname_first:
            return surname_first
        if "f" not in flags:
            pair = self._unknown_pair(text, words, index, flags) or self._compound(word, flags)
            nxt = _adjacent(text, words, index) if word.islower() else None
            cased = nxt and case_pair(word, nxt[2], self._inflected, _folded, self._table)
            return pair or (2 if cased else 0)
        nxt = _adjacent(text, words, index, (" ", "\t", "_"))  # "Saverio_Omma" too
        if _capitalised(word) and ("s" not in flags or "F" in flags):
            # "On Monday", "In March": too frequent as words; "John", "Will": frequent names
            particle = self._particle_name(text, words, index, flags)
            return particle or self._capitalised_name(text, start, end, flags, nxt, contexts)
        # Lower case and capitals carry no case information: the same rules ("ANNA NOWAK")
        shouting = word.isupper() and len(word) > 1
        if not (word.islower() or shouting) or "s" in flags:  # "will", "may", "john"
            return 0
        nxt = _adjacent(text, words, index, _JOINERS)  # "jan kowalski", "jan_kowalski", "jane.doe"
        same_case = nxt is not None and (nxt[2].isupper() if shouting else nxt[2].islower())
        if nxt is not None and same_case and lower_pair(flags, self._flags(nxt[2]), nxt[2]):
            shaped = bool(_SURNAME_SHAPE.search(_folded(nxt[2])[-12:]))
            if not ordinary_pair(word, nxt[2], self._flags(nxt[2]), shaped):
                return 3 if self._third_name(text, words, index + 1) else 2
        particle = self._particle_name(text, words, index, flags)  # "SARA VAN DER LAAN" too
        if shouting:
            return particle
        if particle or chat_name(text, start, end, flags):
            return particle or 1
        lone = "c" not in flags and not starts_no_name(word)  # not "как", "l'enfant"
        # no function word among others of its language ("után kell még"; not "mert was")
        lone = lone and ("F" in flags or not among_its_language(words, index))
        return 1 if lone and contexts.near(start, end) else 0

    def _particle_name(
        self, text: str, words: list[tuple[int, int, str]], index: int, flags: str
    ) -> int:
        """ "Liv van der Laan", "Thales da Costa", "gael da rosa": a given name, one or two
        particles, then a surname or an unknown word written in the given name's case."""
        given = words[index][2]
        if ("c" in flags and "p" not in flags and "d" in flags) or given.lower() in _PARTICLES:
            return 0  # "Will de Groot" is fine; "rose de la", "de la paix" are not names
        if _folded(given.lower()) in PLACE_HEADS:
            return 0
        taken = 1
        while taken < 3 and self._particle_at(text, words, index + taken):
            taken += 1
        last = index + taken
        if taken == 1 or last >= len(words) or text[words[last - 1][1] : words[last][0]] != " ":
            return 0
        surname = words[last][2]
        if given.isupper() and len(given) > 1:
            same_case = surname.isupper()
        else:
            same_case = _capitalised(surname) if _capitalised(given) else surname.islower()
        if not same_case:
            return 0
        next_flags = self._flags(surname)
        if "g" in next_flags:
            return 0  # a country or a state: "Santiago de Chile", "Banco do Brasil"
        known = "l" in next_flags and "s" not in next_flags
        # an unlisted surname only capitalised: "pravda van jejich" is Czech
        city = _folded(given.lower()) in CITY_NAMES  # then a place: "Santiago de Compostela"
        unknown = next_flags == "" and _capitalised(surname) and not city
        unknown = unknown and not is_ordinary(surname)  # "Nur das Verfahren"
        return taken + 1 if len(surname) > 1 and (known or unknown) else 0

    @staticmethod
    def _particle_at(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
        return (
            index < len(words)
            and words[index][2].lower() in _PARTICLES
            and text[words[index - 1][1] : words[index][0]] == " "
        )

    def _rest_of_name(
        self, text: str, words: list[tuple[int, int, str]], index: int, taken: int
    ) -> int:
        """The further names and surnames after a capitalised name of two words, so that
        redaction hides them too: "Aditya Kumar Sharma", "Agnieszka Nowak-Kowalska", "Abdul
        Rahman bin Ahmad" (the Worker only asks whether a name is there: names.js needs no
        copy). At most _NAME_WORDS words in all."""
        shouting = words[index][2].isupper()
        if not (shouting or _capitalised(words[index][2])):
            return taken
        while index + taken < min(len(words), index + _NAME_WORDS):
            ahead = taken
            while ahead < taken + 2 and self._particle_at(text, words, index + ahead):
                ahead += 1  # "bin", "de los"
            last = index + ahead
            if last >= len(words) or text[words[last - 1][1] : words[last][0]] != " ":
                return taken
            word = words[last][2]
            if len(word) < 2 or not (word.isupper() if shouting else _capitalised(word)):
                return taken
            flags = self._flags(word)
            # not "Will", "The" (frequent), "Consulting" (a dictionary word); "Sharma" is only
            # frequent in web text
            if "s" in flags or ("d" in flags and "p" not in flags and "L" not in flags):
                return taken
            if flags and "l" not in flags and "f" not in flags:
                return taken
            taken = ahead + 1
        return taken

    def _compound(self, word: str, flags: str) -> int:
        """ "saverio-omma", "SaverioOmma": a name as one word, as user names write them."""
        if flags or len(word) > _COMPOUND_MAX:
            return 0
        # two parts of 3+ letters: a surname or an eponym ("Hardy-Weinberg"), not "NaCl", "IQs"
        parts = (_HYPHEN if word.islower() else _CAMEL).split(word)
        if len(parts) != 2 or min(len(part) for part in parts) < 3:
            return 0
        joined = " ".join(parts)
        pair = [(0, len(parts[0]), parts[0]), (len(parts[0]) + 1, len(joined), parts[1])]
        return 1 if self._person_at(joined, pair, 0, _ContextWords(joined)) == 2 else 0

    def _surname_first(
        self, text: str, words: list[tuple[int, int, str]], index: int, flags: str
    ) -> int:
        """ "Kowalski, Jan", "NOWAK Anna" (a surname before the given name, as lists and forms
        write them; not "Lyon, France"), or "A. Nowak" (an initial before a surname that is no
        ordinary word; not the "C. Paris" of a multiple-choice list)."""
        end, word = words[index][1], words[index][2]
        if index + 1 >= len(words) or (len(word) > 1 and "l" not in flags):
            return 0  # most words: no second look-up
        nxt = words[index + 1]
        gap, next_flags = text[end : nxt[0]], self._flags(nxt[2])
        if len(word) == 1:
            initial = word.isupper() and gap == ". " and _capitalised(nxt[2])
            initial = initial and not line_start(text, words[index][0])
            return 2 if initial and "l" in next_flags and "c" not in next_flags else 0
        shouting = word.isupper()
        surname = "l" in flags and "s" not in flags and ("d" not in flags or "L" in flags)
        if not surname or not (shouting or _capitalised(word)):
            return 0
        if gap == " " and initial_after(text, nxt, flags):
            return 2  # "Kowalski J.", "Zieliński M." as lists and invoices write them
        if gap != ", " and not (shouting and gap == " "):
            return 0
        given = _capitalised(nxt[2]) and "f" in next_flags
        ordinary = "d" in next_flags or "s" in next_flags
        if not given or "g" in next_flags or (ordinary and "F" not in next_flags):
            return 0
        # "Smith, John" (both frequent as names), "Kowalski, Jan"; not "Europe, Asia"
        return 2 if "c" not in flags or ("L" in flags and "F" in next_flags) else 0

    def _capitalised_name(
        self,
        text: str,
        start: int,
        end: int,
        flags: str,
        nxt: tuple[int, int, str] | None,
        contexts: _ContextWords,
    ) -> int:
        """ "Anna Müller", "Mohammed Al-Farsi": a given name, then a surname or an unknown
        capitalised word; not "Will Power" or "Memory Test" (two ordinary words) unless near
        health, money or address context; a lone given name unless it is an ordinary word."""
        if nxt is not None and nxt[2].isupper() and len(nxt[2]) > 1:  # "Anna NOWAK"
            next_flags = self._flags(nxt[2])
            if "l" in next_flags and "d" not in next_flags and "s" not in next_flags:
                return 2
        if nxt is not None and _capitalised(nxt[2]) and len(nxt[2]) > 1:
            next_flags = self._flags(nxt[2])
            # "i": a case of a name ("s Ivanom Horvatom": both read as given names' cases)
            if "s" not in next_flags and ("l" in next_flags or next_flags in ("", "fi")):
                frequent = "F" in flags and "L" in next_flags  # "John Smith", "Mark Price"
                ordinary = "d" in flags and "d" in next_flags and not frequent
                if not ordinary or contexts.near(start, end):
                    return 2
        plain = "g" not in flags and ("d" not in flags or "F" in flags)  # "Hello Fatima,\n"
        if plain and letter_line(text, start, end):
            return 1
        first = sentence_start(text, start)
        named = (nxt is not None and _capitalised(nxt[2])) or any(f in flags for f in "iFL")
        lone = ordinary_alone(text, start, end, named, self._flags)
        if "c" not in flags and not first and not lone:
            return 1
        # "Anna has been off sick": a lone given name first in its sentence near health, money or
        # address words: no word ("Agnieszka"), or a frequent name only capitalised ("Susan")
        usual = "c" not in flags or ("F" in flags and "p" in flags and "L" not in flags and first)
        subject = nxt is not None and nxt[2] in SUBJECT_VERBS and text[end : nxt[0]] == " "
        usual = usual or (first and subject and "F" in flags and "d" not in flags)  # "Thomas has"
        lower = text[start:end].lower()  # not "Wer war", "C'est" (but "D'Amico")
        usual = usual and lower not in function_words() and not elided_function_word(lower)
        city = _folded(text[start:end].lower()) in CITY_NAMES  # "Austin has a housing ..."
        return 1 if usual and "g" not in flags and contexts.near(start, end, city) else 0

    def _third_name(self, text: str, words: list[tuple[int, int, str]], index: int) -> bool:
        if index + 1 >= len(words) or text[words[index][1] : words[index + 1][0]] != " ":
            return False
        nxt = words[index + 1][2]
        return nxt.islower() and "l" in self._flags(nxt) and "c" not in self._flags(nxt)

    def _unknown_pair(
        self, text: str, words: list[tuple[int, int, str]], index: int, flags: str
    ) -> int:
        """Two capitalised words that are neither common words nor listed ("Oluwaseun
        Adeyemi"), an unlisted one before a listed surname ("Siobhan Ní Bhriain"), a surname
        only before a given name ("Ивановой Анне"), or the same in capitals."""
        word = words[index][2]
        # in capitals before a word that is only a surname ("ПИМЕН ГОРШКОВ"); not in lower
        # case, where an unlisted word is any word of another language ("señor gracias")
        shouting = word.isupper() and len(word) > 2
        surname = not flags.strip("lLh") and not shouting  # "Bērends Vītoliņš": two surnames
        if (flags and not surname) or not (shouting or _capitalised(word)):
            return 0
        nxt = _adjacent(text, words, index)
        if nxt is None or len(nxt[2]) < 2:
            return 0
        next_flags = self._flags(nxt[2])
        listed = "l" in next_flags and "c" not in next_flags
        if shouting:
            return 2 if nxt[2].isupper() and listed and "f" not in next_flags else 0
        if not _capitalised(nxt[2]) or (is_ordinary(word) and is_ordinary(nxt[2])):
            return 0  # "München Hbf", "Avenida Paulista": two ordinary words
        if flags:  # a surname only, then a given name or a surname's shape: "Ивановой Анне",
            # "Bērends Vītoliņš"; not "Haare Vater", "Leben Luft" (German nouns, surnames too)
            given = "f" in next_flags and "c" not in next_flags
            return 2 if given or "h" in next_flags else 0
        return 2 if next_flags == "" or listed else 0

    def _flags(self, word: str) -> str:
        flags = self._cache.get(word)
        if flags is None:
            flags = self._word_flags(word)
            if len(word) <= _COMPOUND_MAX:
                if len(self._cache) >= _CACHE_MAX:
                    self._cache.clear()  # afresh: random words must not fill it for good
                self._cache[word] = flags
        return flags

    def _word_flags(self, word: str) -> str:
        """The word's flags, merged with those of its folded form (Müller, Muller; O'Brien,
        obrien); in other scripts only the name flags, and only when capitalised (Остап,
        ostap). An unknown capitalised word shaped like a surname is one ("lh")."""
        lower = word.lower()
        own = self._table.get(lower)
        if lower.isascii() and "'" not in lower[1:3]:  # most words: one look-up
            if own is not None or len(lower) < _SHAPE_MIN or not word[:1].isupper():
                return own or ""
            return "lh" if _SURNAME_SHAPE.search(lower[-12:]) else self._inflected(lower, lower)
        # "o'brien" -> "obrien", "d'angelo"; not the possessive "state's"
        plain = lower[:1] + lower[2:] if lower[1:2] in ("'", "\u2019") else lower
        plain = lower[:2] + lower[3:] if lower[2:3] in ("'", "\u2019") else plain
        plain = plain if plain.isascii() else _folded(plain)
        flags = own or ""
        latin = max(lower) < _LATIN_END
        # No list says which Cyrillic or Greek words are ordinary: there the folded form and
        # the shape count only for a word written with a capital, as names are ("один",
        # "мера", "τον" are words; "Остап", "Соболев" names)
        capital = word[:1].isupper()
        if plain != lower and not (lower[:1].isascii() and not latin) and (latin or capital):
            other = self._table.get(plain, "")
            flags += other if latin else _name_flags(other)  # "Müller", "café": all flags
        if flags or len(plain) < _SHAPE_MIN or not capital:  # "polski", "górski": adjectives
            return flags
        shaped = _SURNAME_SHAPE.search(plain[-12:]) or _CYRILLIC_SHAPE.search(lower[-8:])
        return "lh" if shaped else self._inflected(plain, lower)  # "h": a surname by its shape

    def _inflected(self, plain: str, lower: str) -> str:
        """ "fi" for a case of a given name ("Piotrem", "Ольгой"; names.CASE_SWAPS), not of a
        city's or a country's name ("Milano" is no case of Milana; the Worker has no copy)."""
        latin = max(lower) < _LATIN_END
        if not latin and not all("\u0400" <= c <= "\u04ff" or c in "'-" for c in lower):
            return ""  # Greek, other scripts, mixed scripts: no list of endings
        written = inflected_given(plain if latin else lower, latin, self._table)
        nominative = _folded(written)
        place = plain in CITY_NAMES or nominative in CITY_NAMES
        place = place or nominative in _cldr_words() or written in _cldr_words()
        return "fi" if nominative and not place else ""  # "i": by its case ending
