"""One Redis reply slower than the timeout (a loaded box stalls Redis for a moment) is asked
again, not taken for an outage: the replica stays on the shared bucket, and the admission
asked twice is charged once. A Redis that stays silent still falls back, after two timeouts.
On a real redis-server of the test's own, stopped (SIGSTOP) for a moment."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import redis as sync_redis
from redis_support import RedisProcess

from meshroute.auth.keyfile import ApiKey
from meshroute.state.connection import SharedConnection
from meshroute.state.limiter import RedisLimiter

TIMEOUT_S = 1.0  # the connection's timeout here: wide margins around a stall on a loaded box
KEY = ApiKey(name="ci", id="k1", rpm=2)


@contextmanager
def stalled(redis: RedisProcess, seconds: float) -> Iterator[None]:
    """Redis stopped now and resumed `seconds` later (by a timer; at the latest on exit)."""
    assert redis.process is not None
    pid = redis.process.pid
    os.kill(pid, signal.SIGSTOP)
    timer = threading.Timer(seconds, os.kill, (pid, signal.SIGCONT))
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        os.kill(pid, signal.SIGCONT)


async def test_one_late_reply_is_asked_again_and_charged_once(redis_server: RedisProcess) -> None:
    connection = SharedConnection(redis_server.url, prefix="tsr:", timeout_s=TIMEOUT_S)
    limiter = RedisLimiter(connection)
    try:
        assert (await limiter.admit(KEY, 1)).allowed  # 2 rpm: one left
        # The first try times out while Redis is stopped; Redis then runs it (its command
        # was already sent) and the second try, which must not charge the bucket again.
        with stalled(redis_server, 1.5 * TIMEOUT_S):
            late = await limiter.admit(KEY, 1)
        assert connection.up and late.allowed, late
        # Still the shared bucket, empty now (a local fallback would admit this one)
        refused = await limiter.admit(KEY, 1)
        assert not refused.allowed and refused.reason is not None
        level = sync_redis.Redis.from_url(redis_server.url).hget("tsr:rl:k1:r", "l")
        assert level is not None and float(level) < 1  # two charges, not three
    finally:
        await connection.close()


async def test_a_silent_redis_falls_back_after_two_timeouts(redis_server: RedisProcess) -> None:
    connection = SharedConnection(redis_server.url, prefix="tss:", timeout_s=0.25)
    limiter = RedisLimiter(connection)
    try:
        assert (await limiter.admit(KEY, 1)).allowed
        with stalled(redis_server, 30.0):  # resumed on exit, long before the timer
            local = await limiter.admit(KEY, 1)
            assert not connection.up  # fell back: the local bucket (full) admits
            assert local.allowed and local.charge is not None
    finally:
        await connection.close()
