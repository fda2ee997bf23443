"""A venue, a plant or site, or a department is never the customer's company."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.minutes.company import not_an_org

SITE_TITLE = (
    "Entscheidungstermin „Linienplaner – Einführung Werk Aalen“\n"
    "Datum: 04.05.2027, beim Kunden vor Ort\n\n"
    "Teilnehmer\n"
    "Softline AG: Tom Berger (Vertrieb)\n"
    "Kunde: Frau Laura Kern (Produktionsleitung), Herr Omar Haddad (Leiter Finanzen)\n\n"
    "- Entscheidung: Go für die Einführung im Werk Aalen.\n"
    "- Tom Berger schickt bis Freitag das Bestellformular.\n"
)
VENUE_HEADER = (
    "Minutes of the Board of Directors\n"
    "May 4, 2027 – Mill Hall, Easton – 6:00 p.m.\n\n"
    "Directors present (Easton Valley Farmers Cooperative): Laura Kent (Chair), Omar Haddad, Ruth Miles\n"
    "Guests: Tom Berger, Softline LLC\n\n"
    "Motion to approve the sensor rollout carried 3-0.\n"
    "Tom Berger will send the order form by Friday.\n"
)
DEPARTMENT_BRACKET = (
    "# Entscheidungstermin (Transkript)\n"
    "Aufgezeichnet am 04.05.2027\n"
    "Teilnehmende: Laura Kern, Omar Haddad (Facility Management), Tom Berger, Nina Sommer\n\n"
    "**[00:00:05] Tom Berger:** Hallo zusammen, Nina Sommer von uns, also von Softline, ist auch dabei.\n"
    "**[00:00:12] Laura Kern:** Hallo. Wir haben uns entschieden, wir machen das.\n"
    "**[00:00:20] Omar Haddad:** Ja, von meiner Seite auch.\n"
    "**[00:00:30] Tom Berger:** Prima, ich schicke Ihnen bis Freitag das Bestellformular.\n"
)
ROOM_HEADER = (
    "Entscheidungstermin 04.05.2027 – Konferenzraum Elbe, Hamburg\n"
    "Teilnehmer: Laura Kern (COO), Omar Haddad (CFO), Tom Berger (Vertrieb, Softline AG)\n\n"
    "- Entscheidung: Ja zum Rollout bei der Elbtal Fördertechnik GmbH.\n"
)


@pytest.mark.parametrize(
    ("notes", "never", "want"),
    [
        (SITE_TITLE, "Werk Aalen", None),
        (VENUE_HEADER, "Mill Hall", "Easton Valley Farmers Cooperative"),
        (DEPARTMENT_BRACKET, "Facility Management", None),
        (ROOM_HEADER, "Konferenzraum Elbe", "Elbtal Fördertechnik GmbH"),
    ],
)
def test_a_place_or_unit_is_not_the_customer(notes: str, never: str, want: str | None) -> None:
    company = draft_minutes(notes, today=date(2027, 5, 4)).company
    assert never not in (company or "")
    if want:
        assert company == want


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Mill Hall", True),
        ("Saal Rhein", True),
        ("Konferenzraum 2", True),
        ("Meeting Room 3", True),
        ("Werk Aalen", True),
        ("Rollout Standort Nord", True),
        ("Riverside Plant", True),
        ("Personalabteilung", True),
        ("Produktionsleitung", True),
        ("Finance Department", True),
        ("Facility Management", True),
        ("Human Resources", True),
        ("Stadtwerke Ellhofen GmbH", False),
        ("Nordhall Logistik GmbH", False),
        ("Hall & Söhne GmbH", False),
        ("Werk Aalen GmbH", False),  # a legal form makes it a company
        ("Brightmoor Asset Management", False),
        ("Easton Valley Farmers Cooperative", False),
    ],
)
def test_venues_sites_and_departments_are_no_organisation(name: str, unit: bool) -> None:
    assert not_an_org(name) is unit
