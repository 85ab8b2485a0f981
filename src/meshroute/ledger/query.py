"""Reads for the reports and the export (parameterised SQLAlchemy Core, streamed)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from meshroute.ledger.reports import UsageRow

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


class LedgerMissing(Exception):
    """There is no ledger at the URL: reports do not create one to read from."""


def open_ledger(url: str, *, migrate: bool = True) -> Engine:
    """An engine on an existing ledger, migrated to head when `migrate` (reports on an older
    ledger just work). A missing SQLite file or a database without the ledger's tables raises
    `LedgerMissing`: a report never creates an empty database to read from."""
    from meshroute.ledger.db import current_revision, make_engine, sqlite_path, upgrade

    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise LedgerMissing(f"no ledger at {path} (pass --config or --url to name the server's)")
    engine = make_engine(url)
    try:
        if current_revision(engine) is None:
            raise LedgerMissing("the database has no ledger tables: run `meshroute ledger migrate`")
        if migrate:
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def usage_rows(engine: Engine, since: datetime, until: datetime | None = None) -> list[UsageRow]:
    from sqlalchemy import select

    from meshroute.ledger.models import RequestRow as R

    query = select(
        R.time,
        R.target,
        R.tier,
        R.model,
        R.key_id,
        R.input_tokens,
        R.output_tokens,
        R.latency_ms,
        R.cost_usd,
        R.status,
    ).where(R.time >= since)
    if until is not None:
        query = query.where(R.time < until)
    with engine.connect() as connection:
        return [UsageRow(**row._mapping) for row in connection.execute(query)]


def count_since(engine: Engine, since: datetime) -> int:
    from sqlalchemy import func, select

    from meshroute.ledger.models import RequestRow as R

    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).where(R.time >= since)).scalar_one())


def export_rows(engine: Engine, since: datetime, chunk: int = 2000) -> Iterator[dict[str, Any]]:
    """Every column of every row since `since`, oldest first, streamed in chunks."""
    from sqlalchemy import select

    from meshroute.ledger.models import EXPORT_COLUMNS, RequestRow

    columns = [RequestRow.__table__.c[name] for name in EXPORT_COLUMNS]
    query = select(*columns).where(RequestRow.time >= since).order_by(RequestRow.id)
    with engine.connect() as connection:
        result = connection.execution_options(yield_per=chunk).execute(query)
        for row in result:
            yield dict(row._mapping)
