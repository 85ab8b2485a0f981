"""The seed's example as real `meshroute serve` processes (issue 13, docs/mesh.md).

A central node routes to a London edge node and a Frankfurt edge node (both `kind:
meshroute`), a private GPU server (assistant v2) and a cloud API (assistant v2, public).
STAND-INS: the GPU server, the cloud API and the edge nodes' own models are stand-in
upstreams (tests/standin_upstream.py: real HTTP servers, not models); the edge nodes use one
instead of the embedded model to keep the test to seconds on a shared 2-core machine. The
nodes themselves are real `meshroute serve` processes; the cloud stand-in counts every
request it gets, so "never reached the cloud" is measured there.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from meshroute.auth.keyfile import new_key, write_keys
from standin_upstream import StandinHandle, run_standin
from support import free_port, serve_process, wait_ready


def _openai(name: str, standin: StandinHandle, **fields: Any) -> dict[str, Any]:
    return {"name": name, "kind": "openai", "base_url": standin.base_url, "upstream_model": name,
            **fields}  # fmt: skip


@dataclass
class Mesh:
    central: str
    london: str
    frankfurt: str
    processes: dict[str, subprocess.Popen[str]]
    standins: dict[str, StandinHandle]
    token: str  # a client key of the London node (for direct calls)


def _node(tmp: Path, name: str, config: dict[str, Any]) -> tuple[str, subprocess.Popen[str]]:
    path = tmp / f"{name}.yaml"
    path.write_text(yaml.safe_dump({"ledger": {"enabled": False}, **config}))
    port = free_port()
    log = (tmp / f"{name}.log").open("w")
    process = serve_process(path, port, tmp, start_new_session=True, stderr=log)
    return f"http://127.0.0.1:{port}", process


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def mesh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mesh]:
    tmp = tmp_path_factory.mktemp("mesh")
    node_key, record = new_key("central-node", existing=[])
    write_keys(tmp / "edge-keys.json", [record])
    with (
        run_standin(model="london-model") as london_model,
        run_standin(model="frankfurt-model") as frankfurt_model,
        run_standin(model="gpu") as gpu,
        run_standin(model="cloud") as cloud,
    ):
        edge = {"tier": "edge", "zone": "private", "models": {"assistant": "v1"}}
        common = {"server": {"key_file": str(tmp / "edge-keys.json")}, "routing": {"ner": False}}
        london, london_p = _node(tmp, "london", {
            **common,
            "mesh": {"node": "london", "region": "eu-london"},
            "targets": [
                _openai("london-model", london_model, region="eu-london", **edge),
                # a public target on the London node, for the sensitive-header test
                _openai("cloud", cloud, tier="cloud", zone="public", models={"assistant": "v2"}),
            ],
        })  # fmt: skip
        frankfurt, frankfurt_p = _node(tmp, "frankfurt", {
            **common,
            "mesh": {"node": "frankfurt", "region": "eu-frankfurt"},
            "targets": [_openai("frankfurt-model", frankfurt_model, region="eu-frankfurt", **edge)],
        })  # fmt: skip
        processes = {"london": london_p, "frankfurt": frankfurt_p}
        try:
            wait_ready(london, 120)
            wait_ready(frankfurt, 120)
            node = {"kind": "meshroute", "api_key": node_key, "refresh_s": 1}
            central, central_p = _node(tmp, "central", {
                "mesh": {"node": "central"},
                "routing": {"ner": False, "region_distance": {
                    "eu-london": {"eu-frankfurt": 1, "us-east": 6}}},
                "targets": [
                    {"name": "london", "url": london, **node},
                    {"name": "frankfurt", "url": frankfurt, **node},
                    _openai("gpu", gpu, tier="local", zone="private", models={"assistant": "v2"}),
                    _openai("cloud", cloud, tier="cloud", zone="public", region="us-east",
                            models={"assistant": "v2"}),
                ],
            })  # fmt: skip
            processes["central"] = central_p
            wait_ready(central, 120)
            yield Mesh(central, london, frankfurt, processes,
                       {"gpu": gpu, "cloud": cloud, "london": london_model,
                        "frankfurt": frankfurt_model}, node_key)  # fmt: skip
        finally:
            for process in processes.values():
                _stop(process)


def ask(root: str, model: str, text: str = "hello there", **headers: str) -> httpx.Response:
    body = {"model": model, "messages": [{"role": "user", "content": text}], "max_tokens": 8}
    return httpx.post(f"{root}/v1/chat/completions", json=body, headers=headers, timeout=20)


LONDON_CLIENT = {"x-meshroute-region": "eu-london"}


def test_central_learns_regions_and_versions_from_the_nodes(mesh: Mesh) -> None:
    targets = httpx.get(f"{mesh.central}/admin/targets", timeout=5).json()["targets"]
    assert targets["london"]["healthy"] and targets["london"]["tier"] == "edge"
    info = httpx.get(
        f"{mesh.london}/v1/node", headers={"authorization": f"Bearer {mesh.token}"}, timeout=5
    ).json()
    assert info["node"] == "london" and info["region"] == "eu-london"
    assert {
        "name": "assistant",
        "version": "v1",
        "target": "london-model",
        "tier": "edge",
        "zone": "private",
        "healthy": True,
    } in info["models"]
    assert httpx.get(f"{mesh.london}/v1/node", timeout=5).status_code == 401  # a node key needed


def test_a_london_client_is_answered_in_london(mesh: Mesh) -> None:
    response = ask(mesh.central, "assistant", **LONDON_CLIENT)
    assert response.status_code == 200, response.text
    assert response.headers["x-meshroute-target"] == "london"
    assert response.headers["x-meshroute-nodes"] == "central,london"
    assert response.json()["model"] == "london-model"  # the London node's own model answered


def test_a_streamed_answer_crosses_the_nodes(mesh: Mesh) -> None:
    body = {"model": "assistant", "stream": True,
            "messages": [{"role": "user", "content": "hello there"}]}  # fmt: skip
    with httpx.stream(
        "POST", f"{mesh.central}/v1/chat/completions", json=body, headers=LONDON_CLIENT, timeout=20
    ) as response:
        assert response.status_code == 200
        assert response.headers["x-meshroute-nodes"] == "central,london"
        events = [line for line in response.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "data: [DONE]" and len(events) > 2


def test_assistant_v2_goes_to_the_gpu_server(mesh: Mesh) -> None:
    response = ask(mesh.central, "assistant@v2", **LONDON_CLIENT)
    assert response.status_code == 200, response.text
    assert response.headers["x-meshroute-target"] == "gpu"
    assert response.headers["x-meshroute-nodes"] == "central"


def test_a_sensitive_request_never_reaches_the_cloud(mesh: Mesh) -> None:
    cloud, gpu = mesh.standins["cloud"], mesh.standins["gpu"]
    before = cloud.stats()["requests"]
    gpu.set_mode("status", status=503)  # the private v2 server is down: only the cloud is left
    try:
        text = "my card is 4111 1111 1111 1111, email jane.doe@example.com: summarise"
        refused = ask(mesh.central, "assistant@v2", text, **LONDON_CLIENT)
        assert refused.status_code in (502, 503), refused.text
        plain = ask(mesh.central, "assistant@v2", "what is a haiku?", **LONDON_CLIENT)
        assert plain.headers["x-meshroute-target"] == "cloud"  # the cloud is up and reachable
    finally:
        gpu.set_mode("ok")
    assert cloud.stats()["requests"] == before + 1  # only the non-sensitive one


def test_a_node_honours_the_sensitive_mark_of_the_previous_hop(mesh: Mesh) -> None:
    """No entity the London node could find, but central said the request is sensitive: the
    London node keeps it off its public target; unmarked, the same request may go there."""
    cloud = mesh.standins["cloud"]
    node = {"authorization": f"Bearer {mesh.token}", "x-meshroute-hops": "1",
            "x-meshroute-via": "central"}  # fmt: skip
    before = cloud.stats()["requests"]
    marked = ask(
        mesh.london, "assistant@v2", "plain words", **node, **{"x-meshroute-sensitive": "1"}
    )
    assert marked.status_code in (403, 404, 503), marked.text
    assert cloud.stats()["requests"] == before
    unmarked = ask(mesh.london, "assistant@v2", "plain words", **node)
    assert unmarked.status_code == 200 and unmarked.headers["x-meshroute-nodes"] == "central,london"
    assert cloud.stats()["requests"] == before + 1


def test_loops_and_too_many_hops_are_refused(mesh: Mesh) -> None:
    loop = ask(mesh.central, "assistant", **{"x-meshroute-via": "london,central"})
    assert loop.status_code == 508 and loop.json()["error"]["code"] == "mesh_loop"
    assert "central" in loop.json()["error"]["message"]
    far = ask(mesh.central, "assistant", **{"x-meshroute-hops": "9", "x-meshroute-via": "a"})
    assert far.status_code == 508 and far.json()["error"]["code"] == "mesh_too_many_hops"
    for bad in ("-1", "1e9", "x" * 5000, "9" * 40):
        assert ask(mesh.central, "assistant", **{"x-meshroute-hops": bad}).status_code == 508
    long_via = ",".join(f"n{i}" for i in range(2000))
    assert ask(mesh.central, "assistant", **{"x-meshroute-via": long_via}).status_code == 508


def test_with_london_killed_its_traffic_moves_to_frankfurt_nothing_lost(mesh: Mesh) -> None:
    """Last in this module: it kills the London node."""
    _stop(mesh.processes["london"])
    # the same easy request that London answered before (an edge-tier request)
    answers = [ask(mesh.central, "assistant", **LONDON_CLIENT) for _ in range(10)]
    assert [a.status_code for a in answers] == [200] * 10
    assert {a.headers["x-meshroute-target"] for a in answers} == {"frankfurt"}
    assert {a.headers["x-meshroute-nodes"] for a in answers} == {"central,frankfurt"}
    assert mesh.standins["frankfurt"].stats()["requests"] >= 10
