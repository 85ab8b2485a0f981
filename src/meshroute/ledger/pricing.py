"""What one request cost: cloud by list price, private hardware by amortised cost and occupancy.

Private targets are never free in the books. Their monthly cost is
    hardware_usd / lifetime_months + power_watts / 1000 * 24 * 30.4 * usd_per_kwh + ops_usd_month
and a request is charged for the server time it occupied:
    cost = monthly_cost / SECONDS_PER_MONTH * latency_s / max(occupancy, floor)
where occupancy = (sum of latency_s of the target's requests in the last `window_s`) / window_s.
Why this rule: it charges the *whole* box to the requests it served (full absorption: over a
window the charges add up to the box's cost for that window whenever occupancy >= floor), it
weights a long generation more than a short one, and with continuous batching (occupancy > 1,
several requests at once) each request pays less, as it should. The floor (default 0.05) caps
what a near-idle box charges: at most 1 / floor = 20x the raw server-seconds of the request,
instead of charging one lonely request for an idle hour.
"""

from __future__ import annotations

import json
import math
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

DAYS_PER_MONTH = 30.4  # the month of the break-even formulas (docs/ledger.md), used by all
SECONDS_PER_MONTH = DAYS_PER_MONTH * 86400
HOURS_PER_MONTH = DAYS_PER_MONTH * 24


@dataclass(frozen=True, slots=True)
class Rate:
    """USD per million input / output tokens."""

    input_per_mtok: float
    output_per_mtok: float

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        return (input_tokens * self.input_per_mtok + output_tokens * self.output_per_mtok) / 1e6


@dataclass(frozen=True, slots=True)
class Hardware:
    hardware_usd: float
    lifetime_months: float
    power_watts: float
    usd_per_kwh: float
    ops_usd_month: float = 0.0

    def energy_usd_month(self) -> float:
        return self.power_watts / 1000 * HOURS_PER_MONTH * self.usd_per_kwh

    def cash_usd_month(self) -> float:
        return self.energy_usd_month() + self.ops_usd_month

    def monthly_usd(self) -> float:
        return self.hardware_usd / self.lifetime_months + self.cash_usd_month()


@dataclass(frozen=True, slots=True)
class Catalogue:
    taken: str
    note: str
    models: dict[str, Rate]

    def find(self, model: str | None) -> Rate | None:
        """Exact name, else the longest catalogue name the model starts with
        (`gpt-4o-2024-08-06` -> gpt-4o, `claude-sonnet-4-20250514` -> claude-sonnet-4)."""
        if not model:
            return None
        name = model.rsplit("/", 1)[-1].lower()
        if name in self.models:
            return self.models[name]
        prefixes = [known for known in self.models if name.startswith(known)]
        return self.models[max(prefixes, key=len)] if prefixes else None


def load_catalogue() -> Catalogue:
    raw = json.loads(
        resources.files("meshroute.ledger").joinpath("data/prices.json").read_text("utf-8")
    )
    models = {name: Rate(**rate) for name, rate in raw["models"].items()}
    return Catalogue(taken=raw["taken"], note=raw["note"], models=models)


def target_rate(target: Any, catalogue: Catalogue) -> Rate | None:
    """A target's price: its config `price` block, else the catalogue by upstream model."""
    price = getattr(target, "price", None)
    if price is not None:
        return Rate(price.input_per_mtok, price.output_per_mtok)
    return catalogue.find(getattr(target, "upstream_model", None))


def target_hardware(target: Any) -> Hardware | None:
    cost = getattr(target, "cost", None)
    if cost is None:
        return None
    return Hardware(
        cost.hardware_usd,
        cost.lifetime_months,
        cost.power_watts,
        cost.usd_per_kwh,
        getattr(cost, "ops_usd_month", 0.0),
    )


def occupancy_cost(hardware: Hardware, latency_s: float, occupancy: float, floor: float) -> float:
    """The module docstring's rule for one request."""
    return hardware.monthly_usd() / SECONDS_PER_MONTH * latency_s / max(occupancy, floor)


class CostModel:
    """Prices requests as they finish; keeps a sliding window of busy time per private target.

    Not thread-safe: call it from the event loop, like the rest of the request path.
    """

    def __init__(
        self,
        targets: Iterable[Any],
        catalogue: Catalogue | None = None,
        *,
        window_s: float = 3600.0,
        floor: float = 0.05,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        catalogue = catalogue or load_catalogue()
        self.window_s = window_s
        self.floor = floor
        self._clock = clock
        self._hardware: dict[str, Hardware] = {}
        self._rates: dict[str, Rate] = {}
        for target in targets:
            hardware = target_hardware(target)
            rate = target_rate(target, catalogue)
            # a private box with a cost block is charged for its hardware even if it also has a
            # price (that price is a reference for reports, not what the organisation pays)
            if hardware is not None and target.zone == "private":
                self._hardware[target.name] = hardware
            elif rate is not None:
                self._rates[target.name] = rate
        self._busy: dict[str, deque[tuple[float, float]]] = {n: deque() for n in self._hardware}
        self._busy_sum: dict[str, float] = dict.fromkeys(self._hardware, 0.0)

    def occupancy(self, target: str) -> float:
        self._expire(target, self._clock())
        return self._busy_sum.get(target, 0.0) / self.window_s

    def _expire(self, target: str, now: float) -> None:
        window = self._busy.get(target)
        while window and window[0][0] < now - self.window_s:
            self._busy_sum[target] -= window.popleft()[1]

    def cost(
        self, target: str | None, input_tokens: int, output_tokens: int, latency_ms: float
    ) -> float | None:
        """USD for one request; None when the target has neither a price nor a cost block."""
        if target is None:
            return None
        rate = self._rates.get(target)
        if rate is not None:
            return rate.cost(input_tokens, output_tokens)
        hardware = self._hardware.get(target)
        if hardware is None:
            return None
        latency_s = max(latency_ms, 0.0) / 1000
        now = self._clock()
        self._expire(target, now)
        self._busy[target].append((now, latency_s))
        self._busy_sum[target] += latency_s
        occupancy = self._busy_sum[target] / self.window_s
        value = occupancy_cost(hardware, latency_s, occupancy, self.floor)
        return value if math.isfinite(value) else None
