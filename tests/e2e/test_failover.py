"""Every fault the stand-in upstream can play, through the real gateway.

Two stand-in upstreams (real HTTP servers in tests/standin_upstream.py, not models): `flaky`
(preferred: lower tier) takes the faults, `steady` is the fallback. For each mode the client's
outcome, the breaker state and the fallback used are asserted.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from meshroute.config import Config
from standin_upstream import StandinHandle, run_standin
from support import GatewayFactory

CHAT = {"model": "assistant", "messages": [{"role": "user", "content": "hello"}]}


@pytest.fixture
def pair() -> Iterator[tuple[StandinHandle, StandinHandle]]:
    with run_standin(model="flaky-model") as flaky, run_standin(model="steady-model") as steady:
        yield flaky, steady


def _target(name: str, url: str, tier: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "kind": "openai",
        "base_url": url,
        "upstream_model": f"{name}-model",
        "tier": tier,
        "zone": "private",
        "models": {"assistant": "v1"},
        "timeouts": {"connect_s": 1, "first_byte_s": 0.5, "total_s": 1.5},
        "breaker": {"failures_to_open": 2, "base_cooldown_s": 30},
        **extra,
    }


def _gateway(
    factory: GatewayFactory, flaky: StandinHandle, steady: StandinHandle, **flaky_extra: Any
) -> str:
    config = Config.model_validate(
        {
            "targets": [
                _target("flaky", flaky.base_url, "edge", **flaky_extra),
                _target("steady", steady.base_url, "local"),
            ]
        }
    )
    return factory(config, features=False)


def _targets(url: str) -> dict[str, Any]:
    return dict(httpx.get(url.removesuffix("/v1") + "/admin/targets").json()["targets"])


def _post(url: str, stream: bool = False) -> httpx.Response:
    return httpx.post(f"{url}/chat/completions", json={**CHAT, "stream": stream}, timeout=10)


@pytest.mark.parametrize(
    ("mode", "params"),
    [
        ("refuse", {}),
        ("status", {"status": 500}),
        ("status", {"status": 502}),
        ("status", {"status": 503}),
        ("hang", {"seconds": 3}),
        ("malformed", {}),
        ("wrong_content_type", {}),
    ],
)
@pytest.mark.parametrize("stream", [False, True])
def test_failures_fail_over_and_open_the_breaker(
    gateway_factory: GatewayFactory,
    pair: tuple[StandinHandle, StandinHandle],
    mode: str,
    params: dict[str, Any],
    stream: bool,
) -> None:
    flaky, steady = pair
    url = _gateway(gateway_factory, flaky, steady)
    flaky.set_mode(mode, **params)
    for _ in range(2):
        response = _post(url, stream)
        assert response.status_code == 200, response.text
        assert response.headers["x-meshroute-target"] == "steady"
    state = _targets(url)["flaky"]
    assert state["breaker"] == "open" and state["failures"] == 2
    # Once open, the flaky target is skipped without being contacted.
    seen = flaky.stats()["requests"]
    assert _post(url, stream).headers["x-meshroute-target"] == "steady"
    assert flaky.stats()["requests"] == seen


def test_429_honours_retry_after_without_counting_a_failure(
    gateway_factory: GatewayFactory, pair: tuple[StandinHandle, StandinHandle]
) -> None:
    flaky, steady = pair
    url = _gateway(gateway_factory, flaky, steady)
    flaky.set_mode("ratelimit", retry_after=1, count=1)
    assert _post(url).headers["x-meshroute-target"] == "steady"
    state = _targets(url)["flaky"]
    assert state["breaker"] == "closed" and state["failures"] == 0
    assert _post(url).headers["x-meshroute-target"] == "steady"  # paused for Retry-After
    time.sleep(1.2)
    assert _post(url).headers["x-meshroute-target"] == "flaky"


def test_breaker_half_opens_after_cooldown_and_closes_on_success(
    gateway_factory: GatewayFactory, pair: tuple[StandinHandle, StandinHandle]
) -> None:
    flaky, steady = pair
    url = _gateway(
        gateway_factory, flaky, steady, breaker={"failures_to_open": 1, "base_cooldown_s": 0.5}
    )
    flaky.set_mode("status", status=500, count=1)
    assert _post(url).headers["x-meshroute-target"] == "steady"
    assert _targets(url)["flaky"]["breaker"] == "open"
    time.sleep(0.6)
    assert _post(url).headers["x-meshroute-target"] == "flaky"  # the half-open probe
    assert _targets(url)["flaky"]["breaker"] == "closed"


def test_drop_midstream_ends_with_an_error_event(
    gateway_factory: GatewayFactory, pair: tuple[StandinHandle, StandinHandle]
) -> None:
    flaky, steady = pair
    url = _gateway(gateway_factory, flaky, steady)
    flaky.set_mode("drop_midstream", after_chunks=2)
    response = _post(url, stream=True)
    assert response.status_code == 200 and response.headers["x-meshroute-target"] == "flaky"
    events = [line for line in response.text.splitlines() if line.startswith("data: ")]
    assert '"error"' in events[-2] and events[-1] == "data: [DONE]"
    assert _targets(url)["flaky"]["failures"] == 1


def test_slow_drip_that_overruns_total_timeout_ends_cleanly(
    gateway_factory: GatewayFactory, pair: tuple[StandinHandle, StandinHandle]
) -> None:
    flaky, steady = pair
    url = _gateway(gateway_factory, flaky, steady)
    flaky.set_mode("drip", delay_ms=400)
    response = _post(url, stream=True)
    events = [line for line in response.text.splitlines() if line.startswith("data: ")]
    assert "total timeout" in events[-2] and events[-1] == "data: [DONE]"


def test_every_target_down_is_a_clear_error(
    gateway_factory: GatewayFactory, pair: tuple[StandinHandle, StandinHandle]
) -> None:
    flaky, steady = pair
    url = _gateway(gateway_factory, flaky, steady)
    flaky.set_mode("status", status=503)
    steady.set_mode("status", status=503)
    response = _post(url)
    assert response.status_code == 502
    assert "flaky" in response.json()["error"]["message"]
    _post(url)  # both breakers open now
    skipped = _post(url)
    assert skipped.status_code == 503 and int(skipped.headers["retry-after"]) >= 1


def test_back_pressure_spills_over_then_429(
    gateway_factory: GatewayFactory, pair: tuple[StandinHandle, StandinHandle]
) -> None:
    import concurrent.futures

    flaky, steady = pair
    config = Config.model_validate(
        {
            "targets": [
                _target("flaky", flaky.base_url, "edge", max_in_flight=1, max_queue=0),
                _target("steady", steady.base_url, "local", max_in_flight=1, max_queue=0),
            ]
        }
    )
    url = gateway_factory(config, features=False)
    flaky.set_mode("hang", seconds=0.4)
    steady.set_mode("hang", seconds=0.4)
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        responses = list(pool.map(lambda _: _post(url), range(3)))
    codes = sorted(r.status_code for r in responses)
    assert codes == [200, 200, 429]
    limited = next(r for r in responses if r.status_code == 429)
    assert limited.headers["retry-after"] and limited.json()["error"]["code"] == "targets_busy"
    assert {r.headers.get("x-meshroute-target") for r in responses if r.status_code == 200} == {
        "flaky",
        "steady",
    }


def test_active_health_check_ejects_a_dead_target(
    gateway_factory: GatewayFactory, pair: tuple[StandinHandle, StandinHandle]
) -> None:
    flaky, steady = pair
    flaky.set_mode("refuse")
    url = _gateway(
        gateway_factory,
        flaky,
        steady,
        health_check={"path": "/models", "interval_s": 0.1, "timeout_s": 0.5},
    )
    deadline = time.monotonic() + 5
    while _targets(url)["flaky"]["breaker"] != "open" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _targets(url)["flaky"]["breaker"] == "open"
    assert _post(url).headers["x-meshroute-target"] == "steady"
    ready = httpx.get(url.removesuffix("/v1") + "/readyz").json()
    assert ready == {"ready": True}  # public: no target detail (that is /admin/targets)


def test_chaos_one_of_two_targets_killed_under_load(
    gateway_factory: GatewayFactory, pair: tuple[StandinHandle, StandinHandle]
) -> None:
    """500 requests at concurrency 16, a third of them streamed; one target killed midway."""
    import concurrent.futures
    import threading

    flaky, steady = pair
    url = _gateway(gateway_factory, flaky, steady)
    flaky.set_mode("drip", delay_ms=20)  # slow enough that streams are in flight at the kill
    done = 0
    lock = threading.Lock()
    killed = threading.Event()

    def one(index: int) -> tuple[bool, str]:
        nonlocal done
        stream = index % 3 == 0
        with httpx.Client(timeout=20) as client:
            response = client.post(f"{url}/chat/completions", json={**CHAT, "stream": stream})
        with lock:
            done += 1
            if done == 150 and not killed.is_set():
                killed.set()
                flaky.set_mode("refuse")
        return stream, f"{response.status_code}\n{response.text}"

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        results = list(pool.map(one, range(500)))
    assert killed.is_set()
    plain = [text for stream, text in results if not stream]
    streamed = [text for stream, text in results if stream]
    assert all(text.startswith("200\n") for text in plain), [
        t[:80] for t in plain if not t.startswith("200")
    ][:3]
    for text in streamed:
        status, _, body = text.partition("\n")
        assert status == "200"
        events = [line for line in body.splitlines() if line.startswith("data: ")]
        assert events[-1] == "data: [DONE]"  # completed, or error event then [DONE]
    broken = sum('"error"' in text for text in streamed)
    print(
        f"chaos: {len(plain)} plain all 200; {len(streamed)} streams, {broken} ended with an "
        "error event after the kill"
    )
    assert _targets(url)["flaky"]["breaker"] == "open"


def test_targets_command_prints_the_running_state(
    gateway_factory: GatewayFactory, pair: tuple[StandinHandle, StandinHandle]
) -> None:
    import json
    import subprocess
    import sys

    flaky, steady = pair
    url = _gateway(gateway_factory, flaky, steady)
    flaky.set_mode("status", status=500)
    _post(url)
    _post(url)
    root = url.removesuffix("/v1")
    out = subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "targets", "--url", root, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    table = json.loads(out.stdout)
    assert table["flaky"]["breaker"] == "open" and table["steady"]["breaker"] == "closed"
    human = subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "targets", "--url", root],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "flaky" in human.stdout and "open" in human.stdout
    metrics = httpx.get(f"{root}/metrics").text
    assert 'meshroute_target_breaker_state{target="flaky"} 2.0' in metrics
    dead = subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "targets", "--url", "http://127.0.0.1:9"],
        capture_output=True,
        text=True,
    )
    assert dead.returncode == 2 and "cannot reach" in dead.stderr
