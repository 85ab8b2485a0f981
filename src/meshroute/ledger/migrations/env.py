"""Alembic environment: the connection comes from `db.upgrade`, never from an alembic.ini."""

from __future__ import annotations

from alembic import context

from meshroute.ledger.db import VERSION_TABLE


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run ledger migrations through meshroute.ledger.db.upgrade")
    context.configure(
        connection=connection,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
