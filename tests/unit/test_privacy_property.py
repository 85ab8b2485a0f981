"""Property: no request with sensitive entities ever gets a target that may not see it,
unless the policy redacts for that target. Checked on `decide` with generated fleets, and on
the whole router with planted values in generated text."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meshroute.config import ComplexityThresholds, Config, RoutingConfig
from meshroute.routing.components import build_detector
from meshroute.routing.features import Features, TargetState, parse_model
from meshroute.routing.policy import decide
from meshroute.routing.router import Router


@dataclass(frozen=True)
class Found:
    type: str
    start: int = 0
    end: int = 3
    message: int = 0


target_states = st.builds(
    lambda i, tier, zone, accepts, healthy, version, price: TargetState(
        name=f"t{i}",
        tier=tier,
        zone=zone,
        region=None,
        models={"assistant": version},
        served_model=f"m{i}",
        operations=frozenset({"chat"}),
        may_see_sensitive=zone == "private" and accepts,
        healthy=healthy,
        usd_per_mtok=price,
    ),
    st.integers(0, 10_000),
    st.sampled_from(["edge", "local", "cloud"]),
    st.sampled_from(["private", "public"]),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["v1", "v2"]),
    st.floats(0, 20),
)
fleets = st.lists(target_states, min_size=1, max_size=6, unique_by=lambda t: t.name)


@settings(max_examples=400, deadline=None)
@given(
    fleet=fleets,
    complexity=st.floats(0, 1),
    redact=st.booleans(),
    entity=st.sampled_from(["EMAIL_ADDRESS", "CREDIT_CARD", "PERSON", "AWS_ACCESS_KEY"]),
    model=st.sampled_from(["auto", "assistant", "assistant@v1", "assistant@v2", "qualified"]),
    edge_max=st.floats(0, 0.5),
)
def test_decide_never_leaks(
    fleet: list[TargetState],
    complexity: float,
    redact: bool,
    entity: str,
    model: str,
    edge_max: float,
) -> None:
    if model == "qualified":
        model = f"{fleet[0].name}/{fleet[0].served_model}"
    names = frozenset(t.name for t in fleet)
    features = Features(
        operation="chat",
        complexity=complexity,
        entities=(Found(entity),),
        requested=parse_model(model, names, frozenset()),
    )
    policy = RoutingConfig(
        sensitive="redact" if redact else "keep_private",
        complexity=ComplexityThresholds(edge_max=edge_max, local_max=0.75),
    )
    decision = decide(features, fleet, policy)
    by_name = {t.name: t for t in fleet}
    for name in decision.candidates:
        state = by_name[name]
        assert state.may_see_sensitive or (redact and name in decision.redact_for)
    if not redact:
        assert not decision.redact_for


CONFIG = Config.model_validate(
    {
        "targets": [
            {
                "name": "edge",
                "kind": "embedded",
                "tier": "edge",
                "zone": "private",
                "models": {"assistant": "v1"},
            },
            {
                "name": "cloud",
                "kind": "openai",
                "base_url": "https://cloud.invalid/v1",
                "upstream_model": "big",
                "tier": "cloud",
                "zone": "public",
                "models": {"assistant": "v1"},
            },
        ]
    }
)
PLANTED = st.sampled_from(
    [
        "jane.doe@example.com",
        "4111 1111 1111 1111",
        "GB82 WEST 1234 5698 7654 32",
        "AKIA2E0A8F3B244C9986",
        "+44 20 7946 0958",
        "536-22-4871",
        "sk-proj-4fJ9aK2mQ8xZ7bN3vL1pR6tY0uW5eS9d",
        "postgres://admin:s3cr3t-pw@db.internal:5432/prod",
    ]
)
FILLER = st.text(alphabet=st.sampled_from("abcdefghij klmnop qrstuvwxyz,."), max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=FILLER, value=PLANTED, after=FILLER, complexity_hint=st.booleans())
def test_router_keeps_planted_values_private(
    before: str, value: str, after: str, complexity_hint: bool
) -> None:
    router = _router()
    hard = " Prove it rigorously, step by step, then write the code." if complexity_hint else ""
    text = f"{before} {value} {after}{hard}"
    states = _states()
    routed = router.route("chat", "auto", [text], states)
    assert routed.features.sensitive, text
    assert "cloud" not in routed.decision.candidates


_CACHE: dict[str, object] = {}


def _router() -> Router:
    if "router" not in _CACHE:
        from meshroute.routing.components import build_scorer

        _CACHE["router"] = Router(CONFIG, build_detector(CONFIG), build_scorer(CONFIG))
    router = _CACHE["router"]
    assert isinstance(router, Router)
    return router


def _states() -> tuple[TargetState, ...]:
    from dataclasses import replace

    from meshroute.targets.pool import TargetPool

    return tuple(replace(s, healthy=True) for s in TargetPool(CONFIG).states())
