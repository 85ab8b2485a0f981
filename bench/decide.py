"""How long features + decide take (`decide_us`), and where the time goes.

Prints p50/p99 in microseconds for prompts of 100, 1,000 and 5,000 characters, all features on,
for two fleets: private-only (the fast sensitivity scan suffices) and one with a public cloud
target (a public candidate triggers the deep scan with NER). Run:

    .venv/bin/python bench/decide.py [--runs 300]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

from meshroute.config import Config, RoutingConfig
from meshroute.routing.components import build_detector, build_scorer
from meshroute.routing.features import Features, TargetState, parse_model
from meshroute.routing.policy import decide
from meshroute.routing.router import Router
from meshroute.targets.pool import TargetPool

WORDS = (
    "please review the quarterly report and summarise the main risks for the board, then "
    "suggest three actions with owners and dates; our customer wrote to us about an invoice "
    "and asked for a refund because the delivery was late and the box was damaged"
).split()
SIZES = (100, 1_000, 5_000)


def prompt(chars: int, seed: int, sensitive: bool) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < chars:
        words.append(rng.choice(WORDS))
    text = " ".join(words)[:chars]
    if sensitive:
        middle = len(text) // 2
        text = text[:middle] + " mail jane.doe@example.com or call +44 20 7946 0958 " + text[middle:]
        text = text[:chars]
    return text


def fleet(public: bool) -> Config:
    targets: list[dict[str, object]] = [
        {"name": "edge", "kind": "embedded", "tier": "edge", "zone": "private",
         "models": {"assistant": "v1"}},
        {"name": "gpu-box", "kind": "openai", "base_url": "http://127.0.0.1:9/v1",
         "upstream_model": "q", "tier": "local", "zone": "private", "models": {"assistant": "v2"}},
    ]
    if public:
        targets.append({"name": "cloud", "kind": "openai", "base_url": "https://cloud.invalid/v1",
                        "upstream_model": "big", "tier": "cloud", "zone": "public",
                        "models": {"assistant": "v2"},
                        "price": {"input_per_mtok": 2.5, "output_per_mtok": 10}})
    return Config.model_validate({"targets": targets})


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def timed(runs: int, call: Callable[[int], object]) -> list[float]:
    samples = []
    for i in range(runs):
        started = time.perf_counter_ns()
        call(i)
        samples.append((time.perf_counter_ns() - started) / 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    detector, scorer = build_detector(fleet(True)), build_scorer(fleet(True))
    print(f"NER available: {getattr(detector, 'ner_available', False)}; runs per cell: {args.runs}")
    print("| fleet | chars | decide_us p50 | p99 | fast scan p50 | deep scan p50 | complexity p50"
          " | decide() p50 |")
    print("|---|---|---|---|---|---|---|---|")
    for public in (False, True):
        config = fleet(public)
        router = Router(config, detector, scorer)
        states = tuple(replace(s, healthy=True) for s in TargetPool(config).states())
        for chars in SIZES:
            texts = [[prompt(chars, i, sensitive=i % 4 == 0)] for i in range(args.runs)]
            total = timed(args.runs, lambda i: router.route("chat", "auto", texts[i], states))
            fast = timed(args.runs, lambda i: detector.scan(texts[i]))
            deep = timed(min(args.runs, 100), lambda i: detector.scan(texts[i], deep=True))
            score = timed(args.runs, lambda i: scorer.score_messages(texts[i]))
            pure = _decide_only(config, states, args.runs)
            p50, p99 = percentiles(total)
            name = "private + public" if public else "private only"
            print(f"| {name} | {chars:,} | {p50:.0f} | {p99:.0f} | {percentiles(fast)[0]:.0f} | "
                  f"{percentiles(deep)[0]:.0f} | {percentiles(score)[0]:.0f} | "
                  f"{percentiles(pure)[0]:.1f} |")


def _decide_only(config: Config, states: tuple[TargetState, ...], runs: int) -> list[float]:
    names = frozenset(s.name for s in states)
    features = Features(operation="chat", requested=parse_model("auto", names, frozenset()),
                        complexity=0.5)
    policy: RoutingConfig = config.routing
    return timed(runs, lambda i: decide(features, states, policy))


if __name__ == "__main__":
    main()
