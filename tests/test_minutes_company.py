"""The customer's company when only a bracket, a signature, a legal form or a sentence names it."""

from __future__ import annotations

import pytest

from coach.minutes.company import align_by_domain, customer_fallback, fullest
from coach.text.model import Participant


def _people(*rows: tuple[str, str, str | None]) -> list[Participant]:
    return [Participant(name=n, side=s, organisation=o) for n, s, o in rows]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "people", "seller", "expected"),
    [
        (  # speaker brackets in a caption file
            "<v Ada Lind (Quarry Bank Insurance)>Hello.\n<v Tom Ruhl (Quarry Bank Insurance)>Hi.\n"
            "<v Mo Brandt (Kestrel)>Let us start.",
            _people(
                ("Ada Lind", "customer", None), ("Tom Ruhl", "customer", None), ("Mo Brandt", "seller", None)
            ),
            "Kestrel",
            "Quarry Bank Insurance",
        ),
        (  # the organisation after the role
            "- Frau Dr. Eva Sommer, Leitung Einkauf (Stadtwerke Linden)\n- Paul Graf (Kestrel GmbH)",
            _people(("Eva Sommer", "customer", None), ("Paul Graf", "seller", "Kestrel GmbH")),
            "Kestrel GmbH",
            "Stadtwerke Linden",
        ),
        (  # a signature: name, role, organisation
            "Thanks,\nLena Vogt\nHead of Finance\nOrchard Valley Foods\n\n> earlier message",
            _people(("Lena Vogt", "customer", None), ("Jan Roth", "seller", None)),
            None,
            "Orchard Valley Foods",
        ),
        (  # only a sentence names it
            "Wir wollen das System bei der Hafenbetriebe Altmark einführen, sagte sie.",
            _people(("Ina Falk", "customer", None), ("Kai Berg", "seller", "Kestrel")),
            "Kestrel",
            "Hafenbetriebe Altmark",
        ),
    ],
)
def test_customer_company_from_where_it_is_written(
    text: str, people: list[Participant], seller: str | None, expected: str
) -> None:
    assert customer_fallback(text, people, seller) == expected


def test_neither_the_seller_nor_the_product_nor_a_person_is_the_customer() -> None:
    text = "Mo Brandt (Kestrel GmbH) showed Ledgerpro at Kestrel GmbH.\nWe met at Ada Lind's office."
    people = _people(("Ada Lind", "customer", None), ("Mo Brandt", "seller", "Kestrel GmbH"))
    assert customer_fallback(text, people, "Kestrel GmbH", product="Ledgerpro") is None


def test_fullest_spelling_takes_the_legal_form() -> None:
    text = "Anwesend: alle Pflegeheim Birkenhain gGmbH\nProtokoll Birkenhain"
    assert fullest("Birkenhain", text) == "Pflegeheim Birkenhain gGmbH"
    assert fullest("Eichenhof", text) == "Eichenhof"


def test_a_name_ending_in_its_kind_of_body_is_an_organisation() -> None:
    text = (
        "[00:40] Ruth: For the record, St. Aidan's Community College is going ahead with the timetable tool."
    )
    people = _people(("Ruth Kerr", "customer", None), ("Ola Berg", "seller", "Planwise"))
    assert customer_fallback(text, people, "Planwise") == "St. Aidan's Community College"


def test_email_domains_put_people_on_their_side() -> None:
    people = [
        Participant(
            name="Ina Falk",
            side="customer",
            organisation="Brightwell Foods Ltd",
            email="ina@brightwell.example",
        ),
        Participant(
            name="Kai Berg", side="customer", organisation="Brightwell Foods Ltd", email="kai@vendo.example"
        ),
        Participant(name="Tom Ruhl", side="unknown", email="tom.ruhl@gmail.com"),
    ]
    align_by_domain(people, "Brightwell Foods Ltd", "Vendo GmbH")
    assert [(p.side, p.organisation) for p in people] == [
        ("customer", "Brightwell Foods Ltd"),
        ("seller", "Vendo GmbH"),
        ("unknown", None),  # a free-mail address says nothing about the side
    ]
