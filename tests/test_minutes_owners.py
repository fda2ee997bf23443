"""An owner written briefly (first name, surname, role, title) becomes one person's full name, or stays as written."""

from __future__ import annotations

import pytest

from coach.minutes.owners import full_owner
from coach.text.model import Participant

PEOPLE = [
    Participant(name="Greta Holm", role="CFO", side="customer"),
    Participant(name="Jonas Weber", role="Lead Buyer, Einkauf", side="customer"),
    Participant(name="Greta Lind", side="seller"),
    Participant(name="Wendt", side="customer"),
]
TEXT = "Protokoll: F. Wendt. Später kam Fabian Wendt dazu. Olivia Sandberg (Legal) fehlte. Hi Olivia, danke."


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("CFO", "Greta Holm"),  # the one participant with that role
        ("Lead Buyer", "Jonas Weber"),  # one of the roles in the bracket
        ("Einkauf", "Einkauf"),  # a department stays a department, even when one person's role names it
        ("Prokurist Jonas Weber", "Jonas Weber"),  # a title before the name
        ("Jonas", "Jonas Weber"),  # a first name
        ("Greta", "Greta"),  # two participants share it: as written
        (
            "Olivia",
            "Olivia Sandberg",
        ),  # not a participant, but written in full once (the greeting is no surname)
        ("Wendt", "Wendt"),  # a participant as written
        ("Legal", "Legal"),  # a team, not a person
    ],
)
def test_full_owner(owner: str, expected: str) -> None:
    assert full_owner(owner, PEOPLE, TEXT) == expected


def test_a_surname_is_expanded_from_the_text() -> None:
    people = [Participant(name="Ute Kranz", side="customer")]
    assert full_owner("Rautenberg", people, "Herr Rautenberg und Stefan Rautenberg.") == "Stefan Rautenberg"
    assert (
        full_owner("Rautenberg", people, "Herr Rautenberg, Stefan Rautenberg, Jana Rautenberg")
        == "Rautenberg"
    )
