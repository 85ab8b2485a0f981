"""Gateways for the Responses/Messages surface tests: one over the stand-in OpenAI-compatible
upstream (a real HTTP server, not a model), one over the real embedded edge model."""

from __future__ import annotations

from typing import Any

from meshroute.config import Config


def standin_config(base_url: str, **server: Any) -> Config:
    return Config.model_validate(
        {
            "server": server,
            "targets": [
                {
                    "name": "gpu-box",
                    "kind": "openai",
                    "base_url": base_url,
                    "upstream_model": "standin-model",
                    "tier": "local",
                    "zone": "private",
                    "models": {"assistant": "v2"},
                }
            ],
        }
    )


def edge_config() -> Config:
    """The built-in default (the packaged instruct model), with a small context for tests."""
    return Config.model_validate(
        {
            "targets": [
                {
                    "name": "edge",
                    "kind": "embedded",
                    "tier": "edge",
                    "zone": "private",
                    "models": {"assistant": "v1"},
                    "engine": {"threads": 1, "context": 2048, "parallel": 2},
                }
            ]
        }
    )
