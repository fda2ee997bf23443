"""Owners and due dates written the way loose e-mails and formal minutes write them: the owner in brackets before
or after the task, initials the notes declare ('Tobias (TK)'), a double surname's initials ('S-N'), a side's
word before the team ('on us, Innendienst'), 'next Thu', a German sentence with its object first, a date in an
aside, and the meeting's logistics that are no task."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes.actions import due_of, extract_actions
from coach.minutes.noise import not_a_task
from coach.minutes.owners import fuller_participant, without_role_words, writer
from coach.text.dates import resolve_due
from coach.text.lines import segment
from coach.text.model import Participant
from coach.text.people import People

BASE = date(2027, 3, 10)  # a Wednesday
PEOPLE = [
    Participant(name="Hanna Albers", side="customer"),
    Participant(name="Tobias", side="seller"),
    Participant(name="Greta Schubert-Nkemelu", side="customer"),
    Participant(name="Lutz Brehme", side="seller"),
]


def _items(body: str, author: str | None = "Lutz Brehme") -> list[tuple[str, str | None, date | None]]:
    notes = (
        f"Protokoll Abschlussgespräch\n10.03.2027\n\nDabei: Hanna Albers, Tobias (TK) und ich.\n\n{body}\n"
    )
    people = People(participants=PEOPLE, author=Participant(name=author) if author else None)
    return [(i.task, i.owner, i.due) for i in extract_actions(segment(notes), people, BASE, learned=False)]


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("- Entwurf der Anlage an Hanna schicken (TK) bis Fr", "Tobias"),
        ("- (ich) Kostenstellen mit dem Controlling abstimmen", "Lutz Brehme"),
        ("- (IT Albers) Gastzugang für das Team einrichten", "IT"),
        ("- Rechnungsadresse im System anlegen (Innendienst)", "Innendienst"),
        ("- Angebot für die Option aktualisieren – on us, Innendienst, bis Freitag", "Innendienst"),
        ("- Fr. S-N -> Vorlage für den Ausschuss vorbereiten", "Greta Schubert-Nkemelu"),
        ("- Umstellung: Termin mit dem Produktteam festmachen (ich) bis Fr", "Lutz Brehme"),
    ],
)
def test_owner_in_brackets_initials_and_sides(line: str, owner: str) -> None:
    found = _items(f"To dos:\n{line}")
    assert [o for _, o, _ in found] == [owner]


def test_next_task_after_a_semicolon_keeps_its_own_subject() -> None:
    found = _items("- AI: TK to send the summary by Mon; Hanna to archive the test data")
    assert [(o, d) for _, o, d in found] == [("Tobias", date(2027, 3, 15)), ("Hanna Albers", None)]


def test_a_task_with_its_subject_keeps_the_subject() -> None:
    found = _items("Actions\n- Hanna to share the floor plans for site 3")
    assert found[0][0].startswith("Hanna to share") and found[0][1] == "Hanna Albers"


def test_object_first_german_sentence_names_its_owner() -> None:
    found = _items("Die Vorlage für den Aufsichtsrat erstellt Frau Albers bis Ende des Monats.")
    assert [(o, d) for _, o, d in found] == [("Hanna Albers", date(2027, 3, 31))]


def test_next_short_weekday_is_next_weeks_day() -> None:
    assert resolve_due("sending the letter by email next Thu", BASE)[0] == date(2027, 3, 18)
    assert resolve_due("next month", BASE) == (None, None)


def test_a_date_in_an_aside_is_not_the_due() -> None:
    today = date(2027, 1, 26)
    assert due_of("send the kick-off invite today (kick-off is 9 Feb)", today)[0] == today
    assert due_of("lädt zum Projekt-Kick-off am 23.03.2027 ein", BASE) == (None, None)


def test_a_part_of_a_name_resolves_to_the_full_participant() -> None:
    people = [Participant(name="Carla Mendes Oliveira"), Participant(name="Mendes Oliveira")]
    assert fuller_participant("Mendes Oliveira", people) == "Carla Mendes Oliveira"
    assert fuller_participant("Carla Mendes Oliveira", people) is None


def test_the_name_below_a_closing_writes_the_notes() -> None:
    text = "Hallo Team,\nich schicke morgen den Plan.\n\nGrüße\nNadine\n"
    found = writer(text, [Participant(name="Hanna Albers")])
    assert found is not None and found.name == "Nadine"


@pytest.mark.parametrize(
    "line",
    [
        "Date of next meeting: Thursday 3 June 2027",
        "Next meeting",
        "Project kick-off agreed for 18 March 2027, 10:00, on site",
        "call booked 18.03., 9:00 — after the board",
    ],
)
def test_meeting_logistics_are_no_task(line: str) -> None:
    assert not_a_task(line, PEOPLE)


def test_a_booking_still_to_do_is_a_task() -> None:
    assert not not_a_task("Book the kick-off call for 3 May, 10:00", PEOPLE)


def test_a_task_that_confirms_a_meeting_date_stays() -> None:
    assert not not_a_task("Entscheidungstermin 12.10. bestätigen – Pfeiffer – Ende der Woche", PEOPLE)


def test_role_words_before_a_name_give_the_participant() -> None:
    people = [
        Participant(name="Leonard Achebe"),
        Participant(name="Superintendent Achebe"),
        Participant(name="Hannah Lindqvist"),
        Participant(name="Anna Berg"),
        Participant(name="Jonas Berg"),
    ]
    assert without_role_words("Superintendent Achebe", people) == "Leonard Achebe"
    assert without_role_words("Trustees Hannah Lindqvist", people) == "Hannah Lindqvist"
    assert without_role_words("Chair Berg", people) is None  # two fit: left as written
    assert without_role_words("Anna Berg", people) is None


def test_a_department_named_without_a_person_is_the_owner() -> None:
    people = People(participants=[Participant(name="Emre Kaya", role="Einkauf"), *PEOPLE])
    notes = "Protokoll 10.03.2027\n\nKurzer Rückblick auf den Piloten.\n\nTo dos:\n- Einkauf prüft die AGB bis Freitag\n"
    found = extract_actions(segment(notes), people, BASE, learned=False)
    assert [(i.owner, i.due) for i in found] == [("Einkauf", date(2027, 3, 12))]


def test_a_length_after_a_comma_is_no_due() -> None:
    assert resolve_due("Angebot vorgestellt: 3 Lager, 36 Monate Laufzeit", BASE) == (None, None)
    assert resolve_due("Angebot schicken, 2 Wochen", BASE)[0] == date(2027, 3, 24)
