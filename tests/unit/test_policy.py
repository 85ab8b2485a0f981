"""`decide` on tables of features and target states: no servers, no I/O."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from meshroute.config import RoutingConfig
from meshroute.routing.features import Features, TargetState, parse_model
from meshroute.routing.policy import decide


@dataclass(frozen=True)
class Found:
    type: str
    start: int = 0
    end: int = 5
    message: int = 0


def state(
    name: str,
    tier: str = "edge",
    zone: str = "private",
    *,
    region: str | None = None,
    models: dict[str, str] | None = None,
    healthy: bool = True,
    price: float = 0.0,
    served: str | None = None,
    ops: frozenset[str] = frozenset({"chat", "completions"}),
    lacks: frozenset[str] = frozenset(),
    accepts_sensitive: bool | None = None,
) -> TargetState:
    may_see = zone == "private" if accepts_sensitive is None else accepts_sensitive
    return TargetState(
        name=name,
        tier=tier,
        zone=zone,
        region=region,
        models=models or {"assistant": "v1"},
        served_model=served or f"{name}-model",
        operations=ops,
        may_see_sensitive=may_see,
        healthy=healthy,
        usd_per_mtok=price,
        lacks=lacks,
    )


FLEET = (
    state("edge", "edge", region="eu-london"),
    state("gpu-box", "local", region="eu-london", models={"assistant": "v2"}),
    state("cloud", "cloud", "public", models={"assistant": "v2"}, price=6.0),
)


def features(
    model: str = "auto",
    *,
    complexity: float = 0.0,
    entities: tuple[Found, ...] = (),
    region: str | None = None,
    key: str = "k",
    needs: frozenset[str] = frozenset(),
    operation: str = "chat",
    targets: tuple[TargetState, ...] = FLEET,
) -> Features:
    names = frozenset(t.name for t in targets)
    served = frozenset(t.served_model for t in targets)
    return Features(
        operation=operation,
        requested=parse_model(model, names, served),
        entities=entities,
        complexity=complexity,
        region=region,
        request_key=key,
        needs=needs,
    )


@pytest.mark.parametrize(
    ("complexity", "expected"),
    [
        (0.1, "edge"),
        (0.35, "edge"),
        (0.5, "gpu-box"),
        (0.75, "gpu-box"),
        (0.9, "cloud"),
    ],
)
def test_difficulty_picks_the_tier(complexity: float, expected: str) -> None:
    decision = decide(features(complexity=complexity), FLEET, RoutingConfig())
    assert decision.target == expected
    assert any(reason.startswith(f"complexity {complexity:.2f}") for reason in decision.reasons)


def test_sensitive_keep_private_never_reaches_public() -> None:
    decision = decide(
        features(complexity=0.95, entities=(Found("EMAIL_ADDRESS"),)), FLEET, RoutingConfig()
    )
    assert decision.target == "gpu-box"
    assert "cloud" not in decision.candidates
    assert "sensitive:EMAIL_ADDRESS -> private only" in decision.reasons


def test_sensitive_with_only_public_targets_fails_closed() -> None:
    only_cloud = (FLEET[2],)
    decision = decide(
        features(entities=(Found("US_SSN"),), targets=only_cloud), only_cloud, RoutingConfig()
    )
    assert decision.target is None and decision.refusal == "no_target"


def test_redact_policy_allows_public_with_redaction() -> None:
    policy = RoutingConfig(sensitive="redact")
    decision = decide(features(complexity=0.95, entities=(Found("PERSON"),)), FLEET, policy)
    assert decision.target == "cloud" and decision.redacted
    assert decision.redact_for == frozenset({"cloud"})


def test_private_target_may_refuse_sensitive_data() -> None:
    fleet = (state("edge", accepts_sensitive=False), state("gpu-box", "local"))
    decision = decide(
        features(entities=(Found("IBAN_CODE"),), targets=fleet), fleet, RoutingConfig()
    )
    assert decision.candidates == ("gpu-box",)


def test_pinned_version_and_unknown_model_or_version() -> None:
    assert decide(features("assistant@v2"), FLEET, RoutingConfig()).candidates == (
        "gpu-box",
        "cloud",
    )
    assert decide(features("assistant@v9"), FLEET, RoutingConfig()).refusal == "model_not_found"
    assert decide(features("nobody"), FLEET, RoutingConfig()).refusal == "model_not_found"


def test_target_qualified_name_obeys_privacy() -> None:
    chosen = decide(features("cloud/cloud-model"), FLEET, RoutingConfig())
    assert chosen.candidates == ("cloud",)
    refused = decide(
        features("cloud/cloud-model", entities=(Found("CREDIT_CARD"),)), FLEET, RoutingConfig()
    )
    assert refused.refusal == "no_target"


def test_canary_share_is_sticky_and_close_to_the_setting() -> None:
    policy = RoutingConfig(canary={"assistant": {"v2": 0.1}})
    versions = [
        decide(features("assistant", key=f"user-{i}"), FLEET, policy).version for i in range(4000)
    ]
    share = versions.count("v2") / len(versions)
    assert 0.08 < share < 0.12
    again = [
        decide(features("assistant", key=f"user-{i}"), FLEET, policy).version for i in range(4000)
    ]
    assert again == versions


def test_region_then_distance_table() -> None:
    fleet = (
        state("edge-paris", region="eu-paris"),
        state("edge-london", region="eu-london"),
        state("edge-tokyo", region="ap-tokyo"),
    )
    policy = RoutingConfig(region_distance={"eu-london": {"eu-paris": 1, "ap-tokyo": 9}})
    near = decide(features(region="eu-london", targets=fleet), fleet, policy)
    assert near.candidates == ("edge-london", "edge-paris", "edge-tokyo")
    tokyo = decide(features(region="ap-tokyo", targets=fleet), fleet, policy)
    assert tokyo.target == "edge-tokyo"


def test_unhealthy_targets_go_last_and_cost_breaks_ties() -> None:
    fleet = (
        state("a", "cloud", "public", price=9.0),
        state("b", "cloud", "public", price=1.0),
        state("c", "cloud", "public", price=0.5, healthy=False),
    )
    decision = decide(features(complexity=0.9, targets=fleet), fleet, RoutingConfig())
    assert decision.candidates == ("b", "a", "c")


def test_capabilities_and_operations_filter_targets() -> None:
    fleet = (state("edge", lacks=frozenset({"tools"})), state("gpu-box", "local"))
    assert decide(
        features(needs=frozenset({"tools"}), targets=fleet), fleet, RoutingConfig()
    ).candidates == ("gpu-box",)
    embed = decide(features(operation="embeddings", targets=fleet), fleet, RoutingConfig())
    assert embed.refusal == "unsupported"


def test_missing_tier_prefers_a_bigger_model() -> None:
    fleet = (state("edge", "edge"), state("cloud", "cloud", "public"))
    decision = decide(features(complexity=0.5, targets=fleet), fleet, RoutingConfig())
    assert decision.candidates == ("cloud", "edge")
