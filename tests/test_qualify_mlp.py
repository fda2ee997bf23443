"""The network sentence model: deterministic, learns combinations a linear model cannot, applies with numpy only."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from coach.qualify.learned import features, mlp
from coach.qualify.learned.model import DIMS, GRADES, LABELS, Model, fit_sentences, load, save
from coach.qualify.learned.train import Params, author_weights


@pytest.fixture(autouse=True)
def _private_train_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the trainer's disk cache (cache.py) inside the test's folder."""
    monkeypatch.setenv("COACH_TRAIN_CACHE", str(tmp_path / "train-cache"))


SMALL = mlp.MlpParams(hidden=16, epochs=60, patience=60, dropout=0.0, lr=1e-2, val_share=0.0)


def _xor_data(n: int = 400, seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, int]]]:
    """Return rows whose first dimension is the XOR of two features and whose grade follows the second one."""
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 2, n)
    b = rng.integers(0, 2, n)
    x = np.hstack([np.stack([a, b], axis=1), rng.normal(0, 0.1, (n, 6))]).astype(np.float32)
    y = np.zeros((n, 3))
    y[:, 0] = a ^ b
    grades = [(i, 0, int(b[i])) for i in range(n) if y[i, 0]]
    return x, y, grades


def test_the_network_learns_a_combination_no_linear_model_can() -> None:
    x, y, grades = _xor_data()
    arrays = mlp.fit_mlp(x, y, grades, np.zeros(len(x), dtype=int), None, SMALL)
    p = 1 / (1 + np.exp(-mlp.dim_logits(arrays, x)[:, 0]))
    assert ((p > 0.5) == (y[:, 0] > 0)).mean() > 0.95
    g = mlp.grade_logits(arrays, x)[:, 0, :].argmax(axis=1)
    graded = [i for i, _, _ in grades]
    assert (g[graded] == np.array([k for _, _, k in grades])).mean() > 0.95


def test_fitting_is_deterministic() -> None:
    x, y, grades = _xor_data(200)
    groups = np.arange(len(x)) % 5
    params = replace(SMALL, epochs=5, val_share=0.2, dropout=0.2)
    one = mlp.fit_mlp(x, y, grades, groups, None, params)
    two = mlp.fit_mlp(x, y, grades, groups, None, params)
    assert set(one) == set(two)
    for k in one:
        assert np.array_equal(one[k], two[k]), k


def test_an_ensemble_is_the_average_of_its_nets_logits() -> None:
    x, y, grades = _xor_data(200)
    groups = np.zeros(len(x), dtype=int)
    params = replace(SMALL, epochs=3)
    merged = mlp.fit_mlp(x, y, grades, groups, None, replace(params, ensemble=2))
    nets = [
        mlp.fit_mlp(x, y, grades, groups, None, replace(params, seed=params.seed + 101 * k)) for k in (0, 1)
    ]
    assert merged["mlp_w1"].shape[1] == 2 * params.hidden
    mean_dims = np.mean([mlp.dim_logits(n, x) for n in nets], axis=0)
    mean_grades = np.mean([mlp.grade_logits(n, x) for n in nets], axis=0)
    assert np.allclose(mlp.dim_logits(merged, x), mean_dims, atol=1e-2)
    assert np.allclose(mlp.grade_logits(merged, x), mean_grades, atol=1e-2)


def test_author_weights_give_every_author_the_same_total() -> None:
    groups = np.array(["a"] * 30 + ["b"] * 10)
    w = author_weights(groups, 1.0)
    assert w[groups == "a"].sum() == pytest.approx(w[groups == "b"].sum())
    assert w.mean() == pytest.approx(1.0)
    assert np.allclose(author_weights(groups, 0.0), 1.0)


def test_a_network_model_round_trips_through_the_npz_without_pickle(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    n = 120
    x = rng.normal(0, 1, (n, features.WIDTH)).astype(np.float32)
    y = (rng.random((n, len(DIMS))) < 0.2).astype(float)
    grades = [
        (i, j, int(rng.integers(0, len(GRADES)))) for i in range(n) for j in range(len(DIMS)) if y[i, j]
    ]
    texts = [f"Satz {i} mit Budget {i * 7} EUR" for i in range(n)]
    arrays = fit_sentences(
        x,
        y,
        grades,
        texts=texts,
        ngram_mix=0.3,
        grade_ngram_mix=0.5,
        network=replace(SMALL, epochs=3),
        groups=np.arange(n) % 4,
    )
    model = Model(arrays=arrays, header={"engine": "learned"})
    path = tmp_path / "m.npz"
    save(model, path)
    with np.load(path, allow_pickle=False) as data:
        assert "mlp_w1" in data.files and "dims_w" not in data.files
    again = load(path)
    probs = again.dim_probs(x[:5], texts[:5])
    assert probs.shape == (5, len(DIMS)) and np.allclose(probs, model.dim_probs(x[:5], texts[:5]))
    g = again.grade_probs(x[:5], texts[:5])
    assert g.shape == (5, len(DIMS), len(GRADES)) and np.allclose(g.sum(axis=2), 1.0)


def test_params_choose_the_sentence_model() -> None:
    assert Params().network() is None
    net = Params(mlp_hidden=64, mlp_ensemble=3).network()
    assert net is not None and net.hidden == 64 and net.ensemble == 3
    assert LABELS == ("covered", "partial", "missing")


def test_training_with_the_network_writes_a_model_that_applies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach.qualify.learned import train
    from coach.qualify.learned.apply import assess_learned
    from tests.test_qualify_learned_train import _tiny_corpus

    monkeypatch.setattr(train, "GRID", [Params(mlp_hidden=8, covered_min=0.5)])
    tune = _tiny_corpus(tmp_path / "tune")
    out1, out2 = tmp_path / "m1" / "model.npz", tmp_path / "m2" / "model.npz"
    args = ["--tune", str(tune), "--no-legacy", "--no-gate"]
    assert train.main([*args, "--out", str(out1)]) == 0
    assert train.main([*args, "--out", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    model = load(out1)
    assert model.arrays["mlp_w1"].shape == (features.WIDTH, 8)
    assert model.header["params"]["mlp_hidden"] == 8
    result = assess_learned(
        "- Budget: 80.000 EUR freigegeben\n- Ziel: Reklamationen halbieren\n", model=model
    )
    assert set(result.status.values()) <= set(LABELS)
