"""The complexity score: how likely a mid-size model fails on a request, in [0, 1].

A logistic model (scorer/model.py) over static token embeddings and cheap signals
(scorer/features.py) predicts "the weak model answers wrongly"; complexity is the logit
stretched by the model's centre and scale, sigmoid((logit - centre) / scale). Training, data,
held-out subjects and measured quality: bench/train_router.py, docs/router_quality.md; training
on a deployment's own labels: `meshroute router train` (scorer/training.py).

The features are linear in the mean of the token rows, so at load time the model's embedding
weights are folded into one number per token: scoring a prompt is a tokenisation, a mean of
those numbers and a dot product of ten signals (tens of microseconds).

Inference needs numpy and tokenizers only. Load once at start-up; the scorer is immutable
afterwards and safe to share between threads.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from meshroute.routing.scorer.features import EMBEDDING_DIMS, tokens_and_extras
from meshroute.routing.scorer.model import ModelFileError, RouterModel
from meshroute.routing.scorer.tokens import FloatArray, TokenTable

MODEL_RESOURCE = "router_model.npz"
# A follow-up ("now add tests") inherits part of the conversation's difficulty, but a long system
# prompt alone must not make "hi" hard: context can lift the last message half-way, not lower it.
CONTEXT_LIFT = 0.5
CONTEXT_TAIL_CHARS = 2000

_default_table: TokenTable | None = None


def default_table() -> TokenTable:
    """The shipped token table, loaded once per process (several models share it)."""
    global _default_table
    if _default_table is None:
        _default_table = TokenTable.load_default()
    return _default_table


class ComplexityScorer:
    """Scores request text in [0, 1]; higher means send it to a bigger model."""

    __slots__ = (
        "_bias", "_extra", "_fingerprint", "_token_weights", "model", "name", "source", "table"
    )  # fmt: skip

    def __init__(self, model: RouterModel, table: TokenTable, name: str) -> None:
        if model.meta.get("token_table") not in (None, table.digest):
            raise ModelFileError(f"{name}: trained on another token table: retrain it")
        self.model = model
        self.table = table
        self.name = name
        # (path, size, mtime) of a model file, so a config reload knows whether it changed
        self.source: tuple[str, int, int] | None = None
        weights = model.coef / model.scale
        # logit = bias + mean(token_weights[ids]) + extras . extra weights (see module docstring)
        self._token_weights: FloatArray = table.vectors @ weights[:EMBEDDING_DIMS]
        self._extra: FloatArray = weights[EMBEDDING_DIMS:]
        self._bias = model.intercept - float(model.mean @ weights)
        # Hashed once: the label goes into every request's decision (a SHA-256 over the weights
        # per request cost more than the whole edge middleware).
        self._fingerprint = model.fingerprint()

    @classmethod
    def load(cls, path: str | Path, table: TokenTable | None = None) -> ComplexityScorer:
        """A model file (`routing.router_model`); raises ModelFileError naming the file."""
        return cls(RouterModel.load(path), table or default_table(), f"file:{Path(path).name}")

    @classmethod
    def load_default(cls) -> ComplexityScorer:
        """The model shipped in the package (meshroute/routing/data/router_model.npz)."""
        resource = resources.files("meshroute.routing").joinpath("data", MODEL_RESOURCE)
        with resources.as_file(resource) as path:
            model = RouterModel.load(path)
        return cls(model, default_table(), "shipped")

    @property
    def meta(self) -> Mapping[str, Any]:
        return self.model.meta

    @property
    def fingerprint(self) -> str:
        return self._fingerprint

    @property
    def label(self) -> str:
        """What `explain` and the decision record show: name and short fingerprint."""
        return f"{self.name}@{self.fingerprint[:12]}"

    def logit(self, text: str) -> float:
        ids, extra = tokens_and_extras(self.table, text)
        value = self._bias + float(self._extra @ extra)
        if len(ids):
            value += float(self._token_weights[ids].mean())
        return value

    def score(self, text: str) -> float:
        """Complexity of one prompt in [0, 1]."""
        centre, scale = self.model.stretch
        z = max(-30.0, min(30.0, (self.logit(text) - centre) / scale))
        return 1.0 / (1.0 + math.exp(-z))

    def score_messages(self, texts: Sequence[str]) -> float:
        """Complexity of a chat request: its last non-empty message, lifted by the context.

        `texts` are the message contents in order (system, user, assistant, ...); the last one
        is the request itself. The earlier ones (their last CONTEXT_TAIL_CHARS) may raise the
        score by up to CONTEXT_LIFT of the difference, never lower it.
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


def load_default() -> ComplexityScorer:
    """The packaged scorer; call once at start-up and share it."""
    return ComplexityScorer.load_default()
