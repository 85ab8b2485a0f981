"""`meshroute models push | deploy | status | rollback`: model versions to the fleet (issue 15).

Thin: the registry client is `fleet.registry`, the node orders `fleet.client`. Each command
takes `--json`; on a terminal, push and deploy show a progress bar.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import Annotated, Any

import typer

from meshroute.cli_options import JsonOption, fail

app = typer.Typer(help="Push model versions to a registry, deploy them to nodes, roll back.")

RegistryOption = Annotated[str, typer.Option("--registry", help="OCI registry URL.")]
NodeOption = Annotated[
    list[str], typer.Option("--node", help="A node's URL (repeat for each node).")
]
UserOption = Annotated[
    str | None,
    typer.Option(
        "--registry-user",
        envvar="MESHROUTE_REGISTRY_USER",
        help="Registry user (password from MESHROUTE_REGISTRY_PASSWORD).",
    ),
]
KeyOption = Annotated[
    str, typer.Option("--key", envvar="MESHROUTE_ADMIN_KEY", help="The nodes' admin key.")
]


def _bar(enabled: bool) -> Any:
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TransferSpeedColumn,
    )

    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn())
    return Progress(*columns, TransferSpeedColumn(), disable=not enabled, transient=True)


@app.command()
def push(
    file: Annotated[Path, typer.Argument(help="The model file (GGUF).")],
    registry: RegistryOption,
    name: Annotated[str, typer.Option("--name", help="Logical model name, e.g. assistant.")],
    version: Annotated[str, typer.Option("--version", help="Version tag, e.g. v2.")],
    registry_user: UserOption = None,
    as_json: JsonOption = False,
) -> None:
    """Push FILE as NAME@VERSION; prints {"name","version","digest"}."""
    from meshroute.fleet.artifact import ArtifactError, check_name, check_version
    from meshroute.fleet.registry import RegistryError, push_file

    try:
        check_name(name), check_version(version)
        size = file.stat().st_size
    except (ArtifactError, OSError) as exc:
        raise fail(str(exc)) from exc
    with _bar(sys.stdout.isatty() and not as_json) as bar:
        hashing = bar.add_task("sha256", total=size)
        sending = bar.add_task("upload", total=size)
        try:
            pushed = push_file(
                registry,
                file,
                name,
                version,
                hashed=lambda n: bar.advance(hashing, n),
                progress=lambda n: bar.advance(sending, n),
                auth=_auth(registry_user),
            )
        except RegistryError as exc:
            raise fail(str(exc), 1) from exc
    typer.echo(json.dumps({"name": name, "version": version, "digest": pushed.digest}))
    if not as_json:
        typer.echo(f"meshroute: pushed {size / 1e6:.1f} MB in {pushed.seconds:.2f} s", err=True)


@app.command()
def deploy(
    reference: Annotated[str, typer.Argument(metavar="NAME@VERSION")],
    registry: RegistryOption,
    node: NodeOption,
    key: KeyOption,
    registry_user: UserOption = None,
    as_json: JsonOption = False,
) -> None:
    """Deploy NAME@VERSION to every node; exit 0 once all have it active."""
    import httpx

    from meshroute.fleet import client
    from meshroute.fleet.artifact import ArtifactError, split_reference
    from meshroute.fleet.registry import TIMEOUT, RegistryError, resolve

    try:
        name, version = split_reference(reference)
        with httpx.Client(timeout=TIMEOUT, auth=_auth(registry_user)) as http:
            digest = resolve(http, registry, name, version)
    except (ArtifactError, RegistryError) as exc:
        raise fail(str(exc), 1) from exc
    if digest is None:
        raise fail(f"{reference} is not in the registry {registry}", 1)
    body = {"name": name, "version": version, "digest": digest, "registry": registry}
    stop = threading.Event()
    with _bar(sys.stdout.isatty() and not as_json) as bar:
        watcher = threading.Thread(target=_watch, args=(bar, node, key, stop), daemon=True)
        watcher.start()
        results = client.on_every_node(
            node, lambda n: client.order(n, "/admin/models/deploy", key, body)
        )
        stop.set()
        watcher.join()
    _finish("deploy", results, as_json, {"name": name, "version": version, "digest": digest})


def _auth(user: str | None) -> Any:
    """Registry credentials for this command (nodes use their own: fleet.registry_username)."""
    import os

    from meshroute.fleet.auth import registry_auth

    return registry_auth(user, os.environ.get("MESHROUTE_REGISTRY_PASSWORD"))


def _watch(bar: Any, nodes: list[str], key: str, stop: threading.Event) -> None:
    """Each node's pull progress from its /admin/models, twice a second (terminal only)."""
    from meshroute.fleet import client

    if bar.disable:
        return
    tasks = {node: bar.add_task(node[:40], total=None) for node in nodes}
    while not stop.wait(0.5):
        for node, task in tasks.items():
            try:
                pull = client.models(node, key).get("pull")
            except client.NodeError:
                continue
            if isinstance(pull, dict):
                bar.update(task, completed=pull.get("received"), total=pull.get("total"))


def _finish(
    verb: str, results: dict[str, dict[str, Any] | str], as_json: bool, summary: dict[str, Any]
) -> None:
    failed = {node: r for node, r in results.items() if isinstance(r, str)}
    if as_json:
        rows = {n: r if isinstance(r, dict) else {"error": r} for n, r in results.items()}
        typer.echo(json.dumps({**summary, "nodes": rows, "failed": sorted(failed)}))
    else:
        for node, result in results.items():
            if isinstance(result, dict):
                typer.echo(f"{node}: {result.get('name')}@{result.get('version')} active")
    for node, error in failed.items():
        typer.echo(f"meshroute: {verb} failed on {node}: {error}", err=True)
    if failed:
        raise typer.Exit(1)


@app.command()
def status(node: NodeOption, key: KeyOption, as_json: JsonOption = False) -> None:
    """Which versions each node holds: node, model, version, digest, active."""
    from meshroute.fleet import client

    results = client.on_every_node(node, lambda n: client.models(n, key))
    rows = [
        {"node": n, **{k: row.get(k) for k in ("name", "version", "digest", "active")}}
        for n, result in results.items()
        if isinstance(result, dict)
        for row in result["models"]
    ]
    if as_json:
        typer.echo(json.dumps({"models": rows}))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table("node", "model", "version", "digest", "active")
        for row in rows:
            digest = str(row["digest"] or "-")
            table.add_row(
                row["node"], str(row["name"]), str(row["version"]), digest[:19],
                "yes" if row["active"] else "",
            )  # fmt: skip
        console = Console()
        console.width = max(console.width, 120)
        console.print(table)
    failed = {n: r for n, r in results.items() if isinstance(r, str)}
    for n, error in failed.items():
        typer.echo(f"meshroute: status failed on {n}: {error}", err=True)
    if failed:
        raise typer.Exit(1)


@app.command()
def rollback(
    name: Annotated[str, typer.Argument(help="The logical model.")],
    node: NodeOption,
    key: KeyOption,
    as_json: JsonOption = False,
) -> None:
    """Make the previous version of NAME active again on every node."""
    from meshroute.fleet import client
    from meshroute.fleet.artifact import ArtifactError, check_name

    try:
        check_name(name)
    except ArtifactError as exc:
        raise fail(str(exc)) from exc
    results = client.on_every_node(
        node, lambda n: client.order(n, "/admin/models/rollback", key, {"name": name})
    )
    _finish("rollback", results, as_json, {"name": name})
