"""Round 9b of the text layer: due dates without a year, Irish and other particles in names."""

from __future__ import annotations

from datetime import date

import pytest

from coach.text.dates import find_meeting_date, resolve_due, year_for
from coach.text.people import extract_people

# (meeting date, task text, due date): a date without a year is the first such date on or after the meeting,
# unless it lies at most RECENT_PAST_DAYS (14) before it (a recap of what just happened).
DUES = [
    (date(2027, 12, 9), "Rahmenvertrag unterschrieben zurück bis 15.01.", date(2028, 1, 15)),
    (date(2027, 12, 9), "Lizenzen am 12. Jan freischalten", date(2028, 1, 12)),
    (date(2027, 12, 9), "Legal signs the order form by 3 March", date(2028, 3, 3)),
    (date(2027, 11, 30), "send the rollout plan by January 12th", date(2028, 1, 12)),
    (date(2027, 3, 10), "Referenzbesuch bis 15.01. organisieren", date(2028, 1, 15)),
    (date(2027, 3, 10), "share the security review by 20 January", date(2028, 1, 20)),
    (date(2027, 12, 9), "the pilot ended on 6 Dec as planned", date(2027, 12, 6)),
    (date(2027, 12, 9), "Testphase endete am 2. Dezember", date(2027, 12, 2)),
    (date(2027, 12, 9), "Pilotende war am 07.12.", date(2027, 12, 7)),
    (date(2027, 12, 28), "Go-live-Freigabe bis 8. Januar", date(2028, 1, 8)),
]


@pytest.mark.parametrize(("meeting", "task", "due"), DUES)
def test_due_without_year_is_next_such_date_or_a_recent_one(meeting: date, task: str, due: date) -> None:
    assert resolve_due(task, meeting)[0] == due


@pytest.mark.parametrize(
    ("base", "month", "day", "expected"),
    [
        (date(2027, 12, 9), 1, 15, date(2028, 1, 15)),
        (date(2027, 12, 9), 12, 9, date(2027, 12, 9)),
        (date(2027, 12, 9), 11, 20, date(2028, 11, 20)),  # beyond the recent window: next year
        (date(2027, 12, 9), 11, 30, date(2027, 11, 30)),  # nine days before: a recent date, kept
        (date(2028, 1, 5), 12, 28, date(2027, 12, 28)),
        (date(2027, 3, 1), 2, 29, date(2028, 2, 29)),
    ],
)
def test_year_for_window(base: date, month: int, day: int, expected: date) -> None:
    assert year_for(base, month, day) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Entscheidungstermin Nordkamm – Di, 8.6. – Raum 2", date(2027, 6, 8)),
        ("Vergabe-Call, Dienstag 9. Februar, 14 Uhr", date(2027, 2, 9)),
        ("Decision call – Tue 8 Jun 27, at their office", date(2027, 6, 8)),
        ("Steering meeting, Friday 3 December", date(2027, 12, 3)),
    ],
)
def test_meeting_date_year_from_the_weekday_written_beside_it(header: str, expected: date) -> None:
    found, _, _ = find_meeting_date([header, "", "- Budget freigegeben"], today=date(2026, 12, 1))
    assert found == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Teilnehmer: Ciarán Ó Dálaigh, Kira Lenz (wir)", "Ciarán Ó Dálaigh"),
        ("Attendees: Róisín Ní Chonaill, Maarten van der Heide, Tom Iles (our AE)", "Maarten van der Heide"),
        ("Attendees: Róisín Ní Chonaill, Maarten van der Heide, Tom Iles (our AE)", "Róisín Ní Chonaill"),
        ("Anwesend: Lucía de la Fuente, Niamh Nic Giolla (Einkauf)", "Lucía de la Fuente"),
        ("Anwesend: Lucía de la Fuente, Niamh Nic Giolla (Einkauf)", "Niamh Nic Giolla"),
        ("Recap: Ciarán Ó Dálaigh (CFO) sends the revised quote by Friday.", "Ciarán Ó Dálaigh"),
        ("Ciarán Ó Dálaigh, our Head of Procurement, signs next week.", "Ciarán Ó Dálaigh"),
        ("Herr Maarten van der Heide (Einkauf) prüft den Vertrag bis Freitag.", "Maarten van der Heide"),
        ("Außerdem war CFO Ciarán Ó Dálaigh dabei und gab das Budget frei.", "Ciarán Ó Dálaigh"),
    ],
)
def test_names_with_particles_in_lists_and_prose(text: str, name: str) -> None:
    assert name in [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Herr Brandl von Ihrer Seite klärt die Lizenzfrage.", "Brandl"),
        ("Frau Okafor den Pilotbericht schicken lassen (Herr Brandl)", "Okafor"),
        ("Mr. Hale to share the deck by Friday.", "Hale"),
    ],
)
def test_titled_surname_does_not_swallow_the_next_words(text: str, name: str) -> None:
    assert name in [p.name for p in extract_people(text)]


def test_owner_by_surname_with_particle() -> None:
    from coach.text.lines import segment
    from coach.text.people import find_people

    people = find_people(segment("Teilnehmer: Ciarán Ó Dálaigh (Einkauf), Maarten van der Heide (IT)\n"))
    assert people.resolve("Ó Dálaigh").name == "Ciarán Ó Dálaigh"  # type: ignore[union-attr]
    assert people.resolve("van der Heide").name == "Maarten van der Heide"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "Cc: Ciarán Ó Dálaigh <ciaran@brightwell.example>\n\nAnwesend: Ciarán Ó Dálaigh, Kira Lenz (wir)\n",
            "Ciarán Ó Dálaigh",
            "ciaran@brightwell.example",
        ),
        (
            "To: Maarten van der Heide <m.heide@ostara.example>\n\nAttendees: Maarten van der Heide, Tom Iles (our AE)\n",
            "Maarten van der Heide",
            "m.heide@ostara.example",
        ),
    ],
)
def test_listed_person_gets_the_address_written_after_the_full_name(text: str, name: str, email: str) -> None:
    from coach.text.lines import segment
    from coach.text.people import find_people

    person = find_people(segment(text)).by_name(name)
    assert person is not None and person.email == email
