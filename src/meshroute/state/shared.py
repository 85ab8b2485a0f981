"""The shared state of one replica: the limiter, the breaker board, the replica count, and the
loop that keeps them in step with Redis (`state: {url: ...}` in the config)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from meshroute.state.breakers import BreakerBoard
from meshroute.state.connection import SharedConnection, StateMetrics
from meshroute.state.limiter import RedisLimiter
from meshroute.state.replicas import Replicas
from meshroute.state.revocations import Revocations

log = logging.getLogger("meshroute.state")


class SharedState:
    def __init__(self, url: str, *, prefix: str = "meshroute:", interval_s: float = 0.25) -> None:
        self.connection = SharedConnection(url, prefix=prefix)
        self.limiter = RedisLimiter(self.connection)
        self.board = BreakerBoard(self.connection, interval_s)
        self.replicas = Replicas(self.connection)
        self.revocations = Revocations(self.connection)
        self.interval_s = interval_s
        self._task: asyncio.Task[None] | None = None

    def attach_metrics(self, registry: Any) -> None:
        self.connection.metrics = StateMetrics(registry)

    async def start(self, gateway: Any, app_state: Any = None) -> None:
        """Start following the peers; `gateway` and `app_state.keys` are read on every tick (a
        reload swaps the pool and the key store)."""
        self._task = asyncio.create_task(
            self._follow(gateway, app_state), name="meshroute-shared-state"
        )

    async def _follow(self, gateway: Any, app_state: Any) -> None:
        tick = 0
        while True:
            try:
                if tick % 4 == 0:
                    await self.replicas.heartbeat()
                    self.replicas.scale(gateway.retry_budget)
                await self.board.sync(gateway.pool.health)
                await self.limiter.flush()
                await self.revocations.sync(getattr(app_state, "keys", None))
            except Exception:  # a bug here must not stop breaker sharing for good
                log.exception("shared state sync failed")
            tick += 1
            await asyncio.sleep(self.interval_s)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        with contextlib.suppress(Exception):
            await self.limiter.flush()
            await self.replicas.leave()
        await self.connection.close()
