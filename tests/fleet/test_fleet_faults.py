"""Deploy orders that must fail cleanly: each a clear error, and the running version stays.

Real parts: the registry is a `docker-registry` process, the node a real gateway (embedded
SmolLM2 as assistant@v1). The failing versions are small files of random bytes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fleetkit import node_config, registry_process

from meshroute.fleet.registry import push_file
from support import GatewayFactory, free_port


@pytest.fixture(scope="module")
def node(
    gateway_factory: GatewayFactory, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    directory = tmp_path_factory.mktemp("faults-node")
    config, token = node_config(directory, None, max_pull_mbps=4)
    base = gateway_factory(config, features=False)
    return {"root": base.removesuffix("/v1"), "token": token, "store": directory / "store"}


def _blob(directory: Path, name: str, size: int) -> Path:
    path = directory / name
    path.write_bytes(os.urandom(size))
    return path


def _order(node: dict[str, Any], body: Any, path: str = "deploy") -> httpx.Response:
    return httpx.post(
        f"{node['root']}/admin/models/{path}",
        json=body,
        headers={"authorization": f"Bearer {node['token']}"},
        timeout=120,
    )


def _active(node: dict[str, Any]) -> set[tuple[str, str]]:
    listing = httpx.get(
        f"{node['root']}/admin/models", headers={"authorization": f"Bearer {node['token']}"}
    ).json()
    return {(row["name"], row["version"]) for row in listing["models"] if row["active"]}


def _deploy_body(registry: str, version: str, digest: str) -> dict[str, str]:
    return {"name": "assistant", "version": version, "digest": digest, "registry": registry}


def test_wrong_digest_and_registry_down(
    node: dict[str, Any], registry: str, tmp_path: Path
) -> None:
    pushed = push_file(registry, _blob(tmp_path, "a.gguf", 4096), "assistant", "wrongdigest")
    absent = "sha256:" + "0" * 64
    answer = _order(node, _deploy_body(registry, "wrongdigest", absent))
    assert answer.status_code == 404 and "has no manifest" in answer.json()["error"]["message"]
    # a real digest, but of another version: the manifest names what it is
    answer = _order(node, _deploy_body(registry, "v9", pushed.digest))
    assert answer.status_code == 400
    assert "is assistant@wrongdigest, not assistant@v9" in answer.json()["error"]["message"]
    down = f"http://127.0.0.1:{free_port()}"
    answer = _order(node, _deploy_body(down, "wrongdigest", pushed.digest))
    assert answer.status_code == 502 and "unreachable" in answer.json()["error"]["message"]
    assert _active(node) == {("assistant", "v1")}


def test_corrupt_blob_is_refused_and_old_version_stays(
    node: dict[str, Any], tmp_path: Path
) -> None:
    root = tmp_path / "own-registry"
    root.mkdir()
    with registry_process(root) as url:
        blob = _blob(tmp_path, "c.gguf", 1 << 20)
        pushed = push_file(url, blob, "assistant", "corrupt")
        sha = hashlib.sha256(blob.read_bytes()).hexdigest()
        stored = next((root / "data").rglob(f"blobs/sha256/{sha[:2]}/{sha}/data"))
        stored.write_bytes(stored.read_bytes()[:-1] + b"\x00")  # one byte flipped on disk
        answer = _order(node, _deploy_body(url, "corrupt", pushed.digest))
    assert answer.status_code == 502
    assert "does not match the manifest" in answer.json()["error"]["message"]
    assert not list((node["store"] / "partial").iterdir())  # the bad file is gone
    assert _active(node) == {("assistant", "v1")}


def test_disk_space_is_checked_before_a_pull(
    gateway_factory: GatewayFactory, registry: str, tmp_path: Path
) -> None:
    config, token = node_config(tmp_path, None, reserve_mb=10_000_000)  # more than any disk
    base = gateway_factory(config, features=False)
    small = {"root": base.removesuffix("/v1"), "token": token}
    pushed = push_file(registry, _blob(tmp_path, "d.gguf", 4096), "assistant", "full")
    answer = _order(small, _deploy_body(registry, "full", pushed.digest))
    assert answer.status_code == 507
    assert "not enough disk space" in answer.json()["error"]["message"]
    assert _active(small) == {("assistant", "v1")}


def test_a_full_tmpfs_store(gateway_factory: GatewayFactory, registry: str, tmp_path: Path) -> None:
    """The store on a real 8 MB filesystem: a 12 MB version is refused before any byte."""
    disk = tmp_path / "tiny"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root); the reserve_mb test covers the check")
    try:
        config, token = node_config(tmp_path, None)
        config = config.model_copy(
            update={"fleet": config.fleet.model_copy(update={"store": str(disk / "store")})}
        )
        base = gateway_factory(config, features=False)
        small = {"root": base.removesuffix("/v1"), "token": token}
        pushed = push_file(registry, _blob(tmp_path, "t.gguf", 12 << 20), "assistant", "tiny")
        answer = _order(small, _deploy_body(registry, "tiny", pushed.digest))
        assert answer.status_code == 507, answer.text
        assert "MB free" in answer.json()["error"]["message"]
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_two_deploys_at_once_and_a_file_that_does_not_load(
    node: dict[str, Any], registry: str, tmp_path: Path
) -> None:
    """The first pulls slowly (max_pull_mbps: 4); the second gets 409. The first's file is
    random bytes with a correct sha256: it does not load, so nothing switches."""
    pushed = push_file(registry, _blob(tmp_path, "b.gguf", 6 << 20), "assistant", "noload")
    first: list[httpx.Response] = []
    thread = threading.Thread(
        target=lambda: first.append(_order(node, _deploy_body(registry, "noload", pushed.digest)))
    )
    thread.start()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        listing = httpx.get(
            f"{node['root']}/admin/models", headers={"authorization": f"Bearer {node['token']}"}
        ).json()
        if listing["pull"]:
            break
        time.sleep(0.05)
    second = _order(node, _deploy_body(registry, "noload", pushed.digest))
    assert second.status_code == 409
    assert "a deploy of assistant@noload is in progress" in second.json()["error"]["message"]
    rollback = _order(node, {"name": "assistant"}, "rollback")
    assert rollback.status_code == 409
    thread.join(timeout=60)
    assert first[0].status_code == 500
    assert "did not load" in first[0].json()["error"]["message"]
    assert _active(node) == {("assistant", "v1")}
    models = httpx.get(
        f"{node['root']}/v1/models", headers={"authorization": f"Bearer {node['token']}"}
    ).json()
    assert "assistant@v1" in {row["id"] for row in models["data"]}


def test_disk_fills_during_the_pull(registry: str, tmp_path: Path) -> None:
    """The space check passes (a free-space probe that overstates), then the real 8 MB tmpfs
    fills mid-write: a clear 507, and v1 still serves."""
    from meshroute.api.app import create_app
    from meshroute.fleet.node import FleetNode
    from meshroute.fleet.store import ModelStore
    from support import ServerThread

    disk = tmp_path / "tiny"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    server = None
    try:
        config, token = node_config(tmp_path, None)
        assert config.fleet is not None
        fleet = config.fleet.model_copy(update={"store": str(disk / "store")})
        config = config.model_copy(update={"fleet": fleet})
        application = create_app(config)
        application.state.fleet = FleetNode(
            fleet, application.state, ModelStore(fleet, free_bytes=lambda _: 1 << 40)
        )
        server = ServerThread(application, free_port())
        server.start()
        small = {"root": f"http://127.0.0.1:{server.port}", "token": token}
        pushed = push_file(registry, _blob(tmp_path, "f.gguf", 12 << 20), "assistant", "enospc")
        answer = _order(small, _deploy_body(registry, "enospc", pushed.digest))
        assert answer.status_code == 507, answer.text
        assert "No space left on device" in answer.json()["error"]["message"]
        assert _active(small) == {("assistant", "v1")}
    finally:
        if server is not None:
            server.stop()
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _standin_hostile_registry() -> tuple[str, str, Any]:
    """A stand-in registry (a real HTTP server) whose manifest says 1000 bytes and whose blob
    never ends: the pull must stop at the manifest's size, not fill the disk."""
    from starlette.applications import Starlette
    from starlette.responses import Response, StreamingResponse
    from starlette.routing import Route

    from meshroute.fleet.artifact import (
        MANIFEST_MEDIA_TYPE,
        ModelArtifact,
        build_manifest,
        digest_of,
    )
    from support import ServerThread

    manifest = build_manifest(ModelArtifact("assistant", "hostile", "gguf", 1000, "ab" * 32))

    async def manifests(request: Any) -> Response:
        return Response(manifest, media_type=MANIFEST_MEDIA_TYPE)

    async def blob(request: Any) -> Response:
        async def endless() -> Any:  # 64 MB, or until the node hangs up
            for _ in range(1024):
                if await request.is_disconnected():
                    return
                yield b"x" * 65536

        return StreamingResponse(endless(), media_type="application/octet-stream")

    repo = "/v2/meshroute/models/assistant"
    app = Starlette(
        routes=[
            Route(repo + "/manifests/{ref}", manifests),
            Route(repo + "/blobs/{digest}", blob),
        ]
    )
    server = ServerThread(app, free_port())
    server.start()
    return f"http://127.0.0.1:{server.port}", digest_of(manifest), server


def test_a_registry_sending_too_much_is_cut_off(node: dict[str, Any]) -> None:
    url, digest, server = _standin_hostile_registry()
    try:
        answer = _order(node, _deploy_body(url, "hostile", digest))
    finally:
        server.stop()
    assert answer.status_code == 502
    assert "more bytes than the manifest's size" in answer.json()["error"]["message"]
    part = node["store"] / "partial" / f"{'ab' * 32}.part"
    assert part.stat().st_size <= 1000
    part.unlink()
    assert _active(node) == {("assistant", "v1")}


def test_a_client_that_hangs_up_does_not_cancel_the_deploy(
    gateway_factory: GatewayFactory, registry: str, model_file: Path, tmp_path: Path
) -> None:
    config, token = node_config(tmp_path, None, max_pull_mbps=100)  # about 1 s for 98 MB
    root = gateway_factory(config, features=False).removesuffix("/v1")
    impatient = {"root": root, "token": token}
    pushed = push_file(registry, model_file, "assistant", "v2")
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(
            f"{root}/admin/models/deploy",
            json=_deploy_body(registry, "v2", pushed.digest),
            headers={"authorization": f"Bearer {token}"},
            timeout=httpx.Timeout(5, read=0.5),
        )
    deadline = time.monotonic() + 60
    while _active(impatient) != {("assistant", "v2")}:
        assert time.monotonic() < deadline, "the deploy did not finish after the client left"
        time.sleep(0.2)
