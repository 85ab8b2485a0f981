# ruff: noqa: RUF003
"""Hits that are a common word, a brand or a fictional character rather than a private person.

``data/public_words.txt.gz`` (built by ``bench/build_public_words.py``) holds frequent words of
26 European languages that the gazetteer holds as names but no country ranks among its top
given names or surnames (tag ``w``: "rolle", "kac", "goli"), one-word brands that are no
frequent given name (``b``: "skoda", "renault"), brands of several words (``B``: "albert
heijn") and fictional characters (``k``: "frodo baggins", "darth vader"), from wordfreq,
names-dataset, cspell's company dictionary, simple-icons and four npm packages of character
names. ``notable.py`` drops such a hit only when no private context is near, so "my
colleague Frodo Baggins owes me 300 EUR" stays flagged.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
from collections.abc import Callable

__all__ = ["looks_public", "public_tag"]

_SENTENCE_END = ".!?:;\n\"'«»„“”¿¡()[]"


@functools.cache
def _table() -> dict[str, str]:
    data = importlib.resources.files("meshroute.privacy").joinpath("data/public_words.txt.gz")
    text = gzip.decompress(data.read_bytes()).decode("utf-8")
    rows = (line.split("\t") for line in text.splitlines())
    return {word: tag for word, tag in rows}


def public_tag(word: str) -> str:
    """The tags of a key in the table ("" for most words)."""
    return _table().get(word, "")


def _first_in_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in _SENTENCE_END


def _surname_after(text: str, end: int, function_word: Callable[[str], bool]) -> bool:
    """Whether a lower-case word that is no function word follows ``end`` ("markus flantz")."""
    after = text[end : end + 30].split(None, 1)
    word = after[0].strip(".,;:!?") if after and text[end : end + 1].isspace() else ""
    return len(word) > 2 and word.isalpha() and word.islower() and not function_word(word)


def looks_public(
    text: str,
    start: int,
    end: int,
    words: list[str],
    lookups: tuple[Callable[[str], bool], Callable[[str], str], Callable[[str], str]],
) -> bool:
    """Whether the PERSON hit ``text[start:end]`` (``words``: its keys, ``notable.key_of``) is
    a fictional character or a brand's name ("Frodo Baggins", "Albert Heijn"), starts with a
    brand ("Renault Clio", "Je Škoda Superb" first in its sentence), or is made of common words
    that are rarely names: alone ("Welche Rolle spielte"), or first when the hit is in
    lower case ("kaç gol"), or a function word first in its sentence ("Onko Temppeliaukion"):
    capitals say nothing there. ``lookups``: whether a lower-case word is a function word of
    some language, the gazetteer's flags of a word, a word folded to ASCII ("киа" -> "kia")."""
    function_word, flags, fold = lookups
    if not words:
        return False
    table = _table()
    key = " ".join(words)
    if table.get(key, "") in ("B", "k"):
        return True
    tags = [table.get(word, "") for word in words]
    if len(words) == 1:  # "Welche Rolle spielte"; an inflected place, "от Красной площади"
        return "w" in tags[0] or "f" not in flags(words[0])
    lower = text[start:end].islower()
    first_w = "w" in tags[0]
    fw = function_word(words[0])
    if first_w or (lower and fw):
        # a second word that is a common word too, or no name, or the one word after a
        # function word that no lower-case word follows ("de soledad?"; not "mit markus
        # flantz"): then a common word rarely a name starts no name ("Berliner Mauer", "kaç
        # gol"), nor in lower case a function word ("hangi yıl doğdu"); not "Török Máté"
        common = "w" in tags[1] or not set(flags(words[1])) & set("fl")
        if common or (lower and len(words) == 2 and not _surname_after(text, end, function_word)):
            return True
    # a common word that is no function word, in lower case ("kaç yıl hüküm"), or a function
    # word first in its sentence ("Je Škoda Superb"): capitals say nothing there
    opening = fw and _first_in_sentence(text, start)
    if first_w and ((lower and not fw) or opening):
        return True
    # a brand first ("Renault Clio", "Киа Рио"), unless a frequent given name ("Casey"), or
    # after a function word first in its sentence that is no given name ("Er Lego"; not "Ana")
    if opening and "g" not in tags[0] and "b" in (table.get(fold(words[1]), "") + tags[1]):
        return True
    brand = tags[0] or table.get(fold(words[0]), "")
    return "b" in brand and "F" not in flags(words[0])
