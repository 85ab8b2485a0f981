"""Helpers the tests share (real servers on free ports of 127.0.0.1); the fixtures that use
them are in conftest.py. A module of its own, because `conftest` is not a unique name."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn

from meshroute.api.protocol import BoundedHttpToolsProtocol


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerThread:
    """A uvicorn server in a background thread with its own event loop."""

    def __init__(self, app: Any, port: int) -> None:
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            log_config=None,
            access_log=False,
            lifespan="on",
            loop="asyncio",
            http=BoundedHttpToolsProtocol,
        )
        self.server = uvicorn.Server(config)
        self.port = port
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.run(self.server.serve())

    def start(self, timeout: float = 120) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


GatewayFactory = Callable[..., str]


def wait_ready(root: str, timeout: float = 60) -> None:
    """Poll a gateway's /readyz until it answers 200."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{root}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"meshroute at {root} did not become ready")


def serve_process(
    config: Path, port: int, cwd: Path, *args: str, **popen: Any
) -> subprocess.Popen[str]:
    """`meshroute serve` as a user runs it, in `cwd` (where the default ledger file goes)."""
    command = [
        sys.executable,
        "-m",
        "meshroute.cli",
        "serve",
        "--config",
        str(config),
        "--port",
        str(port),
        *args,
    ]
    return subprocess.Popen(command, text=True, cwd=cwd, **popen)
