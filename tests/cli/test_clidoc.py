"""The CLI reference generator: writes every command's --help, and --check catches drift."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def clidoc(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meshroute.clidoc", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_reference_covers_every_command_and_check_catches_drift(tmp_path: Path) -> None:
    out = tmp_path / "cli.md"
    assert clidoc("--out", str(out)).returncode == 0
    text = out.read_text()
    for command in ("serve", "explain", "calibrate", "targets", "costs", "breakeven"):
        assert f"## `meshroute {command}`" in text
    for command in ("ledger migrate", "ledger export", "keys create"):
        assert f"## `meshroute {command}`" in text
    assert "--from-ledger" in text and "--config" in text
    assert clidoc("--out", str(out), "--check").returncode == 0
    out.write_text(text.replace("--from-ledger", "--from-the-ledger", 1))
    drift = clidoc("--out", str(out), "--check")
    assert drift.returncode == 1 and "not current" in drift.stderr
