"""Privacy benchmark: recall per entity type, false positives, misses and scan latency.

    .venv/bin/python bench/privacy.py [--corpus FILE] [--misses]

An expected entity counts as found when a detected entity of the same type overlaps it. A benign
prompt is a false positive when anything at all is detected in it; a sensitive prompt is missed
when nothing at all is detected in it (the routing question: would it reach a public target
unredacted?).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from meshroute.routing.sensitivity import Entity, SensitivityDetector

CORPUS = Path(__file__).parent / "data" / "privacy_corpus.jsonl"
SIZES = (100, 1000, 5000)


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def overlaps(found: tuple[Entity, ...], label: dict[str, Any]) -> bool:
    return any(
        e.type == label["type"] and e.start < label["end"] and label["start"] < e.end for e in found
    )


def quality(
    detector: SensitivityDetector, rows: list[dict[str, Any]], deep: bool, show_misses: bool
) -> dict[str, Any]:
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fp = missed = 0
    for row in rows:
        found = detector.scan([row["text"]], deep=deep)
        if not row["sensitive"]:
            if found:
                fp += 1
                if show_misses:
                    print(
                        f"  FP[{'deep' if deep else 'fast'}] {row['text'][:90]!r} -> "
                        f"{[(e.type, row['text'][e.start : e.end]) for e in found]}"
                    )
            continue
        if not found:
            missed += 1
        for label in row["entities"]:
            ok = overlaps(found, label)
            hits[label["type"]][0] += ok
            hits[label["type"]][1] += 1
            if show_misses and not ok:
                value = row["text"][label["start"] : label["end"]]
                print(f"  miss[{'deep' if deep else 'fast'}] {label['type']} {value[:60]!r}")
    benign = sum(1 for r in rows if not r["sensitive"])
    return {
        "recall": dict(hits),
        "fp": fp,
        "benign": benign,
        "missed": missed,
        "sensitive": len(rows) - benign,
    }


def make_prompts(rows: list[dict[str, Any]], size: int, n: int, seed: int) -> list[str]:
    """Prompts of exactly ``size`` characters, concatenated from random corpus rows."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = ""
        while len(text) < size:
            text += rng.choice(rows)["text"] + " "
        out.append(text[:size])
    return out


def latency(detector: SensitivityDetector, prompts: list[str], deep: bool) -> tuple[float, float]:
    times = []
    for prompt in prompts:
        t0 = time.perf_counter()
        detector.scan([prompt], deep=deep)
        times.append((time.perf_counter() - t0) * 1e6)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def print_quality(fast: dict[str, Any], deep: dict[str, Any]) -> None:
    print("| entity type | n | recall fast | recall deep |")
    print("|---|---:|---:|---:|")
    for kind in sorted(deep["recall"]):
        f_ok, n = fast["recall"].get(kind, [0, 0])
        d_ok, _ = deep["recall"][kind]
        print(f"| {kind} | {n} | {f_ok / n:.0%} | {d_ok / n:.0%} |")
    tot_f = sum(v[0] for v in fast["recall"].values())
    tot_d = sum(v[0] for v in deep["recall"].values())
    tot = sum(v[1] for v in deep["recall"].values())
    print(f"| **all entities** | {tot} | {tot_f / tot:.1%} | {tot_d / tot:.1%} |")
    print()
    print("| prompt-level | fast | deep |")
    print("|---|---:|---:|")
    for label, key, base in (
        ("false positives (benign prompts flagged)", "fp", "benign"),
        ("sensitive prompts missed entirely", "missed", "sensitive"),
    ):
        print(
            f"| {label} | {fast[key]}/{fast[base]} ({fast[key] / fast[base]:.1%}) | "
            f"{deep[key]}/{deep[base]} ({deep[key] / deep[base]:.1%}) |"
        )
    print()


def print_latency(title: str, lat: dict[tuple[int, str], tuple[float, float]], ner: bool) -> None:
    print(f"Scan latency, one message, cold (no cache), {title}; NER loaded: {ner}")
    print()
    print("| prompt chars | fast p50 µs | fast p99 µs | deep p50 µs | deep p99 µs |")
    print("|---:|---:|---:|---:|---:|")
    for size in SIZES:
        fp50, fp99 = lat[(size, "fast")]
        dp50, dp99 = lat[(size, "deep")]
        print(f"| {size:,} | {fp50:,.0f} | {fp99:,.0f} | {dp50:,.0f} | {dp99:,.0f} |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--misses", action="store_true", help="print misses and false positives")
    args = parser.parse_args()
    rows = load(args.corpus)
    t0 = time.perf_counter()
    # No message cache: every scan below is a cold scan (the cache would hide the cost).
    detector = SensitivityDetector.build(cache_size=0)
    print(f"corpus: {len(rows)} prompts; detector built in {time.perf_counter() - t0:.2f} s\n")
    fast = quality(detector, rows, False, args.misses)
    deep = quality(detector, rows, True, args.misses)
    benign = [r for r in rows if not r["sensitive"]]
    workloads = (
        ("typical prompts (benign corpus rows concatenated)", benign),
        ("PII-dense prompts (all corpus rows, ~60% sensitive, concatenated)", rows),
    )
    print_quality(fast, deep)
    for title, source in workloads:
        lat: dict[tuple[int, str], tuple[float, float]] = {}
        for size in SIZES:
            lat[(size, "fast")] = latency(detector, make_prompts(source, size, 500, size), False)
            n_deep = 60 if size < 5000 else 25
            lat[(size, "deep")] = latency(detector, make_prompts(source, size, n_deep, size), True)
        print_latency(title, lat, detector.ner_available)


if __name__ == "__main__":
    main()
