"""The configured targets, their health, and admission (breakers, 429 pauses, back-pressure)."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Literal

from meshroute.config import Config, TargetConfig
from meshroute.routing.features import TargetState
from meshroute.targets import Target, TargetFailure, build_target
from meshroute.targets.health import BreakerSettings, TargetHealth

log = logging.getLogger("meshroute.targets")

Refused = Literal["open", "paused", "busy"]


@dataclass(slots=True)
class Slot:
    """A claimed right to send one request to a target; report its outcome exactly once."""

    name: str
    started: float
    done: bool = False


class TargetPool:
    def __init__(self, config: Config) -> None:
        self.targets: dict[str, Target] = {t.name: build_target(t) for t in config.targets}
        self.health: dict[str, TargetHealth] = {
            t.name: TargetHealth(BreakerSettings(**t.breaker.model_dump())) for t in config.targets
        }
        self._gates: dict[str, asyncio.Semaphore] = {
            t.name: asyncio.Semaphore(t.max_in_flight) for t in config.targets if t.max_in_flight
        }
        self._probes: list[asyncio.Task[None]] = []

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
        from meshroute.targets.probing import start_probes

        self._probes = start_probes(self)

    async def close(self) -> None:
        for task in self._probes:
            task.cancel()
        await asyncio.gather(*self._probes, return_exceptions=True)
        await asyncio.gather(*(t.close() for t in self.targets.values()), return_exceptions=True)

    def states(self) -> tuple[TargetState, ...]:
        return tuple(self._state(target) for target in self.targets.values())

    def _state(self, target: Target) -> TargetState:
        config: TargetConfig = target.config
        health = self.health[target.name]
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
            healthy=target.ready and health.available(),
            usd_per_mtok=(price.input_per_mtok + price.output_per_mtok) / 2 if price else 0.0,
            latency_ms=health.latency_ms,
            in_flight=health.in_flight,
            lacks=target.lacks,
        )

    async def admit(self, name: str) -> Slot | Refused:
        """A slot on `name`, after at most its queue timeout; or why not (never raises)."""
        health = self.health[name]
        if not health.available():
            return "open" if health.state != "closed" else "paused"
        gate = self._gates.get(name)
        if gate is not None and not await self._wait_for_gate(name, gate):
            return "busy"
        if not health.acquire():  # lost the half-open probe to another request meanwhile
            if gate is not None:
                gate.release()
            return "open"
        return Slot(name, time.perf_counter())

    async def _wait_for_gate(self, name: str, gate: asyncio.Semaphore) -> bool:
        if not gate.locked():
            await gate.acquire()
            return True
        config = self.targets[name].config
        health = self.health[name]
        if health.queued >= config.max_queue:
            return False
        health.queued += 1
        try:
            await asyncio.wait_for(gate.acquire(), config.queue_timeout_s)
            return True
        except TimeoutError:
            return False
        finally:
            health.queued -= 1

    def succeeded(self, slot: Slot) -> None:
        if self._finish(slot):
            self.health[slot.name].succeeded(time.perf_counter() - slot.started)

    def failed(self, slot: Slot, failure: TargetFailure) -> None:
        if not self._finish(slot):
            return
        health = self.health[slot.name]
        if failure.status == 429:
            health.rate_limited(failure.retry_after)
        else:
            health.failed(failure.reason)

    def released(self, slot: Slot) -> None:
        if self._finish(slot):
            self.health[slot.name].released()

    def _finish(self, slot: Slot) -> bool:
        if slot.done:
            return False
        slot.done = True
        gate = self._gates.get(slot.name)
        if gate is not None:
            gate.release()
        return True

    def retry_after_s(self, names: tuple[str, ...]) -> float:
        """How long until one of these targets may take a request again."""
        now = time.monotonic()
        waits = [max(h.open_until, h.paused_until) - now for h in (self.health[n] for n in names)]
        return max(1.0, min(waits, default=1.0))
