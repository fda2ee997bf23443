"""Lines that are no task though they sit among the action items: attendee entries ('Dr. X (Head of Y)',
'Name (role) – name@firm.example') and a letter's greeting or closing. Real tasks with brackets or addresses stay."""

from __future__ import annotations

import pytest

from coach.minutes.actions import not_a_task
from coach.minutes.engine import draft_minutes
from coach.text.model import Participant
from coach.text.people import People

PEOPLE = People(
    participants=[
        Participant(name="Lena Ortiz"),
        Participant(name="Tom Price"),
        Participant(name="Wouter de Vries"),
        Participant(name="Sam Reed"),
    ]
)


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("Lena Ortiz (COO, chair) – l.ortiz@harwick.example", True),
        ("Wouter de Vries (Account Director, Tallow BV) – w.devries@tallow.example", True),
        ("Dr. Price (Head of Finance)", True),
        ("Herr Dr. Price (Leiter Finanzen)", True),
        ("Von uns: Sam Reed (Vertrieb, Tallow Systems)", True),
        ("Mit freundlichen Grüßen", True),
        ("Liebe Frau Ortiz, lieber Herr Price", True),
        ("Best regards", True),
        # tasks stay, with their brackets and addresses
        ("Send the signed order form to l.ortiz@harwick.example", False),
        ("Referenzkontakt (Hotel am See)", False),
        ("SSO-Anbindung (Azure AD)", False),
        ("Tom Price prüft die Rechnungsstellung (Anlage 2)", False),
        ("Lena to share the data sample (CSV)", False),
        ("Validierungspaket (IQ/OQ-Vorlagen)", False),
        ("Tom – price sheet (both regions) to Lena", False),
        ("Lieber nicht, ich schicke es erst morgen (nach dem Call)", False),
    ],
)
def test_not_a_task(task: str, expected: bool) -> None:
    assert not_a_task(task, PEOPLE) is expected


NOTES = {
    "en": (
        "Steering committee, Harwick Foods – 12 May 2027\n"
        "Decision: approved, we go ahead with the rollout.\n\n"
        "Action items\n"
        "- Sam to send the order form by Friday\n"
        "- Tom will check the invoicing setup by 20 May 2027\n"
        "Lena Ortiz (COO, chair) – l.ortiz@harwick.example\n"
        "Dr. Price (Head of Finance)\n"
    ),
    "de": (
        "Lenkungskreis Harwick Foods – 12.05.2027\n"
        "Entscheidung: ja, wir starten den Rollout.\n\n"
        "Nächste Schritte\n"
        "- Sam schickt das Bestellformular bis Freitag\n"
        "- Tom prüft die Rechnungsstellung bis 20.05.2027\n"
        "Lena Ortiz (COO, Vorsitz) – l.ortiz@harwick.example\n"
        "Herr Dr. Price (Leiter Finanzen)\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_attendee_entries_below_the_actions_are_no_items(lang: str) -> None:
    items = draft_minutes(NOTES[lang]).action_items
    assert len(items) == 2, [a.task for a in items]
    assert not any("Price (" in a.task or "@" in a.task for a in items)
