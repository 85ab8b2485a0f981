"""Keep every worker of a node on the store's active versions (`meshroute serve --workers N`).

A deploy or rollback runs in the one worker process that took the order; it writes the
store's state file. Each worker watches that file and, when the active versions differ from
what it serves, switches its own engines to them (the file is already pulled and verified).
The same check also repairs a config reload that raced a deploy.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from meshroute.config import Config
from meshroute.fleet.node import FleetNode
from meshroute.fleet.overlay import with_fleet_state
from meshroute.fleet.swap import SwapFailed, swap_target

log = logging.getLogger("meshroute.fleet")
INTERVAL_S = 1.0


def start_watch(state: Any) -> asyncio.Task[None] | None:
    """The watcher task of a fleet node (None without `fleet:`); cancel it at shutdown."""
    config = state.gateway.config.fleet
    if config is None:
        return None
    if getattr(state, "fleet", None) is None:
        state.fleet = FleetNode(config, state)
    return asyncio.create_task(_watch(state))


async def stop_watch(task: asyncio.Task[None] | None) -> None:
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _watch(state: Any) -> None:
    node: FleetNode = state.fleet
    seen: int | None = None
    while True:
        await asyncio.sleep(INTERVAL_S)
        try:
            changed = node.store.state_mtime()
        except OSError:
            continue
        if changed == seen or node.busy is not None:
            continue  # nothing new, or this worker's own order is switching right now
        seen = changed
        try:
            await follow(state)
        except SwapFailed as exc:
            seen = None  # try again next round
            log.error("worker did not switch to the store's version", extra={"error": str(exc)})


async def follow(state: Any) -> list[str]:
    """Switch the targets whose file or version differs from the store's; their names."""
    node: FleetNode = state.fleet
    current: Config = state.gateway.config
    wanted = with_fleet_state(current)
    switched = []
    async with node.lock:
        for before, after in zip(current.targets, wanted.targets, strict=True):
            if before != after:
                config = state.gateway.config.model_copy(
                    update={
                        "targets": [
                            after if t.name == after.name else t
                            for t in state.gateway.config.targets
                        ]
                    }
                )
                await swap_target(state, config, after.name)
                switched.append(after.name)
    if switched:
        log.info("worker switched to the store's versions", extra={"targets": switched})
    return switched
