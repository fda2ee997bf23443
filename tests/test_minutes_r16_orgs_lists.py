"""Who sits on which side when the attendance lists are numbered, split by agenda item, labelled with the other
side's organisation in brackets, or followed by another group's bullet; and two organisations that both speak as 'we'."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes
from coach.minutes.pairing import decide_teams
from coach.minutes.parties import settle_people
from coach.text.model import Participant
from coach.text.people import People
from coach.text.sides import company_key

_NUMBERED = """BRACKENHOLT HOUSING PARTNERS
Minutes of the supplier review meeting with Dallmayer Facility Systems GmbH

Date: 4 March 2027
Venue: Aldwinckle offices, 2nd floor

1. ATTENDANCE
1.1 Aldwinckle: Wimmersberg Bexendorf (Head of Estates), Yarrowby Corringham (project controller)
1.2 Dallmayer: Dr. Zellhofer Eskelund (Managing Director), Abendroth Eskelund (Bid Manager)

2. DISCUSSION
2.1 Dallmayer presented the revised offer for the maintenance of four buildings.
2.2 I. Bexendorf noted that the budget line is exceeded.
ACTION: K. Eskelund to resubmit pricing by Friday.
"""

_NEXT_BULLET = """# Brunnhof Immobilien – Abschlussgespräch Wartung
**Teilnehmende**
- Kunde: Birkholt Fossbinder (Fondsmanager), Cranmore Gruntwald (Objektbetreuung Nord)
- Hexamer Haustechnik GmbH: Dunstanby Hexamer (GF), Elverdink Hexamer (Vertrieb)

Herr Fossbinder findet das Konzept gut, will aber erst intern abstimmen.
"""

_ITEM = """GALLOWAY CARE HOMES TRUST
Minutes of the Property Committee – 9 June 2027

Members present: Grimsrud Irlbacher (Chair), Holtenau Jessenig, Ingelfinger Kalderup
In attendance: Jorvenby Lumbacher (Estates Manager), for item 3: Kestelbach Mewenkamp and Lindquart Mewenkamp (Nussdorfer Klimatechnik GmbH)

3. Award of the ventilation contract
3.1 Ms Mewenkamp presented the proposal. Mr Jessenig asked about the service levels.
3.2 RESOLVED that the award to Nussdorfer Klimatechnik GmbH be approved. Carried 3-0.
"""

_PRES = """FENWORTH GROCERS - decision mtg 03/05/27
pres (Quernheim Grocers): Morvenhall Oppelsberg (COO), Nettlestrand Prangenau (fin) | us (Riedesel): me (Orlebeck), Pilgerstorf
- verdict: GO, subject to a price hold for 12 months
- Nettlestrand to send the signed order form by Friday
"""


def _sides(text: str) -> tuple[dict[str, str], str | None]:
    result = draft_minutes(text)
    return {p.name: p.side for p in result.participants}, result.company


@pytest.mark.parametrize(
    ("text", "customer_people", "seller_people", "company"),
    [
        (
            _NEXT_BULLET,
            ["Birkholt Fossbinder", "Cranmore Gruntwald"],
            ["Dunstanby Hexamer", "Elverdink Hexamer"],
            None,
        ),
        (
            _ITEM,
            ["Jorvenby Lumbacher", "Grimsrud Irlbacher"],
            ["Kestelbach Mewenkamp", "Lindquart Mewenkamp"],
            "Galloway Care Homes Trust",
        ),
        (_PRES, ["Morvenhall Oppelsberg", "Nettlestrand Prangenau"], ["Orlebeck"], "Quernheim Grocers"),
    ],
)
def test_lists_give_each_person_their_side(
    text: str, customer_people: list[str], seller_people: list[str], company: str | None
) -> None:
    sides, got = _sides(text)
    for name in customer_people:
        assert sides.get(name) == "customer", (name, sides)
    for name in seller_people:
        assert sides.get(name) == "seller", (name, sides)
    if company:
        assert company_key(got) == company_key(company)


def test_numbered_attendance_lines_tie_people_to_their_organisation() -> None:
    names = ["Wimmersberg Bexendorf", "Yarrowby Corringham", "Zellhofer Eskelund", "Abendroth Eskelund"]
    parties = settle_people(_NUMBERED, People(participants=[Participant(name=n) for n in names]))
    assert company_key(parties.orgs.get("Wimmersberg Bexendorf")) == company_key("Aldwinckle")
    assert company_key(parties.orgs.get("Yarrowby Corringham")) == company_key("Aldwinckle")
    assert company_key(parties.orgs.get("Abendroth Eskelund")) == company_key("Dallmayer")


_CALL = """[00:00:03] Quellhorst Schwabhausen: Morning all, thanks for making time. Our customers usually see payback within a year.
[00:00:10] Ramsthal Tollenbrink: Thanks. We have decided not to go ahead with Uhlendahl this year, the board said no.
[00:00:20] Quellhorst Schwabhausen: Understood. We can offer a smaller licence if that helps.
[00:00:30] Leif Osterhagen: Mostly the price. We will archive the pilot data ourselves.
"""


def test_two_organisations_speaking_as_we_do_not_both_sell() -> None:
    people = [
        Participant(name="Quellhorst Schwabhausen", organisation="Uhlendahl", side="seller"),
        Participant(name="Ramsthal Tollenbrink", organisation="Vorwerkling College", side="seller"),
        Participant(name="Leif Osterhagen", organisation="Vorwerkling College", side="seller"),
    ]
    written = {p.name: p.organisation or "" for p in people}
    decision = decide_teams(_CALL, people, written)
    assert decision.reversed
    assert decision.seller is not None and decision.seller.name == "Uhlendahl"
    assert decision.customer is not None and decision.customer.name == "Vorwerkling College"


def test_two_organisations_on_their_own_sides_stay() -> None:
    people = [
        Participant(name="Quellhorst Schwabhausen", organisation="Uhlendahl", side="seller"),
        Participant(name="Ramsthal Tollenbrink", organisation="Vorwerkling College", side="customer"),
        Participant(name="Leif Osterhagen", organisation="Vorwerkling College", side="customer"),
    ]
    written = {p.name: p.organisation or "" for p in people}
    assert not decide_teams(_CALL, people, written).reversed
