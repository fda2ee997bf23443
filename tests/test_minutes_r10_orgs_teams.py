"""Round 10, sides and the customer's company: people tied to no organisation beside one known team are the other
team; a clear team decision turns companies named the wrong way round; a role or a field in a bracket or a lone
German noun is never the customer's company; a legal form joined by a hyphen ('Versicherungs-AG') is one."""

from __future__ import annotations

from coach.minutes.company import _bracket_parts, _role_noun, customer_fallback
from coach.minutes.orgs import _tidy
from coach.minutes.pairing import Team, TeamDecision, settle_teams, settle_unknown
from coach.minutes.parties import ORG_LEGAL
from coach.text.model import Participant


def _person(name: str, side: str = "unknown", org: str | None = None) -> Participant:
    return Participant(name=name, side=side, organisation=org)  # type: ignore[arg-type]


def test_untied_speakers_are_the_other_team() -> None:
    """Speaker labels name the seller's organisation only: the unlabelled speakers buy, whatever 'you' they say."""
    text = (
        "[00:00:02] Mara (Vendora): Thanks for joining, Ola and Ben.\n"
        "[00:00:09] Ola Weber: We have gone through the trial results.\n"
        "[00:00:20] Ben Schulz: I'll send you our test plan, you can keep it.\n"
        "[00:00:31] Tom (Vendora): Great, I'll prepare the order form.\n"
    )
    people = [
        _person("Mara", "seller", "Vendora"),
        _person("Ola Weber"),
        _person("Ben Schulz"),
        _person("Tom", "seller", "Vendora"),
    ]
    settle_unknown(text, people)
    assert {p.name: p.side for p in people} == {
        "Mara": "seller",
        "Ola Weber": "customer",
        "Ben Schulz": "customer",
        "Tom": "seller",
    }


def test_a_clear_team_decision_turns_companies_named_the_wrong_way_round() -> None:
    """Seller and customer company were read the wrong way round, one member sits on the right side already: the
    clear team decision turns the pair and puts every member on their team's side."""
    buyers = [
        _person("Ada Brandt", "customer", "Nordwerk Logistik AG"),
        _person("Kai Roth", "seller", "Nordwerk"),
    ]
    sellers = [_person("Lea Vogt", "customer", "Quellsoft GmbH")]
    decision = TeamDecision(
        seller=Team(members=sellers, orgs=["Quellsoft GmbH"], lean=2.0),
        customer=Team(members=buyers, orgs=["Nordwerk Logistik AG"], lean=-1.0),
    )
    seller, customer = settle_teams([*buyers, *sellers], "Nordwerk Logistik AG", "Quellsoft GmbH", decision)
    assert (seller, customer) == ("Quellsoft GmbH", "Nordwerk Logistik AG")
    assert [p.side for p in buyers] == ["customer", "customer"]
    assert sellers[0].side == "seller"


def test_a_team_decision_leaves_companies_that_are_right() -> None:
    """The pair already matches the team decision: nothing turns, mixed sides stay for the other steps."""
    buyers = [_person("Ada Brandt", "customer", "Nordwerk Logistik AG")]
    sellers = [_person("Lea Vogt", "seller", "Quellsoft GmbH")]
    decision = TeamDecision(
        seller=Team(members=sellers, orgs=["Quellsoft GmbH"], lean=2.0),
        customer=Team(members=buyers, orgs=["Nordwerk Logistik AG"], lean=-1.0),
    )
    pair = settle_teams([*buyers, *sellers], "Quellsoft GmbH", "Nordwerk Logistik AG", decision)
    assert pair == ("Quellsoft GmbH", "Nordwerk Logistik AG")


def test_a_role_or_a_field_in_a_bracket_is_no_company() -> None:
    """'Vorständin Einkauf/Logistik' is kept whole (a role), a lone role or field noun is none of the parts."""
    assert _bracket_parts("Vorständin Einkauf/Logistik") == ["Vorständin Einkauf/Logistik"]
    assert _bracket_parts("Nordwerk/Quellsoft") == ["Nordwerk", "Quellsoft"]
    assert _role_noun("Justiziarin") and _role_noun("Steuerung")
    assert not _role_noun("Nordwerk") and not _role_noun("Stadtverwaltung Aue")
    assert _tidy("Justiziarin") is None and _tidy("Einkauf/Steuerung") is None
    assert _tidy("Stadtverwaltung Aue") == "Stadtverwaltung Aue"


def test_the_fallback_takes_the_legal_name_not_a_role() -> None:
    """Only a role sits in the customer's brackets; the company with its legal form named in the list is taken,
    even when the list reader took it for a person."""
    text = (
        "Anwesend: Jana Lenz (Referentin), Uwe Kern (Vorständin Einkauf/Steuerung) – Nordwerk Versicherungs-AG\n"
        "Gäste: Lea Vogt (Quellsoft GmbH)\n"
    )
    people = [
        _person("Jana Lenz", "customer"),
        _person("Uwe Kern", "customer"),
        _person("Nordwerk Versicherungs", "customer"),
        _person("Lea Vogt", "seller", "Quellsoft GmbH"),
    ]
    assert customer_fallback(text, people, "Quellsoft GmbH") == "Nordwerk Versicherungs-AG"


def test_a_legal_form_joined_by_a_hyphen() -> None:
    """'Nordwerk Versicherungs-AG' is a company with its legal form; a plain word with a hyphen is not."""
    found = [
        m.group("org") for m in ORG_LEGAL.finditer("bei der Nordwerk Versicherungs-AG und im Team-Meeting")
    ]
    assert found == ["Nordwerk Versicherungs-AG"]
