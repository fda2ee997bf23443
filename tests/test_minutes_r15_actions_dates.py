"""Round 15: due dates and item boundaries of action items (date shapes, meeting dates, two dated tasks in a line)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes.engine import draft_minutes
from coach.minutes.patterns import action_sentences
from coach.text.dates import find_meeting_date, resolve_due

BASE = date(2027, 4, 13)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Angebot schicken 04/16/2027", date(2027, 4, 16)),  # month first: the day is over 12
        ("decision mtg 9/21/27", date(2027, 9, 21)),
        ("Freigabe 16/04/2027", date(2027, 4, 16)),  # day first, as in Europe
        ("Protokoll 28-05-2027.txt", date(2027, 5, 28)),
        ("final mtg - 10-Jun-2027", date(2027, 6, 10)),
        ("Schulung planen, nä. Woche Mi", date(2027, 4, 21)),
        ("Geräte abholen bis Ende nä. Woche", date(2027, 4, 23)),
    ],
)
def test_date_shapes(text: str, expected: date) -> None:
    assert resolve_due(text, BASE)[0] == expected


def test_two_digit_year_before_a_time() -> None:
    assert resolve_due("Tue 8 Jun 27, 14:00", None)[0] == date(2027, 6, 8)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["MINUTES OF A MEETING", "Held in Leeds and by video link, on 4 March 2027 at 10:00"],
            date(2027, 3, 4),
        ),
        (["Decision meeting", "Created by Uta Bell · Feb 25, 2027"], date(2027, 2, 25)),
        (
            ["Ergebnisprotokoll", "Vergabegremium", "Firma GmbH", "Montag, 18.01.2027, 09:00 – 10:15 Uhr"],
            date(2027, 1, 18),
        ),
        (
            [
                "Vendor GmbH – Notiz",
                "Abschluss Rollout | 17.02.2027, 10:00",
                "Teilnehmer: A, B",
                "Notizen",
                "- X",
            ]
            + ["- Frau B legt es in der Sitzung am 03.03.2027 vor"],
            date(2027, 2, 17),
        ),
        (["Call notes", "Deadline by 5 March 2027", "Meeting on 2 March 2027"], date(2027, 3, 2)),
    ],
)
def test_meeting_date(lines: list[str], expected: date) -> None:
    assert find_meeting_date(lines)[0] == expected


def test_sentences_kept_whole() -> None:
    assert len(action_sentences("Herr X legt ein Preisblatt für Pos. 31 vor.")) == 1
    assert len(action_sentences("AI Ravi: test data + contact at the farm (which one?) by Fri")) == 1
    assert len(action_sentences("Termine vorschlagen, nä. Woche Mi")) == 1


NOTES = """Protokoll 11.03.2027
Teilnehmer: Ines Vogel, Olaf Wendt, Timo Yilmaz, Clara Hart

Nächste Schritte:
- Ines: send the welcome pack tomorrow and put the kickoff invites out today
- Olaf Wendt erstellt bis übermorgen den Projektplan für alle Filialen und bis Ende nächster Woche eine Spezifikation für die Anbindung
- Olaf: Absage im CRM dokumentieren (heute) + Verlängerungsschreiben an Timo bis Fr
- Clara Hart will check whether we can hold the price until June 30 and let Timo know by Monday
- Timo will call Ines between Monday and Wednesday
- Vertragsentwurf an die Rechtsabteilung (Olaf, morgen)
☐ Clara – countersign and return the contract set – Due: today
☑ Timo – NDA sent
[Timo Yilmaz] Run a second feed validation with the test export
"""


@pytest.fixture(scope="module")
def items() -> dict[str, tuple[str | None, date | None]]:
    result = draft_minutes(NOTES, today=date(2027, 3, 11))
    return {a.task: (a.owner, a.due) for a in result.action_items}


def _find(
    items: dict[str, tuple[str | None, date | None]], part: str
) -> list[tuple[str | None, date | None]]:
    return [v for k, v in items.items() if part in k]


def test_two_tasks_with_their_own_dates(items: dict) -> None:
    assert _find(items, "welcome pack") == [("Ines Vogel", date(2027, 3, 12))]
    assert _find(items, "kickoff invites") == [("Ines Vogel", date(2027, 3, 11))]
    assert _find(items, "Projektplan") == [("Olaf Wendt", date(2027, 3, 13))]
    assert _find(items, "Spezifikation") == [("Olaf Wendt", date(2027, 3, 19))]
    assert _find(items, "Absage im CRM") == [("Olaf Wendt", date(2027, 3, 11))]
    assert _find(items, "Verlängerungsschreiben") == [("Olaf Wendt", date(2027, 3, 12))]


def test_date_in_a_question_is_no_deadline(items: dict) -> None:
    assert _find(items, "hold the price") == [("Clara Hart", date(2027, 3, 15))]


def test_date_span_stays_one_task(items: dict) -> None:
    assert len(_find(items, "call Ines")) == 1


def test_owner_and_due_in_one_bracket(items: dict) -> None:
    assert _find(items, "Vertragsentwurf an die Rechtsabteilung") == [("Olaf Wendt", date(2027, 3, 12))]


def test_notion_boxes_and_bracketed_names(items: dict) -> None:
    assert _find(items, "countersign and return the contract set") == [("Clara Hart", date(2027, 3, 11))]
    assert not _find(items, "NDA sent")
    assert _find(items, "second feed validation") == [("Timo Yilmaz", None)]
    assert not any(k.startswith("☐") for k in items)


def test_table_with_an_ai_column() -> None:
    notes = (
        "Minutes — Date: April 13, 2027\nAttendees: Pia Arndt, Rolf Sommer\n\n"
        "| #    | AI                          | Owner (R)       | Accountable (A) | Due        |\n"
        "|------|-----------------------------|-----------------|-----------------|------------|\n"
        "| AI-1 | Send fixed-fee quote        | Pia Arndt     | Raj S.          | 04/16/2027 |\n"
        "| AI-2 | Brief the VP and get sign-off | Rolf Sommer | Priya A.      | by Friday  |\n"
    )
    found = {a.task: (a.owner, a.due) for a in draft_minutes(notes, today=BASE).action_items}
    assert found["Send fixed-fee quote"] == ("Pia Arndt", date(2027, 4, 16))
    assert found["Brief the VP and get sign-off"] == ("Rolf Sommer", date(2027, 4, 16))


def test_team_with_its_contact() -> None:
    """A team and a person in brackets: the person when addressed with a title, else the team."""
    notes = (
        "Protokoll 11.03.2027\nTeilnehmer: Jan Morell (IT), Sina Hofer (IT), Anna Roth\n\n"
        "Nächste Schritte:\n- IT (Hr. Morell) entzieht heute die VPN-Zugänge.\n"
        "- IT (Hofer) prüft die MDM-Anbindung der Tablets.\n"
    )
    found = {a.task: a.owner for a in draft_minutes(notes, today=date(2027, 3, 11)).action_items}
    assert [o for t, o in found.items() if "VPN" in t] == ["Jan Morell"]
    assert [o for t, o in found.items() if "MDM" in t] == ["IT"]
