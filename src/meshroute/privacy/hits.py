"""What every finder of the detector returns, and the interface of the name finders (a module
of its own so that the detector, the scanner and the finders do not import each other)."""

from __future__ import annotations

from typing import Protocol

__all__ = ["UNSCANNED", "NameFinder", "RawHit"]

RawHit = tuple[str, int, int, float]  # (entity type, start, end, score)

UNSCANNED = "UNSCANNED"  # text the scan did not reach within its limits: fail closed


class NameFinder(Protocol):
    """The deep scan's name finders (gazetteer, spaCy): hits in one chunk of text."""

    def find(self, text: str) -> list[RawHit]: ...
