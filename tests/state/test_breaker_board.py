"""A breaker ejection made while Redis cannot be reached (down, or a timeout on a loaded box)
is written once Redis answers again, so peers still adopt it: late, not lost. On a real
redis-server of the test's own, killed and restarted on its port."""

from __future__ import annotations

import asyncio

import redis as sync_redis
from redis_support import RedisProcess

from meshroute.state.breakers import BreakerBoard
from meshroute.state.connection import SharedConnection
from meshroute.targets.health import BreakerSettings

SETTINGS = BreakerSettings(failures_to_open=1, base_cooldown_s=30)


async def test_an_ejection_made_while_redis_is_down_reaches_peers_when_it_returns(
    redis_server: RedisProcess,
) -> None:
    mine = SharedConnection(redis_server.url, prefix="tbb:", retry_interval_s=0.05)
    theirs = SharedConnection(redis_server.url, prefix="tbb:", retry_interval_s=0.05)
    board, peer = BreakerBoard(mine), BreakerBoard(theirs)
    health, peer_health = board.health("box", SETTINGS), peer.health("box", SETTINGS)
    try:
        redis_server.kill()
        health.failed("upstream 503")  # ejects; the write finds Redis gone
        for _ in range(200):
            if not mine.up:
                break
            await asyncio.sleep(0.01)
        assert not mine.up and health.state == "open"
        redis_server.start()
        await asyncio.sleep(0.1)  # past the reconnect interval
        assert await board.sync({"box": health})  # reaches Redis: writes the ejection
        remaining = sync_redis.Redis.from_url(redis_server.url).pttl("tbb:breaker:box")
        assert 20_000 < remaining <= 30_000
        assert await peer.sync({"box": peer_health})
        assert peer_health.state == "open" and not peer_health.available()
    finally:
        await mine.close()
        await theirs.close()


async def test_a_breaker_closed_before_redis_returns_is_not_written_late(
    redis_server: RedisProcess,
) -> None:
    mine = SharedConnection(redis_server.url, prefix="tbc:", retry_interval_s=0.05)
    board = BreakerBoard(mine)
    health = board.health("box", BreakerSettings(failures_to_open=1, base_cooldown_s=0.05))
    try:
        redis_server.kill()
        health.failed("upstream 503")
        await asyncio.sleep(0.1)  # the cool-down ends; a probe succeeds
        assert health.acquire()
        health.succeeded(0.01)
        assert health.state == "closed"
        redis_server.start()
        await asyncio.sleep(0.1)
        assert await board.sync({"box": health})
        assert sync_redis.Redis.from_url(redis_server.url).exists("tbc:breaker:box") == 0
    finally:
        await mine.close()
