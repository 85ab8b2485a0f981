"""The Compose topology's files, checked without docker (fast): meshroute loads every node's config,
the central node's targets name the Compose services, and only the central node is published,
on 127.0.0.1 only."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from dockerkit import COMPOSE_DIR

from meshroute.config import load_config

COMPOSE = yaml.safe_load((COMPOSE_DIR / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES: dict[str, Any] = COMPOSE["services"]


def _mounted_config(service: str) -> Path:
    for volume in SERVICES[service].get("volumes", []):
        source, target = volume.split(":")[:2]
        if target == SERVICES[service]["environment"]["MESHROUTE_CONFIG"]:
            return Path(COMPOSE_DIR) / str(source)
    raise AssertionError(f"{service} mounts no config")


@pytest.mark.parametrize("service", ["edge-london", "edge-frankfurt", "central"])
def test_every_node_config_loads(service: str, monkeypatch: pytest.MonkeyPatch) -> None:
    environment = SERVICES[service]["environment"]
    for name, value in environment.items():
        # Compose's own ${VAR:-default} in the environment block, resolved as Compose would
        monkeypatch.setenv(name, re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", str(value)))
    config = load_config(_mounted_config(service))
    if service.startswith("edge-"):
        [target] = config.targets
        assert target.region == environment["EDGE_REGION"] == config.server.default_region
    else:
        assert config.ledger.url.startswith("postgresql+psycopg://meshroute:")
        assert config.ledger.url.endswith("@postgres:5432/meshroute")


def test_central_routes_to_the_compose_services() -> None:
    config = yaml.safe_load(_mounted_config("central").read_text(encoding="utf-8"))
    for target in config["targets"]:
        found = re.fullmatch(r"http://([\w-]+):(\d+)/v1", target["base_url"])
        assert found is not None, target["base_url"]
        host, port = found.groups()
        assert host in SERVICES
        if host.startswith("edge-"):
            region = yaml.safe_load(_mounted_config(host).read_text())["targets"][0]["region"]
            assert region == "${EDGE_REGION}"
            assert SERVICES[host]["environment"]["EDGE_REGION"] == target["region"]
            assert port == "8080"
    depends = SERVICES["central"]["depends_on"]
    assert all(depends[name]["condition"] == "service_healthy" for name in depends)
    assert set(depends) == set(SERVICES) - {"central"}


def test_only_the_central_node_is_published_and_on_loopback() -> None:
    published = {name: s["ports"] for name, s in SERVICES.items() if s.get("ports")}
    assert list(published) == ["central"]
    assert all(str(port).startswith("127.0.0.1:") for port in published["central"])


def test_nodes_run_read_only_and_drain_before_sigkill() -> None:
    for name in ("edge-london", "edge-frankfurt", "central", "gpu"):
        service = SERVICES[name]
        assert service["read_only"] is True
        assert int(service["stop_grace_period"].rstrip("s")) > 30  # the image's drain: 30 s
