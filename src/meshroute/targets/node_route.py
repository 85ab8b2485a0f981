"""GET /v1/node: what this node is and serves, for the nodes that route to it (kind:
meshroute, targets/node.py) and for fleet tools. Needs a key (a node key) like /v1/models;
says nothing about addresses or keys, only names, region, tier and model versions."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from meshroute.config import TIER_ORDER


async def node_info(request: Request) -> Response:
    gateway: Any = request.app.state.gateway
    config = gateway.config
    states = gateway.pool.states()
    tiers = sorted({s.tier for s in states}, key=TIER_ORDER.__getitem__)
    regions = [s.region for s in states if s.region]
    models = [
        {
            "name": name,
            "version": version,
            "target": s.name,
            "tier": s.tier,
            "zone": s.zone,
            "healthy": s.healthy,
        }
        for s in states
        for name, version in sorted(s.models.items())
    ]
    return JSONResponse(
        {
            "node": config.mesh.node,
            "region": config.mesh.region
            or config.server.default_region
            or next(iter(regions), None),
            "tier": tiers[0] if tiers else None,
            "zone": "private" if any(s.zone == "private" for s in states) else "public",
            "models": models,
            "max_hops": config.mesh.max_hops,
        }
    )
