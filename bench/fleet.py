"""Fleet benchmark (issue 15): push and deploy time and throughput for the 253 MB Gemma 3 270M
GGUF, and the swap's effect on request latency.

A real `docker-registry` process and a real `meshroute serve` node (embedded SmolLM2 as
assistant@v1, one engine thread) on 127.0.0.1. A client sends chat requests (max_tokens 8) in
a loop through: before the deploy, the deploy of assistant@v2 (Gemma: pull, sha256, load,
swap), after it, and a rollback to v1. Prints two tables.

    .venv/bin/python bench/fleet.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "fleet")]

from fleetkit import node_config, registry_process, write_config  # noqa: E402

from meshroute.fleet import client  # noqa: E402
from meshroute.fleet.registry import push_file  # noqa: E402
from meshroute.targets.default_model import gemma_path  # noqa: E402
from support import free_port, serve_process, wait_ready  # noqa: E402

MB = 1e6


class Client(threading.Thread):
    """Sequential chat requests; each sample is (start, seconds, phase, ok, model)."""

    def __init__(self, base: str, token: str) -> None:
        super().__init__(daemon=True)
        self.base, self.token = base, token
        self.phase = "before"
        self.samples: list[tuple[float, float, str, bool, str]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        body = {"model": "assistant", "max_tokens": 8,
                "messages": [{"role": "user", "content": "Name a colour."}]}  # fmt: skip
        headers = {"authorization": f"Bearer {self.token}"}
        with httpx.Client(timeout=120) as http:
            while not self.stop.is_set():
                phase, started = self.phase, time.perf_counter()
                try:
                    reply = http.post(f"{self.base}/v1/chat/completions", json=body,
                                      headers=headers)  # fmt: skip
                    ok, model = reply.status_code == 200, reply.json().get("model", "?")
                except (httpx.HTTPError, ValueError):
                    ok, model = False, "-"
                self.samples.append((started, time.perf_counter() - started, phase, ok, model))


def _phase_rows(samples: list[tuple[float, float, str, bool, str]]) -> list[str]:
    rows = []
    for phase in ("before", "deploy v2", "after v2", "rollback", "after rollback"):
        picked = [s for s in samples if s[2] == phase]
        if not picked:
            continue
        times = sorted(s[1] * 1000 for s in picked)
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        models = ",".join(sorted({s[4] for s in picked}))
        errors = sum(not s[3] for s in picked)
        rows.append(
            f"| {phase} | {len(picked)} | {statistics.median(times):.0f} | {p99:.0f} | "
            f"{times[-1]:.0f} | {errors} | {models} |"
        )
    return rows


def _run(work: Path) -> None:
    gemma = Path(gemma_path())
    size = gemma.stat().st_size
    with registry_process(work / "registry") as registry:
        pushed = push_file(registry, gemma, "assistant", "v2")
        again = push_file(registry, gemma, "assistant", "v2")
        config, token = node_config(work, None)
        config_file = write_config(work, config)
        port = free_port()
        node = serve_process(config_file, port, work, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)  # fmt: skip
        root = f"http://127.0.0.1:{port}"
        try:
            wait_ready(root, timeout=180)
            load = Client(root, token)
            load.start()
            time.sleep(5)
            order = {"name": "assistant", "version": "v2", "digest": pushed.digest,
                     "registry": registry}  # fmt: skip
            load.phase = "deploy v2"
            started = time.perf_counter()
            deployed = client.order(root, "/admin/models/deploy", token, order)
            deploy_s = time.perf_counter() - started
            load.phase = "after v2"
            time.sleep(5)
            load.phase = "rollback"
            started = time.perf_counter()
            client.order(root, "/admin/models/rollback", token, {"name": "assistant"})
            rollback_s = time.perf_counter() - started
            load.phase = "after rollback"
            time.sleep(5)
            load.stop.set()
            load.join(timeout=120)
        finally:
            node.terminate()
            node.wait(timeout=60)
    print(f"Model file: {gemma.name}, {size / MB:.1f} MB\n")
    print("| step | seconds | MB/s |")
    print("|---|---|---|")
    push_rate = size / MB / pushed.seconds
    print(f"| push (sha256 + upload + manifest) | {pushed.seconds:.2f} | {push_rate:.0f} |")
    print(f"| push again (already there: HEAD only) | {again.seconds:.2f} | — |")
    print(f"| deploy (pull + sha256 + load + swap), node's own timer | {deployed['seconds']:.2f} | "
          f"{size / MB / deployed['seconds']:.0f} |")  # fmt: skip
    pull_s, swap_s = deployed["pull_seconds"], deployed["swap_seconds"]
    print(f"| of which pull + sha256 + install | {pull_s:.2f} | {size / MB / pull_s:.0f} |")
    print(f"| of which load + warm-up + switch | {swap_s:.2f} | — |")
    print(f"| deploy, as the CLI waits for it | {deploy_s:.2f} | — |")
    print(f"| rollback to v1 (verify + load + swap) | {rollback_s:.2f} | — |")
    print("\nRequest latency on the node (sequential chat, max_tokens 8), ms:\n")
    print("| phase | requests | p50 | p99 | max | errors | served by |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(_phase_rows(load.samples)))


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-fleet-") as scratch:
        _run(Path(scratch))


if __name__ == "__main__":
    main()
