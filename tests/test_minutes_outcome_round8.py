"""Decision outcome (issue 14, round 8): a motion that fails, 'not going ahead', 'not in a position to sign', a
yes 'only, if …', and an NDA or data processing agreement signed (paperwork, no purchase decision)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.minutes.decision import classify


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The motion was not carried.", "negative"),
        ("Der Antrag wurde nicht angenommen.", "negative"),
        ("We're not going ahead with the platform this year.", "negative"),
        ("We are not in a position to sign off today.", "pending"),
        ("Wir sind heute nicht in der Lage, das zu entscheiden.", "pending"),
        (
            "Ergebnis: Go für den Rollout – allerdings nur, wenn die Schnittstelle bis Mai steht.",
            "positive_with_conditions",
        ),
        ("The NDA and the data processing agreement are both signed, so that part is done.", None),
        ("Die AVV ist seit letzter Woche unterschrieben.", None),
        # unchanged: a carried motion and a signed contract still decide
        ("Motion carried 5-1.", "positive"),
        ("Contract signed this morning by the COO.", "positive"),
    ],
)
def test_decision_sentences(sentence: str, outcome: str | None) -> None:
    assert classify(sentence) == outcome


@pytest.mark.parametrize(
    ("notes", "outcome"),
    [
        (
            "Board of Governors – 2027-03-10\nPresent: Ada Lorne (Chair), Piet Varga, Ruth Mbeki (Clerk)\n"
            "In attendance: Kim Vance (Tessel Labs)\n\n4. Tessel platform\nMotion: that the school adopts the "
            "Tessel platform for three years. For 2, against 3. The motion was not carried.\n"
            "The Clerk will inform Tessel Labs in writing.\n",
            "negative",
        ),
        (
            "Call with Ferrant – 2027-03-10\nAttendees: Nora Quist (Ferrant Oy), Kim Vance (Tessel Labs)\n\n"
            "Nora: Honestly, we're not in a position to sign off today, the budget goes to the board in April.\n"
            "Kim: Understood. Paperwork-wise the NDA and the data processing agreement are both signed already.\n"
            "Nora: Good. Send me the phased pricing by Friday.\n",
            "pending",
        ),
    ],
)
def test_whole_notes(notes: str, outcome: str) -> None:
    assert draft_minutes(notes, today=date(2027, 3, 11)).decision.outcome == outcome
