"""Runs a table of ``PatternSpec`` on a text with RE2: linear time in the text's length for
every pattern, whatever the input (no backtracking), and one pass of an RE2 set first to find
which patterns can match at all."""

from __future__ import annotations

from collections.abc import Sequence

import re2

from meshroute.privacy.hits import RawHit
from meshroute.privacy.patterns import PatternSpec
from meshroute.privacy.validators import Validator

__all__ = ["PatternScanner", "RawHit"]


# Where spans overlap, the higher score wins: an SSN or card over the phone number that the
# same digits also make.
# SECRET (any VAR_WITH_KEY=value) yields to the specific token or password over the same value.
_SCORES = {"PHONE_NUMBER": 0.9, "LOCATION": 0.8, "MEDICAL": 0.8, "SECRET": 0.95}


def _options() -> re2.Options:
    options = re2.Options()
    options.max_mem = 64 << 20  # the set of all patterns needs more than RE2's default 8 MB
    return options


class PatternScanner:
    def __init__(self, specs: Sequence[PatternSpec], validators: dict[str, Validator]) -> None:
        options = _options()
        self._specs = tuple(specs)
        self._compiled = [re2.compile(spec.pattern, options) for spec in self._specs]
        missing = {s.validator for s in self._specs if s.validator} - set(validators)
        if missing:
            raise ValueError(f"unknown validators: {sorted(missing)}")
        self._validators = [validators.get(spec.validator) for spec in self._specs]
        self._set = re2.Set.SearchSet(options)
        for spec in self._specs:
            self._set.Add(spec.pattern)
        self._set.Compile()

    def scan(self, text: str) -> list[RawHit]:
        hits: list[RawHit] = []
        for index in sorted(self._set.Match(text) or ()):  # None: nothing matched
            entity = self._specs[index].entity
            score = _SCORES.get(entity, 1.0)
            validator = self._validators[index]
            regex = self._compiled[index]
            group = 1 if regex.groups >= 1 else 0
            for match in regex.finditer(text):
                start, end = match.span(group)
                if start < 0 or end <= start or _runs_on(text, end):
                    continue
                span = validator(text, start, end) if validator is not None else (start, end)
                if span is not None:
                    hits.append((entity, span[0], span[1], score))
        return hits


def _runs_on(text: str, end: int) -> bool:
    """The match stops inside a longer token (RE2 has no look-ahead to say "not followed by")."""
    if end >= len(text):
        return False
    last, following = text[end - 1], text[end]
    if last.isdigit():
        return following.isdigit()
    return last.isalpha() and following.isalpha()
