"""Whether a fact's answer holds the detail a question pins down (a time, a part of a whole), short forms spelled
out, and the question-kind model the buyer's decision reads."""

from __future__ import annotations

import json

import numpy as np
import pytest

from coach.roleplay import answering, decider
from coach.roleplay.answer_kinds import cannot_answer, detail_missing, part_missing, time_missing, times_asked
from coach.roleplay.decider_train import Rows, fit, to_dict
from coach.roleplay.matching import embeddings_available
from coach.roleplay.scenarios import load_scenarios
from coach.roleplay.topics import fit_topics

needs_embeddings = pytest.mark.skipif(
    not embeddings_available(), reason="the bundled e5 model is not loadable"
)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Wie viele Aufträge hatten Sie im letzten Jahr?", {"past"}),
        ("What did you spend three years ago?", {"past"}),
        ("Was ist für nächstes Jahr geplant?", {"next"}),
        ("How much of this year's money is left?", {"this"}),
        ("Seit 2019 nutzen wir das System.", {"2019"}),
        ("Wie läuft das heute bei Ihnen?", set()),
    ],
)
def test_times_asked(text: str, times: set[str]) -> None:
    assert times_asked(text) == times


@pytest.mark.parametrize(
    ("question", "say", "missing"),
    [
        # asked about another year than the answer speaks of, or about a year the answer does not name
        ("How many orders did you ship last year?", "We ship about 4,000 orders a month.", True),
        ("Wie viel war im Vorjahr eingeplant?", "Für nächstes Jahr sind 80.000 Euro eingeplant.", True),
        ("How much of this year's budget is left?", "Next year we have $200k for it.", True),
        ("Welche Version hatten Sie 2021 im Einsatz?", "Wir arbeiten mit Tabellen.", True),
        # the answer speaks of that time, or 'this year' and the answer names no other
        ("What was the budget last year?", "Last year it was $150k, the same as now.", False),
        ("Wie viel ist dieses Jahr eingeplant?", "Rund 80.000 Euro sind eingeplant.", False),
        ("Wer entscheidet bei Ihnen?", "Der Vorstand.", False),
    ],
)
def test_a_time_the_answer_does_not_speak_of_is_missing(question: str, say: str, missing: bool) -> None:
    assert time_missing(question, say) is missing


@pytest.mark.parametrize(
    ("question", "say", "missing"),
    [
        # a part of a whole asked for, the answer holds one total
        (
            "Wie viel davon entfällt auf die Wartung?",
            "Insgesamt 300.000 Euro im Jahr für Betrieb und Wartung.",
            True,
        ),
        ("How much of that goes to licences?", "We spend $90k a year on the whole setup.", True),
        ("Of that support budget, what share is for training?", "The support budget is $40k.", True),
        # two figures or a share answer it; no part asked
        (
            "Wie viel davon entfällt auf die Wartung?",
            "300.000 Euro im Jahr, davon 120.000 für Wartung.",
            False,
        ),
        ("How much of that goes to licences?", "About 60 % of the $90k are licences.", False),
        (
            "Which sites would this cover, and what does each of them do?",
            "Two sites: one in the north.",
            False,
        ),
        ("When are you free of it?", "The contract ends in April.", False),
    ],
)
def test_a_part_of_a_whole_the_answer_cannot_give_is_missing(question: str, say: str, missing: bool) -> None:
    assert part_missing(question, say) is missing
    assert detail_missing(question, say) == int(missing)


@pytest.mark.parametrize(
    ("question", "vocabulary", "expected"),
    [
        ("Ist der BR schon eingebunden?", {"betriebsrat"}, "Ist der BR (Betriebsrat) schon eingebunden?"),
        # the scenario never speaks of it, or uses the short form itself: left as written
        ("Ist der BR schon eingebunden?", {"vorstand"}, "Ist der BR schon eingebunden?"),
        ("Has the CFO seen it?", {"cfo", "finance"}, "Has the CFO seen it?"),
        (
            "Hat die GF schon zugestimmt?",
            {"geschäftsführung"},
            "Hat die GF (Geschäftsführer) schon zugestimmt?",
        ),
        ("Is it OK for IT?", {"it"}, "Is it OK for IT?"),
    ],
)
def test_short_forms_are_spelled_out_when_the_scenario_speaks_of_them(
    question: str, vocabulary: set[str], expected: str
) -> None:
    assert answering.expand_abbreviations(question, vocabulary) == expected


@pytest.mark.parametrize(
    ("question", "say", "cannot"),
    [
        # a rate, a part of the total, a figure for another year: the answer lies next to what is asked
        ("What do you pay per licence?", "We pay $40,000 a year for all licences.", True),
        ("Wie viel davon geht an den Dienstleister?", "Rund 300.000 Euro im Jahr insgesamt.", True),
        ("How many tickets did you get two years ago?", "About 900 tickets a month reach us.", True),
        # the answer gives it, 'per' is the German 'by', or the time is asked for no figure
        ("What do you pay per licence?", "Each licence costs us $40 a month.", False),
        ("Kommen die Anfragen per Telefon oder per Mail?", "Meist per Telefon, etwa 200 am Tag.", False),
        ("Can we start next month?", "The contract ends in April.", False),
        ("How much do you spend on it?", "We pay $40,000 a year for all licences.", False),
    ],
)
def test_a_fact_cannot_answer_a_figure_it_does_not_hold(question: str, say: str, cannot: bool) -> None:
    assert cannot_answer(question, say) is cannot


def _model_with_asks(seed: int) -> decider.Model:
    rng = np.random.default_rng(seed)
    y = np.arange(60) % 3
    model = fit(Rows(rng.normal(size=(60, len(decider.FEATURES))) + y[:, None], y))
    vectors = rng.normal(size=(60, 8)) + y[:, None]
    asks = fit_topics(vectors, [decider.CLASSES[k] for k in y], list(decider.CLASSES), 10.0)
    return decider.Model(model.mean, model.scale, model.coef, model.intercept, {}, None, asks)


def test_the_question_kind_model_round_trips_in_the_artefact() -> None:
    model = _model_with_asks(5)
    restored = decider.model_from_dict(json.loads(json.dumps(to_dict(model))))
    assert restored.asks is not None
    assert restored.asks.classes == decider.CLASSES
    v = np.ones(8)
    assert np.allclose(restored.asks.probabilities(v), model.asks.probabilities(v), atol=1e-4)
    # a vector far along the 'deflect' direction is read as one nobody can answer
    assert int(np.argmax(restored.asks.probabilities(np.full(8, 5.0)))) == decider.CLASSES.index("deflect")
    without = decider.Model(model.mean, model.scale, model.coef, model.intercept, {})
    assert decider.model_from_dict(to_dict(without)).asks is None


def test_the_shipped_artefact_carries_the_question_kind_model() -> None:
    data = json.loads(decider.ARTEFACT.read_text(encoding="utf-8"))
    assert data["asks"]["classes"] == list(decider.CLASSES)
    model = decider.load_model()
    assert model is not None and model.asks is not None and model.ranker is not None


def test_held_out_probabilities_are_read_as_given() -> None:
    scenario = load_scenarios().get("de-competitor-machinery")
    index = answering.scenario_index(scenario, use_embeddings=False)
    question = "Wie viel Geld ist für das Projekt eingeplant?"
    scores = answering._scores_in_state(index, question, 0, 0, answering.PARAMS)
    known = decider.Known(asks_probs=np.array([0.7, 0.2, 0.1]))
    x, _ = decider.features(index, question, scores, 0, 0, None, known)
    row = dict(zip(decider.FEATURES, x, strict=True))
    assert (row["asks_fact"], row["asks_deflect"]) == pytest.approx((0.7, 0.1))
    x, _ = decider.features(index, question, scores, 0, 0)
    row = dict(zip(decider.FEATURES, x, strict=True))
    assert row["asks_fact"] == pytest.approx(1 / 3)


@needs_embeddings
def test_a_figure_next_to_a_fact_is_not_answered_with_the_fact() -> None:
    scenario = load_scenarios().get("de-competitor-machinery")
    budget = next(f for f in scenario.facts if f.id == "budget")
    asked = answering.match_question(scenario, "Wie viel Geld ist für Vertriebssoftware eingeplant?", 0, 0)
    assert (asked.target, asked.fact) == ("fact", budget.id)
    earlier = answering.match_question(
        scenario, "Wie viel Geld war vor drei Jahren für Vertriebssoftware eingeplant?", 0, 0
    )
    assert earlier.fact != budget.id
    part = answering.match_question(
        scenario, "Wie viel davon ist für die Schulungen der Vertriebler eingeplant?", 0, 0
    )
    assert part.fact != budget.id
