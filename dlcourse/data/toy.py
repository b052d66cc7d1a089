"""scikit-learn's toy sets, seeded and typed the way the lessons use them."""

from __future__ import annotations

import numpy as np
from sklearn import datasets


def moons(n: int = 500, noise: float = 0.2, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles.

    Returns:
        ``X`` of shape (n, 2), float64, and labels ``y`` of shape (n,), int64 in {0, 1}.
    """
    X, y = datasets.make_moons(n_samples=n, noise=noise, random_state=seed)
    return X.astype(np.float64), y.astype(np.int64)


def classification(
    n: int = 500,
    n_features: int = 2,
    n_classes: int = 2,
    class_sep: float = 2.0,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """scikit-learn's ``make_classification`` with every feature informative.

    Returns:
        ``X`` of shape (n, n_features), float64, and ``y`` of shape (n,), int64.
    """
    X, y = datasets.make_classification(
        n_samples=n,
        n_features=n_features,
        n_informative=n_features,
        n_redundant=0,
        n_repeated=0,
        n_classes=n_classes,
        n_clusters_per_class=1,
        class_sep=class_sep,
        random_state=seed,
    )
    return X.astype(np.float64), y.astype(np.int64)
