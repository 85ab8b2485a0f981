"""How many replicas share the state, and the retry budget split between them.

The retry budget (targets/retry.py) lets retries add at most `ratio` of the request rate, plus
a floor so failover works at low traffic. Each replica earns `ratio` per request it sees, so
the ratio already holds across replicas with no shared counter; only the floor and the burst
would be multiplied by the number of replicas. So each replica announces itself (a sorted set
scored by Redis's clock, entries older than 3 s dropped) and scales its floor and burst by
1/replicas: the whole deployment then retries as one gateway would. With Redis down a replica
goes back to the full floor (it cannot know who else is alive).
"""

from __future__ import annotations

import os
import socket
import uuid
from typing import Any

from meshroute.state.connection import DOWN, SharedConnection
from meshroute.targets.retry import RetryBudget

_HEARTBEAT = """
local t = tonumber(redis.call('TIME')[1])
redis.call('ZADD', KEYS[1], t, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', t - tonumber(ARGV[2]))
redis.call('EXPIRE', KEYS[1], 60)
return redis.call('ZCARD', KEYS[1])
"""


class Replicas:
    def __init__(self, connection: SharedConnection, stale_after_s: int = 3) -> None:
        self._redis = connection
        self.id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._script = connection.client.register_script(_HEARTBEAT)
        self._stale_after_s = stale_after_s
        self.count = 1
        self._base: dict[int, tuple[float, float]] = {}  # id(budget) -> its own floor, burst

    async def heartbeat(self) -> int:
        """Announce this replica; the number alive (1 when Redis is unreachable)."""
        key = self._redis.key("replicas")
        args: list[str | int] = [self.id, self._stale_after_s]
        result = await self._redis.call(lambda _client: self._script(keys=[key], args=args))
        self.count = 1 if result is DOWN else max(1, int(result))  # type: ignore[arg-type]
        return self.count

    def scale(self, budget: RetryBudget) -> None:
        """This replica's share of the floor and burst (a reload builds a fresh budget)."""
        base = self._base.get(id(budget))
        if base is None:
            self._base = {id(budget): (budget.floor_per_s, budget.burst)}
            base = self._base[id(budget)]
        budget.floor_per_s = base[0] / self.count
        budget.burst = max(1.0, base[1] / self.count)

    async def leave(self) -> None:
        key = self._redis.key("replicas")
        await self._redis.call(lambda client: _remove(client, key, self.id))


async def _remove(client: Any, key: str, member: str) -> Any:
    return await client.zrem(key, member)
