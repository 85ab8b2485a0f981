"""The HTTP edges every route shares: request ids, compressed bodies, CORS."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

from meshroute.api.encoding import RequestDecodingMiddleware
from meshroute.api.request_id import RequestIdMiddleware
from meshroute.api.slots import SlotOwnerMiddleware
from meshroute.config import Config

_EXPOSED = ["x-request-id", "x-meshroute-target", "x-meshroute-tier", "x-meshroute-reason"]


def install_middleware(app: Starlette, config: Config) -> None:
    """Added innermost first: CORS answers preflights before anything else runs; the request id
    is set before decoding, so even a 413 or 415 carries one."""
    app.add_middleware(SlotOwnerMiddleware)  # every target slot released when the request ends
    app.add_middleware(RequestDecodingMiddleware)
    app.add_middleware(RequestIdMiddleware)
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
