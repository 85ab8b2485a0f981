"""Runs the audit: reads files row by row, ships chunks of rows to scanning processes, and
folds their answers (types per field and row) into per-file statistics.

Memory stays bounded: a reader holds one row, the pipeline at most 2 chunks per worker in
flight; only counts are kept per file.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import BinaryIO

from meshroute.audit import worker
from meshroute.audit.limits import (
    CHUNK_CHARS,
    CHUNK_UNITS,
    MAX_EXPANDED_BYTES,
    MAX_EXPANSION,
    MAX_FIELDS,
)
from meshroute.audit.model import OTHER_FIELDS, AuditResult, FieldStats, FileAudit
from meshroute.audit.placement import place
from meshroute.audit.readers import HEADER, read_csv, read_json, read_jsonl, read_text
from meshroute.audit.rows import Row
from meshroute.audit.sources import (
    SourceError,
    discover,
    kind_of,
    open_binary,
    read_error,
    sniff_text,
)

Progress = Callable[[int], None]  # bytes of input consumed since the last call
# A worker that died (killed, out of memory) never answers: its chunk is unscanned after this.
RESULT_TIMEOUT_S = 600.0
TICK_ROWS = 64


@dataclass
class _FileState:
    audit: FileAudit
    ids: dict[str | None, int] = field(default_factory=dict)

    def field_id(self, name: str | None) -> int:
        found = self.ids.get(name)
        if found is not None:
            return found
        if len(self.ids) >= MAX_FIELDS:
            name = OTHER_FIELDS
            if name in self.ids:
                return self.ids[name]
        self.ids[name] = len(self.audit.fields)
        self.audit.fields.append(FieldStats(name))
        return self.ids[name]


class _Done:
    """The in-process stand-in for an AsyncResult (workers=1)."""

    def __init__(self, value: worker.ChunkResult) -> None:
        self.value = value

    def get(self, timeout: float | None = None) -> worker.ChunkResult:
        return self.value


class Scanner:
    """Runs chunks in a process pool (or in this process for workers=1), bounded in flight."""

    def __init__(self, workers: int, ner: bool) -> None:
        self.workers = workers
        self._pool: Pool | None = None
        if workers > 1:
            # spawn, not fork: the parent may hold threads (Rich's progress refresh)
            context = multiprocessing.get_context("spawn")
            self._pool = context.Pool(workers, initializer=worker.init, initargs=(ner,))
        else:
            worker.init(ner)
        self._pending: deque[
            tuple[_FileState, list[worker.Unit], AsyncResult[worker.ChunkResult] | _Done]
        ] = deque()

    def submit(self, state: _FileState, units: list[worker.Unit]) -> None:
        if self._pool is None:
            self._pending.append((state, units, _Done(worker.scan_chunk(units))))
        else:
            self._pending.append(
                (state, units, self._pool.apply_async(worker.scan_chunk, (units,)))
            )
        while len(self._pending) > 2 * self.workers:
            self._collect_one()

    def drain(self) -> None:
        while self._pending:
            self._collect_one()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def _collect_one(self) -> None:
        state, units, result = self._pending.popleft()
        try:
            hits, late = result.get(timeout=RESULT_TIMEOUT_S)
        except multiprocessing.TimeoutError:
            hits, late = [], [(fid, row) for fid, row, _ in units]
        _fold(state.audit, hits, late)


def _fold(audit: FileAudit, hits: list[worker.Hit], late: list[tuple[int, int]]) -> None:
    rows = set()
    for fid, row, kinds in hits:
        stats = audit.fields[fid]
        for kind in kinds:
            stats.entities[kind] = stats.entities.get(kind, 0) + 1
        rows.add(row)
    audit.rows_with_entities += len(rows)
    for fid, _row in late:
        audit.fields[fid].unscanned += 1
        audit.unscanned += 1


def _rows(path: Path, kind: str, stream: BinaryIO) -> Iterator[Row]:
    if kind == "parquet":
        from meshroute.audit.parquet import read_parquet

        return read_parquet(path)
    text = sniff_text(stream)
    if kind in ("csv", "tsv"):
        return read_csv(text, "," if kind == "csv" else "\t")
    if kind == "json":
        return read_json(text)
    if kind == "jsonl":
        return read_jsonl(text)
    return read_text(text)


def _feed(
    state: _FileState, rows: Iterable[Row], scanner: Scanner, tick: Callable[[], None]
) -> None:
    audit = state.audit
    units: list[worker.Unit] = []
    chars = 0
    for count, row in enumerate(rows, 1):
        if count % TICK_ROWS == 0:
            tick()  # progress, and the decompression-bomb check, even on rows with no text
        header = HEADER in row.values
        if not header:
            audit.rows += 1
        if row.ts is not None:
            audit.arrival.add(row.ts)
        audit.malformed_rows += row.malformed
        for name in row.unscanned:
            audit.fields[state.field_id(name)].unscanned += 1
            audit.unscanned += 1
        for name in row.present.difference(row.values):
            audit.fields[state.field_id(name)].rows += 1
        for name, text in row.values.items():
            fid = state.field_id(name)
            audit.fields[fid].rows += 1
            units.append((fid, audit.rows, text))
            chars += len(text)
        if chars >= CHUNK_CHARS or len(units) >= CHUNK_UNITS:
            scanner.submit(state, units)
            units, chars = [], 0
            tick()
    if units:
        scanner.submit(state, units)


def audit_file(path: Path, scanner: Scanner, progress: Progress | None = None) -> FileAudit:
    kind, compressed = kind_of(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    state = _FileState(FileAudit(path=str(path), kind=kind, bytes=size, compressed=compressed))
    reported = 0

    def tick(disk: BinaryIO, stream: BinaryIO) -> None:
        nonlocal reported
        try:
            position = disk.tell()
            expanded = stream.tell() if compressed else position
        except (OSError, ValueError):
            return
        if expanded > MAX_EXPANDED_BYTES and expanded > MAX_EXPANSION * max(position, 1):
            raise SourceError(
                f"gzip data expands over {MAX_EXPANSION}x ({expanded // 2**20} MiB so far): "
                "stopped, possibly a decompression bomb"
            )
        if progress is not None:
            progress(position - reported)
            reported = position

    try:
        if kind == "parquet" and compressed:
            raise SourceError("compressed Parquet is not supported: decompress it first")
        with ExitStack() as stack:
            stream, disk = open_binary(path, compressed)
            stack.callback(disk.close)
            try:
                _feed(state, _rows(path, kind, stream), scanner, lambda: tick(disk, stream))
            except (OSError, EOFError) as exc:
                raise read_error(exc) from exc
            except Exception as exc:
                import zlib

                if isinstance(exc, zlib.error):
                    raise read_error(exc) from exc
                raise
    except SourceError as exc:
        state.audit.error = str(exc)
    if progress is not None:
        progress(max(0, size - reported))
    return state.audit


def run_audit(
    paths: Iterable[Path],
    *,
    workers: int | None = None,
    ner: bool = False,
    progress: Progress | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> AuditResult:
    """Audit every file under `paths`; a file that fails is reported with its error and the
    audit goes on."""
    count = workers or max(1, min(os.cpu_count() or 1, 8))
    started = time.perf_counter()
    files: list[FileAudit] = []
    scanner = Scanner(count, ner)
    try:
        for path in discover(paths):
            if on_file is not None:
                on_file(path)
            files.append(audit_file(path, scanner, progress))
        scanner.drain()
    finally:
        scanner.close()
    for audit in files:
        place(audit)
    return AuditResult(files, ner=ner, workers=count, seconds=time.perf_counter() - started)
