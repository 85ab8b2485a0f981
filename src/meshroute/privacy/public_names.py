"""Words that start no private person's name, for the gazetteer's rules (gazetteer.py).

Function words of 23 European languages (``data/function_words.txt``, each with its languages,
built by ``bench/build_function_words.py`` from spaCy's stop-word lists): a question word,
article or pronoun begins no name ("Welche Rolle spielte Bismarck", "Czy Zamek Królewski",
"Les Misérables", "il suo telescopio"). Many are given names or surnames somewhere ("Les", "Bo",
"Ali", "Nagy"): such a word is skipped only when the words around it are function words of its
language too, so "I spoke to Bo Larsson" keeps its name. Bounded: a set look-up per word, and
for a word that is also a name, look-ups over a fixed window of neighbours.

``looks_like_no_name`` tells ``notable.py`` which PERSON hits only look like names: those are
dropped when no private context is near (a real name in chat has some: "can u ask lucas rousset
to send me").
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable, Sequence

from meshroute.privacy.places import LANDMARKS

__all__ = ["among_its_language", "function_word", "function_words", "looks_like_no_name"]

_WINDOW = 12  # neighbours read on each side
_VOTES = 2  # other function words of the same language that make the text that language
_LANDMARK_STEM = 4
_CASE_ENDINGS = frozenset(("a", "u", "e", "y", "i", "em", "om", "ie"))  # "Pałacu", "Zamku"
_JOINS = frozenset(("de", "del", "di", "da", "do", "della", "des", "du", "la", "of", "the"))
_SENTENCE_END = ".!?:;\n\"'«»„“”¿¡()[]"


@functools.cache
def function_words() -> dict[str, frozenset[str]]:
    """Function word -> its languages."""
    return _function_words()


@functools.cache
def _function_words() -> dict[str, frozenset[str]]:
    data = importlib.resources.files("meshroute.privacy").joinpath("data/function_words.txt")
    rows = (line.split("\t") for line in data.read_text(encoding="utf-8").splitlines())
    return {word: frozenset(langs.split(",")) for word, langs in rows}


def function_word(
    words: Sequence[tuple[int, int, str]], index: int, flags: Callable[[str], str]
) -> bool:
    """Whether the word at ``index`` is a function word that starts no name here: one no name
    list holds ("Welche", "POURQUOI", "dlaczego"), or one that is also a name ("Les", "il",
    "bo"; ``flags``: the gazetteer's) among other function words of its language."""
    table = _function_words()
    langs = table.get(words[index][2].lower())
    if langs is None:
        return False
    own = flags(words[index][2])
    nxt = words[index + 1][2] if index + 1 < len(words) else ""
    if nxt.islower() and "f" in flags(nxt):
        return False  # "mit markus flantz": the pair the rules read is where the name is
    if "f" not in own and "l" not in own:
        return True
    return _among(words, index, langs)


def among_its_language(words: Sequence[tuple[int, int, str]], index: int) -> bool:
    """Whether the word at ``index`` is a function word with other function words of its
    language around it ("teszt után kell még": Hungarian; not "mert was diagnosed")."""
    langs = _function_words().get(words[index][2].lower())
    return langs is not None and _among(words, index, langs)


def _among(words: Sequence[tuple[int, int, str]], index: int, langs: frozenset[str]) -> bool:
    """Whether _VOTES other function words of one of ``langs`` stand within _WINDOW words."""
    table = _function_words()
    seen: set[str] = set()
    votes = 0
    for near in words[max(0, index - _WINDOW) : index + _WINDOW + 1]:
        lower = near[2].lower()
        if near[0] == words[index][0] or lower in seen:
            continue
        seen.add(lower)
        votes += not langs.isdisjoint(table.get(lower, ()))
        if votes >= _VOTES:
            return True
    return False


def _landmark(word: str, fold: Callable[[str], str]) -> bool:
    """A landmark noun (``places.LANDMARKS``), maybe with a case ending ("Dworca", "Pałacu")."""
    plain = fold(word.lower())
    return plain in LANDMARKS or any(
        plain[:-cut] in LANDMARKS and plain[-cut:] in _CASE_ENDINGS
        for cut in (1, 2)
        if len(plain) - cut >= _LANDMARK_STEM
    )


def _by_landmark(
    text: str, start: int, words: list[str], flags: Callable[[str], str], fold: Callable[[str], str]
) -> bool:
    """A landmark's name: a landmark noun first or last in the hit ("Muzeum Chopina",
    "Brandenburger Tor") or before it ("Museo del Prado", "Torre de Belém"). Many landmark
    nouns are surnames too: a last word is the surname when it is a frequent one (flag L) after
    a given name that is no English word ("Jisoo Park"; not "Kings Cross"), or follows a
    frequent given name (F) and is a frequent surname or no English word ("Sarah Cross",
    "Thomas Haus"; not "George Street")."""
    if _landmark(words[0], fold):
        return True
    if len(words) > 1 and _landmark(words[-1], fold):
        first, last = flags(words[0]), flags(words[-1])
        frequent = "L" in last and ("c" not in first or "F" in first)
        if not (frequent or ("F" in first and "d" not in last)):
            return True
    before = text[max(0, start - 30) : start].split()[-3:]
    while before and before[-1].lower() in _JOINS:
        before.pop()  # "del", "de", "di"
    return bool(before) and _landmark(before[-1], fold)


@functools.cache
def _cldr_words() -> dict[str, str]:
    """Day and month names ("d"), language and territory names ("n") of 34 CLDR locales
    (``data/cldr_words.txt``, built by ``bench/build_cldr_words.py``)."""
    data = importlib.resources.files("meshroute.privacy").joinpath("data/cldr_words.txt")
    rows = (line.split("\t") for line in data.read_text(encoding="utf-8").splitlines())
    return {word: tag for word, tag in rows}


def looks_like_no_name(
    text: str, start: int, end: int, flags: Callable[[str], str], fold: Callable[[str], str]
) -> bool:
    """Whether the PERSON hit ``text[start:end]`` is likely no name: in lower case with a
    function word after its first word ("jest taki"), holding a day or month ("le lundi",
    "Κυριακή"), or a language, people or country ("Cleopatra Greek", "Western Europe"), or
    starting its sentence with a word that is no given name ("Fasse Goethes Faust", "Shrň
    Proměnu": capitals there say nothing), or a landmark's ("Muzeum Chopina", "Brandenburger
    Tor"). ``flags``, ``fold``: the gazetteer's, of a lower-case word."""
    span = text[start:end]
    words = span.lower().replace("-", " ").split()
    # "jest taki", "ne zaman"; not "con jacinto" (the pair the rules read "jacinto barrio" from)
    if span.islower() and any(word in _function_words() for word in words[1:]):
        return True
    for word in words:
        tag = _cldr_words().get(word.strip("'\u2019.,"), "")
        own = flags(word) if tag else ""
        # a day that is also a given name only alone or in lower case ("Κυριακή", "le lundi";
        # not "Maja Kalazić"); a people that is also a surname only when English uses the
        # word ("Greek"; not "Alemán")
        if tag == "d" and ("f" not in own or len(words) == 1 or span.islower()):
            return True
        if tag == "n" and ("c" in own or "l" not in own or span.islower()):
            return True
    if _by_landmark(text, start, words, flags, fold):
        return True
    before = text[max(0, start - 3) : start].rstrip()
    first = not before or before[-1] in _SENTENCE_END
    if not first or len(words) < 2 or set(flags(words[0])) & set("fl"):
        return False
    after = text[end : end + 40].split(None, 1)  # a sentence goes on: not a name on its own
    return bool(after) and after[0][:1].islower()
