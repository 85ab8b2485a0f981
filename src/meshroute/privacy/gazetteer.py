"""Names without cue words, from a gazetteer of given names and surnames (data/names.txt.gz,
built by bench/build_name_gazetteer.py from maintained name lists).

Chosen over spaCy's small English model for the deep scan (docs/privacy.md has the figures):
a dictionary look-up per word costs microseconds where the CNN costs about 20 ms per 1,000
characters, and it finds lower-case and non-English names the model misses
("agnieszka kowalczyk from accounting has breast cancer").

Rules, one pass over the words (linear in the text):
* a given name followed by a surname or another capitalised word: "Jane Smith", "Oluwaseun
  Adeyemi", and in lower case when neither word is also a common English word;
* a capitalised given name alone when it is not a common word ("ask Agnieszka");
* an uncommon lower-case given name alone only near health, money or address context.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import re
import unicodedata

from meshroute.privacy.hits import RawHit
from meshroute.privacy.patterns import HEALTH_TERMS

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


@functools.cache
def _load() -> dict[str, str]:
    data = importlib.resources.files("meshroute.privacy").joinpath("data/names.txt.gz")
    table: dict[str, str] = {}
    with gzip.open(data.open("rb"), "rt", encoding="utf-8") as handle:
        for line in handle:
            name, _, flags = line.rstrip("\n").partition("\t")
            table[name] = flags
    return table


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word[1:].isupper()


class GazetteerNames:
    def __init__(self, table: dict[str, str]) -> None:
        self._table = table

    @classmethod
    def load(cls) -> GazetteerNames:
        return cls(_load())

    def find(self, text: str) -> list[RawHit]:
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        hits: list[RawHit] = []
        index = 0
        while index < len(words):
            taken = self._person_at(text, words, index)
            if taken:
                hits.append(("PERSON", words[index][0], words[index + taken - 1][1], 0.85))
                index += taken
            else:
                index += 1
        return hits

    def _person_at(self, text: str, words: list[tuple[int, int, str]], index: int) -> int:
        """How many words from ``index`` on make a person's name (0: none)."""
        start, end, word = words[index]
        flags = self._flags(word)
        if "f" not in flags:
            return self._unknown_pair(text, words, index, flags)
        common = "c" in flags
        nxt = words[index + 1] if index + 1 < len(words) else None
        adjacent = nxt is not None and text[end : nxt[0]] in (" ", "\t")
        if _capitalised(word):
            # "Anna Müller", "Mohammed Al-Farsi": a given name, then a surname or an unknown
            # capitalised word; not "Will Power" (a given name, then an ordinary word).
            if adjacent and nxt is not None and _capitalised(nxt[2]):
                next_flags = self._flags(nxt[2])
                if "l" in next_flags or next_flags == "":
                    return 2
            return 0 if common or self._sentence_start(text, start) else 1
        if not word.islower() or "s" in flags:  # "will", "may": too frequent as words
            return 0
        # Lower case: a given name that is not a stop word ("will", "may"), then a surname
        # that is not also a common word, or a word that is neither common nor listed
        # ("lucas rousset"), or another given name ("carlos eduardo abreu").
        if adjacent and nxt is not None and nxt[2].islower():
            next_flags = self._flags(nxt[2])
            if next_flags == "" or (("l" in next_flags or "f" in next_flags) and not common):
                return 3 if self._third_name(text, words, index + 1) else 2
            if "l" in next_flags and "c" not in next_flags:
                return 2
        if common:
            return 0
        return 1 if self._near_context(text, start, end) else 0

    def _third_name(self, text: str, words: list[tuple[int, int, str]], index: int) -> bool:
        if index + 1 >= len(words) or text[words[index][1] : words[index + 1][0]] != " ":
            return False
        nxt = words[index + 1][2]
        return nxt.islower() and "l" in self._flags(nxt) and "c" not in self._flags(nxt)

    def _unknown_pair(
        self, text: str, words: list[tuple[int, int, str]], index: int, flags: str
    ) -> int:
        """Two capitalised words that are neither common words nor listed ("Oluwaseun
        Adeyemi"), or an unlisted one before a listed surname ("Siobhan Ní Bhriain")."""
        _, end, word = words[index]
        if flags or not _capitalised(word) or index + 1 >= len(words):
            return 0
        nxt = words[index + 1]
        if text[end : nxt[0]] not in (" ", "\t") or not _capitalised(nxt[2]):
            return 0
        next_flags = self._flags(nxt[2])
        if next_flags == "" or ("l" in next_flags and "c" not in next_flags):
            return 2
        return 0

    def _flags(self, word: str) -> str:
        """The word's flags, merged with those of its accent-free form (Müller, Muller)."""
        lower = word.lower()
        flags = self._table.get(lower, "")
        if not lower.isascii():
            plain = unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode()
            flags += self._table.get(plain, "")
        return flags

    @staticmethod
    def _sentence_start(text: str, start: int) -> bool:
        before = text[max(0, start - 3) : start].rstrip()
        return not before or before[-1] in ".!?:\n\"'"

    @staticmethod
    def _near_context(text: str, start: int, end: int) -> bool:
        lo, hi = max(0, start - _CONTEXT_REACH), end + _CONTEXT_REACH
        return _CONTEXT.search(text, lo, hi) is not None
