"""Options and error handling every `meshroute` command shares: one definition each.

Every command module (`cli`, `cli_keys`, `cli_ledger`, ...) takes its `--config`, `--url`,
`--since` and `--json` from here, and fails through `fail()`, so a user meets one spelling,
one help text and one error format (`meshroute: <what is wrong>`, exit 2) everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from meshroute.config import Config, load_config
from meshroute.errors import ConfigError

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="YAML config file (default: built-in edge model)."),
]
RequiredConfigOption = Annotated[
    Path, typer.Option("--config", "-c", help="YAML config file (required here).")
]
UrlOption = Annotated[
    str | None, typer.Option("--url", help="Ledger database URL (default: the config's).")
]
SinceOption = Annotated[str, typer.Option(help="Window: 7d, 24h, 30m, 2w or an ISO date.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print the one-line error and return the exit to raise: `raise fail("...")`."""
    typer.echo(f"meshroute: {message}", err=True)
    return typer.Exit(code)


def load_settings(path: Path | None) -> Config:
    """The config at `path` (the built-in default when None); a bad file is one line, exit 2."""
    try:
        return load_config(path)
    except ConfigError as exc:
        raise fail(f"config error: {exc}") from exc
