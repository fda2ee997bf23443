"""Dates: the meeting date from the header (not decoys), and due dates counted from it, in German and English."""

from __future__ import annotations

from datetime import date

import pytest

from coach.text.dates import find_meeting_date as meeting_date
from coach.text.dates import next_weekday, resolve_due

TUE = date(2027, 3, 2)  # a Tuesday
FRI = date(2027, 3, 5)  # a Friday


@pytest.mark.parametrize(
    ("text", "base", "due"),
    [
        ("Angebot überarbeiten – bis Mittwoch", TUE, date(2027, 3, 3)),
        ("Angebot überarbeiten – bis Dienstag", TUE, date(2027, 3, 9)),  # strictly after the meeting
        ("Rollout-Plan abstimmen – Montag", FRI, date(2027, 3, 8)),
        ("send the revised offer by Friday", TUE, date(2027, 3, 5)),
        ("Installationstermin – nächste Woche Dienstag", date(2027, 4, 12), date(2027, 4, 20)),
        ("start next Monday", TUE, date(2027, 3, 8)),
        ("Onboarding-Plan – Ende nächster Woche", TUE, date(2027, 3, 12)),
        ("share pilot data — end of next week", FRI, date(2027, 3, 12)),
        ("mark as closed-lost by end of the week", TUE, date(2027, 3, 5)),
        ("Demo organisieren in zwei Wochen", TUE, date(2027, 3, 16)),
        ("route it to the CFO within two weeks", TUE, date(2027, 3, 16)),
        ("Nachfrage in drei Monaten", TUE, date(2027, 6, 2)),
        ("check-in in 3 months", TUE, date(2027, 6, 2)),
        ("Protokoll an den Kunden – morgen", TUE, date(2027, 3, 3)),
        ("Kick-off einladen – übermorgen", TUE, date(2027, 3, 4)),
        ("mark the opportunity as lost – today", TUE, TUE),
        ("Opp auf verloren setzen – sofort", TUE, TUE),
        ("Pilot verlängern – bis Ende des Monats", TUE, date(2027, 3, 31)),
        ("Vertragsentwurf – 22.01.", date(2027, 1, 12), date(2027, 1, 22)),
        ("Whitelisting – bis 10.11.2026", date(2026, 11, 3), date(2026, 11, 10)),
        ("kickoff for 28 June 2027", date(2027, 6, 14), date(2027, 6, 28)),
        ("reminder – 1 Sept 2027", TUE, date(2027, 9, 1)),
        ("board decision — 16 December 2027", date(2027, 12, 6), date(2027, 12, 16)),
        ("confirm the outcome on 6 May 2027", date(2027, 4, 22), date(2027, 5, 6)),
        ("Angebot schicken bis Ende Oktober", date(2027, 9, 14), date(2027, 10, 31)),
    ],
)
def test_due_dates(text: str, base: date, due: date) -> None:
    assert resolve_due(text, base)[0] == due


@pytest.mark.parametrize(
    "text",
    [
        "check-in call with Robert in August",
        "reconnect in the new year, mid-January",
        "Kontakt halten, kein Datum",
        "Installationstermin Standort 1 mit Ofen 1–3",
    ],
)
def test_vague_or_missing_due_dates_are_null(text: str) -> None:
    assert resolve_due(text, TUE)[0] is None


def test_relative_due_without_meeting_date_is_null() -> None:
    due, phrase = resolve_due("Lessons learned an Presales – bis Freitag", None)
    assert due is None and phrase == "bis Freitag"


def test_next_weekday_is_strictly_after() -> None:
    assert next_weekday(date(2027, 3, 3), 2) == date(2027, 3, 10)


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "Protokoll Entscheidungsmeeting\nDatum: 03.11.2026, 10:00–11:30, Teams\nKunde: X GmbH",
            date(2026, 11, 3),
        ),
        ("Di, 12.1.27 – Entscheidungstermin Falk AG / HR-Suite\nanw.: Fr. Lange", date(2027, 1, 12)),
        ("Decision meeting – Northwind\n14 June 2027, 14:00 CET, Rotterdam", date(2027, 6, 14)),
        ("Transcript notes — decision call\nTuesday 2027-02-09, 15:00–15:45 (video)", date(2027, 2, 9)),
        ("Notizen – Meeting am 5. März 2027 mit den Stadtwerken", date(2027, 3, 5)),
        ("Summary of today's meeting with Kestrel, November 16th, 2027.", date(2027, 11, 16)),
        ("Entscheidung Kundenservice – Velotec\n17.03.27 – Teams", date(2027, 3, 17)),
        # Decoys further down (go-live, board, PO) never become the meeting date.
        (
            "Decision meeting – Harbor Point\nMonday 6 December 2027\n\nThe board meets on 16 December 2027.\nGo-live 01.03.2028.",
            date(2027, 12, 6),
        ),
        ("Notizen Entscheidungsrunde (Datum vergessen)\nGo-Live geplant am 01.04.2028\nTN: Hr. Sauer", None),
        ("Notes from the call\nAttendees: Mia Fischer\nBoard meeting on 12 December 2027 will decide.", None),
    ],
)
def test_meeting_date(notes: str, expected: date | None) -> None:
    assert meeting_date(notes.split("\n"))[0] == expected


def test_meeting_date_without_year_takes_the_year_of_the_notes() -> None:
    notes = "Entscheidungsmeeting am 5. März\nTN: Anna Berg\nToDo\n- Bestellung – bis 12.03.2027"
    value, _, assumed = meeting_date(notes.split("\n"))
    assert value == date(2027, 3, 5)
    assert assumed == 2027


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("12.03.2027", date(2027, 3, 12)),
        ("2027-03-12", date(2027, 3, 12)),
        ("March 12th", date(2027, 3, 12)),
        ("12. März", date(2027, 3, 12)),
        ("Freitag", date(2027, 3, 12)),
        ("bis Mittwoch", date(2027, 3, 17)),
        ("next week", date(2027, 3, 17)),
        ("in six months", date(2027, 9, 10)),
        ("in sechs Monaten", date(2027, 9, 10)),
        ("kein Datum", None),
    ],
)
def test_parse_date_against_the_meeting_date(expr: str, expected: date | None) -> None:
    from coach.text.dates import parse_date

    assert parse_date(expr, date(2027, 3, 10)) == expected


def test_find_dates_and_meeting_date_of_a_text() -> None:
    from coach.text.dates import find_dates
    from coach.text.dates import meeting_date as meeting_date_of

    found = find_dates(
        "Wir sprechen am Freitag, Go-live in sechs Monaten, Vertrag bis 31.12.2027.", date(2027, 3, 10)
    )
    assert [(f[2], f[3]) for f in found] == [
        ("am Freitag", date(2027, 3, 12)),
        ("in sechs Monaten", date(2027, 9, 10)),
        ("31.12.2027", date(2027, 12, 31)),
    ]
    assert meeting_date_of("Discovery-Call Nordholz, 24.11.2026\n- Go-live 01.03.2027") == date(2026, 11, 24)


@pytest.mark.parametrize(
    "text",
    [
        "bis Ende nächster Woche",
        "by the end of next week",
        "end of the coming week",
        "Ende der kommenden Woche",
    ],
)
def test_end_of_next_week_in_any_wording_is_the_friday_after_next(text: str) -> None:
    assert resolve_due(text, date(2026, 11, 30))[0] == date(2026, 12, 11)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("by Thursday next week", date(2026, 12, 10)),
        ("Thursday of next week", date(2026, 12, 10)),
        ("Donnerstag nächster Woche", date(2026, 12, 10)),
        ("bis KW 3", date(2027, 1, 22)),  # a past week number means next year
        ("in KW49", date(2026, 12, 4)),  # the current week: its Friday
        ("Lieferung CW 52", date(2026, 12, 25)),
    ],
)
def test_weekdays_of_next_week_and_calendar_weeks(text: str, due: date) -> None:
    assert resolve_due(text, date(2026, 11, 30))[0] == due
