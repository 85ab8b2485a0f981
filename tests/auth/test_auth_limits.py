"""Per-key RPM/TPM token buckets: windows, OpenAI headers, Retry-After, settling."""

from __future__ import annotations

from dataclasses import replace

from meshroute.auth.keyfile import ApiKey
from meshroute.auth.limits import RateLimiter, format_duration


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rpm_refuses_the_extra_request_then_refills() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    key = ApiKey("k", "0" * 12, rpm=3)
    verdicts = [limiter.check(key, 10) for _ in range(3)]
    assert all(v.allowed for v in verdicts)
    assert [v.headers["x-ratelimit-remaining-requests"] for v in verdicts] == ["2", "1", "0"]
    assert verdicts[0].headers["x-ratelimit-limit-requests"] == "3"
    assert "x-ratelimit-limit-tokens" not in verdicts[0].headers
    refused = limiter.check(key, 10)
    assert not refused.allowed and refused.charge is None
    assert refused.retry_after == 20 and refused.headers["retry-after"] == "20"  # 60 s / 3
    assert refused.headers["x-ratelimit-reset-requests"] == "1m0s"
    assert refused.reason is not None and "3 requests per minute" in refused.reason
    clock.now += 19.9
    assert not limiter.check(key, 10).allowed
    clock.now += 0.1
    assert limiter.check(key, 10).allowed
    clock.now += 3600
    assert limiter.check(key, 10).headers["x-ratelimit-remaining-requests"] == "2"  # capped


def test_tpm_charges_the_estimate_and_settles_to_real_usage() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    key = ApiKey("k", "1" * 12, tpm=1000)
    first = limiter.check(key, 600)
    assert first.allowed and first.headers["x-ratelimit-remaining-tokens"] == "400"
    assert first.headers["x-ratelimit-reset-tokens"] == "36s"
    refused = limiter.check(key, 600)
    assert not refused.allowed and refused.retry_after == 12  # 200 tokens at 1000/60 per s
    assert first.charge is not None
    first.charge.settle(100)  # the answer was short: 500 refunded
    first.charge.settle(0)  # settling twice changes nothing
    again = limiter.check(key, 600)
    assert again.allowed and again.headers["x-ratelimit-remaining-tokens"] == "300"
    assert again.charge is not None
    again.charge.settle(1000)  # under-estimated: the extra 400 is debited
    later = limiter.check(key, 1)
    assert not later.allowed


def test_settle_none_keeps_the_estimate_and_zero_refunds_it() -> None:
    limiter = RateLimiter(Clock())
    key = ApiKey("k", "2" * 12, tpm=100)
    verdict = limiter.check(key, 100)
    assert verdict.charge is not None
    verdict.charge.settle(None)
    assert not limiter.check(key, 1).allowed
    other = ApiKey("k2", "3" * 12, tpm=100)
    verdict = limiter.check(other, 100)
    assert verdict.charge is not None
    verdict.charge.settle(0)
    assert limiter.check(other, 100).allowed


def test_a_request_larger_than_the_whole_minute_is_refused_with_a_reason() -> None:
    limiter = RateLimiter(Clock())
    refused = limiter.check(ApiKey("k", "4" * 12, tpm=50), 51)
    assert not refused.allowed and refused.reason is not None and "more than" in refused.reason


def test_a_refusal_by_one_limit_charges_neither() -> None:
    limiter = RateLimiter(Clock())
    key = ApiKey("k", "5" * 12, rpm=10, tpm=100)
    assert limiter.check(key, 90).allowed
    refused = limiter.check(key, 20)
    assert not refused.allowed
    assert refused.headers["x-ratelimit-remaining-requests"] == "9"  # not charged
    assert refused.headers["x-ratelimit-remaining-tokens"] == "10"


def test_keys_are_independent_and_limits_follow_the_key_file() -> None:
    limiter = RateLimiter(Clock())
    a, b = ApiKey("a", "6" * 12, rpm=1), ApiKey("b", "7" * 12, rpm=1)
    assert limiter.check(a, 1).allowed and limiter.check(b, 1).allowed
    assert not limiter.check(a, 1).allowed
    raised = replace(a, rpm=5)  # the operator raised the limit: what was spent stays spent
    verdict = limiter.check(raised, 1)
    assert not verdict.allowed and verdict.headers["x-ratelimit-limit-requests"] == "5"
    unlimited = limiter.check(replace(a, rpm=None), 1)
    assert unlimited.allowed and unlimited.headers == {}
    limiter.forget({b.id})


def test_duration_format() -> None:
    assert format_duration(0.0201) == "21ms"
    assert format_duration(1.5) == "1.5s"
    assert format_duration(360) == "6m0s"
    assert format_duration(61.25) == "1m1.25s"
