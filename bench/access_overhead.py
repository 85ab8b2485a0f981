"""What API keys, per-key limits and metrics cost per request, end to end.

The same gateway config twice, in front of the stand-in upstream (tests/standin_upstream.py, a
real HTTP server, not a model): open (no key file) and with a key file, the request carrying a
key with rpm/tpm limits, so authentication, the limiter and the x-ratelimit headers run on every
request. Metrics are always on; their per-request cost is timed directly (the observe calls one
request makes). wrk, one connection (about 1,000-1,300 requests/s here), gateway on its own core.
Target (issue 6): auth + limits + metrics under 0.3 ms at p50.

    .venv/bin/python bench/access_overhead.py [--duration 10]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from _loadgen import Server, ensure_wrk, free_port, pinned  # noqa: E402 - bench helpers

LUA = """
wrk.method = "POST"
wrk.body = '%(body)s'
wrk.headers["Content-Type"] = "application/json"
%(auth)s
done = function(summary, latency, requests)
  io.write(string.format("P50 %%d\\n", latency:percentile(50)))
  io.write(string.format("RPS %%f\\n", summary.requests / (summary.duration / 1e6)))
end
"""
BODY = json.dumps(
    {
        "model": "assistant",
        "max_tokens": 16,
        "messages": [{"role": "user", "content": "Say hello, briefly."}],
    }
)


def wrk_p50(wrk: str, url: str, key: str | None, duration: int) -> tuple[float, float]:
    auth = f'wrk.headers["Authorization"] = "Bearer {key}"' if key else ""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(LUA % {"body": BODY, "auth": auth})
    try:
        out = subprocess.run(
            pinned([wrk, "-t1", "-c1", f"-d{duration}s", "-s", lua.name, url], 0),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(lua.name)
    values = dict(line.split() for line in out.splitlines() if line[:4] in ("P50 ", "RPS "))
    return float(values["P50"]) / 1000, float(values["RPS"])


def gateway(folder: Path, upstream: int, keyed: bool) -> tuple[Server, str, str | None]:
    config = folder / ("keyed.yaml" if keyed else "open.yaml")
    body: dict[str, object] = {
        "targets": [
            {
                "name": "standin",
                "kind": "openai",
                "base_url": f"http://127.0.0.1:{upstream}/v1",
                "upstream_model": "m",
                "tier": "local",
                "zone": "private",
                "models": {"assistant": "v1"},
            }
        ]
    }
    key = None
    if keyed:
        body["server"] = {"key_file": "keys.json"}
        config.write_text(json.dumps(body))
        made = subprocess.run(
            [
                sys.executable,
                "-m",
                "meshroute.cli",
                "keys",
                "create",
                "--config",
                str(config),
                "--name",
                "bench",
                "--rpm",
                "10000000",
                "--tpm",
                "1000000000",
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        key = json.loads(made.stdout)["key"]
    config.write_text(json.dumps(body))
    port = free_port()
    server = Server(
        "meshroute",
        pinned(
            [
                str(Path(sys.executable).parent / "meshroute"),
                "serve",
                "--config",
                str(config),
                "--port",
                str(port),
            ],
            1,
        ),
        folder / f"{config.stem}.log",
    )
    server.wait_http(f"http://127.0.0.1:{port}/readyz", timeout=120)
    return server, f"http://127.0.0.1:{port}/v1/chat/completions", key


def metrics_cost_us(samples: int = 20000) -> float:
    """The observe calls of one answered request, timed directly."""
    from meshroute.api.metrics import Metrics

    metrics = Metrics()
    labels = ("chat", "assistant", "standin", "local", "private")
    timings = []
    for _ in range(samples):
        started = time.perf_counter_ns()
        metrics.decisions.labels("local", "false", "false").inc()
        metrics.time_to_first_token.labels(*labels).observe(0.001)
        metrics.duration.labels(*labels, "").observe(0.002)
        metrics.tokens.labels(*labels, "input").observe(12)
        metrics.tokens.labels(*labels, "output").observe(16)
        timings.append((time.perf_counter_ns() - started) / 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=10)
    args = parser.parse_args()
    wrk = ensure_wrk(False)
    port = free_port()
    upstream = Server(
        "standin",
        pinned(
            [sys.executable, str(ROOT / "tests" / "standin_upstream.py"), "--port", str(port)], 0
        ),
        Path(os.devnull),
    )
    rows = []
    try:
        upstream.wait_http(f"http://127.0.0.1:{port}/health", timeout=30)
        with tempfile.TemporaryDirectory() as folder:
            for keyed in (False, True):
                server, url, key = gateway(Path(folder), port, keyed)
                try:
                    wrk_p50(wrk, url, key, 2)  # warm-up
                    rows.append((keyed, *wrk_p50(wrk, url, key, args.duration)))
                finally:
                    server.stop()
    finally:
        upstream.stop()
    (_, open_p50, open_rps), (_, keyed_p50, keyed_rps) = rows
    metrics = metrics_cost_us()
    print("| gateway | p50 ms | req/s |\n|---|---:|---:|")
    print(f"| open (no keys) | {open_p50:.3f} | {open_rps:,.0f} |")
    print(f"| keys + rpm/tpm limits | {keyed_p50:.3f} | {keyed_rps:,.0f} |")
    print(
        f"auth + limits added at p50: {(keyed_p50 - open_p50) * 1000:.0f} µs; metrics per "
        f"request (timed directly): {metrics:.1f} µs; total "
        f"{(keyed_p50 - open_p50) * 1000 + metrics:.0f} µs (target < 300 µs)"
    )


if __name__ == "__main__":
    main()
