"""`meshroute targets`: reads a running gateway's admin endpoint and prints it.

Whatever answers at the URL is untrusted: the body is read up to a bound, parsed, and checked
to be the `{"targets": {name: {...}}}` shape before anything is printed, so a wrong URL is one
clear error, never a traceback.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Any

from meshroute.config import Config

_MAX_BODY = 8 * 1024 * 1024  # a gateway with thousands of targets stays far below this
# The columns printed, in order; a row needs at least the first two to be a meshroute row.
_COLUMNS = (
    "tier",
    "zone",
    "healthy",
    "breaker",
    "in_flight",
    "queued",
    "latency_ms",
    "requests",
    "failures",
    "last_failure",
)


class AdminError(Exception):
    """The gateway could not be reached or did not answer like a meshroute gateway."""


def gateway_url(config: Config) -> str:
    """Where the config's server listens, as a client reaches it (a wildcard bind is local)."""
    host = config.server.host
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{config.server.port}"


def fetch_targets(
    url: str, admin_key: str | None, deadline_s: float = 15.0
) -> dict[str, dict[str, Any]]:
    """The target table at `url`, or AdminError within about `deadline_s` whatever answers."""
    try:
        request = urllib.request.Request(url.rstrip("/") + "/admin/targets")
    except ValueError as exc:
        raise AdminError(f"--url {url!r}: not an http URL") from exc
    if admin_key:
        request.add_header("authorization", f"Bearer {admin_key}")
    try:
        with urllib.request.urlopen(request, timeout=min(10.0, deadline_s)) as response:
            raw = _read_bounded(url, response, deadline_s)
    except urllib.error.HTTPError as exc:
        raise AdminError(f"{url} answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise AdminError(f"cannot reach {url}: {reason}") from exc
    return _parse(url, raw)


def _read_bounded(url: str, response: Any, deadline_s: float) -> bytes:
    # the socket timeout bounds each read, not the whole body: a server trickling a byte every
    # few seconds would hold the command forever, so the body also has a deadline and a size cap
    deadline = time.monotonic() + deadline_s
    chunks: list[bytes] = []
    size = 0
    while size <= _MAX_BODY:
        if time.monotonic() > deadline:
            raise AdminError(f"{url} did not finish answering within {deadline_s:.0f} s")
        chunk = response.read1(65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _parse(url: str, raw: bytes) -> dict[str, dict[str, Any]]:
    not_ours = AdminError(f"{url} is not a meshroute gateway (no target table at /admin/targets)")
    if len(raw) > _MAX_BODY:
        raise not_ours
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise not_ours from exc
    table = body.get("targets") if isinstance(body, dict) else None
    if not isinstance(table, dict) or not table:
        raise not_ours
    for row in table.values():
        if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in _COLUMNS[:2]):
            raise not_ours
    return table


def print_targets(table: dict[str, dict[str, Any]], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(table))
        return
    from rich.console import Console
    from rich.table import Table

    view = Table(
        "target",
        "tier",
        "zone",
        "healthy",
        "breaker",
        "in flight",
        "queued",
        "latency ms",
        "requests",
        "failures",
        "last failure",
    )
    for name, row in table.items():
        view.add_row(name, *(_cell(column, row.get(column)) for column in _COLUMNS))
    console = Console()
    # Piped output gets 80 columns by default, which would fold every name.
    console.width = max(console.width, 140)
    console.print(view)


def _cell(column: str, value: Any) -> str:
    # fields a newer or older gateway does not send print as "-", never as a KeyError
    if value is None:
        return "-"
    if column == "healthy":
        return "yes" if value else "no"
    if column == "latency_ms" and isinstance(value, int | float):
        return f"{value:.1f}"
    return str(value)[:40]
