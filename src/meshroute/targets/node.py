"""`kind: meshroute`: another meshroute node as a target (issue 13, docs/mesh.md).

The node says what it is at GET /v1/node (its name, region, tier, and the models and
versions it serves), asked at start and every `refresh_s`; those fill this target's region,
tier and models unless the config sets them. Requests go to the node's OpenAI routes with a
key of the other node (`api_key`: the node key) and the hop headers of targets/node_mesh.py;
a request pinned by this node's decision (`assistant` decided as v2) stays pinned there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator
from typing import Any, Literal

import aiohttp
import orjson
from pydantic import Field, field_validator

from meshroute.config import TIER_ORDER, TargetConfig, Tier, Zone
from meshroute.targets import node_mesh
from meshroute.targets.base import Operation, Reply, Target, TargetFailure, UpstreamRejected
from meshroute.targets.kinds import Kind
from meshroute.targets.openai_http import TRANSPORT_ERRORS, OpenAIHTTPTarget, OpenAITargetConfig

log = logging.getLogger("meshroute.targets")
_MAX_INFO_BYTES = 256 * 1024


class NodeTargetConfig(TargetConfig):
    """`kind: meshroute`: another node; region, tier and models are learned from it."""

    kind: Literal["meshroute"]
    url: str  # the node's root, e.g. http://london.internal:8080
    api_key: str | None = None  # a key in the other node's key file
    tier: Tier = "local"  # learned from the node unless set here
    zone: Zone = "private"  # a node the organisation runs; it applies its own perimeter too
    refresh_s: float = Field(10.0, gt=0)

    @field_validator("url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return value.rstrip("/").removesuffix("/v1")


class _NodeLeg(OpenAIHTTPTarget):
    """The HTTP leg to the node: OpenAI routes plus the hop headers, and what it crossed."""

    def __init__(self, config: OpenAITargetConfig, served: dict[str, str]) -> None:
        self._base_headers: dict[str, str] = {}
        super().__init__(config)
        self.served = served  # the node's models, as last learned

    @property
    def _headers(self) -> dict[str, str]:
        hop = node_mesh.current()
        if hop is None:
            return self._base_headers  # the same dict: the base class adds the key to it
        return {**self._base_headers, **hop.outbound()}

    @_headers.setter
    def _headers(self, value: dict[str, str]) -> None:
        self._base_headers = value

    def _payload(self, body: dict[str, Any]) -> bytes:
        return orjson.dumps({**body, "model": self._model_for(str(body.get("model", "")))})

    def _model_for(self, asked: str) -> str:
        """`assistant` as this node decided it (`assistant@v2`), when the node serves that."""
        hop = node_mesh.current()
        routed = getattr(getattr(hop, "call", None), "routed", None)
        decision = getattr(routed, "decision", None)
        model, version = getattr(decision, "model", None), getattr(decision, "version", None)
        # pinned to the version this node routed on (the one the node says it serves itself),
        # so the next node cannot answer `assistant` with another version than decided here
        if model and self.served.get(model) == (version or self.served.get(model)):
            return f"{model}@{self.served[model]}"
        head, _, tail = asked.partition("/")
        return tail if head == self.name and tail else asked  # `london/assistant` -> assistant

    async def start(self) -> None:
        await super().start()
        trace = aiohttp.TraceConfig()
        trace.on_request_end.append(_remember_path)
        assert self._session is not None
        self._session.trace_configs.append(trace)
        trace.freeze()

    async def _raise_for_status(self, response: aiohttp.ClientResponse) -> None:
        if response.status == 508:  # the node refused a loop or too many hops: say so, no retry
            raise UpstreamRejected(508, await response.content.read(64 * 1024))
        await super()._raise_for_status(response)


async def _remember_path(session: Any, context: Any, params: Any) -> None:
    hop = node_mesh.current()
    nodes = params.response.headers.get(node_mesh.NODES)
    if hop is not None and nodes and len(nodes) <= 1024:
        hop.downstream = tuple(part for part in nodes.split(",") if part)


class NodeTarget(Target[NodeTargetConfig]):
    def __init__(self, config: NodeTargetConfig) -> None:
        super().__init__(config)
        self.declared = config  # what the config says; learned fields are added to a copy
        self.info: node_mesh.NodeInfo | None = None
        leg = OpenAITargetConfig.model_validate(
            {
                "name": config.name,
                "kind": "openai",
                "base_url": config.url + "/v1",
                "api_key": config.api_key,
                "upstream_model": "meshroute-node",
                "tier": config.tier,
                "zone": config.zone,
                "timeouts": config.timeouts,
            }
        )
        self.leg = _NodeLeg(leg, dict(config.models))
        self._refresher: asyncio.Task[None] | None = None

    @property
    def operations(self) -> frozenset[Operation]:
        return self.leg.operations

    @property
    def ready(self) -> bool:
        return bool(self.config.models)

    async def start(self) -> None:
        await self.leg.start()
        with contextlib.suppress(TargetFailure):
            await self.refresh()
        self._refresher = asyncio.create_task(self._refresh_forever())

    async def close(self) -> None:
        if self._refresher is not None:
            self._refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresher
        await self.leg.close()

    async def probe(self, path: str) -> None:
        await self.refresh()

    async def send(self, operation: Operation, body: dict[str, Any]) -> Reply:
        self._refuse_loop()
        return await self.leg.send(operation, body)

    async def stream(
        self, operation: Operation, body: dict[str, Any]
    ) -> AsyncGenerator[list[bytes], None]:
        self._refuse_loop()
        async for batch in self.leg.stream(operation, body):
            yield batch

    def _refuse_loop(self) -> None:
        hop = node_mesh.current()
        if hop is None or self.info is None:
            return
        if self.info.node in (*hop.via, hop.node):
            message = f"mesh loop refused: node '{self.info.node}' was already crossed"
            body = {"error": {"message": message, "type": "invalid_request_error",
                              "param": None, "code": "mesh_loop"}}  # fmt: skip
            raise UpstreamRejected(508, orjson.dumps(body))

    async def _refresh_forever(self) -> None:
        while True:
            await asyncio.sleep(self.config.refresh_s)
            try:
                await self.refresh()
            except TargetFailure as failure:
                log.warning(
                    "node info not refreshed; keeping the last known",
                    extra={"target": self.name, "error": failure.reason},
                )

    async def refresh(self) -> None:
        """Ask the node what it is and serves; update this target's learned fields."""
        session = self.leg._require_session()
        try:
            async with session.get(
                self.config.url + "/v1/node", headers=self.leg._base_headers
            ) as response:
                data = await response.content.read(_MAX_INFO_BYTES)
                status = response.status
        except TRANSPORT_ERRORS as exc:
            raise self.leg._failure(exc) from exc
        if status != 200:
            raise TargetFailure(self.name, f"node info answered {status}", status=status)
        self.learn(parse_info(self.name, data))

    def learn(self, info: node_mesh.NodeInfo) -> None:
        self.info = info
        models = dict(self.declared.models) or served_versions(info)
        update: dict[str, Any] = {"models": models}
        declared = self.declared.model_fields_set
        if "region" not in declared and info.region:
            update["region"] = info.region
        if "tier" not in declared and info.tier in TIER_ORDER:
            update["tier"] = info.tier
        self.config = self.declared.model_copy(update=update)
        self.leg.served = models


def served_versions(info: node_mesh.NodeInfo) -> dict[str, str]:
    """One version per model (a target of this node serves one version of a model): the one
    the node serves itself, at its own tier (an edge node's v1, not the v2 it would pass on to
    its cloud): healthy first, then private, then the lowest tier, then the newest name."""
    best: dict[str, tuple[bool, bool, int, str]] = {}
    for entry in info.models:
        rank = (
            bool(entry.get("healthy")),
            entry.get("zone") != "public",
            -TIER_ORDER.get(str(entry.get("tier")), len(TIER_ORDER)),
            entry["version"],
        )
        if entry["name"] not in best or rank > best[entry["name"]]:
            best[entry["name"]] = rank
    return {name: rank[3] for name, rank in best.items()}


def parse_info(target: str, data: bytes) -> node_mesh.NodeInfo:
    """GET /v1/node's answer, checked field by field (another node is still input)."""
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise TargetFailure(target, "node info is not JSON") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("node"), str):
        raise TargetFailure(target, "node info has no node name")
    models = []
    for entry in raw.get("models", [])[:1000] if isinstance(raw.get("models"), list) else []:
        if isinstance(entry, dict) and all(
            isinstance(entry.get(k), str) and 0 < len(entry[k]) <= 200 for k in ("name", "version")
        ):
            models.append(
                {
                    "name": entry["name"],
                    "version": entry["version"],
                    "target": str(entry.get("target", ""))[:200],
                    "tier": str(entry.get("tier", ""))[:16],
                    "zone": "public" if entry.get("zone") == "public" else "private",
                    "healthy": entry.get("healthy") is True,
                }
            )
    region, tier = raw.get("region"), raw.get("tier")
    hops = raw.get("max_hops")
    return node_mesh.NodeInfo(
        node=raw["node"][:64],
        region=region[:64] if isinstance(region, str) else None,
        tier=tier if isinstance(tier, str) else None,
        zone="public" if raw.get("zone") == "public" else "private",
        models=models,
        max_hops=hops if isinstance(hops, int) and not isinstance(hops, bool) else 3,
    )


KIND = Kind("meshroute", NodeTargetConfig, NodeTarget)
