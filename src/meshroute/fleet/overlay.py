"""The config a fleet node runs: the file's, with each deployed model's active version on top.

Used at start-up and on every reload, so a restarted or reloaded node serves what was last
deployed to it (or rolled back to), not the version its config file named first.
"""

from __future__ import annotations

import logging

from meshroute.config import Config, TargetConfig
from meshroute.fleet.store import ModelStore, StoreError

log = logging.getLogger("meshroute.fleet")


class NoTargetForModel(LookupError):
    """No embedded target of this node serves the model."""


def serving_target(config: Config, name: str) -> TargetConfig:
    """The embedded target whose `models` names `name` (the first, if several do)."""
    for target in config.targets:
        if target.kind == "embedded" and name in target.models:
            return target
    raise NoTargetForModel(name)


def with_model(config: Config, name: str, version: str, path: str | None) -> Config:
    """`config` with the target serving `name` loading `path` as `name@version`."""
    target = serving_target(config, name)
    changed = target.model_copy(
        update={"model_path": path, "models": {**target.models, name: version}}
    )
    targets = [changed if t is target else t for t in config.targets]
    return config.model_copy(update={"targets": targets})


def with_fleet_state(config: Config) -> Config:
    """`config` with the store's active versions applied; unchanged without `fleet:`."""
    if config.fleet is None:
        return config
    store = ModelStore(config.fleet)
    try:
        state = store.load()
    except StoreError as exc:
        log.error("fleet state unreadable; serving the config's models", extra={"error": str(exc)})
        return config
    for name, record in state.models.items():
        active = record.active
        if active is None or active not in record.versions:
            continue
        try:
            config = with_model(config, name, active, store.resolve(record.versions[active]))
        except NoTargetForModel:
            log.warning("a deployed model has no embedded target now", extra={"model": name})
    return config
