"""A node killed mid-pull (SIGKILL of a real `meshroute serve`) resumes the download on the
next deploy with an HTTP Range request, verifies it, and serves the new version."""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import threading
import time
from pathlib import Path

import httpx
from fleetkit import node_config, write_config
from typer.testing import CliRunner

from meshroute.cli import app
from meshroute.fleet.registry import push_file
from support import free_port, serve_process, wait_ready


def _start(config: Path, cwd: Path) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    process = serve_process(config, port, cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = f"http://127.0.0.1:{port}"
    wait_ready(root, timeout=120)
    return process, root


def _pulled(root: str, token: str) -> int:
    try:
        listing = httpx.get(
            f"{root}/admin/models", headers={"authorization": f"Bearer {token}"}, timeout=5
        ).json()
    except httpx.HTTPError:
        return 0
    return int(listing["pull"]["received"]) if listing.get("pull") else 0


def test_killed_mid_pull_then_resumed(registry: str, model_file: Path, tmp_path: Path) -> None:
    pushed = push_file(registry, model_file, "assistant", "v2")
    config, token = node_config(tmp_path, None, max_pull_mbps=30)  # about 3 s for 98 MB
    path = write_config(tmp_path, config)
    process, root = _start(path, tmp_path)
    body = {"name": "assistant", "version": "v2", "digest": pushed.digest, "registry": registry}
    outcome: list[str] = []

    def send() -> None:
        try:
            httpx.post(
                f"{root}/admin/models/deploy",
                json=body,
                headers={"authorization": f"Bearer {token}"},
                timeout=120,
            )
            outcome.append("answered")
        except httpx.HTTPError as exc:
            outcome.append(type(exc).__name__)

    order = threading.Thread(target=send, daemon=True)
    try:
        order.start()
        deadline = time.monotonic() + 60
        while _pulled(root, token) < 20_000_000 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    order.join(timeout=30)
    assert outcome == ["RemoteProtocolError"]  # the node died before answering
    parts = list((tmp_path / "store" / "partial").glob("*.part"))
    assert len(parts) == 1
    kept = parts[0].stat().st_size
    assert 20_000_000 <= kept < pushed.size  # mid-pull: neither empty nor whole
    assert not (tmp_path / "store" / "models").exists() or not any(
        (tmp_path / "store" / "models").rglob("*.gguf")
    )  # nothing half-pulled was installed

    process, root = _start(path, tmp_path)  # the restarted node still serves v1
    try:
        result = CliRunner().invoke(
            app,
            ["models", "deploy", "assistant@v2", "--registry", registry, "--node", root,
             "--key", token, "--json"],
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
        answer = json.loads(result.stdout)["nodes"][root]
        assert answer["active"] and answer["resumed_from"] >= kept
        installed = tmp_path / "store" / "models" / "assistant" / "v2" / "assistant-v2.gguf"
        digest = hashlib.sha256(installed.read_bytes()).hexdigest()
        assert digest == hashlib.sha256(model_file.read_bytes()).hexdigest()
        assert not list((tmp_path / "store" / "partial").glob("*.part"))
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_every_worker_follows_a_deploy(registry: str, model_file: Path, tmp_path: Path) -> None:
    """`meshroute serve --workers 2`: the order reaches one worker; the other switches too
    (it watches the store's state), so every connection soon sees assistant@v2."""
    pushed = push_file(registry, model_file, "assistant", "v2")
    config, token = node_config(tmp_path, None)
    path = write_config(tmp_path, config)
    port = free_port()
    process = serve_process(
        path, port, tmp_path, "--workers", "2", stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    root = f"http://127.0.0.1:{port}"
    headers = {"authorization": f"Bearer {token}"}
    try:
        wait_ready(root, timeout=180)
        body = {"name": "assistant", "version": "v2", "digest": pushed.digest, "registry": registry}
        answer = httpx.post(f"{root}/admin/models/deploy", json=body, headers=headers, timeout=120)
        assert answer.status_code == 200, answer.text
        time.sleep(3)  # the watchers poll every second; the switch loads the model
        for _ in range(16):  # fresh connections: the kernel spreads them over both workers
            ids = {
                row["id"] for row in httpx.get(f"{root}/v1/models", headers=headers).json()["data"]
            }
            assert "assistant@v2" in ids and "assistant@v1" not in ids
    finally:
        process.terminate()
        process.wait(timeout=60)
