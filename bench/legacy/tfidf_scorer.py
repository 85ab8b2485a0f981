"""LEGACY (bench only): the TF-IDF scorer meshroute shipped until issue 17, kept to compare.

The complexity score: how likely a mid-size model fails where a large one succeeds.

A multinomial logistic model over TF-IDF word uni/bigrams and cheap signals (see
_complexity_features.py) predicts the four outcomes (weak wrong/right x strong wrong/right) of
a request. Its routing value is the expected accuracy gain of the strong model,
g = P(weak wrong, strong right) - P(weak right, strong wrong); the score is a monotone stretch
sigmoid((g - mean) / std) into [0, 1], where 0.5 is an average MMLU question. Training, data,
splits and measured quality: bench/train_router.py, docs/router_quality.md.

Inference needs numpy only. Load once at start-up (`ComplexityScorer.load_default()`); the
scorer is immutable afterwards and safe to share between threads.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from meshroute.routing._complexity_features import (
    CHEAP_NAMES,
    FEATURES_VERSION,
    extract,
)

MODEL_RESOURCE = "complexity_model.npz"
# A follow-up ("now add tests") inherits part of the conversation's difficulty, but a long system
# prompt alone must not make "hi" hard: context can lift the last message half-way, not lower it.
CONTEXT_LIFT = 0.5
CONTEXT_TAIL_CHARS = 2000

_GAIN, _LOSS = 1, 2  # class indices: 2 * weak_correct + strong_correct

Float32Array = npt.NDArray[np.float32]


class ComplexityScorer:
    """Scores request text in [0, 1]; higher means send it to a bigger model."""

    __slots__ = (
        "_centre",
        "_cheap",
        "_idf_sq",
        "_intercept",
        "_scale",
        "_terms",
        "_vocab",
        "meta",
    )

    def __init__(
        self,
        vocab: Sequence[str],
        term_weights: Float32Array,
        idf_sq: Float32Array,
        cheap_weights: Float32Array,
        intercept: Float32Array,
        stretch: tuple[float, float],
        meta: Mapping[str, Any],
    ) -> None:
        if meta.get("features_version") != FEATURES_VERSION:
            raise ValueError(
                f"complexity model built for features v{meta.get('features_version')}"
                f", code has v{FEATURES_VERSION}: retrain (bench/train_router.py)"
            )
        if list(meta.get("cheap_names", ())) != list(CHEAP_NAMES):
            raise ValueError("complexity model cheap features differ from the code: retrain")
        self._vocab: dict[str, int] = {term: i for i, term in enumerate(vocab)}
        self._terms = np.asarray(term_weights, dtype=np.float64)
        self._idf_sq = np.asarray(idf_sq, dtype=np.float64)
        self._cheap = np.asarray(cheap_weights, dtype=np.float64)
        self._intercept = np.asarray(intercept, dtype=np.float64)
        self._centre = float(stretch[0])
        # a zero std (untrained stretch, during training) must not divide by zero
        self._scale = float(stretch[1]) or 1.0
        self.meta: Mapping[str, Any] = dict(meta)

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, Any]) -> ComplexityScorer:
        stretch = np.asarray(arrays["stretch"], dtype=np.float64)
        return cls(
            vocab=[str(term) for term in arrays["vocab"]],
            term_weights=arrays["term_weights"],
            idf_sq=arrays["idf_sq"],
            cheap_weights=arrays["cheap_weights"],
            intercept=arrays["intercept"],
            stretch=(float(stretch[0]), float(stretch[1])),
            meta=json.loads(str(arrays["meta"])),
        )

    @classmethod
    def load(cls, path: str | Path) -> ComplexityScorer:
        # allow_pickle=False: the model file is data, never code
        with np.load(path, allow_pickle=False) as npz:
            return cls.from_arrays({key: npz[key] for key in npz.files})

    @classmethod
    def load_default(cls) -> ComplexityScorer:
        """The legacy model file next to this module."""
        return cls.load(Path(__file__).with_name(MODEL_RESOURCE))

    @property
    def fingerprint(self) -> str:
        return str(self.meta.get("fingerprint", ""))

    def _logits(self, text: str) -> npt.NDArray[np.float64]:
        vocab = self._vocab
        keys, cheap = extract(text)
        ids = [vocab[key] for key in keys if key in vocab]
        logits = self._intercept + np.asarray(cheap) @ self._cheap
        if ids:
            index = np.fromiter(ids, dtype=np.intp, count=len(ids))
            # TF-IDF with binary tf and l2 norm: idf is folded into the stored weights
            norm = math.sqrt(float(self._idf_sq[index].sum()))
            logits = logits + self._terms[index].sum(axis=0) / norm
        return logits

    def expected_gain(self, text: str) -> float:
        """P(weak wrong, strong right) - P(weak right, strong wrong), in [-1, 1]."""
        logits = self._logits(text)
        probs = np.exp(logits - logits.max())
        probs /= probs.sum()
        return float(probs[_GAIN] - probs[_LOSS])

    def score(self, text: str) -> float:
        """Complexity of one prompt in [0, 1]."""
        z = (self.expected_gain(text) - self._centre) / self._scale
        # the stretch is a plain logistic: clamp z so exp cannot overflow on odd inputs
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z))

    def score_messages(self, texts: Sequence[str]) -> float:
        """Complexity of a chat request: its last non-empty message, lifted by the context.

        `texts` are the message contents in order (system, user, assistant, ...); the last one
        is the request itself in an OpenAI chat. The earlier ones (their last
        CONTEXT_TAIL_CHARS, to bound latency) may raise the score by up to CONTEXT_LIFT of the
        difference, never lower it.
        """
        present = [text for text in texts if text and text.strip()]
        if not present:
            return 0.0
        main = self.score(present[-1])
        if len(present) == 1:
            return main
        context = "\n".join(present[:-1])[-CONTEXT_TAIL_CHARS:]
        lifted = main + CONTEXT_LIFT * (self.score(context) - main)
        return max(main, lifted)
