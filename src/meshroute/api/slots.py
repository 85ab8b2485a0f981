"""Slot ownership for a whole HTTP request: the `Claims` of targets/pool.py, opened before the
route runs and closed after the last byte of the response (or the exception, or the
cancellation when a client goes away), whichever way the request ends.

A middleware rather than code in each handler: a streamed answer outlives its handler, and
every route that reaches a target (the OpenAI routes, /v1/responses, /v1/messages) gets the
same guarantee without knowing about it. The current request's claims travel in a context
variable, so the gateway finds them without each handler passing them along.
"""

from __future__ import annotations

import contextvars
import logging

from starlette.types import ASGIApp, Receive, Scope, Send

from meshroute.targets.pool import Claims

log = logging.getLogger("meshroute.gateway")
_CURRENT: contextvars.ContextVar[Claims | None] = contextvars.ContextVar(
    "meshroute_claims", default=None
)


def current_claims() -> Claims:
    """The claims of the HTTP request being served; a fresh owner outside one (a direct call
    in a test or bench: the caller then settles every slot itself, as the gateway does)."""
    claims = _CURRENT.get()
    return claims if claims is not None else Claims()


class SlotOwnerMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        claims = Claims()
        token = _CURRENT.set(claims)
        try:
            await self.app(scope, receive, send)
        finally:
            _CURRENT.reset(token)
            released = claims.release_all()
            if released:
                state = scope.get("state") or {}
                log.info(
                    "request ended holding target slots; released",
                    extra={"request_id": state.get("request_id"), "slots": released},
                )
