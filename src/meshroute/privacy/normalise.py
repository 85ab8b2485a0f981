"""Normalise text before matching, and map spans found in the normalised text back to the
original, so that redaction cuts the original characters.

What people (and copy-paste) put between the characters of an identifier: non-breaking and
other Unicode spaces, zero-width characters, soft hyphens, full-width or other compatibility
digits (NFKC), typographic dashes, and e-mail addresses spelled out ("jane dot doe at gmail dot
com", "jane[at]example[dot]org"). Matching runs on the normalised text only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import re2

__all__ = ["Normalised", "normalise"]

# Dropped: zero-width space/joiners, word joiner, BOM, soft hyphen, invisible separators.
_DROPPED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# A spelled separator: "at"/"dot" as words, or bracketed ("[at]", "(dot)", "{at}").
_SPELLED_AT = r"(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+)"
_SPELLED_DOT = r"(?:\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+)"
_LABEL = r"[a-z0-9][a-z0-9_%+\-]{0,63}"
# RE2: linear time whatever the input. A spelled address has at least one spelled "at" and
# a domain of labels joined by "." or a spelled dot.
_SPELLED_EMAIL = re2.compile(
    rf"(?i)({_LABEL}(?:(?:\.|{_SPELLED_DOT}){_LABEL}){{0,4}})(?:@|{_SPELLED_AT})"
    rf"({_LABEL}(?:(?:\.|{_SPELLED_DOT}){_LABEL}){{1,4}})"
)
_SEPARATOR = re2.compile(rf"(?i)({_SPELLED_AT}|{_SPELLED_DOT})")


@dataclass(frozen=True, slots=True)
class Normalised:
    """The normalised text; ``starts[i]``/``ends[i]`` are the original span of character i
    (None when the text did not change)."""

    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            return self.starts[start] if start < len(self.starts) else self.ends[-1], self.ends[
                end - 1
            ] if end > 0 else 0
        return self.starts[start], self.ends[end - 1]


# "\u00e9" as JSON and JavaScript escape a character: tool-call arguments serialised with
# ensure_ascii carry a Greek or Polish sentence as escapes, which no pattern reads as words;
# JSON inside a JSON string ("{\"dob\": \"1990-01-02\"}") hides its keys behind \"
_ESCAPE = re2.compile(r"\\(?:u([0-9a-fA-F]{4})|([\x22\\/nrt]))")
_SIMPLE = {"n": "\n", "r": "\n", "t": "\t"}


def _unescaped(text: str) -> tuple[str, list[int], list[int]]:
    """The text with each JSON escape ("\\uXXXX", "\\\"", "\\n") decoded, and each character's
    original span (a decoded character's is its whole escape)."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in _ESCAPE.finditer(text):
        lo, hi = match.span()
        chars.extend(text[pos:lo])
        starts.extend(range(pos, lo))
        ends.extend(range(pos + 1, lo + 1))
        code, simple = match.group(1), match.group(2)
        chars.append(chr(int(code, 16)) if code else _SIMPLE.get(simple, simple))
        starts.append(lo)
        ends.append(hi)
        pos = hi
    chars.extend(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(chars), starts, ends


def normalise(text: str) -> Normalised:
    """Map compatibility characters to their plain form and rewrite spelled e-mail addresses."""
    escaped = "\\" in text and _ESCAPE.search(text) is not None
    if text.isascii() and not escaped:
        if " at " not in text and "[" not in text and "(" not in text and "{" not in text:
            return Normalised(text)
        if _SPELLED_EMAIL.search(text) is None:
            return Normalised(text)
        starts = list(range(len(text)))
        ends = list(range(1, len(text) + 1))
        return _rewrite_spelled(text, starts, ends)
    source, spans_lo, spans_hi = _unescaped(text) if escaped else (text, None, None)
    chars: list[str] = []
    starts, ends = [], []
    for index, char in enumerate(source):
        if char in _DROPPED:
            continue
        if char.isspace():
            plain = "\n" if char in "\n\r\u2028\u2029\x0b\x0c\x85" else " "
        elif char in _DASHES:
            plain = "-"
        elif char.isascii():
            plain = char
        elif "\ud800" <= char <= "\udfff":
            plain = "\ufffd"  # a lone surrogate (no UTF-8 form): the matchers could not encode it
        else:
            plain = unicodedata.normalize("NFKC", char)
        lo = spans_lo[index] if spans_lo is not None else index
        hi = spans_hi[index] if spans_hi is not None else index + 1
        for piece in plain:
            chars.append(piece)
            starts.append(lo)
            ends.append(hi)
    normal = "".join(chars)
    if _SPELLED_EMAIL.search(normal) is None:
        return Normalised(normal, starts, ends)
    return _rewrite_spelled(normal, starts, ends)


def _rewrite_spelled(text: str, starts: list[int], ends: list[int]) -> Normalised:
    """Replace the spelled separators inside each spelled address by "@" and "."."""
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for match in _SPELLED_EMAIL.finditer(text):
        lo, hi = match.span()
        if not _spelled_address(text, lo, hi, match.group(1)):
            continue
        _copy(text, starts, ends, pos, lo, out, new_starts, new_ends)
        inner = lo
        for sep in _SEPARATOR.finditer(text, lo, hi):
            s_lo, s_hi = sep.span()
            _copy(text, starts, ends, inner, s_lo, out, new_starts, new_ends)
            word = sep.group().strip(" \t\n[](){}<>").lower()
            out.append("@" if word in ("at", "@") else ".")
            new_starts.append(starts[s_lo])
            new_ends.append(ends[s_hi - 1])
            inner = s_hi
        _copy(text, starts, ends, inner, hi, out, new_starts, new_ends)
        pos = hi
    _copy(text, starts, ends, pos, len(text), out, new_starts, new_ends)
    return Normalised("".join(out), new_starts, new_ends)


def _spelled_address(text: str, lo: int, hi: int, local: str) -> bool:
    """Spelled, and not prose: "jane dot doe at gmail dot com", "jane[at]acme.io" or
    "j.doe at acme.io" count; "I work at acme.io" and the "at" before a real address do not."""
    if (lo and text[lo - 1] == "@") or (hi < len(text) and text[hi] == "@"):
        return False
    value = text[lo:hi].lower()
    if any(b in value for b in "[({<") or " dot " in value:
        return True
    return "@" not in value and any(c in local for c in "._0123456789")


def _copy(
    text: str,
    starts: list[int],
    ends: list[int],
    lo: int,
    hi: int,
    out: list[str],
    new_starts: list[int],
    new_ends: list[int],
) -> None:
    out.append(text[lo:hi])
    new_starts.extend(starts[lo:hi])
    new_ends.extend(ends[lo:hi])
