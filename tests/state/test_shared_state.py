"""Shared state across replicas on a real redis-server of the test's own (issue 13): limits
held globally, a breaker one replica opens seen by the others, canary stickiness, and Redis
killed and restored without an outage."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import httpx
import pytest
from redis_support import RedisProcess
from state_support import chat, config, gateways, key_file, metric

from meshroute.config import Config
from meshroute.errors import ConfigError
from standin_upstream import StandinHandle, run_standin


def test_a_rate_limit_holds_across_replicas(
    tmp_path: Path, redis_server: RedisProcess, standin_upstream: StandinHandle
) -> None:
    keys, token = key_file(tmp_path, rpm=7)
    cfg = config(standin_upstream.base_url, redis_server.url, keys)
    with contextlib.contextmanager(gateways)(cfg, 3) as roots:
        statuses = [chat(roots[i % 3], token).status_code for i in range(24)]
    assert statuses.count(200) == 7, statuses  # one bucket for all three replicas
    assert set(statuses) == {200, 429}


def test_without_shared_state_each_replica_has_its_own_limit(
    tmp_path: Path, standin_upstream: StandinHandle
) -> None:
    """The contrast that shows the test above measures sharing, not a per-replica limit."""
    keys, token = key_file(tmp_path, rpm=7)
    cfg = config(standin_upstream.base_url, None, keys)
    with contextlib.contextmanager(gateways)(cfg, 3) as roots:
        statuses = [chat(roots[i % 3], token).status_code for i in range(24)]
    assert statuses.count(200) == 21


def test_a_breaker_one_replica_opens_is_seen_by_all_within_a_second(
    redis_server: RedisProcess,
) -> None:
    with run_standin() as standin:
        cfg = config(standin.base_url, redis_server.url)
        with contextlib.contextmanager(gateways)(cfg, 3) as roots:
            standin.set_mode("status", status=503)
            assert [chat(roots[0]).status_code for _ in range(2)] == [502, 502]
            opened = time.monotonic()
            seen: set[int] = set()
            while len(seen) < 2 and time.monotonic() - opened < 1.0:
                for index in (1, 2):
                    table = httpx.get(f"{roots[index]}/admin/targets", timeout=5).json()
                    if table["targets"]["box"]["breaker"] == "open":
                        seen.add(index)
                time.sleep(0.05)
            assert seen == {1, 2}
            before = standin.stats()["requests"]
            # the others skip the dead target without sending it anything
            assert chat(roots[1]).status_code == 503
            assert chat(roots[2]).status_code == 503
            assert standin.stats()["requests"] == before


def test_canary_stickiness_is_the_same_on_every_replica(
    redis_server: RedisProcess, standin_upstream: StandinHandle
) -> None:
    """The canary split is a hash of (model, request key): nothing to share, and every
    replica sends one client to the same version."""
    v2 = {
        "name": "box2",
        "kind": "openai",
        "base_url": standin_upstream.base_url,
        "upstream_model": "m",
        "tier": "local",
        "zone": "private",
        "models": {"assistant": "v2"},
    }
    cfg = config(
        standin_upstream.base_url,
        redis_server.url,
        more_targets=[v2],
        routing={"canary": {"assistant": {"v2": 0.5}}},
    )
    with contextlib.contextmanager(gateways)(cfg, 2) as roots:
        for client in (f"client-{n}" for n in range(12)):
            seen = {
                chat(root, **{"x-meshroute-key": client}).headers["x-meshroute-target"]
                for root in roots
                for _ in range(2)
            }
            assert len(seen) == 1, (client, seen)


def test_redis_killed_and_restored_nothing_lost(
    tmp_path: Path, redis_server: RedisProcess, standin_upstream: StandinHandle
) -> None:
    keys, token = key_file(tmp_path, rpm=60)
    cfg = config(standin_upstream.base_url, redis_server.url, keys)
    with contextlib.contextmanager(gateways)(cfg, 2) as roots:
        assert all(chat(root, token).status_code == 200 for root in roots)
        assert metric(roots[0], "meshroute_state_shared") == 1
        redis_server.kill()
        started = time.monotonic()
        outage = [chat(roots[i % 2], token) for i in range(20)]
        assert [r.status_code for r in outage] == [200] * 20  # no request lost
        assert time.monotonic() - started < 10  # and no long wait on a dead Redis each time
        for root in roots:
            assert metric(root, "meshroute_state_shared") == 0
            assert metric(root, "meshroute_state_fallbacks_total") == 1
        redis_server.start()
        time.sleep(1.3)  # a reconnect is tried at most once a second
        began = time.monotonic()
        after = [chat(roots[i % 2], token).status_code for i in range(6)]
        refill = (time.monotonic() - began) * 60 / 60
        assert after == [200] * 6
        for root in roots:
            assert metric(root, "meshroute_state_shared") == 1
        # shared again: the restarted (empty) Redis holds this key's bucket once more
        import redis as sync_redis

        client = sync_redis.Redis.from_url(redis_server.url)
        level = client.hget(f"t13:rl:{_key_id(keys)}:r", "l")
        assert level is not None and 60 - 6 <= float(level) <= 60 - 6 + refill + 0.01


def _key_id(keys: Path) -> str:
    from meshroute.auth.keyfile import read_keys

    return read_keys(keys)[0].key.id


def test_state_url_must_be_redis() -> None:
    with pytest.raises(ConfigError, match=r"state.url: state.url must start with redis://"):
        from meshroute.config import load_config

        path = Path(__file__).parent / "_bad_state.yaml"
        path.write_text(
            "state: {url: http://127.0.0.1:6379}\n"
            "targets: [{name: e, kind: openai, base_url: 'http://x/v1', upstream_model: m,"
            " tier: local, zone: private}]\n"
        )
        try:
            load_config(path)
        finally:
            path.unlink()
    assert (
        Config.model_validate(
            {"targets": [{"name": "e", "kind": "embedded", "tier": "edge", "zone": "private"}]}
        ).state
        is None
    )


async def test_the_retry_budget_floor_is_split_between_live_replicas(
    redis_server: RedisProcess,
) -> None:
    """Each replica earns its retries per request (the ratio holds globally by itself); the
    floor and burst are split by the replicas alive, so the deployment retries as one."""
    from meshroute.state.connection import SharedConnection
    from meshroute.state.replicas import Replicas
    from meshroute.targets.retry import RetryBudget

    connections = [SharedConnection(redis_server.url, prefix="t13r:") for _ in range(2)]
    replicas = [Replicas(c) for c in connections]
    try:
        assert await replicas[0].heartbeat() == 1
        assert await replicas[1].heartbeat() == 2
        budget = RetryBudget(0.2, floor_per_s=5.0, burst=20.0)
        replicas[1].scale(budget)
        assert (budget.floor_per_s, budget.burst) == (2.5, 10.0)
        await replicas[0].leave()
        assert await replicas[1].heartbeat() == 1
        replicas[1].scale(budget)
        assert (budget.floor_per_s, budget.burst) == (
            5.0,
            20.0,
        )  # back to its own, not halved twice
        redis_server.kill()
        assert await replicas[1].heartbeat() == 1  # Redis gone: the full floor, on its own
    finally:
        for connection in connections:
            await connection.close()


def test_token_estimates_are_settled_on_the_shared_bucket(
    tmp_path: Path, redis_server: RedisProcess, standin_upstream: StandinHandle
) -> None:
    import redis as sync_redis

    keys, token = key_file(tmp_path, tpm=100_000)
    cfg = config(standin_upstream.base_url, redis_server.url, keys)
    client = sync_redis.Redis.from_url(redis_server.url)
    bucket = f"t13:rl:{_key_id(keys)}:t"
    with contextlib.contextmanager(gateways)(cfg, 2) as roots:
        for root in roots:
            body = {"model": "assistant", "max_tokens": 5000,
                    "messages": [{"role": "user", "content": "hi"}]}  # fmt: skip
            auth = {"authorization": f"Bearer {token}"}
            answer = httpx.post(f"{root}/v1/chat/completions", json=body, headers=auth, timeout=10)
            assert answer.status_code == 200
            used = answer.json()["usage"]["total_tokens"]
            assert used < 100
        time.sleep(0.6)  # the settled differences go out every 0.25 s
        level = float(client.hget(bucket, "l") or 0)
    # two requests charged about 5,000 each, then settled to what they really used
    assert 100_000 - 2 * 100 <= level <= 100_000


def test_a_revocation_reaches_replicas_with_their_own_key_file_within_a_second(
    tmp_path: Path, redis_server: RedisProcess, standin_upstream: StandinHandle
) -> None:
    """Two replicas on "different hosts": each has its own copy of the key file. A key
    revoked in one copy is refused by both within a second; a key the other copy still has
    keeps working there (Redis only takes access away, it never grants it)."""
    import shutil

    from meshroute.auth.keyfile import new_key, read_keys, revoke, write_keys

    token, record = new_key("leaving", existing=[])
    other_token, other = new_key("staying", existing=[record])
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write_keys(tmp_path / "a" / "keys.json", [record, other])
    shutil.copy2(tmp_path / "a" / "keys.json", tmp_path / "b" / "keys.json")
    configs = [
        config(standin_upstream.base_url, redis_server.url, tmp_path / host / "keys.json")
        for host in ("a", "b")
    ]
    with (
        contextlib.contextmanager(gateways)(configs[0], 1) as (root_a,),
        contextlib.contextmanager(gateways)(configs[1], 1) as (root_b,),
    ):
        assert chat(root_a, token).status_code == chat(root_b, token).status_code == 200
        path = tmp_path / "a" / "keys.json"
        write_keys(path, revoke(read_keys(path), "leaving"))
        time.sleep(1.0)
        assert chat(root_a, token).status_code == 401
        assert chat(root_b, token).status_code == 401  # its own file still lists the key
        assert chat(root_b, other_token).status_code == 200
