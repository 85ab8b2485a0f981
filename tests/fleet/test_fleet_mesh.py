"""Version-aware routing across nodes: a central node with `kind: meshroute` targets (issue 13)
learns which node holds which version after a fleet deploy, sends `assistant@v2` only to the
node holding it, and splits `assistant` across nodes by the canary share."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import httpx
from fleetkit import admin_key, node_config

from meshroute.config import Config
from meshroute.fleet import client
from meshroute.fleet.registry import push_file
from support import GatewayFactory


def _central(nodes: dict[str, str], token: str, canary: float | None) -> Config:
    routing = {"canary": {"assistant": {"v2": canary}}} if canary is not None else {}
    return Config.model_validate(
        {
            "mesh": {"node": "central"},
            "ledger": {"enabled": False},
            "targets": [
                {
                    "name": name,
                    "kind": "meshroute",
                    "url": root,
                    "api_key": token,
                    "refresh_s": 0.2,
                }
                for name, root in nodes.items()
            ],
            "routing": routing,
        }
    )


def _ask(base: str, model: str, user: str) -> httpx.Response:
    body = {"model": model, "max_tokens": 2, "messages": [{"role": "user", "content": "Hi"}]}
    return httpx.post(
        f"{base}/chat/completions", json=body, headers={"x-meshroute-key": user}, timeout=60
    )


def _learned(base: str, model: str) -> None:
    """Wait until the central node routes `model` (its targets refresh every 0.2 s)."""
    deadline = time.monotonic() + 20
    while _ask(base, model, "probe").status_code != 200:
        assert time.monotonic() < deadline, f"the central node never learned {model}"
        time.sleep(0.1)


def test_central_routes_versions_to_the_nodes_holding_them(
    gateway_factory: GatewayFactory, registry: str, model_file: Path, tmp_path: Path
) -> None:
    key = admin_key(tmp_path)
    token = key[1]
    roots = {}
    for name in ("node-a", "node-b"):
        directory = tmp_path / name
        directory.mkdir()
        config, _ = node_config(directory, None, key=key)
        config = config.model_copy(update={"mesh": config.mesh.model_copy(update={"node": name})})
        roots[name] = gateway_factory(config, features=False).removesuffix("/v1")
    pushed = push_file(registry, model_file, "assistant", "v2")
    order = {"name": "assistant", "version": "v2", "digest": pushed.digest, "registry": registry}
    assert client.order(roots["node-a"], "/admin/models/deploy", token, order)["active"]

    central = gateway_factory(_central(roots, token, None), features=False)
    _learned(central, "assistant@v2")
    for user in range(4):
        answer = _ask(central, "assistant@v2", f"u{user}")
        assert answer.status_code == 200, answer.text
        assert answer.headers["x-meshroute-target"] == "node-a"
        assert answer.json()["model"] == "assistant-v2"
        answer = _ask(central, "assistant@v1", f"u{user}")
        assert answer.status_code == 200, answer.text
        assert answer.headers["x-meshroute-target"] == "node-b"

    # canary: half of the users (sticky by key) on v2, which only node-a holds
    split = gateway_factory(_central(roots, token, 0.5), features=False)
    _learned(split, "assistant@v2")
    seen: Counter[tuple[str, str]] = Counter()
    for user in range(16):
        answer = _ask(split, "assistant", f"user-{user}")
        assert answer.status_code == 200, answer.text
        seen[(answer.headers["x-meshroute-target"], answer.json()["model"])] += 1
        again = _ask(split, "assistant", f"user-{user}")
        assert again.headers["x-meshroute-target"] == answer.headers["x-meshroute-target"]
    assert set(seen) == {("node-a", "assistant-v2"), ("node-b", "smollm2-135m-instruct")}
    assert 3 <= seen[("node-a", "assistant-v2")] <= 13  # about half of 16

    # after a rollback on node-a, the central node stops sending v2 anywhere
    client.order(roots["node-a"], "/admin/models/rollback", token, {"name": "assistant"})
    deadline = time.monotonic() + 20
    while _ask(central, "assistant@v2", "u0").status_code == 200:
        assert time.monotonic() < deadline, "the central node kept routing to a rolled-back v2"
        time.sleep(0.2)
    assert _ask(central, "assistant@v2", "u0").status_code == 404
