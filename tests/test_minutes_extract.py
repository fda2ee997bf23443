"""Extraction: participants (side, organisation, role), company, e-mails, action items, objections, offer."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes.actions import extract_actions
from coach.minutes.extract import objections, offer_points, open_questions
from coach.text.lines import segment
from coach.text.people import customer_recipients, extract_emails
from coach.text.people import find_people as extract_people
from coach.text.sentences import sentence_texts as split_sentences


@pytest.mark.parametrize(
    ("notes", "customers", "vendors"),
    [
        (
            "Teilnehmer Kunde: Dr. Anna Berg (Geschäftsführerin), Markus Vogt (Leiter Disposition)\n"
            "Teilnehmer wir: Tobias Klein (Account Executive)\n",
            ["Anna Berg", "Markus Vogt"],
            ["Tobias Klein"],
        ),
        (
            "anw.: Fr. Petra Lange (CHRO), Hr. Uwe Seidel (BR-Vors., nur 1. Hälfte); wir: Martin Roth (AE)\n",
            ["Petra Lange", "Uwe Seidel"],
            ["Martin Roth"],
        ),
        (
            "Present for Northwind: Emma de Vries (COO) and James O'Connor (Procurement). "
            "Present for us: Daniel Hughes (Account Director).\n",
            ["Emma de Vries", "James O'Connor"],
            ["Daniel Hughes"],
        ),
        (
            "Anwesend waren Prof. Michael Haas (Ärztlicher Direktor) und Katrin Wolf (Pflegedirektorin). "
            "Von unserer Seite: ich (Jana Fischer, Vertrieb) und Paul Neumann (Implementierung).\n",
            ["Michael Haas", "Katrin Wolf"],
            ["Jana Fischer", "Paul Neumann"],
        ),
        (
            "Attendees\n- Orion: Karen Walsh (VP Operations), David Kim (Finance)\n- Us: Ben Carter (AE)\n\nNotes\n- x\n",
            ["Karen Walsh", "David Kim"],
            ["Ben Carter"],
        ),
        (
            "TN Kd: Dr. Matthias Otto (Logistik), Fr. Anja Richter (Lager) – GF Hr. Wolfgang Beck hat kurzfristig abgesagt!\n"
            "wir: Sven Kraus (AE)\n",
            ["Matthias Otto", "Anja Richter"],
            ["Sven Kraus"],
        ),
        (
            "[10:00] Herr Kowalski (Piotr Kowalski, GF): Begrüßung. Ebenfalls da: Frau Ines Schmitt (Instandhaltung).\n"
            "[10:01] Herr Berger (Florian Berger, unser AE): Agenda. Mit dabei Svenja Maurer (Data Scientist).\n",
            ["Piotr Kowalski", "Ines Schmitt"],
            ["Florian Berger", "Svenja Maurer"],
        ),
        (
            "Att: Mia Fischer (CFO), Tom Baker (IT). Us: Owen Price (AE).\n",
            ["Mia Fischer", "Tom Baker"],
            ["Owen Price"],
        ),
        (
            "Present were Grace Lee (CEO) and Omar Haddad (CTO). For our side: Lisa Park (AE).\n",
            ["Grace Lee", "Omar Haddad"],
            ["Lisa Park"],
        ),
    ],
)
def test_participants_and_sides(notes: str, customers: list[str], vendors: list[str]) -> None:
    people = extract_people(segment(notes))
    assert [p.name for p in people.participants if p.side == "customer"] == customers
    assert [p.name for p in people.participants if p.side == "seller"] == vendors


def test_roles_emails_organisation_and_author() -> None:
    notes = (
        "Protokoll – Entscheidung Flottenplattform\nKunde: Spedition Hartmann GmbH\n"
        "Teilnehmer Kunde: Sabine Krüger (Einkauf, sabine.krueger@hartmann.example.de)\n"
        "Von uns: ich (Tobias Klein, AE)\n"
    )
    people = extract_people(segment(notes))
    sabine, tobias = people.participants
    assert (sabine.role, sabine.email, sabine.organisation) == (
        "Einkauf",
        "sabine.krueger@hartmann.example.de",
        "Spedition Hartmann GmbH",
    )
    assert people.author is tobias and tobias.side == "seller" and tobias.organisation is None
    assert people.company == "Spedition Hartmann GmbH"


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Di, 12.1.27 – Entscheidungstermin Falk Maschinenbau AG / HR-Suite", "Falk Maschinenbau AG"),
        (
            "Notes from the decision meeting with Brightwater Utilities (asset platform), 22 April 2027.",
            "Brightwater Utilities",
        ),
        (
            "Entscheidungsmeeting Bauer & Söhne Versicherungsmakler – Kundenportal",
            "Bauer & Söhne Versicherungsmakler",
        ),
        (
            "Do 26.11.2026 Entscheidungsmeeting Rhein Pharma Distribution – Lagerverwaltung (WMS)",
            "Rhein Pharma Distribution",
        ),
    ],
)
def test_company_from_the_title(title: str, company: str) -> None:
    assert extract_people(segment(title + "\nTN: Anna Berg (GF)\n")).company == company


def test_recipients_are_customer_addresses_only() -> None:
    notes = (
        "TN Kunde: Ines Schmitt (Instandhaltung, ines.schmitt@kowalski.example.de)\n"
        "TN wir: Florian Berger (AE, florian.berger@predicto.example.de)\n"
        "- Frau Schmitt schickt die Bestellung an florian.berger@predicto.example.de; cc einkauf@kowalski.example.de\n"
    )
    people = extract_people(segment(notes))
    emails = extract_emails(notes)
    assert emails == [
        "ines.schmitt@kowalski.example.de",
        "florian.berger@predicto.example.de",
        "einkauf@kowalski.example.de",
    ]
    assert customer_recipients(emails, people) == [
        "ines.schmitt@kowalski.example.de",
        "einkauf@kowalski.example.de",
    ]


ACTION_HEADER = (
    "Entscheidung am 20.01.2027\n"
    "TN Kunde: Ines Schmitt (Instandhaltung), Lukas Wagner (Controlling)\n"
    "TN wir: Florian Berger (AE), Svenja Maurer (Data Science). Von uns: ich (Nico Baumann)\n\n"
)


@pytest.mark.parametrize(
    ("todo", "task", "owner", "due"),
    [
        (
            "ToDos\n- Sensor-Nachrüstung planen – Frau Schmitt – bis Montag",
            "Sensor-Nachrüstung planen",
            "Ines Schmitt",
            date(2027, 1, 25),
        ),
        (
            "ToDos\n- Florian Berger: Kick-off einladen – übermorgen",
            "Kick-off einladen",
            "Florian Berger",
            date(2027, 1, 22),
        ),
        (
            "ToDos\n- VPN einrichten – Herr Wagner? nein, IT – Frau Schmitt klärt – Ende nächster Woche",
            "VPN einrichten",
            "Ines Schmitt",
            date(2027, 1, 29),
        ),
        (
            "ToDos\n- Summary für den GF – Berger (mit Wagner) – morgen",
            "Summary für den GF",
            "Florian Berger",
            date(2027, 1, 21),
        ),
        (
            "Nächste Schritte: Svenja schickt bis Freitag die Datenanalyse.",
            "Svenja schickt",
            "Svenja Maurer",
            date(2027, 1, 22),
        ),
        (
            "Vereinbart: Ich rufe Herrn Wagner übermorgen wegen des Budgets an.",
            "rufe Herrn Wagner",
            "Nico Baumann",
            date(2027, 1, 22),
        ),
        (
            "Next steps:\n- Lukas Wagner: check the budget line in two weeks.",
            "check the budget line",
            "Lukas Wagner",
            date(2027, 2, 3),
        ),
        (
            "Actions\n- Svenja Maurer: follow-up call in August",
            "follow-up call in August",
            "Svenja Maurer",
            None,
        ),
    ],
)
def test_action_items(todo: str, task: str, owner: str, due: date | None) -> None:
    notes = ACTION_HEADER + todo + "\n"
    lines = segment(notes)
    items = extract_actions(lines, extract_people(lines), date(2027, 1, 20))
    assert len(items) == 1
    assert task in items[0].task
    assert (items[0].owner, items[0].due) == (owner, due)


def test_objection_with_root_cause_and_response() -> None:
    notes = (
        "TN Kunde: Markus Vogt (Disposition)\n"
        "- Einwand Vogt: Disponenten befürchten Mehraufwand -> nachgefragt, eigentlicher Punkt ist die doppelte "
        "Erfassung im alten TMS. Lena zeigt die Schnittstelle, Doppelerfassung entfällt.\n"
    )
    lines = segment(notes)
    (obj,) = objections(lines, extract_people(lines))
    assert obj.objection == "Disponenten befürchten Mehraufwand"
    assert obj.root_cause == "die doppelte Erfassung im alten TMS"
    assert obj.response and obj.response.startswith("Lena zeigt die Schnittstelle")
    assert obj.raised_by == "Markus Vogt"


def test_offer_points_are_classified() -> None:
    lines = segment(
        "- Angebot vorgestellt: 140 Fahrzeuge, 36 Monate Laufzeit, 24/7-Support mit SLA, Preis 4,20 € pro Fahrzeug\n"
    )
    kinds = [(p.kind, p.text) for p in offer_points(lines)]
    assert kinds == [
        ("scope", "140 Fahrzeuge"),
        ("term", "36 Monate Laufzeit"),
        ("service_level", "24/7-Support mit SLA"),
        ("price", "Preis 4,20 € pro Fahrzeug"),
    ]


def test_open_questions_skip_answered_and_no_open_points() -> None:
    notes = (
        "- Derek: who pays for the custom API? -> open, Mei to estimate.\n"
        "- Robert confirms there are no open questions.\n"
        "- Herr Ernst wollte wissen, ob die Termindaten übernommen werden.\n"
    )
    found = open_questions(segment(notes), [])
    assert found == [
        "Derek: who pays for the custom API? -> open, Mei to estimate.",
        "Herr Ernst wollte wissen, ob die Termindaten übernommen werden.",
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Hr. Uwe Seidel (BR-Vors., nur 1. Hälfte). Decision: NO. Karen agreed.", 3),
        ('Olivia: "I think we\'ve seen it all." Marcus: "Not me."', 2),
        ("Decision: no. There is no budget in 2028. He stressed it.", 3),
        ("PO no. 4711 was sent. Fine.", 2),
    ],
)
def test_sentence_split_keeps_titles_and_ordinals(text: str, parts: int) -> None:
    assert len(split_sentences(text)) == parts


def test_action_items_heading_with_dash_separated_owner_and_due():
    """'Action items:' must not be read as the heading 'Action' followed by 'items:'."""
    from coach.minutes.engine import draft_minutes

    notes = (
        "Decision meeting 14 June 2027, Nordwerk\n"
        "Participants: Anna Berg (CFO, Nordwerk), Tom Reed (Account Executive, us)\nDecision: yes\n"
        "Action items:\n- send signed order form - Anna Berg - by Friday\n- kick-off workshop - Tom Reed - 2027-06-21\n"
    )
    items = draft_minutes(notes).action_items
    assert [(i.owner, str(i.due)) for i in items] == [("Anna Berg", "2027-06-18"), ("Tom Reed", "2027-06-21")]
