"""QA round 9 of the preparation: a price per year or month counts over the offer's term against a signing limit,
the price keeps its period in the one-pager, a quoted sentence stays one checklist line, and an empty objections
section says so."""

from __future__ import annotations

import pytest

from coach.prepare import amounts
from coach.prepare.engine import prepare_notes
from coach.prepare.export import to_md

NOTES_DE = """Telefonat 20.11.2026 mit Frau Albrecht (Leiterin Logistik, Halvorsen Spedition GmbH)
- Ziel: Leerfahrten um 20 % senken bis Ende Q2 2027.
- Unser Geschäftsführer Herr Kessler entscheidet über das Projekt, er
  hat eine Freigabe bis 100.000 EUR.
"""
NOTES_EN = """Call 20 Nov 2026 with Ms Albrecht (Head of Logistics, Halvorsen Freight Ltd)
- Goal: cut empty runs by 20 % by end of Q2 2027.
- Our MD Mr Kessler decides on the project; he signs up to EUR 100,000.
"""


@pytest.mark.parametrize(
    ("offer", "per", "total"),
    [
        ("Tourenplanung, 36 Monate, 48.000 EUR p.a.", "year", 144_000),
        ("Route planning, 3 years, €48k per year", "year", 144_000),
        ("Lizenz 2.500 € pro Monat, 24 Monate", "month", 60_000),
        ("Licence, 24 months, $2,500/month", "month", 60_000),
        ("Tourenplanung, 12 Monate, 110.000 EUR", None, 110_000),  # a one-off price stays as written
        ("Pilot, 48.000 EUR p.a.", "year", 48_000),  # no term: nothing to multiply
    ],
)
def test_a_recurring_price_is_worth_its_term(offer: str, per: str | None, total: int) -> None:
    price = amounts.offer_price(offer)
    assert price is not None and price.per == per
    value = amounts.contract_value(offer)
    assert value is not None and value.value == total


@pytest.mark.parametrize(("notes", "lang"), [(NOTES_DE, "de"), (NOTES_EN, "en")])
def test_a_limit_below_the_contract_value_is_flagged_though_below_the_yearly_price(
    notes: str, lang: str
) -> None:
    offer = (
        "Tourenplanung, 36 Monate, 48.000 EUR p.a."
        if lang == "de"
        else "Route planning, 36 months, EUR 48,000 a year"
    )
    prep = prepare_notes(notes, lang=lang, offer=offer)
    flags = [c for c in prep.checklist if c.id.startswith("signing_limit")]
    assert len(flags) == 1, [c.note for c in prep.checklist]
    assert ("144.000 EUR" if lang == "de" else "144,000 EUR") in flags[0].note
    cheap = prepare_notes(notes, lang=lang, offer=offer.replace("36", "12"))
    assert not [c for c in cheap.checklist if c.id.startswith("signing_limit")]


def test_the_contract_frame_keeps_the_period_of_the_price() -> None:
    prep = prepare_notes(NOTES_DE, lang="de", offer="Tourenplanung, 36 Monate, 48.000 EUR p.a.")
    frame = next(e for e in prep.one_pager if e.element == "contract_frame")
    assert "48.000 EUR p.a." in frame.text


def test_a_quoted_sentence_with_a_line_break_stays_one_checklist_line() -> None:
    md = to_md(prepare_notes(NOTES_DE, lang="de", offer="Tourenplanung, 36 Monate, 48.000 EUR p.a."))
    checklist = md.split("## ", 2)[1]
    lines = [line for line in checklist.splitlines()[1:] if line.strip()]
    assert lines and all(line.startswith("- [") for line in lines), lines


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_likely_objections_is_said_not_left_blank(lang: str) -> None:
    from coach.web.deals_tab import render_prep

    prep = prepare_notes(NOTES_DE if lang == "de" else NOTES_EN, lang=lang)
    prep = prep.model_copy(update={"likely_objections": []})
    md = to_md(prep)
    heading = "## Wahrscheinliche Einwände" if lang == "de" else "## Likely objections"
    section = md.split(heading, 1)[1].split("\n## ", 1)[0]
    expected = "Keine zu erwarten" if lang == "de" else "None expected"
    assert expected in section
    assert expected in render_prep(prep, lang)
