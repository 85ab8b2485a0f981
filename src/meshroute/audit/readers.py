"""Streaming readers: text and logs, CSV/TSV, JSON Lines and JSON documents, as Rows.

Every reader holds at most one line (capped) or one row in memory, except a JSON document,
which is parsed whole up to MAX_JSON_DOCUMENT_BYTES.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import orjson

from meshroute.audit.limits import MAX_FIELD_CHARS, MAX_JSON_DOCUMENT_BYTES, MAX_LINE_CHARS
from meshroute.audit.rows import Row, column_name, flatten, is_name_like
from meshroute.audit.sources import SourceError, text_lines
from meshroute.audit.timestamps import is_timestamp, mask_log_timestamp, parse_value

OVERLONG = "(over-long lines)"
MALFORMED = "(malformed lines)"
HEADER = "(header)"


def read_text(stream: io.BufferedReader[Any]) -> Iterator[Row]:
    """Plain text, Markdown and logs: one row a line, one whole-text field (name None)."""
    for line in text_lines(stream, MAX_FIELD_CHARS):
        if line is None:
            yield Row(unscanned=[None])
            continue
        ts = None
        if line[:1].isalnum() or line[:1] == "[":
            line, ts = mask_log_timestamp(line)
        row = Row(ts=ts)
        row.put(None, line.rstrip("\r\n"))
        yield row


def _counted_lines(stream: io.BufferedReader[Any], overlong: list[int]) -> Iterator[str]:
    for line in text_lines(stream, MAX_LINE_CHARS):
        if line is None:
            overlong[0] += 1
            yield "\n"
        else:
            yield line


class _TimeColumn:
    """Picks the timestamp column from the first rows, then parses it on every row."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.index: int | None = None
        self.tries = 0

    def parse(self, cells: list[str]) -> float | None:
        if self.index is None:
            if self.tries >= 10:
                return None
            self.tries += 1
            self.index = self._find(cells)
            if self.index is None:
                return None
        if self.index >= len(cells):
            return None
        return _cell_time(
            self.names[self.index] if self.index < len(self.names) else None, cells[self.index]
        )

    def _find(self, cells: list[str]) -> int | None:
        for index, cell in enumerate(cells):
            name = self.names[index] if index < len(self.names) else None
            if _cell_time(name, cell) is not None:
                return index
        return None


def _cell_time(name: str | None, cell: str) -> float | None:
    found = parse_value(name, cell)
    if found is None and name is not None and cell[:1].isdigit():
        try:
            found = parse_value(name, float(cell))
        except ValueError:
            return None
    return found


def read_csv(stream: io.BufferedReader[Any], delimiter: str) -> Iterator[Row]:
    """One row a record; fields named by the header row."""
    csv.field_size_limit(MAX_LINE_CHARS)
    overlong = [0]
    reader = csv.reader(_counted_lines(stream, overlong), delimiter=delimiter)
    names: list[str] | None = None
    clock: _TimeColumn | None = None
    seen_overlong = 0
    try:
        for cells in reader:
            if overlong[0] > seen_overlong:
                seen_overlong = overlong[0]
                yield Row(unscanned=[OVERLONG])
                continue
            if not cells:
                continue
            if names is None:
                names = [column_name(cell, i) for i, cell in enumerate(cells)]
                clock = _TimeColumn(names)
                header = Row()
                for cell in cells:
                    if not is_name_like(cell.strip()):
                        header.put(HEADER, cell)
                if header.values:
                    yield header  # header cells that are not names are scanned as values
                continue
            assert clock is not None
            row = Row(ts=clock.parse(cells))
            for index, cell in enumerate(cells):
                name = names[index] if index < len(names) else f"column_{index + 1}"
                row.put(name, "" if is_timestamp(cell) else cell, present=bool(cell))
            yield row
    except csv.Error as exc:
        raise SourceError(f"malformed CSV near line {reader.line_num}: {exc}") from exc


def _json_row(document: Any, prefix: str = "") -> Row:
    row = Row()
    if isinstance(document, dict):
        for key, value in document.items():
            found = parse_value(str(key), value)
            if found is not None:
                row.ts = found
                break
    for path, text in flatten(document, prefix):
        row.put(path, "" if is_timestamp(text) else text, present=True)
    return row


def read_jsonl(stream: io.BufferedReader[Any]) -> Iterator[Row]:
    """One row a line; a line that is not JSON is scanned as text under MALFORMED."""
    for line in text_lines(stream, MAX_LINE_CHARS):
        if line is None:
            yield Row(unscanned=[OVERLONG])
            continue
        if not line.strip():
            continue
        try:
            document = orjson.loads(line)
        except orjson.JSONDecodeError:
            row = Row(malformed=True)
            row.put(MALFORMED, line.rstrip("\r\n"))
            yield row
            continue
        yield _json_row(document)


def read_json(stream: io.BufferedReader[Any]) -> Iterator[Row]:
    """A JSON document: a top-level array (or an object with one array of records) gives one
    row per element; anything else is one row. JSON Lines mislabelled `.json` is read as such."""
    data = stream.read(MAX_JSON_DOCUMENT_BYTES + 1)
    if len(data) > MAX_JSON_DOCUMENT_BYTES:
        raise SourceError(
            f"JSON document over {MAX_JSON_DOCUMENT_BYTES // 2**20} MiB: not parsed whole; "
            "convert it to JSON Lines"
        )
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        first = data.split(b"\n", 1)[0]
        if _is_object(first):
            yield from read_jsonl(io.BufferedReader(io.BytesIO(data)))
            return
        raise SourceError(f"malformed JSON at line {exc.lineno} column {exc.colno}") from exc
    del data
    records, prefix = _records(document)
    if records is None:
        yield _json_row(document)
        return
    for record in records:
        yield _json_row(record, prefix)
    if isinstance(document, dict) and len(document) > 1:
        # the object's other keys (metadata next to the records) are one more row
        key = next(k for k, v in document.items() if v is records)
        yield _json_row({k: v for k, v in document.items() if k != key})


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(orjson.loads(line), dict)
    except orjson.JSONDecodeError:
        return False


def _records(document: Any) -> tuple[list[Any] | None, str]:
    if isinstance(document, list):
        return document, ""
    if isinstance(document, dict):
        lists = [(k, v) for k, v in document.items() if isinstance(v, list)]
        if len(lists) == 1 and lists[0][1] and all(isinstance(x, dict) for x in lists[0][1]):
            key = str(lists[0][0])
            return lists[0][1], (f"{key}[]" if is_name_like(key) else "<key>[]")
    return None, ""
