"""What failing over costs: added latency when the first target refuses connections or times
out at the first byte, with its breaker closed (every request tries it) and open (skipped),
against the same request with a healthy first target. Real `meshroute serve`, stand-in
upstreams (tests/standin_upstream.py, real HTTP servers, not models), one request at a time.

Target (issue 4): under 5 ms added on refused connections once the breaker is open.

    .venv/bin/python bench/failover.py [--requests 300]
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from _loadgen import free_port  # noqa: E402 - bench helpers live beside this script

BODY = {
    "model": "assistant",
    "stream": True,
    "messages": [{"role": "user", "content": "failover benchmark"}],
}
NEVER = 1_000_000  # failures_to_open that keeps a breaker closed for the whole run


def target(name: str, port: int, role: str, opens_after: int) -> dict[str, Any]:
    # One tier for both and the second dearer: "first" is tried first while it is healthy,
    # whatever the prompt's complexity.
    price = {"input_per_mtok": 0.0 if role == "first" else 1.0, "output_per_mtok": 0.0}
    breaker = {"failures_to_open": opens_after, "base_cooldown_s": 3600, "max_cooldown_s": 3600}
    return {
        "name": name,
        "kind": "openai",
        "base_url": f"http://127.0.0.1:{port}/v1",
        "upstream_model": "m",
        "tier": "local",
        "zone": "private",
        "price": price,
        "models": {"assistant": "v1"},
        "breaker": breaker,
        "timeouts": {"connect_s": 1, "first_byte_s": 0.25, "total_s": 10},
    }


def scenarios(healthy: int, hanging: int, dead: int) -> dict[str, list[dict[str, Any]]]:
    return {
        "healthy first target": [target("first", healthy, "first", 3)],
        "refused, breaker closed": [
            target("first", dead, "first", NEVER),
            target("second", healthy, "second", 3),
        ],
        "refused, breaker open": [
            target("first", dead, "first", 3),
            target("second", healthy, "second", 3),
        ],
        "first-byte timeout (0.25 s), breaker closed": [
            target("first", hanging, "first", NEVER),
            target("second", healthy, "second", 3),
        ],
        "first-byte timeout (0.25 s), breaker open": [
            target("first", hanging, "first", 3),
            target("second", healthy, "second", 3),
        ],
    }


def measure(targets: list[dict[str, Any]], requests: int, folder: Path) -> list[float]:
    config = folder / "failover.yaml"
    # retry_budget 1.0: with a breaker that never opens every request retries; the default
    # budget (0.2) would rightly refuse that storm, which is not what this measures
    config.write_text(json.dumps({"targets": targets, "routing": {"retry_budget": 1.0}}))
    port = free_port()
    gateway = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "meshroute"),
            "serve",
            "--config",
            str(config),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url)
        samples = []
        with httpx.Client(timeout=30) as client:
            for index in range(requests + 5):  # the first 5 warm up (and open breakers)
                started = time.perf_counter()
                response = client.post(f"{url}/v1/chat/completions", json=BODY)
                elapsed = time.perf_counter() - started
                if response.status_code != 200 or not response.text.rstrip().endswith("[DONE]"):
                    raise RuntimeError(f"request failed: {response.status_code}")
                if index >= 5:
                    samples.append(elapsed * 1000)
        return samples
    finally:
        gateway.terminate()
        gateway.wait(timeout=30)


def distinct_ports(count: int) -> list[int]:
    ports: list[int] = []
    while len(ports) < count:
        port = free_port()
        if port not in ports:
            ports.append(port)
    return ports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    healthy, hanging, dead = distinct_ports(3)  # nothing listens on `dead`
    standin = [sys.executable, str(ROOT / "tests" / "standin_upstream.py")]
    upstreams = [
        subprocess.Popen([*standin, "--port", str(port)], stdout=subprocess.DEVNULL)
        for port in (healthy, hanging)
    ]
    try:
        time.sleep(1)
        httpx.post(f"http://127.0.0.1:{hanging}/_standin/mode", json={"mode": "hang", "seconds": 5})
        print(f"{args.requests} streamed requests one at a time per scenario (p50 / p99 ms)")
        print("| scenario | p50 ms | p99 ms | added p50 ms |")
        print("|---|---:|---:|---:|")
        baseline = 0.0
        with tempfile.TemporaryDirectory() as folder:
            for name, targets in scenarios(healthy, hanging, dead).items():
                samples = sorted(measure(targets, args.requests, Path(folder)))
                p50 = statistics.median(samples)
                p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
                baseline = baseline or p50
                added = "—" if p50 == baseline else f"{p50 - baseline:.2f}"
                print(f"| {name} | {p50:.2f} | {p99:.2f} | {added} |", flush=True)
    finally:
        for process in upstreams:
            process.terminate()


def _wait(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code in (200, 503):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("meshroute did not start")


if __name__ == "__main__":
    main()
