"""The topic model behind the fact ranker: which common kind of fact a question is about, learned across scenarios."""

from __future__ import annotations

import json

import numpy as np
import pytest

from coach.roleplay import answering, decider, fact_ranking, topics
from coach.roleplay.decider_train import fit_topic_model, held_out_topic_probs
from coach.roleplay.matching import embeddings_available
from coach.roleplay.scenarios import load_scenarios

needs_embeddings = pytest.mark.skipif(
    not embeddings_available(), reason="the bundled e5 model is not loadable"
)


def test_common_topics_are_fact_ids_shared_by_scenarios() -> None:
    ids = [["budget", "fleet", "timeline"], ["budget", "timeline", "overtime"], ["budget", "sites"]]
    assert topics.common_topics(ids) == ["budget", "timeline", "other"]
    # a fact id listed twice in one scenario is still one scenario
    assert topics.common_topics([["budget", "budget"], ["sites"]]) == ["other"]


def test_a_topic_model_learns_separable_topics_and_round_trips() -> None:
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 16))
    labels = ["budget", "timeline", "fleet"] * 30
    vectors = np.array([centres[k % 3] + 0.2 * rng.normal(size=16) for k in range(90)])
    model = topics.fit_topics(vectors, labels, ["budget", "timeline", "other"])
    assert model.topic_of("fleet") == "other" and model.topic_of("budget") == "budget"
    restored = topics.topics_from_dict(json.loads(json.dumps(model.to_dict())))
    for k, want in enumerate(["budget", "timeline", "other"]):
        p = restored.probabilities(centres[k])
        assert restored.classes[int(np.argmax(p))] == want
        assert p.sum() == pytest.approx(1.0)


def test_a_class_without_examples_never_wins() -> None:
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(40, 8))
    model = topics.fit_topics(vectors, ["budget", "other"] * 20, ["budget", "timeline", "other"])
    assert all(model.probabilities(v)[1] < 1e-6 for v in vectors)


def test_without_a_topic_model_the_topic_feature_tells_no_fact_apart() -> None:
    rng = np.random.default_rng(2)
    ranker = fact_ranking.fit_ranker(np.abs(rng.normal(size=(40, len(fact_ranking.RANK_FEATURES)))))
    assert ranker.topics is None
    assert "topics" not in ranker.to_dict()


@needs_embeddings
def test_the_topic_model_recognises_a_common_topic_in_another_wording() -> None:
    library = load_scenarios()
    model = fit_topic_model(library, [])
    assert "decision-maker" in model.classes and "budget" in model.classes
    for question, topic in [
        ("Wer setzt am Ende seine Unterschrift unter so einen Vertrag?", "decision-maker"),
        ("Who has the final say on a purchase like this?", "decision-maker"),
        ("Wie viel Geld haben Sie für so ein Vorhaben eingeplant?", "budget"),
        ("What money has been set aside for this?", "budget"),
    ]:
        p = model.probabilities(answering._embed([question], "query")[0])
        # the most likely common topic ('other' aside: most scenario facts are one scenario's own)
        assert model.classes[int(np.argmax(p[:-1]))] == topic, question


@needs_embeddings
def test_held_out_topic_probabilities_never_come_from_the_probes_own_author() -> None:
    library = load_scenarios()
    probes = [
        {
            "scenario": "de-price-energy",
            "question": "Wer gibt das am Ende frei?",
            "expect": {"fact": "stakeholders"},
            "author": "aa",
        },
        {
            "scenario": "de-price-energy",
            "question": "Was steckt dahinter?",
            "expect": {"layer": 0},
            "author": "aa",
        },
        {
            "scenario": "en-risk-pharma",
            "question": "Who signs this off?",
            "expect": {"fact": "decision-maker"},
            "author": "bb",
        },
    ]
    held = held_out_topic_probs(library, probes)
    assert sorted(held) == [0, 2]  # only probes that expect a fact
    alone = fit_topic_model(library, [probes[2]])  # what author aa's probe sees: a model without aa
    vec = answering._embed(["Wer gibt das am Ende frei?"], "query")[0]
    assert np.allclose(held[0], alone.probabilities(vec))
    assert held_out_topic_probs(library, probes[:2]) == {}  # one author: nothing to hold out


@needs_embeddings
def test_the_shipped_ranker_carries_its_topic_model() -> None:
    model = decider.load_model()
    assert model is not None and model.ranker is not None and model.ranker.topics is not None
    assert model.ranker.topics.classes[-1] == topics.OTHER
