"""Round 15: the decision's structure read generally — negation scope in a resolution, a passive award, a yes in a
chat, conditions stated on the next line, and a decision heading followed by an unrelated 'no'."""

from __future__ import annotations

import pytest

from coach.minutes.decision import classify, find_decision
from coach.minutes.engine import draft_minutes
from coach.text.lines import segment


def _outcome(text: str) -> str:
    return find_decision(segment(text)).outcome


@pytest.mark.parametrize(
    "text",
    [
        "Der Ausschuss beschließt mehrheitlich, den Auftrag nicht an die Beispiel Software AG zu vergeben.",
        "Die Runde hat beschlossen, das Produkt nicht im kommenden Geschäftsjahr einzuführen.",
    ],
)
def test_resolution_negated_before_the_recipient_is_a_no(text: str) -> None:
    assert classify(text, labelled=True) == "negative"


def test_resolution_with_not_only_stays_a_yes() -> None:
    text = "Der Vorstand beschließt, nicht nur die Lizenzen, sondern auch den Support zu beschaffen."
    assert classify(text, labelled=True) != "negative"


def test_passive_award_granted_is_a_yes() -> None:
    assert classify("Der Zuschlag ist der Muster GmbH am Montag erteilt worden.") == "positive"
    assert classify("Der Zuschlag wurde über das Portal an die Muster GmbH erteilt.") == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Der Zuschlag wurde noch nicht erteilt.",
        "Der Zuschlag soll nach der Wartefrist erteilt werden.",
    ],
)
def test_award_not_yet_granted_is_no_yes(text: str) -> None:
    assert classify(text) != "positive"


def test_we_are_in_said_in_german_is_a_yes_and_not_a_progress_report() -> None:
    assert classify("Hallo zusammen, wir sind dabei!") == "positive"
    assert classify("Wir sind dabei, die Unterlagen zu prüfen.") is None


def test_go_with_conditions_in_a_chat_is_a_yes_but() -> None:
    assert classify("kurz gesagt: Go mit Bedingungen") == "positive_with_conditions"


def test_conditions_on_the_next_line_make_a_yes_but() -> None:
    text = (
        "DECISION\n"
        '- Head of Ops: "We\'re going with the new vendor."\n'
        "- Approval contingent on (a) a signed data processing annex and (b) a fixed price for training.\n"
    )
    decision = find_decision(segment(text))
    assert decision.outcome == "positive_with_conditions"
    assert decision.conditions


def test_a_decision_heading_followed_by_an_unrelated_no_is_not_a_no() -> None:
    text = (
        "## Decision\nNo questions on the pricing were raised.\nMara: We are going ahead with the rollout.\n"
    )
    assert _outcome(text) == "positive"
    assert _outcome("## Decision\nNo, we will not proceed with the rollout.\n") == "negative"


def _gate(text: str, gate_id: str) -> str:
    result = draft_minutes(text, lang="de")
    return next(g.status for g in result.gates if g.id == gate_id)


def test_award_letter_sent_is_the_decision_in_writing() -> None:
    text = (
        "Vermerk Abschlussgespräch, 03.03.2027\n"
        "Teilnehmer: Frau Eva Roth (Einkauf, Stadtwerke Beispielstadt), Herr Tom Weber (Vertrieb, Muster GmbH)\n"
        "Der Zuschlag wurde der Muster GmbH erteilt; das Zuschlagsschreiben wurde Herrn Weber übermittelt.\n"
    )
    assert _gate(text, "decision_in_writing") == "met"


def test_board_confirms_earlier_phases_reviewed() -> None:
    text = (
        "Protokoll Vorstandssitzung, 03.03.2027\n"
        "Anwesend: Frau Eva Roth (Vorstand, Stadtwerke Beispielstadt), Herr Tom Weber (Muster GmbH)\n"
        "Der Vorstand bestätigt, die Unterlagen der vorangegangenen Projektphasen erhalten und geprüft zu haben.\n"
        "Beschluss: Die Stadtwerke beschaffen die Software.\n"
    )
    assert _gate(text, "engagement_reviewed") == "met"


def test_earlier_phases_only_hoped_reviewed_is_not_proof() -> None:
    text = (
        "Protokoll Vorstandssitzung, 03.03.2027\n"
        "Anwesend: Frau Eva Roth (Vorstand, Stadtwerke Beispielstadt), Herr Tom Weber (Muster GmbH)\n"
        "Ob der Vorstand die Unterlagen der bisherigen Projektphasen gelesen hat, ist offen.\n"
        "Beschluss: Die Stadtwerke beschaffen die Software.\n"
    )
    assert _gate(text, "engagement_reviewed") != "met"


def test_results_only_taken_note_of_are_unclear() -> None:
    text = (
        "Protokoll Lenkungskreis, 03.03.2027\n"
        "Anwesend: Frau Eva Roth (Leitung, Stadtwerke Beispielstadt), Herr Tom Weber (Muster GmbH)\n"
        "Die Ergebnisse des Pilotbetriebs wurden zur Kenntnis genommen; eine Bewertung folgt.\n"
        "Eine Entscheidung wird heute nicht getroffen.\n"
    )
    assert _gate(text, "engagement_reviewed") == "unclear"


def test_results_taken_note_of_and_understood_stay_proof() -> None:
    text = (
        "Protokoll Vorstandssitzung, 03.03.2027\n"
        "Anwesend: Frau Eva Roth (Vorstand, Stadtwerke Beispielstadt), Herr Tom Weber (Muster GmbH)\n"
        "Der Vorstand bestätigt, die Berichte des Pilotbetriebs zur Kenntnis genommen und verstanden zu haben.\n"
        "Beschluss: Die Stadtwerke beschaffen die Software.\n"
    )
    assert _gate(text, "engagement_reviewed") == "met"
