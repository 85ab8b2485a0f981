"""The installed `meshroute audit` in its own process, with two spawned scanning workers: the
console script must survive `spawn` re-importing it, and stdout carries no value."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from planted import PLANTED


def test_console_script_with_two_workers(
    planted_folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, expected = planted_folder
    script = Path(sys.executable).parent / "meshroute"
    report = tmp_path / "audit.json"
    done = subprocess.run(
        [str(script), "audit", str(root), "--workers", "2", "--json", str(report)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert {Path(f["path"]).name: f["placement"] for f in data["files"]} == expected
    assert data["scan"]["workers"] == 2
    for value in PLANTED:
        assert value not in done.stdout and value not in done.stderr
