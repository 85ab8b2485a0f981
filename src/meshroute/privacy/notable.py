"""Names of globally notable people are not personal data in "who painted Guernica?".

``NotableFilter`` wraps a name finder and drops the PERSON hits whose text is the full name of a
person in ``data/notable.txt.gz`` (the Pantheon 1.0 selection of people with a biography in 25
or more Wikipedia languages, less the names a private person is likely to share; built by
``bench/build_notable_names.py``). Only names found by the gazetteer's rules pass through it: a
value under a key that names a person ("customer: Albert Einstein") or after a cue stays
personal data, whoever it names. A set look-up per hit: no effect on scan time.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache
from pathlib import Path

from meshroute.privacy.hits import NameFinder, RawHit

__all__ = ["NotableFilter", "key_of", "notable_names"]

_DATA = Path(__file__).parent / "data" / "notable.txt.gz"
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


@cache
def notable_names() -> frozenset[str]:
    with gzip.open(_DATA, "rt", encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh if line.strip())


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


class NotableFilter:
    """A name finder whose PERSON hits that name a notable person are left out."""

    def __init__(self, finder: NameFinder, names: frozenset[str] | None = None) -> None:
        self._finder = finder
        self._names = notable_names() if names is None else names

    def find(self, text: str) -> list[RawHit]:
        return [
            hit
            for hit in self._finder.find(text)
            if hit[0] != "PERSON" or not _is_notable(text[hit[1] : hit[2]], self._names)
        ]
