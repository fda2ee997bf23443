"""Action items in forms met in round 14: chat handles, 'Verantw.' tables, calendar weeks, board commissions,
arrows that lead to someone else's task, and the meeting date of a board's own minutes."""

from __future__ import annotations

from datetime import date

from coach.minutes.engine import draft_minutes
from coach.text.dates import meeting_date

_HANDLES = """## Abschluss – Pellworm Lager GmbH
date: 14/09/2027 · notes by @r.quandt (Ruben Quandt)

**attendees**
- Pellworm: Greta Sörensen (COO), Michał Wrzos (IT)
- Vendor: @r.quandt (Ruben Quandt), @t.ekwueme (Tolu Ekwueme, solutions)

**actions**
[ACTION] @r.quandt send the signed order form to Greta – today
[ACTION] @m.wrzos open the firewall for the support desk
[ACTION] @t.ekwueme draft the rollout plan; @g.sorensen name the key users
"""

_TABLE = """Ergebnisprotokoll Abschlussgespräch
Stadtwerke Ufersee – Technik
02.03.2027, 10:00, Raum 4

Teilnehmer: Hanne Kielholz (Technik), Bodo Sperling (Vertrieb, Lumatec GmbH)

Maßnahmen
Nr | Maßnahme | Verantw. | Termin
1 | Angebot anpassen + Preis neu rechnen | Sperling | morgen
2 | Wartungsfenster festlegen | Kielholz | KW 12

Nächster Termin: Kick-off am 20.04.2027.
"""

_BOARD = """Niederschrift Aufsichtsrat Wasserwerk Ostheide GmbH
Sitzung am 08.06.2027

Anwesend (AR): Helga Brinkhaus (Vorsitzende), Ole Petersen
Geschäftsführung: Dr. Arvid Lohmeyer

Die Geschäftsführung wird beauftragt, die Anlage 3 bis 30.06.2027 zu verhandeln und dem Aufsichtsrat im September zu berichten.
"""

_ARROW = """Notizen Abschluss 03.05.2027
Teilnehmer: Edda Frahm (Einkauf, Kornhof AG), Till Wagenknecht (Vertrieb, Fördertech GmbH)

Ergebnis: Zusage für die Förderanlage.

Offene Punkte
- Frau Frahm will eine Mietvariante sehen -> Till rechnet die Miete über 48 Monate durch
"""


def _items(notes: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        a.task: (a.owner, a.due.isoformat() if a.due else None) for a in draft_minutes(notes).action_items
    }


def _find(items: dict[str, tuple[str | None, str | None]], part: str) -> tuple[str | None, str | None]:
    found = [v for task, v in items.items() if part in task]
    assert len(found) == 1, (part, items)
    return found[0]


def test_chat_handles_name_the_owner() -> None:
    items = _items(_HANDLES)
    assert _find(items, "send the signed order form") == ("Ruben Quandt", "2027-09-14")
    assert _find(items, "open the firewall")[0] == "Michał Wrzos"
    assert _find(items, "draft the rollout plan")[0] == "Tolu Ekwueme"
    assert _find(items, "name the key users")[0] == "Greta Sörensen"


def test_table_with_short_owner_column_and_calendar_week() -> None:
    items = _items(_TABLE)
    assert _find(items, "Angebot anpassen") == ("Bodo Sperling", "2027-03-03")
    assert _find(items, "Preis neu rechnen") == ("Bodo Sperling", "2027-03-03")
    assert _find(items, "Wartungsfenster festlegen") == ("Hanne Kielholz", None)  # a calendar week is vague


def test_management_commissioned_with_two_tasks() -> None:
    items = _items(_BOARD)
    assert _find(items, "die Anlage 3 bis 30.06.2027 zu verhandeln") == ("Arvid Lohmeyer", "2027-06-30")
    assert _find(items, "dem Aufsichtsrat im September zu berichten")[0] == "Arvid Lohmeyer"


def test_arrow_to_a_task_with_its_own_subject() -> None:
    items = _items(_ARROW)
    assert _find(items, "rechnet die Miete") == ("Till Wagenknecht", None)


def test_meeting_date_of_board_minutes_and_a_header_date_line() -> None:
    assert meeting_date("HARBOUR TRUST\nBoard meeting, 19 January 2027, 7pm – Room 2\n") == date(2027, 1, 19)
    assert meeting_date(_TABLE) == date(2027, 3, 2)
