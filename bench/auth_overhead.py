"""What API keys and per-key limits cost on every request.

Times, per request, in microseconds (p50 / p99 / mean over --iterations): verifying a key
against a real key file (with the once-a-second file check on the real clock), the limiter
(RPM + TPM buckets and OpenAI headers), settling the token charge, the zone/model filter of
target states, and all of them together as the gateway runs them (`check_request` +
`AuthResult.states` + `settle`). A refused key is timed too: refusals must stay cheap.

Run: .venv/bin/python bench/auth_overhead.py [--iterations 100000]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from meshroute.auth.asgi import check_request
from meshroute.auth.keyfile import KeyRecord, new_key, write_keys
from meshroute.auth.limits import RateLimiter
from meshroute.auth.policy import permitted_states
from meshroute.auth.store import KeyStore
from meshroute.errors import Unauthorized
from meshroute.routing.features import TargetState

T = TypeVar("T")

TARGETS = [
    TargetState(
        "edge", "edge", "private", None, {"assistant": "v1"}, "gemma", frozenset({"chat"}), True
    ),
    TargetState(
        "gpu-box", "local", "private", None, {"assistant": "v2"}, "qwen", frozenset({"chat"}), True
    ),
    TargetState(
        "cloud", "cloud", "public", None, {"assistant": "v2"}, "big", frozenset({"chat"}), False
    ),
]
NAMES = frozenset(t.name for t in TARGETS)


def _key_file(directory: Path, count: int) -> tuple[KeyStore, str]:
    """A key file with `count` keys (lookup is by id, so the size should not matter)."""
    records: list[KeyRecord] = []
    token = ""
    for index in range(count):
        token, record = new_key(
            f"key{index}",
            existing=records,
            models=frozenset({"assistant"}),
            zones=frozenset({"private"}),
            rpm=10**9,  # never refused: we time the admitted path
            tpm=10**12,
        )
        records.append(record)
    path = directory / "keys.json"
    write_keys(path, records)
    return KeyStore(path), token


def _time(step: Callable[[], object], iterations: int) -> list[float]:
    samples = []
    clock = time.perf_counter_ns
    for _ in range(iterations):
        started = clock()
        step()
        samples.append((clock() - started) / 1000)
    return samples


def _sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine that never suspends (the in-process limiter) without an event loop,
    so the timing is the checks' own, not a loop's."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    coroutine.close()
    raise RuntimeError("the check suspended: not the in-process limiter")


def _refused(store: KeyStore, limiter: RateLimiter) -> Callable[[], object]:
    headers = {"authorization": "Bearer mr-0123456789ab-not-a-real-secret"}

    def step() -> None:
        with contextlib.suppress(Unauthorized):
            _sync(
                check_request(store, limiter, headers, model="auto", target_names=NAMES, tokens=300)
            )

    return step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        store, token = _key_file(Path(directory), args.keys)
        limiter = RateLimiter()
        headers = {"authorization": f"Bearer {token}"}
        key = store.authenticate(headers["authorization"])
        assert key is not None

        def full() -> None:
            result = _sync(
                check_request(store, limiter, headers, model="auto", target_names=NAMES, tokens=300)
            )
            result.states(TARGETS, "auto")
            result.settle(250)

        def limit_and_settle() -> None:
            verdict = limiter.check(key, 300)
            assert verdict.charge is not None
            verdict.charge.settle(250)

        steps: dict[str, Callable[[], object]] = {
            "authenticate (valid key)": lambda: store.authenticate(headers["authorization"]),
            "authenticate (wrong key, 401)": _refused(store, limiter),
            "limiter check + settle": limit_and_settle,
            "zone/model filter (3 targets)": lambda: permitted_states(key, TARGETS, "auto"),
            "all of it, per request": full,
        }
        print(
            f"# auth overhead: {args.iterations:,} iterations, {args.keys:,} keys in the file, "
            f"{os.cpu_count()} cores, Python {platform.python_version()}"
        )
        print(f"| {'step':<32} | p50 us | p99 us | mean us |")
        print(f"|{'-' * 34}|-------:|-------:|--------:|")
        for name, step in steps.items():
            _time(step, 2000)  # warm up
            samples = sorted(_time(step, args.iterations))
            p50 = samples[len(samples) // 2]
            p99 = samples[int(len(samples) * 0.99)]
            print(f"| {name:<32} | {p50:6.1f} | {p99:6.1f} | {statistics.fmean(samples):7.1f} |")


if __name__ == "__main__":
    main()
