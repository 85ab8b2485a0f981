"""Hostile and broken input: bounded time, clear errors, fail closed, the audit goes on."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from meshroute.audit import worker
from meshroute.audit.engine import run_audit
from meshroute.audit.limits import MAX_FIELD_CHARS, MAX_FIELDS
from meshroute.cli import app


def _one(path: Path) -> tuple[str, str | None, int, str]:
    audit = run_audit([path], workers=1).files[0]
    return audit.placement, audit.error, audit.unscanned, audit.reason


def test_overlong_line_is_unscanned_and_fails_closed(tmp_path: Path) -> None:
    path = tmp_path / "big.log"
    path.write_text("ok line\n" + "x" * (MAX_FIELD_CHARS * 3) + "\nlast line\n", encoding="utf-8")
    placement, error, unscanned, reason = _one(path)
    assert (placement, error, unscanned) == ("local", None, 1)
    assert "fail closed" in reason


def test_overlong_csv_cell_and_jsonl_line(tmp_path: Path) -> None:
    csv_path = tmp_path / "cells.csv"
    csv_path.write_text(f"a,b\n1,{'y' * (MAX_FIELD_CHARS + 1)}\n2,3\n", encoding="utf-8")
    audit = run_audit([csv_path], workers=1).files[0]
    assert audit.placement == "local" and audit.rows == 2
    assert {f.name: f.unscanned for f in audit.fields} == {"a": 0, "b": 1}
    jsonl = tmp_path / "huge.jsonl"
    jsonl.write_text('{"a": "' + "z" * (2 * 2**20) + '"}\n{"a": 1}\n', encoding="utf-8")
    assert _one(jsonl)[:3] == ("local", None, 1)


def test_backtracking_value_finishes_in_bounded_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/field_notes.md: an e-mail-like run of 16 KB took the recogniser 27-51 s. Whatever
    the detector does with it, the audit ends within the budget: scanned, or unscanned and fail
    closed."""
    monkeypatch.setattr(worker, "CHUNK_BUDGET_S", 0.5)
    monkeypatch.setattr(worker, "UNIT_BUDGET_S", 0.5)
    path = tmp_path / "crafted.txt"
    path.write_text("hello\n" + "a-" * 8000 + "@\nbye\n", encoding="utf-8")
    started = time.monotonic()
    placement, error, unscanned, _ = _one(path)
    assert time.monotonic() - started < 10
    assert error is None
    assert placement == "local" if unscanned else placement == "cloud"


def test_a_value_that_outlasts_the_budget_is_unscanned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The budget itself: a scan that stalls on one value (a sleeping stand-in for a
    backtracking pattern) is interrupted; that value is unscanned, the others still count."""
    real = worker.build_scan(ner=False)

    def stalling(text: str) -> list[tuple[str, int, int]]:
        if "STALL" in text:
            time.sleep(30)
        return real(text)

    monkeypatch.setattr(worker, "_scan", stalling)
    monkeypatch.setattr(worker, "_built_for", False)
    monkeypatch.setattr(worker, "CHUNK_BUDGET_S", 0.5)
    monkeypatch.setattr(worker, "UNIT_BUDGET_S", 0.3)
    path = tmp_path / "stall.csv"
    path.write_text("a,b\nSTALL,x\nana.planted@example.com,y\n", encoding="utf-8")
    started = time.monotonic()
    audit = run_audit([path], workers=1).files[0]
    assert time.monotonic() - started < 5
    assert {f.name: (f.entities, f.unscanned) for f in audit.fields} == {
        "a": ({"EMAIL_ADDRESS": 1}, 1),
        "b": ({}, 0),
    }
    assert audit.placement == "local"


def _letters(number: int) -> str:
    name = "key_"
    while True:
        number, digit = divmod(number, 26)
        name += chr(ord("a") + digit)
        if number == 0:
            return name


def test_many_distinct_keys_are_pooled(tmp_path: Path) -> None:
    path = tmp_path / "keys.jsonl"
    path.write_text(
        "".join(json.dumps({_letters(i): "v"}) + "\n" for i in range(2000)),
        encoding="utf-8",
    )
    audit = run_audit([path], workers=1).files[0]
    assert len(audit.fields) == MAX_FIELDS + 1
    assert audit.fields[-1].name == "(other fields)"


def test_deep_json_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    placement, error, _, _ = _one(path)
    assert placement == "local" and error is not None and "malformed JSON" in error


def _broken_folder(root: Path) -> Path:
    root.mkdir()
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (root / "broken.json").write_text('{"a": [1, 2', encoding="utf-8")
    (root / "cut.csv.gz").write_bytes(
        gzip.compress(b"a,b\n" + b"".join(b"%d,%d\n" % (i, i * i) for i in range(5000)))[:400]
    )
    (root / "quote.csv").write_text('a,b\n"1,2\n', encoding="utf-8")
    (root / "table.parquet").write_bytes(b"PAR1 not really parquet PAR1")
    (root / "fine.txt").write_text("nothing to see\n", encoding="utf-8")
    return root


def test_broken_files_are_reported_and_the_audit_goes_on(tmp_path: Path) -> None:
    root = _broken_folder(tmp_path / "broken")
    result = run_audit([root], workers=1)
    errors = {Path(a.path).name: a.error for a in result.files}
    assert errors["fine.txt"] is None
    assert "binary" in (errors["image.png"] or "")
    assert "malformed JSON at line 1" in (errors["broken.json"] or "")
    assert "gzip" in (errors["cut.csv.gz"] or "")
    assert "Parquet" in (errors["table.parquet"] or "")
    for audit in result.files:
        if audit.error is not None:
            assert audit.placement == "local" and "fail closed" in audit.reason
    fine = next(a for a in result.files if a.path.endswith("fine.txt"))
    assert fine.placement == "cloud"


def test_cli_exit_code_says_files_failed(tmp_path: Path) -> None:
    root = _broken_folder(tmp_path / "broken")
    report = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["audit", str(root), "--workers", "1", "--json", str(report)])
    assert result.exit_code == 1
    data = json.loads(report.read_text())
    assert data["summary"]["failed"] >= 4 and len(data["files"]) == 6
    missing = CliRunner().invoke(app, ["audit", str(tmp_path / "nope.csv"), "--workers", "1"])
    assert missing.exit_code == 1 and "not a regular file" in missing.output
    usage = CliRunner().invoke(app, ["audit"])
    assert usage.exit_code == 2


def test_parallel_workers_agree_with_one(
    planted_folder: tuple[Path, dict[str, str]],
) -> None:
    """Two scanning processes (spawned, each with its own detector) give the same counts."""
    root, _ = planted_folder
    serial = run_audit([root], workers=1)
    parallel = run_audit([root], workers=2)

    def counts(result: object) -> dict[str, object]:
        return {
            a.path: (a.placement, a.rows, [(f.name, f.entities, f.rows) for f in a.fields])
            for a in result.files  # type: ignore[attr-defined]
        }

    assert counts(parallel) == counts(serial)


def test_gzip_bomb_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from meshroute.audit import engine

    monkeypatch.setattr(engine, "MAX_EXPANDED_BYTES", 4 * 2**20)
    path = tmp_path / "bomb.log.gz"
    with gzip.open(path, "wb", compresslevel=9) as handle:
        for _ in range(400):
            handle.write(b"a" * 100_000 + b"\n")
    audit = run_audit([path], workers=1).files[0]
    assert audit.error is not None and "decompression bomb" in audit.error
    assert audit.placement == "local"


def test_detector_budget_cut_resumes_then_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The detector reports text past its own time budget as UNSCANNED: the units from that
    point are scanned again, and a unit it cannot finish even alone is unscanned."""
    real = worker.build_scan(ner=False)
    calls: list[int] = []

    def budgeted(text: str) -> list[tuple[str, int, int]]:
        calls.append(len(text))
        found = real(text)
        cut = text.find("SLOW")
        if cut >= 0 and len(calls) < 10:  # the budget ran out at SLOW
            found = [hit for hit in found if hit[1] < cut] + [(worker.UNSCANNED, cut, len(text))]
        return found

    monkeypatch.setattr(worker, "_scan", budgeted)
    units = [
        (0, 1, "mail ana.planted@example.com"),
        (0, 2, "SLOW part"),
        (0, 3, "bo.planted@example.org"),
        (1, 3, "nothing"),
    ]
    hits, late = worker.scan_chunk(units)
    assert sorted(hits) == [(0, 1, ("EMAIL_ADDRESS",)), (0, 3, ("EMAIL_ADDRESS",))]
    assert late == [(0, 2)]
    assert len(calls) == 3  # all four, then SLOW alone (cut again), then the last two


def test_walk_skips_vcs_folders_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "index").write_bytes(b"DIRC\x00\x00")
    (tmp_path / "a.txt").write_text("hello\n", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    result = run_audit([tmp_path, tmp_path / "a.txt"], workers=1)
    assert [Path(a.path).name for a in result.files] == ["a.txt"]
    assert not result.failed
