"""`decide`: a pure function from features and target states to a Decision. No I/O here.

Order of concerns: which targets serve what was asked (model, version, operation), which may
see this data (privacy fails closed), then an ordering of the rest: healthy first, the tier the
difficulty asks for, the client's region, cost, latency and load.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from meshroute.config import TIER_ORDER, RoutingConfig
from meshroute.routing.decision import Decision, Refusal
from meshroute.routing.features import Features, ModelRef, TargetState

if TYPE_CHECKING:
    from meshroute.routing.signals import Ranking

_SEE_MODELS = " (GET /v1/models lists them)"
_UNKNOWN_REGION_DISTANCE = 0.5
_OTHER_REGION_DISTANCE = 1.0


def decide(
    features: Features,
    targets: Sequence[TargetState],
    policy: RoutingConfig,
    rankings: Sequence[Ranking] = (),
) -> Decision:
    reasons: list[str] = []
    served, model, version, refusal = _serving(
        features.requested, targets, policy, features.request_key, reasons
    )
    if refusal is not None:
        return _refuse("model_not_found", refusal, model, version, reasons)
    able = [
        t for t in served if features.operation in t.operations and not (features.needs & t.lacks)
    ]
    if not able:
        what = ", ".join(sorted(features.needs)) or features.operation
        message = f"no target serving '{features.requested.raw}' supports {what}"
        return _refuse("unsupported", message, model, version, reasons)
    allowed, redact_for = _privacy(features, able, policy, reasons)
    if not allowed:
        message = (
            "the request contains sensitive data and no private target that may see it "
            f"serves '{features.requested.raw}'"
        )
        return _refuse("no_target", message, model, version, reasons)
    ordered = _order(features, allowed, policy, reasons, rankings)
    chosen = ordered[0]
    if not chosen.healthy:
        reasons.append("no healthy target: trying anyway")
    return Decision(
        target=chosen.name,
        tier=chosen.tier,
        zone=chosen.zone,
        fallbacks=tuple(t.name for t in ordered[1:]),
        redact_for=redact_for,
        model=model,
        version=version,
        reasons=tuple(reasons),
    )


def _refuse(
    kind: Refusal, message: str, model: str | None, version: str | None, reasons: list[str]
) -> Decision:
    return Decision(
        target=None,
        tier=None,
        zone=None,
        fallbacks=(),
        redact_for=frozenset(),
        model=model,
        version=version,
        reasons=(*reasons, kind),
        refusal=kind,
        refusal_message=message,
    )


def _serving(
    ref: ModelRef,
    targets: Sequence[TargetState],
    policy: RoutingConfig,
    key: str,
    reasons: list[str],
) -> tuple[list[TargetState], str | None, str | None, str | None]:
    """Targets that serve what was asked, the logical model and version, or why none does.
    The reasons name configured models only, never the raw string the client sent: it may
    carry personal data (and error messages must not)."""
    if ref.kind == "auto":
        return list(targets), None, None, None
    if ref.kind in ("qualified", "served"):
        found = [
            t
            for t in targets
            if t.served_model == ref.model and (ref.target is None or t.name == ref.target)
        ]
        if not found:
            return (
                [],
                None,
                None,
                "the requested model is not served by any configured target" + _SEE_MODELS,
            )
        reasons.append(f"pinned target {found[0].name}" if ref.target else f"model {ref.raw}")
        return found, None, None, None
    assert ref.model is not None
    logical = [t for t in targets if ref.model in t.models]
    if not logical:
        # Not configured: the client's string is not kept anywhere (record, ledger, headers).
        return [], None, None, "the requested model does not exist" + _SEE_MODELS
    version = ref.version
    if version is None:
        version = _canary_version(ref.model, logical, policy, key, reasons)
    if version is None:
        return logical, ref.model, None, None
    found = [t for t in logical if t.models[ref.model] == version]
    if not found:
        return [], ref.model, None, f"model '{ref.model}' has no such version" + _SEE_MODELS
    if ref.version is not None:
        reasons.append(f"version {version} pinned")
    return found, ref.model, version, None


def _canary_version(
    model: str, logical: Sequence[TargetState], policy: RoutingConfig, key: str, reasons: list[str]
) -> str | None:
    """Deterministic by request key, so one user sticks to one version."""
    split = policy.canary.get(model)
    if not split:
        return None
    available = {t.models[model] for t in logical}
    digest = hashlib.blake2b(f"{model}:{key}".encode(), digest_size=8).digest()
    bucket = int.from_bytes(digest, "big") / 2**64
    edge = 0.0
    for version, share in sorted(split.items()):
        edge += share
        if bucket < edge and version in available:
            reasons.append(f"canary {version} ({share:.0%})")
            return version
    stable = sorted(available - set(split))
    if stable:
        return stable[0] if len(stable) == 1 else None
    return None


def _privacy(
    features: Features, able: list[TargetState], policy: RoutingConfig, reasons: list[str]
) -> tuple[list[TargetState], frozenset[str]]:
    if not features.sensitive:
        return able, frozenset()
    kinds = ",".join(features.entity_types)
    # UNSCANNED (privacy.detector): text the scan could not read; a placeholder over it would
    # gut the request, so it stays private whatever the policy.
    if policy.sensitive == "redact" and "UNSCANNED" not in features.entity_types:
        redact_for = frozenset(t.name for t in able if not t.may_see_sensitive)
        reasons.append(f"sensitive:{kinds} -> redact for public")
        return able, redact_for
    reasons.append(f"sensitive:{kinds} -> private only")
    return [t for t in able if t.may_see_sensitive], frozenset()


def _desired_tier(complexity: float, policy: RoutingConfig) -> int:
    if complexity <= policy.complexity.edge_max:
        return TIER_ORDER["edge"]
    if complexity <= policy.complexity.local_max:
        return TIER_ORDER["local"]
    return TIER_ORDER["cloud"]


def _tier_distance(tier: str, desired: int) -> int:
    """Missing the asked tier, prefer a bigger model (quality) over a smaller one."""
    actual = TIER_ORDER[tier]
    return abs(actual - desired) * 2 + (1 if actual < desired else 0)


def _region_distance(client: str | None, target: str | None, policy: RoutingConfig) -> float:
    if client is None or target is None:
        return _UNKNOWN_REGION_DISTANCE if client else 0.0
    if client == target:
        return 0.0
    table = policy.region_distance
    found = table.get(client, {}).get(target, table.get(target, {}).get(client))
    return _OTHER_REGION_DISTANCE if found is None else found


def _order(
    features: Features,
    allowed: list[TargetState],
    policy: RoutingConfig,
    reasons: list[str],
    rankings: Sequence[Ranking] = (),
) -> list[TargetState]:
    desired = _desired_tier(features.complexity, policy)
    tier_name = next(name for name, rank in TIER_ORDER.items() if rank == desired)
    reasons.append(f"complexity {features.complexity:.2f} -> {tier_name}")
    ordered = sorted(
        allowed,
        key=lambda t: (
            not t.healthy,
            _tier_distance(t.tier, desired),
            _region_distance(features.region, t.region, policy),
            tuple(ranking.rank(features, t) for ranking in rankings),
            t.usd_per_mtok,
            t.latency_ms * (1 + t.in_flight),
            t.name,
        ),
    )
    chosen = ordered[0]
    if features.region and chosen.region == features.region:
        reasons.append(f"region {features.region}")
    return ordered
