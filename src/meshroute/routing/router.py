"""Computes a request's features once, calls the pure `decide`, and times both.

Features come from a list of signals (routing/signals.py): sensitivity, complexity, token
estimate, region, and whatever is added there.

Sensitivity runs in two depths: the fast scan (patterns and validators) on every request, and
the deep scan (NER for names and places) only before a target that may not see sensitive data
is tried: at decision time when such a target is chosen, or later when a failover reaches one
(`needs_deep` / `deepen`). Private-only traffic stays inside the latency budget, and no public
target ever sees a request that only the fast scan has read.

The gateway and `meshroute explain` both call `route`: one path from request to decision.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Protocol

from meshroute.config import Config
from meshroute.routing.decision import Decision
from meshroute.routing.features import EntityLike, Features, TargetState, parse_model
from meshroute.routing.policy import decide
from meshroute.routing.signals import RouteRequest, Signal, default_signals, rankings
from meshroute.targets.capabilities import input_needs

_FEATURE_FIELDS = frozenset(f.name for f in fields(Features))


class Detector(Protocol):
    def scan(self, texts: Sequence[str], *, deep: bool = False) -> tuple[EntityLike, ...]: ...


class Scorer(Protocol):
    def score_messages(self, texts: Sequence[str]) -> float: ...


class Spans(Protocol):
    """Where the router reports its steps (tracing.Tracing has this shape)."""

    def child(
        self, parent: Any, name: str, attributes: Mapping[str, Any]
    ) -> contextlib.AbstractContextManager[Any]: ...

    def end_attributes(self, span: Any, attributes: Mapping[str, Any]) -> None: ...


@dataclass(frozen=True, slots=True)
class Routed:
    features: Features
    decision: Decision
    decide_us: int


def canary_key(*, explicit: str | None, key_id: str | None, user: Any, request_id: str) -> str:
    """The key a canary split is sticky on: the client's `x-meshroute-key` header, else its
    API key, else the body's `user`, else the request (no stickiness). One rule for the
    gateway and `explain`, so both send the same request to the same version."""
    if explicit:
        return explicit
    if key_id:
        return key_id
    if isinstance(user, str) and user:
        return user
    return request_id


class Router:
    def __init__(
        self,
        config: Config,
        detector: Detector | None,
        scorer: Scorer | None,
        signals: Sequence[Signal] | None = None,
    ) -> None:
        self.config = config
        self.detector = detector
        self.scorer = scorer
        self.signals = (
            list(signals) if signals is not None else default_signals(config, detector, scorer)
        )
        self._custom_signals = signals is not None
        self._rankings = rankings(self.signals)
        self._names = frozenset(t.name for t in config.targets)
        self._served = frozenset(t.served_model_name for t in config.targets)
        self._unsafe = frozenset(t.name for t in config.targets if not t.may_see_sensitive)

    def for_config(self, config: Config, scorer: Scorer | None = None) -> Router:
        """A router for a reloaded config, with the same detector, scorer (unless a reloaded
        `routing.router_model` gives another) and custom signals."""
        return Router(
            config,
            self.detector,
            scorer or self.scorer,
            self.signals if self._custom_signals else None,
        )

    def measure(self, request: RouteRequest) -> Features:
        """Every signal's measurement of `request`, as Features."""
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for signal in self.signals:
            for name, value in signal.measure(request).items():
                (values if name in _FEATURE_FIELDS else extra)[name] = value
        return Features(
            operation=request.operation,
            requested=parse_model(request.model, self._names, self._served),
            request_key=request.request_key,
            needs=request.needs,
            signals=extra,
            **values,
        )

    def route(
        self,
        operation: str,
        model: str,
        texts: Sequence[str],
        states: Sequence[TargetState],
        *,
        region: str | None = None,
        request_key: str = "",
        needs: frozenset[str] = frozenset(),
        spans: Spans | None = None,
        parent: Any = None,
        deepen: bool = True,
    ) -> Routed:
        """Features, then the decision (with the deep scan first if a public target won;
        `deepen=False` leaves that to the caller, who may run it elsewhere: see needs_deep)."""
        started = time.perf_counter_ns()
        request = RouteRequest(operation, model, texts, region, request_key, needs)
        with _step(spans, parent, "meshroute.features") as span:
            features = self.measure(request)
            if spans is not None:
                spans.end_attributes(
                    span,
                    {
                        "meshroute.complexity": features.complexity,
                        "meshroute.sensitive": features.sensitive,
                        "meshroute.entity_types": ",".join(features.entity_types),
                    },
                )
        with _step(spans, parent, "meshroute.decide") as span:
            routed = self.decide(features, request.texts, states, started, deepen=deepen)
            if spans is not None:
                spans.end_attributes(
                    span,
                    {
                        "meshroute.target": routed.decision.target or "",
                        "meshroute.decide_us": routed.decide_us,
                    },
                )
        return routed

    def decide(
        self,
        features: Features,
        texts: Sequence[str],
        states: Sequence[TargetState],
        started: int,
        *,
        deepen: bool = True,
    ) -> Routed:
        """The decision for computed features (the deep scan first if a public target won)."""
        decision = decide(features, states, self.config.routing, self._rankings)
        routed = Routed(features, decision, (time.perf_counter_ns() - started) // 1000)
        if deepen and decision.target is not None and self.needs_deep(routed, decision.target):
            routed = self.deepen(routed, texts, states, started)
        return routed

    def needs_deep(self, routed: Routed, target: str) -> bool:
        """Whether `target` may be tried only after the deep scan."""
        return (
            self.detector is not None
            and not routed.features.deep_scanned
            and target in self._unsafe
        )

    def deepen(
        self,
        routed: Routed,
        texts: Sequence[str],
        states: Sequence[TargetState],
        started: int | None = None,
    ) -> Routed:
        """Re-decide with the deep scan's entities (a superset of the fast scan's)."""
        began = time.perf_counter_ns() if started is None else started
        assert self.detector is not None
        deep = self.detector.scan(texts, deep=True)
        features = replace(routed.features, entities=deep, deep_scanned=True)
        decision = decide(features, states, self.config.routing, self._rankings)
        spent = (time.perf_counter_ns() - began) // 1000
        return Routed(
            features, decision, spent if started is not None else routed.decide_us + spent
        )


@contextlib.contextmanager
def _step(spans: Spans | None, parent: Any, name: str) -> Iterator[Any]:
    if spans is None:
        yield None
        return
    with spans.child(parent, name, {}) as span:
        yield span


def needs_of(body: Mapping[str, Any]) -> frozenset[str]:
    """Capabilities a request needs that some engines lack."""
    needs = set()
    if body.get("tools") or body.get("functions"):
        needs.add("tools")
    n = body.get("n")
    if isinstance(n, int) and n > 1:
        needs.add("n>1")
    return frozenset(needs) | input_needs(body)  # image / audio content parts


__all__ = ["Detector", "RouteRequest", "Routed", "Router", "Scorer", "canary_key", "needs_of"]
