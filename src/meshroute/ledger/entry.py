"""`LedgerEntry`: what the gateway hands the ledger for one request, answered or failed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

import orjson

from meshroute.ledger.served import ServedModels

# Keys of the decision record that are safe to store: numbers, names and entity *types*.
# Anything else (a future field carrying text) is left out rather than risk storing a value.
_DECISION_KEYS = (
    "request_id",
    "target",
    "tier",
    "zone",
    "sensitive",
    "redacted",
    "complexity",
    "model",
    "version",
    "fallbacks",
    "reasons",
    "decide_us",
    "nodes",  # the meshroute nodes the request crossed (issue 13, targets/node_mesh.py)
)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One request. Entity *types* only, never their values; `key_id`, never the key."""

    request_id: str
    model: str | None
    target: str | None
    tier: str | None
    zone: str | None
    status: str = "ok"  # ok | error | stream_error | refused
    http_status: int | None = 200
    version: str | None = None
    key_id: str | None = None
    sensitive: bool = False
    entity_types: str = ""  # comma-joined, sorted types: "EMAIL_ADDRESS,PHONE_NUMBER"
    redacted: bool = False
    complexity: float | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    ttft_ms: float | None = None
    latency_ms: float = 0.0
    fallbacks_used: int = 0  # attempts after the first target
    cost_usd: float | None = None  # None: the target has neither a price nor a cost block
    operation: str = "chat"
    decision: str = "{}"  # JSON of `safe_decision(record)`
    time: datetime = field(default_factory=_now)

    def as_row(self) -> dict[str, Any]:
        # A shallow copy: dataclasses.asdict deep-copies every value, and this runs for every
        # row of every batch.
        return {name: getattr(self, name) for name in _FIELD_NAMES}


def safe_decision(record: Mapping[str, Any]) -> dict[str, Any]:
    """The decision record minus anything that could hold text. Entities are kept as a count
    per type, not one offset pair each: a 400 KB prompt made a 412 KB row that way (issue 9),
    and the offsets tell an auditor nothing the counts do not."""
    kept = {key: record[key] for key in _DECISION_KEYS if key in record}
    counts: dict[str, int] = {}
    for entity in record.get("entities", ()):
        if isinstance(entity, Mapping):
            kind = str(entity.get("type"))[:64]
            counts[kind] = counts.get(kind, 0) + 1
    kept["entity_counts"] = dict(sorted(counts.items()))
    return kept


def _entity_types(record: Mapping[str, Any]) -> str:
    found = {str(e.get("type")) for e in record.get("entities", ()) if isinstance(e, Mapping)}
    return ",".join(sorted(found))


def entry_from_record(
    record: Mapping[str, Any],
    *,
    target: str | None = None,
    tier: str | None = None,
    zone: str | None = None,
    fallbacks_used: Sequence[str] | int = 0,
    served: ServedModels | None = None,
    **measured: Any,
) -> LedgerEntry:
    """Build an entry from a decision record (`routing.decision.decision_record`) plus what
    was measured (tokens, latency, status, cost, key_id, operation). `target`/`tier`/`zone`
    override the record's when a fallback answered instead of the first choice. `served` is
    what the configured targets serve: it fills the model and version a request did not name
    (`auto`, a target-qualified name, a model without a version) from the answering target."""
    used = fallbacks_used if isinstance(fallbacks_used, int) else len(fallbacks_used)
    model, version = record.get("model"), record.get("version")
    if served is not None:
        answered = target if target is not None else record.get("target")
        model, version = served.of(answered, model, version)
    return LedgerEntry(
        request_id=str(record.get("request_id", "")),
        model=model,
        version=version,
        target=target if target is not None else record.get("target"),
        tier=tier if tier is not None else record.get("tier"),
        zone=zone if zone is not None else record.get("zone"),
        sensitive=bool(record.get("sensitive", False)),
        entity_types=_entity_types(record),
        redacted=bool(record.get("redacted", False)),
        complexity=record.get("complexity"),
        fallbacks_used=used,
        decision=orjson.dumps(safe_decision(record)).decode(),
        **measured,
    )


_FIELD_NAMES = tuple(f.name for f in fields(LedgerEntry))
