"""Reports over ledger rows: pure functions, so every number is unit-testable by hand.

`costs` groups requests and adds the all-cloud counterfactual; `breakeven` is the model of when
an own server pays for itself in docs/ledger.md (its formulas and field names are a contract).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from meshroute.ledger.pricing import DAYS_PER_MONTH, Rate

GroupBy = Literal["target", "tier", "model", "key", "day"]
GROUPS: tuple[str, ...] = ("target", "tier", "model", "key", "day")
_SINCE = re.compile(r"^(\d+(?:\.\d+)?)([smhdw])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`7d`, `24h`, `30m`, `2w`, `90s`, or an ISO date/time (UTC when no offset is given)."""
    now = now or datetime.now(UTC)
    match = _SINCE.match(text.strip())
    if match:
        try:
            return now - timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2)])
        except OverflowError:  # "999999999999d": before the year 1
            raise ValueError(f"--since {text[:40]!r}: too far back") from None
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--since {text[:40]!r}: use 7d, 24h, 30m, 2w or an ISO date") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def percentile(values: list[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default), q in [0, 100]."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True, slots=True)
class UsageRow:
    """The columns a report needs (a light view of `models.RequestRow`)."""

    time: datetime
    target: str | None
    tier: str | None
    model: str | None
    key_id: str | None
    input_tokens: int
    output_tokens: int
    latency_ms: float
    cost_usd: float | None
    status: str = "ok"


@dataclass(frozen=True, slots=True)
class CostGroup:
    group: str
    requests: int
    errors: int
    input_tokens: int
    output_tokens: int
    cost_usd: float
    unpriced: int  # requests whose target had neither a price nor a cost block
    p50_latency_ms: float | None
    p95_latency_ms: float | None
    cloud_usd: float  # the same tokens at the reference cloud price
    saving_usd: float  # cloud_usd - cost_usd


def _key(row: UsageRow, by: str) -> str:
    if by == "day":
        return row.time.astimezone(UTC).date().isoformat()
    value = {"target": row.target, "tier": row.tier, "model": row.model, "key": row.key_id}[by]
    return value if value is not None else "-"


def costs(rows: Iterable[UsageRow], by: str, reference: Rate) -> list[CostGroup]:
    """One group per distinct value of `by` (sorted), plus a final `TOTAL` group."""
    if by not in GROUPS:
        raise ValueError(f"--by {by!r}: use one of {', '.join(GROUPS)}")
    grouped: dict[str, list[UsageRow]] = {}
    everything: list[UsageRow] = []
    for row in rows:
        grouped.setdefault(_key(row, by), []).append(row)
        everything.append(row)
    result = [_summarise(name, grouped[name], reference) for name in sorted(grouped)]
    result.append(_summarise("TOTAL", everything, reference))
    return result


def _summarise(name: str, rows: list[UsageRow], reference: Rate) -> CostGroup:
    input_tokens = sum(row.input_tokens for row in rows)
    output_tokens = sum(row.output_tokens for row in rows)
    cost = sum(row.cost_usd for row in rows if row.cost_usd is not None)
    cloud = reference.cost(input_tokens, output_tokens)
    latencies = [row.latency_ms for row in rows]
    return CostGroup(
        group=name,
        requests=len(rows),
        errors=sum(1 for row in rows if row.status != "ok"),
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        cost_usd=cost,
        unpriced=sum(1 for row in rows if row.cost_usd is None),
        p50_latency_ms=percentile(latencies, 50),
        p95_latency_ms=percentile(latencies, 95),
        cloud_usd=cloud,
        saving_usd=cloud - cost,
    )


@dataclass(frozen=True, slots=True)
class BreakevenInputs:
    requests_per_day: float
    input_tokens: float
    output_tokens: float
    price_in: float
    price_out: float
    hardware_usd: float
    lifetime_months: float
    power_watts: float
    usd_per_kwh: float
    capacity_tps: float
    peak_factor: float = 3.0
    ops_usd_month: float = 0.0

    def check(self) -> None:
        for name, value in asdict(self).items():
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"--{name.replace('_', '-')} must be a finite number >= 0")
        for name in ("capacity_tps", "lifetime_months", "peak_factor"):
            if getattr(self, name) <= 0:
                raise ValueError(f"--{name.replace('_', '-')} must be > 0")


def breakeven(inputs: BreakevenInputs) -> dict[str, Any]:
    """The break-even formulas of docs/ledger.md, verbatim; JSON-ready, inputs first."""
    inputs.check()
    r, ti, to = inputs.requests_per_day, inputs.input_tokens, inputs.output_tokens
    load = r * to / 86400 * inputs.peak_factor / inputs.capacity_tps
    cloud = r * DAYS_PER_MONTH * (ti * inputs.price_in + to * inputs.price_out) / 1e6
    if not (math.isfinite(load) and math.isfinite(cloud)):
        raise ValueError("the inputs are too large: a cost overflows a 64-bit float")
    servers = max(1, math.ceil(load))
    energy = inputs.power_watts / 1000 * 24 * DAYS_PER_MONTH * inputs.usd_per_kwh
    cash = servers * (energy + inputs.ops_usd_month)
    amortised = cash + servers * inputs.hardware_usd / inputs.lifetime_months
    months = servers * inputs.hardware_usd / (cloud - cash) if cloud > cash else None
    mtok_month = r * DAYS_PER_MONTH * (ti + to) / 1e6
    result = {
        **asdict(inputs),
        "servers": servers,
        "cloud_usd_month": cloud,
        "local_cash_usd_month": cash,
        "local_amortised_usd_month": amortised,
        "breakeven_months": months,
        "local_usd_per_mtok": amortised / mtok_month if mtok_month > 0 else None,
    }
    if any(isinstance(v, float) and not math.isfinite(v) for v in result.values()):
        raise ValueError("the inputs are too large: a cost overflows a 64-bit float")
    return result


@dataclass(frozen=True, slots=True)
class Workload:
    requests_per_day: float
    input_tokens: float
    output_tokens: float
    requests: int
    span_days: float  # from the first answered request to the last


# Below this span a daily rate is an extrapolation of a burst (3 requests in 2 s would read as
# 130,000 a day): `workload` reports no rate and the caller asks for --requests-per-day.
MIN_SPAN_S = 60.0


def workload(rows: Iterable[UsageRow]) -> Workload:
    """Requests per day over the span the answered requests cover (first to last), not over
    the report's window: 101 requests in the last 6 minutes are ~24,000 a day, not 3."""
    answered = [row for row in rows if row.status == "ok"]
    count = len(answered)
    if count == 0:
        return Workload(0.0, 0.0, 0.0, 0, 0.0)
    times = [row.time for row in answered]
    span_s = (max(times) - min(times)).total_seconds()
    return Workload(
        requests_per_day=count / (span_s / 86400) if span_s >= MIN_SPAN_S else 0.0,
        input_tokens=sum(row.input_tokens for row in answered) / count,
        output_tokens=sum(row.output_tokens for row in answered) / count,
        requests=count,
        span_days=span_s / 86400,
    )


def cumulative_costs(result: dict[str, Any], months: int | None = None) -> dict[str, list[float]]:
    """Cumulative USD at month 0..L: cloud pays monthly; local pays the hardware at month 0
    (cash out, which is when the finance team sees it) and then its running cost."""
    span = months or max(1, math.ceil(result["lifetime_months"]))
    hardware = result["servers"] * result["hardware_usd"]
    x = [float(m) for m in range(span + 1)]
    return {
        "month": x,
        "cloud": [result["cloud_usd_month"] * m for m in x],
        "local": [hardware + result["local_cash_usd_month"] * m for m in x],
    }
