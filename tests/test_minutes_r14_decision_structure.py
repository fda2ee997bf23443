"""The decision read from the structure of the minutes: a decision heading, a counted vote, an award, a deferral in
any verb form, a mark on a wiki page, a clause that ends in 'nicht', and numbers inside a clause."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes
from coach.minutes.decision import classify, find_decision
from coach.text.lines import segment

HEAD_DE = (
    "Protokoll Abschlussbesprechung, 3. März 2027\nTeilnehmer: Lea Brandt (Einkauf), Ole Fink (Vertrieb)\n\n"
)
HEAD_EN = "Board minutes, 3 March 2027\nPresent: Ruth Kemp (Chair), Ian Moss, Tariq Dean\n\n"


def outcome(text: str) -> str:
    """Return the rules' outcome of a text."""
    return find_decision(segment(text)).outcome


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("TOP 4 – Entscheidung\nDie Gemeinde vergibt den Rahmenauftrag an Fink Systeme.\n", "positive"),
        ("3. Beschluss\nDer Verband beauftragt Fink Systeme mit der Umsetzung ab Juni.\n", "positive"),
        ("## Decision\nThe trust awards the service contract to Fink Systems.\n", "positive"),
    ],
)
def test_the_line_under_a_decision_heading_states_it(body: str, expected: str) -> None:
    assert outcome(HEAD_DE + body) == expected


def test_a_counted_vote_decides_and_the_motion_gives_its_terms() -> None:
    text = HEAD_EN + (
        "5.2 RESOLVED that the offer be accepted, subject to a fixed price until March.\n"
        "Proposed R. Kemp, seconded I. Moss. Carried, 3 in favour, 1 against.\n"
    )
    decision = find_decision(segment(text))
    assert decision.outcome == "positive_with_conditions"
    assert any("fixed price" in c for c in decision.conditions)


def test_a_vote_lost_by_count_is_a_no() -> None:
    text = HEAD_EN + "Motion: that the trust signs the offer.\nVote: 1 for, 3 against. Motion lost.\n"
    assert outcome(text) == "negative"


@pytest.mark.parametrize(
    "body",
    [
        "Herr Fink: Wir vertagen das bis zur nächsten Sitzung.\n",
        "The chair said we postpone the decision to the next meeting.\n",
    ],
)
def test_a_deferral_in_any_verb_form_is_pending(body: str) -> None:
    assert outcome(HEAD_DE + body) == "pending"


def test_a_yes_only_expected_is_no_decision() -> None:
    body = "Wir hatten gehofft, dass wir heute den Auftrag bekommen. Die Entscheidung wird vertagt.\n"
    assert outcome(HEAD_DE + body) == "pending"


def test_a_red_cross_and_a_final_nicht_say_no() -> None:
    assert classify("❌ Wir machen das in diesem Jahr nicht.", labelled=True) == "negative"
    assert outcome(HEAD_DE + "Ergebnis:\nWir machen das Vorhaben mit Fink Systeme nicht.\n") == "negative"


def test_a_split_infinitive_no() -> None:
    assert outcome(HEAD_EN + "Decision: the board decided to not continue with the vendor.\n") == "negative"


def test_points_inside_numbers_do_not_end_the_clause() -> None:
    text = "Der Vorstand gibt den Auftrag (Volumen 120.500 EUR p.a.) frei, unter Vorbehalt der Prüfung.\n"
    assert outcome(HEAD_DE + text) == "positive_with_conditions"


def test_the_engine_reads_a_decision_heading() -> None:
    text = HEAD_DE + "TOP 2 – Beschluss\nDie Gemeinde vergibt den Rahmenauftrag an Fink Systeme.\n"
    assert draft_minutes(text).decision.outcome == "positive"
