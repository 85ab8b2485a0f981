"""The embedded edge model's speed through meshroute, next to the engine's own numbers.

For each thread count: (1) llama.cpp's own timings (prompt processing and generation tokens/s)
calling xllamacpp's server handler directly, with the very parameters the embedded target builds;
(2) the same request streamed through a real `meshroute serve` over HTTP: time to first token
and generation tokens/s seen by the client, and the engine's timings from the final chunk.
Target (issue 2): meshroute within 10% of the engine's own generation speed.

    .venv/bin/python bench/edge_model.py [--threads 1,2] [--runs 5] [--model-path FILE]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import orjson

from meshroute.config import TargetConfig
from meshroute.targets.embedded import EmbeddedTarget

PROMPT = " ".join(["The quick brown fox jumps over the lazy dog near the river bank."] * 14)
MAX_TOKENS = 64


def engine_config(threads: int, model_path: str | None) -> dict[str, Any]:
    return {
        "name": "edge",
        "kind": "embedded",
        "tier": "edge",
        "zone": "private",
        "model_path": model_path,
        "models": {"assistant": "v1"},
        "engine": {"threads": threads, "parallel": 1, "context": 1024},
    }


def request_body(stream: bool) -> dict[str, Any]:
    return {
        "model": "assistant",
        "prompt": PROMPT,
        "max_tokens": MAX_TOKENS,
        "temperature": 0,
        "ignore_eos": True,
        "stream": stream,
    }


def engine_direct(threads: int, model_path: str | None, runs: int) -> dict[str, float]:
    """llama.cpp's own timings, same parameters as the target (its `_load`), no gateway."""
    target = EmbeddedTarget(TargetConfig.model_validate(engine_config(threads, model_path)))
    server = target._load()
    samples: list[dict[str, float]] = []
    for index in range(runs + 1):
        body = {**request_body(False), "prompt": f"{index} {PROMPT}"}  # defeat the prompt cache
        reply = server.handle_completions(body)
        if index:  # the first run warms up
            samples.append(reply["timings"])
    del server
    return {
        "pp": statistics.median(s["prompt_per_second"] for s in samples),
        "tg": statistics.median(s["predicted_per_second"] for s in samples),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_gateway(threads: int, model_path: str | None, folder: Path) -> tuple[Any, str]:
    config = folder / f"edge-{threads}.yaml"
    config.write_text(orjson.dumps({"targets": [engine_config(threads, model_path)]}).decode())
    port = free_port()
    process = subprocess.Popen(
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
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise RuntimeError("meshroute did not become ready")


def one_stream(url: str, index: int) -> dict[str, float]:
    started = time.perf_counter()
    first = 0.0
    tokens = 0
    timings: dict[str, float] = {}
    body = {**request_body(True), "prompt": f"{index} {PROMPT}"}
    with httpx.stream("POST", f"{url}/v1/completions", json=body, timeout=120) as response:
        for line in response.iter_lines():
            if not line.startswith("data: {"):
                continue
            chunk = orjson.loads(line[6:])
            if chunk.get("choices") and chunk["choices"][0].get("text"):
                tokens += 1
                first = first or time.perf_counter()
            timings = chunk.get("timings") or timings
    ended = time.perf_counter()
    return {
        "ttft": first - started,
        "client_tg": (tokens - 1) / (ended - first),
        "pp": timings.get("prompt_per_second", 0.0),
        "tg": timings.get("predicted_per_second", 0.0),
    }


def through_meshroute(threads: int, model_path: str | None, runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        process, url = start_gateway(threads, model_path, Path(folder))
        try:
            samples = [one_stream(url, index) for index in range(runs + 1)][1:]
        finally:
            process.terminate()
            process.wait(timeout=30)
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--model-path", default=None)
    args = parser.parse_args()
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    load = os.getloadavg()[0]
    print(
        f"prompt ~{len(PROMPT) // 4} tokens, {MAX_TOKENS} generated (ignore_eos), "
        f"median of {args.runs} runs after a warm-up; load average {load:.2f}"
    )
    print(
        "| threads | engine pp tok/s | engine tg tok/s | meshroute pp tok/s | meshroute tg "
        "tok/s (engine) | meshroute tg tok/s (client) | TTFT p50 ms | client tg / engine tg |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for threads in (int(t) for t in args.threads.split(",")):
        direct = engine_direct(threads, args.model_path, args.runs)
        routed = through_meshroute(threads, args.model_path, args.runs)
        ratio = routed["client_tg"] / direct["tg"]
        print(
            f"| {threads} | {direct['pp']:.0f} | {direct['tg']:.1f} | {routed['pp']:.0f} | "
            f"{routed['tg']:.1f} | {routed['client_tg']:.1f} | {routed['ttft'] * 1000:.0f} | "
            f"{ratio:.0%} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
