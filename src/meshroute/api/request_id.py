"""The request id: the client's own `x-request-id` when it is safe to echo, else a fresh one.

Set once per HTTP request by `RequestIdMiddleware` (before routing, so 404s and /v1/models get
one too) and added to every response that does not already carry it.
"""

from __future__ import annotations

import re
import uuid

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Short and dull: it lands in logs, the ledger and response headers.
_SAFE = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def client_request_id(value: str | None) -> str | None:
    """The client's id if it is 1-64 characters of [A-Za-z0-9._:-] (the ledger column is 64
    wide); None otherwise."""
    if value is None or _SAFE.fullmatch(value) is None:
        return None
    return value


def request_id_of(request: Request) -> str:
    """This request's id (the middleware's, or a new one when it did not run)."""
    request_id = getattr(request.state, "request_id", None)
    if not isinstance(request_id, str):
        request_id = client_request_id(request.headers.get("x-request-id")) or uuid.uuid4().hex
        request.state.request_id = request_id
    return request_id


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = Headers(scope=scope).get("x-request-id")
        request_id = client_request_id(incoming) or uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "x-request-id" not in headers:
                    headers.append("x-request-id", request_id)
            await send(message)

        await self.app(scope, receive, send_with_id)
