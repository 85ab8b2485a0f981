"""What a key may do: pure functions, no I/O, so the router and tests can call them freely.

Models: a key whose `models` list does not cover the requested model gets **404
model_not_found**, with OpenAI's own wording ("does not exist or you do not have access to
it"): this is what OpenAI answers for a model a key may not use, and it tells a restricted key
nothing about which other models exist. A `models` entry is a logical model (`assistant`, which
also covers every pinned version `assistant@v2`) or an exact target-qualified or served name
(`gpu-box/qwen2.5-7b-instruct`). With `model: auto`, the router only sees targets serving at
least one allowed logical model.

Zones: a key limited to `private` must never reach a public target, whatever the request says
(`auto`, a pinned version, a target-qualified name, redaction): the router is handed only the
targets in the key's zones, so no later step can pick another one.

Admin routes need `admin: true` (403 otherwise).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Protocol, TypeVar

from meshroute.auth.keyfile import ApiKey


class _Placed(Protocol):
    """The two fields of a target state these checks read (routing's TargetState has them)."""

    @property
    def zone(self) -> str: ...
    @property
    def models(self) -> Mapping[str, str]: ...


S = TypeVar("S", bound=_Placed)


def is_admin(key: ApiKey | None) -> bool:
    return key is not None and key.admin and key.revoked is None


def allowed_zones(key: ApiKey | None) -> frozenset[str] | None:
    """The zones this key's requests may reach; None means every zone (or no keys at all)."""
    return None if key is None else key.zones


def model_permitted(key: ApiKey | None, model: str, target_names: Collection[str]) -> bool:
    """Whether `key` may ask for `model` (the request's `model` field, unparsed)."""
    if key is None or key.models is None or model == "auto":
        return True
    if model in key.models:
        return True
    head, slash, _ = model.partition("/")
    if slash and head in target_names:
        return False  # a target-qualified name must be listed exactly
    return model.partition("@")[0] in key.models


def not_permitted_message(model: str) -> str:
    return f"The model `{model}` does not exist or you do not have access to it."


def permitted_states(key: ApiKey | None, states: Sequence[S], model: str) -> list[S]:
    """The target states this key's request may be routed to: those in the key's zones and,
    for `model: auto`, those serving at least one of its logical models."""
    if key is None or (key.zones is None and (key.models is None or model != "auto")):
        return list(states)
    zones, models = key.zones, key.models
    return [
        state
        for state in states
        if (zones is None or state.zone in zones)
        and (model != "auto" or models is None or not models.isdisjoint(state.models))
    ]
