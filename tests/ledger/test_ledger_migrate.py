"""Migrations: once, under a database lock, when several processes start together on one
fresh ledger; `meshroute ledger migrate` as an explicit step; `ledger.migrate: off`."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meshroute.ledger import Ledger
from meshroute.ledger.db import head_revision
from meshroute.ledger.writer import LedgerSchemaError

CHILD = Path(__file__).with_name("migrate_child.py")


@pytest.mark.parametrize("database", ["sqlite_url", "postgres_url"])
def test_three_processes_migrate_one_fresh_ledger_together(
    request: pytest.FixtureRequest, database: str
) -> None:
    url = request.getfixturevalue(database)
    start = time.time() + 4  # after all three imported SQLAlchemy and Alembic
    children = [
        subprocess.Popen(
            [sys.executable, str(CHILD), url, str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [child.communicate(timeout=120) for child in children]
    for child, (out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err
        assert out.strip() == head_revision()
    from sqlalchemy import text

    from meshroute.ledger.db import make_engine

    engine = make_engine(url)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM meshroute_ledger_version"))
        assert [row[0] for row in versions] == [head_revision()]
    engine.dispose()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "ledger", "migrate", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_migrate_command_then_a_ledger_with_migrate_off(sqlite_url: str) -> None:
    # migrate: off on an empty database refuses to start, naming the command to run
    with pytest.raises(LedgerSchemaError, match="meshroute ledger migrate"):
        asyncio.run(Ledger(sqlite_url, migrate=False).start())
    first = _cli("--url", sqlite_url)
    assert first.returncode == 0, first.stderr
    assert f"migrated from empty to {head_revision()}" in first.stdout
    again = _cli("--url", sqlite_url)
    assert again.returncode == 0 and "already at revision" in again.stdout

    async def start_and_close() -> None:
        ledger = Ledger(sqlite_url, migrate=False)
        await ledger.start()
        await ledger.close()

    asyncio.run(start_and_close())


def test_migrate_off_in_the_config(tmp_path: Path, sqlite_url: str) -> None:
    from meshroute.config import load_config

    config = tmp_path / "meshroute.yaml"
    config.write_text(
        f'ledger: {{url: "{sqlite_url}", migrate: off}}\n'
        "targets:\n  - {name: edge, kind: embedded, tier: edge, zone: private}\n"
    )
    assert load_config(config).ledger.migrate == "off"  # YAML's bare `off` is a boolean
    bad = _cli("--url", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert bad.returncode == 2 and bad.stderr.startswith("meshroute: ledger migrate: ")
    assert len(bad.stderr.strip().splitlines()) == 1, bad.stderr


def test_serve_with_migrate_off_on_an_unmigrated_ledger_is_one_line(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.db"
    config = tmp_path / "meshroute.yaml"
    config.write_text(
        f'ledger: {{url: "sqlite:///{ledger}", migrate: off}}\n'
        "targets:\n  - {name: box, kind: openai, base_url: 'http://127.0.0.1:9/v1', "
        "upstream_model: m, tier: local, zone: private}\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "serve", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("meshroute: ledger: ") and "ledger migrate" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not ledger.exists()  # nothing created behind the operator's back
