"""The meshroute image: size, build time (cold / warm / after a source edit), start-up time.

    .venv/bin/python bench/container.py [--cold] [--starts 3]

--cold first removes the image and BuildKit's cache (layers and the pip download cache), so the
build downloads and installs every dependency again; the debootstrap base is kept (making it is
timed separately, once, by the tests' `ensure_base_image`). Start-up is measured from `docker run`
to /healthz answering 200, to /readyz answering 200 (the model loaded), and to the first answer.
Builds what is committed (HEAD), like CI; needs dockerd (started if absent, as root).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "deploy"))

import dockerkit  # tests/deploy: shared with the deploy tests

TAG = "meshroute:bench"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def builds(cold: bool) -> list[tuple[str, float]]:
    rows = []
    if cold:
        dockerkit.docker("rmi", "--force", TAG, check=False)
        dockerkit.docker("builder", "prune", "--all", "--force", timeout=600)
    context = dockerkit.build_context()
    keep = Path(str(context) + "-keep")
    shutil.copytree(context, keep)  # build_image removes its context
    rows.append(
        ("build, cold cache" if cold else "build (as cached)", dockerkit.build_image(TAG, context))
    )
    warm = Path(str(keep) + "-warm")
    shutil.copytree(keep, warm)
    rows.append(("rebuild, nothing changed", dockerkit.build_image(TAG, warm)))
    edited = keep
    init = edited / "src" / "meshroute" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + "\n# bench edit\n", encoding="utf-8")
    rows.append(("rebuild after a source edit", dockerkit.build_image(TAG, edited)))
    return rows


def one_start() -> dict[str, float | str]:
    port = _free_port()
    name = f"meshroute-bench-{os.getpid()}-{port}"
    started = time.monotonic()
    dockerkit.docker(
        "run", "--detach", "--name", name, "--read-only", "--tmpfs", "/tmp",
        "--publish", f"127.0.0.1:{port}:8080", TAG,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        dockerkit.wait_http(f"{url}/healthz", timeout=300)
        healthz = time.monotonic() - started
        dockerkit.wait_http(f"{url}/readyz", timeout=300)
        readyz = time.monotonic() - started
        body = json.dumps({
            "model": "auto", "max_tokens": 16,
            "messages": [{"role": "user", "content": "What is the capital of France?"}],
        }).encode()  # fmt: skip
        request = urllib.request.Request(
            f"{url}/v1/chat/completions", body, {"content-type": "application/json"}
        )
        asked = time.monotonic()
        with urllib.request.urlopen(request, timeout=120) as reply:
            assert reply.status == 200
        answered = time.monotonic()
        memory = (
            dockerkit.docker("stats", "--no-stream", "--format", "{{.MemUsage}}", name)
            .stdout.split("/")[0]
            .strip()
        )
        stop_started = time.monotonic()
        dockerkit.docker("stop", "--time", "60", name, timeout=120)
        stopped = time.monotonic() - stop_started
        return {
            "healthz_s": healthz,
            "readyz_s": readyz,
            "first_answer_s": answered - started,
            "answer_latency_s": answered - asked,
            "stop_s": stopped,
            "memory": memory,
        }
    finally:
        dockerkit.docker("rm", "--force", name, check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", action="store_true", help="prune the build cache first")
    parser.add_argument("--starts", type=int, default=3, help="container start-ups to time")
    args = parser.parse_args()
    dockerkit.ensure_daemon()
    base = dockerkit.ensure_base_image()
    rows = builds(args.cold)
    size = dockerkit.image_size(TAG)
    starts = [one_start() for _ in range(args.starts)]
    print(f"| {'measure':<44} | {'value':>12} |")
    print(f"|{'-' * 46}|{'-' * 14}|")
    if base:
        print(f"| {'base image (debootstrap + import)':<44} | {base:>10.1f} s |")
    for label, seconds in rows:
        print(f"| {label:<44} | {seconds:>10.1f} s |")
    print(f"| {'image size':<44} | {size / 1e6:>9.0f} MB |")
    for key, label in [
        ("healthz_s", "start to /healthz 200 (median)"),
        ("readyz_s", "start to /readyz 200, model loaded (median)"),
        ("first_answer_s", "start to first answer (median)"),
        ("answer_latency_s", "first answer, 16 tokens (median)"),
        ("stop_s", "docker stop, idle, to exit 0 (median)"),
    ]:
        value = statistics.median(float(s[key]) for s in starts)
        print(f"| {label:<44} | {value:>10.2f} s |")
    print(f"| {'memory after the first answer':<44} | {starts[-1]['memory']:>12} |")
    print(f"\n{args.starts} start-ups; builds of HEAD on {dockerkit.BASE_IMAGE}")


if __name__ == "__main__":
    main()
