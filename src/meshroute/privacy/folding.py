"""Letters folded to ASCII for name look-ups: "остап" -> "ostap", "łukasz" -> "lukasz"."""

from __future__ import annotations

import functools
import importlib.resources
import unicodedata

__all__ = ["folded"]


@functools.cache
def _fold_table() -> dict[int, str]:
    """Lower-case letters and their ASCII spelling (data/fold.txt, built with anyascii)."""
    data = importlib.resources.files("meshroute.privacy").joinpath("data/fold.txt")
    rows = (line.split("\t") for line in data.read_text(encoding="utf-8").splitlines())
    return {ord(letter): folded for letter, folded in rows}


def folded(lower: str) -> str:
    """ "остап" -> "ostap", "łukasz" -> "lukasz", "zoé" -> "zoe" (other marks: NFKD)."""
    plain = lower.translate(_fold_table())
    if plain.isascii():
        return plain
    return unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
