"""Scanning inside a worker process: batched detector calls under a wall-clock budget.

Rows are scanned in chunks: the texts of many (field, row) units are joined with blank lines
and scanned in one detector call (5x faster than one call per cell on short values), then each
entity is attributed to the unit its start offset falls in. The join can only add context
words across units (a phone near "call" in the previous cell scores higher): it errs towards
finding more, never less.

Two time bounds. The detector has its own wall-clock budget per call and reports the text it
did not reach as one UNSCANNED span: the units from there on are scanned again in a new call
(a busy machine can cut a large batch short), and a unit that cannot finish alone is
unscanned. Behind that, SIGALRM interrupts a chunk that still runs too long (a recogniser
that backtracks: 49 s on 16 KB before issue 10, docs/field_notes.md) and its units are
retried one by one under a smaller budget. An unscanned unit makes its file sensitive (fail
closed).
"""

from __future__ import annotations

import signal
import threading
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from meshroute.audit.detect import UNSCANNED as UNSCANNED  # re-exported for tests
from meshroute.audit.detect import ScanFn
from meshroute.audit.detect import build_scan as build_scan  # re-exported for tests
from meshroute.audit.limits import CHUNK_BUDGET_S, UNIT_BUDGET_S

Unit = tuple[int, int, str]  # field id, row number, text
Hit = tuple[int, int, tuple[str, ...]]  # field id, row number, entity types
ChunkResult = tuple[list[Hit], list[tuple[int, int]]]  # hits, units out of time

_SEPARATOR = "\n\n"
_scan: ScanFn | None = None
_built_for: bool | None = None


class ScanTimeout(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise ScanTimeout


def init(ner: bool) -> None:
    """Pool initializer (also used in-process): each process builds its own detector."""
    global _scan, _built_for
    if _scan is None or _built_for != ner:  # in-process runs reuse it (a second to build)
        _scan = build_scan(ner=ner)
        _built_for = ner


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # signals need the main thread; the pool's workers always are
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _scan_joined(units: list[Unit]) -> tuple[list[Hit], int | None]:
    """Hits of the units scanned whole, and the index of the first unit the detector did not
    finish within its own time budget (None: all finished)."""
    assert _scan is not None, "worker.init() was not called"
    starts: list[int] = []
    offset = 0
    for _, _, text in units:
        starts.append(offset)
        offset += len(text) + len(_SEPARATOR)
    found: dict[int, set[str]] = {}
    cut: int | None = None
    for kind, start, _end in _scan(_SEPARATOR.join(text for _, _, text in units)):
        index = bisect_right(starts, start) - 1
        if kind == UNSCANNED:
            cut = index if cut is None else min(cut, index)
        else:
            found.setdefault(index, set()).add(kind)
    return [
        (units[i][0], units[i][1], tuple(sorted(kinds)))
        for i, kinds in found.items()
        if cut is None or i < cut
    ], cut


def _scan_units(units: list[Unit]) -> ChunkResult:
    """Scan the units, resuming after the detector's budget runs out (it is wall-clock, so a
    busy machine can cut a batch short); a unit it cannot finish alone is unscanned."""
    hits: list[Hit] = []
    late: list[tuple[int, int]] = []
    pending = units
    while pending:
        found, cut = _scan_joined(pending)
        hits.extend(found)
        if cut is None:
            break
        if cut == 0:
            late.append((pending[0][0], pending[0][1]))
            cut = 1
        pending = pending[cut:]
    return hits, late


def scan_chunk(units: list[Unit]) -> ChunkResult:
    try:
        with _budget(CHUNK_BUDGET_S):
            return _scan_units(units)
    except ScanTimeout:
        pass
    hits: list[Hit] = []
    late: list[tuple[int, int]] = []
    for unit in units:
        try:
            with _budget(UNIT_BUDGET_S):
                found, late_here = _scan_units([unit])
        except ScanTimeout:
            late.append((unit[0], unit[1]))
            continue
        hits.extend(found)
        late.extend(late_here)
    return hits, late
