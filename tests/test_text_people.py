"""The one people extractor: any Latin-script name, titles, first names in lists, roles, organisations, e-mails."""

from __future__ import annotations

import pytest

from coach.text.names import is_name
from coach.text.people import extract_people


@pytest.mark.parametrize(
    "name",
    [
        "José Álvarez",
        "Siobhán O'Neill",
        "Zoë Brandt",
        "Ayşe Kaya",
        "Łukasz Nowak",
        "Anna-Lena Müller",
        "Jörg",
    ],
)
def test_latin_script_names(name: str) -> None:
    assert is_name(name)


@pytest.mark.parametrize("text", ["budget", "Q3 2027", "CFO!", "the CFO"])
def test_not_names(text: str) -> None:
    assert not is_name(text)


def people(text: str) -> dict[str, tuple]:  # type: ignore[type-arg]
    return {p.name: (p.role, p.organisation, p.side, p.email) for p in extract_people(text)}


def test_participant_line_with_roles_companies_and_e_mail() -> None:
    found = people(
        "Teilnehmer: José Álvarez (COO, Nordholz AG), Siobhán O'Neill (Einkauf, s.oneill@nordholz.example), "
        "Zoë Brandt. Von unserer Seite: Łukasz Nowak (AE)."
    )
    assert found["José Álvarez"] == ("COO", "Nordholz AG", "customer", None)
    assert (
        found["Siobhán O'Neill"][0] == "Einkauf"
        and found["Siobhán O'Neill"][3] == "s.oneill@nordholz.example"
    )
    assert found["Zoë Brandt"][2] == "customer"
    assert found["Łukasz Nowak"][2] == "seller"


def test_first_names_only_in_participant_lines() -> None:
    assert list(people("Teilnehmer:\n- Kim\n- Ravi\n- Tobias\n\nNotizen: Kim fragt nach dem Preis.")) == [
        "Kim",
        "Ravi",
        "Tobias",
    ]


def test_titles_with_surnames_in_running_text() -> None:
    found = people(
        "Gespräch mit Frau Petersen (Leiterin Controlling, Nordholz AG); Herr Dr. Albers kam später. Mr Okafor signs."
    )
    assert found["Petersen"][:2] == ("Leiterin Controlling", "Nordholz AG")
    assert "Albers" in found and "Okafor" in found


def test_signature_feeds_the_people_list() -> None:
    found = people(
        "Danke für das Gespräch.\n\nViele Grüße\nAyşe Kaya\nCFO\nNordholz AG\n+49 40 123456\nayse.kaya@nordholz.example"
    )
    assert found["Ayşe Kaya"] == ("CFO", "Nordholz AG", "unknown", "ayse.kaya@nordholz.example")


def test_no_people_in_plain_notes() -> None:
    assert people("- Ziel: Ausschuss senken\n- Budget: offen\n- Timeline: Q3") == {}
