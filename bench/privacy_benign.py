"""Benign real text: the share of MMLU questions the deep scan flags, and by which entity type.

    .venv/bin/python bench/privacy_benign.py [--n 3000] [--show 20]

The questions (``../shared/data/routing/mmlu_train.jsonl``) were written by people, not by our
generators, and hold no one's personal data; but many name historical or public figures, and
law and ethics questions tell stories about invented people ("Mary sued John"). A flag there
costs only a private route, so this is a soft check of false positives on real text: it should
not rise when a rule is added. A fixed random sample (seed 20261201) so runs compare.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

from meshroute.privacy.detector import SensitivityDetector

MMLU = Path(__file__).resolve().parents[2] / "shared" / "data" / "routing" / "mmlu_train.jsonl"


def sample(n: int) -> list[str]:
    with MMLU.open(encoding="utf-8") as fh:
        prompts = [json.loads(line)["prompt"] for line in fh if line.strip()]
    return random.Random(20261201).sample(prompts, min(n, len(prompts)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="questions in the sample")
    parser.add_argument("--show", type=int, default=0, help="print this many flagged questions")
    args = parser.parse_args()
    detector = SensitivityDetector.build(cache_size=0)
    prompts = sample(args.n)
    kinds: Counter[str] = Counter()
    flagged: list[tuple[str, list[str]]] = []
    started = time.perf_counter()
    for prompt in prompts:
        found = detector.scan([prompt], deep=True)
        if found:
            values = [f"{e.type}:{prompt[e.start : e.end]!r}" for e in found]
            flagged.append((prompt, values))
            kinds.update({e.type for e in found})
    elapsed = time.perf_counter() - started
    share = len(flagged) / len(prompts)
    print("| questions | flagged | share | deep scan, all |\n|---:|---:|---:|---:|")
    print(f"| {len(prompts):,} | {len(flagged):,} | {share:.1%} | {elapsed:.1f} s |\n")
    print("| entity type | questions flagged with it |\n|---|---:|")
    for kind, count in kinds.most_common():
        print(f"| {kind} | {count} |")
    for prompt, values in flagged[: args.show]:
        print(f"\n{prompt[:160]!r}\n  -> {', '.join(values)[:300]}")


if __name__ == "__main__":
    main()
