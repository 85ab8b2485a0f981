"""Pure policy checks: models, zones, admin."""

from __future__ import annotations

from meshroute.auth.keyfile import ApiKey
from meshroute.auth.policy import (
    allowed_zones,
    is_admin,
    model_permitted,
    permitted_states,
)
from meshroute.routing.features import TargetState

TARGETS = frozenset({"edge", "gpu-box", "cloud"})


def _state(name: str, zone: str, models: dict[str, str]) -> TargetState:
    return TargetState(
        name=name,
        tier="edge",
        zone=zone,
        region=None,
        models=models,
        served_model=f"{name}-model",
        operations=frozenset({"chat"}),
        may_see_sensitive=zone == "private",
    )


STATES = [
    _state("edge", "private", {"assistant": "v1"}),
    _state("gpu-box", "private", {"assistant": "v2", "coder": "v1"}),
    _state("cloud", "public", {"assistant": "v2", "coder": "v1"}),
]


def test_models() -> None:
    key = ApiKey("k", "0" * 12, models=frozenset({"assistant", "gpu-box/gpu-box-model"}))
    assert model_permitted(key, "assistant", TARGETS)
    assert model_permitted(key, "assistant@v2", TARGETS)
    assert model_permitted(key, "auto", TARGETS)
    assert model_permitted(key, "gpu-box/gpu-box-model", TARGETS)
    assert not model_permitted(key, "coder", TARGETS)
    assert not model_permitted(key, "coder@v1", TARGETS)
    assert not model_permitted(key, "cloud/cloud-model", TARGETS)
    assert not model_permitted(key, "cloud/assistant", TARGETS)  # qualified: exact names only
    anyone = ApiKey("k", "1" * 12)
    assert model_permitted(anyone, "coder", TARGETS) and model_permitted(None, "x", TARGETS)


def test_a_private_key_never_sees_a_public_target() -> None:
    key = ApiKey("k", "0" * 12, zones=frozenset({"private"}))
    assert allowed_zones(key) == frozenset({"private"})
    for model in ("auto", "assistant", "assistant@v2", "cloud/cloud-model", "coder"):
        names = [s.name for s in permitted_states(key, STATES, model)]
        assert names == ["edge", "gpu-box"], model


def test_auto_is_narrowed_to_targets_serving_an_allowed_model() -> None:
    key = ApiKey("k", "0" * 12, models=frozenset({"coder"}))
    assert [s.name for s in permitted_states(key, STATES, "auto")] == ["gpu-box", "cloud"]
    assert len(permitted_states(key, STATES, "coder")) == 3  # model_permitted gates those
    assert permitted_states(None, STATES, "auto") == STATES


def test_admin() -> None:
    assert is_admin(ApiKey("a", "0" * 12, admin=True))
    assert not is_admin(ApiKey("a", "0" * 12, admin=True, revoked="2026-11-28T00:00:00Z"))
    assert not is_admin(ApiKey("u", "1" * 12))
    assert not is_admin(None)
