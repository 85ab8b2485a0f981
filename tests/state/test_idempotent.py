"""A shared-state write asked twice is applied once. The connection asks again when a reply is
late (connection.py); Redis may have run the first already. Here a proxy (late_replies.py)
passes each command to a real redis-server at once and holds the reply past the timeout, so
Redis runs both: an admission must charge once per attempt, even with another request on the
key admitted in between, and a token settlement must be applied once, also when it is sent
again after the replica fell back."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import redis as sync_redis
from late_replies import LateReplies
from redis_support import RedisProcess

from meshroute.auth.keyfile import ApiKey
from meshroute.state.connection import SharedConnection
from meshroute.state.limiter import RedisLimiter

TIMEOUT_S = 1.0  # wide margins on a loaded box
HOLD_S = 1.5 * TIMEOUT_S  # a held reply comes after the timeout
BOTH = ApiKey(name="ci", id="k1", rpm=10, tpm=1000)  # slow refills: 1/6 and 17 per second
TOKENS = ApiKey(name="ci", id="k2", tpm=10_000)


@asynccontextmanager
async def late_limiter(
    redis: RedisProcess, prefix: str, retry_interval_s: float = 1.0
) -> AsyncIterator[tuple[LateReplies, SharedConnection, RedisLimiter]]:
    proxy = LateReplies(redis.port)
    await proxy.start()
    connection = SharedConnection(
        proxy.url, prefix=prefix, timeout_s=TIMEOUT_S, retry_interval_s=retry_interval_s
    )
    try:
        yield proxy, connection, RedisLimiter(connection)
    finally:
        await connection.close()
        await proxy.close()


def stored(redis: RedisProcess, key: str) -> float:
    """A bucket's stored level (before refill)."""
    level = sync_redis.Redis.from_url(redis.url).hget(key, "l")
    assert level is not None, key
    return float(level)


async def until(condition_met: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition_met() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)


async def test_a_late_admission_asked_after_another_one_is_charged_once(
    redis_server: RedisProcess,
) -> None:
    async with late_limiter(redis_server, "ti1:") as (proxy, connection, limiter):
        assert (await limiter.admit(BOTH, 100)).allowed
        proxy.hold(1, HOLD_S)
        first = asyncio.create_task(limiter.admit(BOTH, 100))  # charged, its reply held
        await until(lambda: proxy.held == 1)
        assert (await limiter.admit(BOTH, 100)).allowed  # admitted before the first's retry
        late = await first  # asked again after the timeout: the same attempt
        assert connection.up and late.allowed and proxy.held == 1
    # three requests, three charges (refill: under 1/6 request and 17 tokens a second)
    assert 7.0 <= stored(redis_server, "ti1:rl:k1:r") < 7.5
    assert 700 <= stored(redis_server, "ti1:rl:k1:t") < 760


async def test_a_late_settlement_asked_again_is_applied_once(redis_server: RedisProcess) -> None:
    keys = [ApiKey(name="ci", id=f"k{i}", tpm=10_000) for i in range(300)]  # two script calls
    async with late_limiter(redis_server, "ti2:") as (proxy, connection, limiter):
        for key in keys:
            verdict = await limiter.admit(key, 2000)  # each bucket: 10,000 -> 8,000
            assert verdict.charge is not None
            verdict.charge.settle(5000)  # used more than estimated: 3,000 more to take
        proxy.hold(1, HOLD_S)
        await limiter.flush()  # the first try is applied, its reply late; then asked again
        assert connection.up and proxy.held == 1
    levels = {stored(redis_server, f"ti2:rl:{key.id}:t") for key in keys}
    assert levels == {5000.0}


async def test_a_settlement_sent_again_after_a_fallback_is_applied_once(
    redis_server: RedisProcess,
) -> None:
    async with late_limiter(redis_server, "ti3:", retry_interval_s=0.0) as (
        proxy,
        connection,
        limiter,
    ):
        verdict = await limiter.admit(TOKENS, 2000)  # 10,000 -> 8,000
        assert verdict.charge is not None
        verdict.charge.settle(5000)  # 3,000 more to take
        proxy.hold(2, HOLD_S)  # both tries late: Redis applied them, the replica fell back
        await limiter.flush()
        assert not connection.up and proxy.held == 2
        limiter.refund(TOKENS.id, 500, 10_000)  # a settlement made meanwhile
        await limiter.flush()  # Redis answers: the unanswered batch again, then the new one
        assert connection.up
    assert stored(redis_server, "ti3:rl:k2:t") == 8000 - 3000 + 500


async def test_every_key_written_expires(redis_server: RedisProcess) -> None:
    connection = SharedConnection(redis_server.url, prefix="ti4:")
    limiter = RedisLimiter(connection)
    try:
        for _ in range(5):
            verdict = await limiter.admit(BOTH, 10)
            assert verdict.allowed and verdict.charge is not None
            verdict.charge.settle(5)
            await limiter.flush()
    finally:
        await connection.close()
    client = sync_redis.Redis.from_url(redis_server.url)
    ttls = {str(key, "ascii"): client.ttl(key) for key in client.scan_iter("ti4:*")}
    buckets = {"ti4:rl:k1:r", "ti4:rl:k1:t"}
    assert buckets <= set(ttls) and all(0 < ttls[key] <= 120 for key in buckets)
    attempts = {key: ttl for key, ttl in ttls.items() if key.startswith("ti4:rl:k1:a:")}
    batches = {key: ttl for key, ttl in ttls.items() if key.startswith("ti4:rl:settled:")}
    assert len(attempts) == len(batches) == 5  # one per admission, one per flush
    assert set(ttls) == buckets | set(attempts) | set(batches)
    assert all(0 < ttl <= 10 for ttl in attempts.values()), attempts
    assert all(0 < ttl <= 120 for ttl in batches.values()), batches
