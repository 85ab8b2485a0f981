"""End to end: a real registry, two real nodes, the `meshroute models` CLI.

Push the packaged GGUF as assistant@v2, deploy it to both nodes while a client keeps sending
requests (none fails), see `/v1/models` and `models status` change, roll back.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import httpx
from fleetkit import admin_key, node_config
from typer.testing import CliRunner

from meshroute.cli import app
from support import GatewayFactory

runner = CliRunner()


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _model_ids(base: str, token: str) -> set[str]:
    response = httpx.get(f"{base}/models", headers={"authorization": f"Bearer {token}"})
    return {row["id"] for row in response.json()["data"]}


class Traffic:
    """Clients sending chat requests to `assistant` in a loop, one plain and one streamed (so a
    stream is in flight when the swap happens); every outcome is kept."""

    def __init__(self, base: str, token: str) -> None:
        self.base, self.token = base, token
        self.ok: list[str] = []  # the model that answered each plain request
        self.streams: list[str] = []  # the model of each completed stream
        self.failures: list[str] = []
        self.stop = threading.Event()
        self.threads = [
            threading.Thread(target=self._run, args=(stream,), daemon=True)
            for stream in (False, True)
        ]

    def _run(self, stream: bool) -> None:
        body = {"model": "assistant", "max_tokens": 16 if stream else 4, "stream": stream,
                "messages": [{"role": "user", "content": "Say hi"}]}  # fmt: skip
        headers = {"authorization": f"Bearer {self.token}"}
        with httpx.Client(timeout=60) as client:
            while not self.stop.is_set():
                try:
                    response = client.post(f"{self.base}/chat/completions", json=body,
                                           headers=headers)  # fmt: skip
                except httpx.HTTPError as exc:
                    self.failures.append(type(exc).__name__)
                    continue
                if response.status_code != 200:
                    self.failures.append(f"{response.status_code} {response.text[:200]}")
                elif not stream:
                    self.ok.append(response.json()["model"])
                elif response.text.rstrip().endswith("data: [DONE]") and '"error"' not in (
                    response.text
                ):
                    first = response.text.split("data: ", 2)[1]
                    self.streams.append(json.loads(first)["model"])
                else:
                    self.failures.append(f"broken stream: {response.text[-200:]}")

    def __enter__(self) -> Traffic:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


def _start_nodes(
    gateway_factory: GatewayFactory, tmp_path: Path, key: tuple[str, str]
) -> list[str]:
    """Two nodes sharing the admin key, each serving the packaged default model as v1."""
    nodes = []
    for index in range(2):
        directory = tmp_path / f"node{index}"
        directory.mkdir()
        config, _ = node_config(directory, None, key=key)  # v1: the packaged default model
        nodes.append(gateway_factory(config, features=False))
    return nodes


def _push_v2(model_file: Path, registry: str) -> dict[str, Any]:
    """`models push` of the packaged GGUF as assistant@v2; its manifest summary."""
    code, out, err = cli("models", "push", str(model_file), "--registry", registry,
                         "--name", "assistant", "--version", "v2", "--json")  # fmt: skip
    assert code == 0, err
    pushed: dict[str, Any] = json.loads(out)
    assert pushed["name"] == "assistant" and pushed["version"] == "v2"
    assert pushed["digest"].startswith("sha256:")
    return pushed


def _deploy_v2_under_traffic(nodes: list[str], roots: list[str], registry: str, token: str) -> None:
    """Deploy v2 to both nodes while clients keep sending: none fails, both swap to v2."""
    with Traffic(nodes[0], token) as traffic:
        code, out, err = cli("models", "deploy", "assistant@v2", "--registry", registry,
                             "--node", roots[0], "--node", roots[1], "--key", token,
                             "--json")  # fmt: skip
        assert code == 0, err
        deployed = json.loads(out)
        assert deployed["failed"] == [] and set(deployed["nodes"]) == set(roots)
        while len(traffic.ok) < 3 or traffic.ok[-1] != "assistant-v2":
            assert not traffic.failures
            traffic.stop.wait(0.1)
    assert traffic.failures == []
    assert traffic.ok[0] != "assistant-v2" and traffic.ok[-1] == "assistant-v2"
    assert traffic.streams[0] != "assistant-v2"  # streams began on v1 and completed
    for base in nodes:
        ids = _model_ids(base, token)
        assert "assistant@v2" in ids and "assistant@v1" not in ids


def _redeploy_over_corrupted_store(
    tmp_path: Path, nodes: list[str], roots: list[str], registry: str, token: str
) -> None:
    """v2 again from the store (no pull); a corrupted stored copy is refused, then pulled."""
    # v2 again: the store still has its file (kept for rollback), so no pull, only a check
    code, out, err = cli("models", "deploy", "assistant@v2", "--registry", registry,
                         "--node", roots[0], "--key", token, "--json")  # fmt: skip
    assert code == 0, err
    again = json.loads(out)["nodes"][roots[0]]
    assert again["resumed_from"] == 0 and again["pull_seconds"] < 5
    # a stored version is checked again before use: corrupted on disk, it is refused (and
    # deleted), v1 keeps serving; the next deploy pulls it again
    cli("models", "rollback", "assistant", "--node", roots[0], "--key", token)
    stored = next((tmp_path / "node0" / "store" / "models").rglob("assistant-v2.gguf"))
    with stored.open("r+b") as sink:
        sink.seek(1000)
        sink.write(b"\x00" * 16)
    deploy = ("models", "deploy", "assistant@v2", "--registry", registry, "--node", roots[0],
              "--key", token, "--json")  # fmt: skip
    code, out, err = cli(*deploy)
    assert code == 1 and "does not match the manifest" in err
    assert "assistant@v1" in _model_ids(nodes[0], token) and not stored.exists()
    code, out, err = cli(*deploy)
    assert code == 0, err
    assert json.loads(out)["nodes"][roots[0]]["pull_seconds"] > 0
    assert "assistant@v2" in _model_ids(nodes[0], token)


def test_push_deploy_under_traffic_then_rollback(
    gateway_factory: GatewayFactory, registry: str, model_file: Path, tmp_path: Path
) -> None:
    key = admin_key(tmp_path)  # one admin key for the fleet
    token = key[1]
    nodes = _start_nodes(gateway_factory, tmp_path, key)
    roots = [base.removesuffix("/v1") for base in nodes]
    assert "assistant@v1" in _model_ids(nodes[0], token)

    pushed = _push_v2(model_file, registry)

    _deploy_v2_under_traffic(nodes, roots, registry, token)

    code, out, err = cli("models", "status", "--node", roots[0], "--key", token, "--json")
    assert code == 0, err
    rows = {(r["version"], r["active"], r["digest"]) for r in json.loads(out)["models"]}
    assert ("v2", True, pushed["digest"]) in rows and ("v1", False, None) in rows

    code, out, err = cli("models", "rollback", "assistant", "--node", roots[0], "--key", token)
    assert code == 0, err
    assert "assistant@v1" in _model_ids(nodes[0], token)
    code, out, err = cli("models", "rollback", "assistant", "--node", roots[0], "--key", token)
    assert code == 1 and "no previous version" in err

    _redeploy_over_corrupted_store(tmp_path, nodes, roots, registry, token)

    code, out, err = cli("models", "status", "--node", roots[0], "--node", roots[1],
                         "--key", token)  # fmt: skip
    assert code == 0, err
    table = [line for line in out.splitlines() if "assistant" in line]
    assert len(table) == 4  # two nodes, v1 and v2 each
    assert all(roots[0] in line or roots[1] in line for line in table)
    assert sum(" v2 " in line and "yes" in line for line in table) == 2
