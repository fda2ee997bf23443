"""Outcome shapes that recur across writers: a signed MSA, 'in principle, yes', 'you have our yes', a yes still
awaited, keeping the current contract, a question about the decision, and 'we do not say yes to'."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes
from coach.minutes.decision import classify

HEAD = {
    "de": "Entscheidungstermin, 14.04.2027\nTeilnehmer: Vera Linde (COO, Kunde), Paul Esser (Vertrieb)\n\n",
    "en": "Decision meeting, 14 April 2027\nAttendees: Vera Linde (COO), Paul Esser (Account Executive)\n\n",
}


@pytest.mark.parametrize(
    ("lang", "body", "outcome"),
    [
        ("en", "Good news: the buyer signed the MSA in the meeting via DocuSign.\n", "positive"),
        ("de", "Vera hat heute den Rahmenvertrag unterzeichnet.\n", "positive"),
        (
            "de",
            "Vera: Prinzipiell ja, wir wollen das einführen. Aber zwei Punkte müssen vorher stehen.\n"
            "Erstens die Freigabe durch den Datenschutz, zweitens ein Testzugang.\n",
            "positive_with_conditions",
        ),
        ("en", 'Vera: "You have their yes, subject to a security review."\n', "positive_with_conditions"),
        (
            "en",
            "1. Motion to buy the new platform: not carried (2 for, 3 against).\n"
            "2. Motion to extend the current hosting contract by a year: carried 5-0.\n",
            "negative",
        ),
        ("en", "Vera: We do not say yes to this offer.\n", "negative"),
    ],
)
def test_the_outcome_in_general_wordings(lang: str, body: str, outcome: str) -> None:
    assert draft_minutes(HEAD[lang] + body).decision.outcome == outcome


@pytest.mark.parametrize(
    "sentence",
    [
        "Einkauf legt die Bestellung an, wartet auf grünes Licht",
        "Procurement drafts the PO and holds it until the go-ahead",
        "Wie sieht es denn mit der Entscheidung aus?",
        "Safety: the loading dock stays a no-go zone for the robots",
    ],
)
def test_no_decision_in_an_awaited_yes_a_question_or_a_no_go_zone(sentence: str) -> None:
    assert classify(sentence) is None


def test_a_question_that_puts_the_decision_off_still_counts() -> None:
    assert classify("Should the decision be postponed to May?") == "pending"


def test_conditional_access_is_no_condition_of_the_yes() -> None:
    body = (
        "Decision: yes, they go ahead with all sites.\n\n"
        "Their IT uses conditional access rules, we test SSO before go-live.\n"
    )
    assert draft_minutes(HEAD["en"] + body).decision.outcome == "positive"
