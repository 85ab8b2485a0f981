"""A long list of words and stems, found in a text word by word.

``private_context.py`` and ``public_context.py`` hold several hundred alternatives each ("hospital
\\w*", "zarplat\\w{0,2}", "who was"). One Python regex of them all is tried at every position of
the text, alternative after alternative: milliseconds per window, seconds on a text full of names.
Here each word of the text is matched only against the alternatives that start with its first two
letters (and the answer is cached per word); the few alternatives of several words or with
digits, hyphens or apostrophes ("sick leave", "e-?mail", "[0-9]+\\s?mg") stay one small regex.
Written by hand: no package matches regex stems word by word.
"""

from __future__ import annotations

import re

__all__ = ["WordList"]

_WORD = re.compile(r"[^\W\d_]+")
_PHRASE_MARKS = (" ", "\\s", "'", "-", "[0-9]", "\\d", "\\.")
_CACHE = 1 << 16


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at "|" outside brackets)."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in pattern:
        depth += (char in "([") - (char in ")]")
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    return [*parts, "".join(current)]


class WordList:
    """The alternatives of one regex, matched as whole words (case ignored)."""

    def __init__(self, pattern: str) -> None:
        groups: dict[str, list[str]] = {}
        others: list[str] = []
        phrases: list[str] = []
        for alternative in _alternatives(pattern):
            head = alternative[:2]
            if any(mark in alternative for mark in _PHRASE_MARKS):
                phrases.append(alternative)
            elif len(head) == 2 and head.isalpha():
                groups.setdefault(head.casefold(), []).append(alternative)
            else:
                others.append(alternative)
        self._groups = {k: re.compile("|".join(v), re.IGNORECASE) for k, v in groups.items()}
        self._others = re.compile("|".join(others) or "(?!)", re.IGNORECASE)
        self._phrases = re.compile(
            rf"(?<![^\W\d_])(?:{'|'.join(phrases) or '(?!)'})(?![^\W\d_])", re.IGNORECASE
        )
        # word -> verdict: a plain dict, emptied when full (an lru_cache keeps a linked node per
        # entry, which the garbage collector walks: tens of milliseconds on a warm gateway)
        self._cache: dict[str, bool] = {}
        self._misses = 0

    def word(self, word: str) -> bool:
        """Whether ``word`` (one word) is in the list; each distinct word is matched once."""
        found = self._cache.get(word)
        if found is None:
            found = self._word(word)
            self._misses += 1
            if len(self._cache) >= _CACHE:
                self._cache.clear()
            self._cache[word] = found
        return found

    def misses(self) -> int:
        """How many distinct words were matched against the alternatives so far."""
        return self._misses

    def _word(self, word: str) -> bool:
        group = self._groups.get(word[:2].casefold())
        return bool((group and group.fullmatch(word)) or self._others.fullmatch(word))

    def spans(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans of ``text[lo:hi]`` that are one of the words or phrases, in order."""
        found = [m.span() for m in _WORD.finditer(text, lo, hi) if self.word(m.group())]
        found += [m.span() for m in self._phrases.finditer(text, lo, hi)]
        return sorted(found)

    def search(self, text: str, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` holds one of the words or phrases."""
        if any(self.word(m.group()) for m in _WORD.finditer(text, lo, hi)):
            return True
        return self._phrases.search(text, lo, hi) is not None
