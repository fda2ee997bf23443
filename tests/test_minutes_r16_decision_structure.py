"""Round 16: the decision from the structure of minutes (votes, procedure, passive awards and signatures, tables,
deferral to a body) and gates that are met only with a proof the settled sides do not contradict."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes
from coach.minutes.decision import classify, find_decision
from coach.minutes.engine import settled_gate
from coach.minutes.models import GateCheck, GateStatus
from coach.text.lines import segment


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Abstimmung: 2 Ja / 4 Nein / 0 Enthaltungen", "negative"),
        ("Ergebnis der Abstimmung im Gremium: 6 Ja, 1 Nein.", "positive"),
        ("Vote: yes: 7, no: 2.", "positive"),
        ("Der Personalrat verweigert seine Zustimmung zum neuen Schichtsystem.", "negative"),
        ("The council withheld its approval for the scheme.", "negative"),
        ("Der Auftrag für die Lagertechnik an die Beispiel AG wird erteilt.", "positive"),
        ("Zuschlag an Muster Logistik erteilt.", "positive"),
        (
            "Der Servicevertrag (Leistungsumfang, Preise, Termine) wurde heute von beiden Geschäftsführern "
            "unterzeichnet.",
            "positive",
        ),
        ("The framework agreement was signed by both managing directors this morning.", "positive"),
        ("No procurement decision was made today.", "pending"),
        ("Heute keine Investitionsentscheidung.", "pending"),
        ("Der Zuschlag für das Lager geht nicht an uns.", "negative"),
    ],
)
def test_structural_statements(text: str, outcome: str) -> None:
    assert classify(text) == outcome


@pytest.mark.parametrize(
    "text",
    [
        "Der Auftrag wird an den Mitbewerber erteilt.",
        "Der Vertrag wurde von uns unterschrieben, die Gegenzeichnung fehlt.",
        "Der Vertrag ist noch nicht unterschrieben.",
        "The agreement will be signed next week.",
    ],
)
def test_no_yes_from_a_signature_or_award_that_is_not_theirs(text: str) -> None:
    assert classify(text) not in ("positive", "positive_with_conditions")


def test_approved_minutes_of_the_last_meeting_are_procedure() -> None:
    lines = segment("TOP 1 – Protokoll\nDas Protokoll der letzten Sitzung wird ohne Einwände genehmigt.\n")
    assert find_decision(lines).outcome == "pending"


def test_a_decision_deferred_to_a_body_is_pending() -> None:
    text = "Decision: yes, we go ahead with the rollout.\nUpdate: the matter is deferred to the supervisory board.\n"
    assert find_decision(segment(text)).outcome == "pending"


def test_the_decision_column_of_a_table() -> None:
    text = (
        "Beschlüsse\n| Punkt | Beschluss |\n|---|---|\n"
        "| Wartung Halle 3 | Auftrag an die Muster GmbH vergeben |\n| Kantine | kein Thema heute |\n"
    )
    decision = find_decision(segment(text))
    assert decision.outcome == "positive"
    assert decision.evidence == ["Auftrag an die Muster GmbH vergeben"]


def test_a_vote_count_is_no_reason() -> None:
    text = "Beschluss: Der Betriebsrat verweigert die Zustimmung.\nAbstimmung: 1 Ja / 6 Nein\n"
    decision = find_decision(segment(text))
    assert decision.outcome == "negative"
    assert not any("Nein" in r for r in decision.reasons)


def _gate(status: GateStatus, evidence: list[str]) -> GateCheck:
    return GateCheck(id="engagement_reviewed", label="x", status=status, evidence=evidence)


def test_met_needs_a_proof_the_recheck_does_not_contradict() -> None:
    proof = _gate("met", ["The board confirmed the pilot results."])
    assert settled_gate(proof, _gate("unclear", ["They had mostly seen the results."])).status == "unclear"
    assert settled_gate(proof, _gate("not_met", ["The review was skipped."])).status == "not_met"
    assert settled_gate(proof, _gate("not_met", [])).status == "met"  # the re-check found nothing either way
    assert settled_gate(_gate("not_met", []), _gate("met", ["x"])).status == "met"


def test_a_negated_confirmation_is_no_proof_of_the_review() -> None:
    notes = (
        "Decision meeting, 3 March 2027\nAttendees: Dana Sedgewick (Acme Ltd), Sam Ulmendorf (our side)\n"
        "Dana liked the pilot dashboard, but nobody confirmed they had read the final assessment report.\n"
        "Decision: yes.\n"
    )
    gate = next(g for g in draft_minutes(notes).gates if g.id == "engagement_reviewed")
    assert gate.status != "met"


def test_a_budget_approved_by_email_is_not_the_decision_in_writing() -> None:
    notes = (
        "Steering meeting, 3 March 2027\nAttendees: Dana Sedgewick (Acme Ltd), Sam Ulmendorf (our side)\n"
        "The approval of the budget line was received by email last week.\n"
        "Decision: yes, Dana confirmed it verbally.\n"
    )
    gate = next(g for g in draft_minutes(notes).gates if g.id == "decision_in_writing")
    assert gate.status != "met"
