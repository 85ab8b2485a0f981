"""uvicorn's httptools protocol with bounds on the request head: its size and its time.

httptools buffers a header of any size before uvicorn sees it (a 2 MB header was accepted), so
one client could make the gateway hold arbitrary memory. Counting the head's bytes as they
arrive and refusing with 431 past the limit closes that; uvicorn has no setting for it.

Nor does uvicorn bound the time a head may take: `timeout_keep_alive` covers only the idle
time between requests, so 300 clients each trickling a header held 300 connections for as long
as they liked (slowloris). A head must now be complete `HEAD_TIMEOUT_S` after the connection
opens or the request begins, or the client gets 408 and the connection closes. (The body has
its own deadline where the route reads it: server.body_timeout_s.)
"""

from __future__ import annotations

import asyncio

import orjson
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_HEAD_BYTES = 64 * 1024
HEAD_TIMEOUT_S = 10.0


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    head_timeout_s = HEAD_TIMEOUT_S
    _head_bytes = 0
    _in_head = True
    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_timer()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes = 0
        self._in_head = True
        self._arm_head_timer()

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._disarm_head_timer()
        super().on_headers_complete()

    def _arm_head_timer(self) -> None:
        if self._head_timer is None:
            loop = asyncio.get_running_loop()
            self._head_timer = loop.call_later(self.head_timeout_s, self._head_too_slow)

    def _disarm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if self._in_head and not self.transport.is_closing():
            self._reply_and_close(
                b"408 Request Timeout",
                f"request headers did not arrive within {self.head_timeout_s:g} s",
                "request_timeout",
            )

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            end = data.find(b"\r\n\r\n")
            self._head_bytes += len(data) if end < 0 else end
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse()
                return
        super().data_received(data)

    def _refuse(self) -> None:
        self._reply_and_close(
            b"431 Request Header Fields Too Large",
            f"request headers exceed {MAX_HEAD_BYTES} bytes",
            "headers_too_large",
        )

    def _reply_and_close(self, status: bytes, message: str, code: str) -> None:
        self._disarm_head_timer()
        error = {"message": message, "type": "invalid_request_error", "param": None, "code": code}
        body = orjson.dumps({"error": error})
        head = (
            b"HTTP/1.1 " + status + b"\r\n"
            b"content-type: application/json\r\nconnection: close\r\n"
            b"content-length: " + str(len(body)).encode() + b"\r\n\r\n"
        )
        self.transport.write(head + body)
        self.transport.close()
