"""`meshroute keys create | list | revoke`: manage the hashed key file named by the config.

The new key is printed once, on create; nothing else ever prints a key or a hash. A running
server picks up every change within a second (it watches the file).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from meshroute.auth.keyfile import (
    ApiKey,
    KeyRecord,
    key_file_path,
    locked,
    new_key,
    read_keys,
    revoke,
    write_keys,
)
from meshroute.cli_options import JsonOption, fail, load_settings
from meshroute.cli_options import RequiredConfigOption as ConfigOption
from meshroute.errors import ConfigError

app = typer.Typer(
    name="keys",
    help="Create, list and revoke API keys (stored as salted hashes in server.key_file).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _key_file(config: Path) -> Path:
    path = key_file_path(load_settings(config))
    if path is None:
        raise fail(f"{config}: server.key_file is not set; add `server: {{key_file: keys.json}}`")
    return path


def _records(path: Path, *, missing_ok: bool) -> list[KeyRecord]:
    if missing_ok and not path.exists():
        return []
    try:
        return read_keys(path)
    except ConfigError as exc:
        raise fail(str(exc)) from exc


def _split(value: str | None) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset(item.strip() for item in value.split(",") if item.strip())


@app.command()
def create(
    config: ConfigOption,
    name: Annotated[str, typer.Option(help="A label for the key (unique among active keys).")],
    admin: Annotated[bool, typer.Option("--admin", help="May use /admin/* routes.")] = False,
    models: Annotated[
        str | None, typer.Option(help="Comma-separated logical models (default: all).")
    ] = None,
    zones: Annotated[
        str | None, typer.Option(help="Comma-separated zones: private, public (default: all).")
    ] = None,
    rpm: Annotated[int | None, typer.Option(help="Requests per minute.")] = None,
    tpm: Annotated[int | None, typer.Option(help="Tokens per minute.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Add a key and print it once: it cannot be shown again."""
    path = _key_file(config)
    if not path.parent.is_dir():
        raise fail(f"{path}: the key file's directory does not exist")
    with locked(path):
        records = _records(path, missing_ok=True)
        try:
            token, record = new_key(
                name,
                existing=records,
                admin=admin,
                models=_split(models),
                zones=_split(zones),
                rpm=rpm,
                tpm=tpm,
            )
        except ValueError as exc:
            raise fail(f"{path}: {exc}") from exc
        write_keys(path, [*records, record])
    if as_json:
        typer.echo(json.dumps({"name": name, "key": token}))
    else:
        typer.echo(token)
        typer.echo(
            f"meshroute: key '{name}' (id {record.key.id}) added to {path}; "
            "store it now, it cannot be shown again",
            err=True,
        )


@app.command("list")
def list_keys(config: ConfigOption, as_json: JsonOption = False) -> None:
    """The keys and their limits (never a key or a hash)."""
    path = _key_file(config)
    keys = [record.key for record in _records(path, missing_ok=True)]
    if as_json:
        typer.echo(json.dumps([_public(key) for key in keys]))
        return
    if not keys:
        typer.echo(f"no keys in {path}")
        return
    header = ("NAME", "ID", "ADMIN", "MODELS", "ZONES", "RPM", "TPM", "CREATED", "REVOKED")
    rows = [header, *(_row(key) for key in keys)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        typer.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


@app.command("revoke")
def revoke_key(
    name: Annotated[str, typer.Argument(help="The active key to revoke.")],
    config: ConfigOption,
) -> None:
    """Revoke the active key called NAME (a running server refuses it within a second)."""
    path = _key_file(config)
    with locked(path):
        records = _records(path, missing_ok=False)
        try:
            updated = revoke(records, name)
        except LookupError as exc:
            raise fail(f"{path}: {exc.args[0]}", 1) from exc
        write_keys(path, updated)
    typer.echo(f"meshroute: key '{name}' revoked in {path}", err=True)


def _public(key: ApiKey) -> dict[str, object]:
    return {
        "name": key.name,
        "id": key.id,
        "admin": key.admin,
        "models": sorted(key.models) if key.models is not None else None,
        "zones": sorted(key.zones) if key.zones is not None else None,
        "rpm": key.rpm,
        "tpm": key.tpm,
        "created": key.created,
        "revoked": key.revoked,
    }


def _row(key: ApiKey) -> tuple[str, ...]:
    def many(values: frozenset[str] | None) -> str:
        return ",".join(sorted(values)) if values is not None else "*"

    def limit(value: int | None) -> str:
        return "-" if value is None else str(value)

    return (
        key.name,
        key.id,
        "yes" if key.admin else "no",
        many(key.models),
        many(key.zones),
        limit(key.rpm),
        limit(key.tpm),
        key.created,
        key.revoked or "-",
    )
