"""Who sits on which side, round 11: colleagues a speaker names as their own, the other of two organisations, an
organisation read as a person, a legal form inside a surname, and the seller's signature block."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes
from coach.minutes.pairing import (
    colleagues_named,
    label_orgs,
    other_team_side,
    teams_of,
    turn_reversed_meeting,
)
from coach.minutes.parties import clean_org, org_read_as_person, settle_people
from coach.text.model import Participant
from coach.text.people import People


def _people(rows: list[tuple[str, str]]) -> list[Participant]:
    return [Participant(name=n, side=s) for n, s in rows]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Hallo zusammen. Von uns, also von Feldtakt, sind Benno und ich da.", "seller"),
        ("Hi all. From our side, Benno Kraus and I are on the call.", "seller"),
    ],
)
def test_a_colleague_named_by_the_speaker_takes_the_speakers_side(said: str, expected: str) -> None:
    people = _people([("Wiebke Sand", "seller"), ("Benno Kraus", "customer"), ("Olaf Dreyer", "customer")])
    text = f"[00:00:03] Wiebke Sand: {said}\n[00:00:09] Olaf Dreyer: Moin, wir haben entschieden.\n"
    colleagues_named(text, people)
    assert [p.side for p in people] == [expected, expected, "customer"]


def test_the_company_named_with_the_colleagues_outweighs_a_wrong_speaker_side() -> None:
    people = _people([("Wiebke Sand", "seller"), ("Benno Kraus", "customer"), ("Olaf Dreyer", "customer")])
    text = "[00:00:03] Wiebke Sand: Von uns, also Dreyer Agrar, sind Herr Kraus und Herr Dreyer da.\n"
    colleagues_named(text, people, seller="Feldtakt GmbH", customer="Dreyer Agrar eG")
    assert [p.side for p in people] == ["customer"] * 3


def test_a_question_or_the_other_side_names_no_colleague() -> None:
    people = _people([("Wiebke Sand", "seller"), ("Benno Kraus", "customer")])
    text = "[00:00:03] Wiebke Sand: Is Benno joining from your side?\n"
    colleagues_named(text, people)
    assert people[1].side == "customer"


_CALL = """Routenplaner - decision call
[00:00:02] Tessa Marlow (Kestrel Routing): Morning all, thanks for joining.
[00:00:07] Ivo Brandt (Ashgrove Freight): Morning. We decided to wait a year.
[00:00:12] Lea Fink (Ashgrove Freight): Budget is frozen until spring.
"""


def test_the_other_of_two_organisations_is_not_a_second_buyer() -> None:
    people = _people([("Tessa Marlow", "customer"), ("Ivo Brandt", "customer"), ("Lea Fink", "customer")])
    assert label_orgs(_CALL, people) == {
        "Tessa Marlow": "Kestrel Routing",
        "Ivo Brandt": "Ashgrove Freight",
        "Lea Fink": "Ashgrove Freight",
    }
    seller, customer = turn_reversed_meeting(_CALL, people, None, "Ashgrove Freight", {})
    assert (seller, customer) == ("Kestrel Routing", "Ashgrove Freight")
    assert [p.side for p in people] == ["seller", "customer", "customer"]


def test_a_team_split_across_sides_is_left_alone() -> None:
    people = _people([("Tessa Marlow", "customer"), ("Ivo Brandt", "customer"), ("Lea Fink", "seller")])
    teams = teams_of(people, label_orgs(_CALL, people))
    assert other_team_side(teams, None, "Kestrel Routing") is None
    assert [p.side for p in people] == ["customer", "customer", "seller"]


_LIST = (
    "Anwesend: Dr. Hanna Ebert (Vorsitz), Birte Oyelowo-Lange (Justiziarin) – Harsdorfer Versicherungsverein a.G.\n"
    "Hinzugezogen: Jonas Reh (Klarpfad GmbH)\n"
)


def test_an_organisation_with_a_legal_form_after_it_is_no_person() -> None:
    assert org_read_as_person(Participant(name="Harsdorfer Versicherungsverein"), _LIST)
    assert not org_read_as_person(Participant(name="Birte Oyelowo-Lange"), _LIST)
    assert not org_read_as_person(Participant(name="Harsdorfer Versicherungsverein", role="Vorsitz"), _LIST)


def test_a_legal_form_inside_a_hyphenated_surname_is_no_organisation() -> None:
    text = "Teilnehmende: Hanna Ebert, Jonas Reh, Birte Oyelowo-Lange, Mia Stein\n"
    people = People(
        participants=[Participant(name=n) for n in ("Hanna Ebert", "Jonas Reh", "Birte Oyelowo-Lange")]
    )
    parties = settle_people(text, people)
    assert not any(org.endswith(" Oy") for org in parties.orgs.values())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Harsdorfer Versicherungsverein a.G.", "Harsdorfer Versicherungsverein a.G."),
        ("Turnverein Musterstadt e.V.", "Turnverein Musterstadt e.V."),
        ("Klarpfad GmbH.", "Klarpfad GmbH"),
    ],
)
def test_a_dotted_legal_form_keeps_its_last_dot(raw: str, expected: str) -> None:
    assert clean_org(raw) == expected


_RECAP = """Subject: Recap - decision meeting / route planning rollout

Hi all,

thanks again for the time at your office today. Who was there: from Thornbury Water - Alma Reyes (Head of
Operations), Piet Nolan (Procurement); from our side Gus Ferrier and me.

Decision: Thornbury Water goes ahead with the rollout for both regions, 24-month term.

Next steps
- Gus will send the kick-off pack by Friday

Talk soon,
Maren

Maren Holt | Key Account Manager, Utilities
Quellbrook Analytics Ltd
m.holt@quellbrook.example
"""


def test_the_writers_signature_block_names_the_seller_not_the_customer() -> None:
    result = draft_minutes(_RECAP)
    assert result.company != "Quellbrook Analytics Ltd"
    assert result.seller_company == "Quellbrook Analytics Ltd"
