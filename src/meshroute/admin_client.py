"""`meshroute targets`: reads a running gateway's admin endpoint and prints it."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any


def fetch_targets(url: str, admin_key: str | None) -> dict[str, dict[str, Any]]:
    request = urllib.request.Request(url.rstrip("/") + "/admin/targets")
    if admin_key:
        request.add_header("authorization", f"Bearer {admin_key}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            body = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        raise RuntimeError(f"{url} answered {exc.code}: {exc.read()[:200]!r}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise RuntimeError(f"cannot reach {url}: {exc}") from exc
    return dict(body["targets"])


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
        view.add_row(
            name,
            row["tier"],
            row["zone"],
            "yes" if row["healthy"] else "no",
            row["breaker"],
            str(row["in_flight"]),
            str(row["queued"]),
            f"{row['latency_ms']:.1f}",
            str(row["requests"]),
            str(row["failures"]),
            row["last_failure"][:40],
        )
    console = Console()
    # Piped output gets 80 columns by default, which would fold every name.
    console.width = max(console.width, 140)
    console.print(view)
