"""Places a model runs, behind one seam (`Target`)."""

from __future__ import annotations

from meshroute.targets.base import (
    OPERATIONS,
    Operation,
    Reply,
    Target,
    TargetFailure,
    UpstreamRejected,
)
from meshroute.targets.kinds import build_target

__all__ = [
    "OPERATIONS",
    "Operation",
    "Reply",
    "Target",
    "TargetFailure",
    "UpstreamRejected",
    "build_target",
]
