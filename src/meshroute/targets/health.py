"""What the gateway has seen of a target: circuit breaker, rate-limit pause, latency, load.

Breaker: after `failures_to_open` consecutive failures the target is ejected for a cool-down
that doubles on each repeated ejection (capped); when it ends, one request probes it
(half-open) and its outcome closes or reopens the breaker. A 429 pauses the target for its
Retry-After without counting as a failure. The clock is injected so tests need not sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

BreakerState = Literal["closed", "open", "half_open"]

# Weight of the newest observation in the latency average: a few requests move it.
_EWMA_ALPHA = 0.2


@dataclass(frozen=True, slots=True)
class BreakerSettings:
    failures_to_open: int = 3
    base_cooldown_s: float = 5.0
    max_cooldown_s: float = 300.0


@dataclass(slots=True)
class TargetHealth:
    settings: BreakerSettings = field(default_factory=BreakerSettings)
    clock: Callable[[], float] = time.monotonic
    state: BreakerState = "closed"
    consecutive_failures: int = 0
    ejections: int = 0  # consecutive ejections without a success: the cool-down grows with it
    open_until: float = 0.0
    paused_until: float = 0.0  # from an upstream 429's Retry-After
    probing: bool = False  # a half-open probe is in flight
    in_flight: int = 0
    queued: int = 0
    latency_ms: float = 0.0
    requests: int = 0
    failures: int = 0
    transitions: int = 0
    last_failure: str = ""

    def available(self) -> bool:
        """Whether a request may be sent now (without reserving the half-open probe)."""
        now = self.clock()
        if now < self.paused_until:
            return False
        if self.state == "open":
            return now >= self.open_until
        if self.state == "half_open":
            return not self.probing
        return True

    def acquire(self) -> bool:
        """Claim a slot to send; in half-open, only one probe at a time."""
        if not self.available():
            return False
        if self.state == "open":
            self._move("half_open")
        if self.state == "half_open":
            self.probing = True
        self.in_flight += 1
        return True

    def succeeded(self, elapsed_s: float) -> None:
        self._finish()
        self.requests += 1
        self.consecutive_failures = 0
        self.ejections = 0
        elapsed_ms = elapsed_s * 1000
        self.latency_ms = (
            elapsed_ms
            if self.latency_ms == 0
            else (_EWMA_ALPHA * elapsed_ms + (1 - _EWMA_ALPHA) * self.latency_ms)
        )
        if self.state != "closed":
            self._move("closed")

    def failed(self, reason: str) -> None:
        self._finish()
        self.requests += 1
        self.failures += 1
        self.consecutive_failures += 1
        self.last_failure = reason
        if self.state == "half_open" or self.consecutive_failures >= self.settings.failures_to_open:
            self._eject()

    def rate_limited(self, retry_after_s: float | None) -> None:
        """A 429: pause this target, but the target is not broken."""
        self._finish()
        self.requests += 1
        self.paused_until = self.clock() + (retry_after_s if retry_after_s is not None else 1.0)

    def released(self) -> None:
        """The request ended without a verdict (the client left, or it was cancelled)."""
        self._finish()

    def failed_probe(self, reason: str) -> None:
        """An active health check failed: eject before any user request hits the target."""
        self.last_failure = reason
        self.consecutive_failures = max(
            self.consecutive_failures + 1, self.settings.failures_to_open
        )
        if self.state != "open":
            self._eject()

    def passed_probe(self) -> None:
        if self.state == "open" and self.clock() >= self.open_until:
            self.consecutive_failures = 0
            self.ejections = 0
            self._move("closed")

    def _finish(self) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        self.probing = False

    def _eject(self) -> None:
        cooldown = min(
            self.settings.max_cooldown_s, self.settings.base_cooldown_s * 2**self.ejections
        )
        self.ejections += 1
        self.open_until = self.clock() + cooldown
        self._move("open")

    def _move(self, state: BreakerState) -> None:
        if state != self.state:
            self.state = state
            self.transitions += 1
