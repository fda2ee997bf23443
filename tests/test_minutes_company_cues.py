"""The customer's company from what the notes say about the organisations, never the seller's own."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.text.sides import company_key

CASES = [
    (  # 'Kd.: <Org>' names the customer; '<Org>: ich (…)' is the writer's own company
        "Abschlusstermin Tourenplaner, 12.4.27\n"
        "TN: GF Ilse Marek, Jonas Quast (Disposition) / Routenwerk GmbH: ich (Carla), Pavel\n"
        "Kd.: Spedition Ostwind KG, 40 LKW\n\n"
        "- ENTSCHEIDUNG: vertagt bis Juni\n",
        "Spedition Ostwind KG",
    ),
    (
        "Entscheidungstermin Tourenplaner – 12.04.2027\n"
        "Kunde: Spedition Ostwind KG\n"
        "Teilnehmer: Ilse Marek, Carla Brandt (Routenwerk GmbH), Pavel Novak (Routenwerk GmbH)\n\n"
        "Entscheidung: vertagt bis Juni.\n",
        "Spedition Ostwind KG",
    ),
    (
        "Final call – 3 May 2027\n"
        "Customer: Harbour Bakeries Ltd\n"
        "Attendees: Mo Field, Tom Reyes (Crumbware Ltd), Jo Lin (Crumbware Ltd)\n\n"
        "Decision: no decision yet, they revisit once the budget is set.\n",
        "Harbour Bakeries Ltd",
    ),
    (  # the seller went to the customer's site
        "Ovens telemetry – 7 July 2027\n"
        "Attendees: Ada Moss, Luis Roy, Kim Hale (Crumbware Ltd)\n"
        "Met Ada and Luis at the Harbour Bakeries Ltd plant in Leeds today. Kim came with me.\n"
        "Decision: go for all three plants.\n",
        "Harbour Bakeries Ltd",
    ),
    (  # 'the selection of <Org> as … provider': that organisation sells
        "Lettings software – decision\n"
        "RESOLVED that the Board approves the selection of Keylane Systems Ltd as the lettings software provider "
        "for Fenwick Housing Co-operative Ltd.\n"
        "Present: Ruth Amos (Chair), Dev Patel\n",
        "Fenwick Housing Co-operative Ltd",
    ),
]


@pytest.mark.parametrize(
    ("notes", "customer"),
    CASES,
    ids=["kd-label-de", "kunde-label-de", "customer-label-en", "visit-en", "selection-en"],
)
def test_the_customer_company_from_the_notes(notes: str, customer: str) -> None:
    result = draft_minutes(notes, today=date(2027, 8, 1))
    assert company_key(result.company) == company_key(customer)


@pytest.mark.parametrize(
    ("notes", "customer"),
    [
        (  # a public body named by its kind first
            "Auswahlgespräch Fachverfahren – 03.05.2027\n"
            "Teilnehmer: Ada Kern (Amtsleitung), Ben Vogt (Personalrat), Timo Lang (Vertrieb, Akteo GmbH)\n\n"
            "Der Landkreis Hohenmoor hat sich für Akteo entschieden.\nEntscheidung: Zuschlag an Akteo.\n",
            "Landkreis Hohenmoor",
        ),
        (
            "Decision call – 4 May 2027\n"
            "Attendees: Nia Cole (Panel chair), Raj Iyer (Panel), Eve Lund (Account Executive, Tallyo Ltd)\n\n"
            "The City of Wexcombe will go with Tallyo.\nDecision: yes.\n",
            "City of Wexcombe",
        ),
    ],
    ids=["landkreis-de", "city-of-en"],
)
def test_a_public_body_named_by_its_kind_first(notes: str, customer: str) -> None:
    assert company_key(draft_minutes(notes, today=date(2027, 8, 1)).company) == company_key(customer)


def test_the_sellers_product_is_never_the_customer() -> None:
    notes = (
        "Lernplattform Nordlicht Campus – Entscheidung, 05.05.2027\n"
        "Teilnehmer: Kai Berg (Vertrieb, Nordlicht Lernsysteme GmbH), Frau Ute Sander (Schulamt)\n\n"
        "Entscheidung: vertagt.\n"
    )
    result = draft_minutes(notes, today=date(2027, 8, 1))
    assert result.company is None or "nordlicht" not in company_key(result.company)


@pytest.mark.parametrize(
    ("name", "seller", "plausible"),
    [
        ("Vireo Campus", "Vireo Lernsysteme GmbH", False),  # the seller's product
        ("Recap Tallyo Flow", "Tallyo Ltd", False),
        ("Personalrat", None, False),  # a body inside the customer
        ("Panel", "Tallyo Ltd", False),
        ("Dana", None, False),  # a participant's first name
        ("Harbour Bakeries Ltd", "Crumbware Ltd", True),
        ("Landkreis Hohenmoor", "Akteo GmbH", True),
    ],
)
def test_plausible_customer(name: str, seller: str | None, plausible: bool) -> None:
    from coach.minutes.company import plausible_customer
    from coach.text.model import Participant

    assert plausible_customer(name, seller, [Participant(name="Dana Ruiz")]) is plausible


@pytest.mark.parametrize(
    ("notes", "customer"),
    [
        (
            "Entscheidungstermin Lernplattform – 06.05.2027\n"
            "Teilnehmer: Kai Berg (Lernwerk GmbH), Ute Sander, Jan Ott\n\n"
            "Entscheidung: nein. Die schriftliche Absage für die Lernwerk GmbH kommt noch vom Zweckverband Nordheide.\n",
            "Zweckverband Nordheide",
        ),
        (
            "Decision call – 6 May 2027\n"
            "Attendees: Eve Lund (Tallyo Ltd), Nia Cole, Raj Iyer\n\n"
            "Decision: no. The formal rejection of Tallyo Ltd from Harbour Bakeries Group follows by letter.\n",
            "Harbour Bakeries Group",
        ),
    ],
    ids=["absage-vom-de", "rejection-from-en"],
)
def test_who_sends_the_answer_is_the_customer(notes: str, customer: str) -> None:
    assert company_key(draft_minutes(notes, today=date(2027, 8, 1)).company) == company_key(customer)
