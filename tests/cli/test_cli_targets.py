"""`meshroute targets`: finds the gateway through the config's port; anything that is not a
meshroute admin endpoint is one clear line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from meshroute.api.app import create_app
from meshroute.config import Config
from support import ServerThread, free_port


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "targets", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


TARGET = {
    "name": "box",
    "kind": "openai",
    "base_url": "http://127.0.0.1:9/v1",
    "upstream_model": "m",
    "tier": "local",
    "zone": "private",
}


def test_targets_reads_the_port_from_the_config(tmp_path: Path) -> None:
    port = free_port()
    settings = {"server": {"port": port}, "ledger": {"enabled": False}, "targets": [TARGET]}
    server = ServerThread(create_app(Config.model_validate(settings)), port)
    server.start()
    try:
        config = tmp_path / "meshroute.yaml"
        config.write_text(json.dumps(settings))
        done = run("--config", str(config), "--json")
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr
    assert set(json.loads(done.stdout)) == {"box"}


class _Liar(BaseHTTPRequestHandler):
    """Answers every path with whatever `body` the test set: not a meshroute gateway."""

    body = b"<html>hello</html>"
    status = 200

    def do_GET(self) -> None:
        self.send_response(self.status)
        self.send_header("content-length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def liar() -> Iterator[tuple[str, type[_Liar]]]:
    handler = type("Handler", (_Liar,), {})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize(
    "body",
    [
        b"<html>hello</html>",
        b'"a bare string"',
        b"[1, 2, 3]",
        b'{"targets": []}',
        b'{"targets": {"x": {}}}',
        b'{"targets": {"x": {"tier": 1}}}',
        b"[" * 100_000,
    ],
)
def test_a_non_meshroute_answer_is_refused(liar: tuple[str, type[_Liar]], body: bytes) -> None:
    from meshroute.admin_client import AdminError, fetch_targets

    url, handler = liar
    handler.body = body
    with pytest.raises(AdminError, match="not a meshroute gateway"):
        fetch_targets(url, None)


def test_a_non_meshroute_url_is_one_clear_line(liar: tuple[str, type[_Liar]]) -> None:
    url, _ = liar  # answers HTML
    for flags in ([], ["--json"]):
        done = run("--url", url, *flags)
        assert done.returncode == 2, done.stdout
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert done.stderr.startswith("meshroute: ") and "not a meshroute" in done.stderr


def test_an_http_error_is_one_clear_line(liar: tuple[str, type[_Liar]]) -> None:
    url, handler = liar
    handler.status, handler.body = 401, b'{"error": {"message": "no key"}}'
    done = run("--url", url)
    assert done.returncode == 2 and "401" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_trickling_server_is_cut_off_at_the_deadline() -> None:
    import socket
    import time

    from meshroute.admin_client import AdminError, fetch_targets

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()

    def trickle() -> None:
        connection, _ = server.accept()
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\r\ncontent-length: 100000\r\n\r\n")
        while not stop.is_set():  # one byte every 0.2 s: each read is quick, the body never ends
            connection.sendall(b" ")
            time.sleep(0.2)
        connection.close()

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    started = time.monotonic()
    try:
        with pytest.raises(AdminError, match="did not finish answering"):
            fetch_targets(f"http://127.0.0.1:{server.getsockname()[1]}", None, deadline_s=1.0)
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()
    assert time.monotonic() - started < 5
