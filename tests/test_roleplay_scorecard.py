"""The scorecard: six fixed criteria grounded in the classified turns, with evidence, tips and sources."""

from __future__ import annotations

from coach.knowledge import knowledge_chunks
from coach.roleplay.scenarios import get_scenario
from coach.roleplay.scorecard import CRITERIA
from coach.roleplay.session import RoleplaySession, play_script

IDS = [
    "explored_root_cause",
    "no_premature_concession",
    "acknowledged_concern",
    "linked_to_value",
    "asked_for_decision",
    "agreed_next_steps",
]


def _card(scenario_id: str, kind: str):
    scenario = get_scenario(scenario_id)
    session = RoleplaySession.start(scenario_id)
    play_script(session, list(getattr(scenario, f"{kind}_rep_script")))
    return session, session.end()


def test_criteria_ids_are_fixed_and_in_order() -> None:
    assert list(CRITERIA) == IDS
    _, card = _card("de-price-energy", "good")
    assert [c.id for c in card.criteria] == IDS


def test_good_script_passes_everything_with_evidence_from_its_own_turns() -> None:
    session, card = _card("de-price-energy", "good")
    assert card.outcome == "yes" and card.total >= 90
    assert all(c.passed for c in card.criteria)
    for c in card.criteria:
        for e in c.evidence:
            turn = session.turns[e.turn - 1]
            assert turn.speaker == "rep" and e.quote in turn.text
    explored = card.criterion("explored_root_cause")
    assert explored.score == 1.0 and len(explored.evidence) == 4


def test_bad_script_fails_with_the_concession_quoted() -> None:
    session, card = _card("de-price-energy", "bad")
    assert card.outcome == "no" and card.total < 40
    concession = card.criterion("no_premature_concession")
    assert not concession.passed and concession.score < 1
    assert (
        concession.evidence[0].quote == "Ich kann Ihnen 15 % Rabatt anbieten, wenn Sie heute unterschreiben."
    )
    assert not card.criterion("explored_root_cause").passed
    assert "offen" in card.criterion("explored_root_cause").tip  # tip in the scenario's language


def test_sources_cite_existing_knowledge_chunks() -> None:
    ids = {c.chunk_id for c in knowledge_chunks()}
    _, card = _card("en-risk-pharma", "bad")
    for c in card.criteria:
        assert c.sources, c.id
        assert {s.chunk_id for s in c.sources} <= ids
    explored = card.criterion("explored_root_cause")
    assert any(s.chunk_id.startswith("decision-agreement-en#objection-handling") for s in explored.sources)
    assert any(s.chunk_id.startswith("objection-library-en#risk") for s in explored.sources)


def test_yes_but_outcome_when_closing_before_the_last_cause_is_resolved() -> None:
    session = RoleplaySession.start("en-timing-credit-union")
    script = get_scenario("en-timing-credit-union").good_rep_script
    play_script(session, list(script[:4]))
    session.reply("So, on that basis, are you ready to go ahead?")
    card = session.end()
    assert card.outcome == "yes_but"
    assert card.criterion("asked_for_decision").score >= 0.7


def test_evidence_is_numbered_by_the_reps_replies_and_thresholds_are_explicit() -> None:
    scenario = get_scenario("de-price-energy")
    session = RoleplaySession.start(scenario.id)
    play_script(session, scenario.good_rep_script)
    card = session.end()
    replies = [t for t in session.turns if t.speaker == "rep"]
    for c in card.criteria:
        assert c.passed == (c.score >= c.threshold)
        for e in c.evidence:
            assert 1 <= e.reply <= len(replies)
            assert replies[e.reply - 1].text == session.turns[e.turn - 1].text


def test_a_discount_before_the_cause_caps_root_cause_exploration() -> None:
    scenario = get_scenario("en-contract-molding")
    session = RoleplaySession.start(scenario.id)
    play_script(session, ["Sign today and I will take 15% off.", *scenario.good_rep_script])
    card = session.end()
    assert card.criterion("explored_root_cause").score <= 0.5
    assert not card.criterion("no_premature_concession").passed
