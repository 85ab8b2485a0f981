"""Config reload through the real gateway: POST /admin/reload and SIGHUP. A bad config is
refused with its error and the running one stays. Stand-in upstreams (tests/standin_upstream.py)
are real HTTP servers playing OpenAI-compatible targets, not models."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx

from meshroute.config import load_config
from standin_upstream import run_standin
from support import GatewayFactory, free_port, serve_process, wait_ready


def target(name: str, url: str, version: str) -> dict[str, Any]:
    return {
        "name": name,
        "kind": "openai",
        "base_url": url,
        "upstream_model": f"{name}-model",
        "tier": "local",
        "zone": "private",
        "models": {"assistant": version},
    }


def ask(url: str, model: str) -> httpx.Response:
    return httpx.post(
        f"{url}/chat/completions",
        timeout=10,
        json={"model": model, "messages": [{"role": "user", "content": "hi"}]},
    )


def test_reload_refuses_a_bad_config_and_applies_a_good_one(
    gateway_factory: GatewayFactory, tmp_path: Path
) -> None:
    with run_standin(model="a-model") as a, run_standin(model="b-model") as b:
        config = tmp_path / "meshroute.yaml"
        config.write_text(json.dumps({"targets": [target("a", a.base_url, "v1")]}))
        url = gateway_factory(load_config(config), features=False)
        root = url.removesuffix("/v1")
        assert ask(url, "assistant").headers["x-meshroute-target"] == "a"

        config.write_text(
            json.dumps({"targets": [{**target("b", b.base_url, "v2"), "zone": "somewhere"}]})
        )
        refused = httpx.post(f"{root}/admin/reload")
        assert refused.status_code == 400
        assert "targets[0](b).zone" in refused.json()["error"]["message"]
        assert ask(url, "assistant").headers["x-meshroute-target"] == "a"

        config.write_text(
            json.dumps({"targets": [target("a", a.base_url, "v1"), target("b", b.base_url, "v2")]})
        )
        applied = httpx.post(f"{root}/admin/reload")
        assert applied.status_code == 200 and applied.json()["targets"] == ["a", "b"]
        assert ask(url, "assistant@v2").headers["x-meshroute-target"] == "b"
        assert ask(url, "assistant@v1").headers["x-meshroute-target"] == "a"


def test_sighup_reloads_a_running_server(tmp_path: Path) -> None:
    with run_standin(model="a-model") as a, run_standin(model="b-model") as b:
        config = tmp_path / "meshroute.yaml"
        config.write_text(json.dumps({"targets": [target("a", a.base_url, "v1")]}))
        port = free_port()
        server = serve_process(config, port, tmp_path, stderr=subprocess.DEVNULL)
        root = f"http://127.0.0.1:{port}"
        try:
            wait_ready(root)
            config.write_text(
                json.dumps(
                    {"targets": [target("a", a.base_url, "v1"), target("b", b.base_url, "v2")]}
                )
            )
            server.send_signal(signal.SIGHUP)
            deadline = time.monotonic() + 10
            while "b" not in httpx.get(f"{root}/admin/targets").json()["targets"]:
                assert time.monotonic() < deadline, "SIGHUP did not reload the config"
                time.sleep(0.1)
            assert ask(f"{root}/v1", "assistant@v2").headers["x-meshroute-target"] == "b"
        finally:
            server.terminate()
            server.wait(timeout=30)
