"""Fuzzing the OpenAI routes with generated bodies of extreme depth, size and types (issue 9):
no 5xx, no hang, no stranded slot, no breaker opened by a client's request.

Hypothesis draws each field the gateway reads from a mix of valid values and arbitrary JSON
(nested up to 400 levels, strings up to 300 KB, huge integers, NaN); unknown fields ride along.
The target is a FakeTarget (in process) with one slot, so a leaked slot shows at once.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meshroute.config import Config
from meshroute.targets.fake import Behaviour, fake_targets
from support import GatewayFactory

LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.builds(lambda n: "x" * n, st.integers(0, 300_000)),
    st.builds(lambda n: "a-" * n + "@", st.integers(0, 40_000)),  # the backtracking input
)


@st.composite
def nested(draw: st.DrawFn) -> Any:
    depth = draw(st.sampled_from([0, 1, 5, 30, 63, 64, 65, 100, 254, 255, 400]))
    value = draw(LEAVES)
    for _ in range(depth):
        value = [value] if draw(st.booleans()) else {"k": value}
    return value


ANY = st.one_of(
    LEAVES,
    nested(),
    st.lists(LEAVES, max_size=5),
    st.dictionaries(st.text(max_size=5), LEAVES, max_size=4),
)
TEXT = st.one_of(
    st.text(max_size=200),
    st.builds(lambda n: "x " * n, st.integers(0, 150_000)),
    st.builds(lambda n: "a-" * n + "@", st.integers(0, 40_000)),
    st.just("Mail jane.doe@example.com or call John Smith on +44 20 7946 0958"),
)
FIELDS = ["model", "messages", "prompt", "input", "stream", "stream_options", "max_tokens"]
FIELDS += ["n", "temperature", "tools", "user", "extra", "metadata"]
# Mostly valid values, so requests get past validation into routing, targets and streams.
VALID = st.fixed_dictionaries(
    {},
    optional={
        "stream": st.booleans(),
        "stream_options": st.fixed_dictionaries({"include_usage": st.booleans()}),
        "max_tokens": st.integers(1, 512),
        "n": st.integers(1, 3),
        "user": st.text(max_size=20),
        "metadata": nested(),
    },
)


@st.composite
def bodies(draw: st.DrawFn, route: str) -> dict[str, Any]:
    text = draw(TEXT)
    body: dict[str, Any] = {"model": draw(st.sampled_from(["assistant", "auto", "box/m"]))}
    if route == "chat/completions":
        body["messages"] = [{"role": "user", "content": text}]
    else:
        body["prompt" if route == "completions" else "input"] = text
    body.update(draw(VALID))
    body.update(draw(st.dictionaries(st.sampled_from(FIELDS), ANY, max_size=2)))  # mutations
    return body


ROUTES = ["chat/completions", "completions", "embeddings"]
TARGET = {
    "name": "box",
    "kind": "openai",
    "base_url": "http://127.0.0.1:9/v1",
    "upstream_model": "m",
    "tier": "local",
    "zone": "private",
    "models": {"assistant": "v1"},
    "max_in_flight": 1,
    "breaker": {"failures_to_open": 1, "base_cooldown_s": 300},
}


@pytest.fixture(scope="module")
def url(gateway_factory: GatewayFactory) -> str:
    config = Config.model_validate({"targets": [TARGET]})
    return str(gateway_factory(config, features=True, targets=fake_targets({"box": Behaviour()})))


def _encode(body: Any) -> bytes:
    try:
        return json.dumps(body).encode()  # NaN and huge integers: the gateway must say 400
    except (RecursionError, ValueError):
        return b"[" * 5000


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data(), route=st.sampled_from(ROUTES))
def test_no_5xx_no_hang(url: str, data: st.DataObject, route: str) -> None:
    body = data.draw(bodies(route))
    began = time.monotonic()
    answer = httpx.post(
        f"{url}/{route}",
        content=_encode(body),
        headers={"content-type": "application/json"},
        timeout=20,
    )
    assert answer.status_code < 500, answer.text[:500]
    assert time.monotonic() - began < 15
    if answer.status_code >= 400:
        error = answer.json()["error"]
        assert error["type"] and error["message"]


def test_after_the_fuzz_nothing_is_held_and_no_breaker_opened(url: str) -> None:
    targets = httpx.get(url.removesuffix("/v1") + "/admin/targets").json()["targets"]
    assert targets["box"]["in_flight"] == 0 and targets["box"]["breaker"] == "closed"
    assert targets["box"]["failures"] == 0


def test_what_the_fuzz_found(url: str) -> None:
    """A completions body with a stray `messages: [null]` made the FakeTarget fail (a 500,
    diagnosed from the logged frames, with no breaker opened): kept as a fixed example."""
    body = {"model": "assistant", "prompt": "", "messages": [None]}
    assert httpx.post(f"{url}/completions", json=body, timeout=20).status_code == 200
