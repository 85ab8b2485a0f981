"""Compressed request bodies: gzip and deflate are decoded as the app reads them, bounded by
`server.max_body_bytes` after decoding (a gzip bomb gets 413 once the limit is crossed, having
cost no more than the limit in memory); any other Content-Encoding gets 415 before the body is
read. Hand-written because Starlette's GZipMiddleware compresses responses only. Applied by
the one edge layer (api/middleware.py); a request without Content-Encoding gets no wrapper.
"""

from __future__ import annotations

import zlib
from typing import Any

import orjson
from starlette.types import Message, Receive, Scope, Send

from meshroute.errors import BadRequest, PayloadTooLarge

_DEFAULT_LIMIT = 4 * 1024 * 1024
# gzip: 16 + MAX_WBITS; deflate per HTTP is the zlib format, though some clients send it raw.
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def decoding_receive(scope: Scope, receive: Receive, encoding: bytes) -> Receive | None:
    """`receive` for a request with this Content-Encoding: the same one for none or identity,
    a decoding one for gzip/deflate (Content-Encoding and Content-Length dropped from the
    scope); None for any other encoding (answer it with `unsupported_encoding`)."""
    name = encoding.decode("latin-1").strip().lower()
    if name in ("", "identity"):
        return receive
    wbits = _WBITS.get(name)
    if wbits is None:
        return None
    scope["headers"] = [
        (key, value)
        for key, value in scope["headers"]
        if key not in (b"content-encoding", b"content-length")
    ]
    return _Decoder(receive, wbits, _limit(scope)).receive


def _limit(scope: Scope) -> int:
    app: Any = scope.get("app")
    try:
        return int(app.state.gateway.config.server.max_body_bytes)
    except AttributeError:
        return _DEFAULT_LIMIT


class _Decoder:
    def __init__(self, receive: Receive, wbits: int, limit: int) -> None:
        self._receive = receive
        self._inflate = zlib.decompressobj(wbits)
        self._limit = limit
        self._size = 0

    async def receive(self) -> Message:
        message = await self._receive()
        if message["type"] != "http.request":
            return message
        try:
            room = self._limit - self._size + 1
            data = self._inflate.decompress(message.get("body", b""), room)
            if not message.get("more_body", False):
                data += self._inflate.flush(max(1, room - len(data)))
        except zlib.error as exc:
            raise BadRequest(f"the request body is not valid compressed data: {exc}") from exc
        self._size += len(data)
        if self._size > self._limit or self._inflate.unconsumed_tail:
            raise PayloadTooLarge(f"request body exceeds {self._limit} bytes once decompressed")
        if not message.get("more_body", False) and not self._inflate.eof:
            raise BadRequest("the compressed request body is truncated")
        return {**message, "body": data}


async def unsupported_encoding(send: Send) -> None:
    body = orjson.dumps(
        {
            "error": {
                "message": "unsupported Content-Encoding; send gzip, deflate or identity",
                "type": "invalid_request_error",
                "param": None,
                "code": "unsupported_content_encoding",
            }
        }
    )
    await send(
        {
            "type": "http.response.start",
            "status": 415,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"accept-encoding", b"gzip, deflate"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
