"""A figure of value in the seller's notes is no price we quote; our quoted price is a contract term for the meeting."""

from __future__ import annotations

from coach.prepare.facts import read_sentences
from coach.text.sides import quoted_price


def test_a_saving_per_year_is_no_quoted_price_but_a_price_per_month_is() -> None:
    assert quoted_price("- Preis 3.900 EUR pro Monat plus einmalig 12.000 EUR Einrichtung.")
    assert not quoted_price("- Business Case: Einsparung von 310.000 EUR pro Jahr durch kürzere Rüstzeiten.")
    assert not quoted_price("- They expect to save 90k per year on overtime.")


def test_our_quoted_price_reaches_the_contract_frame_not_the_customers_facts() -> None:
    notes = (
        "Termin mit Frau Quellwitz (Werkleitung) am 04.05.2027\n"
        "- Business Case: Einsparung von 310.000 EUR pro Jahr durch kürzere Rüstzeiten.\n"
        "- Laufzeit: 24 Monate, Preis 3.900 EUR pro Monat.\n"
    )
    customer, quoted = read_sentences(notes, "de")
    assert any("310.000 EUR" in s for s in customer)
    assert any("3.900 EUR pro Monat" in s for s in quoted)
    assert not any("3.900 EUR" in s for s in customer)
