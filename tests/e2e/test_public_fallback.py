"""Failover from a private target to a PUBLIC fallback, end to end (issue 12).

The fast scan alone decides which targets may see a request; before the first attempt on a
target that must not see sensitive data, the deep scan (names) runs and the decision is made
again. So when the private target fails: a request with a name in it never reaches the public
fallback, a clean one does, and under `redact` the fallback gets placeholders, never the value.
The targets are FakeTargets (in process), which keep every body they were sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from meshroute.api.app import create_app
from meshroute.config import Config, LedgerConfig
from meshroute.routing.components import build_detector
from meshroute.targets.fake import Behaviour, FakeTarget, fake_targets
from support import ServerThread, free_port

NAMED = "Please forward the minutes to John Smith in accounting"
CLEAN = "What is the capital of France?"
EMAIL = "Send the report to jane.doe@example.com by Friday"


def _target(name: str, tier: str, zone: str) -> dict[str, Any]:
    return {
        "name": name,
        "kind": "openai",
        "base_url": "http://127.0.0.1:9/v1",
        "upstream_model": f"{name}-model",
        "tier": tier,
        "zone": zone,
        "models": {"assistant": "v1"},
        "breaker": {"failures_to_open": 100},
    }


@pytest.fixture(params=["keep_private", "redact"])
def gateway(
    request: pytest.FixtureRequest, tmp_path: Any
) -> Iterator[tuple[str, dict[str, FakeTarget], str]]:
    config = Config.model_validate(
        {
            "targets": [_target("box", "local", "private"), _target("cloud", "cloud", "public")],
            "routing": {"sensitive": request.param},
            "ledger": LedgerConfig(url=f"sqlite:///{tmp_path}/ledger.db").model_dump(),
        }
    )
    built: dict[str, FakeTarget] = {}
    behaviours = {"box": Behaviour(mode="fail"), "cloud": Behaviour()}
    app = create_app(
        config, detector=build_detector(config), targets=fake_targets(behaviours, built=built)
    )
    server = ServerThread(app, free_port())
    server.start()
    yield f"http://127.0.0.1:{server.port}/v1", built, request.param
    server.stop()


def _ask(url: str, text: str, stream: bool) -> httpx.Response:
    body = {"model": "assistant", "messages": [{"role": "user", "content": text}]}
    return httpx.post(f"{url}/chat/completions", json={**body, "stream": stream}, timeout=30)


def _seen(target: FakeTarget) -> str:
    return str(target.received)


@pytest.mark.parametrize("stream", [False, True])
def test_private_fails_then_the_public_fallback(
    gateway: tuple[str, dict[str, FakeTarget], str], stream: bool
) -> None:
    url, targets, policy = gateway
    box, cloud = targets["box"], targets["cloud"]

    clean = _ask(url, CLEAN, stream)  # nothing sensitive: the deep scan clears the fallback
    assert clean.status_code == 200 and clean.headers["x-meshroute-target"] == "cloud"
    assert "capital of France" in _seen(box) and "capital of France" in _seen(cloud)

    named = _ask(url, NAMED, stream)  # only the deep scan sees the name
    assert "John Smith" in _seen(box)
    assert "John Smith" not in _seen(cloud)  # never sent to the public target
    emailed = _ask(url, EMAIL, stream)  # the fast scan's find
    assert "jane.doe@example.com" in _seen(box)
    assert "jane.doe@example.com" not in _seen(cloud)
    if policy == "keep_private":  # no private target left: no answer, and no value in it
        for answer in (named, emailed):
            assert answer.status_code == 502, answer.text
            assert "John Smith" not in answer.text and "jane.doe" not in answer.text
        assert len(cloud.received) == 1
        return
    # redact: the fallback answered from placeholders; the client gets the values back
    for answer in (named, emailed):
        assert answer.status_code == 200 and answer.headers["x-meshroute-target"] == "cloud"
    assert len(cloud.received) == 3
    if not stream:  # the fake echoes the prompt's first 40 characters, placeholder included
        assert "jane.doe@example.com" in emailed.json()["choices"][0]["message"]["content"]
