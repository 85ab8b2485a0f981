"""Set the complexity thresholds so that given shares of traffic go to each tier.

As RouteLLM calibrates its threshold: score a sample of real requests, then put each threshold
at the quantile that leaves the asked share above it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from meshroute.config import ComplexityThresholds
from meshroute.errors import MeshrouteError


class CalibrationError(MeshrouteError):
    """The shares or the sample cannot give thresholds."""


@dataclass(frozen=True, slots=True)
class Calibration:
    thresholds: ComplexityThresholds
    shares: dict[str, float]  # the shares the thresholds give on the sample itself
    requests: int


def parse_shares(items: Iterable[str]) -> dict[str, float]:
    """`cloud=0.2`, `local=0.3` -> {"cloud": 0.2, "local": 0.3}; edge takes the rest."""
    shares: dict[str, float] = {}
    for item in items:
        tier, sep, value = item.partition("=")
        if not sep or tier not in ("local", "cloud"):
            raise CalibrationError(f"--share {item!r}: expected local=FRACTION or cloud=FRACTION")
        try:
            share = float(value)
        except ValueError as exc:
            raise CalibrationError(f"--share {item!r}: {value!r} is not a number") from exc
        if not 0 <= share <= 1:
            raise CalibrationError(f"--share {item!r}: the share must be between 0 and 1")
        shares[tier] = share
    if sum(shares.values()) > 1:
        raise CalibrationError("the shares add up to more than 1")
    return shares


def calibrate(
    scores: Sequence[float], shares: Mapping[str, float], current: ComplexityThresholds
) -> Calibration:
    if not scores:
        raise CalibrationError("no requests to calibrate on")
    ordered = sorted(scores)
    cloud = shares.get("cloud")
    local = shares.get("local")
    local_max = current.local_max if cloud is None else _threshold(ordered, cloud)
    if local is None:
        edge_max = min(current.edge_max, local_max)
    else:
        edge_max = _threshold(ordered, (cloud or _share_above(ordered, local_max)) + local)
    thresholds = ComplexityThresholds(edge_max=min(edge_max, local_max), local_max=local_max)
    above_local = _share_above(ordered, thresholds.local_max)
    above_edge = _share_above(ordered, thresholds.edge_max)
    achieved = {"edge": 1 - above_edge, "local": above_edge - above_local, "cloud": above_local}
    return Calibration(thresholds, achieved, len(ordered))


def _threshold(ordered: Sequence[float], share_above: float) -> float:
    """The smallest threshold t with at most `share_above` of the scores strictly above t."""
    if share_above >= 1:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(len(ordered) * (1 - share_above)) - 1))
    return round(ordered[index], 6)


def _share_above(ordered: Sequence[float], threshold: float) -> float:
    return sum(1 for score in ordered if score > threshold) / len(ordered)
