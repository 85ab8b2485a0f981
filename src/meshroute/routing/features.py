"""What `decide` looks at: the request's features and the targets' state, as plain data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

RefKind = Literal["auto", "logical", "pinned", "qualified", "served"]


class EntityLike(Protocol):
    """A sensitive span found in a request (see routing.sensitivity.Entity)."""

    @property
    def type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def message(self) -> int: ...


@dataclass(frozen=True, slots=True)
class ModelRef:
    """The `model` field, parsed: auto, `assistant`, `assistant@v2`, `gpu-box/qwen2.5-7b`."""

    raw: str
    kind: RefKind
    model: str | None = None
    version: str | None = None
    target: str | None = None


def parse_model(raw: str, target_names: frozenset[str], served: frozenset[str]) -> ModelRef:
    if raw == "auto":
        return ModelRef(raw, "auto")
    head, sep, tail = raw.partition("/")
    if sep and head in target_names:
        return ModelRef(raw, "qualified", model=tail, target=head)
    name, at, version = raw.partition("@")
    if at:
        return ModelRef(raw, "pinned", model=name, version=version)
    if raw in served:
        return ModelRef(raw, "served", model=raw)
    return ModelRef(raw, "logical", model=raw)


@dataclass(frozen=True, slots=True)
class Features:
    operation: str
    requested: ModelRef
    entities: tuple[EntityLike, ...] = ()
    complexity: float = 0.0
    tokens_estimate: int = 0
    region: str | None = None
    request_key: str = ""
    deep_scanned: bool = False
    # capabilities the request needs beyond plain text ("tools", "n>1"): not every target has them
    needs: frozenset[str] = frozenset()
    # what signals beyond the built-in ones measured (routing/signals.py), by signal name
    signals: Mapping[str, Any] = field(default_factory=dict)

    @property
    def sensitive(self) -> bool:
        return bool(self.entities)

    @property
    def entity_types(self) -> tuple[str, ...]:
        return tuple(sorted({entity.type for entity in self.entities}))


@dataclass(frozen=True, slots=True)
class TargetState:
    """One target as the policy sees it at this instant."""

    name: str
    tier: str
    zone: str
    region: str | None
    models: Mapping[str, str]
    served_model: str
    operations: frozenset[str]
    may_see_sensitive: bool
    healthy: bool = True
    usd_per_mtok: float = 0.0
    latency_ms: float = 0.0
    in_flight: int = 0
    lacks: frozenset[str] = field(default_factory=frozenset)
