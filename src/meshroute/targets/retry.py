"""A retry budget: retries may add at most a share of the request rate.

Without it, a wide outage turns every request into max_attempts upstream calls exactly when
the remaining targets can least afford it (the retry storm). Tokens accrue per request and are
spent per retry; a small floor keeps failover working at low traffic.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class RetryBudget:
    def __init__(
        self,
        ratio: float,
        *,
        floor_per_s: float = 5.0,
        burst: float = 20.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ratio = ratio
        self.floor_per_s = floor_per_s
        self.burst = burst
        self._clock = clock
        self._tokens = burst
        self._last = clock()

    def on_request(self) -> None:
        self._refill()
        self._tokens = min(self.burst, self._tokens + self.ratio)

    def try_spend(self) -> bool:
        self._refill()
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.floor_per_s)
        self._last = now
