"""A call whose sides came out reversed as a whole: the customer side's turns pitch, ask and say 'you' while the
seller side's speak of their own decision, board and needs; the two teams are turned by how they speak. Speakers
tied to no organisation beside one labelled team are the other team."""

from __future__ import annotations

from coach.minutes.pairing import decide_teams, speaking_teams
from coach.text.model import Participant

# the buyer's people speak of their own decision and board; the vendor's people offer, send and ask
_CALL = """[00:00:03] Ilse Zorenko: Morning all. Can you hear me? Our customers usually see payback within a year.
[00:00:10] Wren Brisco: Yes. We have decided to go ahead, the board approved it on Monday.
[00:00:18] Ilse Zorenko: Great news. What do you need from us before the kick-off?
[00:00:25] Wren Brisco: We need the data processing agreement signed by our legal team first.
[00:00:33] Tamsin Lunvik: I'll send you the revised contract today. We typically start with two sites, would that work for you?
[00:00:41] Wren Brisco: We want all three sites, our budget allows it this year.
[00:00:48] Ilse Zorenko: Understood. We can offer the onboarding package for the third site at no cost.
[00:00:55] Odo Sarnow: We still have concerns about our works council, we need their sign-off.
[00:01:03] Tamsin Lunvik: No problem, we can show your works council how the data is kept. Would next week suit you?
"""


def _people(seller_side: str, customer_side: str) -> list[Participant]:
    return [
        Participant(name="Ilse Zorenko", organisation="Veshwick", side=customer_side),  # type: ignore[arg-type]
        Participant(name="Tamsin Lunvik", organisation="Veshwick", side=customer_side),  # type: ignore[arg-type]
        Participant(name="Wren Brisco", organisation="Dunmarrow Trust", side=seller_side),  # type: ignore[arg-type]
        Participant(name="Odo Sarnow", organisation="Dunmarrow Trust", side=seller_side),  # type: ignore[arg-type]
    ]


def test_a_call_reversed_as_a_whole_is_turned_by_how_the_teams_speak() -> None:
    people = _people(seller_side="seller", customer_side="customer")
    decision = decide_teams(_CALL, people, {p.name: p.organisation or "" for p in people})
    assert decision.reversed
    assert decision.seller is not None and decision.seller.name == "Veshwick"
    assert decision.customer is not None and decision.customer.name == "Dunmarrow Trust"


def test_a_call_on_its_right_sides_stays() -> None:
    people = _people(seller_side="customer", customer_side="seller")
    assert not decide_teams(_CALL, people, {p.name: p.organisation or "" for p in people}).reversed


def test_speakers_tied_to_no_organisation_are_the_other_team() -> None:
    people = _people(seller_side="seller", customer_side="customer")
    for p in people[2:]:
        p.organisation = None
    written = {p.name: p.organisation for p in people if p.organisation}
    teams = speaking_teams(_CALL, people, written)
    assert len(teams) == 2
    assert {p.name for p in teams[1].members} == {"Wren Brisco", "Odo Sarnow"}
    assert decide_teams(_CALL, people, written).reversed


def test_loose_speakers_on_both_sides_make_no_team() -> None:
    people = _people(seller_side="seller", customer_side="customer")
    people[2].organisation, people[3].organisation = None, None
    people[3].side = "customer"
    written = {p.name: p.organisation for p in people if p.organisation}
    assert len(speaking_teams(_CALL, people, written)) == 1
