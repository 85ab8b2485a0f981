"""Parquet, an optional dependency (`pip install 'meshroute[audit]'`): read in record batches."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from meshroute.audit.readers import HEADER
from meshroute.audit.rows import Row, column_name, flatten, is_name_like, scalar_text
from meshroute.audit.sources import SourceError
from meshroute.audit.timestamps import parse_value

BATCH_ROWS = 4096


def available() -> bool:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def read_parquet(path: Path) -> Iterator[Row]:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise SourceError(
            "Parquet needs pyarrow: pip install 'meshroute[audit]' (file skipped)"
        ) from exc
    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own hierarchy for corrupt files
        raise SourceError(f"malformed Parquet: {type(exc).__name__}") from exc
    headers = list(handle.schema_arrow.names)
    names = [column_name(h, i) for i, h in enumerate(headers)]
    hostile = [h for h in headers if not is_name_like(h.strip())]
    if hostile:
        header = Row()
        for text in hostile:
            header.put(HEADER, text)
        yield header
    try:
        for batch in handle.iter_batches(batch_size=BATCH_ROWS):
            columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
            for values in zip(*columns, strict=True):
                yield _row(names, values)
    except Exception as exc:
        raise SourceError(f"malformed Parquet: {type(exc).__name__}") from exc


def _row(names: list[str], values: tuple[Any, ...]) -> Row:
    row = Row()
    for name, value in zip(names, values, strict=True):
        if value is None:
            continue
        if row.ts is None:
            row.ts = parse_value(name, value)
        if isinstance(value, date | time | timedelta):
            # typed temporal values hold no text for a recogniser; a birth date needs the
            # context words of free text, which a typed column does not have
            row.put(name, "", present=True)
            continue
        text = scalar_text(value)
        if text is not None:
            row.put(name, text)
        elif isinstance(value, dict | list):
            for path, leaf in flatten(value, name):
                row.put(path, leaf)
        elif isinstance(value, bytes):
            row.put(name, value.decode("utf-8", errors="replace"))
        else:
            row.put(name, str(value))
    return row
