"""Grade nets beside the shared nets, and the fitted models' disk cache keyed by the examples' content."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from coach.qualify.learned import grade_nets, mlp
from coach.qualify.learned.corpus import Doc
from coach.qualify.learned.train import Example, Params, content_digest


@pytest.fixture(autouse=True)
def _private_train_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the trainer's disk cache (cache.py) inside the test's folder."""
    monkeypatch.setenv("COACH_TRAIN_CACHE", str(tmp_path / "train-cache"))


SMALL = mlp.MlpParams(hidden=16, epochs=40, patience=40, dropout=0.0, lr=1e-2, val_share=0.0)


def _data(n: int = 300, seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, int]]]:
    """Return rows whose first dimension follows feature 0 and whose grade follows feature 1."""
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 2, n)
    b = rng.integers(0, 2, n)
    x = np.hstack([np.stack([a, b], axis=1), rng.normal(0, 0.1, (n, 6))]).astype(np.float32)
    y = np.zeros((n, 3))
    y[:, 0] = a
    grades = [(i, 0, int(b[i])) for i in range(n) if a[i]]
    return x, y, grades


def _fitted(params: mlp.MlpParams = SMALL) -> tuple[np.ndarray, dict[str, np.ndarray], dict[str, np.ndarray]]:
    x, y, grades = _data()
    groups = np.zeros(len(x), dtype=int)
    shared = mlp.fit_mlp(x, y, grades, groups, None, replace(params, ensemble=2))
    nets = grade_nets.fit_grade_nets(x, grades, groups, shared["mlp_mu"], shared["mlp_sd"], params, 2, 3)
    return x, shared, nets


def test_grade_nets_learn_the_grade_of_the_graded_rows() -> None:
    x, shared, nets = _fitted()
    _, _, grades = _data()
    merged = grade_nets.merge(shared, nets, 2, 2)
    got = mlp.grade_logits(merged, x)[:, 0, :].argmax(axis=1)
    rows = [i for i, _, _ in grades]
    assert (got[rows] == np.array([g for _, _, g in grades])).mean() > 0.95


def test_merging_keeps_the_dimensions_and_averages_the_grade_heads() -> None:
    x, shared, nets = _fitted(replace(SMALL, epochs=3))
    merged = grade_nets.merge(shared, nets, 2, 2)
    assert merged["mlp_w1"].shape[1] == 4 * SMALL.hidden
    assert np.allclose(mlp.dim_logits(merged, x), mlp.dim_logits(shared, x), atol=1e-2)
    alone = {"mlp_mu": shared["mlp_mu"], "mlp_sd": shared["mlp_sd"]}
    alone |= {
        "mlp_w1": nets["gn_w1"],
        "mlp_b1": nets["gn_b1"],
        "mlp_w3": nets["gn_w3"],
        "mlp_b3": nets["gn_b3"],
    }
    # the grade nets' head is their sum over two nets; the merged head averages four nets
    expected = (2 * mlp.grade_logits(shared, x) + mlp.grade_logits(alone, x)) / 4
    assert np.allclose(mlp.grade_logits(merged, x), expected, atol=2e-2)


def test_grade_nets_are_deterministic() -> None:
    _, _, one = _fitted(replace(SMALL, epochs=3, dropout=0.2))
    _, _, two = _fitted(replace(SMALL, epochs=3, dropout=0.2))
    for k in one:
        assert np.array_equal(one[k], two[k]), k


def test_params_carry_the_number_of_grade_nets() -> None:
    assert Params().grade_nets == 0
    assert Params(grade_nets=3).grade_nets == 3


def _example(x: np.ndarray, rules: dict[str, str]) -> Example:
    doc = Doc(id="d1", group="ka", notes="", labels={}, evidence=[])
    return Example(doc=doc, prep=None, rules=rules, x=x, texts=["Budget is 50k."])  # type: ignore[arg-type]


def test_the_fit_cache_key_follows_what_the_model_reads_not_the_rules() -> None:
    x = np.ones((1, 4), np.float32)
    base = content_digest(_example(x, {"budget": "covered"}))
    assert content_digest(_example(x.copy(), {"budget": "missing"})) == base
    assert content_digest(_example(x * 2, {"budget": "covered"})) != base
