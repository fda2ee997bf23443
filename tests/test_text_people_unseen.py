"""People as unseen writers name them: 'from us' lists with first names, nested CRM contacts, people greeted or
thanked by name, 'our MD, Name', 'hier ist der Nils', and speaker turns that look like attendance lines."""

from __future__ import annotations

import pytest

from coach.text import parse_text
from coach.text.cues import attendance_line
from coach.text.people import extract_people, named_people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From us: me (Lena Dorn), Felix and Jana.",
            {"Lena Dorn": "seller", "Felix": "seller", "Jana": "seller"},
        ),
        (
            "Von uns: ich (Lena Dorn), Felix und Jana.",
            {"Lena Dorn": "seller", "Felix": "seller", "Jana": "seller"},
        ),
        ("Anwesend: Vertrieb, Einkauf", {}),
        ("Attendees: Sales, Finance and Kim", {"Kim": "customer"}),
    ],
)
def test_people_of_lists(text: str, expected: dict[str, str]) -> None:
    assert {p.name: p.side for p in extract_people(text)} == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Me and our MD, Fiona Blake. She signs.", "Fiona Blake", "MD"),
        ("Dazu kommt unsere Einkaufsleiterin, Sanne Voss, die das prüft.", "Sanne Voss", "Einkaufsleiterin"),
    ],
)
def test_role_then_name(text: str, name: str, role: str) -> None:
    assert [(p.name, p.role) for p in named_people(text)] == [(name, role)]


def test_we_met_our_client_names_no_person() -> None:
    assert named_people("We met our client, Acme Labs, last week.") == []


CRM = """opportunity: Warthe Pack – Line Vision
account: Warthe Pack Sp. z o.o.
owner: Ines Moreau (Lumacheck GmbH)
stage: discovery
contact:
  - name: Jakub Wrona
    role: Plant Manager
    email: j.wrona@warthepack.example
  - name: Ola Mazur
    role: Quality Engineer
next_step: demo 12.1.
notes: |
  Call w/ Jakub + Ola.
"""


def test_nested_crm_contacts() -> None:
    doc = parse_text(CRM)
    people = {p.name: (p.side, p.role, p.email) for p in doc.participants}
    assert people["Jakub Wrona"] == ("customer", "Plant Manager", "j.wrona@warthepack.example")
    assert people["Ola Mazur"] == ("customer", "Quality Engineer", None)
    assert doc.customer_company == "Warthe Pack Sp. z o.o."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaker 1  0:02\nThanks Oona, thanks Ravi. I'll keep it short.\nSpeaker 2  0:06\nSure.\n"
            "Speaker 1  0:08\nOur customers typically cut downtime by a third. What does yours look like?\n"
            "Speaker 2  0:14\nWe lose about a day a month.\n",
            {"Oona": "customer", "Ravi": "customer"},
        ),
        (
            "Sprecher 1  0:02\nHallo Frau Brandt, hier ist der Nils von Lumacheck.\nSprecher 2  0:06\nHallo.\n"
            "Sprecher 1  0:08\nUnsere Kunden senken die Ausschussquote im Schnitt um ein Drittel. Wie ist das bei "
            "Ihnen?\nSprecher 2  0:14\nWir haben rund vier Prozent Ausschuss.\n",
            {"Nils": "seller", "Brandt": "customer"},
        ),
        (
            "Jonas Rieder: Hi Dr. Darko, thanks for taking the call, we're recording if that's okay.\n"
            "Efua Darko: Sure, go ahead.\nJonas Rieder: Our clients typically cut no-shows by half. How many clinics "
            "do you run?\nEfua Darko: Twelve.\n",
            {"Efua Darko": "customer", "Jonas Rieder": "seller"},
        ),
    ],
    ids=["en-thanked", "de-self-with-article", "en-greeted-titled"],
)
def test_people_greeted_thanked_or_introducing_themselves(text: str, expected: dict[str, str]) -> None:
    doc = parse_text(text)
    sides = {p.name: p.side for p in doc.participants}
    for name, side in expected.items():
        assert sides.get(name) == side, (name, sides)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Teilnehmer B (Einkauf): Wir prüfen das bis Freitag.", None),
        ("Teilnehmerin C: Passt.", None),
        ("Participants: Eva Kurz, Tom Berg", "present"),
        ("Teilnehmer (Kunde): Eva Kurz", "present"),
    ],
)
def test_attendance_line_and_speaker_turns(line: str, kind: str | None) -> None:
    assert attendance_line(line) == kind
