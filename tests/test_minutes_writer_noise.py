"""The writer's own items ('Me: …', 'ich: …') go to the writer when the notes name them, and lines that schedule a
meeting or carry a signature card are no action items."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes, self_named
from coach.minutes.noise import not_a_task
from coach.text.model import Participant
from coach.text.people import People

_EN = """Rota tool - decision meeting, 06.04.2027
Who was there: Harriet Moss (Operations Director, Moss Construction Ltd), Owen Pryce (Finance). From us: me (Nora Quint) and Felix.

Harriet said yes, they go ahead with ten users.

Next steps:
- Felix to set up the test accounts by Friday
- Me: update the forecast in the CRM
- Next meeting: 20.04.2027, 10:00, Teams
- Nora Quint | Account Executive | Brightshift Solutions Ltd
"""
_DE = """Zeiterfassung - Entscheidungstermin, 02.03.2027
Verfasserin: Paula Brinkmann
Teilnehmer: Rolf Hagedorn (Geschäftsführer, Hagedorn Bau GmbH), Ines Vogler (Einkauf); von uns Tarik Yilmaz

Herr Hagedorn sagt zu, zehn Nutzer zum Start.

Nächste Schritte:
- Tarik richtet bis Freitag die Testzugänge ein
- ich: Forecast im CRM anpassen
- Folgetermin: 16.03.2027, 10:00 Uhr, Teams
"""


@pytest.mark.parametrize(
    ("notes", "task", "writer"),
    [(_EN, "update the forecast", "Nora Quint"), (_DE, "Forecast im CRM anpassen", "Paula Brinkmann")],
)
def test_the_writers_own_items_go_to_the_writer(notes: str, task: str, writer: str) -> None:
    result = draft_minutes(notes)
    mine = [a for a in result.action_items if task in a.task]
    assert len(mine) == 1 and mine[0].owner == writer
    assert not any(
        "10:00" in a.task or "Account Executive" in a.task or "Brightshift" in a.task
        for a in result.action_items
    )
    assert sum("Testzugänge" in a.task or "test accounts" in a.task for a in result.action_items) == 1


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Attendees: Kim Lo, me (Nora Quint)", "Nora Quint"),
        ("Dabei: LK (ich, Paula Brinkmann), Tarik", "Paula Brinkmann"),
        ("Paula Brinkmann (ich), Tarik Yilmaz", "Paula Brinkmann"),
        ("Verfasser: Tarik Yilmaz", "Tarik Yilmaz"),
        ("Wiebke + ich (Stundenwerk GmbH)", None),  # the writer's company, not the writer
        ("Attendees: Kim Lo, Nora Quint", None),  # nobody says who writes
    ],
)
def test_who_names_themselves_as_the_writer(head: str, expected: str | None) -> None:
    people = People(participants=[Participant(name="Kim Lo"), Participant(name="Tarik Yilmaz")])
    found = self_named(head, people)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Next meeting: 20.04.2027, 10:00, Teams", True),
        ("Folgetermin: Di, 16.03., 10 Uhr", True),
        ("Call 30.04. 14 Uhr, Teams", True),
        ("Meeting closed 11:40", True),
        ("16.03.2027, 10:00 Uhr, Teams", True),
        ("Nora Quint | Account Executive | Brightshift Solutions Ltd", True),
        ("nora.quint@brightshift.example | +44 20 7946 0321", True),
        ("Kim Lo – Head of Operations, Moss Construction Ltd", True),
        ("Angebot bis 12.03.", False),  # shorthand: a task with its due date
        ("Termin 12.03. Tarik schickt das Angebot", False),
        ("Call with legal to clarify the MSA by 12 May", False),
        ("Kick-off am 11.05.2027, Einladung kommt von uns", False),
        ("Testzugänge einrichten", False),
    ],
)
def test_meeting_lines_and_cards_are_no_tasks(line: str, noise: bool) -> None:
    people = [Participant(name="Kim Lo"), Participant(name="Nora Quint")]
    assert not_a_task(line, people) is noise
