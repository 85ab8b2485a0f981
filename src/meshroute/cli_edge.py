"""`meshroute edge build`: generate the Cloudflare Worker that is the edge first hop."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

app = typer.Typer(help="The serverless edge first hop (a Cloudflare Worker).", no_args_is_help=True)


@app.command()
def build(
    nodes: Annotated[
        list[str],
        typer.Option("--node", help="REGION=URL of a meshroute node (repeat for each node)."),
    ],
    out: Annotated[
        Path, typer.Option("--out", help="Directory to write wrangler.toml and src/ to.")
    ],
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="YAML config (default: built-in).")
    ] = None,
    target: Annotated[str, typer.Option(help="Edge platform: cloudflare.")] = "cloudflare",
    edge_model: Annotated[
        str | None,
        typer.Option(help="Workers AI model for simple clean requests (none: forward all)."),
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option("--country", help="CC=REGION: send a country's clients to a region first."),
    ] = None,
    colo: Annotated[
        list[str] | None,
        typer.Option("--colo", help="IATA=REGION: send a Cloudflare colo's clients there first."),
    ] = None,
    cache_ttl: Annotated[int, typer.Option(min=1, max=86_400, help="Cache seconds.")] = 300,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="No exact-match cache.")] = False,
    name: Annotated[str, typer.Option(help="Worker name in wrangler.toml.")] = "meshroute-edge",
) -> None:
    """Write DIR/wrangler.toml and the Worker's JavaScript modules, generated from the config."""
    if target != "cloudflare":
        _fail(f"--target {target[:40]!r}: only 'cloudflare' is built")
    from meshroute.edge.generate import EdgeBuild, parse_colo, parse_country, parse_node

    def spec() -> EdgeBuild:
        return EdgeBuild(
            nodes=tuple(parse_node(value) for value in nodes),
            out=out,
            name=name,
            edge_model=edge_model,
            cache_ttl_s=cache_ttl,
            cache=not no_cache,
            country_regions=dict(parse_country(value) for value in country or []),
            colo_regions=dict(parse_colo(value) for value in colo or []),
        )

    _build(config, spec, out)


def _fail(message: str) -> NoReturn:
    typer.echo(f"meshroute: {message}", err=True)
    raise typer.Exit(2)


def _build(config: Path | None, spec: Callable[[], Any], out: Path) -> None:
    """Load the config, build, print the summary; every error is one line and exit 2."""
    from meshroute.config import load_config
    from meshroute.edge.generate import EdgeBuildError, build_worker
    from meshroute.errors import ConfigError

    try:
        loaded = load_config(config)
    except ConfigError as exc:
        _fail(f"config error: {exc}")
    try:
        summary = build_worker(loaded, spec())
    except EdgeBuildError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror or exc}")
    typer.echo(json.dumps(summary, indent=2))
