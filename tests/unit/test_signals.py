"""Routing signals are a list: a new one is a class (measure, optionally rank) and a line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from meshroute.config import Config
from meshroute.routing.features import Features, TargetState
from meshroute.routing.router import Router, canary_key
from meshroute.routing.signals import RouteRequest, default_signals
from meshroute.targets.pool import TargetPool


class Carbon:
    """A made-up signal: grams of CO2 per request, preferring the target named 'green'."""

    name = "carbon"

    def measure(self, request: RouteRequest) -> Mapping[str, Any]:
        return {"carbon": len(request.texts)}

    def rank(self, features: Features, target: TargetState) -> float:
        return 0.0 if target.name == "green" else float(features.signals["carbon"])


def _config() -> Config:
    block = {"kind": "openai", "upstream_model": "m", "tier": "local", "zone": "private"}
    return Config.model_validate(
        {
            "targets": [
                {**block, "name": "a-brown", "base_url": "http://127.0.0.1:9/v1"},
                {**block, "name": "green", "base_url": "http://127.0.0.1:9/v1"},
            ]
        }
    )


def test_a_new_signal_is_measured_and_ranks_targets() -> None:
    config = _config()
    states = tuple(replace(s, healthy=True) for s in TargetPool(config).states())
    plain = Router(config, None, None).route("chat", "auto", ["hi"], states)
    assert plain.decision.target == "a-brown"  # same tier and cost: by name
    signals = [*default_signals(config, None, None), Carbon()]
    routed = Router(config, None, None, signals).route("chat", "auto", ["hi"], states)
    assert routed.features.signals == {"carbon": 1}
    assert routed.decision.target == "green" and routed.decision.fallbacks == ("a-brown",)


def test_one_canary_key_rule() -> None:
    assert canary_key(explicit="h", key_id="k", user="u", request_id="r") == "h"
    assert canary_key(explicit=None, key_id="k", user="u", request_id="r") == "k"
    assert canary_key(explicit="", key_id=None, user="u", request_id="r") == "u"
    assert canary_key(explicit=None, key_id=None, user=7, request_id="r") == "r"
