"""How `meshroute router train` adapts a model to a deployment's own labels.

    .venv/bin/python bench/router_adapt.py

1. Choosing the default pull toward the base model (--l2), on MMLU training subjects only: for
   each of the 5 subject folds, the base is trained on the other folds (as bench/train_router.py
   does), the fold's questions play the deployment's labels, and `router train` (scorer/training.py)
   refits on 80% of the fold's subjects and is scored on the other 20%. The held-out MMLU subjects
   are not used.
2. Adapting to chat: a base trained on MMLU alone (no chat prompts) is trained with the chat
   tuning set as labels (hard -> weak wrong), and both are scored on the chat evaluation set,
   which neither has seen.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chatsets import evaluate, tune
from chatsets._build import ChatPrompt
from meshroute.routing.complexity import ComplexityScorer, default_table
from meshroute.routing.scorer.labels import Label
from meshroute.routing.scorer.training import evaluate as evaluate_model
from meshroute.routing.scorer.training import train
from train_router import (
    CONFIG,
    chat_matrix,
    data_path,
    features,
    fit,
    fold_of,
    load_rows,
    training_rows,
    weak_wrong,
)

L2_CANDIDATES = (1.0, 10.0, 100.0, 300.0, 1000.0)


def fold_labels(rows: Sequence[object]) -> list[Label]:
    return [
        Label((row.prompt,), float(row.weak), float(row.strong), row.subject)  # type: ignore[attr-defined]
        for row in rows
    ]


def choose_l2() -> None:
    table = default_table()
    rows = training_rows(load_rows(data_path()))
    x = features(table, [row.prompt for row in rows])
    y = weak_wrong(rows)
    folds = np.array([fold_of(row.subject) for row in rows])
    chat = chat_matrix(table)
    print("| --l2 | " + " | ".join(f"fold {k} base/new APGR" for k in range(5)) + " | mean gain |")
    print("|---|" + "---|" * 6)
    bases = []
    for k in range(CONFIG["folds"]):
        inside = folds != k
        model = fit(
            x[inside],
            y[inside],
            chat,
            l2=CONFIG["l2"],
            chat_share=CONFIG["chat_share"],
            anchor=CONFIG["anchor"],
        )
        bases.append(ComplexityScorer(model, table, f"fold-{k}"))
    labels = [
        fold_labels([row for row, f in zip(rows, folds, strict=True) if f == k])
        for k in range(CONFIG["folds"])
    ]
    for l2 in L2_CANDIDATES:
        cells, gains = [], []
        for k, base in enumerate(bases):
            result = train(base, labels[k], share=0.2, l2=l2)
            cells.append(f"{result.base.apgr:.3f}/{result.new.apgr:.3f}")
            gains.append(result.new.apgr - result.base.apgr)
        print(f"| {l2:g} | " + " | ".join(cells) + f" | {np.mean(gains):+.3f} |", flush=True)


def chat_labels(items: Sequence[ChatPrompt]) -> list[Label]:
    return [
        Label(tuple(item.texts), 0.0 if item.hard else 1.0, 1.0, item.texts[-1]) for item in items
    ]


def adapt_to_chat() -> None:
    table = default_table()
    rows = training_rows(load_rows(data_path()))
    x = features(table, [row.prompt for row in rows])
    empty = (np.zeros((0, x.shape[1])), np.zeros(0))
    base_model = fit(x, weak_wrong(rows), empty, l2=CONFIG["l2"], chat_share=0.0)
    base = ComplexityScorer(base_model, table, "mmlu-only")
    held = chat_labels(evaluate.build())
    models = [("MMLU only (base)", base)]
    for l2 in L2_CANDIDATES:
        result = train(base, chat_labels(tune.build()), share=0.2, l2=l2)
        models.append(
            (
                f"base + router train --l2 {l2:g} on the tuning set",
                ComplexityScorer(result.model, table, "adapted"),
            )
        )
    models.append(("shipped (MMLU + chat sets in training)", ComplexityScorer.load_default()))
    print("| model | chat evaluation set APGR | AUC | CPT(50%) | CPT(80%) |")
    print("|---|---|---|---|---|")
    for name, scorer in models:
        ev = evaluate_model(scorer, held)
        print(f"| {name} | {ev.apgr:.3f} | {ev.auc:.3f} | {ev.cpt50:.2f} | {ev.cpt80:.2f} |")


def main() -> int:
    if "--chat" not in sys.argv:
        choose_l2()
        print()
    adapt_to_chat()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
