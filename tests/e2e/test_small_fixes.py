"""Issue 11's smaller fixes, each against the real gateway and the stand-in OpenAI-compatible
upstream (a real HTTP server, not a model)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from meshroute.config import Config, load_config
from standin_upstream import StandinHandle
from support import GatewayFactory

CHAT = {"model": "gpu-box/standin-model", "messages": [{"role": "user", "content": "Hi"}]}


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
    assert (upstream.app.last or {})["headers"].get("authorization") == sent


def test_an_upstream_429_on_a_pinned_target_stays_429(
    gateway_factory: GatewayFactory, upstream: StandinHandle
) -> None:
    url = _gateway(gateway_factory, upstream, None)
    upstream.set_mode("ratelimit", retry_after=7)
    try:
        reply = httpx.post(f"{url}/chat/completions", json=CHAT)
    finally:
        upstream.reopen()
    assert reply.status_code == 429
    assert reply.json()["error"]["code"] == "upstream_rate_limited"
    assert reply.headers["retry-after"] == "7"


def test_a_private_only_key_pinning_a_cloud_model_gets_403(
    gateway_factory: GatewayFactory, upstream: StandinHandle, tmp_path: Path
) -> None:
    config = tmp_path / "meshroute.yaml"
    target = {"kind": "openai", "base_url": upstream.base_url, "upstream_model": "standin-model"}
    config.write_text(
        json.dumps(
            {
                "server": {"key_file": "keys.json"},
                "targets": [
                    {**target, "name": "box", "tier": "local", "zone": "private",
                     "models": {"assistant": "v1"}},
                    {**target, "name": "cloud", "tier": "cloud", "zone": "public",
                     "models": {"assistant": "v2", "premium": "v1"}},
                ],
            }
        )
    )  # fmt: skip
    created = subprocess.run(
        [
            *(sys.executable, "-m", "meshroute.cli", "keys", "create", "--name", "clinic"),
            *("--zones", "private", "--config", str(config), "--json"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    key = json.loads(created.stdout)["key"]
    url = gateway_factory(load_config(config), features=False)
    auth = {"authorization": f"Bearer {key}"}

    def status(model: str) -> int:
        body = {"model": model, "messages": [{"role": "user", "content": "Hi"}]}
        return httpx.post(f"{url}/chat/completions", json=body, headers=auth).status_code

    assert status("cloud/standin-model") == 403
    assert status("premium") == 403
    assert status("assistant@v2") == 403
    assert status("assistant") == 200  # the private target serves it
    assert status("no-such-model") == 404
