"""`meshroute serve` start-up as a user sees it: lines printed, time to the serving line, and
whether the server answers when the line appears.

    .venv/bin/python bench/startup.py [--runs 3] [--config FILE]

Each run starts `meshroute serve` (the built-in default config unless --config) in a fresh
directory on a free port, reads stderr, and polls GET /healthz every 20 ms. Prints a table.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from statistics import median

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def one_run(config: Path | None) -> tuple[float, float, int, bool]:
    """(seconds to the serving line, seconds to the first answer, lines, answered at line)."""
    port = free_port()
    command = [sys.executable, "-m", "meshroute.cli", "serve", "--port", str(port)]
    if config is not None:
        command += ["--config", str(config.resolve())]
    lines: list[str] = []
    announced: list[float] = []
    answered_at_line: list[bool] = []
    with tempfile.TemporaryDirectory() as work:
        started = time.perf_counter()
        server = subprocess.Popen(command, cwd=work, stderr=subprocess.PIPE, text=True)

        def read() -> None:
            assert server.stderr is not None
            for line in server.stderr:
                if "serving" in line and not announced:
                    announced.append(time.perf_counter() - started)
                    answered_at_line.append(_answers(port))
                lines.append(line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            while not _answers(port):
                if server.poll() is not None or time.perf_counter() - started > 120:
                    raise RuntimeError("".join(lines))
                time.sleep(0.02)
            first_answer = time.perf_counter() - started
            time.sleep(1.0)  # anything start-up still prints comes now
            count = len(lines)
        finally:
            server.terminate()
            server.wait(timeout=60)
            reader.join(timeout=5)
    return announced[0] if announced else float("nan"), first_answer, count, answered_at_line[0]


def _answers(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--config", type=Path)
    args = parser.parse_args(argv)
    runs = [one_run(args.config) for _ in range(args.runs)]
    print(
        f"# meshroute serve start-up, {args.runs} runs, config "
        f"{args.config or 'built-in default'}, {os.cpu_count()} cores"
    )
    print("| run | serving line s | first answer s | lines printed | answered at the line |")
    print("|---|---|---|---|---|")
    for index, (line_s, answer_s, count, answered) in enumerate(runs, start=1):
        print(f"| {index} | {line_s:.2f} | {answer_s:.2f} | {count} | {answered} |")
    print(
        f"| median | {median(r[0] for r in runs):.2f} | {median(r[1] for r in runs):.2f} | "
        f"{median(r[2] for r in runs):.0f} | {all(r[3] for r in runs)} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
