"""Hostile input against a real `meshroute serve` (issue 9): for crafted and typical prompts of
1 KB to 1 MB, the scan time, the event loop's worst stall as a concurrent /healthz poller sees
it, and the requests per second other clients get while one client sends that input.

Setup: a stand-in upstream (tests/standin_upstream.py, a real HTTP server, not a model) behind
two targets, `box` (private) and `cloud` (public). The attacker pins `cloud/standin-model`, so
every attack request gets the fast scan and the deep (name) scan before the public target;
the other clients send short chats to `box`. Scan times are measured in this process with the
same detector (median of 3).

    .venv/bin/python bench/hostile.py [--seconds 3] [--sizes 1024,16384,131072,1048576]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from _loadgen import HOST, Server, free_port  # noqa: E402 - bench helpers live beside this script

CONFIG = """\
server: {{host: 127.0.0.1, port: {port}, max_body_bytes: 8388608}}
ledger: {{enabled: false}}
targets:
  - {{name: box, kind: openai, base_url: "http://127.0.0.1:{upstream}/v1",
     upstream_model: standin-model, tier: local, zone: private, models: {{assistant: v1}}}}
  - {{name: cloud, kind: openai, base_url: "http://127.0.0.1:{upstream}/v1",
     upstream_model: standin-model, tier: cloud, zone: public, models: {{assistant: v1}}}}
routing: {{sensitive: redact}}
"""

PROSE = (
    "Quarterly planning notes. The team met on Tuesday to review the roadmap and agreed "
    "to ship the billing rewrite before the migration. Questions went to Maria Lopez "
    "(maria.lopez@example.com, +44 20 7946 0958); the budget owner asked for a revised "
    "estimate by Friday. Risks: vendor lead times, two open hires, on-call load. "
)
INPUTS: dict[str, Callable[[int], str]] = {
    "typical prose": lambda n: (PROSE * (n // len(PROSE) + 1))[:n],
    "email backtrack a-a-...@": lambda n: "a-" * (n // 2 - 1) + "@",
    "digit runs 1 1 1 ...": lambda n: "1 " * (n // 2),
    "capitalised words": lambda n: ("John Smith Mary Jones " * (n // 22 + 1))[:n],
    "dots and at signs": lambda n: ("a.b@" * (n // 4 + 1))[:n],
}


async def poll_health(root: str, stop: asyncio.Event) -> float:
    """The worst /healthz latency seen while `stop` is unset, in ms (a poll every 10 ms)."""
    worst = 0.0
    async with httpx.AsyncClient(timeout=120) as client:
        while not stop.is_set():
            began = time.perf_counter()
            await client.get(f"{root}/healthz")
            worst = max(worst, (time.perf_counter() - began) * 1000)
            await asyncio.sleep(0.01)
    return worst


async def others(url: str, stop: asyncio.Event, clients: int = 4) -> int:
    """Short chats to the private target from `clients` loops; how many were answered."""
    body = {"model": "assistant", "messages": [{"role": "user", "content": "hello there"}]}
    done = 0

    async def loop(client: httpx.AsyncClient) -> None:
        nonlocal done
        while not stop.is_set():
            answer = await client.post(f"{url}/chat/completions", json=body)
            done += answer.status_code == 200

    async with httpx.AsyncClient(timeout=120) as client:
        await asyncio.gather(*(loop(client) for _ in range(clients)))
    return done


async def attack(url: str, text: str | None, stop: asyncio.Event) -> list[int]:
    statuses: list[int] = []
    if text is None:
        await stop.wait()
        return statuses
    async with httpx.AsyncClient(timeout=300) as client:
        while not stop.is_set():
            # A fresh prefix each time: a scan cache must not make the attack look cheap.
            content = f"{len(statuses)} {text}"
            body = {
                "model": "cloud/standin-model",
                "messages": [{"role": "user", "content": content}],
            }
            statuses.append((await client.post(f"{url}/chat/completions", json=body)).status_code)
    return statuses


async def measure(url: str, text: str | None, seconds: float) -> tuple[float, float, list[int]]:
    stop = asyncio.Event()
    root = url.removesuffix("/v1")
    began = time.perf_counter()
    tasks = [
        asyncio.create_task(poll_health(root, stop)),
        asyncio.create_task(others(url, stop)),
        asyncio.create_task(attack(url, text, stop)),
    ]
    await asyncio.sleep(seconds)
    stop.set()
    worst, answered, statuses = await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - began
    return worst, answered / elapsed, statuses


def scan_ms(detector: object, text: str, deep: bool) -> float:
    """Median of 3 scans (1 above 256 KB), each of a different text (a cache must not answer)."""
    times = []
    for run in range(3 if len(text) <= 256 * 1024 else 1):
        variant = f"{run} {time.perf_counter_ns()} {text}"
        began = time.perf_counter()
        detector.scan([variant], deep=deep)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def print_attack_table(
    url: str, detector: object, chosen: list[str], sizes: list[int], seconds: float
) -> None:
    """One table row per input and size: scan times, then the attack run against the gateway."""
    print(
        "| input | size | fast scan ms | deep scan ms | attack answers | "
        "/healthz worst ms | others req/s |"
    )
    print("|---|---:|---:|---:|---|---:|---:|")
    for name, make in ((n, INPUTS[n]) for n in chosen):
        for size in sizes:
            text = make(size)
            fast, deep = scan_ms(detector, text, False), scan_ms(detector, text, True)
            worst, rate, statuses = asyncio.run(measure(url, text, seconds))
            codes = ",".join(f"{c}x{statuses.count(c)}" for c in sorted(set(statuses)))
            print(
                f"| {name} | {size // 1024} KB | {fast:.1f} | {deep:.1f} | {codes} | "
                f"{worst:.1f} | {rate:.0f} |",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--sizes", default="1024,16384,131072,1048576")
    parser.add_argument("--inputs", default=",".join(INPUTS), help="comma-separated names")
    parser.add_argument(
        "--inline", action="store_true", help="scan on the event loop (as before issue 9)"
    )
    args = parser.parse_args()
    import logging

    logging.disable(logging.WARNING)
    sizes = [int(s) for s in args.sizes.split(",")]
    from meshroute.config import default_config
    from meshroute.routing.components import build_detector

    detector = build_detector(default_config())
    work = Path(tempfile.mkdtemp(prefix="meshroute-hostile-"))
    upstream_port, port = free_port(), free_port()
    upstream = Server(
        "standin",
        [sys.executable, str(ROOT / "tests" / "standin_upstream.py"), "--port", str(upstream_port)],
        work / "standin.log",
    )
    config = work / "meshroute.yaml"
    config.write_text(CONFIG.format(port=port, upstream=upstream_port))
    gateway = Server(
        "meshroute",
        [sys.executable, "-m", "meshroute.cli", "serve", "--config", str(config)],
        work / "meshroute.log",
        env={"MESHROUTE_SCAN_INLINE": "1"} if args.inline else None,
    )
    try:
        upstream.wait_http(f"http://{HOST}:{upstream_port}/health", timeout=30)
        gateway.wait_http(f"http://{HOST}:{port}/readyz", timeout=180)
        url = f"http://{HOST}:{port}/v1"
        asyncio.run(measure(url, None, 1.0))  # warm-up
        worst, rate, _ = asyncio.run(measure(url, None, args.seconds))
        where = "on the event loop" if args.inline else "off the loop"
        print(f"scans {where}; load average {os.getloadavg()[0]:.1f}")
        print(f"no attack: /healthz worst {worst:.1f} ms, others {rate:.0f} req/s\n")
        chosen = [name.strip() for name in args.inputs.split(",")]
        print_attack_table(url, detector, chosen, sizes, args.seconds)
    finally:
        gateway.stop()
        upstream.stop()


if __name__ == "__main__":
    main()
