"""One organisation decision: the organisation whose people pitch and offer sells, the one whose people decide buys;
a committee, a meeting tool, a document word or a period is never the customer's company."""

from __future__ import annotations

import pytest

from coach.minutes.company import customer_fallback, not_an_org, plausible_customer
from coach.minutes.engine import draft_minutes
from coach.minutes.pairing import Pair, apply_sides, settle_pair
from coach.minutes.parties import ORG_LEGAL
from coach.text.model import Participant

_DE = """Zeiterfassung – Abschlussgespräch
Paula Brinkmann (wir): Unsere Kunden sparen im Schnitt drei Stunden pro Woche, das haben Sie in der Präsentation gesehen.
Rolf Hagedorn: Wir haben im Vorstand darüber gesprochen, unser Budget ist knapp.
Tarik Yilmaz: Wir können Ihnen auch eine kleinere Lizenz anbieten, Sie starten dann mit zehn Nutzern.
Ines Vogler: Gut, wir haben entschieden, wir nehmen zehn Nutzer.
"""
_EN = """Rota tool – decision call
Nora Quint: Our customers typically save three hours a week per site, you saw that in the demo.
Harriet Moss: Our board talked it through, our budget is tight this year.
Felix Adebayo: We can offer you a smaller licence, you would start with ten users.
Owen Pryce: Fine, we have decided to go ahead with ten users.
"""


def _people(rows: list[tuple[str, str]]) -> list[Participant]:
    return [Participant(name=n, organisation=o) for n, o in rows]


@pytest.mark.parametrize(
    ("text", "rows", "seller", "customer"),
    [
        (
            _DE,
            [
                ("Paula Brinkmann", "Stundenwerk GmbH"),
                ("Tarik Yilmaz", "Stundenwerk GmbH"),
                ("Rolf Hagedorn", "Hagedorn Bau GmbH"),
                ("Ines Vogler", "Hagedorn Bau GmbH"),
            ],
            "Stundenwerk GmbH",
            "Hagedorn Bau GmbH",
        ),
        (
            _EN,
            [
                ("Nora Quint", "Brightshift Ltd"),
                ("Felix Adebayo", "Brightshift Ltd"),
                ("Harriet Moss", "Moss Construction Ltd"),
                ("Owen Pryce", "Moss Construction Ltd"),
            ],
            "Brightshift Ltd",
            "Moss Construction Ltd",
        ),
    ],
)
def test_a_swapped_pair_is_put_right_by_what_the_people_say(
    text: str, rows: list[tuple[str, str]], seller: str, customer: str
) -> None:
    people = _people(rows)
    pair = settle_pair(text, people, seller=customer, customer=seller)  # the list readers had them reversed
    assert (pair.seller, pair.customer, pair.changed) == (seller, customer, True)
    apply_sides(people, pair)
    assert [p.side for p in people] == ["seller", "seller", "customer", "customer"]
    # the right pair stays; the user's own company is never overruled
    assert settle_pair(text, people, seller, customer) == Pair(seller, customer)
    assert settle_pair(text, people, customer, seller, own_company=customer).seller == customer


@pytest.mark.parametrize(
    "name",
    [
        "MS Teams",
        "Transkript",
        "Sprecher",
        "Lenkungskreis",
        "Lenkungskreis Digitalisierung Einkauf",
        "Steering Group",
        "Digital Steering Committee",
        "Schriftführung",
        "Ihnen",
        "FY27",
        "Q3 2027",
        "Project Lighthouse",
    ],
)
def test_no_committee_tool_or_word_is_the_customer(name: str) -> None:
    assert not plausible_customer(name, "Stundenwerk GmbH", [])


@pytest.mark.parametrize(
    "name", ["Hagedorn Bau GmbH", "Moss Construction Ltd", "Kreiswerke Lindau", "Teamwerk AG"]
)
def test_organisations_stay_plausible(name: str) -> None:
    assert not not_an_org(name)
    assert plausible_customer(name, "Stundenwerk GmbH", [])


def test_a_sentence_opening_is_no_company_in_the_fallback() -> None:
    text = "Als Gäste zu TOP 2: Frau Vogler und Herr Hagedorn.\nDie Hagedorn Bau GmbH entscheidet im Mai."
    people = [
        Participant(name="Ines Vogler", side="customer"),
        Participant(name="Rolf Hagedorn", side="customer"),
    ]
    assert customer_fallback(text, people, "Stundenwerk GmbH") == "Hagedorn Bau GmbH"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Zusage von Lindqvist Shipping DAC heute", "Lindqvist Shipping DAC"),
        ("Vertrag mit Nowak Logistyka Sp. z o.o. unterschrieben", "Nowak Logistyka Sp. z o.o."),
        ("Tanaka Shoji K.K. signs next week", "Tanaka Shoji K.K."),
        ("Offer to Ferretti Tessuti S.p.A. sent", "Ferretti Tessuti S.p.A."),
    ],
)
def test_more_legal_forms(text: str, org: str) -> None:
    m = ORG_LEGAL.search(text)
    assert m is not None and m.group("org") == org


@pytest.mark.parametrize(
    "notes",
    [
        "Entscheidungstermin 02.03.2027\nTeilnehmer: Rolf Hagedorn (Hagedorn Bau GmbH), Paula Brinkmann (Stundenwerk GmbH)\n"
        "Aufzeichnung: MS Teams\nHerr Hagedorn sagt zu.\n",
        "Decision meeting 06.04.2027\nAttendees: Harriet Moss (Moss Construction Ltd), Nora Quint (Brightshift Ltd)\n"
        "Recording: MS Teams\nHarriet said yes.\n",
    ],
)
def test_the_minutes_never_name_a_tool_as_the_customer(notes: str) -> None:
    result = draft_minutes(notes)
    assert result.company is None or not not_an_org(result.company)
