"""Routing through the real gateway: privacy, redaction (streamed), versions, canary, region.

Three stand-in upstreams (tests/standin_upstream.py: real HTTP servers that play OpenAI-
compatible targets, not models) stand for a private GPU box in London, one in Tokyo, and a
public cloud API. The features (Presidio-based detector, complexity classifier) are real.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from meshroute.config import Config
from standin_upstream import StandinHandle, run_standin
from support import GatewayFactory

EMAIL = "jane.doe@example.com"
HARD = (
    "Prove rigorously, step by step, that the halting problem is undecidable, then "
    "write a formal proof in Lean and explain each tactic in detail."
)


@pytest.fixture(scope="module")
def upstreams() -> Iterator[dict[str, StandinHandle]]:
    with (
        run_standin(model="london-model") as london,
        run_standin(model="tokyo-model") as tokyo,
        run_standin(model="cloud-model") as cloud,
    ):
        yield {"london": london, "tokyo": tokyo, "cloud": cloud}


def _fleet(upstreams: dict[str, StandinHandle], sensitive: str) -> Config:
    def target(name: str, tier: str, zone: str, region: str, version: str) -> dict[str, Any]:
        return {
            "name": name,
            "kind": "openai",
            "base_url": upstreams[name].base_url,
            "upstream_model": f"{name}-model",
            "tier": tier,
            "zone": zone,
            "region": region,
            "models": {"assistant": version},
        }

    return Config.model_validate(
        {
            "targets": [
                target("london", "local", "private", "eu-london", "v1"),
                target("tokyo", "local", "private", "ap-tokyo", "v1"),
                target("cloud", "cloud", "public", "us-east", "v2"),
            ],
            "routing": {
                "sensitive": sensitive,
                "canary": {"assistant": {"v2": 0.3}},
                "region_distance": {"eu-london": {"ap-tokyo": 9, "us-east": 4}},
            },
            "server": {"default_region": "eu-london"},
        }
    )


@pytest.fixture(scope="module")
def private_url(gateway_factory: GatewayFactory, upstreams: dict[str, StandinHandle]) -> str:
    return gateway_factory(_fleet(upstreams, "keep_private"))


@pytest.fixture(scope="module")
def redact_url(gateway_factory: GatewayFactory, upstreams: dict[str, StandinHandle]) -> str:
    return gateway_factory(_fleet(upstreams, "redact"))


def _chat(url: str, content: str, model: str = "auto", **headers: str) -> httpx.Response:
    body = {"model": model, "messages": [{"role": "user", "content": content}]}
    return httpx.post(f"{url}/chat/completions", json=body, headers=headers, timeout=30)


def _last_body(upstream: StandinHandle) -> dict[str, Any]:
    last = httpx.get(f"{upstream.url}/_standin/last").json()
    assert last is not None
    return dict(last["body"])


def test_hard_request_goes_to_the_cloud(private_url: str) -> None:
    response = _chat(private_url, HARD)
    assert response.status_code == 200
    assert response.headers["x-meshroute-target"] == "cloud"
    assert "-> cloud" in response.headers["x-meshroute-reason"]


def test_keep_private_keeps_sensitive_hard_requests_private(
    private_url: str, upstreams: dict[str, StandinHandle]
) -> None:
    before = upstreams["cloud"].stats()["requests"]
    response = _chat(private_url, f"{HARD} Send the result to {EMAIL}.")
    assert response.status_code == 200
    assert response.headers["x-meshroute-target"] == "london"
    assert "sensitive:EMAIL_ADDRESS -> private only" in response.headers["x-meshroute-reason"]
    assert EMAIL not in response.headers["x-meshroute-reason"]
    assert upstreams["cloud"].stats()["requests"] == before


def test_keep_private_fails_closed_when_only_public_serves(private_url: str) -> None:
    response = _chat(private_url, f"My card is 4111 1111 1111 1111, {HARD}", model="assistant@v2")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "no_target_available"


def test_redact_replaces_and_restores(redact_url: str, upstreams: dict[str, StandinHandle]) -> None:
    response = _chat(redact_url, f"{EMAIL} {HARD}")
    assert response.status_code == 200
    assert response.headers["x-meshroute-target"] == "cloud"
    sent = _last_body(upstreams["cloud"])["messages"][0]["content"]
    assert EMAIL not in sent and "<EMAIL_ADDRESS_1>" in sent
    answer = response.json()["choices"][0]["message"]["content"]
    assert EMAIL in answer and "<EMAIL_ADDRESS_1>" not in answer


@pytest.mark.parametrize("chunk_chars", [1, 2, 3, 5, 7])
def test_redact_restores_a_placeholder_split_across_stream_chunks(
    redact_url: str, upstreams: dict[str, StandinHandle], chunk_chars: int
) -> None:
    client = openai.OpenAI(base_url=redact_url, api_key="unused", max_retries=0)
    stream = client.chat.completions.create(
        model="auto",
        stream=True,
        messages=[{"role": "user", "content": f"{EMAIL} {HARD}"}],
        extra_body={"standin_chunk_chars": chunk_chars},
    )
    deltas = [c.choices[0].delta.content or "" for c in stream if c.choices]
    text = "".join(deltas)
    assert text.startswith(f"stand-in reply to: {EMAIL}")
    assert "EMAIL_ADDRESS" not in text
    assert "<EMAIL_ADDRESS_1>" in _last_body(upstreams["cloud"])["messages"][0]["content"]


def test_version_pinning(private_url: str) -> None:
    assert _chat(private_url, "hi", model="assistant@v1").headers["x-meshroute-target"] == "london"
    assert _chat(private_url, "hi", model="assistant@v2").headers["x-meshroute-target"] == "cloud"
    assert _chat(private_url, "hi", model="assistant@v3").status_code == 404


def test_canary_is_sticky_per_key_and_near_its_share(private_url: str) -> None:
    targets = {}
    for user in range(200):
        first = _chat(private_url, "hello", model="assistant", **{"x-meshroute-key": f"u{user}"})
        again = _chat(private_url, "hello", model="assistant", **{"x-meshroute-key": f"u{user}"})
        assert first.headers["x-meshroute-target"] == again.headers["x-meshroute-target"]
        targets[user] = first.headers["x-meshroute-target"]
    share = sum(1 for t in targets.values() if t == "cloud") / len(targets)
    assert 0.2 < share < 0.4


def test_region_preference(private_url: str) -> None:
    assert _chat(private_url, "hi", model="assistant@v1").headers["x-meshroute-target"] == "london"
    tokyo = _chat(private_url, "hi", model="assistant@v1", **{"x-meshroute-region": "ap-tokyo"})
    assert tokyo.headers["x-meshroute-target"] == "tokyo"
    assert "region ap-tokyo" in tokyo.headers["x-meshroute-reason"]
