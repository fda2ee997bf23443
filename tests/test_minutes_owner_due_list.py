"""Action lists written 'task - owner, due': the owner before the due phrase is the owner (DE and EN)."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes

_DE = """Entscheidungstermin Lagerverwaltung
Datum: 10.03.2027
Teilnehmer: Dr. Petra Lang (Leiterin Finanzen, Nordlicht AG), Olaf Ziegler (Leiter IT, Nordlicht AG), Mia Roth (Vertrieb, Softwerk GmbH)
Entscheidung: Zusage.
Nächste Schritte:
1. Preisliste senden - Frau Roth, bis Freitag
2. Testzugang beantragen - Herr Ziegler, in zwei Wochen
"""
_EN = """Decision meeting, warehouse software
Date: 10 March 2027
Attendees: Petra Lang (CFO, Nordlicht Ltd), Olaf Ziegler (Head of IT, Nordlicht Ltd), Mia Roth (Account Executive, Softwerk Ltd)
Decision: yes.
Next steps:
1. Send the price list - Ms Roth, by Friday
2. Request a test account - Mr Ziegler, in two weeks
"""


@pytest.mark.parametrize(
    ("notes", "task", "owner", "due"),
    [
        (_DE, "Preisliste senden", "Mia Roth", "2027-03-12"),
        (_DE, "Testzugang beantragen", "Olaf Ziegler", "2027-03-24"),
        (_EN, "Send the price list", "Mia Roth", "2027-03-12"),
        (_EN, "Request a test account", "Olaf Ziegler", "2027-03-24"),
    ],
)
def test_owner_then_due_after_a_dash(notes: str, task: str, owner: str, due: str) -> None:
    items = [a for a in draft_minutes(notes).action_items if task in a.task]
    assert [(a.owner, a.due.isoformat() if a.due else None) for a in items] == [(owner, due)]


_BOARD_DE = """Protokoll Finanzausschuss, 04.05.2027
Anwesend: Anna Lohe (Vorsitz), Tim Reiter (Kämmerer), Jana Park (Schriftführerin, Stadt Elmdorf); Kai Fuchs (Vertrieb, Softco GmbH)
Beschluss: Zustimmung.
Aufgaben
- Der Kämmerer schickt bis Freitag die Bestellung
- Die Schriftführerin versendet das Protokoll
- Der Datenschutzbeauftragte prüft den Vertrag bis Ende des Monats
"""
_BOARD_EN = """Minutes of the Finance Committee, 4 May 2027
Present: Ann Lowe (Chair), Tom Reid (Clerk), Jo Park (Bursar, Elm College); Kim Fox (Account Manager, Softco Ltd)
Decision: approved.
Actions
- The Clerk to circulate the minutes by Friday
- The Bursar will raise the purchase order
"""


@pytest.mark.parametrize(
    ("notes", "task", "owner"),
    [
        (_BOARD_DE, "schickt bis Freitag die Bestellung", "Tim Reiter"),
        (_BOARD_DE, "versendet das Protokoll", "Jana Park"),
        (_BOARD_DE, "prüft den Vertrag", "Datenschutzbeauftragte"),  # no one listed with the role: the role
        (_BOARD_EN, "circulate the minutes", "Tom Reid"),
        (_BOARD_EN, "raise the purchase order", "Jo Park"),
    ],
)
def test_a_role_held_by_one_participant_is_that_person(notes: str, task: str, owner: str) -> None:
    items = [a for a in draft_minutes(notes).action_items if task in a.task]
    assert [a.owner for a in items] == [owner]


@pytest.mark.parametrize(("notes", "outcome"), [(_BOARD_DE, "positive"), (_BOARD_EN, "positive")])
def test_a_bare_approval_after_the_label_is_a_yes(notes: str, outcome: str) -> None:
    assert draft_minutes(notes).decision.outcome == outcome


@pytest.mark.parametrize(
    ("notes", "meeting", "task", "due"),
    [
        (
            "Fleet software – approval\nExtract from the minutes of the Finance Committee\n"
            "Tuesday 2 March 2027, 17:30, Room 4\nDecision: approved.\nActions\n"
            "- Ms Holm to brief the depot leads at the staff meeting on 24 March\n"
            "- Mr Lutz to send the order by Friday\n",
            "2027-03-02",
            "send the order",
            "2027-03-05",
        ),
        (
            "Flottensoftware – Freigabe\nAuszug aus dem Protokoll des Finanzausschusses\n"
            "Dienstag, 2. März 2027, 17:30 Uhr, Raum 4\nBeschluss: angenommen.\nAufgaben\n"
            "- Frau Holm informiert die Depotleitungen in der Teamsitzung am 24. März\n"
            "- Herr Lutz schickt die Bestellung bis Freitag\n",
            "2027-03-02",
            "Bestellung",
            "2027-03-05",
        ),
    ],
)
def test_a_later_meeting_mentioned_in_an_action_is_not_the_meeting_date(
    notes: str, meeting: str, task: str, due: str
) -> None:
    result = draft_minutes(notes)
    assert result.meeting_date is not None and result.meeting_date.isoformat() == meeting
    assert [a.due.isoformat() if a.due else None for a in result.action_items if task in a.task] == [due]
