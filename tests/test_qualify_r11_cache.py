"""The trainer's disk cache: examples and fitted sentence models come back only for unchanged data and code."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from coach.qualify.learned import cache, train
from coach.qualify.learned.train import Params, load_examples
from tests.test_qualify_learned_train import _tiny_corpus


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "train-cache"
    monkeypatch.setenv("COACH_TRAIN_CACHE", str(folder))
    monkeypatch.setattr(train, "USE_CACHE", True)
    return folder


def test_examples_are_built_once_and_read_back(tmp_path: Path, _private_cache: Path) -> None:
    tune_dir = _tiny_corpus(tmp_path / "tune")
    first, _ = load_examples(tune_dir, legacy=False)
    assert len(list(_private_cache.glob("examples-*.pkl"))) == 1
    again, _ = load_examples(tune_dir, legacy=False)
    assert [e.doc.id for e in again] == [e.doc.id for e in first]
    assert all(np.array_equal(a.x, b.x) for a, b in zip(first, again, strict=True))
    assert again[0].source == first[0].source != ""


def test_changed_data_misses_the_cache(tmp_path: Path, _private_cache: Path) -> None:
    tune_dir = _tiny_corpus(tmp_path / "tune")
    first, _ = load_examples(tune_dir, legacy=False)
    (tune_dir / "author-b.yaml").write_text((tune_dir / "author-b.yaml").read_text() + "\n# edited\n")
    again, _ = load_examples(tune_dir, legacy=False)
    assert again[0].source != first[0].source
    assert len(list(_private_cache.glob("examples-*.pkl"))) == 2


def test_changed_code_misses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tune_dir = _tiny_corpus(tmp_path / "tune")
    first, _ = load_examples(tune_dir, legacy=False)
    recorded = cache.loaded_sources()
    assert "qualify/learned/features.py" in recorded and "qualify/learned/train.py" not in recorded
    # a source file that no longer hashes as recorded (as after an edit of the features) is a miss
    monkeypatch.setattr(cache, "_sha", lambda data: "edited")
    again, _ = load_examples(tune_dir, legacy=False)
    assert again[0].source != first[0].source


def test_a_cached_fit_gives_the_same_bytes_as_a_fresh_one(tmp_path: Path, _private_cache: Path) -> None:
    tune_dir = _tiny_corpus(tmp_path / "tune")
    params = Params(mlp_hidden=8, covered_min=0.5)
    args = ["--tune", str(tune_dir), "--no-legacy", "--no-gate", "--grid", "none"]
    outs = [tmp_path / f"m{i}" / "model.npz" for i in range(3)]
    train.GRID.insert(0, params)
    try:
        assert train.main([*args, "--out", str(outs[0])]) == 0  # fits and stores
        train._FITTED.clear()
        train._ROWS.clear()
        train._STACKS.clear()
        assert train.main([*args, "--out", str(outs[1])]) == 0  # reads the fits back
        assert train.main([*args, "--no-cache", "--out", str(outs[2])]) == 0  # fits afresh
    finally:
        train.GRID.remove(params)
    assert list(_private_cache.glob("fit-*.npz"))
    assert outs[0].read_bytes() == outs[1].read_bytes() == outs[2].read_bytes()
