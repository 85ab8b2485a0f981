"""What shared state costs (issue 13): the limiter's round trip to Redis, and requests/s of
`meshroute serve --workers N` with `state: {url}` against in-process state.

1. Limiter alone: `RedisLimiter.admit` (one Lua EVALSHA) against `RateLimiter.admit`, called
   sequentially, p50/p99 in microseconds.
2. Through the gateway: `meshroute serve --workers 1|2|4` in front of the stand-in upstream,
   with a rate-limited key (so every request is admitted by the limiter), wrk closed loop;
   in-process state vs a Redis of the bench's own (never the machine's shared one).

    .venv/bin/python bench/shared_state.py [--duration 5] [--calls 5000] [--workers 1,2,4]

Short runs on a 2-core machine shared with other work: read the figures as orders of
magnitude and ratios, not as a capacity plan. Everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _loadgen  # bench helpers live next to this script
from _gateways import meshroute_bin, start_upstream
from _loadgen import HOST, Result, Server, ensure_wrk, free_port, run_wrk
from meshroute.auth.keyfile import ApiKey, new_key, write_keys
from meshroute.auth.limits import RateLimiter
from meshroute.state.connection import SharedConnection
from meshroute.state.limiter import RedisLimiter

CONFIG = """
server: {{key_file: {keys}}}
ledger: {{enabled: false}}
routing: {{ner: false}}
{state}
targets:
  - {{name: box, kind: openai, base_url: "http://127.0.0.1:{upstream}/v1",
     upstream_model: standin-model, tier: local, zone: private, models: {{assistant: v1}}}}
"""
BODY = {"model": "assistant", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 8}


def start_redis(workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", HOST, "--save", "", "--appendonly", "no"],
        stdout=(workdir / "redis.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    time.sleep(0.5)
    return process, f"redis://{HOST}:{port}/0"


async def limiter_latency(url: str, calls: int) -> dict[str, list[float]]:
    key = ApiKey("bench", "benchkey", False, None, None, 10**9, 10**12, "", None)
    shared = SharedConnection(url, prefix="bench:")
    limiters = {"in-process": RateLimiter(), "redis (Lua)": RedisLimiter(shared)}
    timings: dict[str, list[float]] = {}
    cpu_us.clear()
    for name, limiter in limiters.items():
        samples = []
        for _ in range(calls):
            began = time.perf_counter_ns()
            verdict = await limiter.admit(key, 20)  # type: ignore[attr-defined]
            samples.append((time.perf_counter_ns() - began) / 1000)
            assert verdict.allowed
        timings[name] = samples
        cpu_began = time.process_time()
        for _ in range(calls):
            await limiter.admit(key, 20)  # type: ignore[attr-defined]
        cpu_us[name] = (time.process_time() - cpu_began) / calls * 1e6
    await shared.close()
    return timings


cpu_us: dict[str, float] = {}  # this process's CPU per admit (the gateway's share of the cost)


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def gateway_run(
    workdir: Path, upstream: int, token: str, redis_url: str | None, workers: int, duration: float
) -> Result:
    port = free_port()
    config = workdir / f"mr-{workers}-{'redis' if redis_url else 'local'}.yaml"
    state = f'state: {{url: "{redis_url}", prefix: "bench{workers}:"}}' if redis_url else ""
    config.write_text(CONFIG.format(keys=workdir / "keys.json", state=state, upstream=upstream))
    cmd = [str(meshroute_bin()), "serve", "--config", str(config), "--port", str(port),
           "--workers", str(workers), "--log-level", "warning"]  # fmt: skip
    server = Server("meshroute", cmd, workdir / f"{config.stem}.log")
    try:
        server.wait_http(f"http://{HOST}:{port}/readyz", timeout=240)
        url = f"http://{HOST}:{port}/v1/chat/completions"
        run_wrk(WRK, url, BODY, 8, 1, None)  # warm every worker's connections
        return run_wrk(WRK, url, BODY, 16, duration, None)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="mr-shared-"))
    redis, url = start_redis(workdir)
    try:
        timings = asyncio.run(limiter_latency(url, args.calls))
        print(f"\nLimiter admit, {args.calls} sequential calls (microseconds)\n")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
        print("| limiter | p50 µs | p99 µs | mean µs | CPU µs/call |\n|---|---:|---:|---:|---:|")
        for name, samples in timings.items():
            print(f"| {name} | {pct(samples, 0.5):.1f} | {pct(samples, 0.99):.1f} "
                  f"| {statistics.fmean(samples):.1f} | {cpu_us[name]:.1f} |")  # fmt: skip
        token, record = new_key("bench", existing=[], rpm=10**7, tpm=10**9)
        write_keys(workdir / "keys.json", [record])
        _loadgen._LUA = _loadgen._LUA.replace("sk-bench", token)  # wrk's header: our key
        upstream = start_upstream(workdir, None)
        upstream_port = int(upstream.url.split(":")[2].split("/")[0])
        print(
            f"\nmeshroute serve --workers N, wrk -c16 for {args.duration:g} s, stand-in upstream\n"
        )
        print(
            "| workers | state | p50 ms | p99 ms | req/s | errors |\n|---:|---|---:|---:|---:|---:|"
        )
        try:
            for workers in (int(w) for w in args.workers.split(",")):
                for state in (None, url):
                    r = gateway_run(workdir, upstream_port, token, state, workers, args.duration)
                    print(f"| {workers} | {'redis' if state else 'in-process'} | {r.p50_ms:.2f} "
                          f"| {r.p99_ms:.2f} | {r.rps:.0f} | {r.errors} |", flush=True)  # fmt: skip
        finally:
            upstream.server.stop()
    finally:
        redis.kill()
        redis.wait()


WRK = ensure_wrk(False)

if __name__ == "__main__":
    main()
