"""A list's closing bracket names the organisation of the people after the bracket before it: 'A (GF), B (IT),
C und ich (beide X GmbH)' ties only C (and the writer) to X; A and B, each with a role bracket of their own, are
not the seller's people."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.minutes.parties import _after_own_brackets
from coach.text.model import Participant

CASES = [
    (
        "de",
        "Betreff: Zusammenfassung unseres Termins zur Entscheidung\n\n"
        "Hallo Frau Quenby, hallo Herr Pellowe,\n\n"
        "danke für den Termin heute.\n"
        "Anwesend: Orlaith Quenby (Leitung Lager), Bram Voskuijlen (Einkauf), Tomas Pellowe (Netzwerk), "
        "Ilse Marrick und ich (beide Kesterbrook Systeme GmbH).\n\n"
        "- Herr Pellowe prüft die Netzabdeckung in Halle 3 bis Freitag\n"
        "- Frau Marrick schickt das überarbeitete Angebot bis Mittwoch\n",
        {
            "Orlaith Quenby": "customer",
            "Bram Voskuijlen": "customer",
            "Tomas Pellowe": "customer",
            "Ilse Marrick": "seller",
        },
    ),
    (
        "en",
        "Subject: Recap of today's decision meeting\n\n"
        "Hi Orlaith, hi Tomas,\n\n"
        "thanks for your time today.\n"
        "Present: Orlaith Quenby (Head of Warehouse), Bram Voskuijlen (Procurement), Tomas Pellowe (Network), "
        "Ilse Marrick and myself (both Kesterbrook Systems Ltd).\n\n"
        "- Tomas to check the network coverage in hall 3 by Friday\n"
        "- Ilse to send the revised offer by Wednesday\n",
        {
            "Orlaith Quenby": "customer",
            "Bram Voskuijlen": "customer",
            "Tomas Pellowe": "customer",
            "Ilse Marrick": "seller",
        },
    ),
]


@pytest.mark.parametrize(("lang", "notes", "sides"), CASES)
def test_a_role_bracket_closes_a_persons_entry(lang: str, notes: str, sides: dict[str, str]) -> None:
    result = draft_minutes(notes, lang=lang, today=date(2027, 5, 4))
    got = {p.name: p.side for p in result.participants}
    for name, side in sides.items():
        assert got.get(name) == side, (name, got)


@pytest.mark.parametrize(
    ("body", "names", "after"),
    [
        (
            "A Bell (GF), C Dunn (IT), E Falk, G Hale (X GmbH)",
            ["A Bell", "C Dunn", "E Falk", "G Hale"],
            ["E Falk", "G Hale"],
        ),
        ("E Falk, G Hale (X GmbH)", ["E Falk", "G Hale"], []),  # no bracket before: the whole list
        ("A Bell (GF), C Dunn (IT)", ["A Bell", "C Dunn"], ["C Dunn"]),
        ("A Bell (GF), C Dunn", ["A Bell", "C Dunn"], []),  # the list ends in no bracket
        (
            "AB (ich, A Bell), C Dunn v. uns (beide X GmbH)",
            ["A Bell", "C Dunn"],
            [],
        ),  # the writer's own entry
        ("A Bell (GF), C Dunn (both X Ltd)", ["A Bell", "C Dunn"], []),  # 'both' needs two people
        ("A Bell (GF), C Dunn und ich (beide X GmbH)", ["A Bell", "C Dunn"], ["C Dunn"]),
    ],
)
def test_after_own_brackets(body: str, names: list[str], after: list[str]) -> None:
    people = [Participant(name=n) for n in names]
    assert [p.name for p in _after_own_brackets(body, people)] == after
