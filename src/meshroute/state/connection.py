"""The Redis connection every shared-state part uses, and what happens when Redis is gone.

Redis failing must not be an outage: a call that cannot reach Redis (refused, timed out,
reset) returns `DOWN`, and the caller answers from its local state. One slow reply is not an
outage: a call that times out is asked once more, at once (a loaded box stalls Redis or this
process past the timeout for a moment; falling back then would give a replica its own full
limits for a second). The first failure logs
one warning and counts a fallback; later calls skip Redis at once (no 250 ms timeout per
request) until a reconnect attempt, at most once per `retry_interval_s`, succeeds; then the
replicas are back on shared state and that is logged once too.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, Final, TypeVar

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger("meshroute.state")

T = TypeVar("T")


class _Down:
    """Redis could not be reached: use local state."""

    def __repr__(self) -> str:
        return "DOWN"


DOWN: Final = _Down()

# What "Redis is unreachable" looks like from redis-py (OSError: a reset mid-reply).
UNREACHABLE: tuple[type[BaseException], ...] = (RedisConnectionError, RedisTimeoutError, OSError)


class StateMetrics:
    """`meshroute_state_shared` (1 on shared state, 0 on the local fallback) and
    `meshroute_state_fallbacks_total` (times a replica fell back), on the app's registry."""

    def __init__(self, registry: Any) -> None:
        from prometheus_client import Counter, Gauge

        self.shared = Gauge(
            "meshroute_state_shared",
            "1 while limits and breakers are shared through Redis, 0 on local fallback",
            registry=registry,
        )
        self.fallbacks = Counter(
            "meshroute_state_fallbacks",
            "Times this replica lost Redis and fell back to local state",
            registry=registry,
        )
        self.shared.set(1)


class SharedConnection:
    def __init__(
        self,
        url: str,
        *,
        prefix: str = "meshroute:",
        timeout_s: float = 0.25,
        retry_interval_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.prefix = prefix
        self.client: aioredis.Redis = aioredis.Redis.from_url(
            url,
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
            retry=Retry(NoBackoff(), 0),  # call() retries: once, and only a timeout
            max_connections=256,
        )
        self.retry_interval_s = retry_interval_s
        self._clock = clock
        self.up = True
        self._retry_at = 0.0
        self.metrics: StateMetrics | None = None

    def key(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    async def call(self, operation: Callable[[aioredis.Redis], Awaitable[T]]) -> T | _Down:
        """`operation(client)`, or DOWN when Redis is unreachable (logged once per outage)."""
        if not self.up and self._clock() < self._retry_at:
            return DOWN
        try:
            result = await self._attempt(operation)
        except UNREACHABLE as exc:
            self._lost(exc)
            # Every pooled connection died with the server: drop them all, or the first calls
            # after Redis returns would each find a dead one and fall back again.
            with contextlib.suppress(Exception):
                await self.client.connection_pool.disconnect()
            return DOWN
        if not self.up:
            self.up = True
            log.warning(
                "shared state reachable again: back on Redis", extra={"url": self._safe_url}
            )
            if self.metrics is not None:
                self.metrics.shared.set(1)
        return result

    async def _attempt(self, operation: Callable[[aioredis.Redis], Awaitable[T]]) -> T:
        """`operation`, asked once more if its reply was late while Redis was up (at most two
        timeouts in all). The callers' operations are reads and idempotent writes: the
        limiter's admission and token settlements carry an id whose mark, set in the same
        script, makes a repeat a no-op (limiter.py). Hand-written: redis-py's Retry also
        retries inside each connect, up to four timeouts per call."""
        if self.up:
            try:
                return await operation(self.client)
            except RedisTimeoutError:
                pass  # the connection that timed out was dropped; the next one is fresh
        return await operation(self.client)

    def _lost(self, exc: BaseException) -> None:
        self._retry_at = self._clock() + self.retry_interval_s
        if not self.up:
            return
        self.up = False
        log.warning(
            "shared state unreachable: falling back to this replica's local state",
            extra={"url": self._safe_url, "error": type(exc).__name__},
        )
        if self.metrics is not None:
            self.metrics.shared.set(0)
            self.metrics.fallbacks.inc()

    @property
    def _safe_url(self) -> str:
        """The URL without a password (redis://:secret@host is a common form)."""
        scheme, _, rest = self.url.partition("://")
        return f"{scheme}://{rest.rpartition('@')[2]}"

    async def close(self) -> None:
        await self.client.aclose()
