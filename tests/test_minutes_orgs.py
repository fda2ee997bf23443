"""Who offers and who decides: the customer's company and the sides from the whole text (`coach.minutes.orgs`).

Each text is our own; each case failed before the organisation decision (the product, the seller or nothing came
out as the customer, or the seller's people sat on the customer's side)."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes
from coach.minutes.orgs import decide_orgs, side_by_conduct
from coach.text.document import parse_text
from coach.text.model import Participant
from coach.text.sides import company_key

CASES = [
    (  # en: seller's prose notes; the title names the product, the closing signature the seller's company
        "Quorvane Planner – final decision call, 9 March 2027\n\n"
        "Present on their side: Odile Varga (Head of Finance) and Ruben Castellano from procurement, both "
        "Harwick Ferry Services.\nKasimir Lund (our presales) and I ran the session.\n"
        "Odile said Harwick Ferry Services will go ahead with the annual plan. Ruben raised the notice period.\n"
        "Kasimir will send the data-processing annex by Friday.\n\n-- Mirela Dobos, Quorvane Software Ltd\n",
        "Harwick Ferry Services",
        {"Odile Varga": "customer", "Ruben Castellano": "customer", "Kasimir Lund": "seller"},
    ),
    (  # de: an e-mail; the customer's name spelt out once, its domain in the addresses
        "Von: Jasna Petrović <j.petrovic@kellerhof-brauerei.example>\n"
        "An: Till Brenner <t.brenner@sudwerk-systems.example>\nDatum: 14.04.2027\n"
        "Betreff: AW: Entscheidung Braulog\n\nHallo Herr Brenner,\n\n"
        "die Geschäftsleitung der Kellerhof Brauerei hat gestern zugestimmt, wir nehmen Braulog für beide "
        "Standorte.\nDie unterschriebene Bestellung schicke ich Ihnen bis Freitag.\n\nViele Grüße\nJasna Petrović\n",
        "Kellerhof Brauerei",
        {"Jasna Petrović": "customer", "Till Brenner": "seller"},
    ),
    (  # de: buyer minutes; the vendor's people listed 'für <Org>:', the product carries the vendor's name
        "Protokoll Vorstandssitzung, 03.05.2027\n"
        "Anwesend: Dr. Henrike Saalfeld (Vorstand, Wiesental Energie eG), Arnulf Krebs (Controlling); "
        "für Lumivo GmbH: Frau Talia Moreau, Herr Benedek Szabo\n\n"
        "TOP 1: Der Vorstand gibt die Einführung von Lumivo Netzportal frei.\n"
        "Frau Moreau schickt den Vertragsentwurf bis 10.05.2027.\n",
        "Wiesental Energie eG",
        {
            "Henrike Saalfeld": "customer",
            "Arnulf Krebs": "customer",
            "Talia Moreau": "seller",
            "Benedek Szabo": "seller",
        },
    ),
    (  # en: a transcript; the seller says which side they speak for, the customer names its own company
        "Stelvio Rates – decision call (captions)\n"
        "[00:00:02] Ines Okafor: Thanks for joining. From the Brightquay side it's me and Tomasz.\n"
        "[00:00:09] Helga Strand: Hi both. At Marrow Point Hotels nothing above fifty thousand gets signed "
        "without the owners.\n"
        "[00:00:20] Tomasz Wielki: Our customers usually see payback within a year, and we typically roll out "
        "in two waves.\n"
        "[00:00:31] Helga Strand: We have decided to go ahead, but the owners want a cap on the yearly increase.\n"
        "[00:00:40] Ines Okafor: Understood, I'll send the revised order form tomorrow.\n",
        "Marrow Point Hotels",
        {"Ines Okafor": "seller", "Tomasz Wielki": "seller", "Helga Strand": "customer"},
    ),
]


@pytest.mark.parametrize(
    ("notes", "company", "sides"), CASES, ids=["en-title", "de-mail", "de-board", "en-vtt"]
)
def test_the_deciding_organisation_is_the_customer_and_sides_follow(
    notes: str, company: str, sides: dict[str, str]
) -> None:
    result = draft_minutes(notes)
    assert company_key(result.company) == company_key(company)
    got = {p.name: p.side for p in result.participants}
    assert {name: got.get(name) for name in sides} == sides


@pytest.mark.parametrize(
    ("text", "people", "seller", "customer"),
    [
        (  # the seller's own company setting wins over a product-shaped title
            "Palvex Suite – decision\nAttendees: Nora Vik (CFO, Dunmere Logistics Ltd), Eli Haas (Palvex Ltd)\n",
            ["Nora Vik", "Eli Haas"],
            "Palvex Ltd",
            "Dunmere Logistics Ltd",
        ),
        (  # 'us (Org): …' marks the writer's company; the bodies of the other decide
            "Notizen 02.02.2027\nwir (Fendra GmbH): Kai Roth, ich\nKunde: Olga Stein (Einkauf, Marktwerke Ost AG)\n"
            "Der Aufsichtsrat der Marktwerke Ost AG hat zugestimmt.\n",
            ["Kai Roth", "Olga Stein"],
            "Fendra GmbH",
            "Marktwerke Ost AG",
        ),
    ],
)
def test_decide_orgs_weighs_offering_against_deciding(
    text: str, people: list[str], seller: str, customer: str
) -> None:
    found = decide_orgs(text, [Participant(name=n) for n in people], own_company=None)
    assert company_key(found.customer) == company_key(customer)
    assert company_key(found.seller) == company_key(seller)


def test_the_own_company_setting_makes_the_seller() -> None:
    text = "Decision call\nAttendees: Nora Vik (Brackwell Group), Eli Haas (Sunmoor Trading Ltd)\n"
    found = decide_orgs(text, [Participant(name="Nora Vik"), Participant(name="Eli Haas")], "Brackwell Group")
    assert company_key(found.seller) == company_key("Brackwell Group")
    assert company_key(found.customer) == company_key("Sunmoor Trading Ltd")


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Attendees: Mara Lind (Account Executive)", "Mara Lind", "seller"),
        ("Teilnehmer: Jens Abt (Leitung Einkauf)", "Jens Abt", "customer"),
        ("Present: Tam Roe (headteacher rep)", "Tam Roe", None),  # 'rep' alone does not sell
        ("Dabei: Udo Kern (IT-Dienstleister der Kanzlei)", "Udo Kern", None),  # the buyer's contractor
    ],
)
def test_side_by_conduct_reads_selling_and_buying_roles(text: str, name: str, side: str | None) -> None:
    assert side_by_conduct(text, Participant(name=name)) == side


@pytest.mark.parametrize(
    "line",
    [
        "Teilnehmer: Anna Berg, Tom Riedel (Einkauf) - Halvering AG; Mia Sander, Jonas Pohl - Brixo GmbH",
        "Attendees: Anna Berg, Tom Riedel (procurement) - Halvering Ltd; Mia Sander, Jonas Pohl - Brixo Ltd",
    ],
)
def test_each_group_in_an_attendance_line_gets_its_own_organisation(line: str) -> None:
    people = {p.name: p.organisation for p in parse_text(f"Meeting 12.03.2027\n{line}\n").participants}
    first, second = (company_key(x) for x in ("Halvering", "Brixo"))
    assert {n: company_key(o) for n, o in people.items()} == {
        "Anna Berg": first,
        "Tom Riedel": first,
        "Mia Sander": second,
        "Jonas Pohl": second,
    }
