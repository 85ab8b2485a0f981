"""Hostile and malformed input to the fleet's entry points: admin routes, manifests, CLI flags,
the store's state file. Each answers a clear error in bounded time; nothing changes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from fleetkit import node_config
from typer.testing import CliRunner

from meshroute.auth.keyfile import new_key, read_keys, write_keys
from meshroute.cli import app
from meshroute.config import Config
from meshroute.fleet.artifact import (
    ArtifactError,
    ModelArtifact,
    build_manifest,
    parse_manifest,
    split_reference,
)
from meshroute.fleet.overlay import with_fleet_state
from meshroute.fleet.registry import RegistryError, push_file
from meshroute.fleet.store import ModelRecord, ModelStore, StoreState, VersionRecord
from support import GatewayFactory, free_port

SHA = "ab" * 32


@pytest.fixture(scope="module")
def node(
    gateway_factory: GatewayFactory, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    directory = tmp_path_factory.mktemp("inputs-node")
    config, token = node_config(directory, None)
    key_file = Path(str(config.server.key_file))
    user_token, record = new_key("user", existing=read_keys(key_file))
    write_keys(key_file, [*read_keys(key_file), record])
    base = gateway_factory(config, features=False)
    return {"root": base.removesuffix("/v1"), "admin": token, "user": user_token}


def _post(node: dict[str, Any], content: bytes, key: str = "admin") -> httpx.Response:
    return httpx.post(
        f"{node['root']}/admin/models/deploy",
        content=content,
        headers={"authorization": f"Bearer {node[key]}", "content-type": "application/json"},
        timeout=30,
    )


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"x" * 100_000, "larger than any order"),
        (b"[" * 10_000, "not JSON"),  # deeper than any parser allows
        (b"\xff\xfe", "not JSON"),
        (b"[]", "JSON object"),
        (b'{"name": 1}', "'name' as a string"),
        (
            orjson.dumps({"name": "A" * 5000, "version": "v", "digest": "d", "registry": "r"}),
            "model name",
        ),
        (
            orjson.dumps({"name": "a", "version": "../../x", "digest": "d", "registry": "r"}),
            "a version is",
        ),
        (
            orjson.dumps({"name": "a", "version": "v2", "digest": "sha256:zz", "registry": "r"}),
            "a digest is",
        ),
        (
            orjson.dumps(
                {"name": "assistant", "version": "v2", "digest": f"sha256:{SHA}", "registry": "f"}
            ),
            "http:// or https://",
        ),
        (
            orjson.dumps(
                {
                    "name": "other",
                    "version": "v2",
                    "digest": f"sha256:{SHA}",
                    "registry": "http://x",
                }
            ),
            "no embedded target on this node serves 'other'",
        ),
    ],
)
def test_malformed_orders(node: dict[str, Any], content: bytes, needle: str) -> None:
    answer = _post(node, content)
    assert 400 <= answer.status_code < 500
    assert needle in answer.json()["error"]["message"]


def test_admin_key_required(node: dict[str, Any]) -> None:
    assert httpx.get(f"{node['root']}/admin/models").status_code == 401
    user = httpx.get(
        f"{node['root']}/admin/models", headers={"authorization": f"Bearer {node['user']}"}
    )
    assert user.status_code == 403
    assert _post(node, b"{}", key="user").status_code == 403


def test_no_fleet_store_and_open_nodes(gateway_factory: GatewayFactory, tmp_path: Path) -> None:
    config, token = node_config(tmp_path, None)
    plain = gateway_factory(config.model_copy(update={"fleet": None}), features=False)
    answer = httpx.get(
        plain.removesuffix("/v1") + "/admin/models", headers={"authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 404 and "no fleet store" in answer.json()["error"]["message"]
    server = config.server.model_copy(update={"key_file": None})
    open_node = gateway_factory(config.model_copy(update={"server": server}), features=False)
    answer = httpx.get(open_node.removesuffix("/v1") + "/admin/models")
    assert answer.status_code == 403 and "need an admin key" in answer.json()["error"]["message"]


def _manifest(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = orjson.loads(
        build_manifest(ModelArtifact("assistant", "v2", "gguf", 10, SHA))
    )
    body.update(changes)
    return body


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"[" * 100_000,
        orjson.dumps(_manifest(artifactType="application/vnd.oci.image.config.v1+json")),
        orjson.dumps(_manifest(layers=[])),
        orjson.dumps(_manifest(layers=[{"digest": f"sha256:{SHA}", "size": 11}])),
        orjson.dumps(_manifest(annotations={"dev.meshroute.model.name": "assistant"})),
        orjson.dumps(
            _manifest(
                annotations={**_manifest()["annotations"], "dev.meshroute.model.size": "1e99"}
            )
        ),
        orjson.dumps(
            _manifest(
                annotations={**_manifest()["annotations"], "dev.meshroute.model.format": "pickle"}
            )
        ),
    ],
)
def test_manifests_that_are_not_model_versions(raw: bytes) -> None:
    with pytest.raises(ArtifactError):
        parse_manifest(raw)


def test_manifest_round_trip_and_references() -> None:
    artifact = ModelArtifact("assistant", "v2", "gguf", 10, SHA)
    assert parse_manifest(build_manifest(artifact)) == artifact
    assert split_reference("assistant@v2") == ("assistant", "v2")
    for bad in ("assistant", "@v2", "Assistant@v2", "a@" + "v" * 200, "a@b@c"):
        with pytest.raises(ArtifactError):
            split_reference(bad)


def test_versions_are_immutable(registry: str, tmp_path: Path) -> None:
    first, second = tmp_path / "1.gguf", tmp_path / "2.gguf"
    first.write_bytes(os.urandom(1000))
    second.write_bytes(os.urandom(1000))
    pushed = push_file(registry, first, "immutable", "v1")
    assert push_file(registry, first, "immutable", "v1").digest == pushed.digest  # a no-op
    with pytest.raises(RegistryError, match="versions are immutable"):
        push_file(registry, second, "immutable", "v1")


def test_cli_errors_are_one_line(registry: str, tmp_path: Path) -> None:
    runner = CliRunner()
    down = f"http://127.0.0.1:{free_port()}"
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    result = runner.invoke(
        app, ["models", "push", str(model), "--registry", down, "--name", "a", "--version", "v1"]
    )
    assert result.exit_code == 1 and "unreachable" in result.stderr
    result = runner.invoke(
        app, ["models", "deploy", "nothere@v1", "--registry", registry, "--node", down,
              "--key", "k"],
    )  # fmt: skip
    assert result.exit_code == 1 and "not in the registry" in result.stderr
    pushed = push_file(registry, model, "a", "v1")
    result = runner.invoke(
        app, ["models", "deploy", "a@v1", "--registry", registry, "--node", down, "--key", "k",
              "--json"],
    )  # fmt: skip
    assert result.exit_code == 1
    assert json.loads(result.stdout)["failed"] == [down] and pushed.digest in result.stdout
    assert f"deploy failed on {down}: cannot reach" in result.stderr
    result = runner.invoke(app, ["models", "status", "--node", "ftp://x", "--key", "k"])
    assert result.exit_code == 1 and "http:// or https://" in result.stderr


def test_restart_serves_the_deployed_version(tmp_path: Path) -> None:
    """The store's active version is applied on top of the config file at start and reload."""
    config, _ = node_config(tmp_path, None)
    assert config.fleet is not None
    store = ModelStore(config.fleet)
    record = ModelRecord(
        history=["v1", "v2"],
        versions={
            "v1": VersionRecord(baseline=True),
            "v2": VersionRecord(file="models/assistant/v2/assistant-v2.gguf", sha256=SHA, size=1),
        },
    )
    store.save(StoreState(models={"assistant": record}))
    served = with_fleet_state(config).targets[0]
    assert served.models == {"assistant": "v2"}
    assert getattr(served, "model_path", None) == str(
        tmp_path / "store" / "models/assistant/v2/assistant-v2.gguf"
    )
    (tmp_path / "store" / "fleet.json").write_text("{not json")
    assert with_fleet_state(config) == config  # an unreadable state: the file's models, logged
    assert with_fleet_state(Config.model_validate({**config.model_dump(), "fleet": None}))


def test_one_order_at_a_time_across_worker_processes(tmp_path: Path) -> None:
    """The store lock is a file lock: a second holder (another worker) is refused."""
    config, _ = node_config(tmp_path, None)
    assert config.fleet is not None
    first, second = ModelStore(config.fleet), ModelStore(config.fleet)
    held = first.try_lock()
    assert held is not None and second.try_lock() is None
    os.close(held)
    again = second.try_lock()
    assert again is not None
    os.close(again)


def test_prune_keeps_the_last_versions_and_deletes_older_files(tmp_path: Path) -> None:
    config, _ = node_config(tmp_path, None, keep_versions=2)
    assert config.fleet is not None
    store = ModelStore(config.fleet)
    versions = {"v1": VersionRecord(baseline=True)}
    for version in ("v2", "v3"):
        file = Path("models", "assistant", version, f"assistant-{version}.gguf")
        (store.root / file).parent.mkdir(parents=True)
        (store.root / file).write_bytes(b"GGUF")
        versions[version] = VersionRecord(file=str(file), sha256=SHA, size=4)
    state = StoreState(models={"assistant": ModelRecord(history=["v1", "v2", "v3"],
                                                        versions=versions)})  # fmt: skip
    store.prune(state, "assistant")
    record = state.models["assistant"]
    assert record.history == ["v2", "v3"] and set(record.versions) == {"v2", "v3"}
    state.models["assistant"].history.append("v2")  # a redeploy of v2: v3 is then the previous
    store.prune(state, "assistant")
    assert set(state.models["assistant"].versions) == {"v2", "v3"}
    store.config = store.config.model_copy(update={"keep_versions": 1})
    store.prune(state, "assistant")
    assert set(state.models["assistant"].versions) == {"v2"}
    assert not (store.root / "models" / "assistant" / "v3").exists()
    assert (store.root / "models" / "assistant" / "v2" / "assistant-v2.gguf").is_file()
