"""Facts the buyer knows and the matcher: the buyer answers what the rep asks, opens layers in order, else deflects."""

from __future__ import annotations

import pytest

from coach.roleplay.answering import SEED_FILE, _key, _scenario_texts, match_question
from coach.roleplay.scenarios import load_scenarios
from coach.roleplay.session import RoleplaySession

LIBRARY = load_scenarios()
TOPICS = {"stakeholders", "current-solution", "competitors", "budget", "timeline", "success-criteria"}


def test_every_built_in_scenario_has_eight_facts_with_unique_stable_ids() -> None:
    for scenario in LIBRARY.scenarios.values():
        ids = [f.id for f in scenario.facts] + [la.id for o in scenario.objections for la in o.layers]
        assert len(scenario.facts) >= 8, scenario.id
        assert len(ids) == len(set(ids)) and all(ids), scenario.id
        # the facts cover the discovery topics a rep asks about (each scenario at least four of them)
        assert len(TOPICS & {f.id for f in scenario.facts}) >= 4, scenario.id


def test_facts_do_not_give_away_a_hidden_layer() -> None:
    for scenario in LIBRARY.scenarios.values():
        says = " ".join(f.say for f in scenario.facts)
        for obj in scenario.objections:
            for layer in obj.layers:
                assert layer.reveal not in says


def test_shipped_vectors_cover_every_built_in_text() -> None:
    import numpy as np

    with np.load(SEED_FILE) as data:
        keys = set(map(str, data["keys"]))
    missing = [
        (s.id, text)
        for s in LIBRARY.scenarios.values()
        for kind, text in _scenario_texts(s)
        if _key(kind, text) not in keys
    ]
    assert not missing, f"run coach.roleplay.answering.write_seed(): {missing[:3]}"


def _ask(scenario_id: str, question: str, objection: int = 0, revealed: int = 0):
    session = RoleplaySession.start(scenario_id)
    state = session.state.buyer
    for k in range(objection):
        state.objections[k].resolved = True
        state.objections[k].layers_revealed = len(session.scenario.objections[k].layers)
    state.current = objection
    state.objections[objection].raised = True
    state.objections[objection].layers_revealed = revealed
    return session, session.reply(question)


@pytest.mark.parametrize(
    ("scenario_id", "question", "fact"),
    [
        ("de-price-energy", "Mit welchen anderen Firmen haben Sie außer uns noch gesprochen?", "competitors"),
        ("de-timing-logistics", "Wie viele Lastwagen haben Sie eigentlich im Einsatz?", "fleet"),
        (
            "en-risk-pharma",
            "How are batch records handled at the moment – still on paper?",
            "current-solution",
        ),
        ("en-need-retail", "What money have you got earmarked for this next year?", "budget"),
    ],
)
def test_a_question_about_a_fact_gets_that_fact(scenario_id: str, question: str, fact: str) -> None:
    session, result = _ask(scenario_id, question)
    said = next(f.say for f in session.scenario.facts if f.id == fact)
    assert (result.buyer.move, result.buyer.fact) == ("answer", fact)
    assert result.buyer.text == said
    assert session.state.buyer.objections[0].layers_revealed == 0


def test_the_decision_question_is_not_answered_with_the_workload_story() -> None:
    # issue 15: "Who makes the final decision?" used to open the timing layer (seasonal workload)
    session, result = _ask(
        "de-timing-logistics", "Wer trifft bei Ihnen eigentlich die endgültige Entscheidung?"
    )
    assert result.buyer.move == "answer" and result.buyer.fact == "decision-maker"
    assert "Weihnachtsgeschäft" not in result.buyer.text


def test_a_question_about_the_next_layer_opens_it() -> None:
    session, result = _ask("de-price-energy", "Woran machen Sie fest, dass Ihnen das Angebot zu teuer ist?")
    assert (result.buyer.move, result.buyer.revealed_layer) == ("reveal", 0)


def test_a_question_about_a_later_layer_opens_nothing() -> None:
    # the CFO's approval rule is layer 2 of the price objection; layer 1 is still hidden
    session, result = _ask(
        "de-price-energy", "Welche Regel hat Ihr Finanzvorstand für Ausgaben im laufenden Jahr aufgestellt?"
    )
    assert result.buyer.move != "reveal"
    assert session.state.buyer.objections[0].layers_revealed == 0
    assert "Brandt" not in result.buyer.text and "Vorstand" not in result.buyer.text


@pytest.mark.parametrize(
    ("scenario_id", "question"),
    [
        ("de-price-energy", "Welche Fußballmannschaft unterstützt Ihr Werkleiter eigentlich?"),
        ("en-risk-pharma", "What's the exact model number of the servers in your data centre?"),
    ],
)
def test_a_question_the_buyer_cannot_answer_gets_an_in_character_deflection(
    scenario_id: str, question: str
) -> None:
    session, result = _ask(scenario_id, question)
    objection = session.scenario.objections[0]
    assert result.buyer.move == "unknown"
    # no non-sequitur: the deflection steers back to the buyer's own objection
    assert any(r in result.buyer.text for r in objection.restatements)
    assert session.state.buyer.objections[0].layers_revealed == 0


def test_matching_works_offline_without_embeddings() -> None:
    scenario = LIBRARY.scenarios["de-price-energy"]
    m = match_question(scenario, "Wie erfassen Sie Ihren Energieverbrauch heute?", 0, 0, use_embeddings=False)
    assert (m.target, m.fact) == ("fact", "current-solution")
    m = match_question(scenario, "Was genau steckt dahinter?", 0, 0, use_embeddings=False)
    assert (m.target, m.layer) == ("layer", 0)


def test_an_open_question_that_names_signing_but_asks_about_the_next_layer_opens_it() -> None:
    # "signed" makes the question read like a closing one; by its content it asks what went wrong before (layer 0)
    session, result = _ask(
        "en-contract-molding", "What went wrong with the last vendor you signed a contract with?"
    )
    assert (result.buyer.move, result.buyer.revealed_layer) == ("reveal", 0)
    # a real closing question still opens nothing while the root cause is hidden
    session, result = _ask("en-contract-molding", "Are you ready to sign today?")
    assert result.buyer.move != "reveal"
    assert session.state.buyer.objections[0].layers_revealed == 0
