"""The one quote checker used by every engine and by the evals."""

from __future__ import annotations

import pytest

from coach.text.quotes import quote_in

NOTES = "Kunde: „Das Budget   liegt bei 80.000 €“ – freigegeben.\nWir starten im März."


@pytest.mark.parametrize(
    ("quote", "ok"),
    [
        ("Das Budget liegt bei 80.000 €", True),
        ('"das budget liegt bei 80.000 €"', True),
        ("Budget liegt bei 80.000 € - freigegeben", True),
        ("Das Budget liegt … freigegeben", True),
        ("Das Budget ... im März", True),
        ("Das Budget liegt bei 90.000 €", False),
        ("im März ... Das Budget", False),
        ("ok", False),
    ],
)
def test_quote_in(quote: str, ok: bool) -> None:
    assert quote_in(quote, NOTES) is ok


def test_minimum_length() -> None:
    assert not quote_in("Wir starten", NOTES, min_chars=12)
    assert quote_in("Wir starten im März", NOTES, min_chars=12)
