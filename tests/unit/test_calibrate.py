"""Threshold calibration: the asked shares of a sample land in each tier."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from meshroute.config import ComplexityThresholds
from meshroute.routing.calibrate import CalibrationError, calibrate, parse_shares

SCORES = [i / 1000 for i in range(1000)]


def test_shares_for_cloud_and_local() -> None:
    result = calibrate(SCORES, {"cloud": 0.2, "local": 0.3}, ComplexityThresholds())
    assert result.shares == pytest.approx({"edge": 0.5, "local": 0.3, "cloud": 0.2}, abs=0.002)
    assert result.thresholds.edge_max <= result.thresholds.local_max


def test_cloud_only_keeps_edge_threshold_below() -> None:
    result = calibrate(SCORES, {"cloud": 0.1}, ComplexityThresholds(edge_max=0.35, local_max=0.75))
    assert result.shares["cloud"] == pytest.approx(0.1, abs=0.002)
    assert result.thresholds.edge_max == 0.35


def test_zero_and_full_shares() -> None:
    assert calibrate(SCORES, {"cloud": 0.0}, ComplexityThresholds()).shares["cloud"] == 0
    assert calibrate(SCORES, {"cloud": 1.0}, ComplexityThresholds()).shares["cloud"] > 0.99


@pytest.mark.parametrize("bad", ["cloud", "edge=0.2", "cloud=x", "cloud=1.5"])
def test_bad_shares(bad: str) -> None:
    with pytest.raises(CalibrationError):
        parse_shares([bad])
    with pytest.raises(CalibrationError, match="more than 1"):
        parse_shares(["cloud=0.6", "local=0.6"])


def test_cli_calibrates_real_requests(tmp_path: Path) -> None:
    data = Path(__file__).parents[1] / "data/routing/mmlu_train.jsonl"  # in the repository
    prompts = [json.loads(line)["prompt"] for line in data.read_text().splitlines()[:400]]
    source = tmp_path / "requests.jsonl"
    source.write_text("\n".join(json.dumps({"prompt": p}) for p in prompts) + "\n")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "meshroute.cli",
            "calibrate",
            "--share",
            "cloud=0.25",
            "--from",
            str(source),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    assert result["requests"] == len(prompts)
    assert result["shares"]["cloud"] == pytest.approx(0.25, abs=0.03)


def test_cli_names_the_bad_line(tmp_path: Path) -> None:
    source = tmp_path / "requests.jsonl"
    source.write_text('{"prompt": "ok"}\nnot json\n')
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "meshroute.cli",
            "calibrate",
            "--share",
            "cloud=0.2",
            "--from",
            str(source),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert f"{source}:2:" in out.stderr


def _fill_ledger(url: str) -> None:
    """500 local requests with complexities spread evenly over [0, 1)."""
    import asyncio

    from meshroute.ledger import Ledger, LedgerEntry

    async def fill() -> None:
        ledger = Ledger(url)
        await ledger.start()
        for i in range(500):
            ledger.record(
                LedgerEntry(
                    request_id=f"r{i}",
                    model="assistant",
                    target="box",
                    tier="local",
                    zone="private",
                    complexity=i / 500,
                )
            )
        await ledger.close()

    asyncio.run(fill())


def _write_ledger_config(tmp_path: Path, url: str) -> Path:
    """A config whose ledger is `url`; its one target is never called."""
    config = tmp_path / "meshroute.yaml"
    config.write_text(
        json.dumps(
            {
                "ledger": {"url": url},
                "targets": [
                    {
                        "name": "box",
                        "kind": "openai",
                        "base_url": "http://127.0.0.1:9/v1",
                        "upstream_model": "m",
                        "tier": "local",
                        "zone": "private",
                    }
                ],
            }
        )
    )
    return config


def test_cli_calibrates_from_the_ledger(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    _fill_ledger(url)
    config = _write_ledger_config(tmp_path, url)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "meshroute.cli",
            "calibrate",
            "--config",
            str(config),
            "--share",
            "cloud=0.1",
            "--from-ledger",
            "--since",
            "1h",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    assert result["requests"] == 500
    assert result["shares"]["cloud"] == pytest.approx(0.1, abs=0.01)
    both = subprocess.run(
        [
            sys.executable,
            "-m",
            "meshroute.cli",
            "calibrate",
            "--config",
            str(config),
            "--share",
            "cloud=0.1",
            "--from-ledger",
            "--from",
            str(config),
        ],
        capture_output=True,
        text=True,
    )
    assert both.returncode == 2 and "exactly one" in both.stderr


MALFORMED = [
    b'"a bare JSON string"',
    b"[1, 2]",
    b"42",
    b"null",
    b'{"prompt": 5}',
    b'{"prompt": null}',
    b'{"messages": "hi"}',
    b"[" * 5000 + b"]" * 5000,
    b'{"prompt": "\xff\xfe not utf-8"}',
    b'{"prompt": "' + b"x" * (5 * 1024 * 1024) + b'"}',
]


@pytest.mark.parametrize("bad", MALFORMED)
def test_every_malformed_line_is_named(tmp_path: Path, bad: bytes) -> None:
    from meshroute.calibrating import score_file
    from meshroute.config import default_config

    source = tmp_path / "requests.jsonl"
    source.write_bytes(b'{"prompt": "fine"}\n' + bad + b'\n{"prompt": "also fine"}\n')
    with pytest.raises(CalibrationError) as caught:
        score_file(default_config(), source)
    assert str(caught.value).startswith(f"{source}:2: ")
    assert "\n" not in str(caught.value)


def test_a_malformed_line_is_one_line_from_the_command(tmp_path: Path) -> None:
    source = tmp_path / "requests.jsonl"
    source.write_bytes(b'{"prompt": "fine"}\n' + MALFORMED[0] + b"\n")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "meshroute.cli",
            "calibrate",
            "--share",
            "cloud=0.2",
            "--from",
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert out.stderr.startswith(f"meshroute: {source}:2: ")
