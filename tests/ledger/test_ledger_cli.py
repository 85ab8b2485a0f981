"""`costs`, `breakeven` and `ledger export` as a user runs them (a subprocess)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from meshroute.ledger import Ledger, LedgerEntry

HARDWARE = [
    "--hardware-usd",
    "9000",
    "--lifetime-months",
    "36",
    "--power-watts",
    "450",
    "--usd-per-kwh",
    "0.15",
    "--capacity-tps",
    "400",
]
CONFIG = """
ledger: {{url: "{url}"}}
targets:
  - {{name: box, kind: openai, base_url: "http://127.0.0.1:9/v1", upstream_model: q, tier: local,
     zone: private, cost: {{hardware_usd: 9000, lifetime_months: 36, power_watts: 450,
     usd_per_kwh: 0.15}}}}
  - {{name: cloud, kind: openai, base_url: "http://127.0.0.1:9/v1", upstream_model: gpt-4.1,
     tier: cloud, zone: public, price: {{input_per_mtok: 2.0, output_per_mtok: 8.0}}}}
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meshroute.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


async def _fill(url: str) -> None:
    ledger = Ledger(url)
    await ledger.start()
    now = datetime.now(UTC)
    for index in range(10):  # one a minute, the last one now: a span of 9 minutes
        cloud = index < 4
        ledger.record(
            LedgerEntry(
                request_id=f"r{index}",
                model="assistant",
                target="cloud" if cloud else "box",
                tier="cloud" if cloud else "local",
                zone="public" if cloud else "private",
                input_tokens=1000,
                output_tokens=500,
                latency_ms=100.0 * (index + 1),
                cost_usd=0.006 if cloud else 0.001,
                key_id=f"k{index % 2}",
                time=now - timedelta(minutes=9 - index),
            )
        )
    await ledger.close()


@pytest.fixture
def config(tmp_path: Path, sqlite_url: str) -> Path:
    asyncio.run(_fill(sqlite_url))
    path = tmp_path / "meshroute.yaml"
    path.write_text(CONFIG.format(url=sqlite_url))
    return path


def test_costs_json(config: Path) -> None:
    done = run("costs", "--config", str(config), "--by", "tier", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["reference"] == "target cloud"  # the config's cloud price is the reference
    groups = {g["group"]: g for g in out["groups"]}
    assert groups["local"]["requests"] == 6
    assert groups["local"]["cost_usd"] == pytest.approx(0.006)
    # 6 * (1000 * 2 + 500 * 8) / 1e6 = 0.036 all-cloud, so 0.030 saved
    assert groups["local"]["cloud_usd"] == pytest.approx(0.036)
    assert groups["local"]["saving_usd"] == pytest.approx(0.030)
    assert groups["TOTAL"]["requests"] == 10


def test_costs_table(config: Path) -> None:
    done = run("costs", "--config", str(config), "--by", "key")
    assert done.returncode == 0 and "k0" in done.stdout and "TOTAL" in done.stdout


def test_breakeven_flags_json_and_plot(tmp_path: Path) -> None:
    png = tmp_path / "breakeven.png"
    done = run(
        "breakeven",
        "--requests-per-day",
        "20000",
        "--input-tokens",
        "800",
        "--output-tokens",
        "300",
        "--price-in",
        "2",
        "--price-out",
        "8",
        *HARDWARE,
        "--json",
        "--plot",
        str(png),
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["servers"] == 1 and out["cloud_usd_month"] == pytest.approx(2432.0)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


def test_breakeven_from_config_and_ledger(config: Path) -> None:
    done = run(
        "breakeven",
        "--config",
        str(config),
        "--cloud-target",
        "cloud",
        "--local-target",
        "box",
        "--capacity-tps",
        "400",
        "--from-ledger",
        "--since",
        "1d",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    # 10 answered requests over the 9 minutes they span, not over the 1-day window
    assert out["requests_per_day"] == pytest.approx(10 / (9 / 1440), rel=0.01)
    assert (out["input_tokens"], out["output_tokens"]) == (1000.0, 500.0)
    assert (out["price_in"], out["hardware_usd"], out["power_watts"]) == (2.0, 9000.0, 450.0)


def test_export_jsonl_and_csv(config: Path, tmp_path: Path) -> None:
    done = run("ledger", "export", "--config", str(config), "--since", "1h")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [row["request_id"] for row in rows] == [f"r{i}" for i in range(10)]
    assert rows[0]["time"].endswith("+00:00") and "decision" in rows[0]
    target = tmp_path / "out.csv"
    done = run("ledger", "export", "--config", str(config), "--format", "csv", "-o", str(target))
    assert done.returncode == 0 and "exported 10 rows" in done.stderr
    assert len(list(csv.DictReader(io.StringIO(target.read_text())))) == 10


@pytest.mark.parametrize(
    "args",
    [
        ["costs", "--by", "colour"],
        ["costs", "--since", "last-tuesday"],
        ["costs", "--no-such-flag"],
        ["costs", "--config", "/nonexistent/meshroute.yaml"],
        ["breakeven", "--requests-per-day", "10"],
        ["breakeven", "--cloud-target", "cloud"],
        ["ledger", "export", "--format", "xml"],
        ["costs", "--url", "postgresql+psycopg://nobody@127.0.0.1:1/none"],
        ["costs", "--since", "999999999999d"],
        [
            "breakeven",
            "--requests-per-day",
            "1e308",
            "--input-tokens",
            "1",
            "--output-tokens",
            "1",
            "--price-in",
            "1",
            "--price-out",
            "1",
            *HARDWARE,
        ],
        [
            "breakeven",
            "--requests-per-day",
            "1",
            "--input-tokens",
            "1",
            "--output-tokens",
            "1",
            "--price-in",
            "1",
            "--price-out",
            "1",
            *HARDWARE[:4],
            "--power-watts",
            "1e308",
            *HARDWARE[6:],
        ],
    ],
)
def test_bad_input_is_one_line_exit_2(args: list[str]) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith("meshroute: ")


def test_unknown_local_target(config: Path) -> None:
    done = run("breakeven", "--config", str(config), "--local-target", "nope")
    assert done.returncode == 2 and "no such target" in done.stderr


def test_costs_without_a_ledger_creates_no_database(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "costs"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert list(tmp_path.iterdir()) == [], "a report created a database to read from"
    assert done.stderr.startswith("meshroute: ") and "no ledger" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


async def _fill_span(url: str, count: int, span: timedelta) -> None:
    ledger = Ledger(url)
    await ledger.start()
    last = datetime.now(UTC) - timedelta(minutes=1)
    for index in range(count):
        ledger.record(
            LedgerEntry(
                request_id=f"s{index}",
                model="assistant",
                target="box",
                tier="local",
                zone="private",
                input_tokens=100,
                output_tokens=50,
                time=last - span * (count - 1 - index) / (count - 1),
            )
        )
    await ledger.close()


def test_breakeven_rate_is_over_the_span_of_the_data(tmp_path: Path, sqlite_url: str) -> None:
    # The case: 101 requests over 6 minutes, reported with a 30-day window.
    asyncio.run(_fill_span(sqlite_url, 101, timedelta(minutes=6)))
    common = ["--price-in", "2", "--price-out", "8", *HARDWARE, "--json"]
    done = run("breakeven", "--url", sqlite_url, "--from-ledger", "--since", "30d", *common)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["requests_per_day"] == pytest.approx(101 / (6 / 1440), rel=0.01)
    assert out["ledger_requests"] == 101
    assert out["ledger_span_days"] == pytest.approx(6 / 1440, rel=0.01)


def test_breakeven_refuses_a_rate_from_a_burst(tmp_path: Path, sqlite_url: str) -> None:
    asyncio.run(_fill_span(sqlite_url, 3, timedelta(seconds=2)))
    common = ["--price-in", "2", "--price-out", "8", *HARDWARE]
    done = run("breakeven", "--url", sqlite_url, "--from-ledger", *common)
    assert done.returncode == 2 and "--requests-per-day" in done.stderr
    given = run(
        "breakeven", "--url", sqlite_url, "--from-ledger", "--requests-per-day", "500", *common
    )
    assert given.returncode == 0, given.stderr
