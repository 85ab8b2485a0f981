"""`meshroute router train`: a new router model from labels, starting from a base model.

The new model is the base model's logistic regression refitted on the labels with a Gaussian
prior centred on the base weights (logistic.fit): with few labels it stays close to the base,
with many it follows them. Standardisation and stretch are the base's, so thresholds keep
their meaning roughly (re-run `meshroute calibrate` after a large change).

Evaluation holds out a share of the labels by group (a label's `subject` if it has one, else
its prompt): whole subjects, never a random split of the same subject. Both models are scored
there; the new one is "worse" if its APGR (or, where APGR is undefined because the strong model
is not better on the held-out labels, its AUC) is below the base's.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from meshroute.routing.complexity import ComplexityScorer
from meshroute.routing.scorer import logistic
from meshroute.routing.scorer.features import vector
from meshroute.routing.scorer.labels import Label, LabelError
from meshroute.routing.scorer.metrics import apgr, auc, cpt
from meshroute.routing.scorer.model import RouterModel

DEFAULT_HELDOUT_SHARE = 0.2
DEFAULT_L2 = 100.0  # bench/router_adapt.py: 1-100 adapt to chat, >= 300 too stiff
MIN_HELDOUT = 10


@dataclass(frozen=True, slots=True)
class Evaluation:
    apgr: float
    auc: float
    cpt50: float
    cpt80: float

    def as_dict(self) -> dict[str, float | None]:
        return {
            name: (None if math.isnan(value) else round(value, 4))
            for name, value in (
                ("apgr", self.apgr),
                ("auc", self.auc),
                ("cpt50", self.cpt50),
                ("cpt80", self.cpt80),
            )
        }


@dataclass(frozen=True, slots=True)
class Result:
    model: RouterModel
    base: Evaluation
    new: Evaluation
    trained: int
    held_out: int

    @property
    def worse(self) -> bool:
        """Whether the new model ranks the held-out labels worse than the base model."""
        if not (math.isnan(self.base.apgr) or math.isnan(self.new.apgr)):
            return self.new.apgr < self.base.apgr
        return self.new.auc < self.base.auc


def held_out(label: Label, share: float) -> bool:
    """Deterministic: a group is held out when its hash falls in the first `share` of [0, 1)."""
    digest = hashlib.sha256(label.group.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def evaluate(scorer: ComplexityScorer, labels: Sequence[Label]) -> Evaluation:
    scores = [scorer.score_messages(label.texts) for label in labels]
    weak = [label.weak for label in labels]
    strong = [label.strong for label in labels]
    worth = [label.escalate > 0 and label.strong > label.weak for label in labels]
    return Evaluation(
        apgr(scores, weak, strong),
        auc(scores, worth),
        cpt(scores, weak, strong, 0.5),
        cpt(scores, weak, strong, 0.8),
    )


def train(
    base: ComplexityScorer,
    labels: Sequence[Label],
    *,
    share: float = DEFAULT_HELDOUT_SHARE,
    l2: float = DEFAULT_L2,
) -> Result:
    """Fit on the labels outside the held-out share, evaluate both models inside it."""
    if not 0 < share < 1:
        raise LabelError("the held-out share must be between 0 and 1")
    inside = [label for label in labels if not held_out(label, share)]
    outside = [label for label in labels if held_out(label, share)]
    _check_enough(inside, "training")
    _check_enough(outside, "held-out")
    model = fit(base, inside, l2=l2)
    candidate = ComplexityScorer(model, base.table, "candidate")
    return Result(
        model, evaluate(base, outside), evaluate(candidate, outside), len(inside), len(outside)
    )


def fit(base: ComplexityScorer, labels: Sequence[Label], *, l2: float) -> RouterModel:
    """The base model refitted on `labels` (features of each label's last message)."""
    prior = base.model
    x = np.stack([vector(base.table, _last(label)) for label in labels])
    y = np.array([label.escalate for label in labels])
    coef, intercept = logistic.fit(
        prior.standardise(x), y, np.ones(len(labels)), l2=l2, prior=prior.coef
    )
    labels_digest = hashlib.sha256()
    for label in labels:
        labels_digest.update(repr((label.texts, label.weak, label.strong)).encode())
    return prior.with_weights(
        coef,
        intercept,
        parent=prior.fingerprint(),
        trained_on_labels=len(labels),
        labels_digest=labels_digest.hexdigest(),
        token_table=base.table.digest,
        trained_by="meshroute router train",
    )


def _last(label: Label) -> str:
    return next(text for text in reversed(label.texts) if text.strip())


def _check_enough(labels: Sequence[Label], part: str) -> None:
    targets = {label.escalate for label in labels}
    if len(labels) < MIN_HELDOUT or len(targets) < 2:
        raise LabelError(
            f"too few labels for the {part} share: {len(labels)} labels, need at least "
            f"{MIN_HELDOUT} with both outcomes (weak good enough, and not)"
        )
