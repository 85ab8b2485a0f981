"""Every routed request, answered or failed, becomes one ledger entry with its cost.

Kept out of the gateway's request logic: the gateway says how a request ended, this module
turns that into a LedgerEntry (decision record, tokens, timings, cost) and queues it; the
ledger writes in the background, so the request path pays a dict and a deque append.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from meshroute.config import Config
from meshroute.ledger import Ledger, LedgerEntry, entry_from_record
from meshroute.ledger.pricing import CostModel
from meshroute.ledger.served import ServedModels
from meshroute.routing.decision import decision_record
from meshroute.targets import node_mesh

if TYPE_CHECKING:
    from meshroute.routing.router import Routed


@dataclass(frozen=True, slots=True)
class Ending:
    """How one request ended, as the gateway saw it."""

    status: str  # ok | error | stream_error | refused | client_gone
    http_status: int | None
    target: str | None = None
    tier: str | None = None
    zone: str | None = None
    usage: Mapping[str, Any] | None = None
    ttft_ms: float | None = None


class Accounting:
    def __init__(self, config: Config) -> None:
        self.ledger: Ledger = Ledger(
            config.ledger.url,
            retention_days=config.ledger.retention_days,
            flush_interval_s=config.ledger.flush_interval_s,
            migrate=config.ledger.migrate == "auto",
        )
        self.costs: CostModel = CostModel(config.targets)
        self.served = ServedModels(config.targets)

    def reconfigure(self, config: Config) -> None:
        self.costs = CostModel(config.targets)
        self.served = ServedModels(config.targets)

    def record(
        self,
        *,
        request_id: str,
        operation: str,
        key_id: str | None,
        routed: Routed | None,
        started: float,
        attempts: int,
        ending: Ending,
    ) -> None:
        latency_ms = (time.perf_counter() - started) * 1000
        usage = ending.usage or {}
        tokens_in = _int(usage.get("prompt_tokens"))
        tokens_out = _int(usage.get("completion_tokens"))
        measured: dict[str, Any] = {
            "status": ending.status,
            "http_status": ending.http_status,
            "key_id": key_id,
            "operation": operation,
            "input_tokens": tokens_in,
            "output_tokens": tokens_out,
            "latency_ms": latency_ms,
            "ttft_ms": ending.ttft_ms,
            "cost_usd": self.costs.cost(ending.target, tokens_in, tokens_out, latency_ms)
            if ending.target and ending.status in ("ok", "stream_error", "client_gone")
            else 0.0,
        }
        if routed is None:
            entry = LedgerEntry(
                request_id=request_id, model=None, target=None, tier=None, zone=None, **measured
            )
        else:
            record = decision_record(request_id, routed.features, routed.decision, routed.decide_us)
            record["nodes"] = node_mesh.record_nodes()  # which nodes it crossed (issue 13)
            entry = entry_from_record(
                record,
                target=ending.target,
                tier=ending.tier,
                zone=ending.zone,
                fallbacks_used=max(0, attempts - 1),
                served=self.served,
                **measured,
            )
        self.ledger.record(entry)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
