"""The `probes` suite scores the tune file by default; a held-back file only when named, blind, and logged."""

from __future__ import annotations

from pathlib import Path

import yaml

from coach.evals.base import EvalContext
from coach.evals.suites import probes
from coach.llm.brain import offline_brain
from coach.settings import load_settings

# Written here for the test (not taken from a probe file): a fact question, a layer question, an off-topic one,
# and one that cannot be answered as labelled (a fact id the scenario does not have).
OWN_PROBES = [
    {
        "id": "t-1",
        "scenario": "de-price-energy",
        "objection": 0,
        "revealed": 0,
        "question": "Wie hoch sind Ihre Energiekosten im Jahr ungefähr?",
        "expect": {"fact": "energy-cost"},
    },
    {
        "id": "t-2",
        "scenario": "de-price-energy",
        "objection": 0,
        "revealed": 0,
        "question": "Was genau steckt hinter dieser Sorge?",
        "expect": {"layer": 0},
    },
    {
        "id": "t-3",
        "scenario": "de-price-energy",
        "objection": 0,
        "revealed": 0,
        "question": "Wo verbringen Sie eigentlich Ihren nächsten Urlaub?",
        "expect": {"deflect": True},
    },
    {
        "id": "t-4",
        "scenario": "de-price-energy",
        "objection": 0,
        "revealed": 0,
        "question": "Was genau steckt hinter dieser Sorge?",
        "expect": {"fact": "no-such-fact"},
    },
]


def _write(path: Path, items: list[dict]) -> Path:
    path.write_text(yaml.safe_dump({"version": 1, "author": "test", "probes": items}), encoding="utf-8")
    return path


def _ctx(dataset: Path) -> EvalContext:
    return EvalContext(settings=load_settings(), brain=offline_brain(), dataset=dataset)


def test_the_folder_scores_only_its_tune_file_and_itemises_failures(tmp_path: Path) -> None:
    _write(tmp_path / "tune.yaml", OWN_PROBES)
    _write(tmp_path / "heldback.yaml", OWN_PROBES[:1] * 5)
    outcome = probes.evaluate(_ctx(tmp_path))
    m = outcome.metrics
    assert outcome.cases == 4
    assert m["probe_accuracy"] == m["probe_accuracy_tune"] == 0.75
    assert "probe_accuracy_heldback" not in m
    assert m["fact_accuracy"] == 0.5 and m["layer_accuracy"] == 1.0 and m["deflect_accuracy"] == 1.0
    assert m["out_of_order"] == 0
    assert [f.case for f in outcome.failures] == ["tune:t-4"]
    assert not (tmp_path / "BLIND_LOG.md").exists()


def test_a_held_back_file_is_scored_blind_and_logged(tmp_path: Path) -> None:
    path = _write(tmp_path / "heldback2.yaml", OWN_PROBES)
    first = probes.evaluate(_ctx(path))
    assert first.cases == 4 and first.metrics["probe_accuracy"] == 0.75
    assert [(f.case, f.got) for f in first.failures] == [("heldback", "1 failures")]
    assert "t-4" not in str([f.model_dump() for f in first.failures])
    probes.evaluate(_ctx(path))
    log = (tmp_path / "BLIND_LOG.md").read_text(encoding="utf-8").splitlines()
    rows = [line for line in log if line.startswith("| 20")]
    assert log[0].startswith("# ") and len(rows) == 2
    cells = [c.strip() for c in rows[0].strip("|").split("|")]
    assert cells[3:] == ["heldback2.yaml", "4", "0.7500", "0.5000", "1.0000", "1.0000", "0"]


def test_another_named_file_is_itemised_and_not_logged(tmp_path: Path) -> None:
    path = _write(tmp_path / "mine.yaml", OWN_PROBES[3:])
    outcome = probes.evaluate(_ctx(path))
    assert outcome.metrics["probe_accuracy_mine"] == 0.0
    assert [f.case for f in outcome.failures] == ["mine:t-4"]
    assert not (tmp_path / "BLIND_LOG.md").exists()


def test_only_heldback_files_count_as_held_back(tmp_path: Path) -> None:
    assert probes.is_held_back(_write(tmp_path / "heldback.yaml", []))
    assert not probes.is_held_back(_write(tmp_path / "tune.yaml", []))
    assert not probes.is_held_back(tmp_path)
    assert probes.probe_file(tmp_path) == tmp_path / "tune.yaml"
