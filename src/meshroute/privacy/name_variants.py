"""Another language's form of a notable person's full name: "Léonard de Vinci" (Leonardo da
Vinci), "Богдана Хмельницького" (Bohdan Khmelnytsky).

Pantheon (``data/notable.txt.gz``) lists English forms. Other languages write the same person
with another form of the given name, another particle, another transliteration and a case
ending. A loose key folds those apart (``loose``: the script folded to Latin, then kh/g/h,
y/j/i, w/v, c/k/q, doubled letters made one); a hit is a variant when its last word, less a
case ending, has the loose key of a notable full name's surname, and its first word begins
with the same four letters as that person's given name ("leon" of Léonard and Leonardo).
Only likely public: ``notable.py`` drops it only when no private context is near. A dict
look-up per hit word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

__all__ = ["VariantIndex"]

_PREFIX = 4  # letters of a given name that two languages' forms share ("leon", "bohd")
_STEM_MIN = 4
# Case endings as the loose key writes them ("-ogo" -> "-oho"); Slavic, German, Baltic
_ENDINGS = frozenset(
    ("a", "u", "e", "i", "s", "oho", "eho", "em", "om", "im", "ovi", "es", "oi", "n")
)
_PAIRS = (("kh", "h"), ("ch", "h"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("sz", "s"), ("ou", "u"))
_LETTERS = str.maketrans({"g": "h", "y": "i", "j": "i", "w": "v", "c": "k", "q": "k", "x": "ks"})
_DOUBLE = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=8192)
def loose(plain: str) -> str:
    """A loose key of a word already folded to lower-case ASCII: "khmelnitskogo" ->
    "hmelnitskoho", "khmelnytsky" -> "hmelnitski"."""
    for old, new in _PAIRS:
        if old in plain:
            plain = plain.replace(old, new)
    return _DOUBLE.sub(r"\1", plain.translate(_LETTERS))


class VariantIndex:
    """Notable full names by the loose key of their surname (and its stems)."""

    def __init__(self, names: Iterable[str]) -> None:
        index: dict[str, set[str]] = {}
        for name in names:
            words = name.split()
            if len(words) < 2 or len(words[-1]) < _STEM_MIN:
                continue
            given, surname = loose(words[0])[:_PREFIX], loose(words[-1])
            for cut in (0, 1, 2):
                if len(surname) - cut >= _STEM_MIN:
                    index.setdefault(surname[: len(surname) - cut], set()).add(given)
        self._index = {key: frozenset(value) for key, value in index.items()}

    def matches(self, words: list[str], plain: Callable[[str], str]) -> bool:
        """Whether ``words`` (a hit's lower-case words; ``plain`` folds one to ASCII) are a
        notable full name in another form: given name first, surname last."""
        if len(words) < 2:
            return False
        surname = loose(plain(words[-1]))
        for cut in range(4):
            stem = surname[: len(surname) - cut] if cut else surname
            if cut and surname[-cut:] not in _ENDINGS:
                continue
            givens = self._index.get(stem, ()) if len(stem) >= _STEM_MIN else ()
            given = loose(plain(words[0]))[:_PREFIX] if givens else ""
            if len(given) >= 3 and given in givens:  # not "al", "jo"
                return True
        return False
