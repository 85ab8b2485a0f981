"""The outcome of `decide`, and the decision record of docs/design.md built from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from meshroute.routing.features import Features

Refusal = Literal["model_not_found", "unsupported", "no_target"]


@dataclass(frozen=True, slots=True)
class Decision:
    target: str | None
    tier: str | None
    zone: str | None
    fallbacks: tuple[str, ...]
    # targets that may only see this request with its sensitive entities replaced
    redact_for: frozenset[str]
    model: str | None
    version: str | None
    reasons: tuple[str, ...]
    refusal: Refusal | None = None
    refusal_message: str = ""

    @property
    def redacted(self) -> bool:
        return self.target is not None and self.target in self.redact_for

    @property
    def candidates(self) -> tuple[str, ...]:
        return ((self.target,) if self.target else ()) + self.fallbacks

    def short_reason(self) -> str:
        """For the x-meshroute-reason header: entity types and numbers only, never values."""
        return "; ".join(self.reasons)[:300]


def decision_record(
    request_id: str, features: Features, decision: Decision, decide_us: int
) -> dict[str, Any]:
    """The JSON record that `explain --jsonl` prints and the ledger stores."""
    return {
        "request_id": request_id,
        "target": decision.target,
        "tier": decision.tier,
        "zone": decision.zone,
        "sensitive": features.sensitive,
        "entities": [
            {
                "type": entity.type,
                "start": entity.start,
                "end": entity.end,
                "message": entity.message,
            }
            for entity in features.entities
        ],
        "redacted": decision.redacted,
        "complexity": round(features.complexity, 4),
        "scorer": features.signals.get("scorer"),
        "model": decision.model,
        "version": decision.version,
        "fallbacks": list(decision.fallbacks),
        "reasons": list(decision.reasons),
        "decide_us": decide_us,
    }
