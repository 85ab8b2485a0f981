"""What the edge Worker adds per request, measured in workerd here (Miniflare), and its size.

One meshroute node (in-process uvicorn) in front of a stand-in upstream (tests/standin_upstream.py,
a real HTTP server, not a model), the generated Worker (bundled by `wrangler deploy --dry-run`)
served by workerd on 127.0.0.1, and a stand-in Workers AI binding. Sequential requests (one at a
time), so the numbers are latencies, not throughput:

- forwarded: client -> Worker -> node -> stand-in, against client -> node -> stand-in (the node
  is `meshroute serve` in its own process);
- answered at the edge: client -> Worker -> AI binding -> stand-in, against client -> stand-in;
- cache hit: a temperature-0 request the Worker has answered before.

Also the per-request JavaScript work (privacy scan, complexity score) timed in node's V8 (the
engine workerd embeds), and the bundle size wrangler reports.

    .venv/bin/python bench/edge_worker.py [--requests 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "edge")]

from edge_support import (  # noqa: E402
    NODE_ENV,
    WRANGLER,
    build,
    require_node,
    routing_scorer,
    serve_worker,
)

from standin_upstream import run_standin  # noqa: E402
from support import free_port, serve_process, wait_ready  # noqa: E402

NODE_YAML = """
ledger: {{enabled: false}}
targets:
  - {{name: gpu, kind: openai, base_url: "{upstream}", upstream_model: m, tier: local,
      zone: private, region: eu-london, models: {{assistant: v1}}}}
"""
JS_TIMING = """
const [dir] = process.argv.slice(1);
const { default: policy } = await import(dir + '/src/policy.js');
const { PrivacyScanner } = await import(dir + '/src/privacy.js');
const { ComplexityScorer } = await import(dir + '/src/complexity.js');
let t = performance.now();
const { default: names } = await import(dir + '/src/names_data.js');
const scanner = new PrivacyScanner(policy.privacy, names);
const buildScan = performance.now() - t;
t = performance.now();
const scorer = new ComplexityScorer(policy.complexity);
const ok = scorer.verify();
const buildScore = performance.now() - t;
const base = 'Could you explain how photosynthesis works in plants, briefly? ';
const out = { build_scan_ms: buildScan, build_score_and_probes_ms: buildScore, probes_ok: ok };
out.rows = [];
for (const n of [100, 1000, 4000]) {
  const text = base.repeat(Math.ceil(n / base.length)).slice(0, n);
  const time = (f) => { for (let i = 0; i < 50; i++) f(); const s = performance.now();
    for (let i = 0; i < 500; i++) f(); return (performance.now() - s) / 500 * 1000; };
  out.rows.push({ chars: n, scan_us: time(() => scanner.scan([text])),
                  score_us: time(() => scorer.scoreMessages([text])) });
}
console.log(JSON.stringify(out));
"""


def post(client: httpx.Client, url: str, body: dict[str, Any], headers: dict[str, str]) -> float:
    started = time.perf_counter()
    reply = client.post(url, json=body, headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    assert reply.status_code == 200, reply.text[:200]
    return elapsed


def paired(
    client: httpx.Client, pairs: dict[str, tuple[str, dict[str, Any], dict[str, str]]], n: int
) -> dict[str, list[float]]:
    """Each round sends one request on every path in turn (after 10 warm-up rounds), so a
    change in the machine's load hits all paths alike; prompts differ per round unless the
    body says `same` (the cache row)."""
    out: dict[str, list[float]] = {name: [] for name in pairs}
    for i in range(n + 10):
        for name, (url, body, headers) in pairs.items():
            payload = {k: v for k, v in body.items() if k not in ("_q", "same")}
            text = body["_q"] if body.get("same") else f"{body['_q']} #{i}"
            payload["messages"] = [{"role": "user", "content": text}]
            elapsed = post(client, url, payload, headers)
            if i >= 10:
                out[name].append(elapsed)
    return out


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def bundle_size(out: Path) -> str:
    result = subprocess.run(
        [str(WRANGLER), "deploy", "--dry-run", "--outdir", str(out / "dist")],
        cwd=out, env=NODE_ENV, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    line = next(x for x in result.stdout.splitlines() if "Total Upload" in x)
    return line.split(":", 1)[1].strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    node_bin = require_node_or_exit()
    n = args.requests
    with tempfile.TemporaryDirectory() as tmp, run_standin() as upstream, run_standin() as ai:
        config = Path(tmp) / "node.yaml"
        config.write_text(NODE_YAML.format(upstream=upstream.base_url))
        port = free_port()
        # `meshroute serve` in its own process: in this one it would share the GIL with the client
        server = serve_process(config, port, Path(tmp), stderr=subprocess.DEVNULL)
        node_root = f"http://127.0.0.1:{port}"
        wait_ready(node_root)
        out = Path(tmp) / "worker"
        build(out, [("eu-london", node_root)], routing_scorer(), edge_model="@cf/x/bench")
        size = bundle_size(out)
        js = subprocess.run(
            [node_bin, "--input-type=module", "-e", JS_TIMING, str(out)],
            capture_output=True, text=True, timeout=300, check=True,
        )  # fmt: skip
        cpu = json.loads(js.stdout)
        try:
            with serve_worker(node_bin, out / "dist" / "worker.js", "--ai", ai.url) as worker:
                rows = measure(worker.url, node_root, ai.url, n)
        finally:
            server.terminate()
            server.wait(timeout=30)
    report(rows, cpu, size, n)


def require_node_or_exit() -> str:
    try:
        return require_node()
    except BaseException as exc:  # pytest's skip/fail outcomes are BaseException
        sys.exit(f"edge_worker bench: {exc}")


def measure(worker: str, node: str, ai: str, n: int) -> dict[str, list[float]]:
    forward = {"model": "assistant", "_q": "Summarise the plot of Hamlet"}
    edge = {"model": "auto", "_q": "What is the capital of France?"}
    cached = {"model": "assistant", "temperature": 0, "_q": "List three primes", "same": True}
    region = {"x-meshroute-region": "eu-london"}
    chat = "v1/chat/completions"
    with httpx.Client(timeout=30) as client:
        floor = []
        for _ in range(n):
            started = time.perf_counter()
            assert client.get(f"{worker}edge/healthz").status_code == 200
            floor.append((time.perf_counter() - started) * 1000)
        rows = {"Worker, no work (GET)": floor}
        rows |= paired(
            client,
            {
                "node direct": (f"{node}/{chat}", forward, {}),
                "node via Worker": (f"{worker}{chat}", forward, region),
                "stand-in model direct": (f"{ai}/{chat}", edge, {}),
                "edge answer via Worker": (f"{worker}{chat}", edge, {}),
                "cache hit via Worker": (f"{worker}{chat}", cached, region),
            },
            n,
        )
        return rows


def report(rows: dict[str, list[float]], cpu: dict[str, Any], size: str, n: int) -> None:
    print(f"edge Worker in workerd (Miniflare), {n} sequential requests per row, ms")
    print(f"{'path':<24} {'p50':>7} {'p90':>7} {'p99':>7}")
    for name, values in rows.items():
        print(f"{name:<24} {pct(values, 50):7.2f} {pct(values, 90):7.2f} {pct(values, 99):7.2f}")
    added = statistics.median(
        b - a for a, b in zip(rows["node direct"], rows["node via Worker"], strict=True)
    )
    edge = statistics.median(
        b - a
        for a, b in zip(rows["stand-in model direct"], rows["edge answer via Worker"], strict=True)
    )
    print(
        f"added by the Worker (median of paired differences): forwarded {added:.2f} ms, "
        f"answered at the edge {edge:.2f} ms"
    )
    print(f"\nper-request JavaScript in V8 (node {sys.platform}), microseconds")
    print(f"{'chars':>6} {'privacy scan':>13} {'complexity':>11}")
    for row in cpu["rows"]:
        print(f"{row['chars']:>6} {row['scan_us']:>13.1f} {row['score_us']:>11.1f}")
    print(
        f"first use per isolate: scanner {cpu['build_scan_ms']:.1f} ms, scorer + probes "
        f"{cpu['build_score_and_probes_ms']:.1f} ms (probes agree: {cpu['probes_ok']})"
    )
    print(f"\nbundle (wrangler deploy --dry-run): {size}")


if __name__ == "__main__":
    main()
