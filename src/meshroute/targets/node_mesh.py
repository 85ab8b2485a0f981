"""Hops between meshroute nodes (issue 13): what a request carries from node to node.

A node forwarding a request to another (`kind: meshroute`, targets/node.py) sends
- `x-meshroute-hops`: how many node-to-node forwards it has crossed, this one included;
- `x-meshroute-via`: the nodes it crossed, in order (their `mesh.node` names);
- `x-meshroute-sensitive: 1` when any node on the way found (or was told of) sensitive data.
A receiving node refuses (508) a request that already crossed it (a loop) or more than its
`mesh.max_hops`; it applies its own perimeter as for any client, and a request marked
sensitive may only reach its private targets: a hop never weakens the privacy decision.
Every response says which nodes the request crossed (`x-meshroute-nodes`).

The request's hop context lives in a context variable: the request's task sets it when the
call is prepared, the node target reads it when it sends, and the response headers and the
decision record read what the next node answered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from meshroute.config import Config
from meshroute.errors import APIError

HOPS = "x-meshroute-hops"
VIA = "x-meshroute-via"
SENSITIVE = "x-meshroute-sensitive"
NODES = "x-meshroute-nodes"
_MAX_HEADER = 1024  # a via list longer than this is malformed, not a path


class MeshRefused(APIError):
    """The request looped, or crossed more nodes than this one allows."""

    status = 508
    type = "invalid_request_error"


@dataclass(slots=True)
class Hop:
    """One request's place in the mesh."""

    node: str  # this node
    hops: int = 0  # forwards crossed before reaching this node
    via: tuple[str, ...] = ()  # nodes crossed before this one
    marked_sensitive: bool = False  # a previous node found or was told of sensitive data
    downstream: tuple[str, ...] = ()  # what the next node said it crossed (its x-meshroute-nodes)
    call: Any = None  # the gateway's Call: its routed features say if this node found entities

    @property
    def path(self) -> tuple[str, ...]:
        """Every node the request crossed, in order: this one's view plus what came back."""
        return self.downstream or (*self.via, self.node)

    @property
    def sensitive(self) -> bool:
        routed = getattr(self.call, "routed", None)
        return self.marked_sensitive or bool(routed is not None and routed.features.sensitive)

    def outbound(self) -> dict[str, str]:
        """The headers for a forward to the next node."""
        headers = {HOPS: str(self.hops + 1), VIA: ",".join((*self.via, self.node))}
        if self.sensitive:
            headers[SENSITIVE] = "1"
        return headers


_CURRENT: ContextVar[Hop | None] = ContextVar("meshroute_hop", default=None)


def inbound(headers: Mapping[str, str], config: Config) -> Hop:
    """This request's hop context from its headers; MeshRefused for a loop or too many hops."""
    node = config.mesh.node
    hops = _hops(headers.get(HOPS))
    via = _via(headers.get(VIA))
    if node in via:
        raise MeshRefused(
            f"mesh loop refused: this request already crossed node '{node}' (via {', '.join(via)})",
            code="mesh_loop",
        )
    if hops > config.mesh.max_hops:
        raise MeshRefused(
            f"the request crossed {hops} nodes; node '{node}' accepts at most "
            f"{config.mesh.max_hops} (mesh.max_hops)",
            code="mesh_too_many_hops",
        )
    marked = headers.get(SENSITIVE, "").strip() not in ("", "0")
    return Hop(node, hops, via, marked)


def enter(hop: Hop, call: Any) -> None:
    """Make `hop` the current request's context (in the request's own task)."""
    hop.call = call
    _CURRENT.set(hop)


def current() -> Hop | None:
    return _CURRENT.get()


S = TypeVar("S")


def private_only(states: Sequence[S]) -> list[S]:
    """The states a request may reach here: only private ones when a previous node marked it
    sensitive (this node's own scan may have missed what the other found)."""
    hop = _CURRENT.get()
    if hop is None or not hop.marked_sensitive:
        return list(states)
    return [s for s in states if getattr(s, "may_see_sensitive", False)]


def response_headers() -> dict[str, str]:
    hop = _CURRENT.get()
    if hop is None:
        return {}
    return {NODES: ",".join(hop.path)}


def record_nodes() -> list[str]:
    hop = _CURRENT.get()
    return list(hop.path) if hop is not None else []


def _hops(value: str | None) -> int:
    if value is None:
        return 0
    text = value.strip()
    if not text.isdigit() or len(text) > 3:
        raise MeshRefused(f"{HOPS} must be a small whole number", code="mesh_bad_header")
    return int(text)


def _via(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    if len(value) > _MAX_HEADER:
        raise MeshRefused(f"{VIA} is longer than {_MAX_HEADER} characters", code="mesh_bad_header")
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(slots=True)
class NodeInfo:
    """What a node says about itself at GET /v1/node."""

    node: str
    region: str | None
    tier: str | None
    zone: str
    models: list[dict[str, Any]] = field(default_factory=list)  # {name, version, target, healthy}
    max_hops: int = 3
