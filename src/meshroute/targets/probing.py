"""Active health checks: eject a dead target before a user request finds it dead."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from meshroute.targets.base import TargetFailure

if TYPE_CHECKING:
    from meshroute.targets.pool import TargetPool

log = logging.getLogger("meshroute.targets")


def start_probes(pool: TargetPool) -> list[asyncio.Task[None]]:
    return [
        asyncio.create_task(_probe_forever(pool, name), name=f"probe-{name}")
        for name, target in pool.targets.items()
        if target.config.health_check is not None
    ]


async def _probe_forever(pool: TargetPool, name: str) -> None:
    target = pool.targets[name]
    check = target.config.health_check
    assert check is not None
    health = pool.health[name]
    while True:
        try:
            await asyncio.wait_for(target.probe(check.path), check.timeout_s)
        except (TargetFailure, TimeoutError) as exc:
            reason = exc.reason if isinstance(exc, TargetFailure) else "health check timed out"
            if health.state != "open":
                log.warning("health check failed", extra={"target": name, "error": reason})
            health.failed_probe(reason)
        else:
            health.passed_probe()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(check.interval_s)
            continue
        return
