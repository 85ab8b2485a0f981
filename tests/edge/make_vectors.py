"""Regenerate tests/vectors/complexity_scores.jsonl: the scores Python gives a few prompts, for
JavaScript to be compared with (`.venv/bin/python tests/edge/make_vectors.py`). Rows are keyed by
the model's fingerprint: the seeded test model of edge_support (always), and the shipped model
when the package has one. The privacy vectors are hand-written: their verdicts are the truth
both scans must give, so nothing generates them."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edge_support import VECTORS, vector_scorer

PROMPTS: list[list[str]] = [
    ["hi"],
    ["What is the capital of France?"],
    ["Translate 'good morning' into Spanish."],
    ["Prove that there are infinitely many primes."],
    ["Implement a distributed rate limiter in Rust with tests.\n1. design\n2. code"],
    ["You are a helpful assistant.", "now add tests"],
    ["héllo wörld 😀 東京 naïve İstanbul x\u200by " * 300],
    ["hello there friend. " * 100],
    ["Compute the integral of x^2 from 0 to 3 and explain why, step by step?"],
    ["", "   ", "ok thanks"],
    [
        "\u00dcn\u00efc\u00f6d\u00e9 \u2014 \u201cquotes\u201d \u00bd"
        " \ufb01 ligature \u2177 \u2075 \U0001d518"
    ],
]


def scorers() -> list[Any]:
    found = [vector_scorer()]
    try:
        from meshroute.routing.complexity import load_default

        found.append(load_default())
    except Exception:  # the package may ship no model (yet): the test model suffices
        pass
    return found


def main() -> None:
    with (VECTORS / "complexity_scores.jsonl").open("w", encoding="utf-8") as out:
        for scorer in scorers():
            for texts in PROMPTS:
                row = {"texts": texts, "score": scorer.score_messages(texts)}
                row["fingerprint"] = scorer.fingerprint
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
