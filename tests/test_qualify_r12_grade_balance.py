"""The network's grade loss balanced per dimension: rare grades of a dimension weigh more, the mean stays 1."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from coach.qualify.learned import mlp
from coach.qualify.learned.train import Params


def _cells() -> tuple[np.ndarray, np.ndarray]:
    """Return a grade mask and grades: dimension 0 has 30 specific and 10 vague rows, dimension 1 none."""
    gmask = np.zeros((50, 2), np.float32)
    gy = np.zeros((50, 2), np.int64)
    gmask[:40, 0] = 1.0
    gy[30:40, 0] = 1
    return gmask, gy


def test_a_rare_grade_weighs_more_and_the_mean_weight_is_one() -> None:
    gmask, gy = _cells()
    w = mlp.grade_balance_weights(gmask, gy, 0.5)
    specific, vague = w[0, 0], w[35, 0]
    assert vague > specific
    assert np.isclose(vague / specific, np.sqrt(3.0), rtol=1e-4)
    assert np.isclose(w[:40, 0].mean(), 1.0, rtol=1e-4)
    assert np.all(w[:, 1] == 1.0)  # a dimension without graded rows is left alone


def test_power_zero_leaves_every_weight_at_one() -> None:
    gmask, gy = _cells()
    assert np.all(mlp.grade_balance_weights(gmask, gy, 0.0)[:40, 0] == 1.0)


def test_the_trainer_passes_the_balance_to_the_network() -> None:
    params = replace(Params(mlp_hidden=8), grade_balance=0.5)
    network = params.network()
    assert network is not None and network.grade_balance == 0.5


def test_a_balanced_fit_is_deterministic() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(0, 1, (120, 6)).astype(np.float32)
    y = np.zeros((120, 2))
    y[:60, 0] = 1
    grades = [(i, 0, int(i % 4 == 0)) for i in range(60)]
    params = mlp.MlpParams(hidden=8, epochs=3, val_share=0.0, grade_balance=0.5)
    one = mlp.fit_mlp(x, y, grades, np.zeros(120, dtype=int), None, params)
    two = mlp.fit_mlp(x, y, grades, np.zeros(120, dtype=int), None, params)
    assert all(np.array_equal(one[k], two[k]) for k in one)
