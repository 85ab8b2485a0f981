"""`meshroute serve --workers N`: N processes accepting on one port, as replicas of one node.

uvicorn starts each worker in a fresh (spawned) process that imports the app by name, so the
app comes from a factory that reads its config path from the environment. The workers share
the socket the parent bound, and share state through `state: {url}` when the config has it
(without it, each worker keeps its own limits and breakers: the parent warns).
"""

from __future__ import annotations

import logging
import os
import socket
from typing import Any

CONFIG_ENV = "MESHROUTE_CONFIG"
LOG_LEVEL_ENV = "MESHROUTE_LOG_LEVEL"
_FACTORY = "meshroute.state.workers:app_from_env"

log = logging.getLogger("meshroute.serve")


def app_from_env() -> Any:
    """The gateway for the config file named by MESHROUTE_CONFIG (empty: the built-in one)."""
    from meshroute import logs
    from meshroute.api.app import create_app
    from meshroute.cli import build_features
    from meshroute.config import load_config

    logs.configure(os.environ.get(LOG_LEVEL_ENV, "info"))
    config = load_config(os.environ.get(CONFIG_ENV) or None)
    detector, scorer = build_features(config)
    return create_app(config, detector=detector, scorer=scorer)


def run_workers(
    config_path: str | None,
    workers: int,
    sock: socket.socket,
    log_level: str,
    shutdown_timeout_s: int,
) -> None:
    """Serve with `workers` processes on the bound socket until SIGINT/SIGTERM."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from meshroute.api.protocol import BoundedHttpToolsProtocol

    os.environ[CONFIG_ENV] = os.path.abspath(config_path) if config_path else ""
    os.environ[LOG_LEVEL_ENV] = log_level
    config = uvicorn.Config(
        _FACTORY,
        factory=True,
        workers=workers,
        log_config=None,
        access_log=False,
        loop="uvloop",
        http=BoundedHttpToolsProtocol,
        lifespan="on",
        timeout_graceful_shutdown=shutdown_timeout_s,
    )
    Multiprocess(config, sockets=[sock]).run()


def announce(settings: Any, host: str, sock: socket.socket, workers: int, warning: str) -> str:
    """The start-up line (printed by the parent once, as workers start)."""
    shown = f"[{host}]" if ":" in host else host
    names = ", ".join(target.name for target in settings.targets)
    shared = "shared state on Redis" if settings.state is not None else "NO shared state"
    line = (
        f"meshroute: starting {workers} workers ({shared}) for {names} from {settings.source} "
        f"on http://{shown}:{sock.getsockname()[1]}/v1"
    )
    if settings.state is None:
        log.warning("--workers without state.url: each worker keeps its own limits and breakers")
    return line + (f"; {warning}" if warning else "")
