"""Routing signals: each one measured once per request, in a list the Router runs in order.

A signal is a small object with `measure(request) -> {field: value}`: it sets fields of
`Features` (entities, complexity, tokens_estimate, region) or, for a new signal, its own entry
in `Features.signals` under its name. A signal that should also order targets has
`rank(features, target) -> float` (lower is better); `decide` sorts by the ranks of every
signal after tier and region, before cost and latency.

Adding a signal: one module with the class, and one line in `default_signals` below.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from meshroute.routing.features import Features, TargetState

if TYPE_CHECKING:
    from meshroute.config import Config
    from meshroute.routing.router import Detector, Scorer


@dataclass(frozen=True, slots=True)
class RouteRequest:
    """What routing may read of one request (never the raw body)."""

    operation: str
    model: str
    texts: Sequence[str]
    region: str | None = None
    request_key: str = ""
    needs: frozenset[str] = frozenset()


class Signal(Protocol):
    @property
    def name(self) -> str: ...

    def measure(self, request: RouteRequest) -> Mapping[str, Any]: ...


@runtime_checkable
class Ranking(Protocol):
    """A signal that also orders targets (lower rank first)."""

    @property
    def name(self) -> str: ...

    def rank(self, features: Features, target: TargetState) -> float: ...


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """The fast scan (patterns and validators) on every request; the deep one is the
    Router's `deepen`, run only before a target that may not see sensitive data."""

    detector: Detector
    name: str = "sensitivity"

    def measure(self, request: RouteRequest) -> Mapping[str, Any]:
        return {"entities": self.detector.scan(request.texts)}


@dataclass(frozen=True, slots=True)
class Complexity:
    scorer: Scorer
    name: str = "complexity"

    def measure(self, request: RouteRequest) -> Mapping[str, Any]:
        if request.operation == "embeddings":
            return {}
        score = self.scorer.score_messages(request.texts)
        # which model scored: the decision record's "scorer" (explain, ledger)
        label = getattr(self.scorer, "label", type(self.scorer).__name__)
        return {"complexity": min(1.0, max(0.0, score)), "scorer": str(label)}


@dataclass(frozen=True, slots=True)
class TokenEstimate:
    name: str = "tokens"

    def measure(self, request: RouteRequest) -> Mapping[str, Any]:
        return {"tokens_estimate": sum(len(text) for text in request.texts) // 4 + 1}


@dataclass(frozen=True, slots=True)
class Region:
    """The client's region: its header, else the server's default."""

    default: str | None
    name: str = "region"

    def measure(self, request: RouteRequest) -> Mapping[str, Any]:
        return {"region": request.region or self.default}


def default_signals(
    config: Config, detector: Detector | None, scorer: Scorer | None
) -> list[Signal]:
    """The signals every request is measured by, in order. A new signal: one line here."""
    signals: list[Signal] = [TokenEstimate(), Region(config.server.default_region)]
    if detector is not None:
        signals.append(Sensitivity(detector))
    if scorer is not None:
        signals.append(Complexity(scorer))
    return signals


def rankings(signals: Sequence[Signal]) -> tuple[Ranking, ...]:
    return tuple(signal for signal in signals if isinstance(signal, Ranking))
