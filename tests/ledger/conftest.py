"""Ledger fixtures: a temp SQLite file, and a throwaway database on the real PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_DSNS = (
    "host=127.0.0.1 port=5432 user=postgres dbname=test",
    "host=127.0.0.1 port=5432 user=root dbname=test",
)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


def _admin() -> tuple[object, str] | None:
    try:
        import psycopg
    except ImportError:
        return None
    for dsn in PG_DSNS:
        try:
            return psycopg.connect(dsn, autocommit=True, connect_timeout=3), dsn
        except psycopg.Error:
            continue
    return None


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh database per test (other suites share `test`), dropped afterwards."""
    found = _admin()
    if found is None:
        reason = "PostgreSQL does not answer on 127.0.0.1:5432 (or psycopg is not installed)"
        if os.environ.get("MESHROUTE_REQUIRE_SERVICES") == "1":
            pytest.fail(f"MESHROUTE_REQUIRE_SERVICES=1 but {reason}")
        pytest.skip(reason)
    connection, dsn = found
    name = f"meshroute_ledger_{uuid.uuid4().hex[:12]}"
    user = dsn.split("user=")[1].split()[0]
    connection.execute(f'CREATE DATABASE "{name}"')  # type: ignore[attr-defined]
    try:
        yield f"postgresql+psycopg://{user}@127.0.0.1:5432/{name}"
    finally:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[attr-defined]
        connection.close()  # type: ignore[attr-defined]
