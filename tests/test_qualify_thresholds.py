"""Per-dimension covered thresholds, author-grouped folds and the combiner's options of the learned qualification."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from coach.qualify.learned import features
from coach.qualify.learned.corpus import Doc
from coach.qualify.learned.model import DIMS, JUDGEMENT_DIMS, LABELS, Model, doc_rows, labels_from_probs, load
from coach.qualify.learned.train import (
    Example,
    Params,
    author_folds,
    choose_thresholds,
    nested_thresholds,
)
from coach.qualify.learned.train import main as train_main
from tests.test_qualify_learned_train import _tiny_corpus


@pytest.fixture(autouse=True)
def _private_train_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the trainer's disk cache (cache.py) inside the test's folder."""
    monkeypatch.setenv("COACH_TRAIN_CACHE", str(tmp_path / "train-cache"))


def _probs(covered: float, partial: float) -> np.ndarray:
    row = [covered, partial, 1.0 - covered - partial]
    return np.array([row] * len(DIMS))


def test_a_threshold_per_dimension_demotes_only_its_dimension() -> None:
    p = _probs(0.55, 0.3)
    taus = [0.5] * len(DIMS)
    taus[DIMS.index("offer_fit")] = 0.7
    got = labels_from_probs(p, taus)
    assert got[DIMS.index("offer_fit")] == "partial"  # 0.55 < 0.7, and partial is likelier than missing
    assert all(lab == "covered" for d, lab in zip(DIMS, got, strict=True) if d != "offer_fit")


def test_the_likeliest_label_wins_when_covered_is_not_in_question() -> None:
    assert set(labels_from_probs(_probs(0.1, 0.2), [0.9] * len(DIMS))) == {"missing"}
    assert set(labels_from_probs(_probs(0.2, 0.5), [0.34] * len(DIMS))) == {"partial"}


def test_the_model_reads_per_dimension_thresholds_from_its_header() -> None:
    w = np.zeros((3, 4), np.float32)
    model = Model(
        arrays={"stack_combined_w": w, "stack_combined_b": np.log(np.array([0.6, 0.3, 0.1], np.float32))},
        header={"covered_min": 0.5, "covered_min_dims": {"budget": 0.65}},
    )
    labels = model.doc_labels(np.zeros((len(DIMS), 4)))
    assert labels[DIMS.index("budget")] == "partial"
    assert labels[DIMS.index("goals")] == "covered"
    assert model.covered_thresholds()[DIMS.index("budget")] == 0.65


def test_authors_are_held_out_alone_or_dealt_into_groups() -> None:
    authors = ["qc", "qa", "qb", "qd", "qe"]
    assert author_folds(authors) == {a: a for a in authors}
    groups = author_folds(authors, 2)
    assert groups == author_folds(list(reversed(authors)), 2)  # the order given does not matter
    assert sorted(groups.values()) == ["fold0", "fold0", "fold0", "fold1", "fold1"]


def _items(n_per_author: int = 20) -> list[tuple[Example, np.ndarray]]:
    """Documents whose offer fit is covered only when P(covered) is high: a threshold of 0.7 is right for it."""
    rng = np.random.default_rng(0)
    items = []
    for a in ("x", "y", "z"):
        for i in range(n_per_author):
            pc = float(rng.uniform(0.5, 0.9))
            labels = {d: "covered" for d in DIMS}
            labels["offer_fit"] = "covered" if pc >= 0.7 else "partial"
            doc = Doc(id=f"{a}{i}", group=a, notes="", labels=labels)
            p = np.array([[pc, (1 - pc) * 0.7, (1 - pc) * 0.3]] * len(DIMS))
            items.append((Example(doc=doc, prep=None, rules={}), p))  # type: ignore[arg-type]
    return items


def test_thresholds_are_chosen_per_dimension_on_held_out_probabilities() -> None:
    items = _items()
    taus = choose_thresholds(items, 0.5)
    assert 0.65 <= taus[DIMS.index("offer_fit")] <= 0.75
    assert taus[DIMS.index("goals")] <= 0.5  # every goal is covered: no reason to demote any
    nested = nested_thresholds(items, 0.5)
    base = [
        (ex.doc.labels[d], lab)
        for ex, p in items
        for d, lab in zip(DIMS, labels_from_probs(p, [0.5] * len(DIMS)), strict=True)
    ]
    assert nested["label_accuracy"] > sum(g == p for g, p in base) / len(base)


def test_cross_dimension_rows_are_wider_and_keep_the_old_columns() -> None:
    n = 3
    probs = np.full((n, len(DIMS)), 0.2)
    probs[0, DIMS.index("authority")] = 0.9
    grades = np.full((n, len(DIMS), 4), 0.25)
    eligible = np.ones(n, dtype=bool)
    plain = doc_rows(probs, grades, eligible, None)
    cross = doc_rows(probs, grades, eligible, None, cross=True)
    assert cross.shape == (len(DIMS), plain.shape[1] + len(DIMS) * 2 * len(DIMS))
    assert np.array_equal(cross[:, : plain.shape[1]], plain)
    # the will-to-change row sees how strongly the document speaks to authority
    j = DIMS.index("will_to_change")
    assert 0.9 in cross[j, plain.shape[1] :]


def test_length_rows_are_wider_keep_the_old_columns_and_grow_with_the_document() -> None:
    def rows(n: int, length: bool) -> np.ndarray:
        probs = np.full((n, len(DIMS)), 0.2)
        grades = np.full((n, len(DIMS), 4), 0.25)
        return doc_rows(probs, grades, np.ones(n, dtype=bool), None, length=length)

    plain, short, long = rows(3, False), rows(3, True), rows(60, True)
    assert short.shape == (len(DIMS), plain.shape[1] + 4)
    assert np.array_equal(short[:, : plain.shape[1]], plain)
    # the same evidence in a longer document: the size column and its products with the evidence are larger
    assert (long[:, plain.shape[1] :] > short[:, plain.shape[1] :]).all()


@pytest.mark.parametrize("split,cross,length", [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)])
def test_training_with_the_options_writes_a_model_that_applies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split: float, cross: float, length: float
) -> None:
    from coach.qualify.learned import train
    from coach.qualify.learned.apply import assess_learned

    grid = [Params(grade_split=split, doc_cross=cross, doc_length=length, covered_min=0.5)]
    monkeypatch.setattr(train, "GRID", grid)
    monkeypatch.setattr(train, "PER_DIM_THRESHOLDS", True)
    tune = _tiny_corpus(tmp_path / "tune")
    out = tmp_path / "m" / "model.npz"
    assert train_main(["--tune", str(tune), "--out", str(out), "--no-legacy", "--no-gate"]) == 0
    model = load(out)
    assert model.header["doc_cross"] is bool(cross)
    assert model.header["doc_length"] is bool(length)
    width = features.E5_DIM + len(features.CUE_NAMES)
    extra = width if split else 0
    assert model.arrays["grade_w"].shape[1] == width + len(DIMS) * (1 + len(features.CUE_NAMES)) + extra
    assert set(model.header["covered_min_dims"]) == set(DIMS)
    result = assess_learned("- Ziel: Reklamationen bis Q4 2027 um 30 % senken\n", model=model)
    assert set(result.status.values()) <= set(LABELS)
    grades = model.grade_probs(np.zeros((1, features.WIDTH), np.float32))
    assert np.allclose(grades.sum(axis=2), 1.0)
    assert JUDGEMENT_DIMS and set(JUDGEMENT_DIMS) <= set(DIMS)


def test_cross_validation_holds_out_a_fold_of_authors_and_collects_its_probabilities(tmp_path: Path) -> None:
    from coach.qualify.learned.train import load_examples, loao

    tune, _ = load_examples(_tiny_corpus(tmp_path / "tune"), legacy=False)
    oof: dict[str, list[tuple[Example, np.ndarray]]] = {}
    figures = loao(tune, [], Params(), folds={"author-a": "f0", "author-b": "f1"}, oof_probs=oof)
    assert figures["folds"] == 2 and set(figures["per_author"]) == {"author-a", "author-b"}  # type: ignore[arg-type]
    # every held-out document has its combiner probabilities, one row of three per dimension, summing to one
    assert sorted(ex.doc.id for ex, _ in oof["combined"]) == sorted(e.doc.id for e in tune)
    assert all(p.shape == (len(DIMS), 3) and np.allclose(p.sum(axis=1), 1.0) for _, p in oof["combined"])
