"""The writer on a real SQLite file and a real PostgreSQL: batching, close, retry, retention,
and migrations from an empty and from a previous-version database."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, inspect, select, text

from meshroute.ledger import Ledger, LedgerEntry
from meshroute.ledger.db import current_revision, head_revision, make_engine, upgrade
from meshroute.ledger.models import Base, RequestRow
from meshroute.ledger.query import usage_rows


def _entry(index: int, **fields: object) -> LedgerEntry:
    base: dict[str, object] = dict(
        request_id=f"r{index}",
        model="assistant",
        target="box",
        tier="local",
        zone="private",
        input_tokens=index,
        output_tokens=2 * index,
        latency_ms=10.0,
        cost_usd=0.5,
    )
    return LedgerEntry(**{**base, **fields})  # type: ignore[arg-type]


def _count(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as connection:
        found = connection.execute(select(func.count()).select_from(RequestRow)).scalar_one()
    engine.dispose()
    return int(found)


async def _round_trip(url: str) -> None:
    ledger = Ledger(url, flush_interval_s=0.1)
    await ledger.start()
    for index in range(2500):
        ledger.record(
            _entry(
                index,
                key_id="k1" if index % 2 else None,
                entity_types="EMAIL_ADDRESS",
                sensitive=True,
            )
        )
    # Written by the periodic flush, without close(): waited for rather than a fixed sleep (a
    # loaded box took over 0.5 s to insert 2,500 rows into PostgreSQL), bounded at 20 s.
    for _ in range(200):
        if ledger.pending == 0 and _count(url) == 2500:
            break
        await asyncio.sleep(0.1)
    assert ledger.pending == 0 and _count(url) == 2500
    for index in range(2500, 2600):
        ledger.record(_entry(index))
    await ledger.close()  # flushes what the last interval left
    assert _count(url) == 2600 and ledger.written == 2600 and ledger.dropped == 0
    engine = make_engine(url)
    rows = usage_rows(engine, datetime.now(UTC) - timedelta(minutes=5))
    assert sum(row.input_tokens for row in rows) == sum(range(2600))
    assert all(row.time.tzinfo is not None for row in rows)
    engine.dispose()


async def test_sqlite_round_trip_and_wal(sqlite_url: str) -> None:
    await _round_trip(sqlite_url)
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    engine.dispose()


async def test_postgres_round_trip(postgres_url: str) -> None:
    await _round_trip(postgres_url)


async def test_database_down_keeps_a_bounded_queue_and_retries(sqlite_url: str) -> None:
    ledger = Ledger(sqlite_url, flush_interval_s=60, max_queue=100)
    await ledger.start()
    engine = make_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE requests"))  # every insert fails from now on
    for index in range(150):
        ledger.record(_entry(index))  # never raises, even past the bound
    assert ledger.pending == 100 and ledger.dropped == 50
    assert await ledger.flush() is False
    assert ledger.failures == 1 and ledger.pending == 100  # the batch went back in the queue
    Base.metadata.create_all(engine)  # the database is back
    await ledger.close()
    assert _count(sqlite_url) == 100 and ledger.pending == 0
    engine.dispose()


async def test_retention_deletes_old_rows(sqlite_url: str) -> None:
    old = datetime.now(UTC) - timedelta(days=40)
    ledger = Ledger(sqlite_url, retention_days=30, flush_interval_s=0.05, retention_every_s=0)
    await ledger.start()
    ledger.record(_entry(1, time=old))
    ledger.record(_entry(2))
    await asyncio.sleep(0.3)  # a flush, then the retention pass
    await ledger.close()
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        kept = connection.execute(select(RequestRow.request_id)).scalars().all()
    engine.dispose()
    assert kept == ["r2"]


def _migrate_from_0001(url: str) -> None:
    upgrade(url, "0001")
    engine = make_engine(url)
    assert current_revision(engine) == "0001"
    assert "operation" not in {c["name"] for c in inspect(engine).get_columns("requests")}
    with engine.begin() as connection:  # a row as the 0001 code wrote it
        connection.execute(
            text(
                "INSERT INTO requests (time, request_id, sensitive, entity_types, redacted, "
                "input_tokens, output_tokens, latency_ms, status, fallbacks_used, decision) "
                "VALUES (:t, 'old', false, '', false, 7, 3, 5.0, 'ok', 0, '{}')"
            ),
            {"t": datetime(2026, 11, 1, tzinfo=UTC).replace(tzinfo=None)},
        )
    upgrade(url)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        row = connection.execute(select(RequestRow.request_id, RequestRow.operation)).one()
    assert tuple(row) == ("old", "chat")
    indexes = {index["name"] for index in inspect(engine).get_indexes("requests")}
    assert {"ix_requests_time", "ix_requests_target", "ix_requests_key_id"} <= indexes
    engine.dispose()


def test_migrations_sqlite(sqlite_url: str, tmp_path: object) -> None:
    _migrate_from_0001(sqlite_url)
    upgrade(sqlite_url)  # idempotent


@pytest.mark.parametrize("start", ["empty", "0001"])
def test_migrations_postgres(postgres_url: str, start: str) -> None:
    if start == "0001":
        _migrate_from_0001(postgres_url)
    else:
        upgrade(postgres_url)
        engine = make_engine(postgres_url)
        assert current_revision(engine) == head_revision()
        engine.dispose()


def test_migrations_empty_sqlite(sqlite_url: str) -> None:
    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    assert current_revision(engine) == head_revision()
    columns = {c["name"] for c in inspect(engine).get_columns("requests")}
    assert columns == {c.name for c in RequestRow.__table__.columns}
    engine.dispose()
