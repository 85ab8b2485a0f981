"""Keys, limits and admin routes through the real gateway; keys made by the real CLI.

Two stand-in upstreams (tests/standin_upstream.py: real HTTP servers, not models) play a private
GPU box and a public cloud API.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from meshroute.config import load_config
from standin_upstream import StandinHandle, run_standin
from support import GatewayFactory

HARD = (
    "Prove rigorously, step by step, that the halting problem is undecidable, then write "
    "a formal proof in Lean and explain each tactic in detail."
)


def keys(config: Path, *args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "keys", *args, "--config", str(config), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout)) if out.stdout.strip().startswith("{") else {}


@pytest.fixture(scope="module")
def setup(
    gateway_factory: GatewayFactory, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, dict[str, str], Path, StandinHandle]]:
    folder = tmp_path_factory.mktemp("access")
    with run_standin(model="box-model") as box, run_standin(model="cloud-model") as cloud:
        config = folder / "meshroute.yaml"
        config.write_text(
            json.dumps(
                {
                    "server": {"key_file": "keys.json"},
                    "targets": [
                        {
                            "name": "box",
                            "kind": "openai",
                            "base_url": box.base_url,
                            "upstream_model": "box-model",
                            "tier": "local",
                            "zone": "private",
                            "models": {"assistant": "v1"},
                        },
                        {
                            "name": "cloud",
                            "kind": "openai",
                            "base_url": cloud.base_url,
                            "upstream_model": "cloud-model",
                            "tier": "cloud",
                            "zone": "public",
                            "models": {"assistant": "v1", "premium": "v1"},
                        },
                    ],
                }
            )
        )
        made = {
            "user": keys(config, "create", "--name", "user")["key"],
            "admin": keys(config, "create", "--name", "ops", "--admin")["key"],
            "private": keys(config, "create", "--name", "clinic", "--zones", "private")["key"],
            "limited": keys(config, "create", "--name", "trial", "--rpm", "2")["key"],
            "narrow": keys(config, "create", "--name", "narrow", "--models", "assistant")["key"],
        }
        url = gateway_factory(load_config(config))
        yield url, made, config, cloud


def chat(url: str, key: str | None, content: str = "hello", model: str = "auto") -> httpx.Response:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    body = {"model": model, "messages": [{"role": "user", "content": content}]}
    return httpx.post(f"{url}/chat/completions", json=body, headers=headers, timeout=30)


def test_the_key_file_holds_no_key(setup: tuple[str, dict[str, str], Path, StandinHandle]) -> None:
    _, made, config, _ = setup
    stored = (config.parent / "keys.json").read_text()
    assert all(key not in stored for key in made.values())


def test_no_or_wrong_key_is_401(setup: tuple[str, dict[str, str], Path, StandinHandle]) -> None:
    url, made, _, _ = setup
    assert chat(url, None).status_code == 401
    wrong = chat(url, made["user"][:-4] + "abcd")
    assert wrong.status_code == 401 and made["user"][:12] not in wrong.text
    assert httpx.get(f"{url}/models").status_code == 401


def test_a_good_key_answers_with_rate_limit_headers(
    setup: tuple[str, dict[str, str], Path, StandinHandle],
) -> None:
    url, made, _, _ = setup
    response = chat(url, made["limited"])
    assert response.status_code == 200
    assert response.headers["x-ratelimit-limit-requests"] == "2"
    chat(url, made["limited"])
    refused = chat(url, made["limited"])
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    assert refused.headers["x-ratelimit-remaining-requests"] == "0"
    metrics = httpx.get(url.removesuffix("/v1") + "/metrics").text
    assert 'meshroute_rejections_total{status="429",type="rate_limit_error"}' in metrics


def test_a_private_only_key_never_reaches_the_cloud(
    setup: tuple[str, dict[str, str], Path, StandinHandle],
) -> None:
    url, made, _, cloud = setup
    assert chat(url, made["user"], HARD).headers["x-meshroute-target"] == "cloud"
    before = cloud.stats()["requests"]
    response = chat(url, made["private"], HARD)
    assert response.headers["x-meshroute-target"] == "box"
    assert chat(url, made["private"], "x", model="cloud/cloud-model").status_code in (403, 404, 503)
    assert cloud.stats()["requests"] == before


def test_model_restriction(setup: tuple[str, dict[str, str], Path, StandinHandle]) -> None:
    url, made, _, _ = setup
    assert chat(url, made["narrow"], model="assistant").status_code == 200
    assert chat(url, made["narrow"], model="premium").status_code == 404
    assert chat(url, made["user"], model="premium").status_code == 200


def test_admin_routes_need_an_admin_key(
    setup: tuple[str, dict[str, str], Path, StandinHandle],
) -> None:
    url, made, _, _ = setup
    root = url.removesuffix("/v1")
    assert httpx.get(f"{root}/admin/targets").status_code == 401
    user = httpx.get(f"{root}/admin/targets", headers={"authorization": f"Bearer {made['user']}"})
    assert user.status_code == 403 and user.json()["error"]["type"] == "permission_error"
    admin = httpx.get(f"{root}/admin/targets", headers={"authorization": f"Bearer {made['admin']}"})
    assert admin.status_code == 200 and "box" in admin.json()["targets"]


def test_revoking_takes_effect_without_restart(
    setup: tuple[str, dict[str, str], Path, StandinHandle],
) -> None:
    url, made, config, _ = setup
    assert chat(url, made["narrow"], model="assistant").status_code == 200
    subprocess.run(
        [
            sys.executable,
            "-m",
            "meshroute.cli",
            "keys",
            "revoke",
            "narrow",
            "--config",
            str(config),
        ],
        check=True,
        capture_output=True,
    )
    deadline = time.monotonic() + 3
    while chat(url, made["narrow"], model="assistant").status_code != 401:
        assert time.monotonic() < deadline, "the revoked key still works"
        time.sleep(0.1)
