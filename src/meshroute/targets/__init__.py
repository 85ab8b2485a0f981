"""Places a model runs, behind one seam (`Target`)."""

from __future__ import annotations

from meshroute.config import TargetConfig
from meshroute.targets.base import (
    OPERATIONS,
    Operation,
    Reply,
    Target,
    TargetFailure,
    UpstreamRejected,
)

__all__ = [
    "OPERATIONS",
    "Operation",
    "Reply",
    "Target",
    "TargetFailure",
    "UpstreamRejected",
    "build_target",
]


def build_target(config: TargetConfig) -> Target:
    """The Target for a config block; heavy engines are imported only when configured."""
    if config.kind == "embedded":
        from meshroute.targets.embedded import EmbeddedTarget

        return EmbeddedTarget(config)
    from meshroute.targets.openai_http import OpenAIHTTPTarget

    return OpenAIHTTPTarget(config)
