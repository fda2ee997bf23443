"""Round 12: the customer's company and the sides where the lists name only one organisation, the writer sits in the
list, or the customer is named by its kind ('Universität X').

Each text is our own; each case failed before the change it is named after."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes
from coach.minutes.orgs import decide_orgs
from coach.minutes.vendor import bare_kind, tidy_company
from coach.text.model import Participant
from coach.text.sides import company_key

CASES = [
    (  # de: the writer and a colleague in the list, '(ich, Name)' and 'v. uns', with their company's legal form
        "Falzwerk Etiketten – Abschlusstermin Lager Nord\n"
        "Di 14.09.27, Zentrale Kassel\n"
        "dabei: TR (ich, Tamara Rott), Bent Ohlsen v. uns (beide Klebwerk Systeme GmbH) | Fr. Iris Lanz "
        "(Ltg. Lager, Nordhafen Baumärkte GmbH), Hr. Quast (GF)\n\n"
        "- Quast: wir machen das, Start im Oktober\n"
        "- Bent schickt den Vertragsentwurf bis Fr.\n",
        "Nordhafen Baumärkte GmbH",
        {"Tamara Rott": "seller", "Iris Lanz": "customer"},
    ),
    (  # de: buyer's minutes; the vendor's two people with a legal form, the buyer a public body by its kind
        "Landkreis Wiesengrund – Der Landrat\n"
        "Stabsstelle IT\n\n"
        "Ergebnisprotokoll Vergabegespräch\n"
        "Teilnehmende:\n"
        "Frau Dr. Ilka Brandt, Stabsstelle IT\n"
        "Herr Ole Friis, Zentrale Vergabestelle\n"
        "Frau Mona Keil, Herr Jari Lund - Portalwerk Digital GmbH\n\n"
        "Herr Friis weist darauf hin, dass die Mittel noch nicht freigegeben sind.\n"
        "Die Entscheidung über den Zuschlag wird vertagt.\n",
        "Landkreis Wiesengrund",
        {"Mona Keil": "seller", "Jari Lund": "seller"},
    ),
]


@pytest.mark.parametrize(("notes", "company", "sides"), CASES)
def test_the_writers_company_is_never_the_customer(notes: str, company: str, sides: dict[str, str]) -> None:
    result = draft_minutes(notes)
    assert company_key(result.company) == company_key(company)
    got = {p.name: p.side for p in result.participants}
    assert {name: got.get(name) for name in sides} == sides


def test_a_lone_list_organisation_is_no_customer_by_default() -> None:
    """The list readers found no seller: their customer (the only organisation beside people) does not outweigh a
    buyer named by its kind in the text."""
    text = (
        "Abschlussgespräch Reinigung – Glanzwerk Services GmbH / Universität Auenfeld\n"
        "Teilnehmende: Pia Roth, Timo Sauer\n"
        "Pia Roth: Das Präsidium hat zugestimmt, unter einer Bedingung.\n"
    )
    found = decide_orgs(
        text,
        [Participant(name="Pia Roth"), Participant(name="Timo Sauer")],
        None,
        None,
        "Glanzwerk Services GmbH",
    )
    assert company_key(found.customer) == company_key("Universität Auenfeld")


def test_a_task_marked_ich_does_not_make_its_subject_the_writer() -> None:
    """'- X bietet an … -> Wiedervorlage (ich)' names the writer as the task's owner, not X as the writer."""
    notes = (
        "Lindgrau Telematik GmbH – Termin Spedition Okafor\n\n"
        "dabei: Femi Okafor (GF Spedition Okafor GmbH), Lotte Brandt (Dispo); von uns ich (Mara) + Ivo (Pre-Sales)\n\n"
        "Absage. Femi: wir gehen mit dem anderen Anbieter.\n"
        "- Femi bietet an, uns in einem Jahr nochmal anzuhören -> Wiedervorlage Jan 2028 (ich)\n"
    )
    result = draft_minutes(notes)
    got = {p.name: p.side for p in result.participants}
    assert got.get("Femi Okafor") == "customer"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Hochschule", True),
        ("Trust", True),
        ("Klinikum", True),
        ("Hochschule Rheinfeld", False),
        ("Acme", False),
    ],
)
def test_a_lone_kind_word_is_no_organisation(name: str, kind: bool) -> None:
    assert bare_kind(name) is kind


def test_technische_universitaet_keeps_its_first_word() -> None:
    assert tidy_company("Technische Universität Brackenau") == "Technische Universität Brackenau"
    assert tidy_company("Technischer Betrieb Stadtwerke Olm") == "Betrieb Stadtwerke Olm"


def test_we_from_an_organisation_in_german_speech() -> None:
    """'wir von X sind zu zweit' puts X on the selling side."""
    notes = (
        "Tafelrund PMS – Abschluss\n"
        "Sprecher: Ute Berg, Nils Kamp, Jana Ott\n\n"
        "Nils Kamp  00:00:04\nHallo zusammen. Also wir von Tafelrund sind zu zweit, Jana macht die Einführung.\n\n"
        "Ute Berg  00:00:15\nHallo. Für das Seehotel Birkenau bin ich heute allein hier.\n"
    )
    result = draft_minutes(notes)
    got = {p.name: p.side for p in result.participants}
    assert got.get("Nils Kamp") == "seller"


def test_the_one_listed_right_before_the_writer_sits_with_the_writer() -> None:
    """'…, Tobias (TK) und ich' lists the writer's colleague on the writer's side."""
    notes = (
        "Betreff: Termin Stadtwerke Olmbach – kurzes Protokoll\n\n"
        "Hi zusammen,\n\nDabei waren Greta Voss (Fuhrpark, Stadtwerke Olmbach GmbH), Lutz Kremer (GF), "
        "Tarik (TK) und ich.\n\n"
        "Ergebnis: Kremer hat zugesagt.\n\n- Tarik schickt den Vertrag bis Mi\n\n"
        "VG Nele\n\n--\nNele Brand | Key Account | Fahrwerk Telematik GmbH\n"
    )
    result = draft_minutes(notes)
    got = {p.name: p.side for p in result.participants}
    assert got.get("Tarik") == "seller"
    assert got.get("Greta Voss") == "customer"
