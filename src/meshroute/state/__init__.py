"""State shared by replicas (issue 13): per-key limits, breakers, the retry budget.

`state: {url: redis://host:port/db}` in the config selects Redis (`SharedState`); without it
everything stays in process, as before. Redis being unreachable is never an outage: each
replica falls back to its local state and returns to the shared one when Redis is back.
"""

from __future__ import annotations

from meshroute.config import Config
from meshroute.state.breakers import BreakerBoard, SharedHealth
from meshroute.state.connection import DOWN, SharedConnection
from meshroute.state.limiter import RedisLimiter
from meshroute.state.shared import SharedState

__all__ = [
    "DOWN",
    "BreakerBoard",
    "RedisLimiter",
    "SharedConnection",
    "SharedHealth",
    "SharedState",
    "shared_state",
]


def shared_state(config: Config) -> SharedState | None:
    """The shared state `config.state` asks for; None: everything in process."""
    if config.state is None:
        return None
    return SharedState(config.state.url, prefix=config.state.prefix)
