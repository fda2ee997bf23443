"""A meeting's procedure is no written decision: 'call to order', 'in order to', 'point of order' carry the word
'order' but no purchase order, whatever 'confirmed' stands beside them."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

HEAD = {
    "de": "Vorstandssitzung – 03.03.2027\n"
    "Anwesend: Anna Roth (Vorsitz, Nordwerk eG), Ben Sauer (Vertrieb, Lumen Soft GmbH)\n\n",
    "en": "Board meeting – 3 March 2027\n"
    "Present: Anna Roth (Chair, Northwork Co-operative), Ben Sauer (Account Executive, Lumen Soft Ltd)\n\n",
}


def writing_status(notes: str) -> str:
    """Return the status of the decision-in-writing gate for the notes."""
    result = draft_minutes(notes, today=date(2027, 3, 3))
    return next(g.status for g in result.gates if g.id == "decision_in_writing")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Call to order at 6:05 p.m. by the Chair; quorum confirmed."),
        ("en", "The Chair called the meeting to order at 18:00 and the agenda was confirmed."),
        ("en", "A point of order was raised and confirmed by the secretary."),
        ("en", "In order to save time, the minutes of the last meeting were confirmed."),
        ("de", "Call to order um 18:05 durch die Vorsitzende, Beschlussfähigkeit bestätigt."),
        ("de", "In order to keep it short: Tagesordnung ohne Änderungen bestätigt."),
    ],
)
def test_the_meetings_procedure_is_no_written_decision(lang: str, sentence: str) -> None:
    assert writing_status(HEAD[lang] + sentence + "\n") != "met"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The signed purchase order from Northwork was received by email on 2 March."),
        ("de", "Die unterschriebene Bestellung von Frau Roth ist heute per Mail eingegangen."),
    ],
)
def test_a_purchase_order_received_still_proves_it(lang: str, sentence: str) -> None:
    assert writing_status(HEAD[lang] + sentence + "\n") == "met"
