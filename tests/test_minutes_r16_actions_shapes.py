"""Round 16: owner and due shapes of action items (initials before shared surnames, titled owners, a 'sie'/'he'
after a named task, due columns, abbreviations and asides that cut or join a task)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes.actions import extract_actions
from coach.minutes.engine import draft_minutes
from coach.minutes.noise import not_a_task
from coach.minutes.patterns import action_sentences
from coach.text.lines import segment
from coach.text.model import Participant
from coach.text.people import People


def _items(notes: str) -> list[tuple[str, str | None, date | None]]:
    return [(a.task, a.owner, a.due) for a in draft_minutes(notes).action_items]


def _owner_of(notes: str, needle: str) -> str | None:
    found = [a for a in draft_minutes(notes).action_items if needle in a.task]
    assert found, f"no item with {needle!r}"
    return found[0].owner


SHARED = (
    "Minutes of the steering meeting, 12 May 2027\n"
    "Present: Greta Skjold (Buyer, Trossvik Ltd), Paul Achter (Head of Finance, Trossvik Ltd), "
    "Birte Wendrich and Jonas Wendrich (both Tarvo GmbH)\n\n"
    "Actions\n"
    "ACTION: B. Wendrich to revise the rollout plan by Friday.\n"
    "ACTION: J. Wendrich to provide two customer references.\n"
    "ACTION: P. Achter to confirm the budget line.\n"
)


def test_initial_and_shared_surname_give_the_person() -> None:
    assert _owner_of(SHARED, "rollout plan") == "Birte Wendrich"
    assert _owner_of(SHARED, "customer references") == "Jonas Wendrich"
    assert _owner_of(SHARED, "budget line") == "Paul Achter"


def test_initial_owner_keeps_two_verbs_as_one_task() -> None:
    notes = (
        "Minutes, 3 June 2027\nPresent: Ruth Grotefend (Chair), Ida Pillau and Ole Pillau (Pillau Technik GmbH)\n\n"
        "Actions\n- O. Pillau to schedule and run the acceptance test in two weeks' time.\n"
    )
    items = _items(notes)
    assert [t for t, _, _ in items if "acceptance test" in t] == [
        "O. Pillau to schedule and run the acceptance test in two weeks' time"
    ]
    assert items[0][1:] == ("Ole Pillau", date(2027, 6, 17))


def test_due_column_named_faellig() -> None:
    notes = (
        "Entscheidungstermin 16.02.2027\nTeilnehmer: Frau Vera Ostrup (Einkauf, Mendrano AG), Tom Hagen (Vertrieb)\n\n"
        "Aktionspunkte\n| Nr | Aufgabe | Verantwortlich | Fällig |\n|---|---|---|---|\n"
        "| 1 | Vertragsentwurf an Einkauf senden | Tom Hagen | 19.02.2027 |\n"
        "| 2 | Bestellnummer übermitteln | Vera Ostrup | Freitag |\n"
    )
    dues = {t: d for t, _, d in _items(notes)}
    assert dues["Vertragsentwurf an Einkauf senden"] == date(2027, 2, 19)
    assert dues["Bestellnummer übermitteln"] == date(2027, 2, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tobi -> überarb. Angebot ohne Wartung bis Fr", ["Tobi -> überarb. Angebot ohne Wartung bis Fr"]),
        (
            "AP: PO schicken + unterschr. Anlage nachreichen",
            ["AP: PO schicken + unterschr. Anlage nachreichen"],
        ),
        ("Besuch Obj. Birkenstr. organisieren", ["Besuch Obj. Birkenstr. organisieren"]),
        ("Update CRM. Anna will call", ["Update CRM.", "Anna will call"]),
        ("Das reicht nicht mehr. Anna schickt", ["Das reicht nicht mehr.", "Anna schickt"]),
    ],
)
def test_abbreviations_keep_a_task_whole(text: str, expected: list[str]) -> None:
    assert action_sentences(text) == expected


def test_document_supplement_is_a_task_not_a_report() -> None:
    assert not not_a_task("Frau Faltermann ergänzt die Dokumentation um eine Beschreibung der Rollen", [])
    assert not_a_task("Frau Faltermann ergänzt, dass die Frist eingehalten wird", [])


def test_titled_person_not_listed_owns_the_task() -> None:
    people = People(participants=[Participant(name="Kai Drowitz", side="seller")])
    lines = segment(
        "Was jetzt noch zu tun ist:\n- Frau Stadlhuber schickt uns die Bewertungsmatrix, ohne Termin\n"
        "- Frau Stadlhuber kommt später dazu\n"
    )
    items = extract_actions(lines, people, date(2027, 1, 19), learned=False)
    assert [(a.task, a.owner) for a in items] == [
        ("Frau Stadlhuber schickt uns die Bewertungsmatrix, ohne Termin", "Stadlhuber")
    ]


def test_pronoun_takes_the_owner_of_the_task_before() -> None:
    notes = (
        "Protokoll 02.02.2027\nTeilnehmer: Frau Ilka Sommer (Projektleitung, Vela AG), Herr Rolf Pellinger (Vertrieb)\n\n"
        "Aufgaben\n- Frau Sommer erstellt bis 05.02.2027 den Projektauftrag; die Key User benennt sie ebenfalls bis "
        "dahin.\n"
    )
    items = {t: (o, d) for t, o, d in _items(notes)}
    key = next(t for t in items if "Key User" in t)
    assert items[key] == ("Ilka Sommer", date(2027, 2, 5))


def test_aside_with_its_own_owner_is_its_own_task() -> None:
    notes = (
        "Notizen 19.1.2027\nVon uns: ich (Kai Drowitz) + Lea Pfannholz\n\n"
        "To do:\n- Service holt die Testgeräte bis Ende des Monats ab (Lea stimmt den Termin mit dem Lager ab)\n"
    )
    items = {t: (o, d) for t, o, d in _items(notes)}
    assert items["Service holt die Testgeräte bis Ende des Monats ab"] == ("Service", date(2027, 1, 31))
    assert items["Lea stimmt den Termin mit dem Lager ab"][0] == "Lea Pfannholz"


def test_label_before_a_titled_owner() -> None:
    notes = (
        "Protokoll vom 02.06.2027\nTeilnehmende: Herr Udo Strubinger (Geschäftsführer), Frau Eva Brettschneider (Vertrieb)\n\n"
        "Herr Strubinger erklärte die Zustimmung. Vereinbart wurde weiter: Frau Brettschneider übersendet bis Freitag den "
        "Entwurf des SLA an Herrn Strubinger. Herr Strubinger informiert den Beirat.\n"
    )
    assert _owner_of(notes, "Entwurf des SLA") == "Eva Brettschneider"


def test_date_dot_stays_with_the_task() -> None:
    notes = (
        "Termin 11.03.27\nTN: Dr. Lutz Aichinger (Kunde), wir: Jan Mollwitz\n\nAP Jan: Vorlage bis 19.03.\n"
    )
    assert any(t.endswith("bis 19.03.") for t, _, _ in _items(notes))


def test_two_bracketed_dues_give_two_tasks() -> None:
    notes = (
        "Call notes, 17 August 2027\nAttendees: Nora Quill (Estates, Fenby College), Per Skarby (our AE)\n\n"
        "Next steps\n- [ ] Nora to share the energy baseline (today) and the meter list (end of next week)\n"
    )
    items = {t: (o, d) for t, o, d in _items(notes)}
    assert items["Nora to share the energy baseline (today)"] == ("Nora Quill", date(2027, 8, 17))
    assert items["the meter list (end of next week)"] == ("Nora Quill", date(2027, 8, 27))


def test_verbs_written_without_umlauts() -> None:
    people = People(participants=[Participant(name="Kai Drowitz", side="seller")])
    lines = segment("Nächste Schritte:\n- Herr Stadlhuber uebersendet den Versicherungsnachweis sofort\n")
    items = extract_actions(lines, people, date(2027, 1, 26), learned=False)
    assert [(a.owner, a.due) for a in items] == [("Stadlhuber", date(2027, 1, 26))]


@pytest.mark.parametrize(
    "line",
    [
        "Guten Morgen Herr Prof. Dr. Ruppaner, guten Morgen Frau Kern",
        "There being no further business, the meeting adjourned at 7:05 p.m",
        "ADJOURNMENT",
        "Professor Vestergaard sends apologies, he is in the senate all day",
    ],
)
def test_greetings_closings_and_apologies_are_no_tasks(line: str) -> None:
    assert not_a_task(line, [])


def test_german_will_with_a_particle_is_a_wish() -> None:
    people = People(participants=[Participant(name="Kai Drowitz", side="seller")])
    lines = segment("Notizen\nPreis ok, GF will aber die Ladesäulen rausnehmen (eigener Elektriker)\n")
    assert extract_actions(lines, people, date(2027, 1, 19), learned=False) == []


@pytest.mark.parametrize(
    "line",
    [
        "Zum Vertrag: Herr Querfurt gibt an, der unterschriebene Vertrag sei eingegangen.",
        "Frau Dr. Kern bestaetigt, dass die Ergebnisse der Testphase gesichtet wurden.",
    ],
)
def test_reports_of_what_was_said_are_no_tasks(line: str) -> None:
    people = People(participants=[Participant(name="Ralf Querfurt"), Participant(name="Ina Kern")])
    assert extract_actions(segment(f"Notizen\n{line}\n"), people, date(2027, 3, 2), learned=False) == []


def test_role_abbreviation_before_a_surname() -> None:
    notes = (
        "Board minutes, 4 February 2027\nPresent: Tom Colbeck (GM), Ann Ibarrola (Chair), Lou Park (our AE)\n\n"
        "Actions\n- GM Colbeck to submit the grant paperwork by Feb 12\n"
    )
    assert _owner_of(notes, "grant paperwork") == "Tom Colbeck"
