"""The fleet's admin routes, mounted by api/app.py: list, deploy, roll back (admin key only).

`GET /admin/models` -> `{"models": [{"name", "version", "digest", "active"}], "pull": ...}`;
`POST /admin/models/deploy` `{"name", "version", "digest", "registry"}`;
`POST /admin/models/rollback` `{"name"}`. An order runs as a task of its own, so a client that
hangs up does not cancel a pull half-way; a second order meanwhile gets 409.
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from meshroute.api.access import Access, guarded
from meshroute.errors import BadRequest, PermissionDenied
from meshroute.fleet.artifact import ArtifactError, check_digest, check_name, check_version
from meshroute.fleet.node import FleetError, FleetNode, Order
from meshroute.fleet.store import StoreError

_MAX_BODY = 16 * 1024
_ORDERS: set[asyncio.Task[dict[str, Any]]] = set()  # running orders, kept from the collector


def fleet_node(request: Request) -> FleetNode:
    if request.state.key is None:
        raise PermissionDenied(
            "fleet routes need an admin key: set server.key_file and create one with --admin"
        )
    config = request.app.state.gateway.config.fleet
    if config is None:
        raise FleetError(404, "this node has no fleet store (fleet: {store: DIR})", "no_fleet")
    node: FleetNode | None = getattr(request.app.state, "fleet", None)
    if node is None:
        node = request.app.state.fleet = FleetNode(config, request.app.state)
    return node


async def _fields(request: Request, names: tuple[str, ...]) -> dict[str, str]:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > _MAX_BODY:
            raise BadRequest("the order is larger than any order", code="too_large")
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise BadRequest("the order is not JSON", code="bad_order") from exc
    if not isinstance(parsed, dict):
        raise BadRequest("the order must be a JSON object", code="bad_order")
    values = {name: parsed.get(name) for name in names}
    for name, value in values.items():
        if not isinstance(value, str):
            raise BadRequest(f"the order needs '{name}' as a string", param=name, code="bad_order")
    return values  # type: ignore[return-value]


async def _run(node: FleetNode, work: Any) -> Response:
    task: asyncio.Task[dict[str, Any]] = asyncio.create_task(work)
    _ORDERS.add(task)
    task.add_done_callback(_ORDERS.discard)
    return JSONResponse(await asyncio.shield(task))


async def _deploy(request: Request) -> Response:
    node = fleet_node(request)
    fields = await _fields(request, ("name", "version", "digest", "registry"))
    try:
        order = Order(
            check_name(fields["name"]),
            check_version(fields["version"]),
            check_digest(fields["digest"]),
            fields["registry"],
        )
    except ArtifactError as exc:
        raise BadRequest(str(exc), code="bad_order") from exc
    node.claim(f"a deploy of {order.name}@{order.version}")
    return await _run(node, node.deploy(order))


async def _rollback(request: Request) -> Response:
    node = fleet_node(request)
    fields = await _fields(request, ("name",))
    try:
        name = check_name(fields["name"])
    except ArtifactError as exc:
        raise BadRequest(str(exc), code="bad_order") from exc
    node.claim(f"a rollback of {name}")
    return await _run(node, node.rollback(name))


async def _models(request: Request) -> Response:
    node = fleet_node(request)
    try:
        state = node.store.load()
    except StoreError as exc:
        raise FleetError(500, str(exc), "state") from exc
    rows: list[dict[str, Any]] = []
    listed: set[str] = set()
    for name, record in state.models.items():
        listed.add(name)
        for version, kept in record.versions.items():
            active = version == record.active
            rows.append({"name": name, "version": version, "digest": kept.digest, "active": active})
    for target in request.app.state.gateway.config.targets:  # what the config file serves
        if target.kind != "embedded":
            continue
        for name, version in target.models.items():
            if name not in listed:
                rows.append({"name": name, "version": version, "digest": None, "active": True})
    pull = asdict(node.pull) if node.pull is not None else None
    return JSONResponse({"models": rows, "pull": pull, "busy": node.busy})


FLEET_ROUTES = [
    Route("/admin/models", guarded(Access.ADMIN, _models), methods=["GET"]),
    Route("/admin/models/deploy", guarded(Access.ADMIN, _deploy), methods=["POST"]),
    Route("/admin/models/rollback", guarded(Access.ADMIN, _rollback), methods=["POST"]),
]
