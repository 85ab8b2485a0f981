"""Shared fixtures: real servers on free ports of 127.0.0.1, no mocks."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

from meshroute.api.app import create_app
from meshroute.config import Config, LedgerConfig
from meshroute.routing.components import build_detector, build_scorer
from support import GatewayFactory, ServerThread, free_port

# The stand-in upstream's `standin_upstream` fixture (tests/standin_upstream.py).
pytest_plugins = ["standin_upstream"]


@pytest.fixture(scope="session")
def gateway_factory() -> Iterator[GatewayFactory]:
    """Start a real meshroute gateway for a Config; returns its base URL (…/v1)."""
    servers: list[ServerThread] = []

    ledgers = tempfile.mkdtemp(prefix="meshroute-ledgers-")

    def start(config: Config, *, features: bool = True, targets: Any = None) -> str:
        if config.ledger == LedgerConfig():  # the default file in the working directory: no
            url = f"sqlite:///{ledgers}/ledger-{len(servers)}.db"
            config = config.model_copy(update={"ledger": LedgerConfig(url=url)})
        detector = build_detector(config) if features else None
        scorer = build_scorer(config) if features else None
        app = create_app(config, detector=detector, scorer=scorer, targets=targets)
        server = ServerThread(app, free_port())
        server.start()
        servers.append(server)
        return f"http://127.0.0.1:{server.port}/v1"

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session", autouse=True)
def _quiet_engine_threads() -> None:
    # Same default the embedded target sets; here before any engine loads in this process.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
