"""Due dates of action items: short and umlaut-free forms, 'give me two weeks', dates counted from another event,
and a due date said in the sentence after the task."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.text.dates import resolve_due

MEETING = date(2027, 10, 28)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ende naechster Woche", date(2027, 11, 5)),
        ("Zahlen kommen uebermorgen", date(2027, 10, 30)),
        ("naechsten Montag", date(2027, 11, 1)),
        ("Fr", date(2027, 10, 29)),  # a due column holding only the weekday
        ("Mi.", date(2027, 11, 3)),
        ("Lizenzliste, 2 Wo", date(2027, 11, 11)),
        ("install plan – in 2 wks", date(2027, 11, 11)),
        ("I'll check the SLA, give me two weeks.", date(2027, 11, 11)),
        ("Ich prüfe das, gib mir eine Woche.", date(2027, 11, 4)),
        # counted from another event, not from the meeting: no date can be given
        ("review the draft within two weeks of receiving it", None),
        ("Freigabe innerhalb von 10 Tagen nach Eingang der Rechnung", None),
        # unchanged: what already worked
        ("bis KW 12", date(2028, 3, 24)),
        ("Ende des Monats", date(2027, 10, 31)),
        ("in zwei Wochen", date(2027, 11, 11)),
        ("by Friday", date(2027, 10, 29)),
        ("Fr. Okafor schickt die Liste", None),
    ],
)
def test_due_phrases(text: str, expected: date | None) -> None:
    assert resolve_due(text, MEETING)[0] == expected


NOTES = {
    "de": """Entscheidungstermin Lagerverwaltung – 28.10.2027
Teilnehmer: Jana Pohl (Einkauf, Kaltenbach Logistik GmbH), Timo Brandt (Vertrieb, Stellwerk Software GmbH)

Entscheidung: Zusage für das Lagermodul.
Jana Pohl: Ich kläre die Freigabe mit der IT. Das schaffe ich bis Ende nächster Woche.
""",
    "en": """Decision meeting warehouse app – 28 October 2027
Attendees: Ruth Baker (Procurement, Hollin Foods Ltd), Sam Ode (Account Executive, Vendo Ltd)

Decision: yes to the warehouse app.
Ruth Baker: I'll sort out the IT approval. End of next week?
""",
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_due_date_in_the_next_sentence_belongs_to_the_task(lang: str) -> None:
    result = draft_minutes(NOTES[lang], today=MEETING)
    item = next(a for a in result.action_items if "IT" in a.task)
    assert item.due == date(2027, 11, 5)
