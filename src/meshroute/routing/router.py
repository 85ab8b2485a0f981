"""Computes a request's features once, calls the pure `decide`, and times both.

Sensitivity runs in two depths: the fast scan on every request, and the deep scan (NER for
names and places) only when the first decision would let a public target see the request.
That keeps private-only traffic inside the latency budget without weakening the privacy rule.
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
        decision = decide(features, states, self.config.routing)
        if self.detector is not None and _public_candidate(decision, states):
            deep = self.detector.scan(texts, deep=True)
            features = replace(features, entities=deep, deep_scanned=True)
            decision = decide(features, states, self.config.routing)
        decide_us = (time.perf_counter_ns() - started) // 1000
        return Routed(features, decision, decide_us)


def _public_candidate(decision: Decision, states: Sequence[TargetState]) -> bool:
    candidates = set(decision.candidates)
    return any(s.name in candidates and not s.may_see_sensitive for s in states)


def needs_of(body: Mapping[str, Any]) -> frozenset[str]:
    """Capabilities a request needs that some engines lack."""
    needs = set()
    if body.get("tools") or body.get("functions"):
        needs.add("tools")
    n = body.get("n")
    if isinstance(n, int) and n > 1:
        needs.add("n>1")
    return frozenset(needs)
