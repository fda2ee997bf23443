"""The learned fact ranker: which of a scenario's facts a question asks for, fitted on pairs, shipped in the artefact."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from coach.roleplay import answering, decider, fact_ranking
from coach.roleplay.decider_train import (
    Rows,
    author_of,
    fit,
    fit_ranker,
    kind_counts,
    probes_by_author,
    ranker_pairs,
    scenario_pairs,
    to_dict,
)
from coach.roleplay.matching import embeddings_available
from coach.roleplay.scenarios import load_scenarios

needs_embeddings = pytest.mark.skipif(
    not embeddings_available(), reason="the bundled e5 model is not loadable"
)


def _write(path: Path, author: str, ids: list[str]) -> Path:
    probes = [{"id": i, "scenario": "x", "question": "?", "expect": {"deflect": True}} for i in ids]
    path.write_text(json.dumps({"author": author, "probes": probes}), encoding="utf-8")
    return path


def test_probes_are_grouped_by_author_not_by_file(tmp_path: Path) -> None:
    files = [
        _write(tmp_path / "tune.yaml", "aa", ["a-1", "a-2"]),
        _write(tmp_path / "tune2.yaml", "bb", ["b-1"]),
        _write(tmp_path / "tune3.yaml", "aa", ["a-3"]),
    ]
    assert [author_of(f) for f in files] == ["aa", "bb", "aa"]
    grouped = probes_by_author(files)
    assert {a: [p["id"] for p in ps] for a, ps in grouped.items()} == {
        "aa": ["a-1", "a-2", "a-3"],
        "bb": ["b-1"],
    }


def test_kind_counts() -> None:
    probes = [{"expect": {"fact": "x"}}, {"expect": {"layer": 0}}, {"expect": {"fact": "y"}}, {}]
    assert kind_counts(probes) == {"probe": 4, "fact": 2, "layer": 1, "deflect": 1}


def test_a_ranker_learns_which_feature_tells_the_right_fact() -> None:
    rng = np.random.default_rng(0)
    # pairs right-minus-other: the first feature separates, the others are noise
    pairs = rng.normal(size=(300, len(fact_ranking.RANK_FEATURES)))
    pairs[:, 0] = np.abs(pairs[:, 0]) + 0.2
    ranker = fact_ranking.fit_ranker(pairs)
    assert ranker.weights[0] == max(ranker.weights)
    again = fact_ranking.fit_ranker(pairs)
    assert ranker.to_dict() == again.to_dict()
    restored = fact_ranking.ranker_from_dict(json.loads(json.dumps(ranker.to_dict())))
    width = len(fact_ranking.RANK_FEATURES)
    rows = fact_ranking.FactRows([7, 9], np.array([[0.0] * width, [1.0] + [0.0] * (width - 1)]))
    assert int(np.argmax(restored.scores(rows))) == 1


def test_the_decider_artefact_carries_the_ranker_and_a_model_without_one_still_loads(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    y = np.arange(60) % 3
    model = fit(Rows(rng.normal(size=(60, len(decider.FEATURES))) + y[:, None], y))
    ranker = fact_ranking.fit_ranker(np.abs(rng.normal(size=(40, len(fact_ranking.RANK_FEATURES)))))
    with_ranker = decider.model_from_dict(to_dict(replace(model, ranker=ranker)))
    assert with_ranker.ranker is not None
    assert np.allclose(with_ranker.ranker.weights, ranker.weights)
    assert decider.model_from_dict(to_dict(model)).ranker is None


@needs_embeddings
def test_the_shipped_ranker_gives_every_authored_question_its_own_fact() -> None:
    model = decider.load_model()
    assert model is not None and model.ranker is not None
    wrong = []
    total = 0
    for scenario in load_scenarios().scenarios.values():
        index = answering.scenario_index(scenario)
        for fact in scenario.facts:
            for question in (fact.ask, *fact.also):
                total += 1
                best = fact_ranking.rank(index, question, model.ranker).best
                if best is None or index.entries[best].fact != fact.id:
                    wrong.append((scenario.id, question))
    assert len(wrong) / total <= 0.02, wrong


@needs_embeddings
def test_a_question_hidden_from_its_fact_still_finds_it_mostly() -> None:
    # the scenario's own questions, each left out of its fact in turn: the pairs the ranker can learn from
    library = load_scenarios()
    pairs = scenario_pairs(library)
    assert pairs.shape[1] == len(fact_ranking.RANK_FEATURES) and len(pairs) > 500
    # a ranker fitted on them puts the right fact first for most held-out questions of one scenario
    ranker = fact_ranking.fit_ranker(pairs)
    scenario = library.get("de-price-energy")
    index = answering.scenario_index(scenario)
    hits = total = 0
    for n, entry in enumerate(index.entries):
        if entry.kind != "fact":
            continue
        for j in range(len(entry.queries)):
            rows = fact_ranking.fact_rows(index, entry.queries[j], left_out=(n, j))
            total += 1
            hits += rows.entries[int(np.argmax(ranker.scores(rows)))] == n
    assert hits / total >= 0.8


@needs_embeddings
def test_ranker_pairs_come_only_from_probes_that_expect_a_known_fact() -> None:
    library = load_scenarios()
    scenario = library.get("de-price-energy")
    probes = [
        {
            "scenario": scenario.id,
            "question": "Was zahlen Sie heute für Strom und Gas?",
            "expect": {"fact": "energy-cost"},
        },
        {"scenario": scenario.id, "question": "Was steckt dahinter?", "expect": {"layer": 0}},
        {"scenario": scenario.id, "question": "Wer ist Ihr Lieblingsspieler?", "expect": {"deflect": True}},
        {"scenario": scenario.id, "question": "Was kostet das?", "expect": {"fact": "no-such-fact"}},
    ]
    pairs = ranker_pairs(library, probes)
    assert pairs.shape == (len(scenario.facts) - 1, len(fact_ranking.RANK_FEATURES))
    ranker = fit_ranker(library, probes)
    index = answering.scenario_index(scenario)
    best = fact_ranking.rank(index, probes[0]["question"], ranker).best
    assert best is not None and index.entries[best].fact == "energy-cost"
