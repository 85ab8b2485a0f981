"""One request text -> the feature vector of the router model.

The vector is the mean of the distinct tokens' table rows (64 numbers: what the text is about)
followed by cheap signals (how it is asked: code, maths, proofs, build/design words, steps,
requested length, questions, small talk) and the log of the number of distinct tokens. Distinct
tokens, not all tokens: "hello there friend." repeated a hundred times reads as itself once.
Feature choices were validated on MMLU subjects held out of training (docs/router_quality.md).

Changing anything here changes the model: bump FEATURES_VERSION and retrain.
"""

from __future__ import annotations

import math

import numpy as np

from meshroute.routing._complexity_features import SIGNAL_NAMES, signals
from meshroute.routing.scorer.tokens import FloatArray, IntArray, TokenTable, bounded

FEATURES_VERSION = 3
EMBEDDING_DIMS = 64
# The regex signals of _complexity_features without its length ones (chars, words, lines):
# length is represented once, by distinct tokens, so that it cannot dominate.
SIGNAL_CAP = 2.0  # repeated markers ("?" x 500) saturate instead of growing without bound
EXTRA_NAMES: tuple[str, ...] = ("log_distinct_tokens", *SIGNAL_NAMES)
FEATURE_NAMES: tuple[str, ...] = (
    *(f"emb{i}" for i in range(EMBEDDING_DIMS)),
    *EXTRA_NAMES,
)


def tokens_and_extras(table: TokenTable, text: str) -> tuple[IntArray, FloatArray]:
    """The distinct token ids and the non-embedding features (EXTRA_NAMES order)."""
    text = bounded(text)
    words, ids = table.tokenize(text)
    capped = [min(SIGNAL_CAP, value) for value in signals(text, words)]
    return ids, np.array([math.log1p(len(ids)) / 6.0, *capped], dtype=np.float64)


def vector(table: TokenTable, text: str) -> FloatArray:
    """The full feature vector (FEATURE_NAMES order); training uses it, inference folds it."""
    ids, extra = tokens_and_extras(table, text)
    return np.concatenate([table.mean_vector(ids), extra])
