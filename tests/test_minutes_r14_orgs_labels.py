"""A header's role labels ('Customer:', 'Supplier:', 'Kunde:') have the last word on the two companies; a caption
file's 'NOTE' keyword is no part of a company's name."""

from __future__ import annotations

from coach.minutes.company import fullest
from coach.minutes.engine import draft_minutes
from coach.minutes.role_labels import LabelledPair, label_teams, labelled_pair, pin_to_labels
from coach.minutes.vendor import tidy_company
from coach.text.model import Participant

_STEERING = """LENKUNGSKREIS – PROJEKT LAGERUMBAU
Protokoll Nr. 3
Datum: 2027-03-04, 09:00-10:00
Company: Odermark Polstermöbel Sp. z o.o. (OPM)
Supplier: Fjordlicht Robotik GmbH

Participants:
OPM – Hanna Kwiatek (Werkleitung), Borys Malinowski (IT)
Fjordlicht – Till Ahrendt, Rieke Sommer (Inbetriebnahme)

1. Entscheidung
Der Lenkungskreis gibt die Umsetzung frei. Till bestätigt den Eingang der Bestellung.
"""


def test_labelled_pair_reads_customer_and_supplier_with_short_form() -> None:
    pair = labelled_pair(_STEERING)
    assert pair.customer == "Odermark Polstermöbel Sp. z o.o."
    assert pair.seller == "Fjordlicht Robotik GmbH"


def test_label_followed_by_people_is_an_attendance_list() -> None:
    text = (
        "Kunde: Frau Marta Jelinek (Einkauf, Seeberg Möbel GmbH), Herr Dr. Kai Lund (CFO)\nDatum: 1.2.2027\n"
    )
    assert labelled_pair(text) == LabelledPair()


def test_bold_label_is_read() -> None:
    assert labelled_pair("**Kunde:** Wasserverband Untere Lahnau (WUL)\n**Datum:** 3.3.").customer == (
        "Wasserverband Untere Lahnau"
    )


def test_team_lines_tie_people_to_the_labelled_companies() -> None:
    people = [
        Participant(name=n) for n in ("Hanna Kwiatek", "Borys Malinowski", "Till Ahrendt", "Rieke Sommer")
    ]
    teams = label_teams(_STEERING, people, labelled_pair(_STEERING))
    assert teams["Hanna Kwiatek"] == teams["Borys Malinowski"] == "Odermark Polstermöbel Sp. z o.o."
    assert teams["Till Ahrendt"] == teams["Rieke Sommer"] == "Fjordlicht Robotik GmbH"


def test_pin_turns_a_reversed_pair_and_sets_the_teams_sides() -> None:
    people = [
        Participant(name="Hanna Kwiatek", side="seller"),
        Participant(name="Borys Malinowski", side="seller"),
        Participant(name="Till Ahrendt", side="customer"),
        Participant(name="Rieke Sommer", side="customer", organisation="Inbetriebnahme"),
    ]
    seller, customer = pin_to_labels(_STEERING, people, "Odermark Polstermöbel", "Fjordlicht Robotik GmbH")
    assert (seller, customer) == ("Fjordlicht Robotik GmbH", "Odermark Polstermöbel Sp. z o.o.")
    assert [p.side for p in people] == ["customer", "customer", "seller", "seller"]


def test_pin_without_labels_changes_nothing() -> None:
    people = [Participant(name="Ada Brenner", side="customer", organisation="Irgendwas")]
    assert pin_to_labels("Notizen vom Termin\nAda Brenner: passt.", people, "A GmbH", "B AG") == (
        "A GmbH",
        "B AG",
    )
    assert people[0].side == "customer" and people[0].organisation == "Irgendwas"


def test_steering_protocol_end_to_end() -> None:
    result = draft_minutes(_STEERING)
    assert result.company == "Odermark Polstermöbel Sp. z o.o."
    sides = {p.name: p.side for p in result.participants}
    assert sides.get("Hanna Kwiatek") == "customer"
    assert sides.get("Till Ahrendt") == "seller"


def test_caption_note_keyword_is_no_part_of_a_company() -> None:
    assert tidy_company("NOTE Lindqvist Hafenlogistik B.V.") == "Lindqvist Hafenlogistik B.V."
    text = "WEBVTT\n\nNOTE Lindqvist Hafenlogistik B.V. / Fjordlicht Robotik GmbH – review\n"
    assert fullest("Hafenlogistik", text) == "Lindqvist Hafenlogistik B.V."
    assert tidy_company("Notenbank Süd AG") == "Notenbank Süd AG"
