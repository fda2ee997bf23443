"""The seller's own notes mark their company as internal in the title: that company sells, the other one buys."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes, internal_org

_DE = """Lagerprojekt – Entscheidungstermin Nordhafen, 09.12.2026 (Brightmoor Software GmbH, intern)

Dabei: Paula Brandt (Leiterin Logistik) und Herr Dr. Cem Aydin (CFO), beide Nordhafen Logistik GmbH & Co. KG. Von uns: ich (Mara) und Jonas Feld.
Aydin: inhaltlich überzeugt, aber keine Entscheidung vor dem Budget 2027.
"""
_EN = """Warehouse rollout – decision meeting (internal notes, Brightmoor Software Ltd)
Tue 14 Sept 2027, their office

Who was there: from Northharbour Freight LLP Paula Brandt (COO) and Cem Aydin (CFO). Me (Mara) and Jonas Feld.
Paula said they will decide after the board meeting.
"""


@pytest.mark.parametrize(
    ("notes", "seller", "customer"),
    [
        (_DE, "Brightmoor Software GmbH", "Nordhafen Logistik GmbH & Co. KG"),
        (_EN, "Brightmoor Software Ltd", "Northharbour Freight LLP"),
    ],
)
def test_the_internal_company_is_the_seller(notes: str, seller: str, customer: str) -> None:
    result = draft_minutes(notes)
    assert (result.seller_company, result.company) == (seller, customer)


@pytest.mark.parametrize(
    ("title", "org"),
    [
        ("Notizen (Brightmoor Software GmbH, intern)", "Brightmoor Software GmbH"),
        ("Call notes (internal notes, Brightmoor Software Ltd)", "Brightmoor Software Ltd"),
        ("Brightmoor Software Ltd – internal notes, fleet telematics", "Brightmoor Software Ltd"),
        ("Brightmoor Software GmbH - interne Notizen Lagerprojekt", "Brightmoor Software GmbH"),
        ("Protokoll (Entwurf, Version 2)", None),
        ("Minutes (internal)", None),
    ],
)
def test_internal_org_reads_only_a_marked_company(title: str, org: str | None) -> None:
    assert internal_org(title) == org
