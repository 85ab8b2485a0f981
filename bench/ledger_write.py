"""Ledger write throughput on SQLite (WAL) and PostgreSQL, printed as a table.

    .venv/bin/python bench/ledger_write.py [--records 200000] [--pg-dsn "host=127.0.0.1 ..."]

`record()` is timed per call (the cost the request path pays); the write rate is the
entries inserted per second by the background batches (executemany of `batch_size` rows in a
worker thread), measured from the first flush to the last commit.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
import uuid
from pathlib import Path

from meshroute.ledger import Ledger, LedgerEntry


def _entry(index: int) -> LedgerEntry:
    return LedgerEntry(
        request_id=uuid.uuid4().hex,
        model="assistant",
        version="v2",
        target="gpu-box",
        tier="local",
        zone="private",
        key_id=f"key{index % 50}",
        input_tokens=812,
        output_tokens=301,
        ttft_ms=48.2,
        latency_ms=1520.7,
        cost_usd=0.00021,
        entity_types="EMAIL_ADDRESS",
        sensitive=True,
        complexity=0.42,
        decision='{"target":"gpu-box","reasons":["complexity 0.42 -> local"]}',
    )


async def measure(url: str, records: int, batch_size: int) -> tuple[float, float]:
    """(nanoseconds per record() call, rows written per second)."""
    ledger = Ledger(url, flush_interval_s=3600, batch_size=batch_size, max_queue=records)
    await ledger.start()
    entries = [_entry(i) for i in range(records)]
    started = time.perf_counter_ns()
    for entry in entries:
        ledger.record(entry)
    record_ns = (time.perf_counter_ns() - started) / records
    started_s = time.perf_counter()
    await ledger.flush()
    elapsed = time.perf_counter() - started_s
    await ledger.close()
    assert ledger.written == records and ledger.dropped == 0
    return record_ns, records / elapsed


def _postgres(dsn: str) -> tuple[str, str, object] | None:
    try:
        import psycopg

        admin = psycopg.connect(dsn, autocommit=True, connect_timeout=3)
    except Exception as exc:
        print(f"PostgreSQL skipped: {exc}")
        return None
    name = f"meshroute_bench_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    params = dict(part.split("=", 1) for part in dsn.split())
    url = f"postgresql+psycopg://{params.get('user', 'postgres')}@{params['host']}:"
    return url + f"{params.get('port', '5432')}/{name}", name, admin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--batch-size", type=int, default=5_000)
    parser.add_argument("--pg-dsn", default="host=127.0.0.1 port=5432 user=postgres dbname=test")
    args = parser.parse_args()
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        rows.append(
            (
                "SQLite (WAL, synchronous=NORMAL)",
                *asyncio.run(measure(url, args.records, args.batch_size)),
            )
        )
    found = _postgres(args.pg_dsn)
    if found is not None:
        url, name, admin = found
        try:
            rows.append(
                (
                    "PostgreSQL 127.0.0.1 (psycopg 3)",
                    *asyncio.run(measure(url, args.records, args.batch_size)),
                )
            )
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[attr-defined]
    print(f"\n{args.records:,} records, batches of {args.batch_size:,}, {os.cpu_count()} cores\n")
    print("| database | record() ns/call | rows written/s |")
    print("|---|---:|---:|")
    for label, record_ns, per_s in rows:
        print(f"| {label} | {record_ns:,.0f} | {per_s:,.0f} |")


if __name__ == "__main__":
    main()
