"""`meshroute audit PATH... [--json FILE] [--html FILE] [--markdown FILE] [--from-ledger]`:
what data is sensitive, what is high-frequency, and where each belongs. Types and counts
only: no report ever holds a value from the data."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from meshroute.audit.model import AuditResult
    from meshroute.config import Config


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"meshroute: {message}", err=True)
    return typer.Exit(code)


def audit(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files and folders (.csv .tsv .json .jsonl "
            ".parquet .txt .md .log, and .gz of them)."
        ),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="JSON report file ('-': stdout).")
    ] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="HTML report file.")] = None,
    markdown_out: Annotated[
        Path | None, typer.Option("--markdown", help="Markdown report file (for a pull request).")
    ] = None,
    from_ledger: Annotated[
        bool, typer.Option("--from-ledger", help="Also audit the traffic in the ledger.")
    ] = False,
    since: Annotated[
        str, typer.Option(help="With --from-ledger: 30d, 24h, or an ISO date.")
    ] = "30d",
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="Config: ledger URL, targets to check.")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="The logical model these files feed (for the policy).")
    ] = None,
    ner: Annotated[
        bool, typer.Option("--ner", help="Also run NER (names, places): much slower.")
    ] = False,
    workers: Annotated[
        int | None, typer.Option(min=1, max=64, help="Scanning processes (default: cores).")
    ] = None,
) -> None:
    """Audit data: entity types per field, volume, arrival rate, and a placement per file."""
    from meshroute.audit.model import AuditResult
    from meshroute.audit.policy import snippet

    if not paths and not from_ledger:
        raise _fail("audit needs PATH... or --from-ledger")
    settings = _settings(config) if (config is not None or from_ledger) else None
    if paths:
        result = _scan(paths, workers=workers, ner=ner)
    else:
        result = AuditResult([], ner=ner, workers=0)
    if from_ledger:
        from meshroute.audit.ledger_source import LedgerError, audit_ledger

        assert settings is not None
        try:
            result.files.append(audit_ledger(settings.ledger.url, since))
        except LedgerError as exc:
            raise _fail(str(exc)) from exc
    result.policy = snippet(result, settings if config is not None else None, model)
    _write_reports(result, json_out, html_out, markdown_out)
    if json_out != Path("-"):
        _print(result)
    if result.failed:
        raise typer.Exit(1)


def _settings(path: Path | None) -> Config:
    from meshroute.config import load_config
    from meshroute.errors import ConfigError

    try:
        return load_config(path)
    except ConfigError as exc:
        raise _fail(f"config error: {exc}") from exc


def _scan(paths: list[Path], *, workers: int | None, ner: bool) -> AuditResult:
    from meshroute.audit.engine import run_audit
    from meshroute.audit.sources import discover

    if not sys.stderr.isatty():
        return run_audit(paths, workers=workers, ner=ner)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    total = 0
    for path in discover(paths):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    columns = (
        TextColumn("auditing"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("audit", total=total or None)
        return run_audit(paths, workers=workers, ner=ner, progress=lambda n: bar.advance(task, n))


def _write(path: Path, text: str) -> None:
    if path == Path("-"):
        sys.stdout.write(text)
        return
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot write {path}: {exc.strerror or exc}") from exc


def _write_reports(
    result: AuditResult, json_out: Path | None, html_out: Path | None, md_out: Path | None
) -> None:
    import orjson

    from meshroute.audit import html, markdown
    from meshroute.audit.report import to_dict

    if json_out is not None:
        data = orjson.dumps(to_dict(result), option=orjson.OPT_INDENT_2).decode()
        _write(json_out, data + "\n")
    if html_out is not None:
        _write(html_out, html.render(result))
    if md_out is not None:
        _write(md_out, markdown.render(result))


def _print(result: AuditResult) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from meshroute.audit.report import human_bytes, printable, summary

    console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    table = Table(title="meshroute data audit", show_lines=False)
    for column in ("file", "placement", "rows", "size", "entity types (rows)", "reason"):
        table.add_column(column, overflow="fold")
    for audit in result.files:
        types = ", ".join(f"{k} {v}" for k, v in audit.entity_rows.items()) or "none"
        table.add_row(
            Text(printable(audit.path)),
            Text(
                audit.placement,
                style={"local": "red", "edge": "blue"}.get(audit.placement, "green"),
            ),
            str(audit.rows),
            human_bytes(audit.bytes),
            Text(types),
            Text(printable(audit.reason)),
        )
    console.print(table)
    head = summary(result)
    console.print(
        Text(
            f"{head['files']} file(s), {head['failed']} failed, {result.seconds:.1f} s; "
            + ", ".join(f"{k} {v}" for k, v in head["placements"].items())
        )
    )
    console.print(Text(result.policy))


def register(app: typer.Typer) -> None:
    app.command("audit")(audit)
