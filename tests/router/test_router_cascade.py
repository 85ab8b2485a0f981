"""Cascade end to end: the edge answers first; an unsure, refusing or truncated answer escalates
to the next tier; a confident one is returned without the log-probabilities the gateway asked
for; a failed escalation returns the edge answer; streams never cascade. Stand-ins: the edge is
tests/router/standin_judge.py (it returns token log-probabilities), the next tier
tests/standin_upstream.py: real HTTP servers, not models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import orjson
from standin_judge import run_judge

from meshroute.config import CascadeConfig, load_config
from meshroute.routing.cascade import confidence_of
from standin_upstream import run_standin
from support import GatewayFactory


def _target(name: str, url: str, tier: str) -> dict[str, Any]:
    return {
        "name": name,
        "kind": "openai",
        "base_url": url,
        "upstream_model": f"{name}-m",
        "tier": tier,
        "zone": "private",
        "models": {"assistant": "v1"},
    }


def _ask(url: str, content: str, **extra: Any) -> httpx.Response:
    return httpx.post(
        f"{url}/chat/completions",
        timeout=10,
        json={"model": "assistant", "messages": [{"role": "user", "content": content}], **extra},
    )


def test_cascade_escalates_unsure_answers_only(
    gateway_factory: GatewayFactory, tmp_path: Path
) -> None:
    with run_judge() as edge, run_standin(model="big-m") as big:
        config = tmp_path / "meshroute.yaml"
        config.write_text(
            json.dumps(
                {
                    "targets": [
                        _target("edge", edge.base_url, "edge"),
                        _target("big", big.base_url, "cloud"),
                    ],
                    "routing": {
                        "ner": False,
                        "complexity": {"edge_max": 1.0, "local_max": 1.0},
                        "cascade": {"assistant": {"min_confidence": 0.5}},
                    },
                }
            )
        )
        url = gateway_factory(load_config(config))

        sure = _ask(url, "what is 2+2")
        assert sure.headers["x-meshroute-target"] == "edge"
        assert "logprobs" not in sure.json()["choices"][0]  # asked by us, not by the client
        kept = _ask(url, "what is 2+2", logprobs=True)
        assert kept.json()["choices"][0]["logprobs"]["content"]  # the client asked: kept

        for prompt, why in (
            ("unsure what 2+2 is", "confidence 0.14"),
            ("please refuse this", "refusal"),
            ("ramble on", "truncated"),
        ):
            answer = _ask(url, prompt)
            assert answer.status_code == 200
            assert answer.headers["x-meshroute-target"] == "big", prompt
            assert answer.headers["x-meshroute-reason"] == f"cascade from edge: {why}"
            assert answer.json()["model"] == "big-m"

        streamed = httpx.post(
            f"{url}/chat/completions",
            timeout=10,
            json={
                "model": "assistant",
                "stream": True,
                "messages": [{"role": "user", "content": "unsure, streamed"}],
            },
        )
        # the stand-in edge cannot stream, so the stream fails over; it is never a cascade
        assert "cascade" not in streamed.headers["x-meshroute-reason"]

        big.set_mode("status", status=500)  # the next tier fails: the edge answer stands
        fallback = _ask(url, "unsure again")
        assert fallback.status_code == 200 and fallback.headers["x-meshroute-target"] == "edge"


def test_confidence_reading() -> None:
    def body(content: str, logprobs: list[float] | None, finish: str = "stop") -> dict[str, Any]:
        choice: dict[str, Any] = {"message": {"content": content}, "finish_reason": finish}
        if logprobs is not None:
            choice["logprobs"] = {"content": [{"logprob": v} for v in logprobs]}
        return {"choices": [choice]}

    settings = CascadeConfig(min_confidence=0.5)
    assert confidence_of(body("Paris.", [-0.01, -0.02])).escalation(settings) is None
    assert confidence_of(body("Paris.", [-3.0, -0.1])).escalation(settings) == "confidence 0.21"
    assert confidence_of(body("I cannot do that.", None)).escalation(settings) == "refusal"
    assert confidence_of(body("Sure, here", None, "length")).escalation(settings) == "truncated"
    assert confidence_of(body("ok", None)).mean_probability is None  # no logprobs: no opinion
    assert confidence_of({"choices": "junk"}).escalation(settings) is None
    assert confidence_of(orjson.loads(b'{"choices": [{"logprobs": {"content": [1, {}]}}]}'))
