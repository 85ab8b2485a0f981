"""How long features + decide take (`decide_us`), and where the time goes.

Prints p50/p99 in microseconds for prompts of 100, 1,000 and 5,000 characters with all
features on (sensitivity scan, complexity classifier, decide), in three situations:

- private fleet: edge + GPU box, no public target: only the fast scan runs;
- cloud in fleet, routed private: an easy prompt, the chosen target is private;
- cloud in fleet, routed cloud: a hard prompt goes to the public target, so the deep scan
  (NER for names and places) runs before it may see the request.

A quarter of the prompts carry an e-mail and a phone number. The detector's cache is off, so
every scan is cold. Run: .venv/bin/python bench/decide.py [--runs 300]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from meshroute.config import Config
from meshroute.routing.complexity import ComplexityScorer
from meshroute.routing.features import Features, TargetState, parse_model
from meshroute.routing.policy import decide
from meshroute.routing.router import Router
from meshroute.routing.sensitivity import SensitivityDetector
from meshroute.targets.pool import TargetPool

WORDS = """please review the quarterly report and summarise the main risks for the board then
suggest three actions with owners and dates our customer wrote to us about an invoice and asked
for a refund because the delivery was late and the box was damaged""".split()  # noqa: SIM905 - prose reads better
HARD = " Prove rigorously, step by step, that the algorithm is optimal and write a proof."
SIZES = (100, 1_000, 5_000)
SITUATIONS = ("private fleet", "cloud in fleet, routed private", "cloud in fleet, routed cloud")


def prompt(chars: int, seed: int, hard: bool) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < chars:
        words.append(rng.choice(WORDS))
    text = " ".join(words)
    if seed % 4 == 0:
        middle = len(text) // 2
        text = f"{text[:middle]} mail jane.doe@example.com or call +44 20 7946 0958 {text[middle:]}"
    suffix = HARD if hard else ""
    return text[: chars - len(suffix)] + suffix


def fleet(public: bool, cloud_by_difficulty: bool = True) -> Config:
    """Edge + GPU box, and a public cloud target if asked. Without `cloud_by_difficulty` the
    local tier takes every complexity (local_max 1.0), so easy and long prompts stay private."""
    targets: list[dict[str, Any]] = [
        {
            "name": "edge",
            "kind": "embedded",
            "tier": "edge",
            "zone": "private",
            "models": {"assistant": "v1"},
        },
        {
            "name": "gpu-box",
            "kind": "openai",
            "base_url": "http://127.0.0.1:9/v1",
            "upstream_model": "q",
            "tier": "local",
            "zone": "private",
            "models": {"assistant": "v2"},
        },
    ]
    if public:
        targets.append(
            {
                "name": "cloud",
                "kind": "openai",
                "base_url": "https://cloud.invalid/v1",
                "upstream_model": "big",
                "tier": "cloud",
                "zone": "public",
                "models": {"assistant": "v2"},
            }
        )
    local_max = 0.75 if cloud_by_difficulty else 1.0
    routing = {"complexity": {"edge_max": 0.35, "local_max": local_max}}
    return Config.model_validate({"targets": targets, "routing": routing})


def timed(runs: int, call: Callable[[int], object]) -> list[float]:
    samples = []
    for i in range(runs):
        started = time.perf_counter_ns()
        call(i)
        samples.append((time.perf_counter_ns() - started) / 1000)
    return samples


def p50_p99(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def row(
    situation: str, chars: int, runs: int, detector: SensitivityDetector, scorer: ComplexityScorer
) -> str:
    hard = situation == SITUATIONS[2]
    config = fleet(situation != SITUATIONS[0], cloud_by_difficulty=hard)
    router = Router(config, detector, scorer)
    states = tuple(replace(s, healthy=True) for s in TargetPool(config).states())
    texts = [[prompt(chars, i, hard)] for i in range(runs)]
    routed: list[str | None] = []

    def route(i: int) -> None:
        routed.append(router.route("chat", "auto", texts[i], states).decision.target)

    total = p50_p99(timed(runs, route))
    fast = p50_p99(timed(runs, lambda i: detector.scan(texts[i])))[0]
    deep_runs = min(runs, 60)
    deep = p50_p99(timed(deep_runs, lambda i: detector.scan(texts[i], deep=True)))[0]
    score = p50_p99(timed(runs, lambda i: scorer.score_messages(texts[i])))[0]
    cloud = routed.count("cloud") / len(routed)
    return (
        f"| {situation} | {chars:,} | {total[0]:.0f} | {total[1]:.0f} | {fast:.0f} | "
        f"{score:.0f} | {_decide_only(states, runs):.1f} | {deep:.0f} | {cloud:.0%} |"
    )


def _decide_only(states: tuple[TargetState, ...], runs: int) -> float:
    names = frozenset(s.name for s in states)
    features = Features(
        operation="chat", requested=parse_model("auto", names, frozenset()), complexity=0.5
    )
    policy = fleet(False).routing
    return p50_p99(timed(runs, lambda i: decide(features, states, policy)))[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    detector = SensitivityDetector.build(cache_size=0)
    scorer = ComplexityScorer.load_default()
    print(f"NER available: {detector.ner_available}; runs per row: {args.runs}; cache off")
    print(
        "| situation | chars | decide_us p50 | decide_us p99 | fast scan p50 | complexity p50 |"
        " decide() p50 | deep scan p50 | routed to cloud |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for situation in SITUATIONS:
        for chars in SIZES:
            print(row(situation, chars, args.runs, detector, scorer), flush=True)


if __name__ == "__main__":
    main()
