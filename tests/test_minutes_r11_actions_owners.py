"""Action owners written the way minutes write them: a firm with its person in brackets, initials with an
apostrophe or particle, spaced owner/due columns, 'X informiere ich', a speaker with a one-letter particle, a
team named with its kind of unit, the writer who signs a letter, and a first name the notes write in full."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes.actions import due_of, extract_actions
from coach.minutes.noise import not_a_task
from coach.minutes.owners import full_owner, writer
from coach.text.lines import segment
from coach.text.model import Participant
from coach.text.people import People

BASE = date(2027, 3, 10)  # a Wednesday
PEOPLE = [
    Participant(name="Hanna Albers", side="customer"),
    Participant(name="Kim Tanner", side="seller"),
    Participant(name="Seamus O'Dowd", side="customer"),
    Participant(name="Femke de Wit", side="seller"),
    Participant(name="Ciarán Ó Dálaigh", side="seller"),
    Participant(name="Lutz Brehme", side="seller"),
]


def _items(line: str, author: str | None = None) -> list[tuple[str | None, date | None]]:
    notes = (
        f"Protokoll Abschlussgespräch\n10.03.2027\nOrt: Berlin\n\nKurzer Rückblick auf den Piloten.\n{line}\n"
    )
    people = People(participants=PEOPLE, author=Participant(name=author) if author else None)
    return [(i.owner, i.due) for i in extract_actions(segment(notes), people, BASE, learned=False)]


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        (
            "Nordwerk (Frau Albers) liefert das Konzept bis Freitag.",
            "Hanna Albers",
        ),  # the person, not the firm
        (
            "Westbridge (KT) to provide the revised schedule within two weeks.",
            "Kim Tanner",
        ),  # initials in brackets
        (
            "IT (Frau Albers) prüft die Freigaben für den Server.",
            "Hanna Albers",
        ),  # a team with its named contact: the person (the guide names the person when one is named)
        ("AI: SO'D to brief the night staff.", "Seamus O'Dowd"),  # initials with an apostrophe
        ("AP: FdW to book the training room.", "Femke de Wit"),  # initials with a particle
        ("Owner: Kim Tanner   Due: 12 March 2027   send the test plan", "Kim Tanner"),  # spaced columns
        (
            "Ciarán Ó Dálaigh (wir): And I'll send the price sheet by Friday.",
            "Ciarán Ó Dálaigh",
        ),  # the speaker
        ("Facilities team to book the rooms for the kick-off.", "Facilities team"),  # a team as written
    ],
)
def test_owner_as_written_in_minutes(line: str, owner: str) -> None:
    found = _items(line)
    assert found and found[0][0] == owner


def test_spaced_columns_keep_the_due_date() -> None:
    assert _items("Owner: Kim Tanner   Due: 12 March 2027   send the test plan") == [
        ("Kim Tanner", date(2027, 3, 12))
    ]


def test_an_object_before_ich_leaves_the_task_with_the_writer() -> None:
    """'Den Einkauf informiere ich morgen': the writer's task, the object before the verb is nobody's owner."""
    assert _items("To dos:\n- Den Einkauf informiere ich morgen persönlich.", author="Lutz Brehme") == [
        ("Lutz Brehme", date(2027, 3, 11))
    ]


def test_the_writer_signs_below_the_closing_line() -> None:
    text = (
        "Sehr geehrter Herr Tanner,\n\nich schicke Ihnen die Unterlagen bis Freitag.\n\n"
        "Mit freundlichen Grüßen\nHanna Albers\nEinkauf"
    )
    found = writer(text, PEOPLE)
    assert found is not None and found.name == "Hanna Albers"


def test_the_writer_of_german_notes_signs_off_with_a_first_name() -> None:
    """'Ich' opens a sentence: the notes are in the first person, and '-- Lutz' signs them."""
    text = "Abschlussgespräch\n\nIch schicke morgen die Zusammenfassung.\n-- Lutz"
    found = writer(text, PEOPLE)
    assert found is not None and found.name == "Lutz Brehme"


@pytest.mark.parametrize(
    ("owner", "listed", "text", "expected"),
    [
        ("Tomasz", "Tomasz", "Tomasz Brandt (IT) joined late. Tomasz will send the logs.", "Tomasz Brandt"),
        ("Brandt", "Brandt", "Später kam Tomasz Brandt dazu.", "Brandt"),  # a surname stays as listed
        (
            "Jürgen",
            "Jürgen",
            "Einwand Jürgen: zu teuer. Jürgen prüft das WLAN.",
            "Jürgen",
        ),  # a label is no name
    ],
)
def test_a_first_name_listed_so_is_written_in_full(owner: str, listed: str, text: str, expected: str) -> None:
    assert full_owner(owner, [Participant(name=listed)], text) == expected


@pytest.mark.parametrize("text", ["no date", "kein Termin", "ohne Frist"])
def test_a_note_that_there_is_no_date_is_no_task(text: str) -> None:
    assert not_a_task(text, PEOPLE)


def test_a_quoted_reply_keeps_its_to_dos() -> None:
    """An e-mail reply quotes the minutes ('> - [ ] X: …'): the quoted to-dos are the meeting's action items."""
    found = _items(
        "> - [ ] Kim Tanner: book the training room by Friday\n> AI: Hanna – send the signed copy tomorrow"
    )
    assert found == [("Kim Tanner", date(2027, 3, 12)), ("Hanna Albers", date(2027, 3, 11))]


@pytest.mark.parametrize(
    ("task", "due"),
    [
        ("send the kick-off invite for 7 June", None),  # the date the invitation is for, no deadline
        ("book the room for the week of 4 October", None),  # a vague week
        ("schedule the kickoff for 7 June", date(2027, 6, 7)),  # the date the task is to be done
        ("send the invite for the workshop by Friday", date(2027, 3, 12)),  # 'by' makes it the deadline
        ("send the report for 7 June", date(2027, 6, 7)),  # no event: the date is the task's
    ],
)
def test_the_date_an_event_is_set_for_is_no_due_date(task: str, due: date | None) -> None:
    assert due_of(task, BASE)[0] == due
