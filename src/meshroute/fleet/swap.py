"""Switch the embedded target serving a model to another file, dropping no request.

The same path a config reload takes (api/reload.py `swap_in`): a new pool reuses every target
but the changed one, whose new engine loads first; only once it is ready does the gateway
switch. A request in flight holds a slot on the old target object and finishes on the old
weights; the old engine closes when its last request is done. If the new file does not load,
nothing switches and the old version keeps serving.
"""

from __future__ import annotations

from typing import Any

from meshroute.api.reload import swap_in
from meshroute.config import Config
from meshroute.targets.base import Target, TargetFailure, UpstreamRejected
from meshroute.targets.pool import TargetPool


class SwapFailed(RuntimeError):
    """The new model did not load; the running one still serves."""


async def swap_target(state: Any, config: Config, target_name: str) -> None:
    """Make `config` (one embedded target changed) current once its new target is ready."""
    gateway = state.gateway
    pool = TargetPool(config, reuse=gateway.pool)
    await pool.start()
    target = pool.targets[target_name]
    if not target.ready:
        await pool.close(keep=gateway.pool)  # closes only the target that failed to load
        raise SwapFailed(f"the new model file did not load on target '{target_name}'")
    try:
        await _warm(target)
    except (TargetFailure, UpstreamRejected) as exc:
        await pool.close(keep=gateway.pool)
        raise SwapFailed(f"the new model on target '{target_name}' does not answer") from exc
    swap_in(state, config, pool, gateway.router.scorer)


async def _warm(target: Target[Any]) -> None:
    """One token through the new engine before it takes traffic: it proves the weights answer,
    and the first request's cold start (page-in of the file, buffers) is not a client's."""
    if "completions" in target.operations:
        await target.send("completions", {"prompt": "Hello", "max_tokens": 1})
