"""Helpers of the fleet tests: a real OCI registry process, node configs with admin keys."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from meshroute.auth.keyfile import new_key, write_keys
from meshroute.config import Config
from support import free_port

REGISTRY_BINARY = "docker-registry"  # Debian's distribution 2.8 (`apt-get install docker-registry`)


def registry_binary() -> str:
    found = shutil.which(REGISTRY_BINARY)
    if found is None:
        if os.environ.get("MESHROUTE_REQUIRE_SERVICES") == "1":
            raise RuntimeError("docker-registry is not installed (.ci/run installs it)")
        pytest.skip("no OCI registry binary: apt-get install -y docker-registry")
    return found


@contextmanager
def registry_process(
    root: Path, port: int | None = None, *, htpasswd: str | None = None
) -> Iterator[str]:
    """`docker-registry serve` on a free port of 127.0.0.1, storing under `root`; with
    `htpasswd` (lines user:bcrypt), it asks for HTTP Basic credentials."""
    port = port or free_port()
    root.mkdir(parents=True, exist_ok=True)
    config = root / "registry.yml"
    settings: dict[str, Any] = {
        "version": 0.1,
        "log": {"level": "error"},
        "storage": {"filesystem": {"rootdirectory": str(root / "data")}},
        "http": {"addr": f"127.0.0.1:{port}"},
    }
    if htpasswd is not None:
        (root / "htpasswd").write_text(htpasswd)
        settings["auth"] = {"htpasswd": {"realm": "fleet-test", "path": str(root / "htpasswd")}}
    config.write_text(yaml.safe_dump(settings))
    log = (root / "registry.log").open("w")
    process = subprocess.Popen([registry_binary(), "serve", str(config)], stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def _wait(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("docker-registry exited at start")
        try:
            if httpx.get(f"{url}/v2/", timeout=1).status_code in (200, 401):
                return
        except httpx.HTTPError:
            time.sleep(0.05)
    raise RuntimeError("docker-registry did not answer")


def admin_key(directory: Path) -> tuple[str, str]:
    """A key file with one admin key: (its path, the token)."""
    token, record = new_key("fleet-admin", existing=[], admin=True)
    path = directory / "keys.json"
    write_keys(path, [record])
    return str(path), token


def node_config(
    directory: Path,
    model_path: str | None,
    *,
    version: str = "v1",
    key: tuple[str, str] | None = None,
    **fleet: Any,
) -> tuple[Config, str]:
    """A fleet node: one embedded target serving `assistant@version`, a store, an admin key
    (`key`: an existing (key file, token) several nodes share)."""
    key_file, token = key or admin_key(directory)
    raw = {
        "server": {"key_file": key_file},
        "ledger": {"enabled": False},
        "targets": [
            {
                "name": "edge",
                "kind": "embedded",
                "model_path": model_path,
                "tier": "edge",
                "zone": "private",
                "models": {"assistant": version},
                "engine": {"context": 512, "parallel": 2, "max_tokens": 8},
            }
        ],
        "fleet": {"store": str(directory / "store"), "reserve_mb": 0, **fleet},
    }
    return Config.model_validate(raw), token


def write_config(directory: Path, config: Config) -> Path:
    path = directory / "node.yaml"
    path.write_text(yaml.safe_dump(config.model_dump(mode="json", exclude_none=True)))
    return path
