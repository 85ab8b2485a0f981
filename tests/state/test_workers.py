"""Several real `meshroute serve` processes, each with `--workers 2`, on one Redis of the
test's own (issue 13): a global limit held, a breaker one worker opens seen by all, a revoked
key refused by every worker within a second."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from redis_support import RedisProcess
from state_support import chat

from meshroute.auth.keyfile import new_key, read_keys, revoke, write_keys
from standin_upstream import StandinHandle
from support import free_port, serve_process, wait_ready

FAILURES = 3  # failures_to_open of the target: a worker ejects it on its own after this many


@pytest.fixture
def nodes(
    tmp_path: Path, redis_server: RedisProcess, standin_upstream: StandinHandle
) -> Iterator[tuple[list[str], str, str, Path]]:
    """Two serve processes with two workers each: their roots, a limited key, an admin key,
    the key file."""
    token, record = new_key("ci", existing=[], rpm=10)
    admin_token, admin = new_key("ops", existing=[record], admin=True)
    keys = tmp_path / "keys.json"
    write_keys(keys, [record, admin])
    config = {
        "server": {"key_file": str(keys)},
        "ledger": {"enabled": False},
        "state": {"url": redis_server.url, "prefix": "t13w:"},
        "routing": {"ner": False},
        "targets": [
            {
                "name": "box",
                "kind": "openai",
                "base_url": standin_upstream.base_url,
                "upstream_model": "m",
                "tier": "local",
                "zone": "private",
                "models": {"assistant": "v1"},
                "breaker": {"failures_to_open": FAILURES, "base_cooldown_s": 60},
            }
        ],
    }
    path = tmp_path / "meshroute.yaml"
    path.write_text(yaml.safe_dump(config))
    ports = [free_port(), free_port()]
    processes = [
        serve_process(path, port, tmp_path, "--workers", "2", start_new_session=True)
        for port in ports
    ]
    roots = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for root in roots:
            wait_ready(root, timeout=180)
        yield roots, token, admin_token, keys
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def test_serve_workers_share_limits_breakers_and_keys(
    nodes: tuple[list[str], str, str, Path], standin_upstream: StandinHandle
) -> None:
    roots, token, admin_token, keys = nodes
    started = time.monotonic()
    statuses = [chat(roots[i % 2], token).status_code for i in range(40)]
    refilled = int((time.monotonic() - started) / 6)  # 10 rpm: one more every 6 s
    # four workers in two processes, one bucket: 10, plus what refilled meanwhile
    assert 10 <= statuses.count(200) <= 10 + refilled, statuses
    assert set(statuses) == {200, 429}

    # a breaker: FAILURES failures on one worker open it there (they may spread over the two
    # workers of process 0, so ask until one refuses), and the workers of both processes skip
    # the target without sending it anything
    standin_upstream.set_mode("status", status=503)
    admin = f"Bearer {admin_token}"
    statuses = []
    while 503 not in statuses:
        statuses.append(chat(roots[0], None, authorization=admin).status_code)
        assert set(statuses) <= {502, 503} and len(statuses) <= 2 * FAILURES + 1, statuses
    _every_worker_skips(roots, admin, standin_upstream)

    # a revoked key: refused by every worker of every process within a second
    write_keys(keys, revoke(read_keys(keys), "ci"))
    time.sleep(1.1)
    refused = [chat(roots[i % 2], token).status_code for i in range(12)]
    assert refused == [401] * 12


def _every_worker_skips(roots: list[str], admin: str, standin: StandinHandle) -> None:
    """Twelve 503s in a row, alternating processes, and none of them reached the stand-in.

    A worker adopts the ejection at its next sync with Redis (0.25 s), but one whose Redis
    call timed out twice on a loaded box (0.25 s each) first waits out its reconnect interval
    (1 s): so
    wait for the adoption rather than a fixed second. Process 1 had no failure of its own, so
    its 503s with fewer than FAILURES 502s in all prove it adopted the ejection from Redis."""
    time.sleep(1.0)
    after: list[int] = []
    sent: list[int] = []  # the stand-in's request count before each request
    while after[-12:] != [503] * 12:
        sent.append(standin.stats()["requests"])
        after.append(chat(roots[len(after) % 2], None, authorization=admin).status_code)
        assert set(after) <= {502, 503} and after.count(502) < FAILURES, after
    assert standin.stats()["requests"] == sent[-12], after


@pytest.mark.parametrize("value", ["0", "65", "-3", "many", "9" * 400])
def test_a_bad_workers_count_is_one_clear_line(value: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "serve", "--workers", value, "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "--workers" in done.stderr and "Traceback" not in done.stderr
