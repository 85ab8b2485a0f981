"""Load generation and process helpers for bench/overhead.py: wrk with a Lua script, CPU pinning,
free ports, starting and stopping servers on 127.0.0.1. Standard library only."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

HOST = "127.0.0.1"

_LUA = """
wrk.method = "POST"
wrk.body = [==[%(body)s]==]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer sk-bench"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%%d,"duration_us":%%d,"p50_us":%%d,"p99_us":%%d,"mean_us":%%.1f,' ..
    '"max_us":%%d,"connect":%%d,"read":%%d,"write":%%d,"status":%%d,"timeout":%%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.mean, latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
"""


@dataclass
class Result:
    """One measured point: latency in ms, throughput in requests per second."""

    p50_ms: float
    p99_ms: float
    rps: float
    requests: int
    errors: int


def ensure_wrk(install: bool) -> str:
    """The wrk binary; installs it with apt-get when `install` is set and we are root."""
    found = shutil.which("wrk")
    if found:
        return found
    if install and os.geteuid() == 0:
        subprocess.run(
            ["apt-get", "install", "-y", "wrk"],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        found = shutil.which("wrk")
    if not found:
        raise SystemExit(
            "wrk is not installed: run `apt-get install -y wrk` (as root), or pass --install-wrk"
        )
    return found


def wrk_version(wrk: str) -> str:
    out = subprocess.run([wrk, "-v"], capture_output=True, text=True, check=False)
    text = (out.stdout or out.stderr or "?").splitlines()[0]
    return text.split(" Copyright")[0].strip()


def cpus() -> list[int]:
    return sorted(os.sched_getaffinity(0))


def pinned(cmd: list[str], cpu: int | None) -> list[str]:
    """Prefix `cmd` with taskset when a CPU is given and taskset exists."""
    if cpu is None or shutil.which("taskset") is None:
        return cmd
    return ["taskset", "-c", str(cpu), *cmd]


def run_wrk(
    wrk: str,
    url: str,
    body: dict[str, Any],
    concurrency: int,
    duration: float,
    cpu: int | None,
    think_ms: int = 0,
) -> Result:
    """Closed-loop load: `concurrency` connections on one wrk thread for `duration` seconds."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(_LUA % {"body": json.dumps(body)})
        if think_ms:  # a pause before each request: an offered rate rather than flat out
            lua.write(f"delay = function() return {think_ms} end\n")
    try:
        cmd = pinned(
            [
                wrk,
                "-t1",
                f"-c{concurrency}",
                f"-d{max(1, round(duration))}s",
                "--timeout",
                "10s",
                "-s",
                lua.name,
                url,
            ],
            cpu,
        )
        out = subprocess.run(
            cmd, capture_output=True, text=True, timeout=duration + 60, check=False
        )
    finally:
        os.unlink(lua.name)
    line = next((x for x in out.stdout.splitlines() if x.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result: {out.stdout[-500:]} {out.stderr[-500:]}")
    data = json.loads(line[len("WRKJSON ") :])
    errors = sum(data[k] for k in ("connect", "read", "write", "status", "timeout"))
    return Result(
        p50_ms=data["p50_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        rps=data["requests"] / (data["duration_us"] / 1e6),
        requests=data["requests"],
        errors=errors,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class Server:
    """A server process we started (in its own session, so we stop exactly its process group)."""

    def __init__(
        self, name: str, cmd: list[str], log_path: Path, env: dict[str, str] | None = None
    ) -> None:
        self.name, self.log_path = name, log_path
        self._log: IO[bytes] = log_path.open("wb")
        self.proc = subprocess.Popen(
            cmd,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, **(env or {})},
        )

    def wait_http(self, url: str, timeout: float) -> None:
        """Poll `url` until it answers 200; fail early if the process died."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.proc.returncode}; "
                    f"log: {self.log_path}\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise RuntimeError(
            f"{self.name} not ready at {url} after {timeout:.0f} s; "
            f"log: {self.log_path}\n{self.log_tail()}"
        )

    def log_tail(self, chars: int = 1500) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")[-chars:]

    def rss_mb(self) -> float:
        try:
            fields = Path(f"/proc/{self.proc.pid}/status").read_text().split("VmRSS:")[1]
            return int(fields.split()[0]) / 1024
        except (OSError, IndexError, ValueError):
            return float("nan")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=15)
        self._log.close()


def post_json(url: str, body: dict[str, Any], timeout: float = 30) -> tuple[int, str]:
    """One request with the standard library: (status, body text)."""
    req = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": "Bearer sk-bench"},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")
