"""Which organisation sells, decided from evidence before the sides: buyer minutes, seller notes, the user's setting."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes
from coach.minutes.engine import known_speaker, not_a_person
from coach.minutes.vendor import attach_emails, bracket_orgs, decide
from coach.text.model import Participant

BUYER_MINUTES = """Ergebnisprotokoll Auswahlrunde Kassensystem
Datum: 09.03.2027, Besprechungsraum Nord
Protokoll: Jana Brück (Einkauf)

Teilnehmer (Gärtnerei Lindenhof KG):
  Tobias Reimann – Geschäftsführer
  Jana Brück – Einkauf
  Olga Petrenko – Controlling
Gäste:
  Herr Kilian Sand – Nordwerk Kassen GmbH, Vertrieb
  Frau Edda Voss – Nordwerk Kassen GmbH, Technik

Entscheidung: Die Gärtnerei beauftragt Nordwerk nicht. Absage an Nordwerk per Brief.

Aufgaben
- Jana Brück schickt die Absage bis Freitag.
"""


def _sides(result) -> dict[str, str]:
    return {p.name: p.side for p in result.participants}


def test_buyer_minutes_put_the_guests_company_on_the_selling_side() -> None:
    result = draft_minutes(BUYER_MINUTES)
    assert result.seller_company == "Nordwerk Kassen GmbH"
    assert result.company == "Gärtnerei Lindenhof KG"
    sides = _sides(result)
    assert sides["Kilian Sand"] == "seller" and sides["Edda Voss"] == "seller"
    assert sides["Tobias Reimann"] == "customer" and sides["Olga Petrenko"] == "customer"


def test_the_users_own_company_decides_the_seller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_COMPANY", "Nordwerk Kassen GmbH")
    result = draft_minutes(BUYER_MINUTES)
    assert result.seller_company == "Nordwerk Kassen GmbH"
    assert _sides(result)["Kilian Sand"] == "seller"


def test_me_from_an_organisation_makes_the_speaker_and_the_colleague_sellers() -> None:
    notes = (
        "Call recording – 4 May 2027\n"
        "Participants: Ravi Olsen, Mira Tann, Lutz Ebner\n\n"
        "Ravi: Thanks for having Lutz and me from Brightloop here today.\n"
        "Mira: Sure. Our board approved the budget, so the answer is yes.\n"
        "Lutz: Great. I'll send the order form tomorrow.\n"
    )
    result = draft_minutes(notes)
    assert result.seller_company == "Brightloop"
    sides = _sides(result)
    assert sides["Ravi Olsen"] == "seller" and sides["Lutz Ebner"] == "seller"
    assert sides["Mira Tann"] == "customer"


def test_decide_keeps_the_lists_choice_without_clear_evidence() -> None:
    people = [Participant(name="Ada Brun"), Participant(name="Li Wong")]
    orgs = {"Ada Brun": "Kestrel Labs", "Li Wong": "Harbor Foods"}
    assert decide("Ada Brun, Li Wong", people, orgs, "Kestrel Labs", "Harbor Foods") == (
        "Kestrel Labs",
        "Harbor Foods",
    )


def test_decide_turns_round_a_customer_that_is_the_vendor() -> None:
    text = (
        "Present: Ada Brun (CFO), Li Wong (Kestrel Labs, Account Executive), Bo Berg (Kestrel Labs, Sales)\n"
        "Decision: we go with Kestrel Labs. Award to Kestrel Labs confirmed.\n"
    )
    people = [Participant(name=n) for n in ("Ada Brun", "Li Wong", "Bo Berg")]
    orgs = {"Li Wong": "Kestrel Labs", "Bo Berg": "Kestrel Labs"}
    seller, customer = decide(text, people, orgs, None, "Kestrel Labs")
    assert seller == "Kestrel Labs" and customer is None


def test_a_bracket_two_people_share_is_their_organisation_but_a_role_is_not() -> None:
    people = [Participant(name=n) for n in ("Ada Brun", "Li Wong", "Bo Berg", "Cy Lamm")]
    text = "Ada Brun (Fernwald Media), Li Wong (Fernwald Media), Bo Berg (IT), Cy Lamm (IT)"
    assert bracket_orgs(text, people) == {"Ada Brun": "Fernwald Media", "Li Wong": "Fernwald Media"}


def test_an_address_on_the_persons_line_is_theirs() -> None:
    people = [Participant(name="Ada Brun"), Participant(name="Li Wong")]
    attach_emails(
        "- Ada Brun – ada@fernwald.example\n- Li Wong (CFO)\ncc: team@x.example, b@y.example", people
    )
    assert people[0].email == "ada@fernwald.example" and people[1].email is None


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Northwind Freight", "Northwind Freight (NF) – fleet decision\nPresent: …", True),
        ("Projekt Lichtblick", "Notizen\nProjekt Lichtblick (Phase 2) besprochen", True),
        ("Filiale Essen", "Pilot in der Filiale Essen (ohne Ausfälle)", True),
        ("Greta Holm", "Present: Greta Holm (CFO)\nGreta Holm approved.", False),
    ],
)
def test_not_a_person(name: str, text: str, expected: bool) -> None:
    assert not_a_person(name, text) is expected


def test_a_speaker_label_with_side_and_title_is_the_listed_person() -> None:
    people = [Participant(name="Beate Korn"), Participant(name="Arne Lutz")]
    assert known_speaker("Kunde – Dr. Korn", people)
    assert not known_speaker("Kunde – Dr. Brandt", people)
    assert not known_speaker("Arne Lutz", people)


def test_a_run_of_names_takes_the_organisation_of_its_bracket() -> None:
    from coach.minutes.vendor import list_orgs

    people = [Participant(name=n) for n in ("Ada Brun", "Li Wong", "Bo Berg", "Cy Lamm", "Di Moll")]
    line = "Teilnehmende: Ada Brun, Li Wong (beide Fernwald AG), Bo Berg (CFO), Cy Lamm, Di Moll (Kestrel Labs GmbH)"
    assert list_orgs(line, people) == {
        "Ada Brun": "Fernwald AG",
        "Li Wong": "Fernwald AG",
        "Bo Berg": None,
        "Cy Lamm": "Kestrel Labs GmbH",
        "Di Moll": "Kestrel Labs GmbH",
    }


def test_labels_are_no_people_and_a_role_word_before_a_full_name_is_dropped() -> None:
    notes = (
        "Protokoll 06.04.2027\nTeilnehmende: Hauptamtsleiterin Greta Holm, Arne Lutz\nEntscheidung: Zusage.\n"
    )
    names = [p.name for p in draft_minutes(notes).participants]
    assert "Greta Holm" in names and not any(n.startswith("Hauptamts") for n in names)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Teilnehmer Klinikum Nordhang gGmbH", "Klinikum Nordhang gGmbH"),
        ("Technischer Geschäftsführer Stadtwerke Talbach GmbH", "Stadtwerke Talbach GmbH"),
        ("Fernwald Pharma's", "Fernwald Pharma"),
        ("Möbelhaus Lenz KG; Ada Brun", "Möbelhaus Lenz KG"),
        ("Kestrel Labs", "Kestrel Labs"),
    ],
)
def test_tidy_company(raw: str, clean: str) -> None:
    from coach.minutes.vendor import tidy_company

    assert tidy_company(raw) == clean


@pytest.mark.parametrize(
    ("text", "seller"),
    [
        ("Petra Lind (Verkäuferin)", True),
        ("Ole Brandt, Vertriebler", True),
        ("Sam Ode – Seller", True),
        ("Kim Park, Account Executive", True),
        ("Ruth Bauer (Einkauf)", False),
        (
            "Treffen am 12.3., die Mail kam gestern",
            False,
        ),  # label-only abbreviations are words in running text
    ],
)
def test_vendor_roles_are_the_text_layers_seller_roles(text: str, seller: bool) -> None:
    from coach.minutes.vendor import _VENDOR_ROLE

    assert bool(_VENDOR_ROLE.search(text)) is seller
