"""The `meshroute` command: one thin verb per job; the work lives in the packages."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from meshroute.config import Config, load_config
from meshroute.errors import ConfigError

_LOOPBACK = ("127.0.0.1", "localhost", "::1")

app = typer.Typer(
    help="One OpenAI-compatible endpoint in front of edge, local and cloud models.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="YAML config file (default: built-in edge model)."),
]


def _load(path: Path | None) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        typer.echo(f"meshroute: config error: {exc}", err=True)
        raise typer.Exit(2) from exc


def build_features(config: Config) -> tuple[Any, Any]:
    """The sensitivity detector and complexity scorer, built once (heavy imports here)."""
    from meshroute.routing.components import build_detector, build_scorer

    return build_detector(config), build_scorer(config)


@app.command()
def serve(
    config: ConfigOption = None,
    host: Annotated[
        str | None, typer.Option(help="Bind address (default: config, 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: config, 8080).")] = None,
    log_level: Annotated[str, typer.Option(help="debug, info, warning, error.")] = "info",
) -> None:
    """Serve the OpenAI-compatible API."""
    import uvicorn

    from meshroute import logs
    from meshroute.api.app import create_app
    from meshroute.api.protocol import BoundedHttpToolsProtocol

    settings = _load(config)
    logs.configure(log_level)
    detector, scorer = build_features(settings)
    try:
        application = create_app(settings, detector=detector, scorer=scorer)
    except ConfigError as exc:
        typer.echo(f"meshroute: config error: {exc}", err=True)
        raise typer.Exit(2) from exc
    bind_host = host or settings.server.host
    if settings.server.key_file is None and host is None and bind_host not in _LOOPBACK:
        # Open (no keys) means local only, unless the operator asked for --host explicitly.
        typer.echo(
            f"meshroute: no key_file: binding 127.0.0.1, not {bind_host}; "
            "pass --host to expose an open server",
            err=True,
        )
        bind_host = "127.0.0.1"
    if settings.server.key_file is None:
        typer.echo("meshroute: WARNING: no API keys configured, the server is OPEN", err=True)
    bind_port = settings.server.port if port is None else port
    typer.echo(
        f"meshroute: serving {len(settings.targets)} target(s) from {settings.source} "
        f"on http://{bind_host}:{bind_port}/v1",
        err=True,
    )
    # uvicorn shuts down gracefully on SIGTERM (stops accepting, lets in-flight requests finish
    # within timeout_graceful_shutdown, runs the lifespan's flush) and then re-raises the signal
    # to the handler it found; a finished graceful shutdown should exit 0, not die of SIGTERM.
    signal.signal(signal.SIGTERM, lambda signum, frame: None)
    uvicorn.run(
        application,
        host=bind_host,
        port=bind_port,
        log_config=None,
        access_log=False,
        loop="uvloop",
        http=BoundedHttpToolsProtocol,
        lifespan="on",
        timeout_graceful_shutdown=30,
    )


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

    settings = _load(config)
    detector, scorer = build_features(settings)
    if jsonl:
        code = explaining.run_jsonl(settings, detector, scorer, sys.stdin, sys.stdout)
        raise typer.Exit(code)
    if text is None:
        typer.echo("meshroute: explain needs TEXT or --jsonl", err=True)
        raise typer.Exit(2)
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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Set routing.complexity thresholds so the given shares of traffic reach each tier."""
    import orjson

    from meshroute.calibrating import ledger_scores, score_file
    from meshroute.routing.calibrate import CalibrationError, calibrate, parse_shares

    settings = _load(config)
    try:
        shares = parse_shares(share)
        if from_ledger == (source is not None):
            raise CalibrationError("give exactly one of --from FILE and --from-ledger")
        scores = ledger_scores(settings, since) if source is None else score_file(settings, source)
        result = calibrate(scores, shares, settings.routing.complexity)
    except (CalibrationError, OSError) as exc:
        typer.echo(f"meshroute: {exc}", err=True)
        raise typer.Exit(2) from exc
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
    url: Annotated[str, typer.Option(help="The running gateway.")] = "http://127.0.0.1:8080",
    admin_key: Annotated[
        str | None, typer.Option(envvar="MESHROUTE_ADMIN_KEY", help="Admin key, if keys are on.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Each target's state on a running server: breaker, in flight, queue, latency."""
    from meshroute.admin_client import fetch_targets, print_targets

    try:
        table = fetch_targets(url, admin_key)
    except RuntimeError as exc:
        typer.echo(f"meshroute: {exc}", err=True)
        raise typer.Exit(2) from exc
    print_targets(table, as_json=as_json)


def _register_subcommands() -> None:
    from meshroute.cli_keys import app as keys_app
    from meshroute.cli_ledger import register as register_ledger

    app.add_typer(keys_app, name="keys")
    register_ledger(app)
    __import__("meshroute.cli_audit").cli_audit.register(app)  # meshroute audit (issue 18)


_register_subcommands()

if __name__ == "__main__":
    app()
