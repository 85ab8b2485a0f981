"""Train the complexity scorer and write src/meshroute/routing/data/complexity_model.npz.

    .venv/bin/python bench/train_router.py [--data FILE] [--out FILE] [--check]

Needs scikit-learn (training only; inference needs numpy alone). Reproducible: the splits are
hash-based, lbfgs is deterministic, and the model file records a fingerprint of the data, this
configuration, the chat set and the feature code, which tests/routing compare.

Data: MMLU questions with `weak_correct` (Mixtral-8x7B) and `strong_correct` (GPT-4), see
tests/data/routing/README.md.

Splits (fixed before any result was looked at):
- holdout: every question of a subject with sha256(subject) % 7 == 0 (5 subjects: computer
  security, high-school computer science, high-school statistics, logical fallacies, marketing).
  Never trained on: measures generalisation to unseen topics.
- val: of the other subjects, questions with sha256(prompt) % 5 == 0 (~20%). Never trained on.
- train: the rest.

Label: the 4 outcomes y = 2 * weak_correct + strong_correct, fitted with multinomial logistic
regression. The routing value of a request is the expected accuracy gain of sending it to the
strong model, g = P(weak wrong, strong right) - P(weak right, strong wrong), and the complexity
is a monotone stretch of it, sigmoid((g - mean_g) / std_g) with mean and std over the training
questions: 0.5 is the average MMLU question, and the ranking (hence APGR) is that of g. The
binary targets P(weak wrong) and P(weak wrong and strong right) were tried and scored lower
APGR on val (0.57 and 0.70 against 0.74).

Chat set: MMLU has no small talk, code or proofs, so a hand-written set of chat prompts (easy:
outcome "both right"; hard: "weak wrong, strong right") is added to training with a total weight
of CHAT_SHARE of the MMLU training weight. The sanity prompts in the tests are different ones.
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
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from meshroute.routing._complexity_features import (  # noqa: E402
    CHEAP_NAMES,
    FEATURES_VERSION,
    extract,
)

DEFAULT_DATA = REPO / "tests" / "data" / "routing" / "mmlu_train.jsonl"  # a copy of shared/data
DEFAULT_OUT = REPO / "src" / "meshroute" / "routing" / "data" / "complexity_model.npz"
MODEL_VERSION = 1

CONFIG: dict[str, Any] = {
    "holdout_mod": 7,
    "val_mod": 5,
    "max_features": 20000,
    "min_df": 2,
    "C": 1.0,
    "max_iter": 3000,
    "chat_share": 0.05,
    # recorded so that the fingerprint changes with the split rule
    "split_rule": "int(sha256(subject).hexdigest(), 16) % holdout_mod == 0 -> holdout; "
    "int(sha256(prompt).hexdigest(), 16) % val_mod == 0 -> val; else train",
}

Split = Literal["train", "val", "holdout"]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

# (prompt, hard): hard = a mid-size model likely fails where a large one succeeds.
CHAT_SET: tuple[tuple[str, bool], ...] = (
    ("hi", False),
    ("hello!", False),
    ("hey there", False),
    ("thanks a lot", False),
    ("good morning", False),
    ("ok", False),
    ("thank you, that helps", False),
    ("What's the capital of Germany?", False),
    ("What is the capital of Japan?", False),
    ("How many days are in a week?", False),
    ("What time zone is London in?", False),
    ("Translate 'good night' into Spanish.", False),
    ("What's 12 times 3?", False),
    ("Give me a synonym for happy.", False),
    ("Who wrote Romeo and Juliet?", False),
    ("How do I boil an egg?", False),
    ("What colour is the sky?", False),
    ("Spell 'necessary' for me.", False),
    ("Tell me a joke about cats.", False),
    ("Write a haiku about autumn.", False),
    (
        "Summarise this in one line: the meeting moved to Tuesday because the room was booked.",
        False,
    ),
    ("What does CPU stand for?", False),
    ("Is a tomato a fruit?", False),
    ("Convert 5 km to miles.", False),
    ("What's the plural of mouse?", False),
    ("Suggest a name for my goldfish.", False),
    ("How do you say thank you in French?", False),
    ("Fix the typo: 'teh cat sat on teh mat'.", False),
    ("What year did World War II end?", False),
    ("List three primary colours.", False),
    ("How many legs does a spider have?", False),
    ("Recommend a good book for a long flight.", False),
    ("Rewrite this more politely: send me the file now.", False),
    ("What's the boiling point of water in Celsius?", False),
    ("In Python, how do I get the length of a list?", False),
    ("What is 7+5?", False),
    ("What's 15% of 80?", False),
    ("Is 9 > 4?", False),
    ("Write a short poem about the moon.", False),
    ("Write a limerick about a dog.", False),
    ("Write a birthday message for my sister.", False),
    ("What does 'x = 3' mean in Python?", False),
    ("Round 3.14159 to two decimals.", False),
    ("Prove that there are infinitely many prime numbers of the form 4k+3.", True),
    ("Prove that every bounded monotone sequence of real numbers converges.", True),
    ("Show that the sum of the reciprocals of the primes diverges, with a rigorous proof.", True),
    (
        "Derive the closed form of the Fibonacci numbers from the characteristic equation and "
        "prove it by induction.",
        True,
    ),
    (
        "Let f be continuous on [0,1] with f(0)=f(1). Prove there exists x with "
        "f(x)=f(x+1/2) or explain why not.",
        True,
    ),
    (
        "Write a compiler for a small C-like language with functions, loops and integer "
        "arithmetic, targeting x86-64 assembly. Include the lexer, parser, type checker and code "
        "generator.",
        True,
    ),
    (
        "Implement a lock-free concurrent hash map in Rust with resizing, and explain why it is "
        "linearizable.",
        True,
    ),
    (
        "Design a distributed rate limiter for a multi-region API gateway. Then implement it in "
        "Go, handle clock skew, and write tests.",
        True,
    ),
    (
        "Refactor this 2,000-line legacy Java service into hexagonal architecture, keep behaviour "
        "identical, and write migration steps:\n1. analyse dependencies\n2. extract ports\n3. add "
        "adapters\n4. write tests",
        True,
    ),
    (
        "Debug this race condition:\n```go\nfunc (c *Cache) Get(k string) string {\n  if v, ok := "
        "c.m[k]; ok {\n    return v\n  }\n  c.mu.Lock()\n  c.m[k] = load(k)\n  c.mu.Unlock()\n  "
        "return c.m[k]\n}\n```\nExplain the bug step by step and give a correct version.",
        True,
    ),
    (
        "Write a 3000-word essay comparing Kant's and Hume's theories of causation, with "
        "detailed analysis of their arguments and modern objections.",
        True,
    ),
    (
        "Write a comprehensive technical report on the trade-offs between Raft and Paxos, "
        "including failure modes, performance under partitions, and a formal safety argument.",
        True,
    ),
    (
        "Solve step by step: find all integer solutions of x^2 - 7y^2 = 1 and prove your list "
        "is complete.",
        True,
    ),
    (
        "Compute the integral of x^3 e^{-x^2} from 0 to infinity, then derive the general "
        "formula for x^{2n+1} e^{-x^2}.",
        True,
    ),
    (
        "Implement a B-tree with insertion, deletion and range queries in C, optimised for "
        "cache lines, and analyse its complexity.",
        True,
    ),
    (
        "Given a directed graph with negative weights, design an algorithm that finds the "
        "minimum mean cycle, prove its correctness and give its running time.",
        True,
    ),
    (
        "Build an end-to-end production pipeline: ingest Kafka events, deduplicate, join with a "
        "Postgres table, compute sessionised metrics, and expose them over gRPC. Provide code, "
        "schema and deployment manifests.",
        True,
    ),
    (
        "Analyse the following contract clause for ambiguities under English law and compare "
        "with how a US court would interpret it, citing relevant doctrine.",
        True,
    ),
    (
        "Write an interpreter for a Lisp dialect with closures, tail calls and macros in "
        "TypeScript, then write a test suite.",
        True,
    ),
    ("Formally verify in Coq that insertion sort returns a sorted permutation of its input.", True),
    ("Explain why the halting problem is undecidable and prove Rice's theorem from it.", True),
    (
        "Optimise this SQL query that takes 40 s on 200M rows; explain the query plan, propose "
        "indexes and rewrite it:\nSELECT u.id, COUNT(*) FROM users u JOIN events e ON e.uid = "
        "u.id WHERE e.ts > now() - interval '7 days' GROUP BY u.id HAVING COUNT(*) > 10;",
        True,
    ),
    (
        "Derive the backpropagation equations for a transformer attention layer, including "
        "layer norm, and implement them in numpy with gradient checks.",
        True,
    ),
    (
        "Plan a migration of a monolith to microservices: 1) identify bounded contexts 2) define "
        "APIs 3) handle data consistency 4) roll out with zero downtime. Be thorough.",
        True,
    ),
    (
        "Write a detailed, in-depth analysis of the causes of the 2008 financial crisis and "
        "compare them with the 1929 crash, with a full bibliography.",
        True,
    ),
    (
        "Implement the Raft consensus algorithm in Python with leader election, log replication "
        "and snapshotting, and explain how you tested it.",
        True,
    ),
    (
        "Prove that the eigenvalues of a real symmetric matrix are real and that eigenvectors of "
        "distinct eigenvalues are orthogonal.",
        True,
    ),
    (
        "Design a scalable architecture for a real-time multiplayer game server handling 1M "
        "concurrent players; discuss consistency, latency compensation and cheating.",
        True,
    ),
)


@dataclass(frozen=True)
class Row:
    prompt: str
    subject: str
    weak: bool
    strong: bool


def _h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16)


def split_of(prompt: str, subject: str) -> Split:
    """The split rule (module docstring): whole held-out subjects, then a hash of the prompt."""
    if _h(subject) % CONFIG["holdout_mod"] == 0:
        return "holdout"
    if _h(prompt) % CONFIG["val_mod"] == 0:
        return "val"
    return "train"


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


def rows_of(rows: Iterable[Row], split: Split) -> list[Row]:
    return [row for row in rows if split_of(row.prompt, row.subject) == split]


def fingerprint(path: Path) -> str:
    """What the shipped model was trained from: data, config, chat set, feature code version."""
    digest = hashlib.sha256()
    digest.update(path.read_bytes())
    meta = {
        "config": CONFIG,
        "chat": CHAT_SET,
        "features": FEATURES_VERSION,
        "model": MODEL_VERSION,
        "cheap": CHEAP_NAMES,
    }
    digest.update(json.dumps(meta, sort_keys=True).encode())
    return digest.hexdigest()


def apgr(
    scores: Sequence[float] | FloatArray,
    weak: Sequence[bool] | BoolArray,
    strong: Sequence[bool] | BoolArray,
    steps: int = 101,
) -> float:
    """RouteLLM's APGR: send the top share p by score to the strong model, p in 0..1 (steps),
    PGR(p) = (acc(p) - acc_weak) / (acc_strong - acc_weak), APGR = mean PGR. Ties keep input
    order (stable sort), so a constant score is the no-information router."""
    order = np.argsort(-np.asarray(scores, dtype=np.float64), kind="stable")
    w = np.asarray(weak, dtype=np.float64)[order]
    s = np.asarray(strong, dtype=np.float64)[order]
    n = len(order)
    cum_s = np.concatenate([[0.0], np.cumsum(s)])
    cum_w = np.concatenate([[0.0], np.cumsum(w)])
    ks = np.round(np.linspace(0.0, 1.0, steps) * n).astype(int)
    acc = (cum_s[ks] + cum_w[n] - cum_w[ks]) / n
    return float(np.mean((acc - w.mean()) / (s.mean() - w.mean())))


def auc(scores: Sequence[float] | FloatArray, positive: Sequence[bool] | BoolArray) -> float:
    """ROC AUC (ties count half) of the score against a binary label, by ranks."""
    x = np.asarray(scores, dtype=np.float64)
    y = np.asarray(positive, dtype=bool)
    order = np.argsort(x, kind="stable")
    ranks = np.empty(len(x))
    sorted_x = x[order]
    # average ranks over ties so a constant score gives exactly 0.5
    _, first, counts = np.unique(sorted_x, return_index=True, return_counts=True)
    avg = first + (counts - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(avg, counts)
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def _outcome(weak: bool, strong: bool) -> int:
    return 2 * int(weak) + int(strong)


def fit(train: Sequence[Row], data: Path) -> dict[str, Any]:
    """Fit vocabulary, idf and the multinomial model; returns the arrays of the model file."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [row.prompt for row in train] + [text for text, _ in CHAT_SET]
    labels = [_outcome(row.weak, row.strong) for row in train]
    labels += [_outcome(weak=not hard, strong=True) for _, hard in CHAT_SET]
    chat_weight = CONFIG["chat_share"] * len(train) / len(CHAT_SET)
    weights = np.array([1.0] * len(train) + [chat_weight] * len(CHAT_SET))
    extracted = [extract(text) for text in texts]
    vec = TfidfVectorizer(
        analyzer=sorted,
        binary=True,
        min_df=CONFIG["min_df"],
        max_features=CONFIG["max_features"],
        dtype=np.float64,
    )
    # the analyzer receives the key sets: sorted() makes the column order independent of set order
    sparse = vec.fit_transform([keys for keys, _ in extracted])
    cheap = csr_matrix(np.array([values for _, values in extracted]))
    model = LogisticRegression(C=CONFIG["C"], max_iter=CONFIG["max_iter"])
    model.fit(hstack([sparse, cheap]).tocsr(), labels, sample_weight=weights)
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    n_vocab = len(vocab)
    idf = np.asarray(vec.idf_, dtype=np.float64)
    coef = np.asarray(model.coef_, dtype=np.float64)
    arrays: dict[str, Any] = {
        "vocab": np.array(vocab),
        "term_weights": (coef[:, :n_vocab].T * idf[:, None]).astype(np.float32),
        "idf_sq": (idf**2).astype(np.float32),
        "cheap_weights": coef[:, n_vocab:].T.astype(np.float32),
        "intercept": np.asarray(model.intercept_, dtype=np.float32),
        "stretch": np.zeros(2, dtype=np.float32),
    }
    meta = {
        "model_version": MODEL_VERSION,
        "features_version": FEATURES_VERSION,
        "fingerprint": fingerprint(data),
        "cheap_names": list(CHEAP_NAMES),
        "classes": ["both_wrong", "gain", "loss", "both_right"],
        "config": CONFIG,
    }
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    return arrays


def set_stretch(arrays: dict[str, Any], train: Sequence[Row]) -> None:
    """Centre and scale g on the MMLU training questions (see the module docstring)."""
    from meshroute.routing.complexity import ComplexityScorer

    scorer = ComplexityScorer.from_arrays(arrays)
    gains = np.array([scorer.expected_gain(row.prompt) for row in train])
    arrays["stretch"] = np.array([gains.mean(), gains.std()], dtype=np.float32)


def evaluate(scores: Sequence[float], rows: Sequence[Row]) -> tuple[float, float]:
    weak = [row.weak for row in rows]
    strong = [row.strong for row in rows]
    gain = [(not row.weak) and row.strong for row in rows]
    return apgr(scores, weak, strong), auc(scores, gain)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="MMLU routing JSONL (default: tests/data/routing)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="model file to write")
    args = parser.parse_args(argv)
    path = data_path(args.data)
    rows = load_rows(path)
    train = rows_of(rows, "train")
    arrays = fit(train, path)
    set_stretch(arrays, train)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)
    from meshroute.routing.complexity import ComplexityScorer

    scorer = ComplexityScorer.load(out)
    print(
        f"wrote {out} ({out.stat().st_size / 1024:.0f} KiB), "
        f"vocab {len(arrays['vocab'])}, fingerprint {fingerprint(path)[:12]}"
    )
    splits: tuple[Split, ...] = ("train", "val", "holdout")
    for split in splits:
        part = rows_of(rows, split)
        value, area = evaluate([scorer.score(row.prompt) for row in part], part)
        print(f"{split:8s} n={len(part):5d}  APGR {value:.3f}  AUC(gain) {area:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
