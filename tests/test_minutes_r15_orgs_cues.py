"""Round 15 organisation cues: role-labelled attendance lines, a note-taker field, a domain spelled in the text,
a buyer's 'we're going ahead', a department bracket, and the words that are never the customer's company."""

from __future__ import annotations

import pytest

from coach.minutes.company import domain_spelled, not_an_org
from coach.minutes.engine import draft_minutes
from coach.minutes.orgs import decide_orgs
from coach.minutes.pairing import labelled_writer, spelled_in_brackets
from coach.minutes.role_labels import role_people
from coach.minutes.vendor import tidy_company
from coach.text.model import Participant

_PROTOCOL = """Kreiswerke Halderau GmbH
Einkauf

Vermerk zum Abschlusstermin Leitsystem

Teilnehmende:
für die Auftraggeberin: Herr Bernd Kolbeck (Einkauf), Frau Sanne Tietjen (Technik)
für die Auftragnehmerin (Ostwind Leittechnik GmbH): Herr Yusuf Demirel, Frau Ilka Renner (Projektleitung)

1. Der Zuschlag ist erteilt, der Vertrag ist unterschrieben.
2. Frau Renner schickt den Terminplan bis Freitag.
"""


def test_role_labelled_lines_give_each_person_a_side() -> None:
    people = [Participant(name=n) for n in ("Bernd Kolbeck", "Sanne Tietjen", "Yusuf Demirel", "Ilka Renner")]
    found = role_people(_PROTOCOL, people)
    assert {n: s for n, (s, _) in found.items()} == {
        "Bernd Kolbeck": "customer",
        "Sanne Tietjen": "customer",
        "Yusuf Demirel": "seller",
        "Ilka Renner": "seller",
    }
    assert found["Yusuf Demirel"][1] == "Ostwind Leittechnik GmbH"


def test_buyer_protocol_with_role_labels_puts_the_contractor_on_the_seller_side() -> None:
    result = draft_minutes(_PROTOCOL)
    sides = {p.name: p.side for p in result.participants}
    assert sides.get("Yusuf Demirel") == "seller"
    assert sides.get("Ilka Renner") == "seller"
    assert sides.get("Bernd Kolbeck") == "customer"


def test_note_taker_field_names_the_writer() -> None:
    people = [Participant(name="Greta Holm"), Participant(name="Ravi Suresh")]
    text = "# Vendor call\n**Notetaker:** Greta (Lakeshore Freight Systems, Finance)\n\nWe like the product."
    assert labelled_writer(text, people) is people[0]
    assert spelled_in_brackets(text, "Lakeshore Freight", people) == "Lakeshore Freight Systems"


def test_buyer_writing_the_notes_turns_the_meeting() -> None:
    text = (
        "# Expense tool – vendor decision\n"
        "**Attendees:** Greta Holm <greta.holm@lakeshorefreight.example>, Ravi Suresh "
        "<ravi.suresh@lakeshorefreight.example>, Tomasz Wilk <t.wilk@spendly.example>\n"
        "**Notetaker:** Greta (Lakeshore Freight Systems, Finance)\n\n"
        "- Spendly Ltd offered a discount if we sign this month.\n"
        "- Ravi: our budget is frozen until the audit is done.\n"
        "- Tomasz (Spendly Ltd) will send the revised price sheet by Friday.\n\n"
        "Outcome: we have decided to wait; the purchase is on hold until Q3.\n"
    )
    result = draft_minutes(text)
    sides = {p.name: p.side for p in result.participants}
    assert sides.get("Greta Holm") == "customer"
    assert sides.get("Tomasz Wilk") == "seller"


def test_a_domain_spelled_out_in_the_text_names_the_company() -> None:
    text = "On the call: Mara and Jo for Northwind Logistics, and me."
    assert domain_spelled("northwindlg", text) == "Northwind Logistics"
    assert domain_spelled("northwind", text) is None  # the domain is the first word alone: read elsewhere


def test_a_department_bracket_is_no_organisation() -> None:
    text = (
        "Dabei: Herr Lutz Brenner (Vorstand), Frau Eda Kaya (Technik/Werkstatt), von uns ich (Mila)\n"
        "Ergebnis: Zusage unter Vorbehalt.\n"
    )
    people = [Participant(name="Lutz Brenner"), Participant(name="Eda Kaya"), Participant(name="Mila")]
    found = decide_orgs(text, people, None, None, None)
    assert "Werkstatt" not in {found.seller, found.customer}
    assert "Eda Kaya" not in found.members


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("Abschlussgespräch Stadtwerke Ebersfeld", "Stadtwerke Ebersfeld"),
        ("Staff, Ridgeview Unified School District", "Ridgeview Unified School District"),
        ("Notes GmbH", "Notes GmbH"),
    ],
)
def test_tidy_company_drops_a_meeting_word_or_list_label(raw: str, tidy: str) -> None:
    assert tidy_company(raw) == tidy


@pytest.mark.parametrize(
    "name", ["Supply Chain", "Vergabekammer", "KW 12", "Audit Committee", "Finanzausschuss"]
)
def test_departments_committees_and_weeks_are_no_company(name: str) -> None:
    assert not_an_org(name)


@pytest.mark.parametrize("name", ["Legal & General", "Estates Ltd", "Ridgeview Health System"])
def test_companies_stay_companies(name: str) -> None:
    assert not not_an_org(name)
