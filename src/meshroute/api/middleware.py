"""The HTTP edges every route shares: request ids, compressed bodies, slot ownership, CORS.

The first three are one ASGI layer (`EdgeMiddleware`) rather than three: one pass over the
request headers and one extra call per request instead of a chain of them, on the path every
request takes (docs/overhead.md)."""

from __future__ import annotations

import os

from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from meshroute.api.encoding import decoding_receive, unsupported_encoding
from meshroute.api.request_id import add_request_id, client_request_id
from meshroute.api.slots import own_slots, release_slots
from meshroute.config import Config

_EXPOSED = ["x-request-id", "x-meshroute-target", "x-meshroute-tier", "x-meshroute-reason"]


def install_middleware(app: Starlette, config: Config) -> None:
    """Added innermost first: CORS answers preflights before anything else runs."""
    app.add_middleware(EdgeMiddleware)
    origins = list(config.server.cors_origins)
    if origins:  # no CORS headers at all unless origins are listed: browsers stay locked out
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["*"],
            expose_headers=_EXPOSED,
            max_age=600,
        )


class EdgeMiddleware:
    """In this order: the request id (so even a 413 or 415 carries one), the body's
    Content-Encoding (415 for an unknown one; a decoding `receive` only when compressed),
    then the slots the request takes, all released when it ends (api/slots.py)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming: bytes | None = None
        encoding: bytes | None = None
        for name, value in scope["headers"]:  # ASGI header names are lower case
            if name == b"x-request-id" and incoming is None:
                incoming = value
            elif name == b"content-encoding" and encoding is None:
                encoding = value
        request_id = (
            client_request_id(None if incoming is None else incoming.decode("latin-1"))
            or os.urandom(16).hex()  # 32 hex digits, as uuid4().hex, in a fifth of the time
        )
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                add_request_id(message, request_id)
            await send(message)

        if encoding is not None:
            decoded = decoding_receive(scope, receive, encoding)
            if decoded is None:
                await unsupported_encoding(send_with_id)
                return
            receive = decoded
        claims, token = own_slots()
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            release_slots(claims, token, request_id)
