"""Breakers shared by replicas: a target one replica ejects is skipped by all within a second.

The replica that opens a breaker writes `breaker:<target>` with the cool-down as its expiry
(PX), at once. Every replica reads all breaker keys (one pipelined PTTL per target: one round
trip) every `interval_s` (0.25 s) and opens its own breaker for what remains of a peer's
cool-down. When that ends, each replica's half-open probe decides for itself, as before; a
replica that closes a breaker after a success deletes the key. With Redis down, breakers are
local again (each replica learns from its own failures), as they were before shared state.
An ejection whose write did not reach Redis (a timeout on a loaded box counts as down) is
written again at the next sync that reaches it, for what remains of its cool-down: late, not
lost.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any

from meshroute.state.connection import DOWN, SharedConnection
from meshroute.targets.health import BreakerSettings, TargetHealth

log = logging.getLogger("meshroute.state")


@dataclass(slots=True)
class SharedHealth(TargetHealth):
    """A TargetHealth that tells the board when it ejects or recovers its target."""

    name: str = ""
    board: BreakerBoard | None = None
    from_peer: bool = False  # open because another replica ejected the target

    def _eject(self) -> None:
        TargetHealth._eject(self)  # zero-argument super() is unavailable in slotted dataclasses
        self.from_peer = False
        if self.board is not None:
            self.board.opened(self.name, self.open_until - self.clock())

    def _move(self, state: Any) -> None:
        was_open = self.state != "closed"
        TargetHealth._move(self, state)
        if state == "closed" and was_open and self.board is not None:
            self.from_peer = False
            self.board.closed(self.name)

    def adopt(self, remaining_s: float) -> None:
        """A peer ejected this target: stay off it for what remains of the peer's cool-down."""
        until = self.clock() + remaining_s
        if self.state == "open" and self.open_until >= until - 0.05:
            return
        self.open_until = until
        self.from_peer = True
        if self.state != "open":
            TargetHealth._move(self, "open")


class BreakerBoard:
    """Publishes this replica's ejections and adopts its peers'."""

    def __init__(
        self,
        connection: SharedConnection,
        interval_s: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._redis = connection
        self.interval_s = interval_s
        self._clock = clock
        self._writes: set[asyncio.Task[Any]] = set()
        self._unsent: dict[str, float] = {}  # this replica's ejections not yet in Redis: end

    def health(self, name: str, settings: BreakerSettings) -> SharedHealth:
        """The pool's health factory (targets/pool.py)."""
        return SharedHealth(settings, name=name, board=self)

    def opened(self, name: str, cooldown_s: float) -> None:
        until = self._clock() + cooldown_s
        self._unsent[name] = until
        self._spawn(lambda: self._publish(name, until))

    def closed(self, name: str) -> None:
        self._unsent.pop(name, None)
        key = self._redis.key("breaker", name)
        self._spawn(lambda: self._redis.call(lambda client: client.delete(key)))

    async def _publish(self, name: str, until: float) -> None:
        millis = int((until - self._clock()) * 1000)
        if millis > 0:
            key = self._redis.key("breaker", name)
            if await self._redis.call(lambda client: client.set(key, millis, px=millis)) is DOWN:
                return  # kept in _unsent: the next sync that reaches Redis writes it
        if self._unsent.get(name) == until:  # not superseded by a newer ejection meanwhile
            del self._unsent[name]

    def _spawn(self, write: Callable[[], Coroutine[Any, Any, Any]]) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # outside a loop (unit tests of health): nothing to share with
            return
        task = loop.create_task(write())
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def sync(self, health: Mapping[str, TargetHealth]) -> bool:
        """Adopt peers' open breakers; False when Redis is unreachable."""
        names = [name for name, h in health.items() if isinstance(h, SharedHealth)]
        if not names:
            return True
        keys = [self._redis.key("breaker", name) for name in names]

        async def read(client: Any) -> list[int]:
            pipe = client.pipeline(transaction=False)
            for key in keys:
                pipe.pttl(key)
            return list(await pipe.execute())

        remaining = await self._redis.call(read)
        if remaining is DOWN:
            return False
        for name, until in list(self._unsent.items()):
            await self._publish(name, until)
        assert isinstance(remaining, list)
        for name, millis in zip(names, remaining, strict=True):
            target = health[name]
            if millis > 0 and isinstance(target, SharedHealth):
                target.adopt(millis / 1000)
        return True
