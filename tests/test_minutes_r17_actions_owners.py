"""Round 17: owner shapes of action items (a double surname's initials in a table, initials set equal to a name,
the writer declaring themselves, a role before a surname, a role held by one participant, a report still to give,
a surname beside a role read as a person)."""

from __future__ import annotations

from datetime import date

from coach.minutes.actions import declared_initials, initials_owner
from coach.minutes.engine import draft_minutes
from coach.minutes.owners import declared_writer, full_owner
from coach.text.model import Participant
from coach.text.people import People


def _owner_of(notes: str, needle: str) -> str | None:
    found = [a for a in draft_minutes(notes).action_items if needle in a.task]
    assert found, f"no item with {needle!r}"
    return found[0].owner


def _due_of(notes: str, needle: str) -> date | None:
    found = [a for a in draft_minutes(notes).action_items if needle in a.task]
    assert found, f"no item with {needle!r}"
    return found[0].due


def test_initials_of_a_double_surname_give_the_person() -> None:
    people = People(
        participants=[Participant(name="Ottilie Grauwitz-Brecker"), Participant(name="Pirmin Quarrie")]
    )
    found = initials_owner("OGB", people)
    assert found is not None and found.name == "Ottilie Grauwitz-Brecker"
    assert initials_owner("PQ", people).name == "Pirmin Quarrie"  # type: ignore[union-attr]


TABLE = (
    "PROTOKOLL\n"
    "Datum: 16.02.2027\n"
    "Anwesend:\n"
    "- Ottilie Grauwitz-Brecker (Leitung Einkauf, Halvsen Logistik GmbH)\n"
    "- Pirmin Quarrie (Vertrieb, Quellbau GmbH)\n\n"
    "Maßnahmen\n"
    "| Nr | Was | Wer | Bis wann | Status |\n"
    "|----|-----|-----|----------|--------|\n"
    "| 1 | Lastenheft an Quellbau senden | OGB | 19.02.2027 | offen |\n"
    "| 2 | Angebot überarbeiten | PQ | 23.02.2027 | offen |\n"
)


def test_table_initials_of_a_double_surname_resolve_in_the_minutes() -> None:
    assert _owner_of(TABLE, "Lastenheft") == "Ottilie Grauwitz-Brecker"
    assert _owner_of(TABLE, "Angebot überarbeiten") == "Pirmin Quarrie"


def test_initials_set_equal_to_a_name_the_list_missed() -> None:
    people = People(participants=[Participant(name="Jorinde Halvsen")])
    assert declared_initials("wir: ich (PQ = Pirmin Quarrie), Jorinde", people) == {"PQ": "Pirmin Quarrie"}
    assert declared_initials("ich (XY = Pirmin Quarrie)", people) == {}  # initials that are not the name's


def test_writer_declared_in_the_first_lines() -> None:
    assert (
        declared_writer("Notizen Termin 12.05.2027 (ich = Pirmin Quarrie)\nText", []).name == "Pirmin Quarrie"
    )  # type: ignore[union-attr]
    assert declared_writer("decision mtg [notes: me = Jorinde]\nppl: …", []).name == "Jorinde"  # type: ignore[union-attr]
    assert declared_writer("Sprachmemo (Aufnahme: Pirmin Quarrie)\n", []).name == "Pirmin Quarrie"  # type: ignore[union-attr]
    assert declared_writer("Ich schicke morgen das Angebot.\n", []) is None


MEMO = (
    "Notizen Termin Halvsen Logistik – 12.05.2027 (ich = Pirmin Quarrie)\n\n"
    "Dabei waren Fr. Jorinde Halvsen (Einkauf) und Hr. Anselmo Brecker.\n\n"
    "Verabredet:\n"
    "Ich schicke bis Montag eine Kurzfassung für den Vorstand.\n"
)


def test_first_person_task_of_a_declared_writer() -> None:
    assert _owner_of(MEMO, "Kurzfassung") == "Pirmin Quarrie"


BOARD = (
    "Minutes of the Regular Meeting of the Board\n"
    "July 14, 2027\n\n"
    "PRESENT: Commissioners Jorinde Halvsen (President), Pirmin Quarrie\n"
    "STAFF: General Manager Ottilie Grauwitz; Acting Finance Director Karla Brecker\n\n"
    "Follow-up:\n"
    "- GM Grauwitz to send written notice to the vendor by Friday.\n"
    "- Acting Finance Director Brecker to report on the grant at the next meeting.\n"
)


def test_role_words_before_a_surname_give_the_person() -> None:
    assert _owner_of(BOARD, "written notice") == "Ottilie Grauwitz"
    assert _owner_of(BOARD, "report on the grant") == "Karla Brecker"


SECRETARY = (
    "Minutes of a meeting of the Board of Directors held on Wednesday 10 March 2027\n\n"
    "Present: Jorinde Halvsen (Chair)\n"
    "In attendance: Pirmin Quarrie (Company Secretary)\n\n"
    "4. ACTIONS\n"
    "The Company Secretary will send a certified copy of the resolution to the vendor tomorrow.\n"
)


def test_a_role_of_two_words_held_by_one_participant() -> None:
    assert _owner_of(SECRETARY, "certified copy") == "Pirmin Quarrie"


AUFSICHTSRAT = (
    "Niederschrift über die Sitzung des Aufsichtsrats\n"
    "Datum: Donnerstag, 18. März 2027\n"
    "Anwesend: Jorinde Halvsen (Vorsitzende), Karla Brecker\n"
    "Ferner anwesend: Pirmin Quarrie (Geschäftsführer Stadtwerke Quellbach GmbH)\n\n"
    "Beschluss: einstimmig beschlossen.\n"
    "Der Geschäftsführer wird beauftragt, den Vertrag bis zum 31.03.2027 zu unterzeichnen.\n"
    "Herr Quarrie berichtet dem Aufsichtsrat in drei Monaten über den Baufortschritt.\n"
)


def test_a_commissioned_role_and_a_report_still_to_give() -> None:
    assert _owner_of(AUFSICHTSRAT, "Vertrag bis zum") == "Pirmin Quarrie"
    assert _owner_of(AUFSICHTSRAT, "berichtet dem Aufsichtsrat") == "Pirmin Quarrie"
    assert _due_of(AUFSICHTSRAT, "berichtet dem Aufsichtsrat") == date(2027, 6, 18)


def test_surname_beside_a_role_read_as_a_person() -> None:
    people = [Participant(name="Pirmin Quarrie"), Participant(name="Projektleitung Quarrie")]
    assert full_owner("Quarrie", people, "Herr Quarrie sendet den Nachweis.") == "Pirmin Quarrie"
