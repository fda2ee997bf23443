"""Rule cues of the learned qualification: amounts in words, German typed without umlauts, an amount referred back to."""

from __future__ import annotations

from datetime import date

import pytest

from coach.qualify.learned import features
from coach.qualify.learned.features import CUE_NAMES, E5_DIM, SPELLED_AMOUNT, cues, with_umlauts
from coach.qualify.learned.units import Names, Unit

REF = date(2026, 11, 30)


def _cue(text: str, name: str, **kw: bool) -> bool:
    return bool(cues(Unit(index=0, text=text, block=0), Names(), REF, **kw)[CUE_NAMES.index(name)])


@pytest.mark.parametrize(
    "text",
    [
        "We've got about forty thousand set aside for it.",
        "Die Geschäftsführung hat zweihunderttausend dafür eingeplant.",
        "Es sind knapp zwei Millionen im Investitionsplan.",
        "Half a million is the ceiling for the whole programme.",
    ],
)
def test_an_amount_written_in_words_is_an_amount(text: str) -> None:
    assert SPELLED_AMOUNT.search(text)
    assert _cue(text, "amount") and _cue(text, "money") and _cue(text, "digit")


@pytest.mark.parametrize(
    "text", ["We talked to two of their engineers.", "Ein paar Kollegen sind skeptisch.", "one of the two"]
)
def test_counting_words_without_a_magnitude_are_no_amount(text: str) -> None:
    assert not SPELLED_AMOUNT.search(text)
    assert not _cue(text, "amount")


@pytest.mark.parametrize(
    "typed,cue",
    [
        ("Wenn das sauber laeuft, koennten wir die Schicht streichen.", "if_reached"),
        ("Der Geschaeftsfuehrer entscheidet das am Ende.", "role"),
        ("Den Rest klaeren wir spaeter.", "later"),
        ("Er ist ueberzeugt, dass es sich lohnt.", "attitude"),
    ],
)
def test_german_without_umlauts_matches_the_same_cue_words(typed: str, cue: str) -> None:
    assert _cue(typed, cue)


def test_the_umlaut_reading_changes_only_vowel_pairs_inside_words() -> None:
    assert with_umlauts("Geschaeftsfuehrer") == "Geschäftsführer"
    assert with_umlauts("Ueber den Preis") == "Über den Preis"
    assert with_umlauts("40 % Quote") == "40 % Quote"


def test_a_sentence_referring_back_to_an_amount_counts_as_naming_it() -> None:
    assert not _cue("Und die sind bereits freigegeben.", "amount")
    assert _cue("Und die sind bereits freigegeben.", "amount", amount_before=True)
    units = [
        Unit(index=0, text="Für das Projekt sind 120.000 € vorgesehen.", block=3),
        Unit(
            index=1,
            text="Und die sind bereits freigegeben.",
            block=3,
            prev="Für das Projekt sind 120.000 € vorgesehen.",
        ),
        Unit(index=2, text="Und die sind bereits freigegeben.", block=4),
    ]
    x = features.features(units, Names(), REF)
    col = E5_DIM + CUE_NAMES.index("amount")
    assert x[1, col] == 1.0  # the sentence before it in the same turn names the amount
    assert x[2, col] == 0.0  # a sentence on its own does not
