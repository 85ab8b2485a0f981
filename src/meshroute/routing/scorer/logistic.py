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
# A whisper of a prior on the intercept: finite even when one class is absent or separable.
INTERCEPT_L2 = 1e-4


def fit(
    x: FloatArray,
    y: FloatArray,
    weights: FloatArray,
    *,
    l2: float | FloatArray,
    prior: FloatArray | None = None,
) -> tuple[FloatArray, float]:
    """(coefficients, intercept) minimising weighted log-loss + l2/2 |w - prior|^2.

    `l2` is one strength or one per column; the intercept is barely penalised (INTERCEPT_L2).
    Deterministic up to the float summation order of the BLAS.
    """
    n_rows, n_cols = x.shape
    design = np.hstack([x, np.ones((n_rows, 1))])
    centre = np.zeros(n_cols + 1)
    if prior is not None:
        centre[:n_cols] = prior
    penalty = np.zeros(n_cols + 1)
    penalty[:n_cols] = l2  # a number, or one strength per column
    penalty[-1] = INTERCEPT_L2

    def objective(theta: FloatArray) -> float:
        z = design @ theta
        loss = weights * (np.logaddexp(0.0, z) - y * z)
        return float(loss.sum() + 0.5 * (penalty * (theta - centre) ** 2).sum())

    theta = centre.copy()
    current = objective(theta)
    for _ in range(MAX_ITER):
        z = design @ theta
        p = 0.5 * (1.0 + np.tanh(0.5 * z))  # the logistic function without overflow
        gradient = design.T @ (weights * (p - y)) + penalty * (theta - centre)
        curvature = weights * p * (1.0 - p)
        hessian = (design * curvature[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        # backtracking: a full Newton step can overshoot on (nearly) separable labels
        rate = 1.0
        while rate > 1e-6:
            candidate = theta - rate * step
            value = objective(candidate)
            if value <= current:
                break
            rate /= 2.0
        else:
            break
        theta, current = candidate, value
        if float(np.max(np.abs(rate * step))) < TOLERANCE:
            break
    return theta[:n_cols], float(theta[-1])
