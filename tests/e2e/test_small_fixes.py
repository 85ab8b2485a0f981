"""Issue 11's smaller fixes, each against the real gateway and the stand-in OpenAI-compatible
upstream (a real HTTP server, not a model)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from meshroute.config import Config
from standin_upstream import StandinHandle, run_standin
from support import GatewayFactory

CHAT = {"model": "gpu-box/standin-model", "messages": [{"role": "user", "content": "Hi"}]}


@pytest.fixture(scope="module")
def upstream() -> Iterator[StandinHandle]:
    with run_standin() as handle:
        yield handle


def _gateway(factory: GatewayFactory, upstream: StandinHandle, api_key: str | None) -> str:
    target = {
        "name": "gpu-box",
        "kind": "openai",
        "base_url": upstream.base_url,
        "upstream_model": "standin-model",
        "api_key": api_key,
        "tier": "local",
        "zone": "private",
    }
    return factory(Config.model_validate({"targets": [target]}), features=False)


@pytest.mark.parametrize(("api_key", "sent"), [("none", None), ("", None), ("sk-1", "Bearer sk-1")])
def test_a_none_or_empty_key_sends_no_authorization(
    gateway_factory: GatewayFactory, upstream: StandinHandle, api_key: str, sent: str | None
) -> None:
    url = _gateway(gateway_factory, upstream, api_key)
    assert httpx.post(f"{url}/chat/completions", json=CHAT).status_code == 200
    assert upstream.app.last["headers"].get("authorization") == sent
