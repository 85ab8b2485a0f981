"""The values of SQL ``INSERT`` statements, each with the column that names it.

``INSERT INTO patients (full_name, dob, phone) VALUES ('Howard Tsai', '1971-02-28', ...)`` says
what each value is only through the column list, which the key-value and table readers of
``structured.py`` do not see. Written by hand: sqlparse and sqlglot parse SQL but are new
dependencies for one statement shape, and their parsers are not bounded on hostile input; this
reader is one RE2 search per statement and one pass over at most _MAX_CHARS characters of its
values.
"""

from __future__ import annotations

from collections.abc import Iterator

import re2

__all__ = ["insert_values"]

_INSERT = re2.compile(
    r"(?i)\binsert\s+(?:ignore\s+)?into\s+[\w.\x22`\[\]]{1,128}\s*\(([^()]{1,1000})\)\s*values\s*\("
)
_MAX_STATEMENTS = 200
_MAX_CHARS = 100_000  # of one statement's values
_MAX_VALUE = 256


def _columns(listed: str) -> list[str]:
    return [name.strip(" \t\r\n\x22`[]") for name in listed.split(",")]


def _value_end(text: str, pos: int, stop: int) -> tuple[int, int, int] | None:
    """The value at ``pos``: its start and end (inside quotes) and where the next one is read;
    None at a nested parenthesis or past ``stop`` (a function call, a cut statement)."""
    if text[pos : pos + 1] == "'":
        end = text.find("'", pos + 1, stop)
        while end >= 0 and text[end + 1 : end + 2] == "'":  # '' is a quote inside the string
            end = text.find("'", end + 2, stop)
        return None if end < 0 else (pos + 1, end, end + 1)
    end = pos
    while end < stop and text[end] not in ",()":
        end += 1
    if end >= stop or text[end] == "(":
        return None
    value_end = end
    while value_end > pos and text[value_end - 1] in " \t\r\n":
        value_end -= 1
    return pos, value_end, end


def _tuples(text: str, pos: int, stop: int, width: int) -> Iterator[tuple[int, int, int]]:
    """(column index, start, end) of each value of the tuples from ``pos`` (just after "(")."""
    while pos < stop:
        for index in range(width):
            while pos < stop and text[pos] in " \t\r\n":
                pos += 1
            found = _value_end(text, pos, stop)
            if found is None:
                return
            start, end, pos = found
            while pos < stop and text[pos] in " \t\r\n":
                pos += 1
            if end - start <= _MAX_VALUE:
                yield index, start, end
            closing = ")" if index == width - 1 else ","
            if text[pos : pos + 1] != closing:
                return
            pos += 1
        while pos < stop and text[pos] in " \t\r\n":
            pos += 1
        if text[pos : pos + 1] != ",":
            return  # the statement ends: no further tuple
        pos += 1
        while pos < stop and text[pos] in " \t\r\n":
            pos += 1
        if text[pos : pos + 1] != "(":
            return
        pos += 1


def insert_values(text: str) -> Iterator[tuple[str, int, int]]:
    """(column name, start, end) of each value of each ``INSERT ... VALUES`` in ``text``; the
    statements' values are read up to _MAX_CHARS characters in all, and never twice."""
    pos, budget = 0, _MAX_CHARS
    for _ in range(_MAX_STATEMENTS):
        match = _INSERT.search(text, pos)
        if match is None or budget <= 0:
            return
        columns = _columns(match.group(1))
        stop = min(len(text), match.end() + budget)
        reached = match.end()
        for index, start, end in _tuples(text, match.end(), stop, len(columns)):
            reached = end
            yield columns[index], start, end
        budget -= reached - match.end()
        pos = max(reached, match.end())
