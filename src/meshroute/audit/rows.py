"""A row as the readers hand it to the scanner: field -> text, never kept past its chunk."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from meshroute.audit.limits import MAX_FIELD_CHARS, MAX_FIELD_NAME_CHARS, MAX_JSON_PATH_DEPTH

# A field name is shown as it is only if it looks like a name: a header or key made of an
# e-mail address, a phone number or an id would otherwise put a value into the report.
_NAME_LIKE = re.compile(r"[A-Za-z_][\w .()#%/&+:\-]*")
_MAX_NAME_DIGITS = 3


@dataclass(slots=True)
class Row:
    values: dict[str | None, str] = field(default_factory=dict)
    unscanned: list[str | None] = field(default_factory=list)
    ts: float | None = None
    malformed: bool = False
    # fields holding only values that are not scanned (timestamps): counted, not scanned
    present: set[str | None] = field(default_factory=set)

    def put(self, name: str | None, text: str, *, present: bool = False) -> None:
        """Add a value; several values under one name (JSON arrays) are scanned together."""
        if not text:
            if present:
                self.present.add(name)
            return
        if len(text) > MAX_FIELD_CHARS:
            if name not in self.unscanned:
                self.unscanned.append(name)
            return
        before = self.values.get(name)
        if before is None:
            self.values[name] = text
        elif len(before) + len(text) + 1 > MAX_FIELD_CHARS:
            if name not in self.unscanned:
                self.unscanned.append(name)
        else:
            self.values[name] = before + "\n" + text


def is_name_like(name: str) -> bool:
    return (
        len(name) <= MAX_FIELD_NAME_CHARS
        and _NAME_LIKE.fullmatch(name) is not None
        and sum(c.isdigit() for c in name) <= _MAX_NAME_DIGITS
    )


def column_name(header: str, index: int) -> str:
    """A CSV or Parquet column's display name: its header, or `column_N` when the header does
    not look like a name (it is then scanned as a value, see readers)."""
    stripped = header.strip()
    return stripped if stripped and is_name_like(stripped) else f"column_{index + 1}"


def _key(key: str) -> str:
    return key if is_name_like(key) else "<key>"


def scalar_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def flatten(document: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(key path, text) for every scalar of a JSON value, iteratively (no recursion limit).

    Arrays add `[]` to the path; keys that do not look like names become `<key>` and are
    themselves emitted as values under `path.<key>`; past MAX_JSON_PATH_DEPTH the path stops
    growing but every value below is still emitted.
    """
    stack: list[tuple[str, int, Any]] = [(prefix, 0, document)]
    while stack:
        path, depth, node = stack.pop()
        deeper = depth + 1 <= MAX_JSON_PATH_DEPTH
        if isinstance(node, dict):
            for key, value in node.items():
                name = _key(str(key))
                child = (f"{path}.{name}" if path else name) if deeper else path
                if name == "<key>":
                    yield child, str(key)
                stack.append((child, depth + 1, value))
        elif isinstance(node, list):
            child = f"{path}[]" if deeper else path
            stack.extend((child, depth + 1, item) for item in reversed(node))
        else:
            text = scalar_text(node)
            if text is not None:
                yield path or "$", text
