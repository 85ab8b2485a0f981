"""The configured targets, their health, and admission (breakers, 429 pauses, back-pressure)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from meshroute.config import Config, TargetConfig
from meshroute.routing.features import TargetState
from meshroute.targets import Target, TargetFailure, build_target
from meshroute.targets.capabilities import missing_inputs, offered_operations
from meshroute.targets.health import BreakerSettings, TargetHealth

log = logging.getLogger("meshroute.targets")

Refused = Literal["open", "paused", "busy"]


@dataclass(slots=True)
class Slot:
    """A claimed right to send one request to a target; report its outcome exactly once.
    It holds its target, health and gate, so it stays valid across a config reload."""

    name: str
    started: float
    health: TargetHealth
    gate: asyncio.Semaphore | None
    target: Target[Any]
    done: bool = False


class Claims:
    """Every slot one request holds, from admission to the request's very end: the one owner.

    `async with Claims() as claims:` wraps a whole HTTP request, streamed body included (see
    api/slots.py); a slot admitted for it is registered here. An attempt reports its outcome
    (succeeded, failed, released) as usual; whatever is still held when the block exits (an
    exception anywhere, a cancellation, a client that left mid-stream) is released then,
    without a verdict, so it never counts against the target's breaker."""

    __slots__ = ("_held",)

    def __init__(self) -> None:
        self._held: list[Slot] = []

    def hold(self, slot: Slot) -> Slot:
        self._held.append(slot)
        return slot

    @property
    def held(self) -> int:
        return sum(not slot.done for slot in self._held)

    def release_all(self) -> int:
        """Release every slot not yet settled; returns how many there were."""
        released = 0
        for slot in self._held:
            if _finish(slot):
                slot.health.released()
                released += 1
        self._held.clear()
        return released

    async def __aenter__(self) -> Claims:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.release_all()


# Builds the Target for a config block: `build_target` (the registry of kinds) in production;
# tests and benches inject their own (a FakeTarget for some names, say).
TargetFactory = Callable[[TargetConfig], Target[Any]]
# Builds a target's health (breaker) from its name and settings: in process by default;
# shared state (meshroute/state/breakers.py) gives one whose ejections all replicas see.
HealthFactory = Callable[[str, BreakerSettings], TargetHealth]


def local_health(name: str, settings: BreakerSettings) -> TargetHealth:
    return TargetHealth(settings)


class TargetPool:
    def __init__(
        self,
        config: Config,
        reuse: TargetPool | None = None,
        factory: TargetFactory | None = None,
        health: HealthFactory | None = None,
    ) -> None:
        """Targets for `config`, built by `factory`; with `reuse` (a reload), unchanged targets
        keep their object, health and gate, so an edge model is not loaded twice and a breaker
        stays open. A reload keeps the factory it reuses."""
        self.factory: TargetFactory = factory or (reuse.factory if reuse else build_target)
        self.health_factory: HealthFactory = health or (
            reuse.health_factory if reuse else local_health
        )
        self.targets: dict[str, Target[Any]] = {}
        self.health: dict[str, TargetHealth] = {}
        self._gates: dict[str, asyncio.Semaphore] = {}
        self._started: set[str] = set()
        for t in config.targets:
            if reuse is not None and t.name in reuse.targets and reuse.targets[t.name].config == t:
                self.targets[t.name] = reuse.targets[t.name]
                self.health[t.name] = reuse.health[t.name]
                if t.name in reuse._gates:
                    self._gates[t.name] = reuse._gates[t.name]
                self._started.add(t.name)
                continue
            self.targets[t.name] = self.factory(t)
            settings = BreakerSettings(**t.breaker.model_dump())
            self.health[t.name] = self.health_factory(t.name, settings)
            if t.max_in_flight:
                self._gates[t.name] = asyncio.Semaphore(t.max_in_flight)
        self._probes: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        fresh = [t for name, t in self.targets.items() if name not in self._started]
        results = await asyncio.gather(*(t.start() for t in fresh), return_exceptions=True)
        self._started.update(t.name for t in fresh)
        for target, result in zip(fresh, results, strict=True):
            if isinstance(result, BaseException):
                log.error(
                    "target failed to start",
                    extra={"target": target.name, "error": str(result)[:300]},
                )
        from meshroute.targets.probing import start_probes

        self._probes = start_probes(self)

    async def close(self, keep: TargetPool | None = None) -> None:
        """Stop probing and close the targets (but not those `keep` took over in a reload)."""
        for task in self._probes:
            task.cancel()
        await asyncio.gather(*self._probes, return_exceptions=True)
        kept = {id(t) for t in keep.targets.values()} if keep is not None else set()
        closing = [t for t in self.targets.values() if id(t) not in kept]
        await asyncio.gather(*(t.close() for t in closing), return_exceptions=True)

    @property
    def in_flight(self) -> int:
        return sum(h.in_flight for h in self.health.values())

    def states(self) -> tuple[TargetState, ...]:
        return tuple(self._state(target) for target in self.targets.values())

    def _state(self, target: Target[Any]) -> TargetState:
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
            operations=offered_operations(target),
            may_see_sensitive=config.may_see_sensitive,
            healthy=target.ready and health.available(),
            usd_per_mtok=(price.input_per_mtok + price.output_per_mtok) / 2 if price else 0.0,
            latency_ms=health.latency_ms,
            in_flight=health.in_flight,
            lacks=target.lacks | missing_inputs(target),
        )

    async def admit(self, name: str, claims: Claims | None = None) -> Slot | Refused:
        """A slot on `name` owned by `claims`, after at most its queue timeout; or why not."""
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
        slot = Slot(name, time.perf_counter(), health, gate, self.targets[name])
        return claims.hold(slot) if claims is not None else slot

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

    @staticmethod
    def succeeded(slot: Slot) -> None:
        if _finish(slot):
            slot.health.succeeded(time.perf_counter() - slot.started)

    @staticmethod
    def failed(slot: Slot, failure: TargetFailure) -> None:
        if not _finish(slot):
            return
        if failure.status == 429:
            slot.health.rate_limited(failure.retry_after)
        else:
            slot.health.failed(failure.reason)

    @staticmethod
    def released(slot: Slot) -> None:
        if _finish(slot):
            slot.health.released()

    def retry_after_s(self, names: tuple[str, ...]) -> float:
        """How long until one of these targets may take a request again."""
        now = time.monotonic()
        waits = [max(h.open_until, h.paused_until) - now for h in (self.health[n] for n in names)]
        return max(1.0, min(waits, default=1.0))


def _finish(slot: Slot) -> bool:
    if slot.done:
        return False
    slot.done = True
    if slot.gate is not None:
        slot.gate.release()
    return True
