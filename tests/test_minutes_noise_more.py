"""Lines the action readers took for tasks that commit no one: a report of what happened in the meeting, talk that
opens a turn or introduces a colleague, the close of a formal meeting, a closing with a name, a bare when or a bare
name, and attendance lists the text layer's labels do not open with."""

from __future__ import annotations

import pytest

from coach.minutes.noise import not_a_task
from coach.text.model import Participant

PEOPLE = [
    Participant(name="Anna Roth", side="customer"),
    Participant(name="Ben Sauer", side="seller"),
    Participant(name="Jörg Albers", side="seller"),
]


@pytest.mark.parametrize(
    "line",
    [
        "Frau Roth stellt die Auswertung der Testphase kurz vor (drei Standorte, zwölf Wochen)",
        "Herr Sauer berichtet über den Stand der Schnittstelle",
        "Herr Albers bestätigt, dass die Daten in Frankfurt liegen",
        "Ms Roth presented the revised rollout plan to the board",
        "Mr Sauer confirmed that all data stays in the EU",
        "Ich hab heute Herrn Albers aus der Technik mit dabei",
        "Um, I'll be straight with you, Ben",
        "I've got Jörg with me from our delivery team",
        "Also, ich mach's kurz",
        "Meeting closed at 11:40",
        "Adjourned at 8:15 p.m",
        "Best, Ben",
        "Viele Grüße, Anna Roth",
        "end of next week",
        "Freitag",
        "Dr. Albers",
        "Directors present: Anna Roth (Chair), Ben Sauer",
        "Gäste zu TOP 2: Herr Jörg Albers (Lumen Soft GmbH)",
    ],
)
def test_no_task(line: str) -> None:
    assert not_a_task(line, PEOPLE)


@pytest.mark.parametrize(
    "line",
    [
        "Frau Roth stellt das Konzept in der nächsten Sitzung vor",
        "Herr Sauer berichtet bis zum 12.05. über die Ergebnisse",
        "Ben sends the revised offer by Friday",
        "Jörg klärt bis Mittwoch die Lizenzfrage mit der IT",
        "Teilnehmer A: ich schicke Ihnen das Angebot bis Freitag",
        "Anna to confirm the budget in writing",
        "Frau Roth stellt den Bericht dann im Vorstand vor",
    ],
)
def test_a_task_stays(line: str) -> None:
    assert not not_a_task(line, PEOPLE)


def test_a_report_with_a_due_date_is_a_task() -> None:
    line = "Herr Sauer stellt die Auswertung den Teamleitern vor"  # its date was read off the line already
    assert not_a_task(line, PEOPLE)
    assert not not_a_task(line, PEOPLE, dated=True)
