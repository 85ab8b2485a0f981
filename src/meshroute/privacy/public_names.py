"""Words that start no private person's name, for the gazetteer's rules (gazetteer.py).

Function words of 23 European languages (``data/function_words.txt``, each with its languages,
built by ``bench/build_function_words.py`` from spaCy's stop-word lists): a question word,
article or pronoun begins no name ("Welche Rolle spielte Bismarck", "Czy Zamek Królewski",
"Les Misérables", "il suo telescopio"). Many are given names or surnames somewhere ("Les", "Bo",
"Ali", "Nagy"): such a word is skipped only when the words around it are function words of its
language too, so "I spoke to Bo Larsson" keeps its name. Bounded: a set look-up per word, and
for a word that is also a name, look-ups over a fixed window of neighbours.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable, Sequence

__all__ = ["function_word"]

_WINDOW = 12  # neighbours read on each side
_VOTES = 2  # other function words of the same language that make the text that language


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
