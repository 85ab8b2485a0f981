"""Edge-model speed: llama.cpp's own numbers next to meshroute's embedded target, same GGUF.

For each thread count (one configuration at a time, never two at once):

1. engine: a child process loads `xllamacpp.Server` through the embedded target's own `_load`
   (so the CommonParams are the target's: threads, batch threads, context, parallel slots, chat
   template) and streams `handle_completions` / `handle_chat_completions` directly, no gateway;
2. meshroute: `meshroute serve` with one `kind: embedded` target and the same `engine` block,
   streamed `/v1/completions` and `/v1/chat/completions` over HTTP on 127.0.0.1.

Both send the same ~200-token prompt, `max_tokens` 64, temperature 0 and `ignore_eos` (so every
run generates exactly 64 tokens). Each run starts the prompt with a different run number so the
engine's prompt cache cannot skip prompt processing. Reported per endpoint, medians of the warm
runs: llama.cpp's `timings` (prompt_per_second, predicted_per_second), client-side time to first
token and client-side generation speed (tokens after the first / time after the first).

    .venv/bin/python bench/edge_model.py                 # packaged Gemma 3 270M, 1 and 2 threads
    .venv/bin/python bench/edge_model.py --threads 1 --batch-threads 2
    .venv/bin/python bench/edge_model.py --threads 1 --model-path my.gguf --runs 9

Only 127.0.0.1 traffic. Other processes on the machine are not stopped: the load average is
printed with the table, and numbers taken on a busy machine are not comparable.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Any

from _edge_model_report import (  # bench/ is the script's directory, first on sys.path
    ENDPOINTS,
    Row,
    Sample,
    others_cores,
    report,
    wait_quiet,
)

HOST = "127.0.0.1"
MAX_EVENTS = 10_000  # bound on the lines read from one streamed response
READY_TIMEOUT_S = 300.0
REQUEST_TIMEOUT_S = 300.0
OMP_ENV = {"OMP_WAIT_POLICY": "PASSIVE"}  # what the embedded target sets before loading

PASSAGE = (
    "Read the following notes from a field engineer and keep them in mind. The router sits in a "
    "small cabinet next to the loading dock, where the temperature swings between four and thirty "
    "degrees over a single day. It runs on a low-power board with two cores and eight gigabytes "
    "of memory, and it serves a handful of handheld scanners, two label printers and a tablet "
    "that the shift supervisor uses to check the delivery schedule. Most requests are short: "
    "a scanner asks whether a parcel belongs to the morning or the afternoon round, or the "
    "tablet asks for a summary of late deliveries. Once or twice a day someone asks a longer "
    "question about a damaged pallet, a missing invoice or a customer complaint, and those "
    "answers must not leave the building because they quote names and addresses. The uplink is "
    "a shared line that drops for a few minutes most afternoons, so anything that depends on the "
    "cloud has to fail over quickly and quietly. Now continue the notes with a list of checks."
)


def prompt_for(run: int) -> str:
    """A different first line per run: the prompt cache then reuses (almost) nothing."""
    return f"Entry {run:03d}. {PASSAGE}"


def request_body(endpoint: str, run: int, max_tokens: int, model: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": model,
        "max_tokens": max_tokens,
        "temperature": 0,
        "ignore_eos": True,  # llama.cpp extension: generate exactly max_tokens
        "stream": True,
        # llama.cpp sends chat `timings` in the usage chunk, which meshroute passes on only
        # when asked: ask on both sides so the requests are identical.
        "stream_options": {"include_usage": True},
    }
    if endpoint == "chat":
        body["messages"] = [{"role": "user", "content": prompt_for(run)}]
    else:
        body["prompt"] = prompt_for(run)
    return body


class StreamClock:
    """Timestamps the chunks of one streamed answer as they arrive."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.first: float | None = None
        self.last = self.start
        self.text_chunks = 0
        self.timings: dict[str, Any] = {}

    def feed(self, chunk: dict[str, Any]) -> None:
        now = time.perf_counter()
        if "error" in chunk:
            raise RuntimeError(f"error chunk: {json.dumps(chunk)[:300]}")
        if _chunk_text(chunk):
            if self.first is None:
                self.first = now
            self.text_chunks += 1
        self.last = now
        timings = chunk.get("timings")
        if isinstance(timings, dict):
            self.timings = timings

    def sample(self) -> Sample:
        if self.first is None or not self.timings:
            raise RuntimeError("stream ended without text or without llama.cpp timings")
        predicted = int(self.timings.get("predicted_n", self.text_chunks))
        window = self.last - self.first
        return Sample(
            ttft_s=self.first - self.start,
            client_tg_tps=(predicted - 1) / window if window > 0 else 0.0,
            pp_tps=float(self.timings["prompt_per_second"]),
            tg_tps=float(self.timings["predicted_per_second"]),
            prompt_n=int(self.timings.get("prompt_n", 0)),
            cache_n=int(self.timings.get("cache_n", 0)),
            predicted_n=predicted,
        )


def _chunk_text(chunk: dict[str, Any]) -> str:
    choices = chunk.get("choices") or [{}]
    choice = choices[0] if isinstance(choices[0], dict) else {}
    delta = choice.get("delta") or {}
    return str(choice.get("text") or delta.get("content") or "")


# --- engine: llama.cpp in-process, no meshroute -------------------------------------------------


def target_config(threads: int, args: argparse.Namespace) -> dict[str, Any]:
    """The one embedded target both sides use: the engine block is identical by construction."""
    engine: dict[str, Any] = {
        "threads": threads,
        "context": args.context,
        "parallel": args.parallel,
    }
    if args.batch_threads:
        engine["batch_threads"] = args.batch_threads
    if args.chat_template:
        engine["chat_template"] = args.chat_template
    target: dict[str, Any] = {
        "name": "edge",
        "kind": "embedded",
        "tier": "edge",
        "zone": "private",
        "models": {"assistant": "v1"},
        "engine": engine,
    }
    if args.model_path:
        target["model_path"] = str(Path(args.model_path).expanduser().resolve())
    return target


def engine_server(threads: int, args: argparse.Namespace) -> tuple[Any, str]:
    """The xllamacpp.Server the embedded target loads, built by the target's own `_load`, so the
    CommonParams (threads, batch threads, context, slots, chat template) are the same."""
    from meshroute.config import TargetConfig
    from meshroute.targets.embedded import EmbeddedTarget

    config = TargetConfig.model_validate(target_config(threads, args))
    return EmbeddedTarget(config)._load(), config.served_model_name


def engine_once(server: Any, endpoint: str, body: dict[str, Any]) -> Sample:
    handler = server.handle_chat_completions if endpoint == "chat" else server.handle_completions
    clock = StreamClock()

    def on_chunk(data: bytes | str) -> bool:
        clock.feed(json.loads(data))
        return False  # False: keep generating

    handler(json.dumps(body).encode(), on_chunk)
    return clock.sample()


def engine_worker(args: argparse.Namespace) -> None:
    """Child-process entry: measure the bare engine, print the samples as JSON on stdout."""
    os.environ.update(OMP_ENV)  # before xllamacpp loads, as the target does
    server, model = engine_server(args.engine_worker, args)
    out: dict[str, list[dict[str, Any]]] = {}
    for endpoint in ENDPOINTS:
        samples = [
            engine_once(server, endpoint, request_body(endpoint, run, args.max_tokens, model))
            for run in range(args.warmup + args.runs)
        ]
        out[endpoint] = [asdict(s) for s in samples[args.warmup :]]
    print(json.dumps(out))


def measure_engine(threads: int, args: argparse.Namespace) -> dict[str, list[Sample]]:
    cmd = [sys.executable, __file__, "--engine-worker", str(threads), *passthrough(args)]
    done = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=READY_TIMEOUT_S + 60 * args.runs,
        env={**os.environ, **OMP_ENV},
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"engine worker failed ({done.returncode}): {done.stderr[-800:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return {ep: [Sample(**s) for s in data[ep]] for ep in ENDPOINTS}


def passthrough(args: argparse.Namespace) -> list[str]:
    flags = [
        "--runs",
        str(args.runs),
        "--warmup",
        str(args.warmup),
        "--max-tokens",
        str(args.max_tokens),
        "--context",
        str(args.context),
        "--parallel",
        str(args.parallel),
    ]
    if args.model_path:
        flags += ["--model-path", args.model_path]
    if args.batch_threads:
        flags += ["--batch-threads", str(args.batch_threads)]
    if args.chat_template:
        flags += ["--chat-template", args.chat_template]
    return flags


def resolve_model(model_path: str | None) -> Path:
    """The GGUF to load: --model-path, or the packaged one (assembled once into ~/.cache)."""
    if model_path:
        return Path(model_path).expanduser().resolve()
    from meshroute.targets.embedded import packaged_model_path

    return packaged_model_path()


# --- meshroute: the real gateway over HTTP ------------------------------------------------------


def gateway_config(port: int, threads: int, args: argparse.Namespace) -> str:
    config = {
        "server": {"host": HOST, "port": port},
        "ledger": {"url": "sqlite:///:memory:"},
        "targets": [target_config(threads, args)],
    }
    return json.dumps(config, indent=2)  # JSON is YAML


class Gateway:
    """`meshroute serve` in its own session; stop() ends exactly that process group."""

    def __init__(self, config: Path, port: int, log: Path) -> None:
        exe = Path(sys.executable).parent / "meshroute"
        self.url = f"http://{HOST}:{port}"
        self.log = log
        with log.open("wb") as out:
            self.proc = subprocess.Popen(
                [
                    str(exe),
                    "serve",
                    "--config",
                    str(config),
                    "--port",
                    str(port),
                    "--log-level",
                    "warning",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                env={**os.environ, **OMP_ENV},
            )

    def wait_ready(self, client: Any) -> None:
        import httpx

        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"meshroute exited: {self.log.read_text()[-800:]}")
            try:
                if client.get(f"{self.url}/readyz", timeout=2.0).status_code == 200:
                    return
            except httpx.HTTPError:  # not listening yet
                pass
            time.sleep(0.25)
        raise RuntimeError(f"meshroute not ready in {READY_TIMEOUT_S:.0f} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)


def http_once(client: Any, url: str, body: dict[str, Any]) -> Sample:
    clock = StreamClock()
    with client.stream("POST", url, json=body, timeout=REQUEST_TIMEOUT_S) as response:
        if response.status_code != 200:
            raise RuntimeError(f"{url}: HTTP {response.status_code}: {response.read()[:300]!r}")
        for count, line in enumerate(response.iter_lines()):
            if count >= MAX_EVENTS or line == "data: [DONE]":
                break
            if line.startswith("data: "):
                clock.feed(json.loads(line[len("data: ") :]))
    return clock.sample()


def measure_gateway(threads: int, args: argparse.Namespace) -> dict[str, list[Sample]]:
    import httpx

    paths = {"completions": "/v1/completions", "chat": "/v1/chat/completions"}
    with tempfile.TemporaryDirectory(prefix="edge-bench-") as tmp:
        port = free_port()
        config = Path(tmp) / "meshroute.yaml"
        config.write_text(gateway_config(port, threads, args))
        gateway = Gateway(config, port, Path(tmp) / "meshroute.log")
        try:
            with httpx.Client(trust_env=False) as client:
                gateway.wait_ready(client)
                out: dict[str, list[Sample]] = {}
                for endpoint in ENDPOINTS:
                    url = gateway.url + paths[endpoint]
                    samples = [
                        http_once(
                            client, url, request_body(endpoint, run, args.max_tokens, args.model)
                        )
                        for run in range(args.warmup + args.runs)
                    ]
                    out[endpoint] = samples[args.warmup :]
                return out
        finally:
            gateway.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--model-path", help="a GGUF (default: the packaged Gemma 3 270M)")
    parser.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    parser.add_argument("--runs", type=int, default=7, help="measured runs per cell")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs first")
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument(
        "--batch-threads", type=int, help="engine.batch_threads (default: = threads)"
    )
    parser.add_argument("--context", type=int, default=4096, help="engine.context")
    parser.add_argument("--parallel", type=int, default=2, help="engine.parallel")
    parser.add_argument("--chat-template", help="engine.chat_template (default: the target's)")
    parser.add_argument("--model", default="assistant", help="model field sent to meshroute")
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=120.0,
        help="seconds to wait for other processes to go quiet before each phase",
    )
    parser.add_argument("--engine-worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not 1 <= args.runs <= 100 or not 0 <= args.warmup <= 10:
        parser.error("--runs must be 1..100 and --warmup 0..10")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.engine_worker:
        engine_worker(args)
        return
    thread_counts = [int(t) for t in args.threads.split(",") if t.strip()]
    path = resolve_model(args.model_path)
    print(f"model: {path} ({path.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)
    rows: list[Row] = []
    for threads in thread_counts:  # one configuration at a time
        wait_quiet(args.quiet_wait)
        print(f"threads={threads}: engine ...", file=sys.stderr)
        engine, busy_engine = others_cores(partial(measure_engine, threads, args))
        wait_quiet(args.quiet_wait)
        print(f"threads={threads}: meshroute ...", file=sys.stderr)
        gateway, busy_mesh = others_cores(partial(measure_gateway, threads, args))
        rows += [
            Row(threads, ep, engine[ep], gateway[ep], busy_engine, busy_mesh) for ep in ENDPOINTS
        ]
    print(report(rows, args))


if __name__ == "__main__":
    main()
