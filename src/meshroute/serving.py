"""`meshroute serve`'s mechanics: bind the port first, start, then say once what serves where.

The port is taken before anything heavy loads, so a taken port fails in a second with one
line and no "serving" claim; the announcement is printed from the server's own start-up hook,
after the lifespan (ledger migration, model load) finished and the server accepts, so a client
that reads it is answered at once.
"""

from __future__ import annotations

import errno
import logging
import signal
import socket
from collections.abc import Callable
from typing import Any

import uvicorn

from meshroute.api.protocol import BoundedHttpToolsProtocol


class PortUnavailable(Exception):
    """The address could not be bound (in use, not ours, not resolvable)."""


def bind(host: str, port: int) -> socket.socket:
    """A bound TCP socket, as uvicorn would make it; it listens once the app is ready (a port
    that accepts is a server that answers: scripts and probes poll it)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise PortUnavailable(f"cannot resolve {host}: {exc.strerror}") from exc
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        reason = "already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        raise PortUnavailable(f"cannot listen on {host}:{port}: {reason}") from exc
    sock.set_inheritable(True)
    return sock


class _SaidOnTheServingLine(logging.Filter):
    """`create_app` warns that a server without keys is open; `serve` says so on its one
    start-up line, so the app's own copy of that warning would only repeat it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("no server.key_file")


def quiet_open_warning() -> None:
    logging.getLogger("meshroute.api").addFilter(_SaidOnTheServingLine())


class _AnnouncingServer(uvicorn.Server):
    """uvicorn's server, calling `on_listening` once start-up finished and the port listens."""

    def __init__(self, config: uvicorn.Config, on_listening: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_listening = on_listening

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and not self.should_exit:
            self._on_listening()


def run(
    application: Any,
    sock: socket.socket,
    on_listening: Callable[[], None],
    shutdown_timeout_s: int = 30,
) -> None:
    """Serve on the bound socket until SIGINT/SIGTERM; graceful, then return."""
    config = uvicorn.Config(
        application,
        log_config=None,
        access_log=False,
        loop="uvloop",
        http=BoundedHttpToolsProtocol,
        lifespan="on",
        # a deployment's grace period (Kubernetes, docker stop -t) must exceed this
        timeout_graceful_shutdown=shutdown_timeout_s,
    )
    # uvicorn shuts down gracefully on SIGTERM (stops accepting, lets in-flight requests finish
    # within timeout_graceful_shutdown, runs the lifespan's flush) and then re-raises the signal
    # to the handler it found; a finished graceful shutdown should exit 0, not die of SIGTERM.
    signal.signal(signal.SIGTERM, lambda signum, frame: None)
    host, port = sock.getsockname()[:2]
    try:
        _AnnouncingServer(config, on_listening).run(sockets=[sock])
    except OSError as exc:
        # SO_REUSEADDR lets two processes that only bound share a port: the second to listen
        # finds it taken here, after its start-up
        raise PortUnavailable(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
