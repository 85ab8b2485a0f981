"""Helpers of the edge Worker tests: node/npm discovery, test complexity models, building and
bundling a Worker, serving it in workerd through Miniflare (tests/edge/js/serve_worker.mjs)."""

from __future__ import annotations

import json
import os
import random
import shutil
import string
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest

EDGE_TESTS = Path(__file__).resolve().parent
VECTORS = EDGE_TESTS.parent / "vectors"
WRANGLER = EDGE_TESTS / "node_modules" / ".bin" / "wrangler"
MINIFLARE = EDGE_TESTS / "node_modules" / "miniflare"
SERVE = EDGE_TESTS / "js" / "serve_worker.mjs"
NODE_ENV = {**os.environ, "WRANGLER_SEND_METRICS": "false", "NO_COLOR": "1"}


def require_node() -> str:
    """The node binary with wrangler/miniflare installed next to these tests, or skip (fail
    under MESHROUTE_REQUIRE_SERVICES=1, where CI has installed them)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    reason = ""
    if node is None or npm is None:
        reason = "node and npm are not installed (apt-get install nodejs npm)"
    elif not MINIFLARE.exists() or not WRANGLER.exists():
        reason = f"wrangler is not installed: cd {EDGE_TESTS} && npm ci"
    if reason:
        if os.environ.get("MESHROUTE_REQUIRE_SERVICES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    assert node is not None
    return node


def linear_scorer(
    coefficients: dict[str, float], intercept: float, *, seed: int | None = None
) -> Any:
    """A router model over the shipped token table: named coefficients, others 0 (or seeded
    noise), so tests do not depend on which model the package ships."""
    from meshroute.routing.complexity import ComplexityScorer, default_table
    from meshroute.routing.scorer.features import FEATURE_NAMES
    from meshroute.routing.scorer.model import RouterModel

    width = len(FEATURE_NAMES)
    rng = np.random.default_rng(seed)
    coef = rng.normal(size=width) if seed is not None else np.zeros(width)
    for name, value in coefficients.items():
        coef[FEATURE_NAMES.index(name)] = value
    mean = rng.normal(size=width) * 0.01 if seed is not None else np.zeros(width)
    scale = np.abs(rng.normal(size=width)) + 0.5 if seed is not None else np.ones(width)
    model = RouterModel(coef, intercept, mean, scale, (0.1, 1.3) if seed else (0.0, 1.0), {})
    return ComplexityScorer(model, default_table(), "edge-test")


def routing_scorer() -> Any:
    """Short plain questions score low (edge), proofs and code high (node)."""
    return linear_scorer({"log_distinct_tokens": 4.0, "proof": 6.0, "code": 6.0}, -3.0)


def vector_scorer() -> Any:
    """Seeded weights on every feature: exercises tokens, signals and stretch in the vectors."""
    return linear_scorer({}, -0.3, seed=7)


def build(
    out: Path, nodes: Sequence[tuple[str, str]], scorer: Any, **options: Any
) -> dict[str, Any]:
    from meshroute.edge.generate import EdgeBuild, build_worker, parse_node

    config = load_yaml(out.parent / f"{out.name}-config.yaml", CONFIG_WITH_SECRET)
    spec = EdgeBuild(nodes=tuple(parse_node(f"{r}={u}") for r, u in nodes), out=out, **options)
    return build_worker(config, spec, scorer=scorer)


CONFIG_SECRET = "sk-config-secret-never-exported"
CONFIG_WITH_SECRET = f"""
targets:
  - name: gpu-box
    kind: openai
    base_url: http://127.0.0.1:9/v1
    api_key: {CONFIG_SECRET}
    upstream_model: m
    tier: local
    zone: private
routing:
  complexity: {{edge_max: 0.35, local_max: 0.75}}
"""


def load_yaml(path: Path, text: str) -> Any:
    """A config as a user writes it (the YAML contract), loaded by the gateway's loader."""
    from meshroute.config import load_config

    path.write_text(text, encoding="utf-8")
    return load_config(path)


def bundle(out: Path) -> Path:
    """`wrangler deploy --dry-run`: checks wrangler.toml and bundles what would be uploaded."""
    dist = out / "dist"
    result = subprocess.run(
        [str(WRANGLER), "deploy", "--dry-run", "--outdir", str(dist)],
        cwd=out, env=NODE_ENV, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return dist / "worker.js"


class WorkerProcess:
    """The bundled Worker served by workerd (Miniflare) on 127.0.0.1; `url` ends with '/'."""

    def __init__(self, node: str, script: Path, *args: str) -> None:
        command = [node, str(SERVE), "--script", str(script), *args]
        self.proc = subprocess.Popen(
            command, cwd=EDGE_TESTS, env=NODE_ENV, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(
                "workerd did not start: " + (self.proc.stderr.read() if self.proc.stderr else "")
            )
        self.url: str = json.loads(line)["ready"]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


@contextmanager
def serve_worker(node: str, script: Path, *args: str) -> Iterator[WorkerProcess]:
    worker = WorkerProcess(node, script, *args)
    try:
        yield worker
    finally:
        worker.stop()


def wait_until(check: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def worker_scan(node: str, tmp_path: Path, texts: Sequence[str]) -> list[tuple[bool, float]]:
    """The Worker's privacy verdict on each text and the time it took (ms), run in node on a
    Worker built once under ``tmp_path`` (the differential tests' one runner)."""
    if not (tmp_path / "w" / "src" / "policy.js").exists():
        build(tmp_path / "w", [("eu", "http://127.0.0.1:9")], routing_scorer())
    (tmp_path / "texts.json").write_text(json.dumps(list(texts)), encoding="utf-8")
    script = (
        "const fs = await import('node:fs');"
        "const [dir, file] = process.argv.slice(1);"
        "const { default: policy } = await import(dir + '/src/policy.js');"
        "const { default: names } = await import(dir + '/src/names_data.js');"
        "const { PrivacyScanner } = await import(dir + '/src/privacy.js');"
        "const s = new PrivacyScanner(policy.privacy, names);"
        "const texts = JSON.parse(fs.readFileSync(file, 'utf8'));"
        "console.log(JSON.stringify(texts.map((t) => {"
        " const t0 = performance.now(); const r = s.scan([t]);"
        " return [r.sensitive, performance.now() - t0]; })));"
    )
    command = [node, "--input-type=module", "-e", script]
    command += [str(tmp_path / "w"), str(tmp_path / "texts.json")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return [(bool(sensitive), float(ms)) for sensitive, ms in json.loads(result.stdout)]


_KB = 1024


def crafted_inputs() -> dict[str, str]:
    """Half-megabyte inputs crafted for backtracking patterns (the Worker's V8 backtracks)."""
    rng = random.Random(3)
    alphabet = string.ascii_letters + string.digits + "!#$%&*+"
    tokens = " ".join("".join(rng.choice(alphabet) for _ in range(12)) for _ in range(40_000))
    return {
        "one-long-token": "use " + "aB3$" * 128 * _KB,
        "many-tokens": "note " + tokens,
        "dates-after-names": "Jan Kowalski, 12.03.1985; " * 20 * _KB,
        "bare-dates": "12.03.1985 " * 48 * _KB,
        "star-years": "(*1985) " * 64 * _KB,
        "user-pass-pairs": "admin:hunter2 " * 36 * _KB,
        "base64-with-spaces": "note " + "SGVsbG8gV29ybGQ= " * 30 * _KB,
        "born-then-spaces": "born" + " " * 500 * _KB + "x",  # \s*:?\s* over one long run
        "month-names": "12 March " * 55 * _KB,
        "one-name-many-words": "Jan " * 120 * _KB + "Kowalski, 12.03.1985",
    }
