"""End to end: a real registry, two real nodes, the `meshroute models` CLI.

Push the packaged GGUF as assistant@v2, deploy it to both nodes while a client keeps sending
requests (none fails), see `/v1/models` and `models status` change, roll back.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import httpx
from fleetkit import node_config
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
    """A client sending chat requests to `assistant` in a loop; counts every outcome."""

    def __init__(self, base: str, token: str) -> None:
        self.base, self.token = base, token
        self.ok: list[str] = []
        self.failures: list[str] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        body = {"model": "assistant", "max_tokens": 4,
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
                if response.status_code == 200:
                    self.ok.append(response.json()["model"])
                else:
                    self.failures.append(f"{response.status_code} {response.text[:200]}")

    def __enter__(self) -> Traffic:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=60)


def test_push_deploy_under_traffic_then_rollback(
    gateway_factory: GatewayFactory, registry: str, model_file: Path, tmp_path: Path
) -> None:
    nodes, tokens = [], []
    for index in range(2):
        directory = tmp_path / f"node{index}"
        directory.mkdir()
        config, token = node_config(directory, None)  # v1: the packaged default model
        nodes.append(gateway_factory(config, features=False))
        tokens.append(token)
    roots = [base.removesuffix("/v1") for base in nodes]
    assert "assistant@v1" in _model_ids(nodes[0], tokens[0])

    code, out, err = cli("models", "push", str(model_file), "--registry", registry,
                         "--name", "assistant", "--version", "v2", "--json")  # fmt: skip
    assert code == 0, err
    pushed = json.loads(out)
    assert pushed["name"] == "assistant" and pushed["version"] == "v2"
    assert pushed["digest"].startswith("sha256:")

    # both nodes share one admin token? no: each has its own key file; deploy node by node
    with Traffic(nodes[0], tokens[0]) as traffic:
        for root, token in zip(roots, tokens, strict=True):
            code, out, err = cli("models", "deploy", "assistant@v2", "--registry", registry,
                                 "--node", root, "--key", token, "--json")  # fmt: skip
            assert code == 0, err
            assert json.loads(out)["failed"] == []
        while len(traffic.ok) < 3 or traffic.ok[-1] != "assistant-v2":
            assert not traffic.failures
            traffic.stop.wait(0.1)
    assert traffic.failures == []
    assert traffic.ok[0] != "assistant-v2" and traffic.ok[-1] == "assistant-v2"
    for base, token in zip(nodes, tokens, strict=True):
        ids = _model_ids(base, token)
        assert "assistant@v2" in ids and "assistant@v1" not in ids

    code, out, err = cli("models", "status", "--node", roots[0], "--key", tokens[0], "--json")
    assert code == 0, err
    rows = {(r["version"], r["active"], r["digest"]) for r in json.loads(out)["models"]}
    assert ("v2", True, pushed["digest"]) in rows and ("v1", False, None) in rows

    code, out, err = cli("models", "rollback", "assistant", "--node", roots[0], "--key", tokens[0])
    assert code == 0, err
    assert "assistant@v1" in _model_ids(nodes[0], tokens[0])
    code, out, err = cli("models", "rollback", "assistant", "--node", roots[0], "--key", tokens[0])
    assert code == 1 and "no previous version" in err
