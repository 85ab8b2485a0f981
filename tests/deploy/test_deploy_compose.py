"""The Compose mesh (deploy/compose) on this machine: two edge nodes in two regions, a central node,
a stand-in GPU server, Redis and PostgreSQL. `docker-compose up` brings it up and the central node
answers: each region's client is served by its own edge node, assistant@v2 by the GPU server,
every request lands in the PostgreSQL ledger, and a stopped edge node's traffic moves to the other.

Slow (about a minute with the images built); `.ci/run` runs it. Only the central node is
published, on 127.0.0.1.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass

import dockerkit
import pytest
from dockerkit import BuiltImage
from openai import OpenAI
from openai.types.chat import ChatCompletionMessageParam

from support import free_port

pytestmark = pytest.mark.slow

QUESTION: list[ChatCompletionMessageParam] = [
    {"role": "user", "content": "What is the capital of France?"}
]


@dataclass(frozen=True)
class Mesh:
    project: str
    env: dict[str, str]
    url: str
    up_seconds: float

    def compose(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        command = [dockerkit.compose_cli(), "--project-name", self.project, *args]
        return subprocess.run(
            command, cwd=dockerkit.COMPOSE_DIR, env=self.env, capture_output=True, text=True,
            timeout=timeout, check=False,
        )  # fmt: skip

    def client(self, region: str) -> OpenAI:
        return OpenAI(
            base_url=f"{self.url}/v1", api_key="unused", max_retries=0, timeout=120,
            default_headers={"x-meshroute-region": region},
        )  # fmt: skip


@pytest.fixture(scope="module")
def mesh(meshroute_image: BuiltImage) -> Iterator[Mesh]:
    port = free_port()
    env = {
        **os.environ,
        "MESHROUTE_IMAGE": meshroute_image.tag,
        "MESHROUTE_REDIS_IMAGE": dockerkit.service_image("redis"),
        "MESHROUTE_POSTGRES_IMAGE": dockerkit.service_image("postgres"),
        "MESHROUTE_PORT": str(port),
    }
    mesh = Mesh(f"meshroute-test-{os.getpid()}", env, f"http://127.0.0.1:{port}", 0.0)
    started = time.monotonic()
    try:
        up = mesh.compose("up", "--detach")
        assert up.returncode == 0, up.stderr[-3000:]
        dockerkit.wait_http(f"{mesh.url}/readyz", timeout=240)
        yield Mesh(mesh.project, env, mesh.url, time.monotonic() - started)
    except (AssertionError, TimeoutError) as exc:
        logs = mesh.compose("logs", "--tail", "30", "--no-color")
        pytest.fail(f"the mesh did not come up: {exc}\n{logs.stdout[-6000:]}")
    finally:
        mesh.compose("down", "--volumes", "--remove-orphans", "--timeout", "20")


@pytest.mark.parametrize("region", ["eu-london", "eu-frankfurt"])
def test_each_region_is_answered_by_its_edge_node(mesh: Mesh, region: str) -> None:
    raw = mesh.client(region).chat.completions.with_raw_response.create(
        model="assistant", messages=QUESTION, max_tokens=24
    )
    assert raw.headers["x-meshroute-target"] == f"edge-{region}"
    assert raw.headers["x-meshroute-tier"] == "edge"
    assert raw.parse().choices[0].message.content


def test_assistant_v2_goes_to_the_gpu_server(mesh: Mesh) -> None:
    raw = mesh.client("eu-london").chat.completions.with_raw_response.create(
        model="assistant@v2", messages=[{"role": "user", "content": "Hello GPU"}]
    )
    assert raw.headers["x-meshroute-target"] == "gpu-box"
    content = raw.parse().choices[0].message.content or ""
    assert content == "stand-in GPU reply (qwen2.5-7b-instruct): Hello GPU"


def test_streams_cross_the_mesh(mesh: Mesh) -> None:
    stream = mesh.client("eu-frankfurt").chat.completions.create(
        model="assistant", messages=QUESTION, max_tokens=16, stream=True
    )
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text


def test_requests_are_in_the_postgresql_ledger(mesh: Mesh) -> None:
    query = "select target, count(*) from requests group by target order by target"
    # at least: London's question, Frankfurt's question and stream, the GPU's v2 request
    expected = {"edge-eu-london": 1, "edge-eu-frankfurt": 2, "gpu-box": 1}
    rows: dict[str, int] = {}
    deadline = time.monotonic() + 30  # the ledger writes in batches (flush interval)
    while time.monotonic() < deadline:
        done = mesh.compose(
            "exec", "-T", "postgres", "psql", "-U", "meshroute", "-d", "meshroute", "-tAc", query
        )
        assert done.returncode == 0, done.stderr
        pairs = (line.split("|") for line in done.stdout.split())
        rows = {target: int(count) for target, count in pairs}
        if all(rows.get(target, 0) >= count for target, count in expected.items()):
            break
        time.sleep(1)
    assert {target: rows.get(target, 0) for target in expected} == expected


def test_the_central_node_keeps_its_state_in_redis(mesh: Mesh) -> None:
    done = mesh.compose("exec", "-T", "redis", "redis-cli", "--scan", "--pattern", "meshroute:*")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split(), "no shared-state keys in Redis"


def test_a_stopped_edge_node_moves_its_traffic(mesh: Mesh) -> None:
    """Runs last: it stops the Frankfurt node; Frankfurt's clients are then served from London."""
    stopped = mesh.compose("stop", "--timeout", "30", "edge-frankfurt")
    assert stopped.returncode == 0, stopped.stderr
    raw = mesh.client("eu-frankfurt").chat.completions.with_raw_response.create(
        model="assistant", messages=QUESTION, max_tokens=16
    )
    assert raw.headers["x-meshroute-target"] == "edge-eu-london"
    assert raw.parse().choices[0].message.content
