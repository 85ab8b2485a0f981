"""Routing quality and latency of the shipped router model, against the legacy TF-IDF scorer.

    .venv/bin/python bench/router_quality.py [--data FILE] [--write docs/router_quality.md]

Sets: the MMLU subjects held out of training (never used to choose anything; their strong labels
are sound), the chat tuning set (bench/chatsets/tune.py, trained on) and the chat evaluation set
(bench/chatsets/evaluate.py: other templates, other seed, never tuned on). On the chat sets a
hard prompt counts as "weak wrong, strong right" and an easy one as "both right".

Prints APGR, CPT(50%), CPT(80%) (share of strong calls to reach that share of the gain) and AUC
against "worth escalating", for the shipped model, the legacy scorer, length and random
(mean of RANDOM_SEEDS seeds); then the tier each chat evaluation prompt gets at the default
thresholds; then score latency: wall clock, and the thread's CPU time (the machine is
shared, so wall time includes waiting for a core).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chatsets import evaluate, tune
from chatsets._build import ChatPrompt
from legacy.tfidf_scorer import ComplexityScorer as LegacyScorer
from meshroute.config import ComplexityThresholds
from meshroute.routing.complexity import ComplexityScorer
from meshroute.routing.scorer.metrics import apgr, auc, cpt
from train_router import BROKEN_STRONG, REPO, data_path, holdout_rows, load_rows

RANDOM_SEEDS = 20
LATENCY_SIZES = (100, 1000, 5000)
LATENCY_RUNS = 2000
DATE = "2026-12-01"

Case = tuple[list[str], bool, bool]  # (message texts, weak right, strong right)
ScoreFn = Callable[[Sequence[str]], float]


def _metrics(scores: Sequence[float], cases: Sequence[Case]) -> list[float]:
    weak = [case[1] for case in cases]
    strong = [case[2] for case in cases]
    gain = [(not case[1]) and case[2] for case in cases]
    return [
        apgr(scores, weak, strong),
        cpt(scores, weak, strong, 0.5),
        cpt(scores, weak, strong, 0.8),
        auc(scores, gain),
    ]


def _random(cases: Sequence[Case]) -> list[float]:
    runs = [
        _metrics(list(np.random.default_rng(seed).random(len(cases))), cases)
        for seed in range(RANDOM_SEEDS)
    ]
    return list(np.mean(np.array(runs), axis=0))


def chat_cases(items: Sequence[ChatPrompt]) -> list[Case]:
    return [(item.texts, not item.hard, True) for item in items]


def quality_rows(routers: dict[str, ScoreFn], sets: dict[str, list[Case]]) -> list[list[str]]:
    table: list[list[str]] = []
    for set_name, cases in sets.items():
        results = {
            name: _metrics([fn(case[0]) for case in cases], cases) for name, fn in routers.items()
        }
        results["length only"] = _metrics([float(sum(map(len, case[0]))) for case in cases], cases)
        results[f"random (mean of {RANDOM_SEEDS})"] = _random(cases)
        for name, values in results.items():
            table.append([set_name, name, str(len(cases)), *(f"{v:.3f}" for v in values)])
    return table


def tier_of(score: float, thresholds: ComplexityThresholds) -> str:
    if score <= thresholds.edge_max:
        return "edge"
    return "local" if score <= thresholds.local_max else "cloud"


def decision_rows(routers: dict[str, ScoreFn], items: Sequence[ChatPrompt]) -> list[list[str]]:
    """Where the chat evaluation prompts go at the default thresholds, per kind of prompt."""
    thresholds = ComplexityThresholds()
    table: list[list[str]] = []
    kinds = sorted({item.kind for item in items})
    for name, fn in routers.items():
        for kind in kinds:
            part = [item for item in items if item.kind == kind]
            tiers = [tier_of(fn(item.texts), thresholds) for item in part]
            hard = sum(item.hard for item in part)
            shares = [f"{tiers.count(t) / len(tiers):.0%}" for t in ("edge", "local", "cloud")]
            table.append([name, kind, f"{len(part)} ({hard} hard)", *shares])
    return table


def latency_rows(scorer: ComplexityScorer, corpus: str) -> list[list[str]]:
    """p50/p99 of score_messages on slices of real prompts (varied text: no caching effects)."""
    table: list[list[str]] = []
    for size in LATENCY_SIZES:
        samples = [corpus[(i * 997) % (len(corpus) - size) :][:size] for i in range(LATENCY_RUNS)]
        table.append([f"{size:,} chars, 1 message", *_timed(scorer, [[s] for s in samples])])
    turns = [
        ["You are a helpful assistant.", corpus[i * 31 :][:400], "Sure.", corpus[i * 53 :][:300]]
        for i in range(LATENCY_RUNS)
    ]
    table.append(["4 messages, 730 chars", *_timed(scorer, turns)])
    return table


def _timed(scorer: ComplexityScorer, requests: Sequence[list[str]]) -> list[str]:
    for texts in requests[:50]:  # warm-up
        scorer.score_messages(texts)
    gc.collect()
    wall, cpu = [], []
    for texts in requests:
        started, started_cpu = time.perf_counter_ns(), time.thread_time_ns()
        scorer.score_messages(texts)
        cpu.append((time.thread_time_ns() - started_cpu) / 1000.0)
        wall.append((time.perf_counter_ns() - started) / 1000.0)
    p50, p99 = np.percentile(wall, [50, 99])
    cpu50, cpu99 = np.percentile(cpu, [50, 99])
    return [f"{p50:.0f}", f"{p99:.0f}", f"{cpu50:.0f}", f"{cpu99:.0f}"]


def markdown(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", help="MMLU routing JSONL (default: tests/data/routing)")
    parser.add_argument(
        "--write",
        nargs="?",
        const=str(REPO / "docs" / "router_quality.md"),
        help="also write the tables into this markdown file",
    )
    args = parser.parse_args(argv)
    scorer = ComplexityScorer.load_default()
    legacy = LegacyScorer.load_default()
    routers: dict[str, ScoreFn] = {
        "shipped model": scorer.score_messages,
        "legacy TF-IDF": legacy.score_messages,
    }
    rows = load_rows(data_path(args.data))
    held = [
        ([row.prompt], row.weak, row.strong)
        for row in holdout_rows(rows)
        if row.subject not in BROKEN_STRONG
    ]
    sets = {
        "held-out subjects": held,
        "chat tuning set": chat_cases(tune.build()),
        "chat evaluation set": chat_cases(evaluate.build()),
    }
    header = ["set", "router", "n", "APGR", "CPT(50%)", "CPT(80%)", "AUC"]
    quality = markdown(header, quality_rows(routers, sets))
    decisions = markdown(
        ["router", "kind", "prompts", "edge", "local", "cloud"],
        decision_rows(routers, evaluate.build()),
    )
    corpus = "\n".join(row.prompt for row in rows[:3000])
    latency = markdown(
        ["request", "wall p50 µs", "wall p99 µs", "CPU p50 µs", "CPU p99 µs"],
        latency_rows(scorer, corpus),
    )
    print(quality, decisions, latency, sep="\n\n")
    if args.write:
        _write(Path(args.write), quality, decisions, latency, scorer.fingerprint)
    return 0


def _write(path: Path, quality: str, decisions: str, latency: str, fingerprint: str) -> None:
    template = path.read_text(encoding="utf-8")
    start, end = "<!-- tables:start -->", "<!-- tables:end -->"
    head, _, rest = template.partition(start)
    _, _, tail = rest.partition(end)
    body = (
        f"{start}\nMeasured {DATE}, {os.cpu_count()} cores (shared), model fingerprint "
        f"`{fingerprint[:12]}`.\n\nRouting quality:\n\n{quality}\n\n"
        f"Tiers of the chat evaluation prompts at the default thresholds (edge_max 0.35, "
        f"local_max 0.75):\n\n{decisions}\n\n"
        f"`score_messages()` latency, one thread:\n\n{latency}\n{end}"
    )
    path.write_text(head + body + tail, encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
