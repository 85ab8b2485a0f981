"""Slot ownership for a whole HTTP request: the `Claims` of targets/pool.py, opened before the
route runs and closed after the last byte of the response (or the exception, or the
cancellation when a client goes away), whichever way the request ends.

In the edge layer (api/middleware.py) rather than code in each handler: a streamed answer
outlives its handler, and every route that reaches a target (the OpenAI routes, /v1/responses,
/v1/messages) gets the same guarantee without knowing about it. The current request's claims
travel in a context variable, so the gateway finds them without each handler passing them
along.
"""

from __future__ import annotations

import contextvars
import logging

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


def own_slots() -> tuple[Claims, contextvars.Token[Claims | None]]:
    """A fresh owner for the request about to run (in its own task)."""
    claims = Claims()
    return claims, _CURRENT.set(claims)


def release_slots(
    claims: Claims, token: contextvars.Token[Claims | None], request_id: str | None
) -> None:
    """The request ended, whichever way: every slot it still holds goes back."""
    _CURRENT.reset(token)
    released = claims.release_all()
    if released:
        log.info(
            "request ended holding target slots; released",
            extra={"request_id": request_id, "slots": released},
        )
