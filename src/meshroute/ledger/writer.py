"""`Ledger`: records requests without ever blocking or failing the request path.

`record()` appends to a bounded in-memory deque (O(1), never raises). A background task takes
everything queued every `flush_interval_s` (measured start to start, so a slow write does not
stretch the interval) and inserts it with one executemany in a worker thread. A `kill -9` loses
at most what was recorded since the last flush started (one interval, plus the write in
progress); `close()`, called on SIGTERM / shutdown, flushes everything.

When the database is down the batch goes back to the front of the queue and is retried with a
backoff; past `max_queue` entries new records are dropped and counted in `dropped`, so memory
stays bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from meshroute.ledger.entry import LedgerEntry

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

log = logging.getLogger("meshroute.ledger")


class LedgerSchemaError(RuntimeError):
    """The database is not at the schema this version writes, and migrating is switched off."""


class Ledger:
    def __init__(
        self,
        url: str,
        retention_days: int | None = None,
        *,
        flush_interval_s: float = 1.0,
        max_queue: int = 100_000,
        batch_size: int = 5_000,
        retention_every_s: float = 3600.0,
        migrate: bool = True,
    ) -> None:
        if flush_interval_s <= 0 or max_queue < 1 or batch_size < 1:
            raise ValueError("flush_interval_s, max_queue and batch_size must be positive")
        self.url = url
        self.retention_days = retention_days
        self.flush_interval_s = flush_interval_s
        self.max_queue = max_queue
        self.batch_size = batch_size
        self.retention_every_s = retention_every_s
        self.migrate = migrate
        self.dropped = 0  # entries refused because the queue was full
        self.written = 0
        self.failures = 0  # failed write attempts (each retried)
        self._queue: deque[LedgerEntry] = deque()
        self._engine: Engine | None = None
        self._task: asyncio.Task[None] | None = None
        self._last_retention = 0.0
        self._stop = asyncio.Event()

    @property
    def pending(self) -> int:
        return len(self._queue)

    async def start(self) -> None:
        """Migrate the database to head and start the flusher (in a thread: DDL blocks)."""
        self._engine = await asyncio.to_thread(self._open)
        self._task = asyncio.create_task(self._run(), name="meshroute-ledger-flush")

    def _open(self) -> Engine:
        from meshroute.ledger.db import make_engine, schema_problem, upgrade

        if not self.migrate:
            # ledger.migrate: off: the operator runs `meshroute ledger migrate`; refuse to start
            # on a schema this version cannot write rather than fail every write later
            problem = schema_problem(self.url)
            if problem is not None:
                raise LedgerSchemaError(problem)
        engine = make_engine(self.url)
        if self.migrate:
            upgrade(engine)  # under a database lock: replicas starting together migrate once
        return engine

    def record(self, entry: LedgerEntry) -> None:
        """Queue one entry. O(1); never raises into the request path."""
        try:
            if len(self._queue) >= self.max_queue:
                self.dropped += 1
                return
            self._queue.append(entry)
        except Exception:  # pragma: no cover - a deque append does not fail, but never raise
            self.dropped += 1

    async def _run(self) -> None:
        backoff = self.flush_interval_s
        next_start = time.monotonic() + self.flush_interval_s
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), max(0.0, next_start - time.monotonic()))
            if self._stop.is_set():
                return  # close() writes what is left
            next_start = time.monotonic() + self.flush_interval_s
            try:
                if await self.flush():
                    backoff = self.flush_interval_s
                else:
                    # the database is down: wait longer each time (at most 30 s), keep the data
                    backoff = min(backoff * 2, 30.0)
                    next_start = time.monotonic() + backoff
                await self._maybe_retain()
            except Exception as exc:  # the flusher must outlive any surprise
                log.error("ledger flusher error", extra={"error": repr(exc)})

    async def flush(self) -> bool:
        """Write everything queued now; False if a write failed (the rest stays queued)."""
        while self._queue:
            batch = [self._queue.popleft() for _ in range(min(self.batch_size, len(self._queue)))]
            try:
                await asyncio.to_thread(self._insert, batch)
            except Exception as exc:
                self.failures += 1
                self._requeue(batch)
                log.warning("ledger write failed, will retry", extra={"error": repr(exc)})
                return False
            self.written += len(batch)
        return True

    def _requeue(self, batch: list[LedgerEntry]) -> None:
        # keep the oldest (they came first); whatever does not fit is counted as dropped
        room = self.max_queue - len(self._queue)
        keep = batch[: max(room, 0)]
        self.dropped += len(batch) - len(keep)
        self._queue.extendleft(reversed(keep))

    def _insert(self, batch: list[LedgerEntry]) -> None:
        from sqlalchemy import insert

        from meshroute.ledger.models import RequestRow

        assert self._engine is not None, "Ledger.start() was not awaited"
        rows: list[dict[str, Any]] = [entry.as_row() for entry in batch]
        with self._engine.begin() as connection:
            connection.execute(insert(RequestRow), rows)  # executemany, bound parameters

    async def _maybe_retain(self) -> None:
        now = time.monotonic()
        if self.retention_days is None or now - self._last_retention < self.retention_every_s:
            return
        self._last_retention = now
        try:
            removed = await asyncio.to_thread(self.delete_older_than, self.retention_days)
        except Exception as exc:
            log.warning("ledger retention failed", extra={"error": repr(exc)})
            return
        if removed:
            log.info("ledger retention", extra={"removed": removed})

    def delete_older_than(self, days: int) -> int:
        from sqlalchemy import delete

        from meshroute.ledger.models import RequestRow

        assert self._engine is not None, "Ledger.start() was not awaited"
        cutoff = datetime.now(UTC) - timedelta(days=days)
        with self._engine.begin() as connection:
            result = connection.execute(delete(RequestRow).where(RequestRow.time < cutoff))
            return int(result.rowcount or 0)

    async def close(self, attempts: int = 3) -> None:
        """Stop the flusher and write everything still queued (SIGTERM / shutdown)."""
        if self._task is not None:
            # not cancel(): a write in its worker thread would finish unaccounted for
            self._stop.set()
            await self._task
            self._task = None
        for attempt in range(attempts):
            if self._engine is None or await self.flush():
                break
            await asyncio.sleep(0.2 * (attempt + 1))
        if self._queue:
            log.error("ledger closed with unwritten entries", extra={"lost": len(self._queue)})
        if self._engine is not None:
            await asyncio.to_thread(self._engine.dispose)
            self._engine = None
