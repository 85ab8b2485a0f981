"""A STAND-IN OpenAI-compatible upstream (a real HTTP server, not a model) for tests and benches.

Answers at once with deterministic text ("stand-in reply to: <first 40 chars of the last user
message>") on 127.0.0.1; raw asyncio + httptools + uvloop, far above 2,000 req/s on one core.
Fault modes (ok, refuse, status, ratelimit, hang, drip, drop_midstream, malformed,
wrong_content_type) via POST /_standin/mode, the `x-standin-mode` header or `set_mode()`.
Usage, routes and modes: docs/overhead.md, section "The stand-in upstream".
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import asdict, dataclass
from http import HTTPStatus
from typing import Any

import httptools  # httptools, uvloop and orjson come with the project's dependencies
import uvloop
from orjson import dumps as _dumps

# the answers themselves; tests/ is on sys.path (pytest, or the script's own directory)
from standin_upstream_payloads import Payloads, Reply, error_reply

HOST = "127.0.0.1"
MODES = frozenset(
    {
        "ok",
        "refuse",
        "status",
        "ratelimit",
        "hang",
        "drip",
        "drop_midstream",
        "malformed",
        "wrong_content_type",
    }
)
_HEADER_PARAM = {
    "status": "status",
    "ratelimit": "retry_after",
    "hang": "seconds",
    "drip": "delay_ms",
    "drop_midstream": "after_chunks",
}
_PARAMS: dict[str, Callable[[Any], Any]] = {
    "status": int,
    "retry_after": int,
    "seconds": float,
    "delay_ms": float,
    "after_chunks": int,
    "count": int,
}


@dataclass
class Fault:
    """How the stand-in misbehaves; `ok` means not at all."""

    mode: str = "ok"
    status: int = 500
    retry_after: int = 1
    seconds: float | None = None  # hang: before the first byte (default 1); refuse: reopen after
    delay_ms: float = 50.0
    after_chunks: int = 2
    count: int | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        fault = cls(mode=str(data.get("mode", "ok")))
        if fault.mode not in MODES:
            raise ValueError(f"unknown mode {fault.mode!r}; one of {sorted(MODES)}")
        for name, kind in _PARAMS.items():
            if data.get(name) is not None:
                setattr(fault, name, kind(data[name]))
        if not 400 <= fault.status <= 599:
            raise ValueError("status must be 400..599")
        return fault


class Request:
    def __init__(self) -> None:
        self.method, self.url, self.body, self.keep_alive = "", b"", bytearray(), True
        self.headers: dict[str, str] = {}


def _fault_reply(fault: Fault) -> Reply | None:
    if fault.mode == "status":
        return error_reply(fault.status, f"stand-in fault: status {fault.status}", "server_error")
    if fault.mode == "ratelimit":
        return error_reply(
            429,
            "stand-in fault: rate limited",
            "rate_limit_error",
            "rate_limit_exceeded",
            [("Retry-After", str(fault.retry_after))],
        )
    if fault.mode == "malformed":
        return Reply(body=b'{"id": "chatcmpl-standin", "choices": [{"message": ')
    if fault.mode == "wrong_content_type":
        return Reply(
            body=b"<html><body>stand-in: not JSON</body></html>",
            content_type="text/html; charset=utf-8",
        )
    return None


class StandinApp:
    """State shared by the connections of one server: fault mode, counters, listener."""

    def __init__(self, model: str = "standin-model") -> None:
        self.payloads, self.fault, self.port = Payloads(model), Fault(), 0
        self.stats: dict[str, Any] = {"requests": 0, "connections": 0, "by_path": {}, "by_mode": {}}
        self.last: dict[str, Any] | None = None
        self.main: asyncio.Server | None = None
        self.conns: set[Conn] = set()
        self._reopen: asyncio.TimerHandle | None = None
        pay = self.payloads
        self.gets: dict[str, Callable[[], Reply]] = {
            "/v1/models": pay.models,
            "/health": lambda: Reply(body=b'{"status":"ok"}'),
        }
        self.posts: dict[str, Callable[[dict[str, Any]], Reply]] = {
            "/v1/chat/completions": pay.chat,
            "/v1/completions": pay.completion,
            "/v1/embeddings": pay.embeddings,
        }

    def _take_fault(self, req: Request) -> Fault:
        mode, _, param = req.headers.get("x-standin-mode", "").strip().partition(":")
        with contextlib.suppress(ValueError):
            if mode:
                return Fault.from_json({"mode": mode, _HEADER_PARAM.get(mode, "-"): param or None})
        fault = self.fault
        if fault.count is not None:
            fault.count -= 1
            if fault.count <= 0:
                self.fault = Fault()
        return fault

    def handle(self, req: Request, conn: Conn) -> Awaitable[None] | None:
        path = req.url.split(b"?", 1)[0].decode("latin-1")
        if path.startswith("/_standin/"):
            return self._control(req, conn, path)
        stats = self.stats
        stats["requests"] += 1
        stats["by_path"][path] = stats["by_path"].get(path, 0) + 1
        fault = self._take_fault(req)
        stats["by_mode"][fault.mode] = stats["by_mode"].get(fault.mode, 0) + 1
        if fault.mode == "refuse":
            conn.abort()
            return None
        reply = _fault_reply(fault) or self._route(req, path)
        if fault.mode in ("hang", "drip", "drop_midstream"):
            return conn.deliver_slowly(reply, req.keep_alive, fault)
        conn.deliver(reply, req.keep_alive)
        return None

    def _route(self, req: Request, path: str) -> Reply:
        gets, posts = self.gets, self.posts
        if path not in gets and path not in posts:
            return error_reply(404, f"stand-in: no route {path}")
        if req.method != ("GET" if path in gets else "POST"):
            return error_reply(405, "method not allowed")
        if path in gets:
            return gets[path]()
        try:
            body = json.loads(bytes(req.body)) if req.body else None
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return error_reply(400, "body must be a JSON object")
        self.last = {"path": path, "headers": dict(req.headers), "body": body}
        reply = posts[path](body)
        reply.headers.append(("x-standin-received-keys", ",".join(sorted(body))))
        return reply

    def _control(self, req: Request, conn: Conn, path: str) -> Awaitable[None] | None:
        if req.method == "POST" and path in ("/_standin/mode", "/_standin/reset"):
            try:
                data = json.loads(bytes(req.body) or b"{}") if path.endswith("mode") else {}
                fault = Fault.from_json(data)
            except (ValueError, TypeError, AttributeError) as exc:
                conn.deliver(error_reply(400, str(exc)), req.keep_alive)
                return None
            if path.endswith("reset"):
                self.stats.update(requests=0, connections=0, by_path={}, by_mode={})
                self.last = None
            return self.apply(fault, conn, req.keep_alive)
        answers: dict[str, Callable[[], Any]] = {
            "/_standin/stats": lambda: {
                **self.stats,
                "mode": asdict(self.fault),
                "listening": self.main is not None,
            },
            "/_standin/last": lambda: self.last,
            "/_standin/mode": lambda: asdict(self.fault),
        }
        if path not in answers:
            conn.deliver(error_reply(404, f"no route {path}"), req.keep_alive)
            return None
        conn.deliver(Reply(body=_dumps(answers[path]())), req.keep_alive)
        return None

    async def apply(self, fault: Fault, conn: Conn | None = None, keep_alive: bool = True) -> None:
        """Set the fault mode; `refuse` closes the main listener, anything else reopens it."""
        self.fault = fault
        if self._reopen is not None:
            self._reopen.cancel()
        refuse = fault.mode == "refuse"
        if conn is not None:  # answer first: a refuse closes this connection too
            conn.deliver(Reply(body=_dumps(asdict(fault))), keep_alive and not refuse)
        if not refuse:
            await self.listen()
            return
        if self.main is not None:
            self.main.close()
            self.main = None
        for other in list(self.conns - {conn} if conn else self.conns):
            other.abort()
        if fault.seconds:
            self._reopen = asyncio.get_running_loop().call_later(
                fault.seconds, lambda: asyncio.ensure_future(self.apply(Fault()))
            )

    async def listen(self, port: int | None = None, reuse_port: bool = False) -> int:
        if self.main is None:
            self.main = await asyncio.get_running_loop().create_server(
                lambda: Conn(self),
                HOST,
                self.port if port is None else port,
                reuse_address=True,
                reuse_port=reuse_port,
            )
            self.port = self.main.sockets[0].getsockname()[1]
        return self.port


class Conn(asyncio.Protocol):
    """One HTTP/1.1 connection: httptools parsing, answers in order (pipelining safe)."""

    def __init__(self, app: StandinApp) -> None:
        self.app, self.busy = app, False
        self.parser = httptools.HttpRequestParser(self)
        self.req, self.queue = Request(), deque[Request]()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is not a subclass
        self.app.conns.add(self)
        self.app.stats["connections"] += 1

    def connection_lost(self, exc: Exception | None) -> None:
        self.app.conns.discard(self)
        self.transport = None

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            self.deliver(error_reply(400, "bad HTTP request"), False)

    # httptools callbacks
    def on_message_begin(self) -> None:
        self.req = Request()

    def on_url(self, url: bytes) -> None:
        self.req.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self.req.headers[name.decode("latin-1").lower()] = value.decode("latin-1")

    def on_body(self, body: bytes) -> None:
        self.req.body += body

    def on_message_complete(self) -> None:
        self.req.method = self.parser.get_method().decode()
        self.req.keep_alive = self.parser.should_keep_alive()
        self.queue.append(self.req)
        self._drain()

    def _drain(self) -> None:
        """Answer queued (pipelined) requests in order; a slow answer holds the rest back."""
        while self.queue and self.transport is not None and not self.busy:
            pending = self.app.handle(self.queue.popleft(), self)
            if pending is not None:
                self.busy = True
                asyncio.ensure_future(pending).add_done_callback(self._done)

    def _done(self, _: object) -> None:
        self.busy = False
        self._drain()

    @staticmethod
    def _head(reply: Reply, keep_alive: bool, length: int | None) -> bytes:
        lines = [
            f"HTTP/1.1 {reply.status} {HTTPStatus(reply.status).phrase}",
            f"Content-Type: {reply.content_type}",
            "Server: standin-upstream",
            "Connection: " + ("keep-alive" if keep_alive else "close"),
            "Transfer-Encoding: chunked" if length is None else f"Content-Length: {length}",
            *(f"{k}: {v}" for k, v in reply.headers),
        ]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def deliver(self, reply: Reply, keep_alive: bool) -> None:
        if self.transport is None:
            return
        if reply.chunks is None:
            self.transport.write(self._head(reply, keep_alive, len(reply.body)) + reply.body)
        else:
            parts = [self._head(reply, keep_alive, None)]
            parts += [b"%x\r\n%s\r\n" % (len(c), c) for c in reply.chunks]
            self.transport.write(b"".join(parts) + b"0\r\n\r\n")
        if not keep_alive:
            self.transport.close()

    async def deliver_slowly(self, reply: Reply, keep_alive: bool, fault: Fault) -> None:
        if fault.mode == "hang":
            await asyncio.sleep(1.0 if fault.seconds is None else fault.seconds)
            return self.deliver(reply, keep_alive)
        if fault.mode == "drip" and reply.chunks is None:  # whole answer: ~8 tokens' delay
            await asyncio.sleep(fault.delay_ms / 1000 * 8)
            return self.deliver(reply, keep_alive)
        if reply.chunks is None and self.transport:  # drop_midstream, whole: half the bytes
            self.transport.write(self._head(reply, True, len(reply.body)) + reply.body[:40])
            return self.transport.close()
        head = self._head(reply, keep_alive, None)
        for i, c in enumerate([head, *[b"%x\r\n%s\r\n" % (len(c), c) for c in reply.chunks or []]]):
            if fault.mode == "drip" and i > 1:
                await asyncio.sleep(fault.delay_ms / 1000)
            if self.transport is None:
                return
            if fault.mode == "drop_midstream" and i > fault.after_chunks:
                return self.transport.close()  # flushes what was sent, then FIN: no last chunk
            self.transport.write(c)
        if self.transport is None:
            return
        self.transport.write(b"0\r\n\r\n")
        if not keep_alive:
            self.transport.close()

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()


class StandinHandle:
    """A running stand-in: `url` (root), `base_url` (…/v1) for OpenAI clients."""

    def __init__(self, app: StandinApp, loop: asyncio.AbstractEventLoop) -> None:
        self.app, self.loop, self.port = app, loop, app.port
        self.url, self.base_url = f"http://{HOST}:{app.port}", f"http://{HOST}:{app.port}/v1"

    def set_mode(self, mode: str, **params: Any) -> None:
        """E.g. set_mode("status", status=503), set_mode("refuse"), set_mode("hang", seconds=2)."""
        coro = self.app.apply(Fault.from_json({"mode": mode, **params}))
        asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=10)

    def reopen(self) -> None:
        self.set_mode("ok")

    def stats(self) -> dict[str, Any]:
        return dict(json.loads(_dumps(self.app.stats)))


@contextlib.contextmanager
def run_standin(port: int = 0, model: str = "standin-model") -> Iterator[StandinHandle]:
    """Run a stand-in on 127.0.0.1 (a free port by default) in a background thread."""
    app, loop = StandinApp(model), uvloop.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="standin-upstream", daemon=True)
    thread.start()

    async def shutdown() -> None:
        await app.apply(Fault("refuse"))  # closes the listener and the connections
        for task in asyncio.all_tasks() - {asyncio.current_task()}:
            task.cancel()

    try:
        asyncio.run_coroutine_threadsafe(app.listen(port), loop).result(timeout=10)
        yield StandinHandle(app, loop)
    finally:
        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()


try:
    import pytest

    @pytest.fixture
    def standin_upstream() -> Iterator[StandinHandle]:
        """A fresh stand-in upstream per test; `standin_upstream.base_url` ends in /v1."""
        with run_standin() as handle:
            yield handle

    @pytest.fixture(scope="module")
    def upstream() -> Iterator[StandinHandle]:
        """One stand-in upstream per test module (a module may define its own `upstream`)."""
        with run_standin() as handle:
            yield handle
except ImportError:  # pragma: no cover - script use without pytest
    pass


def _serve(port: int, model: str, reuse_port: bool) -> None:
    loop = uvloop.new_event_loop()
    app = StandinApp(model)
    loop.run_until_complete(app.listen(port, reuse_port))
    print(f"standin-upstream listening on http://{HOST}:{app.port}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        loop.run_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Stand-in OpenAI-compatible upstream (no model)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=1, help="processes (SO_REUSEPORT)")
    parser.add_argument("--model", default="standin-model")
    args = parser.parse_args(argv)
    for _ in range(min(args.workers, 64) - 1):  # forked workers: each has its own mode, counters
        if os.fork() == 0:
            break
    _serve(args.port, args.model, args.workers > 1)


if __name__ == "__main__":
    main()
