"""The image, built and run: it answers, runs unprivileged on a read-only root, reports healthy,
takes its config from a mounted file and the environment, and stops gracefully on SIGTERM.

Slow (the build: about a minute warm, several cold); `.ci/run` runs it. Ports on 127.0.0.1 only.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import dockerkit
import httpx
import pytest
from dockerkit import BuiltImage
from openai import OpenAI

from support import free_port

pytestmark = pytest.mark.slow

# The target's name and region come from the environment: a reply naming the target proves the
# mounted file was read and ${VAR} expanded inside the container.
CONFIG = """\
server: {default_region: "${EDGE_REGION}"}
targets:
  - name: "${EDGE_NAME}"
    kind: embedded
    tier: edge
    zone: private
    region: "${EDGE_REGION}"
    models: {assistant: v1}
    engine: {threads: 1, parallel: 2, context: 2048}
"""


@dataclass(frozen=True)
class Running:
    name: str
    port: int
    ready_seconds: float

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def running(
    meshroute_image: BuiltImage, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Running]:
    config = tmp_path_factory.mktemp("config") / "meshroute.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    config.chmod(0o644)
    name, port = f"meshroute-test-image-{os.getpid()}", free_port()
    dockerkit.docker(
        "run", "--detach", "--name", name, "--read-only", "--tmpfs", "/tmp",
        "--health-interval", "2s", "--health-start-period", "120s",
        "--publish", f"127.0.0.1:{port}:8080",
        "--volume", f"{config}:/etc/meshroute/config.yaml:ro",
        "--env", "MESHROUTE_CONFIG=/etc/meshroute/config.yaml",
        "--env", "EDGE_NAME=edge-from-env", "--env", "EDGE_REGION=eu-test",
        "--env", "MESHROUTE_SHUTDOWN_TIMEOUT=50",
        meshroute_image.tag,
    )  # fmt: skip
    try:
        ready = dockerkit.wait_http(f"http://127.0.0.1:{port}/readyz", timeout=240)
        yield Running(name, port, ready)
    except TimeoutError:
        logs = dockerkit.docker("logs", "--tail", "40", name, check=False)
        pytest.fail(f"container not ready: {logs.stdout[-3000:]}{logs.stderr[-3000:]}")
    finally:
        dockerkit.docker("rm", "--force", name, check=False)


def test_answers_through_the_openai_client(running: Running) -> None:
    client = OpenAI(base_url=f"{running.url}/v1", api_key="unused", max_retries=0, timeout=120)
    raw = client.chat.completions.with_raw_response.create(
        model="assistant",
        messages=[{"role": "user", "content": "What is the capital of France?"}],
        max_tokens=24,
    )
    reply = raw.parse()
    assert raw.headers["x-meshroute-target"] == "edge-from-env"
    assert raw.headers["x-meshroute-tier"] == "edge"
    assert reply.choices[0].message.content
    assert reply.usage is not None and reply.usage.completion_tokens > 0


def test_runs_unprivileged_on_a_read_only_root(running: Running) -> None:
    assert dockerkit.docker("exec", running.name, "id", "-u").stdout.strip() == "10001"
    user = dockerkit.docker("inspect", "--format", "{{.Config.User}}", running.name).stdout
    assert user.strip() == "10001:10001"
    wrote = dockerkit.docker("exec", running.name, "touch", "/opt/meshroute/x", check=False)
    assert wrote.returncode != 0 and "Read-only file system" in wrote.stderr
    # ... and it still answered (previous test), with only /tmp and its volume writable.


def test_healthcheck_reports_healthy(running: Running) -> None:
    deadline = time.monotonic() + 60
    status = ""
    while time.monotonic() < deadline:
        status = dockerkit.docker(
            "inspect", "--format", "{{.State.Health.Status}}", running.name
        ).stdout.strip()
        if status == "healthy":
            break
        time.sleep(1)
    assert status == "healthy"


BAD_ENVIRONMENT = {
    "missing config": ("MESHROUTE_CONFIG=/etc/meshroute/absent.yaml", "absent.yaml"),
    "port not a number": ("MESHROUTE_PORT=8080; rm -rf /", "--port"),
    "port out of range": ("MESHROUTE_PORT=70000", "--port"),
    "drain of zero": ("MESHROUTE_SHUTDOWN_TIMEOUT=0", "--shutdown-timeout"),
}


@pytest.mark.parametrize(("variable", "named"), BAD_ENVIRONMENT.values(), ids=list(BAD_ENVIRONMENT))
def test_a_bad_setting_fails_fast_with_a_clear_error(
    meshroute_image: BuiltImage, variable: str, named: str
) -> None:
    """Exit 2 at once, naming what is wrong; a value is never run as a shell command."""
    name = f"meshroute-test-bad-{os.getpid()}-{variable.split('=')[0].lower()}"
    try:
        done = dockerkit.docker(
            "run", "--rm", "--name", name, "--env", variable, meshroute_image.tag,
            timeout=120, check=False,
        )  # fmt: skip
    finally:  # a server that started anyway would outlive the killed client
        dockerkit.docker("rm", "--force", name, check=False)
    assert done.returncode == 2, done.stderr[-2000:]
    assert named in done.stderr


def test_sigterm_lets_a_stream_finish_and_exits_zero(running: Running) -> None:
    """Runs last in this module: it stops the container."""
    first_chunk = threading.Event()
    lines: list[str] = []
    body = {
        "model": "assistant",
        "stream": True,
        "max_tokens": 48,
        "messages": [{"role": "user", "content": "Name three rivers of Europe."}],
    }

    def stream() -> None:
        with httpx.stream(
            "POST", f"{running.url}/v1/chat/completions", json=body, timeout=120
        ) as r:
            for line in r.iter_lines():
                if line:
                    lines.append(line)
                    first_chunk.set()

    reader = threading.Thread(target=stream)
    reader.start()
    assert first_chunk.wait(60), "the stream never started"
    stopped = time.monotonic()
    dockerkit.docker("stop", "--time", "60", running.name, timeout=120)
    stop_seconds = time.monotonic() - stopped
    reader.join(60)
    assert lines[-1] == "data: [DONE]"
    assert not any('"error"' in line for line in lines)
    exit_code = dockerkit.docker("inspect", "--format", "{{.State.ExitCode}}", running.name)
    assert exit_code.stdout.strip() == "0"
    assert stop_seconds < 60  # it exited by itself, not by the SIGKILL after --time
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{running.url}/healthz", timeout=5)


def test_context_is_small(meshroute_image: BuiltImage) -> None:
    """The .dockerignore keeps tests, docs, data and the venv out of the build context."""
    ignore = (dockerkit.ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert ignore[ignore.index("*") :][:1] == ["*"]  # deny by default, then allow a few paths
    allowed = [line[1:] for line in ignore if line.startswith("!")]
    assert all((dockerkit.ROOT / path.rstrip("/")).exists() for path in allowed)
    assert not any(Path(path).parts[0] in {"tests", ".venv", "docs", "bench"} for path in allowed)
