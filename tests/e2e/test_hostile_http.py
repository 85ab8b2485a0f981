"""Slow and idle clients cannot hold the gateway's connections (issue 9): a request head must
arrive within the head timeout (408, then the connection closes), a body within
server.body_timeout_s (408 in OpenAI's error shape); meanwhile other clients are served."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from meshroute.api.protocol import BoundedHttpToolsProtocol
from meshroute.config import Config
from meshroute.targets.fake import Behaviour, fake_targets
from support import GatewayFactory

TARGET = {
    "name": "box",
    "kind": "openai",
    "base_url": "http://127.0.0.1:9/v1",
    "upstream_model": "m",
    "tier": "local",
    "zone": "private",
    "models": {"assistant": "v1"},
}


@pytest.fixture
def url(gateway_factory: GatewayFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(BoundedHttpToolsProtocol, "head_timeout_s", 1.0)
    config = Config.model_validate({"targets": [TARGET], "server": {"body_timeout_s": 1.0}})
    yield gateway_factory(config, features=False, targets=fake_targets({"box": Behaviour()}))


def _connect(url: str) -> socket.socket:
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    return socket.create_connection(("127.0.0.1", port), timeout=5)


def _read_all(sock: socket.socket, limit_s: float) -> bytes:
    sock.settimeout(limit_s)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except TimeoutError:
        pass
    return data


def test_a_slow_head_gets_408_and_the_connection_closes(url: str) -> None:
    sock = _connect(url)
    began = time.monotonic()
    sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n")
    reply = b""
    for _ in range(30):  # one header byte every 0.1 s: slower than the 1 s deadline allows
        try:
            sock.sendall(b"X")
        except OSError:
            break
        time.sleep(0.1)
    reply = _read_all(sock, 2)
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert b"request_timeout" in reply and time.monotonic() - began < 4
    sock.close()


def test_an_idle_connection_is_closed(url: str) -> None:
    sock = _connect(url)
    reply = _read_all(sock, 3)  # says nothing at all
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]


def test_a_slow_body_gets_408(url: str) -> None:
    sock = _connect(url)
    head = (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
        b"content-type: application/json\r\ncontent-length: 1000\r\n\r\n"
    )
    sock.sendall(head + b'{"model": "assistant", ')
    reply = _read_all(sock, 3)
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert b'"code":"request_timeout"' in reply and b"x-request-id" in reply.lower()
    sock.close()


def test_many_slow_clients_do_not_stop_the_others(url: str) -> None:
    sockets = [_connect(url) for _ in range(100)]
    for sock in sockets:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # never finished
    chat = {"model": "assistant", "messages": [{"role": "user", "content": "hi"}]}
    assert httpx.post(f"{url}/chat/completions", json=chat, timeout=5).status_code == 200
    time.sleep(1.5)
    closed = 0
    for sock in sockets:
        if _read_all(sock, 0.2).startswith(b"HTTP/1.1 408"):
            closed += 1
        sock.close()
    assert closed == len(sockets)


def test_an_upstream_address_never_reaches_a_user(gateway_factory: GatewayFactory) -> None:
    from support import free_port

    port = free_port()  # nothing listens: connection refused, the message names the address
    dead = {**TARGET, "base_url": f"http://127.0.0.1:{port}/v1"}
    url = gateway_factory(Config.model_validate({"targets": [dead]}), features=False)
    chat = {"model": "assistant", "messages": [{"role": "user", "content": "hi"}]}
    for stream in (False, True):
        answer = httpx.post(f"{url}/chat/completions", json={**chat, "stream": stream}, timeout=10)
        assert answer.status_code in (502, 503), answer.text
        assert str(port) not in answer.text and "127.0.0.1" not in answer.text
    assert httpx.get(url.removesuffix("/v1") + "/readyz").json().keys() == {"ready"}


class _SlowDetector:
    """A detector whose scan of a large request, or deep scan, blocks until the test releases
    it (as a huge document's scan holds its thread): blocking, like the real recognisers, so it
    shows where the scan runs. Waiting on an event, not sleeping: no timing to judge."""

    def __init__(self) -> None:
        self.scanning = threading.Event()
        self.release = threading.Event()

    def scan(self, texts: Any, *, deep: bool = False) -> tuple[Any, ...]:
        if deep or sum(len(text) for text in texts) > 8 * 1024:
            self.scanning.set()
            self.release.wait(30)
        return ()


@pytest.mark.parametrize(("size", "model"), [(64 * 1024, "assistant"), (100, "cloud/m")])
def test_slow_scans_run_off_the_event_loop(size: int, model: str) -> None:
    """A large request's scan (and any deep scan, here before a public target) runs on a
    worker thread: /healthz and other requests are answered while it is still held (had it run
    on the event loop, they would wait for the release, which comes only after them)."""
    from meshroute.api.app import create_app
    from support import ServerThread, free_port

    cloud = {**TARGET, "name": "cloud", "zone": "public", "tier": "cloud"}
    config = Config.model_validate({"targets": [TARGET, cloud], "ledger": {"enabled": False}})
    behaviours = {"box": Behaviour(), "cloud": Behaviour()}
    detector = _SlowDetector()
    app = create_app(config, detector=detector, targets=fake_targets(behaviours))
    server = ServerThread(app, free_port())
    server.start()
    url = f"http://127.0.0.1:{server.port}"
    body = {"model": model, "messages": [{"role": "user", "content": "x" * size}]}
    slow = threading.Thread(
        target=lambda: httpx.post(f"{url}/v1/chat/completions", json=body, timeout=40)
    )
    try:
        slow.start()
        assert detector.scanning.wait(10)  # the scan holds its thread now
        assert httpx.get(f"{url}/healthz", timeout=5).status_code == 200
        small = {"model": "assistant", "messages": [{"role": "user", "content": "hi"}]}
        assert httpx.post(f"{url}/v1/chat/completions", json=small, timeout=5).status_code == 200
        assert slow.is_alive()  # answered while the large request's scan is still held
    finally:
        detector.release.set()
        if slow.is_alive():
            slow.join()
        server.stop()
