"""The configured targets and what the gateway has observed of each (health, latency, load)."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

from meshroute.config import Config, TargetConfig
from meshroute.routing.features import TargetState
from meshroute.targets import Target, build_target

log = logging.getLogger("meshroute.targets")

# Weight of the newest observation in the latency average: a few requests move it.
_EWMA_ALPHA = 0.2
# Consecutive failures after which a target sorts behind healthy ones (issue 4 adds breakers).
_UNHEALTHY_AFTER = 3


@dataclass(slots=True)
class TargetStats:
    in_flight: int = 0
    latency_ms: float = 0.0
    consecutive_failures: int = 0
    requests: int = 0
    failures: int = 0
    last_failure: str = ""
    last_failure_at: float = 0.0


class TargetPool:
    def __init__(self, config: Config) -> None:
        self.targets: dict[str, Target] = {t.name: build_target(t) for t in config.targets}
        self.stats: dict[str, TargetStats] = {name: TargetStats() for name in self.targets}

    async def start(self) -> None:
        results = await asyncio.gather(
            *(target.start() for target in self.targets.values()), return_exceptions=True
        )
        for target, result in zip(self.targets.values(), results, strict=True):
            if isinstance(result, BaseException):
                log.error(
                    "target failed to start",
                    extra={"target": target.name, "error": str(result)[:300]},
                )

    async def close(self) -> None:
        await asyncio.gather(*(t.close() for t in self.targets.values()), return_exceptions=True)

    def states(self) -> tuple[TargetState, ...]:
        return tuple(self._state(target) for target in self.targets.values())

    def _state(self, target: Target) -> TargetState:
        config: TargetConfig = target.config
        stats = self.stats[target.name]
        price = config.price
        return TargetState(
            name=target.name,
            tier=config.tier,
            zone=config.zone,
            region=config.region,
            models=config.models,
            served_model=config.served_model_name,
            operations=frozenset(target.operations),
            may_see_sensitive=config.may_see_sensitive,
            healthy=target.ready and stats.consecutive_failures < _UNHEALTHY_AFTER,
            usd_per_mtok=(price.input_per_mtok + price.output_per_mtok) / 2 if price else 0.0,
            latency_ms=stats.latency_ms,
            in_flight=stats.in_flight,
            lacks=target.lacks,
        )

    def began(self, name: str) -> float:
        self.stats[name].in_flight += 1
        return time.perf_counter()

    def succeeded(self, name: str, started: float) -> None:
        stats = self.stats[name]
        stats.in_flight -= 1
        stats.requests += 1
        stats.consecutive_failures = 0
        elapsed_ms = (time.perf_counter() - started) * 1000
        stats.latency_ms = (
            elapsed_ms
            if stats.latency_ms == 0
            else (_EWMA_ALPHA * elapsed_ms + (1 - _EWMA_ALPHA) * stats.latency_ms)
        )

    def failed(self, name: str, reason: str) -> None:
        stats = self.stats[name]
        stats.in_flight -= 1
        stats.requests += 1
        stats.failures += 1
        stats.consecutive_failures += 1
        stats.last_failure = reason
        stats.last_failure_at = time.time()

    def released(self, name: str) -> None:
        """A request ended without a verdict on the target (the client went away)."""
        self.stats[name].in_flight -= 1
