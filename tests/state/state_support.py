"""Gateways sharing one Redis, in this process (uvicorn threads) in front of a stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from meshroute.api.app import create_app
from meshroute.auth.keyfile import new_key, write_keys
from meshroute.config import Config
from support import ServerThread, free_port


def key_file(tmp_path: Path, **limits: Any) -> tuple[Path, str]:
    token, record = new_key("ci", existing=[], **limits)
    path = tmp_path / "keys.json"
    write_keys(path, [record])
    return path, token


def config(base_url: str, redis_url: str | None, keys: Path | None = None, **extra: Any) -> Config:
    target = {
        "name": "box",
        "kind": "openai",
        "base_url": base_url,
        "upstream_model": "m",
        "tier": "local",
        "zone": "private",
        "models": {"assistant": "v1"},
        "breaker": {"failures_to_open": 2, "base_cooldown_s": 5},
    }
    raw: dict[str, Any] = {
        "ledger": {"enabled": False},
        "targets": [target, *extra.pop("more_targets", [])],
        **extra,
    }
    if keys is not None:
        raw["server"] = {"key_file": str(keys)}
    if redis_url is not None:
        raw["state"] = {"url": redis_url, "prefix": "t13:"}
    return Config.model_validate(raw)


def gateways(cfg: Config, count: int) -> Iterator[list[str]]:
    """`count` gateways on one config; yields their roots (http://127.0.0.1:P)."""
    servers = [ServerThread(create_app(cfg), free_port()) for _ in range(count)]
    for server in servers:
        server.start()
    try:
        yield [f"http://127.0.0.1:{s.port}" for s in servers]
    finally:
        for server in servers:
            server.stop()


def chat(root: str, token: str | None = None, model: str = "assistant", **headers: str) -> Any:
    sent = {"authorization": f"Bearer {token}"} if token else {}
    sent.update(headers)
    body = {"model": model, "messages": [{"role": "user", "content": "hi"}], "max_tokens": 8}
    return httpx.post(f"{root}/v1/chat/completions", json=body, headers=sent, timeout=10)


def metric(root: str, name: str) -> float:
    for line in httpx.get(f"{root}/metrics", timeout=5).text.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{"):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"no metric {name}")
