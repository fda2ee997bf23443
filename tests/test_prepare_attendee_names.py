"""The invitation lists people, not titles: a bare 'Dr' is nobody, 'Herr Olaf' is 'Herr Olaf Brandt' when both occur."""

from __future__ import annotations

from coach.prepare.engine import _merge_partial_names, _name_words
from coach.prepare.models import Attendee


def _a(name: str) -> Attendee:
    return Attendee(name=name, side="customer")


def test_titles_are_no_name_words() -> None:
    assert _name_words("Herr Dr. Olaf Brandt") == ["olaf", "brandt"]
    assert _name_words("Dr") == []
    assert _name_words("Ms. Siobhán O'Neill") == ["siobhán", "o", "neill"]


def test_a_bare_title_and_a_partial_name_are_dropped_the_full_names_stay() -> None:
    people = {
        "lange": _a("Dr. Petra Lange"),
        "dr": _a("Dr"),
        "brandt": _a("Herr Olaf Brandt"),
        "olaf": _a("Herr Olaf"),
        "kaya": _a("Ayşe Kaya"),
    }
    kept = _merge_partial_names(people)
    assert sorted(a.name for a in kept.values()) == ["Ayşe Kaya", "Dr. Petra Lange", "Herr Olaf Brandt"]


def test_two_people_sharing_a_first_name_both_stay() -> None:
    people = {"brandt": _a("Olaf Brandt"), "meier": _a("Olaf Meier")}
    assert len(_merge_partial_names(people)) == 2
