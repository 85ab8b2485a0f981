"""The `meshroute` command: one thin verb per job; the work lives in the packages.

One entry point, `main()` (the `meshroute` script and `python -m meshroute.cli`): every
sub-command module registers on `app`, shares the options of `cli_options`, and every error,
usage errors included, is one line `meshroute: ...` with exit 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from meshroute.cli_options import ConfigOption, JsonOption, fail, load_settings
from meshroute.config import Config
from meshroute.errors import ConfigError

_LOOPBACK = ("127.0.0.1", "localhost", "::1")

app = typer.Typer(
    help="One OpenAI-compatible endpoint in front of edge, local and cloud models.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def build_features(config: Config) -> tuple[Any, Any]:
    """The sensitivity detector and complexity scorer, built once (heavy imports here)."""
    from meshroute.routing.components import build_detector, build_scorer

    return build_detector(config), build_scorer(config)


def _bind_host(settings: Config, host: str | None) -> tuple[str, str]:
    """The address to bind and what the announcement should warn about ("" if nothing)."""
    bind_host = host or settings.server.host
    if settings.server.key_file is not None:
        return bind_host, ""
    warning = "WARNING: no API keys, the server is OPEN"
    if host is None and bind_host not in _LOOPBACK:
        # Open (no keys) means local only, unless the operator asked for --host explicitly.
        warning += f" (binding 127.0.0.1, not {bind_host}; pass --host to expose it)"
        bind_host = "127.0.0.1"
    return bind_host, warning


@app.command()
def serve(
    config: ConfigOption = None,
    host: Annotated[
        str | None, typer.Option(help="Bind address (default: config, 127.0.0.1).")
    ] = None,
    port: Annotated[
        int | None, typer.Option(min=0, max=65535, help="Port (default: config, 8080).")
    ] = None,
    log_level: Annotated[str, typer.Option(help="debug, info, warning, error.")] = "info",
    shutdown_timeout: Annotated[
        int, typer.Option(min=1, help="On SIGTERM: seconds in-flight requests may take to finish.")
    ] = 30,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Processes sharing the port (see state.url).")
    ] = 1,
) -> None:
    """Serve the OpenAI-compatible API."""
    from meshroute import logs, serving
    from meshroute.api.app import create_app

    settings = load_settings(config)
    logs.configure(log_level)
    if settings.ledger.enabled and settings.ledger.migrate == "off":
        from meshroute.ledger.db import schema_problem

        problem = schema_problem(settings.ledger.url)
        if problem is not None:
            raise fail(f"ledger: {problem}", 1)
    bind_host, warning = _bind_host(settings, host)
    bind_port = settings.server.port if port is None else port
    try:  # before any model loads: a taken port fails in a second, with no "serving" claim
        sock = serving.bind(bind_host, bind_port)
    except serving.PortUnavailable as exc:
        raise fail(str(exc), 1) from exc
    if workers > 1:  # meshroute/state/workers.py: each worker builds the app from the config
        from meshroute.state.workers import announce, run_workers

        typer.echo(announce(settings, bind_host, sock, workers, warning), err=True)
        run_workers(str(config) if config else None, workers, sock, log_level, shutdown_timeout)
        return
    detector, scorer = build_features(settings)
    if warning:
        serving.quiet_open_warning()  # the serving line below carries it
    try:
        application = create_app(settings, detector=detector, scorer=scorer)
    except ConfigError as exc:
        raise fail(f"config error: {exc}") from exc
    names = ", ".join(target.name for target in settings.targets)
    count = len(settings.targets)
    shown = f"[{bind_host}]" if ":" in bind_host else bind_host
    line = (
        f"meshroute: serving {count} target{'s' if count != 1 else ''} ({names}) "
        f"from {settings.source} on http://{shown}:{sock.getsockname()[1]}/v1"
        + (f"; {warning}" if warning else "")
    )
    try:
        serving.run(application, sock, lambda: typer.echo(line, err=True), shutdown_timeout)
    except serving.PortUnavailable as exc:
        raise fail(str(exc), 1) from exc


@app.command()
def explain(
    text: Annotated[str | None, typer.Argument(help="A prompt to decide on.")] = None,
    config: ConfigOption = None,
    model: Annotated[str, typer.Option(help="The model field of the request.")] = "auto",
    region: Annotated[str | None, typer.Option(help="The client's region.")] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Read requests from stdin, one a line.")
    ] = False,
) -> None:
    """Decide where requests would go, without sending anything."""
    from meshroute import explain as explaining

    settings = load_settings(config)
    detector, scorer = build_features(settings)
    if jsonl:
        code = explaining.run_jsonl(settings, detector, scorer, sys.stdin, sys.stdout)
        raise typer.Exit(code)
    if text is None:
        raise fail("explain needs TEXT or --jsonl")
    explaining.print_one(settings, detector, scorer, text, model=model, region=region)


@app.command()
def calibrate(
    share: Annotated[
        list[str], typer.Option(help="Traffic share per tier, e.g. cloud=0.2 (repeatable).")
    ],
    source: Annotated[
        Path | None,
        typer.Option("--from", help="JSONL of requests (OpenAI chat objects or prompts)."),
    ] = None,
    from_ledger: Annotated[
        bool, typer.Option("--from-ledger", help="Use the ledger's routed requests instead.")
    ] = False,
    since: Annotated[str, typer.Option(help="With --from-ledger: how far back.")] = "30d",
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Set routing.complexity thresholds so the given shares of traffic reach each tier."""
    import orjson

    from meshroute.calibrating import ledger_scores, score_file
    from meshroute.routing.calibrate import CalibrationError, calibrate, parse_shares

    settings = load_settings(config)
    try:
        shares = parse_shares(share)
        if from_ledger == (source is not None):
            raise CalibrationError("give exactly one of --from FILE and --from-ledger")
        scores = ledger_scores(settings, since) if source is None else score_file(settings, source)
        result = calibrate(scores, shares, settings.routing.complexity)
    except (CalibrationError, OSError) as exc:
        raise fail(str(exc)) from exc
    found = result.thresholds
    if as_json:
        out = {
            "edge_max": found.edge_max,
            "local_max": found.local_max,
            "shares": result.shares,
            "requests": result.requests,
        }
        typer.echo(orjson.dumps(out).decode())
        return
    origin = source if source is not None else f"the ledger (since {since})"
    typer.echo(
        f"# {result.requests} requests from {origin}; shares on that sample: "
        + ", ".join(f"{tier} {value:.1%}" for tier, value in result.shares.items())
    )
    typer.echo("routing:")
    typer.echo(f"  complexity: {{edge_max: {found.edge_max}, local_max: {found.local_max}}}")


@app.command()
def targets(
    url: Annotated[
        str | None,
        typer.Option(help="The running gateway (default: the config's host and port)."),
    ] = None,
    config: ConfigOption = None,
    admin_key: Annotated[
        str | None, typer.Option(envvar="MESHROUTE_ADMIN_KEY", help="Admin key, if keys are on.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Each target's state on a running server: breaker, in flight, queue, latency."""
    from meshroute.admin_client import AdminError, fetch_targets, gateway_url, print_targets

    root = url or gateway_url(load_settings(config))
    try:
        table = fetch_targets(root, admin_key)
    except AdminError as exc:
        raise fail(str(exc)) from exc
    print_targets(table, as_json=as_json)


def _register_subcommands() -> None:
    from meshroute.cli_keys import app as keys_app
    from meshroute.cli_ledger import register as register_ledger

    app.add_typer(keys_app, name="keys")
    register_ledger(app)
    __import__("meshroute.cli_audit").cli_audit.register(app)  # meshroute audit (issue 18)
    app.add_typer(__import__("meshroute.cli_edge").cli_edge.app, name="edge")  # issue 16
    app.add_typer(__import__("meshroute.cli_router").cli_router.app, name="router")  # issue 17
    app.add_typer(__import__("meshroute.cli_models").cli_models.app, name="models")  # issue 15


_register_subcommands()


def _click_errors() -> Any:
    import importlib

    # typer >= 0.22 vendors click as typer._click; older typers use click itself
    for name in ("typer._click.exceptions", "click.exceptions"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError("neither typer._click nor click is installed")


def main(argv: list[str] | None = None) -> None:
    """The `meshroute` command: usage errors as one line `meshroute: ...`, exit 2."""
    errors = _click_errors()
    try:
        # without standalone mode click *returns* a command's typer.Exit code
        code = app(args=argv, prog_name="meshroute", standalone_mode=False)
    except errors.UsageError as exc:
        typer.echo(f"meshroute: {exc.format_message()}", err=True)
        raise SystemExit(2) from None
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except typer.Abort:
        raise SystemExit(130) from None
    raise SystemExit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
