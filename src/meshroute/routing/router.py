"""Computes a request's features once, calls the pure `decide`, and times both.

Sensitivity runs in two depths: the fast scan (patterns and validators) on every request, and
the deep scan (NER for names and places, tens of milliseconds) only before a target that may not
see sensitive data is tried: at decision time when such a target is chosen, or later when a
failover reaches one (`needs_deep` / `deepen`). Private-only traffic stays inside the latency
budget, and no public target ever sees a request that only the fast scan has read.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from meshroute.config import Config
from meshroute.routing.decision import Decision
from meshroute.routing.features import EntityLike, Features, TargetState, parse_model
from meshroute.routing.policy import decide


class Detector(Protocol):
    def scan(self, texts: Sequence[str], *, deep: bool = False) -> tuple[EntityLike, ...]: ...


class Scorer(Protocol):
    def score_messages(self, texts: Sequence[str]) -> float: ...


@dataclass(frozen=True, slots=True)
class Routed:
    features: Features
    decision: Decision
    decide_us: int


class Router:
    def __init__(self, config: Config, detector: Detector | None, scorer: Scorer | None) -> None:
        self.config = config
        self.detector = detector
        self.scorer = scorer
        self._names = frozenset(t.name for t in config.targets)
        self._served = frozenset(t.served_model_name for t in config.targets)
        self._unsafe = frozenset(t.name for t in config.targets if not t.may_see_sensitive)

    def features(
        self,
        operation: str,
        model: str,
        texts: Sequence[str],
        *,
        region: str | None,
        request_key: str,
        needs: frozenset[str],
    ) -> Features:
        entities = self.detector.scan(texts) if self.detector else ()
        scorable = operation != "embeddings" and self.scorer is not None
        complexity = self.scorer.score_messages(texts) if scorable and self.scorer else 0.0
        return Features(
            operation=operation,
            requested=parse_model(model, self._names, self._served),
            entities=entities,
            complexity=min(1.0, max(0.0, complexity)),
            tokens_estimate=sum(len(text) for text in texts) // 4 + 1,
            region=region or self.config.server.default_region,
            request_key=request_key,
            needs=needs,
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
    ) -> Routed:
        started = time.perf_counter_ns()
        features = self.features(
            operation, model, texts, region=region, request_key=request_key, needs=needs
        )
        return self.decide(features, texts, states, started)

    def decide(
        self, features: Features, texts: Sequence[str], states: Sequence[TargetState], started: int
    ) -> Routed:
        """The decision for computed features (the deep scan first if a public target won)."""
        decision = decide(features, states, self.config.routing)
        routed = Routed(features, decision, (time.perf_counter_ns() - started) // 1000)
        if decision.target is not None and self.needs_deep(routed, decision.target):
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
        decision = decide(features, states, self.config.routing)
        spent = (time.perf_counter_ns() - began) // 1000
        return Routed(
            features, decision, spent if started is not None else routed.decide_us + spent
        )


def needs_of(body: Mapping[str, Any]) -> frozenset[str]:
    """Capabilities a request needs that some engines lack."""
    needs = set()
    if body.get("tools") or body.get("functions"):
        needs.add("tools")
    n = body.get("n")
    if isinstance(n, int) and n > 1:
        needs.add("n>1")
    return frozenset(needs)
