"""A quote that carries a seller sentence is the seller's, even when it starts in the line before."""

from __future__ import annotations

import pytest

from coach.text.evidence import CustomerView

SELLER = {
    "en": ["Great talking on Friday.", "Our clients typically cut their fuel bill by a tenth in year one."],
    "de": [
        "Danke für das Gespräch.",
        "Unsere Kunden senken ihre Dieselkosten im ersten Jahr um ein Zehntel.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "quote", "seller"),
    [
        ("en", "Our clients typically cut their fuel bill", True),
        (
            "en",
            "the short version: Rep (Acme): Our clients typically cut their fuel bill by a tenth in year one.",
            True,
        ),
        ("en", "We run 140 trucks and our fuel bill went up. Great talking on Friday.", False),
        (
            "de",
            "kurz zusammengefasst: Vertrieb: Unsere Kunden senken ihre Dieselkosten im ersten Jahr um ein Zehntel.",
            True,
        ),
        ("de", "Wir fahren 140 LKW. Danke für das Gespräch.", False),
    ],
)
def test_a_quote_holding_a_seller_sentence_is_the_sellers(lang: str, quote: str, seller: bool) -> None:
    view = CustomerView(text="", seller_sentences=SELLER[lang])
    assert view.is_seller_quote(quote) is seller
