"""The operator's side of the fleet: orders to nodes' admin routes (used by `meshroute models`).

Whatever answers at a node URL is untrusted: bodies are bounded, parsed and shape-checked, and
every failure is one line naming the node.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import orjson

_MAX_BODY = 4 * 1024 * 1024
# a deploy answers once the file is pulled, verified and loaded: minutes on a slow link
ORDER_TIMEOUT = httpx.Timeout(10.0, read=3600.0)
QUICK_TIMEOUT = httpx.Timeout(5.0, read=15.0)


class NodeError(Exception):
    """A node refused an order or could not be reached."""


def node_root(url: str) -> str:
    if not url.startswith(("http://", "https://")) or len(url) > 2048:
        raise NodeError(f"{url[:80]!r}: a node is an http:// or https:// URL")
    return url.rstrip("/").removesuffix("/v1")


def _call(client: httpx.Client, method: str, url: str, key: str, body: Any = None) -> Any:
    headers = {"authorization": f"Bearer {key}"}
    try:
        with client.stream(method, url, headers=headers, json=body) as response:
            raw = b""
            for chunk in response.iter_bytes():
                raw += chunk
                if len(raw) > _MAX_BODY:
                    raise NodeError(f"{url}: answer too large: not a meshroute node")
    except httpx.HTTPError as exc:
        raise NodeError(f"cannot reach {url}: {type(exc).__name__}") from exc
    try:
        parsed = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise NodeError(f"{url} answered {response.status_code}, not JSON") from exc
    if response.status_code >= 400:
        error = parsed.get("error") if isinstance(parsed, dict) else None
        message = error.get("message") if isinstance(error, dict) else None
        raise NodeError(f"{response.status_code}: {str(message or 'error')[:300]}")
    if not isinstance(parsed, dict):
        raise NodeError(f"{url} did not answer a JSON object")
    return parsed


def models(node: str, key: str) -> dict[str, Any]:
    """The node's `GET /admin/models`, shape-checked."""
    with httpx.Client(timeout=QUICK_TIMEOUT) as client:
        body: dict[str, Any] = _call(client, "GET", f"{node_root(node)}/admin/models", key)
    rows = body.get("models")
    if not isinstance(rows, list) or not all(
        isinstance(r, dict) and isinstance(r.get("name"), str) and isinstance(r.get("version"), str)
        for r in rows
    ):
        raise NodeError(f"{node} has no fleet model list at /admin/models")
    return body


def order(node: str, path: str, key: str, body: dict[str, str]) -> dict[str, Any]:
    with httpx.Client(timeout=ORDER_TIMEOUT) as client:
        result: dict[str, Any] = _call(client, "POST", f"{node_root(node)}{path}", key, body)
    return result


def on_every_node(
    nodes: list[str], work: Callable[[str], dict[str, Any]]
) -> dict[str, dict[str, Any] | str]:
    """`work(node)` on all nodes at once; each node's result, or its error line."""

    def run(node: str) -> dict[str, Any] | str:
        try:
            return work(node)
        except NodeError as exc:
            return str(exc)

    with ThreadPoolExecutor(max_workers=min(32, max(1, len(nodes)))) as pool:
        return dict(zip(nodes, pool.map(run, nodes), strict=True))
