"""Per-key requests-per-minute and tokens-per-minute limits, in process.

Each limit is a token bucket holding at most one minute's allowance and refilling continuously
at limit/60 per second: O(1) time and memory per key (a sliding-window log would keep one entry
per request), no timers, and the OpenAI headers fall out of it directly (remaining = what is in
the bucket, reset = time until it is full again).

Tokens are charged before the request (an estimate: prompt characters / 4 + max_tokens) so
concurrent requests cannot overshoot, then settled against the real usage: an over-estimate is
refunded, an under-estimate is debited (the bucket may go below zero, delaying the next ones).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from meshroute.auth.keyfile import ApiKey

Clock = Callable[[], float]


@dataclass(slots=True)
class _Bucket:
    limit: int
    level: float
    stamp: float

    def refill(self, now: float, limit: int) -> None:
        if limit != self.limit:  # the key file changed the limit: keep what was spent
            self.level = min(self.level, float(limit))
            self.limit = limit
        self.level = min(float(self.limit), self.level + (now - self.stamp) * self.limit / 60.0)
        self.stamp = now

    def wait_for(self, cost: float) -> float:
        """Seconds until `cost` fits."""
        return max(0.0, (cost - self.level) * 60.0 / self.limit)

    def until_full(self) -> float:
        return max(0.0, (self.limit - self.level) * 60.0 / self.limit)


@dataclass(slots=True)
class _KeyBuckets:
    requests: _Bucket | None = None
    tokens: _Bucket | None = None


@dataclass(slots=True)
class Charge:
    """The tokens charged for one request; `settle` it once the real usage is known."""

    tokens: int
    _bucket: _Bucket | None
    _clock: Clock
    settled: bool = False

    def settle(self, used_tokens: int | None) -> None:
        """Replace the estimate by the real count. None: unknown, the estimate stands; 0: the
        request produced nothing (no target answered), everything is refunded. Idempotent."""
        if self.settled:
            return
        self.settled = True
        if self._bucket is None or used_tokens is None:
            return
        bucket = self._bucket
        bucket.refill(self._clock(), bucket.limit)
        bucket.level = min(float(bucket.limit), bucket.level + self.tokens - max(0, used_tokens))


@dataclass(slots=True)
class Verdict:
    allowed: bool
    headers: dict[str, str] = field(default_factory=dict)  # x-ratelimit-* (+ retry-after)
    retry_after: int | None = None  # whole seconds, when refused
    reason: str | None = None  # why it was refused, for the 429 message
    charge: Charge | None = None  # when allowed


class Limiter(Protocol):
    """Per-key request and token limits, as the request path sees them. Async, so a limiter
    shared by replicas (Redis, say) fits behind it; `RateLimiter` is the in-process one.
    A new implementation: a class with these two methods, passed as `create_app(limiter=...)`."""

    async def admit(self, key: ApiKey, tokens: int) -> Verdict:
        """Admit one request estimated at `tokens` (charging it), or refuse it."""
        ...

    def forget(self, keep_ids: set[str]) -> None:
        """Drop what is kept for keys no longer in the key file."""
        ...


class RateLimiter:
    """The in-process Limiter: buckets per key id, one instance per app (held on app.state);
    not thread-safe, which the single event loop makes unnecessary."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._keys: dict[str, _KeyBuckets] = {}

    async def admit(self, key: ApiKey, tokens: int) -> Verdict:
        return self.check(key, tokens)

    def check(self, key: ApiKey, tokens: int) -> Verdict:
        """Admit one request estimated at `tokens`, charging both limits, or refuse it and
        charge nothing. A key with neither limit is always allowed, without headers."""
        if key.rpm is None and key.tpm is None:
            return Verdict(True, charge=Charge(tokens, None, self._clock))
        now = self._clock()
        buckets = self._keys.get(key.id)
        if buckets is None:
            buckets = self._keys[key.id] = _KeyBuckets()
        requests = _bucket(buckets, "requests", key.rpm, now)
        token_bucket = _bucket(buckets, "tokens", key.tpm, now)
        reason, wait = _refusal(requests, token_bucket, tokens)
        if reason is None:
            if requests is not None:
                requests.level -= 1
            if token_bucket is not None:
                token_bucket.level -= tokens
        headers = _headers(requests, token_bucket)
        if reason is not None:
            retry = max(1, math.ceil(wait))
            headers["retry-after"] = str(retry)
            return Verdict(False, headers, retry, reason)
        return Verdict(True, headers, charge=Charge(tokens, token_bucket, self._clock))

    def forget(self, keep_ids: set[str]) -> None:
        """Drop the buckets of keys no longer in the key file (bounds memory across rotations)."""
        for key_id in [k for k in self._keys if k not in keep_ids]:
            del self._keys[key_id]


def _refusal(
    requests: _Bucket | None, tokens_bucket: _Bucket | None, tokens: int
) -> tuple[str | None, float]:
    """Why the request may not go now (None if it may), and how long until it could."""
    if tokens_bucket is not None and tokens > tokens_bucket.limit:
        # It can never fit: like OpenAI, refuse with 429 and say why retrying will not help.
        return (
            f"the request needs about {tokens} tokens, more than this key's limit of "
            f"{tokens_bucket.limit} tokens per minute",
            60.0,
        )
    reasons: list[str] = []
    wait = 0.0
    if requests is not None and requests.level < 1:
        reasons.append(f"limit of {requests.limit} requests per minute reached")
        wait = requests.wait_for(1)
    if tokens_bucket is not None and tokens_bucket.level < tokens:
        reasons.append(f"limit of {tokens_bucket.limit} tokens per minute reached")
        wait = max(wait, tokens_bucket.wait_for(tokens))
    return ("; ".join(reasons) or None), wait


def _bucket(buckets: _KeyBuckets, kind: str, limit: int | None, now: float) -> _Bucket | None:
    bucket: _Bucket | None = getattr(buckets, kind)
    if limit is None:
        if bucket is not None:
            setattr(buckets, kind, None)
        return None
    if bucket is None:
        bucket = _Bucket(limit, float(limit), now)
        setattr(buckets, kind, bucket)
    else:
        bucket.refill(now, limit)
    return bucket


def _headers(requests: _Bucket | None, tokens: _Bucket | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    for kind, bucket in (("requests", requests), ("tokens", tokens)):
        if bucket is not None:
            headers[f"x-ratelimit-limit-{kind}"] = str(bucket.limit)
            headers[f"x-ratelimit-remaining-{kind}"] = str(max(0, math.floor(bucket.level)))
            headers[f"x-ratelimit-reset-{kind}"] = format_duration(bucket.until_full())
    return headers


def format_duration(seconds: float) -> str:
    """OpenAI's reset format: `20ms`, `1.5s`, `6m0s`."""
    if seconds < 1:
        return f"{math.ceil(seconds * 1000)}ms"
    minutes, rest = divmod(seconds, 60)
    rest_text = f"{rest:.3f}".rstrip("0").rstrip(".")
    return f"{int(minutes)}m{rest_text}s" if minutes else f"{rest_text}s"
