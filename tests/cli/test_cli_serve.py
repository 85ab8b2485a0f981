"""`meshroute serve` as a user starts it: one line, printed once the port listens; a taken port
is one clear error and no "serving" claim."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from support import free_port, serve_process


def _config(tmp_path: Path, port: int) -> Path:
    config = tmp_path / "meshroute.yaml"
    config.write_text(
        json.dumps(
            {
                "server": {"port": port},
                "ledger": {"url": f"sqlite:///{tmp_path / 'ledger.db'}"},
                "targets": [
                    {
                        "name": "box",
                        "kind": "openai",
                        "base_url": "http://127.0.0.1:9/v1",
                        "upstream_model": "m",
                        "tier": "local",
                        "zone": "private",
                        "models": {"assistant": "v1"},
                    }
                ],
            }
        )
    )
    return config


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def _answering(port: int) -> bool:
    """An HTTP answer, not just a TCP connection (the port listens from the first second)."""
    import httpx

    try:
        return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def test_start_up_is_one_line_printed_once_the_server_answers(tmp_path: Path) -> None:
    port = free_port()
    server = serve_process(
        _config(tmp_path, port), port, tmp_path, stderr=subprocess.PIPE, stdout=subprocess.PIPE
    )
    lines: list[str] = []
    announced = threading.Event()
    listening_at_announce: list[bool] = []

    def read() -> None:
        assert server.stderr is not None
        for line in server.stderr:
            if "serving" in line and not announced.is_set():
                listening_at_announce.append(_answering(port))
                announced.set()
            lines.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert announced.wait(90), f"no serving line: {lines}"
        time.sleep(1.5)  # anything start-up still prints would come now
        start_up = list(lines)
    finally:
        server.terminate()
        server.wait(timeout=30)
        reader.join(timeout=5)
    assert listening_at_announce == [True], "the serving line came before the server answered"
    assert len(start_up) == 1, "".join(start_up)
    line = start_up[0]
    assert f"http://127.0.0.1:{port}/v1" in line and "box" in line
    assert "OPEN" in line  # no key file: said on the same line


def test_serve_on_a_taken_port_is_one_error_and_no_serving_claim(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        server = serve_process(
            _config(tmp_path, port), port, tmp_path, stderr=subprocess.PIPE, stdout=subprocess.PIPE
        )
        _, err = server.communicate(timeout=90)
    assert server.returncode not in (0, None)
    assert "serving" not in err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("meshroute: "), err
    assert f"127.0.0.1:{port}" in lines[0] and "in use" in lines[0]
    assert time.monotonic() - started < 30  # refused before loading any model


def test_debug_log_level_still_shows_library_chatter(tmp_path: Path) -> None:
    port = free_port()
    server = serve_process(
        _config(tmp_path, port),
        port,
        tmp_path,
        "--log-level",
        "debug",
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 90
        while not _listening(port):
            assert server.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    loggers = {json.loads(line)["logger"] for line in err.splitlines() if line.startswith("{")}
    assert any(name.startswith(("presidio", "alembic", "uvicorn")) for name in loggers), loggers


def test_module_entry_point_runs_the_one_app() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "--no-such-flag"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith("meshroute: ")
