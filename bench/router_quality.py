"""Routing quality and latency of the shipped complexity scorer.

    .venv/bin/python bench/router_quality.py [--data FILE] [--write docs/router_quality.md]

Prints APGR (RouteLLM's, 101 steps) and AUC for the shipped router, a random router (mean over
RANDOM_SEEDS seeds) and a length-only router, on the validation split and on the held-out
subjects (splits: bench/train_router.py), then score() latency at 100/1,000/5,000 characters.
AUC is against the label "weak wrong and strong right": the requests worth escalating.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from meshroute.routing.complexity import ComplexityScorer
from train_router import REPO, Row, Split, apgr, auc, data_path, load_rows, rows_of

RANDOM_SEEDS = 20
LATENCY_SIZES = (100, 1000, 5000)
LATENCY_RUNS = 2000
DATE = "2026-11-28"


def _metrics(scores: Sequence[float], rows: Sequence[Row]) -> tuple[float, float]:
    weak = [row.weak for row in rows]
    strong = [row.strong for row in rows]
    gain = [(not row.weak) and row.strong for row in rows]
    return apgr(scores, weak, strong), auc(scores, gain)


def quality_rows(scorer: ComplexityScorer, rows: Sequence[Row]) -> list[list[str]]:
    """One table row per (router, split): name, split, n, APGR, AUC."""
    table: list[list[str]] = []
    splits: tuple[Split, ...] = ("val", "holdout")
    for split in splits:
        part = rows_of(rows, split)
        results = {
            "meshroute complexity": _metrics([scorer.score(row.prompt) for row in part], part),
            "length only": _metrics([float(len(row.prompt)) for row in part], part),
            f"random (mean of {RANDOM_SEEDS} seeds)": _random(part),
        }
        for name, (value, area) in results.items():
            table.append([name, split, str(len(part)), f"{value:.3f}", f"{area:.3f}"])
    return table


def _random(rows: Sequence[Row]) -> tuple[float, float]:
    results = [
        _metrics(list(np.random.default_rng(seed).random(len(rows))), rows)
        for seed in range(RANDOM_SEEDS)
    ]
    return float(np.mean([r[0] for r in results])), float(np.mean([r[1] for r in results]))


def latency_rows(scorer: ComplexityScorer, rows: Sequence[Row]) -> list[list[str]]:
    """p50/p99 of score() on slices of real prompts (varied text, so no caching effects)."""
    corpus = "\n".join(row.prompt for row in rows[:3000])
    table: list[list[str]] = []
    for size in LATENCY_SIZES:
        samples = [corpus[(i * 997) % (len(corpus) - size) :][:size] for i in range(LATENCY_RUNS)]
        for text in samples[:50]:  # warm-up
            scorer.score(text)
        gc.collect()
        times = []
        for text in samples:
            started = time.perf_counter_ns()
            scorer.score(text)
            times.append((time.perf_counter_ns() - started) / 1000.0)
        p50, p99 = np.percentile(times, [50, 99])
        table.append([f"{size:,}", f"{p50:.0f}", f"{p99:.0f}"])
    return table


def markdown(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="MMLU routing JSONL (default: tests/data/routing)")
    parser.add_argument(
        "--write",
        nargs="?",
        const=str(REPO / "docs" / "router_quality.md"),
        help="also write the tables into this markdown file",
    )
    args = parser.parse_args(argv)
    scorer = ComplexityScorer.load_default()
    rows = load_rows(data_path(args.data))
    quality = markdown(["router", "split", "n", "APGR", "AUC (gain)"], quality_rows(scorer, rows))
    latency = markdown(["prompt chars", "p50 µs", "p99 µs"], latency_rows(scorer, rows))
    print(quality, "\n", latency, sep="\n")
    if args.write:
        _write(Path(args.write), quality, latency, scorer.fingerprint)
    return 0


def _write(path: Path, quality: str, latency: str, fingerprint: str) -> None:
    template = (REPO / "docs" / "router_quality.md").read_text(encoding="utf-8")
    start, end = "<!-- tables:start -->", "<!-- tables:end -->"
    head, _, rest = template.partition(start)
    _, _, tail = rest.partition(end)
    body = (
        f"{start}\nMeasured {DATE}, {os.cpu_count()} cores, model fingerprint "
        f"`{fingerprint[:12]}`.\n\nRouting quality:\n\n{quality}\n\n"
        f"`score()` latency, one thread:\n\n{latency}\n{end}"
    )
    path.write_text(head + body + tail, encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
