"""Cascade on the real embedded edge model: confidence, escalation rate, added latency.

    .venv/bin/python bench/cascade.py [--prompts 20] [--max-tokens 48]

Runs the packaged edge model (xllamacpp, in-process) on the first N easy and N hard single-turn
prompts of the chat evaluation set (bench/chatsets/evaluate.py), asking for token
log-probabilities as the cascade does, and reads each answer with routing/cascade.py. Prints:
how confidence separates easy from hard prompts (AUC of 1 - confidence against "hard"), then,
for thresholds calibrated to escalate 10/20/30% of this sample (the calibration: a quantile of
the confidences, as `meshroute calibrate` does for complexity), the escalation rate of easy and
hard prompts and the latency added to an escalated request (the edge's time, spent before the
next tier starts).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import numpy as np
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chatsets import evaluate
from meshroute.config import CascadeConfig, default_config
from meshroute.routing.cascade import confidence_of
from meshroute.routing.scorer.metrics import auc
from meshroute.targets.pool import TargetPool

SHARES = (0.1, 0.2, 0.3)


async def run(prompts: int, max_tokens: int) -> list[tuple[bool, float, float | None, bool, bool]]:
    items = [item for item in evaluate.build() if len(item.messages) == 1]
    chosen = [i for i in items if not i.hard][:prompts] + [i for i in items if i.hard][:prompts]
    pool = TargetPool(default_config())
    await pool.start()
    edge = pool.targets["edge"]
    rows = []
    try:
        for item in chosen:
            body = {
                "model": "assistant",
                "max_tokens": max_tokens,
                "logprobs": True,
                "messages": [{"role": "user", "content": item.texts[-1][:1500]}],
            }
            started = time.perf_counter()
            reply = await edge.send("chat", body)
            elapsed = (time.perf_counter() - started) * 1000
            seen = confidence_of(orjson.loads(reply.body))
            rows.append((item.hard, elapsed, seen.mean_probability, seen.refusal, seen.truncated))
    finally:
        await pool.close()
    return rows


def report(rows: list[tuple[bool, float, float | None, bool, bool]], max_tokens: int) -> None:
    hard = np.array([row[0] for row in rows])
    latency = np.array([row[1] for row in rows])
    conf = np.array([row[2] if row[2] is not None else 1.0 for row in rows])
    truncated = np.array([row[4] for row in rows])
    refusal = np.array([row[3] for row in rows])
    print(
        f"{len(rows)} prompts ({hard.sum()} hard), max_tokens {max_tokens}; edge latency p50 "
        f"{np.median(latency):.0f} ms; AUC(1 - confidence vs hard) {auc(1 - conf, hard):.3f}; "
        f"median confidence easy {np.median(conf[~hard]):.3f}, hard {np.median(conf[hard]):.3f};"
        f" truncated easy {truncated[~hard].mean():.0%}, hard {truncated[hard].mean():.0%};"
        f" refusals {refusal.sum()}"
    )
    print()
    print(
        "| escalate share | min_confidence | truncation escalates | escalated easy | "
        "escalated hard | overall | added latency p50 (escalated) |"
    )
    print("|---|---|---|---|---|---|---|")
    for share in SHARES:
        threshold = float(np.quantile(conf, share))
        for on_truncation in (False, True):
            settings = CascadeConfig(min_confidence=threshold, on_truncation=on_truncation)
            up = np.array(
                [
                    (row[3] and settings.on_refusal)
                    or (row[4] and on_truncation)
                    or (row[2] is not None and row[2] < threshold)
                    for row in rows
                ]
            )
            added = f"{np.median(latency[up]):.0f} ms" if up.any() else "-"
            print(
                f"| {share:.0%} | {threshold:.3f} | {on_truncation} | {up[~hard].mean():.0%} | "
                f"{up[hard].mean():.0%} | {up.mean():.0%} | {added} |"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--prompts", type=int, default=20, help="easy and hard prompts each")
    parser.add_argument("--max-tokens", type=int, default=48)
    args = parser.parse_args()
    report(asyncio.run(run(args.prompts, args.max_tokens)), args.max_tokens)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
