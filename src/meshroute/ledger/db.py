"""Engines and migrations: SQLite (WAL) by default, PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock file, migrate with `ledger migrate`
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).parent / "migrations"
# Our own version table: the ledger may share a PostgreSQL database with other Alembic users.
VERSION_TABLE = "meshroute_ledger_version"


def normalise_url(url: str) -> str:
    """`postgresql://` means psycopg 3 here (the only driver we ship); SQLite parents exist."""
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL: readers (reports) never block the writer; NORMAL sync is durable at each WAL commit
    # boundary except on power loss, which is enough for a usage ledger and 10x faster than FULL.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2)


# One fixed key for PostgreSQL's advisory lock around migrations: blake2b-64 of
# "meshroute.ledger.migrate", so it cannot collide with another application's small integers.
_PG_LOCK_KEY = int.from_bytes(
    hashlib.blake2b(b"meshroute.ledger.migrate", digest_size=8).digest(), "big", signed=True
)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for other databases and for `:memory:`."""
    if not url.startswith("sqlite:///") or url.startswith("sqlite:///:memory:"):
        return None
    return Path(url.removeprefix("sqlite:///").split("?", 1)[0]).expanduser()


@contextlib.contextmanager
def _sqlite_migration_lock(url: str) -> Iterator[None]:
    """An exclusive file lock next to the database while it migrates: pysqlite commits each
    DDL statement on its own, so a transaction cannot hold two starters apart; a lock file can
    (a separate file: an flock on the database itself is an fcntl lock on NFS, SQLite's own)."""
    path = sqlite_path(url)
    if path is None or fcntl is None:
        yield
        return
    descriptor = os.open(f"{path}-migrate.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def upgrade(url_or_engine: str | Engine, revision: str = "head") -> None:
    """Bring the database to `revision` (an empty database included); idempotent, and safe when
    several processes start at once: the first migrates under a lock (PostgreSQL advisory lock,
    a lock file for SQLite), the others wait for it and then find nothing to do."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    engine = make_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        url = engine.url.render_as_string(hide_password=True)
        with _sqlite_migration_lock(url), engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # held until this transaction ends, i.e. until the migrations committed
                lock = text("SELECT pg_advisory_xact_lock(:key)")
                connection.execute(lock, {"key": _PG_LOCK_KEY})
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        if isinstance(url_or_engine, str):
            engine.dispose()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        return context.get_current_revision()


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None, "the ledger ships no migrations"
    return head


def schema_problem(url: str) -> str | None:
    """Why a ledger with `migrate: off` cannot be written (None: at head). Never creates the
    database: a missing SQLite file is reported, not made."""
    path = sqlite_path(url)
    found: str | None = None
    if path is None or path.is_file():
        engine = make_engine(url)
        try:
            found = current_revision(engine)
        finally:
            engine.dispose()
    head = head_revision()
    if found == head:
        return None
    return (
        f"the ledger's schema is at {found or 'nothing (no tables)'}, this version writes "
        f"{head}, and ledger.migrate is off: run `meshroute ledger migrate`"
    )
