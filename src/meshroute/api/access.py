"""Who may call a route, declared once per route: `guarded(Access.USER, handler)`.

The check runs before the handler reads anything (so an anonymous client cannot make the
server read a large body), and leaves the caller's key on `request.state.key` (None when the
server runs open, without a key file).
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Mapping

from starlette.requests import Request
from starlette.responses import Response

from meshroute.auth import authenticate, require_admin

Handler = Callable[[Request], Awaitable[Response]]


class Access(enum.Enum):
    PUBLIC = "public"  # health, metrics, the OpenAPI document
    USER = "user"  # any valid key
    ADMIN = "admin"  # a key with admin: true (403 for others)


def credentials(headers: Mapping[str, str]) -> Mapping[str, str]:
    """The headers to authenticate with: `Authorization: Bearer`, or Anthropic's `x-api-key`."""
    if "authorization" not in headers and headers.get("x-api-key"):
        return {"authorization": f"Bearer {headers['x-api-key']}"}
    return headers


def guarded(access: Access, handler: Handler) -> Handler:
    """`handler`, after the access check `access` declares."""
    if access is Access.PUBLIC:
        return handler

    async def checked(request: Request) -> Response:
        store = request.app.state.keys
        headers = credentials(request.headers)
        if access is Access.ADMIN:
            request.state.key = require_admin(store, headers)
        else:
            request.state.key = authenticate(store, headers)
        return await handler(request)

    checked.__name__ = handler.__name__
    return checked
