"""The reports (JSON, HTML, Markdown, the terminal) carry types and counts, never a value,
and names from hostile files cannot inject markup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from planted import PLANTED
from typer.testing import CliRunner

from meshroute.audit import html, markdown
from meshroute.audit.engine import run_audit
from meshroute.audit.model import AuditResult
from meshroute.audit.report import to_dict
from meshroute.cli import app


def _assert_clean(text: str, where: str) -> None:
    for value in PLANTED:
        assert value not in text, f"a planted value leaked into {where}"


@pytest.fixture(scope="module")
def cli_run(
    planted_folder: tuple[Path, dict[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, str], int]:
    root, _ = planted_folder
    out = tmp_path_factory.mktemp("reports")
    files = {"json": out / "a.json", "html": out / "a.html", "markdown": out / "a.md"}
    args = ["audit", str(root), "--workers", "1", "--model", "assistant"]
    for flag, path in files.items():
        args += [f"--{flag}", str(path)]
    result = CliRunner().invoke(app, args)
    texts = {flag: path.read_text(encoding="utf-8") for flag, path in files.items()}
    return result.output, texts, result.exit_code


def test_no_planted_value_in_any_report(cli_run: tuple[str, dict[str, str], int]) -> None:
    stdout, reports, code = cli_run
    assert code == 0, stdout
    _assert_clean(stdout, "stdout")
    for kind, text in reports.items():
        _assert_clean(text, kind)


def test_json_report_contract(
    cli_run: tuple[str, dict[str, str], int], planted_folder: tuple[Path, dict[str, str]]
) -> None:
    _, reports, _ = cli_run
    data = json.loads(reports["json"])
    _, expected = planted_folder
    assert {Path(f["path"]).name: f["placement"] for f in data["files"]} == expected
    for entry in data["files"]:
        assert {"path", "placement", "reason", "rows", "bytes", "fields"} <= set(entry)
        assert entry["placement"] in ("local", "edge", "cloud")
        for stats in entry["fields"]:
            assert set(stats) >= {"name", "entities"}
            assert all(isinstance(v, int) for v in stats["entities"].values())
    text = next(f for f in data["files"] if f["path"].endswith("support.txt"))
    assert text["fields"][0]["name"] is None
    assert data["summary"]["failed"] == 0
    assert "keep_private" in data["policy"] and "assistant" in data["policy"]


def test_markdown_and_stdout_summaries(cli_run: tuple[str, dict[str, str], int]) -> None:
    stdout, reports, _ = cli_run
    data = json.loads(reports["json"])
    for entry in data["files"]:  # one table row per file, then one section per file
        assert f"| {entry['path']} | {entry['placement']} |" in reports["markdown"]
        assert f"### {entry['path']}" in reports["markdown"]
    assert "EMAIL_ADDRESS" in reports["markdown"] and "```yaml" in reports["markdown"]
    assert "customers.csv" in stdout and "local" in stdout and "edge" in stdout


def _hostile_result(tmp_path: Path) -> AuditResult:
    folder = tmp_path / "hostile"
    folder.mkdir()
    name = folder / "<script>alert(1)<!--x|y.csv"
    name.write_text('"<img src=x onerror=alert(2)>",b|c\n1,2\n', encoding="utf-8")
    (folder / "keys.jsonl").write_text(
        '{"</td><script>alert(3)</script>": "x", "ok": "ana.planted@example.com"}\n',
        encoding="utf-8",
    )
    return run_audit([folder], workers=1)


def test_hostile_names_are_escaped(tmp_path: Path) -> None:
    result = _hostile_result(tmp_path)
    page = html.render(result)
    assert "<script>" not in page and "<img" not in page and "<!--x" not in page
    assert "&lt;script&gt;alert(1)&lt;!--x|y.csv" in page
    md = markdown.render(result)
    assert "<script>" not in md and "<img" not in md
    assert "x\\|y.csv" in md  # a pipe cannot split a table cell
    data = json.dumps(to_dict(result))
    _assert_clean(data + page + md, "hostile reports")
    # header cells that are not names are shown as column_N and scanned as values
    csv_fields = {f.name for f in result.files[0].fields}
    assert "column_1" in csv_fields and "(header)" in csv_fields
    # a key that is not a name is `<key>` in paths
    jsonl = result.files[1]
    assert {f.name for f in jsonl.fields} == {"<key>", "ok"}


def test_control_characters_in_names_cannot_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "ctl"
    folder.mkdir()
    (folder / "bad\x1b[31mname\n.txt").write_text("hello\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["audit", str(folder), "--workers", "1"])
    assert "\x1b[31m" not in result.output
    assert "\\x1b[31mname\\x0a.txt" in result.output
