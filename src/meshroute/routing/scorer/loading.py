"""Which router model a config asks for, and reloading it when the file changes.

`routing.router_model: FILE` (relative to the config file) replaces the shipped model. On a
config reload the model file is read again when its path, size or modification time changed;
otherwise the running scorer is kept. A bad file is a config error: the server does not start,
a reload is refused and the running scorer stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from meshroute.config import Config
from meshroute.errors import ConfigError
from meshroute.routing.complexity import ComplexityScorer
from meshroute.routing.scorer.model import ModelFileError


def router_model_path(config: Config) -> Path | None:
    if config.routing.router_model is None:
        return None
    path = Path(config.routing.router_model).expanduser()
    source = Path(config.source)
    if not path.is_absolute() and source.is_file():
        path = source.parent / path
    return path


def _identity(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path.resolve()), stat.st_size, stat.st_mtime_ns


def load_scorer(config: Config) -> ComplexityScorer:
    path = router_model_path(config)
    if path is None:
        return ComplexityScorer.load_default()
    try:
        identity = _identity(path)
        scorer = ComplexityScorer.load(path)
    except OSError as exc:
        raise ConfigError(
            f"{config.source}: routing.router_model: cannot read {path}: {exc.strerror or exc}"
        ) from exc
    except ModelFileError as exc:
        raise ConfigError(f"{config.source}: routing.router_model: {exc}") from exc
    scorer.source = identity
    return scorer


def refresh_scorer(config: Config, current: Any) -> Any:
    """The scorer for a reloaded config: `current` when the same model file is unchanged."""
    if not isinstance(current, ComplexityScorer):
        return current  # an injected scorer (tests, embedders) is not ours to replace
    path = router_model_path(config)
    try:
        wanted = None if path is None else _identity(path)
    except OSError as exc:
        raise ConfigError(
            f"{config.source}: routing.router_model: cannot read {path}: {exc.strerror or exc}"
        ) from exc
    if wanted == current.source:
        return current
    return load_scorer(config)
