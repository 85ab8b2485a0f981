"""The registry of target kinds: `kind:` in a target block -> its config model and Target class.

A kind is one module that defines a `TargetConfig` subclass (its own fields, `kind:
Literal[...]`) and a `Target` subclass, and exposes both as `KIND = Kind(...)`. Adding one is
that module plus one line in `_MODULES` below. Modules load on first use, so a kind's heavy
engine is imported only when a config names it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from meshroute.config import TargetConfig

if TYPE_CHECKING:
    from meshroute.targets.base import Target

# kind -> the module that defines its KIND. One line per kind.
_MODULES: dict[str, str] = {
    "embedded": "meshroute.targets.embedded",
    "openai": "meshroute.targets.openai_http",
    "anthropic": "meshroute.targets.anthropic",
    "meshroute": "meshroute.targets.node",
}


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of target: how its config block is validated and how it is built."""

    name: str
    config: type[TargetConfig]
    target: Callable[[Any], Target[Any]]


def kind_names() -> frozenset[str]:
    return frozenset(_MODULES)


def register_kind(name: str, module: str) -> None:
    """Add a kind at run time (a plugin); the built-in ones are listed in `_MODULES`."""
    _MODULES[name] = module


def load_kind(name: str) -> Kind:
    kind = importlib.import_module(_MODULES[name]).KIND
    if not isinstance(kind, Kind) or kind.name != name:
        raise TypeError(f"{_MODULES[name]}.KIND must be Kind({name!r}, ...)")
    return kind


def build_target(config: TargetConfig) -> Target[Any]:
    """The Target for a validated config block (the default target factory)."""
    return load_kind(config.kind).target(config)
