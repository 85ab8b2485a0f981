"""Start the three things bench/overhead.py measures, all on 127.0.0.1: the stand-in upstream,
meshroute in front of it, and the LiteLLM proxy (in its own virtualenv) in front of it."""

from __future__ import annotations

import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

from _loadgen import HOST, Server, free_port, pinned

ROOT = Path(__file__).resolve().parent.parent
LITELLM_VENV = ROOT / "bench" / ".venv-litellm"
LITELLM_REQS = ROOT / "bench" / "requirements-litellm.txt"

MESHROUTE_CONFIG = """\
server: {{host: 127.0.0.1, port: {port}}}
ledger: {ledger}
targets:
  - name: standin
    kind: openai
    base_url: http://127.0.0.1:{upstream}/v1
    api_key: sk-standin
    upstream_model: standin-model
    tier: local
    zone: private
    models: {{assistant: v1}}
"""

LITELLM_CONFIG = """\
model_list:
  - model_name: standin-model
    litellm_params:
      model: openai/standin-model
      api_base: http://127.0.0.1:{upstream}/v1
      api_key: sk-standin
litellm_settings:
  telemetry: false
general_settings:
  master_key: sk-bench   # LiteLLM refuses to start without one; wrk sends it
"""

# Keep LiteLLM off the network (it fetches a model price map at start) and quiet.
LITELLM_ENV = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_TELEMETRY": "False",
    "LITELLM_LOG": "ERROR",
    "DISABLE_ADMIN_UI": "True",
    "NO_DOCS": "True",
}


@dataclass
class Target:
    """A running server to measure: where to send chat completions and which model to ask."""

    name: str
    url: str
    model: str
    server: Server


def start_upstream(workdir: Path, cpu: int | None) -> Target:
    port = free_port()
    script = ROOT / "tests" / "standin_upstream.py"
    server = Server(
        "standin",
        pinned([sys.executable, str(script), "--port", str(port)], cpu),
        workdir / "standin.log",
    )
    server.wait_http(f"http://{HOST}:{port}/health", timeout=30)
    return Target("direct", f"http://{HOST}:{port}/v1/chat/completions", "standin-model", server)


def meshroute_bin() -> Path:
    return Path(sys.executable).parent / "meshroute"


def start_meshroute(
    workdir: Path, upstream_port: int, cpu: int | None, ledger: bool = True
) -> Target:
    port = free_port()
    config = workdir / ("meshroute.yaml" if ledger else "meshroute-noledger.yaml")
    (workdir / "ledger.db").unlink(missing_ok=True)
    book = f'{{url: "sqlite:///{workdir / "ledger.db"}"}}' if ledger else "{enabled: false}"
    config.write_text(MESHROUTE_CONFIG.format(port=port, upstream=upstream_port, ledger=book))
    cmd = [str(meshroute_bin()), "serve", "--config", str(config), "--port", str(port)]
    server = Server("meshroute", pinned(cmd, cpu), workdir / "meshroute.log")
    try:
        server.wait_http(f"http://{HOST}:{port}/readyz", timeout=120)
    except RuntimeError:
        server.stop()
        raise
    # model "auto": the sensitivity scan, complexity score and decide run on every request
    name = "meshroute" if ledger else "meshroute-noledger"
    return Target(name, f"http://{HOST}:{port}/v1/chat/completions", "auto", server)


def litellm_bin() -> Path:
    return LITELLM_VENV / "bin" / "litellm"


def litellm_version() -> str:
    py = LITELLM_VENV / "bin" / "python"
    out = subprocess.run(
        [str(py), "-c", "import importlib.metadata as m;print(m.version('litellm'))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip() or "?"


def ensure_litellm() -> None:
    """Create bench/.venv-litellm and install the pinned litellm[proxy] there (once)."""
    if litellm_bin().exists():
        return
    print(
        f"installing LiteLLM into {LITELLM_VENV} (pinned in {LITELLM_REQS.name}); "
        "this takes a minute or two ...",
        file=sys.stderr,
        flush=True,
    )
    venv.EnvBuilder(with_pip=True, clear=True).create(LITELLM_VENV)
    subprocess.run(
        [str(LITELLM_VENV / "bin" / "pip"), "install", "-q", "-r", str(LITELLM_REQS)], check=True
    )


def start_litellm(workdir: Path, upstream_port: int, cpu: int | None) -> Target:
    ensure_litellm()
    port = free_port()
    config = workdir / "litellm.yaml"
    config.write_text(LITELLM_CONFIG.format(upstream=upstream_port))
    cmd = [
        str(litellm_bin()),
        "--config",
        str(config),
        "--host",
        HOST,
        "--port",
        str(port),
        "--num_workers",
        "1",
    ]
    server = Server("litellm", pinned(cmd, cpu), workdir / "litellm.log", env=LITELLM_ENV)
    try:
        server.wait_http(f"http://{HOST}:{port}/health/liveliness", timeout=180)
    except RuntimeError:
        server.stop()
        raise
    return Target("litellm", f"http://{HOST}:{port}/v1/chat/completions", "standin-model", server)
