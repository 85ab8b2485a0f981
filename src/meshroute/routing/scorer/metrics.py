"""Routing quality as RouteLLM scores it.

Sort requests by score, send the top share p to the strong model and the rest to the weak one;
quality(p) is the mean of the chosen answers' quality (correct = 1, or a 0-10 score / 10).
PGR(p) = (quality(p) - quality_weak) / (quality_strong - quality_weak); APGR is the mean of PGR
over p in 0..1 (101 steps), 0.5 for a random router. CPT(x) is the smallest share p of calls to
the strong model with PGR(p) >= x (lower is better). AUC is the ROC area of the score against a
binary label ("worth escalating").
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Values = Sequence[float] | Sequence[bool] | npt.NDArray[np.float64] | npt.NDArray[np.bool_]
STEPS = 101


def pgr_curve(
    scores: Values, weak: Values, strong: Values, steps: int = STEPS
) -> npt.NDArray[np.float64]:
    """PGR at p = 0, 1/(steps-1), ..., 1; NaN everywhere when strong is not better than weak.

    Ties keep input order (stable sort), so a constant score is the no-information router.
    """
    order = np.argsort(-np.asarray(scores, dtype=np.float64), kind="stable")
    w = np.asarray(weak, dtype=np.float64)[order]
    s = np.asarray(strong, dtype=np.float64)[order]
    n = len(order)
    gap = s.mean() - w.mean() if n else 0.0
    if n == 0 or gap <= 0:
        return np.full(steps, np.nan)
    cum_s = np.concatenate([[0.0], np.cumsum(s)])
    cum_w = np.concatenate([[0.0], np.cumsum(w)])
    ks = np.round(np.linspace(0.0, 1.0, steps) * n).astype(int)
    quality = (cum_s[ks] + cum_w[n] - cum_w[ks]) / n
    return np.asarray((quality - w.mean()) / gap, dtype=np.float64)


def apgr(scores: Values, weak: Values, strong: Values, steps: int = STEPS) -> float:
    """Mean PGR over the shares (NaN when the strong model is not better on these requests)."""
    return float(np.mean(pgr_curve(scores, weak, strong, steps)))


def cpt(scores: Values, weak: Values, strong: Values, target: float, steps: int = STEPS) -> float:
    """Smallest share of strong calls reaching PGR >= target (NaN if undefined)."""
    curve = pgr_curve(scores, weak, strong, steps)
    reached = np.nonzero(curve >= target - 1e-12)[0]
    if len(reached) == 0:
        return float("nan")
    return float(reached[0] / (steps - 1))


def auc(scores: Values, positive: Values) -> float:
    """ROC AUC (ties count half) by ranks; NaN when one class is empty."""
    x = np.asarray(scores, dtype=np.float64)
    y = np.asarray(positive, dtype=bool)
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(x, kind="stable")
    _, first, counts = np.unique(x[order], return_index=True, return_counts=True)
    ranks = np.empty(len(x))
    # average ranks over ties so a constant score gives exactly 0.5
    ranks[order] = np.repeat(first + (counts - 1) / 2.0 + 1.0, counts)
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))
