"""`meshroute costs | breakeven | ledger export | ledger migrate`: the ledger's reports, its
export and its schema.

Thin: parsing and printing here, the numbers in `meshroute.ledger.reports`. Heavy imports
(SQLAlchemy, Alembic, matplotlib) stay inside the commands so `--help` is instant.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, fields
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from meshroute.cli_options import (
    ConfigOption,
    JsonOption,
    SinceOption,
    UrlOption,
    fail,
    load_settings,
)
from meshroute.config import Config

if TYPE_CHECKING:
    from meshroute.ledger.pricing import Rate
    from meshroute.ledger.reports import BreakevenInputs

ledger_app = typer.Typer(
    name="ledger",
    help="The usage ledger's data and schema.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
Flag = Annotated[float | None, typer.Option()]


def _since(text: str) -> datetime:
    from meshroute.ledger.reports import parse_since

    try:
        return parse_since(text)
    except ValueError as exc:
        raise fail(str(exc)) from exc


def _ledger_url(config: Path | None, url: str | None) -> tuple[str, bool]:
    """The URL to read and whether to migrate it (the config's `ledger.migrate`)."""
    if url is not None:
        return url, True
    settings = load_settings(config)
    return settings.ledger.url, getattr(settings.ledger, "migrate", "auto") == "auto"


def _engine(config: Path | None, url: str | None) -> Any:
    """An existing ledger for a report: never creates a database to read from."""
    from meshroute.ledger.query import LedgerMissing, open_ledger

    target, migrate = _ledger_url(config, url)
    try:
        return open_ledger(target, migrate=migrate)
    except LedgerMissing as exc:
        raise fail(f"ledger: {exc}") from exc
    except Exception as exc:  # a wrong URL, an unreachable server, a locked file
        raise fail(f"ledger: cannot open: {_first_line(exc)}") from exc


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _reference(settings: Config | None, name: str | None) -> tuple[str, Rate]:
    """The all-cloud price: --reference NAME (a target or a catalogue model), else the config's
    first cloud target with a price, else the catalogue's gpt-4o."""
    from meshroute.ledger.pricing import load_catalogue, target_rate

    catalogue = load_catalogue()
    targets = settings.targets if settings is not None else []
    for target in targets:
        if (name is None and target.tier == "cloud") or target.name == name:
            rate = target_rate(target, catalogue)
            if rate is not None:
                return f"target {target.name}", rate
    wanted = name or "gpt-4o"
    rate = catalogue.find(wanted)
    if rate is None:
        raise fail(f"--reference {wanted!r}: not a priced target nor in the price catalogue")
    return f"{wanted} (list price {catalogue.taken})", rate


def costs(
    config: ConfigOption = None,
    url: UrlOption = None,
    since: SinceOption = "7d",
    by: Annotated[str, typer.Option(help="target, tier, model, key or day.")] = "target",
    reference: Annotated[
        str | None, typer.Option(help="All-cloud price: a target or catalogue model name.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Requests, tokens, cost and latency per group, and the all-cloud counterfactual."""
    from meshroute.ledger.query import usage_rows
    from meshroute.ledger.reports import GROUPS
    from meshroute.ledger.reports import costs as cost_report

    if by not in GROUPS:
        raise fail(f"--by {by!r}: use one of {', '.join(GROUPS)}")
    start = _since(since)
    settings = load_settings(config) if config is not None else None
    label, rate = _reference(settings, reference)
    engine = _engine(config, url)
    groups = cost_report(usage_rows(engine, start), by, rate)
    engine.dispose()
    if as_json:
        out = {
            "since": start.isoformat(),
            "by": by,
            "reference": label,
            "reference_price": asdict(rate),
            "groups": [asdict(g) for g in groups],
        }
        typer.echo(json.dumps(out))
        return
    _print_costs(groups, by, start, label)


def _print_costs(groups: list[Any], by: str, start: datetime, label: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Costs since {start:%Y-%m-%d %H:%M} UTC, by {by}")
    for name in (
        "group",
        "requests",
        "errors",
        "tokens in",
        "tokens out",
        "cost $",
        "p50 ms",
        "p95 ms",
        "all-cloud $",
        "saving $",
    ):
        table.add_column(name, justify="left" if name == "group" else "right")
    for g in groups:
        table.add_row(
            g.group,
            f"{g.requests:,}",
            f"{g.errors:,}",
            f"{g.input_tokens:,}",
            f"{g.output_tokens:,}",
            f"{g.cost_usd:,.4f}" + ("*" if g.unpriced else ""),
            _ms(g.p50_latency_ms),
            _ms(g.p95_latency_ms),
            f"{g.cloud_usd:,.4f}",
            f"{g.saving_usd:,.4f}",
            end_section=g.group == groups[-2].group if len(groups) > 1 else False,
        )
    # piped output would otherwise be cut at 80 columns
    console = Console(width=None if sys.stdout.isatty() else 160)
    console.print(table)
    console.print(f"all-cloud reference: {label}")
    if groups and groups[-1].unpriced:
        console.print(f"* {groups[-1].unpriced} requests on targets with no price or cost block")


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def _from_config(settings: Config, cloud: str | None, local: str | None) -> dict[str, float]:
    from meshroute.ledger.pricing import load_catalogue, target_hardware, target_rate

    found: dict[str, float] = {}
    if cloud is not None:
        rate = target_rate(_target(settings, cloud, "--cloud-target"), load_catalogue())
        if rate is None:
            raise fail(f"--cloud-target {cloud}: no price block and not in the catalogue")
        found |= {"price_in": rate.input_per_mtok, "price_out": rate.output_per_mtok}
    if local is not None:
        hardware = target_hardware(_target(settings, local, "--local-target"))
        if hardware is None:
            raise fail(f"--local-target {local}: the target has no cost block")
        found |= asdict(hardware)
    return found


def _target(settings: Config, name: str, flag: str) -> Any:
    try:
        return settings.target(name)
    except KeyError:
        raise fail(f"{flag} {name}: no such target in {settings.source}") from None


def _from_ledger(
    config: Path | None, url: str | None, since: str, rate_given: bool
) -> dict[str, float]:
    from meshroute.ledger.query import usage_rows
    from meshroute.ledger.reports import MIN_SPAN_S, workload

    start = _since(since)
    engine = _engine(config, url)
    try:
        found = workload(usage_rows(engine, start))
    finally:
        engine.dispose()
    if found.requests == 0:
        raise fail(f"--from-ledger: no answered requests since {start:%Y-%m-%d %H:%M} UTC")
    measured = {
        "input_tokens": found.input_tokens,
        "output_tokens": found.output_tokens,
        "ledger_requests": float(found.requests),
        "ledger_span_days": found.span_days,
    }
    if found.requests_per_day > 0:
        measured["requests_per_day"] = found.requests_per_day
    elif not rate_given:
        raise fail(
            f"--from-ledger: {found.requests} requests within {found.span_days * 86400:.0f} s "
            f"(under {MIN_SPAN_S:.0f} s) give no daily rate: pass --requests-per-day"
        )
    return measured


def _inputs(given: dict[str, float | None], *sources: dict[str, float]) -> BreakevenInputs:
    """Flags win over the config and the ledger; defaults fill peak_factor and ops."""
    from meshroute.ledger.reports import BreakevenInputs

    merged: dict[str, float] = {}
    for source in sources:
        merged |= source
    merged |= {key: value for key, value in given.items() if value is not None}
    names = [f.name for f in fields(BreakevenInputs)]
    missing = [n for n in names if n not in merged and n not in ("peak_factor", "ops_usd_month")]
    if missing:
        flags = " ".join("--" + n.replace("_", "-") for n in missing)
        raise fail(f"breakeven: missing {flags} (or --config/--from-ledger to supply them)")
    inputs = BreakevenInputs(**{n: merged[n] for n in names if n in merged})
    try:
        inputs.check()
    except ValueError as exc:
        raise fail(str(exc)) from exc
    return inputs


def breakeven(
    requests_per_day: Flag = None,
    input_tokens: Annotated[float | None, typer.Option(help="Mean per request.")] = None,
    output_tokens: Annotated[float | None, typer.Option(help="Mean per request.")] = None,
    peak_factor: Annotated[float | None, typer.Option(help="Peak / mean load (3).")] = None,
    price_in: Annotated[float | None, typer.Option(help="Cloud $ per M input tokens.")] = None,
    price_out: Annotated[float | None, typer.Option(help="Cloud $ per M output tokens.")] = None,
    hardware_usd: Annotated[float | None, typer.Option(help="Per server.")] = None,
    lifetime_months: Flag = None,
    power_watts: Annotated[float | None, typer.Option(help="Per server.")] = None,
    usd_per_kwh: Flag = None,
    capacity_tps: Annotated[
        float | None, typer.Option(help="Output tokens/s one server sustains.")
    ] = None,
    ops_usd_month: Annotated[float | None, typer.Option(help="Per server (0).")] = None,
    from_ledger: Annotated[
        bool, typer.Option("--from-ledger", help="Workload from the ledger.")
    ] = False,
    since: SinceOption = "30d",
    config: ConfigOption = None,
    url: UrlOption = None,
    cloud_target: Annotated[str | None, typer.Option(help="Config target for prices.")] = None,
    local_target: Annotated[str | None, typer.Option(help="Config target for hardware.")] = None,
    as_json: JsonOption = False,
    plot: Annotated[
        Path | None, typer.Option(help="Write the cumulative-cost chart (PNG).")
    ] = None,
) -> None:
    """When does an own GPU server pay for itself against the cloud?"""
    from meshroute.ledger.reports import BreakevenInputs
    from meshroute.ledger.reports import breakeven as compute

    flags = {f.name for f in fields(BreakevenInputs)}
    given = {k: v for k, v in locals().items() if k in flags}
    if (cloud_target or local_target) and config is None:
        raise fail("--cloud-target/--local-target need --config FILE")
    from_cfg = _from_config(load_settings(config), cloud_target, local_target) if config else {}
    from_db = _from_ledger(config, url, since, requests_per_day is not None) if from_ledger else {}
    # what the ledger measured besides the inputs: how many requests, over what span
    measured = {
        key: from_db.pop(key) for key in ("ledger_requests", "ledger_span_days") if key in from_db
    }
    try:
        result = compute(_inputs(given, from_cfg, from_db))
    except ValueError as exc:
        raise fail(f"breakeven: {exc}") from exc
    if measured:
        result |= {
            "ledger_requests": int(measured["ledger_requests"]),
            "ledger_span_days": measured["ledger_span_days"],
        }
    if plot is not None:
        _plot(result, plot)
    if as_json:
        typer.echo(json.dumps(result))
        return
    _print_breakeven(result, plot)


def _plot(result: dict[str, Any], path: Path) -> None:
    try:
        from meshroute.ledger.plot import plot_breakeven
    except ImportError as exc:
        raise fail("--plot needs matplotlib: pip install 'meshroute[plot]'") from exc
    try:
        plot_breakeven(result, path)
    except OSError as exc:
        raise fail(f"--plot {path}: {exc.strerror or exc}") from exc


def _print_breakeven(result: dict[str, Any], plot: Path | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Cloud versus own servers (30.4-day months)", show_header=False)
    table.add_column("", style="bold")
    table.add_column("", justify="right")
    rows = [
        (
            "workload",
            f"{result['requests_per_day']:,.0f} req/day, "
            f"{result['input_tokens']:,.0f} in + {result['output_tokens']:,.0f} out tokens"
            + _measured(result),
        ),
        ("servers needed", f"{result['servers']}"),
        ("cloud, per month", f"${result['cloud_usd_month']:,.2f}"),
        ("local cash (energy + ops), per month", f"${result['local_cash_usd_month']:,.2f}"),
        ("local amortised, per month", f"${result['local_amortised_usd_month']:,.2f}"),
        ("local $ per million tokens", _money(result["local_usd_per_mtok"])),
        (
            "break-even",
            "never: the cloud is cheaper to run"
            if result["breakeven_months"] is None
            else f"{result['breakeven_months']:,.1f} months",
        ),
    ]
    for name, value in rows:
        table.add_row(name, value)
    console = Console(width=None if sys.stdout.isatty() else 120)
    console.print(table)
    if plot is not None:
        console.print(f"chart: {plot}")


def _measured(result: dict[str, Any]) -> str:
    if "ledger_span_days" not in result:
        return ""
    hours = result["ledger_span_days"] * 24
    span = f"{hours:,.1f} h" if hours >= 1 else f"{hours * 60:,.0f} min"
    return f" (ledger: {result['ledger_requests']:,} requests over {span})"


def _money(value: float | None) -> str:
    return "-" if value is None else f"${value:,.4f}"


@ledger_app.command("export")
def export(
    since: SinceOption = "7d",
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    config: ConfigOption = None,
    url: UrlOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default: stdout).")
    ] = None,
) -> None:
    """Every ledger row since a time, as JSON lines or CSV."""
    if fmt not in ("jsonl", "csv"):
        raise fail(f"--format {fmt!r}: use jsonl or csv")
    start = _since(since)
    engine = _engine(config, url)
    try:
        stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as exc:
        raise fail(f"--output {output}: {exc.strerror or exc}") from exc
    try:
        written = _export(engine, start, fmt, stream)  # type: ignore[arg-type]
    finally:
        if output is not None:
            stream.close()
        engine.dispose()
    typer.echo(f"meshroute: exported {written} rows", err=True)


def _export(engine: Any, start: datetime, fmt: Literal["jsonl", "csv"], stream: Any) -> int:
    import csv

    from rich.console import Console
    from rich.progress import Progress

    from meshroute.ledger.models import EXPORT_COLUMNS
    from meshroute.ledger.query import count_since, export_rows

    total = count_since(engine, start)
    writer = csv.DictWriter(stream, fieldnames=EXPORT_COLUMNS) if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    console = Console(stderr=True)
    written = 0
    # the bar only where someone watches (a terminal) and the export is long enough to wait on
    with Progress(console=console, transient=True, disable=total < 50_000) as progress:
        task = progress.add_task("exporting", total=total)
        for row in export_rows(engine, start):
            row["time"] = row["time"].isoformat()
            if writer is not None:
                writer.writerow(row)
            else:
                stream.write(json.dumps(row, separators=(",", ":")) + "\n")
            written += 1
            if written % 1000 == 0:
                progress.update(task, completed=written)
    return written


@ledger_app.command("migrate")
def migrate(config: ConfigOption = None, url: UrlOption = None) -> None:
    """Create the ledger's tables or bring them to this version's schema (safe to run while
    other processes start: they wait for one migration under a database lock)."""
    from meshroute.ledger.db import current_revision, head_revision, make_engine, upgrade

    target = url or load_settings(config).ledger.url
    try:
        engine = make_engine(target)
        try:
            before = current_revision(engine)
            upgrade(engine)
            after = current_revision(engine)
        finally:
            engine.dispose()
    except Exception as exc:  # a wrong URL, an unreachable server, a read-only file
        raise fail(f"ledger migrate: {_first_line(exc)}") from exc
    if before == after:
        typer.echo(f"meshroute: ledger already at revision {after} (head {head_revision()})")
    else:
        typer.echo(f"meshroute: ledger migrated from {before or 'empty'} to {after}")


def register(main_app: typer.Typer) -> None:
    """Add `costs`, `breakeven`, `ledger export` and `ledger migrate` to the `meshroute` app."""
    main_app.command()(costs)
    main_app.command()(breakeven)
    main_app.add_typer(ledger_app, name="ledger")
