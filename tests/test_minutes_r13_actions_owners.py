"""Owners written in more forms: a short first name, part of a fuller role, an initial with a surname, a chat poster."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes.actions import _resolve_owner, extract_actions
from coach.minutes.owners import full_owner, writer
from coach.text.dates import resolve_due
from coach.text.lines import segment
from coach.text.model import Participant
from coach.text.people import People

PEOPLE = [
    Participant(name="Antonia Ferraz", side="customer"),
    Participant(name="Tonia", side="customer"),
    Participant(name="Marta Vogel", role="Clerk to the Trustees", side="customer"),
    Participant(name="Ivo Brandt", role="President & CEO", side="customer"),
    Participant(name="Dana Holm", side="seller"),
]
TEXT = "Present: Antonia Ferraz, Marta Vogel, Ivo Brandt. Vendor, item 3 only: Jonah Imrie."


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("Tonia", "Antonia Ferraz"),  # the end of a listed first name
        ("Clerk", "Marta Vogel"),  # the start of the role she holds
        ("CEO", "Ivo Brandt"),  # the end of the role he holds
        ("J. Imrie", "Jonah Imrie"),  # an initial and a surname the notes write in full
        ("Dan", "Dana Holm"),  # the start of a first name
        ("IT", "IT"),  # a team stays a team
    ],
)
def test_full_owner_short_forms(owner: str, expected: str) -> None:
    assert full_owner(owner, PEOPLE, TEXT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@Dana Holm", "Dana Holm"),  # a chat mention
        ("J. Imrie (Vendorfirm)", "J. Imrie"),  # the firm in brackets is no person
        ("Anouk van den Heuvel", "Anouk van den Heuvel"),  # a name with particles, as written
        ("Finance Director Holm", "Dana Holm"),  # role words before the surname
        ("Chair's office", "Chair's office"),  # a team with a possessive
        ("ASAP", None),  # a due column is no owner
    ],
)
def test_resolve_owner_forms(text: str, expected: str | None) -> None:
    assert _resolve_owner(text, People(participants=PEOPLE), None) == expected


def test_writer_signs_above_the_quoted_mail() -> None:
    text = (
        "Hi all,\n\nthanks for today. I'll draft the clause.\n\nBest,\nDana\n\n"
        "> From: Ivo Brandt\n> Sent: Thursday\n>\n> we accept your proposal.\n> Regards, Ivo\n"
    )
    found = writer(text, PEOPLE)
    assert found is not None and found.name == "Dana Holm"


def test_chat_poster_owns_their_first_person_item() -> None:
    notes = (
        "Dana Holm  4:12 PM\nrecap below\n\nIvo Brandt  4:30 PM\nagreed. I'll brief the board beforehand\n"
    )
    items = extract_actions(segment(notes), People(participants=PEOPLE), date(2027, 3, 16))
    assert [(i.owner, "brief the board" in i.task) for i in items] == [("Ivo Brandt", True)]


def test_asap_is_no_date() -> None:
    assert resolve_due("ASAP", date(2027, 4, 22))[0] is None
    assert resolve_due("sofort", date(2027, 4, 22))[0] == date(2027, 4, 22)
