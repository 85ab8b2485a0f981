"""Binary logistic regression fitted by Newton's method, with a Gaussian prior on the weights.

Hand-written (about 40 lines) rather than scikit-learn so that `meshroute router train` runs on
the runtime's numpy alone. The prior is centred on a starting model: training on new labels
starts from the shipped weights, and with few labels it stays close to them. With a zero prior
centre this is exactly L2-regularised logistic regression (scikit-learn's C = 1 / l2).
Soft labels in [0, 1] and per-row weights are supported.
"""

from __future__ import annotations

import numpy as np

from meshroute.routing.scorer.tokens import FloatArray

MAX_ITER = 50
TOLERANCE = 1e-8


def fit(
    x: FloatArray,
    y: FloatArray,
    weights: FloatArray,
    *,
    l2: float | FloatArray,
    prior: FloatArray | None = None,
) -> tuple[FloatArray, float]:
    """(coefficients, intercept) minimising weighted log-loss + l2/2 |w - prior|^2.

    `l2` is one strength or one per column; the intercept is not penalised. Deterministic up
    to the float summation order of the BLAS.
    """
    n_rows, n_cols = x.shape
    design = np.hstack([x, np.ones((n_rows, 1))])
    centre = np.zeros(n_cols + 1)
    if prior is not None:
        centre[:n_cols] = prior
    theta = centre.copy()
    penalty = np.zeros(n_cols + 1)
    penalty[:n_cols] = l2  # a number, or one strength per column
    penalty[-1] = 0.0
    for _ in range(MAX_ITER):
        z = np.clip(design @ theta, -35.0, 35.0)
        p = 1.0 / (1.0 + np.exp(-z))
        gradient = design.T @ (weights * (p - y)) + penalty * (theta - centre)
        curvature = weights * p * (1.0 - p)
        hessian = (design * curvature[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if float(np.max(np.abs(step))) < TOLERANCE:
            break
    return theta[:n_cols], float(theta[-1])
