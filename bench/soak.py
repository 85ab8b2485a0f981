"""Soak: a steady load through a real gateway for a long time, with faults injected every few
seconds into one of its two targets, both stand-in upstreams (tests/standin_upstream.py, real
HTTP servers, not models). Reports the gateway's RSS over time and every request that was lost.

A plain request is lost if it does not answer 200; a streamed one if it does not end with
[DONE] (an in-band error event before [DONE] is the documented outcome of a stream broken after
its first byte, counted apart). Targets (issue 4): RSS growth under 10%, zero lost requests.

    .venv/bin/python bench/soak.py [--duration 1800] [--rate 100] [--fault-every 5]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from _loadgen import free_port  # noqa: E402 - bench helpers live beside this script

FAULTS: list[dict[str, Any]] = [
    {"mode": "status", "status": 500, "count": 20},
    {"mode": "status", "status": 503, "count": 20},
    {"mode": "ratelimit", "retry_after": 1, "count": 5},
    {"mode": "hang", "seconds": 3, "count": 5},
    {"mode": "drop_midstream", "after_chunks": 2, "count": 10},
    {"mode": "malformed", "count": 10},
    {"mode": "refuse", "seconds": 2},
]
CHAT = {"model": "assistant", "messages": [{"role": "user", "content": "soak test request"}]}


@dataclass
class Tally:
    sent: int = 0
    ok: int = 0
    lost: int = 0
    stream_errors: int = 0
    lost_examples: list[str] = field(default_factory=list)


def start(cmd: list[str], cwd: str | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def gateway_config(folder: Path, ports: tuple[int, int]) -> Path:
    def target(name: str, port: int, tier: str) -> dict[str, Any]:
        return {
            "name": name,
            "kind": "openai",
            "base_url": f"http://127.0.0.1:{port}/v1",
            "upstream_model": "m",
            "tier": tier,
            "zone": "private",
            "models": {"assistant": "v1"},
            "timeouts": {"connect_s": 1, "first_byte_s": 1, "total_s": 5},
            "breaker": {"failures_to_open": 3, "base_cooldown_s": 1, "max_cooldown_s": 4},
        }

    config = folder / "soak.yaml"
    config.write_text(
        json.dumps(
            {"targets": [target("faulty", ports[0], "edge"), target("steady", ports[1], "local")]}
        )
    )
    return config


async def one(client: httpx.AsyncClient, url: str, stream: bool, tally: Tally) -> None:
    tally.sent += 1
    try:
        response = await client.post(url, json={**CHAT, "stream": stream})
        text = response.text
    except httpx.HTTPError as exc:
        tally.lost += 1
        tally.lost_examples.append(f"{type(exc).__name__}")
        return
    if response.status_code != 200 or (stream and not text.rstrip().endswith("data: [DONE]")):
        tally.lost += 1
        if len(tally.lost_examples) < 10:
            tally.lost_examples.append(f"{response.status_code} {text[:120]}")
    elif stream and '"error"' in text:
        tally.stream_errors += 1
    else:
        tally.ok += 1


async def faults(control: str, every: float, stop: float) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        for fault in itertools.cycle(FAULTS):
            if time.monotonic() + every > stop:
                return
            await asyncio.sleep(every)
            # while refuse is on the control call may fail: its timer reopens the listener
            with contextlib.suppress(httpx.HTTPError):
                await client.post(f"{control}/_standin/mode", json=fault)


async def load(url: str, rate: float, stop: float, tally: Tally) -> None:
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        tasks: set[asyncio.Task[None]] = set()
        for index in itertools.count():
            if time.monotonic() >= stop:
                break
            task = asyncio.create_task(one(client, url, index % 3 == 0, tally))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            await asyncio.sleep(1 / rate)
        await asyncio.gather(*tasks)


async def sample_rss(pid: int, stop: float, samples: list[tuple[float, float]]) -> None:
    started = time.monotonic()
    while time.monotonic() < stop:
        samples.append((time.monotonic() - started, rss_mb(pid)))
        await asyncio.sleep(10)


async def soak(
    args: argparse.Namespace, gateway: subprocess.Popen[bytes], url: str, control: str
) -> tuple[Tally, list[tuple[float, float]]]:
    tally, samples = Tally(), []
    stop = time.monotonic() + args.duration
    await asyncio.gather(
        load(f"{url}/v1/chat/completions", args.rate, stop, tally),
        faults(control, args.fault_every, stop),
        sample_rss(gateway.pid, stop, samples),
    )
    samples.append((args.duration, rss_mb(gateway.pid)))
    return tally, samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=float, default=1800)
    parser.add_argument("--rate", type=float, default=100, help="requests per second")
    parser.add_argument("--fault-every", type=float, default=5)
    args = parser.parse_args()
    ports = (free_port(), free_port())
    standin = [sys.executable, str(ROOT / "tests" / "standin_upstream.py")]
    upstreams = [start([*standin, "--port", str(port)]) for port in ports]
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        gateway = start(
            [
                str(Path(sys.executable).parent / "meshroute"),
                "serve",
                "--config",
                str(gateway_config(Path(folder), ports)),
                "--port",
                str(port),
            ],
            cwd=folder,  # the default ledger, sqlite:///meshroute.db, is written (and counted) here
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait(url)
            tally, samples = asyncio.run(soak(args, gateway, url, f"http://127.0.0.1:{ports[0]}"))
        finally:
            for process in (gateway, *upstreams):
                process.terminate()
            gateway.wait(timeout=60)
        ledger_rows = _ledger_rows(Path(folder) / "meshroute.db")
    report(args, tally, samples)
    print(f"ledger rows after SIGTERM: {ledger_rows:,} (requests sent: {tally.sent:,})")


def report(args: argparse.Namespace, tally: Tally, samples: list[tuple[float, float]]) -> None:
    warm = next((rss for at, rss in samples if at >= 60), samples[0][1])
    end = samples[-1][1]
    print(
        f"soak: {args.duration:.0f} s at {args.rate:.0f} req/s (1/3 streamed), a fault every "
        f"{args.fault_every:.0f} s on one of two targets"
    )
    print(
        "| requests | answered | streams ended by an error event | lost | RSS at 60 s MB "
        "| RSS at end MB | growth |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {tally.sent:,} | {tally.ok:,} | {tally.stream_errors:,} | {tally.lost} | "
        f"{warm:.0f} | {end:.0f} | {(end - warm) / warm:+.1%} |"
    )
    print(
        "RSS over time (s, MB): "
        + ", ".join(f"{at:.0f}:{rss:.0f}" for at, rss in samples[:: max(1, len(samples) // 12)])
    )
    for example in tally.lost_examples:
        print("lost:", example)


def _ledger_rows(path: Path) -> int:
    import sqlite3

    if not path.exists():
        return 0
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM requests").fetchone()[0])


def _wait(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("meshroute did not become ready")


if __name__ == "__main__":
    main()
