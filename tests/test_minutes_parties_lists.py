"""Attendance lines that name an organisation as a label written like a person's name ('Nordlicht Software: A (PB),
B (LS)'), the abbreviation 'Teiln.:' and a tail '– alle X GmbH' / '- all X Ltd' for everyone before it."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.text.sides import company_key

CASES = [
    (
        "de",
        "Lagerwerk – Entscheidungstermin Korte Logistik GmbH, 04.05.2027\n"
        "dabei: Hr. Jens Korte (GF), Fr. Ina Wolf (Einkauf) // Nordlicht Software: Paul Brenner (PB), Lea Stein (LS)\n\n"
        "- Absage: Herr Korte will dieses Jahr nicht umstellen.\n- AP: PB deaktiviert die Testzugänge bis Freitag\n",
        {"Jens Korte": "customer", "Ina Wolf": "customer", "Paul Brenner": "seller", "Lea Stein": "seller"},
        "Korte Logistik GmbH",
    ),
    (
        "en",
        "Stockwise – decision meeting Dunne Freight Ltd, 4 May 2027\n"
        "present: Mr Jack Dunne (MD), Ms Ivy Cole (Procurement) // Brightpath Cloud: Paul Brenner (PB), "
        "Lea Stein (LS)\n\n"
        "- No: Jack does not want to switch this year.\n- Action: PB to close the trial accounts by Friday\n",
        {"Jack Dunne": "customer", "Ivy Cole": "customer", "Paul Brenner": "seller", "Lea Stein": "seller"},
        "Dunne Freight Ltd",
    ),
    (
        "de",
        "Entsch.termin 04.05.27 (vor Ort, Werk 2)\n"
        "Teiln.: Korte (Ltg. Einkauf), Dr. Ina Wolf (GF), Emil Brandt (IT) - alle Halden Chemie GmbH | "
        "von uns: Paul Brenner (PB), Lea Stein (LS)\n\n"
        "- Entscheidung: keine, neuer Termin nach dem Audit.\n",
        {"Ina Wolf": "customer", "Emil Brandt": "customer", "Paul Brenner": "seller", "Lea Stein": "seller"},
        "Halden Chemie GmbH",
    ),
    (
        "en",
        "Decision mtg 4 May 2027 (on site, plant 2)\n"
        "Attendees: Jack Dunne (Head of QA), Dr Ivy Cole (CEO), Emil Brandt (IT) - all Halden Chemicals Ltd | "
        "from us: Paul Brenner (PB), Lea Stein (LS)\n\n"
        "- Decision: none, new date after the audit.\n",
        {"Ivy Cole": "customer", "Emil Brandt": "customer", "Paul Brenner": "seller", "Lea Stein": "seller"},
        "Halden Chemicals Ltd",
    ),
]


@pytest.mark.parametrize(("lang", "notes", "sides", "customer"), CASES)
def test_labelled_groups_and_group_tails_give_sides_and_company(
    lang: str, notes: str, sides: dict[str, str], customer: str
) -> None:
    result = draft_minutes(notes, today=date(2027, 5, 4))
    got = {p.name: p.side for p in result.participants}
    assert result.language == lang
    assert {name: got.get(name) for name in sides} == sides
    assert company_key(result.company) == company_key(customer)


@pytest.mark.parametrize(
    ("lang", "notes"),
    [
        (
            "en",
            "Campwise – decision mtg w/ trust exec team, 4 May 2027\n\n"
            "attendees: me (Priya), Conor – both Brightleaf Learning Ltd | Oakwell Schools Trust: CEO Mrs Adeyemi, "
            "Finance Dir (Graham?), Zoë Kavanagh (Head of Digital)\n\n- NO decision today.\n",
        ),
        (
            "de",
            "Campwise – Entscheidungstermin, 04.05.2027\n\n"
            "dabei: ich (Priya), Conor – beide Brightleaf Learning GmbH | Schulverbund Oakwell: Frau Adeyemi (GF), "
            "Kämmerer (Graham?), Zoë Kavanagh (Digitales)\n\n- Keine Entscheidung heute.\n",
        ),
    ],
)
def test_a_guessed_name_in_brackets_is_no_company(lang: str, notes: str) -> None:
    result = draft_minutes(notes, today=date(2027, 5, 4))
    assert "?" not in (result.company or "")
    assert "?" not in (result.seller_company or "")
