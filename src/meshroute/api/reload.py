"""Config reload (POST /admin/reload, or SIGHUP): a bad config is refused and the running one
stays; a good one swaps in while requests in flight finish on what they started with."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from meshroute.auth import KeyStore, key_file_path
from meshroute.config import Config, load_config
from meshroute.errors import ConfigError
from meshroute.fleet.overlay import with_fleet_state
from meshroute.routing.scorer.loading import refresh_scorer
from meshroute.targets.pool import TargetPool

log = logging.getLogger("meshroute.reload")
_DRAIN_LIMIT_S = 600.0


async def reload_config(state: Any) -> Config:
    """Reload `state.gateway`'s config file; raises ConfigError and changes nothing if bad."""
    gateway = state.gateway
    source = gateway.config.source
    if source.startswith("<"):
        raise ConfigError("the server runs the built-in default config: there is no file to reload")
    config = with_fleet_state(load_config(source))  # deployed model versions on top
    key_file = key_file_path(config)
    keys = KeyStore(key_file) if key_file else None  # a bad key file refuses the reload too
    scorer = refresh_scorer(config, gateway.router.scorer)  # so does a bad routing.router_model
    pool = TargetPool(config, reuse=gateway.pool)
    await pool.start()
    swap_in(state, config, pool, scorer)
    state.keys = keys
    log.info("config reloaded", extra={"source": source, "targets": len(config.targets)})
    return config


def swap_in(state: Any, config: Config, pool: TargetPool, scorer: Any) -> None:
    """Make `config` and its started `pool` current (a reload, a fleet model swap); targets
    the new pool does not reuse close once their requests in flight are done."""
    gateway = state.gateway
    old = gateway.pool
    gateway.replace(config, pool, gateway.router.for_config(config, scorer))
    retiring: set[asyncio.Task[None]] = state.retiring
    task = asyncio.create_task(_retire(old, pool))
    retiring.add(task)
    task.add_done_callback(retiring.discard)


async def _retire(old: TargetPool, new: TargetPool) -> None:
    """Close the targets the new config dropped or changed, once their requests are done."""
    kept = {id(t) for t in new.targets.values()}
    leaving = [name for name, t in old.targets.items() if id(t) not in kept]
    deadline = time.monotonic() + _DRAIN_LIMIT_S
    while any(old.health[n].in_flight for n in leaving) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    await old.close(keep=new)
