"""Every target slot is released on every path a request can take (issue 9).

One structure owns a request's slots for its whole life (targets/pool.py `Claims`, opened by
api/slots.py around the whole HTTP request); each exit path has a test here: success, a client
that leaves (plain, streamed; an HTTP target and one streaming from a thread as the embedded
engine does), cancellation, a validation error after admission, an exception anywhere. The
targets are FakeTargets (in process) unless the path needs a real HTTP upstream (the stand-in).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
import orjson
import pytest

from meshroute.api.gateway import Call, Gateway
from meshroute.api.metrics import Metrics
from meshroute.config import Config
from meshroute.routing.router import Router
from meshroute.targets.fake import Behaviour, fake_targets
from meshroute.targets.pool import Claims, TargetPool
from standin_upstream import run_standin
from support import GatewayFactory

PROMPT = "the quick brown fox jumps over the lazy dog"
CHAT = {"model": "assistant", "messages": [{"role": "user", "content": PROMPT}]}


def target(name: str, tier: str = "local", **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "kind": "openai",
        "base_url": "http://127.0.0.1:9/v1",  # never dialled: a FakeTarget stands here
        "upstream_model": f"{name}-model",
        "tier": tier,
        "zone": "private",
        "models": {"assistant": "v1"},
        "max_in_flight": 1,
        "timeouts": {"connect_s": 1, "first_byte_s": 1, "total_s": 2},
        "breaker": {"failures_to_open": 1, "base_cooldown_s": 60},
        **extra,
    }


def start(factory: GatewayFactory, behaviours: dict[str, Behaviour], **extra: Any) -> str:
    config = Config.model_validate({"targets": [target(n, **extra) for n in behaviours]})
    return str(factory(config, features=False, targets=fake_targets(behaviours)))


def table(url: str) -> dict[str, Any]:
    return dict(httpx.get(url.removesuffix("/v1") + "/admin/targets").json()["targets"])


def settled(url: str, timeout: float = 5.0) -> dict[str, Any]:
    """The target table once nothing is in flight (or as it is at the deadline)."""
    deadline = time.monotonic() + timeout
    state = table(url)
    while any(t["in_flight"] for t in state.values()) and time.monotonic() < deadline:
        time.sleep(0.05)
        state = table(url)
    return state


def post(url: str, body: dict[str, Any], timeout: float = 10) -> httpx.Response:
    return httpx.post(f"{url}/chat/completions", json=body, timeout=timeout)


def assert_clean(url: str) -> None:
    """Nothing held, no breaker opened, and the one-slot target answers the next request."""
    state = settled(url)
    assert all(t["in_flight"] == 0 for t in state.values()), state
    assert all(t["breaker"] == "closed" and t["failures"] == 0 for t in state.values()), state


def test_success_plain_and_streamed(gateway_factory: GatewayFactory) -> None:
    behaviour = Behaviour(chunks=4)
    url = start(gateway_factory, {"box": behaviour})
    for _ in range(3):  # max_in_flight 1: a stranded slot would make the second one wait
        assert post(url, CHAT).status_code == 200
        with httpx.stream("POST", f"{url}/chat/completions", json={**CHAT, "stream": True}) as r:
            assert r.status_code == 200 and b"[DONE]" in r.read()
    assert_clean(url)


def test_client_gone_before_a_plain_answer(gateway_factory: GatewayFactory) -> None:
    behaviour = Behaviour(delay_s=0.6)
    url = start(gateway_factory, {"box": behaviour})
    with pytest.raises(httpx.ReadTimeout):
        post(url, CHAT, timeout=0.2)
    assert_clean(url)
    behaviour.delay_s = 0
    assert post(url, CHAT).status_code == 200


@pytest.mark.parametrize("threaded", [False, True], ids=["async", "engine-thread"])
def test_client_gone_mid_stream(gateway_factory: GatewayFactory, threaded: bool) -> None:
    behaviour = Behaviour(chunks=40, chunk_delay_s=0.05, threaded=threaded)
    url = start(gateway_factory, {"edge": behaviour}, tier="edge")
    for _ in range(3):  # the case: one slot, closed early three times, then a request
        with httpx.stream("POST", f"{url}/chat/completions", json={**CHAT, "stream": True}) as r:
            assert r.status_code == 200
            next(r.iter_raw())  # first bytes, then the client closes the connection
    assert_clean(url)
    behaviour.chunk_delay_s = 0
    assert post(url, {**CHAT, "stream": False}).status_code == 200


def test_client_gone_mid_stream_from_an_http_target(gateway_factory: GatewayFactory) -> None:
    with run_standin(model="box-model") as standin:
        standin.set_mode("drip", delay_ms=50)
        config = Config.model_validate({"targets": [target("box", base_url=standin.base_url)]})
        url = gateway_factory(config, features=False)
        long_chat = {**CHAT, "max_tokens": 64, "stream": True}
        for _ in range(3):
            with httpx.stream("POST", f"{url}/chat/completions", json=long_chat) as r:
                assert r.status_code == 200
                next(r.iter_raw())
        assert_clean(url)
        standin.set_mode("ok")
        assert post(url, CHAT).status_code == 200


def test_an_upstream_4xx_after_admission(gateway_factory: GatewayFactory) -> None:
    """The target rejects the request (as the embedded engine does when it validates): the
    client sees the 400, the slot comes back, the target is not blamed."""
    url = start(gateway_factory, {"box": Behaviour(mode="reject")})
    for stream in (False, True):
        answer = post(url, {**CHAT, "stream": stream})
        assert answer.status_code == 400 and answer.json()["error"]["message"] == "fake rejection"
    assert_clean(url)


def test_a_bug_anywhere_is_a_logged_500_that_blames_no_target(
    gateway_factory: GatewayFactory, caplog: pytest.LogCaptureFixture
) -> None:
    behaviour = Behaviour(mode="bug")
    url = start(gateway_factory, {"box": behaviour, "spare": Behaviour()})
    caplog.set_level(logging.INFO)
    for stream in (False, True):
        answer = post(url, {**CHAT, "stream": stream})
        assert answer.status_code == 500, answer.text
        request_id = answer.headers["x-request-id"]
        assert "fake target" not in answer.text and "Traceback" not in answer.text
        logged = [r for r in caplog.records if getattr(r, "request_id", None) == request_id]
        errors = [r for r in logged if r.getMessage() == "unexpected error"]
        assert errors and errors[0].error_type == "RuntimeError"  # type: ignore[attr-defined]
        frames = "\n".join(errors[0].traceback)  # type: ignore[attr-defined]
        assert "meshroute/targets/fake.py" in frames and "_misbehave" in frames
    everything = "\n".join(str(vars(r)) for r in caplog.records)
    assert "quick brown fox" not in everything  # never the prompt
    assert_clean(url)  # a bug of ours opened no breaker (failures_to_open is 1)
    behaviour.mode = "ok"
    assert post(url, CHAT).status_code == 200


def test_cancellation_releases_the_slot() -> None:
    """A request task cancelled while it waits on a target (server shutdown, a client gone
    while the handler runs): the slot is released, without a verdict."""
    config = Config.model_validate({"targets": [target("box")]})

    async def scenario() -> tuple[int, int, str]:
        pool = TargetPool(config, factory=fake_targets({"box": Behaviour(mode="hang")}))
        gateway = Gateway(config, pool, Router(config, None, None), Metrics())
        async with Claims() as claims:
            call = Call("chat", dict(CHAT), [PROMPT], "req-1", None, "k", claims=claims)
            task = asyncio.create_task(gateway.answer(call))
            await asyncio.sleep(0.05)
            held = pool.health["box"].in_flight
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        health = pool.health["box"]
        return held, health.in_flight, health.state

    held, after, breaker = asyncio.run(scenario())
    assert (held, after, breaker) == (1, 0, "closed")


def test_claims_release_what_an_exception_left_behind() -> None:
    config = Config.model_validate({"targets": [target("box")]})

    async def scenario() -> tuple[int, int]:
        pool = TargetPool(config, factory=fake_targets({"box": Behaviour()}))
        with pytest.raises(RuntimeError):
            async with Claims() as claims:
                assert not isinstance(await pool.admit("box", claims), str)
                held = pool.health["box"].in_flight
                raise RuntimeError("anything, anywhere")
        return held, pool.health["box"].in_flight

    assert asyncio.run(scenario()) == (1, 0)


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"stream": True, "stream_options": "x"}, "stream_options"),
        (
            {"stream": True, "stream_options": {"include_usage": "yes"}},
            "stream_options.include_usage",
        ),
        ({"extra": orjson.loads("[" * 300 + "]" * 300)}, "extra"),
        ({"metadata": {"a": orjson.loads("[" * 80 + "1" + "]" * 80)}}, "metadata"),
        ({"user": 7}, "user"),
        ({"tools": "all of them"}, "tools"),
    ],
    ids=["options-str", "options-type", "depth-300", "depth-80", "user-int", "tools-str"],
)
def test_client_faults_are_400s_before_routing(
    gateway_factory: GatewayFactory, extra: dict[str, Any], param: str
) -> None:
    """The issue's cases: each once a breaker's worth of times, then a good request."""
    url = start(gateway_factory, {"box": Behaviour()}, max_in_flight=2)
    for _ in range(3):
        answer = post(url, {**CHAT, **extra})
        assert answer.status_code == 400, answer.text
        assert answer.json()["error"]["param"] == param
    assert_clean(url)
    assert post(url, CHAT).status_code == 200


def test_soak_with_random_client_aborts_ends_with_nothing_in_flight(
    gateway_factory: GatewayFactory,
) -> None:
    """160 requests from 16 clients over an embedded-style target (streams from a thread)
    and a real HTTP one; each client at random reads the answer, leaves mid-stream, or gives
    up before a plain answer. At the end: every slot back, no breaker opened."""
    import concurrent.futures
    import random

    with run_standin(model="http-model") as standin:
        standin.set_mode("drip", delay_ms=10)
        edge = Behaviour(chunks=12, chunk_delay_s=0.02, delay_s=0.01, threaded=True)
        config = Config.model_validate(
            {
                "targets": [
                    target("edge", "edge", max_in_flight=4, max_queue=64, queue_timeout_s=5),
                    target(
                        "http",
                        base_url=standin.base_url,
                        max_in_flight=3,
                        max_queue=64,
                        queue_timeout_s=5,
                    ),
                ]
            }
        )
        url = gateway_factory(config, features=False, targets=fake_targets({"edge": edge}))
        rng = random.Random(9)
        plans = [
            (rng.choice(["edge/edge-model", "http/http-model"]), rng.random()) for _ in range(160)
        ]

        def client(plan: tuple[str, float]) -> str:
            model, roll = plan
            body = {**CHAT, "model": model, "max_tokens": 16}
            try:
                if roll < 0.3:
                    return str(post(url, body, timeout=0.05 if roll < 0.15 else 10).status_code)
                with httpx.stream(
                    "POST", f"{url}/chat/completions", timeout=10, json={**body, "stream": True}
                ) as r:
                    if roll < 0.7:
                        next(r.iter_raw())
                        return "left"
                    return str(r.status_code) if b"[DONE]" in r.read() else "cut"
            except httpx.TimeoutException:
                return "gave-up"

        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            outcomes = list(pool.map(client, plans))
        assert {"left", "gave-up", "200"} <= set(outcomes), set(outcomes)
        assert not set(outcomes) - {"left", "gave-up", "200", "cut"}, set(outcomes)
        assert_clean(url)
