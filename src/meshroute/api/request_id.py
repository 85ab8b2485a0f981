"""The request id: the client's own `x-request-id` when it is safe to echo, else a fresh one.

Set once per HTTP request by the edge layer (api/middleware.py, before routing, so 404s and
/v1/models get one too) and added to every response that does not already carry it.
"""

from __future__ import annotations

import re
import uuid

from starlette.requests import Request
from starlette.types import Message

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


def add_request_id(message: Message, request_id: str) -> None:
    """The id on a response's start message, unless the route already set one (the gateway's
    answers carry it): a scan of the raw header list, no header object built."""
    headers = message.get("headers") or []
    if not any(name.lower() == b"x-request-id" for name, _ in headers):
        message["headers"] = [*headers, (b"x-request-id", request_id.encode("latin-1"))]
