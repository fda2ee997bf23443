"""A short call pasted as `Name: text` lines, where one of two people speaks only once, is read as a dialogue.

QA walk (issue 13): the exchange was read as notes, so no line had a side and the customer's own timing
("by next summer") was no timeline; read as turns, the customer's sentences are the customer's.
"""

from __future__ import annotations

import pytest

from coach.qualify.engine import analyse
from coach.text.document import parse_text
from coach.text.readers.timestamped import looks_like_dialogue

CALLS = [
    (
        "en",
        "Daniel Okoye: If we do nothing we keep writing off about 200k of stock a year.\n"
        "Mia Berger: That is a lot. Our customers typically cut write-offs by half in the first year.\n"
        "Daniel Okoye: We need it by next summer.\n",
        "We need it by next summer.",
    ),
    (
        "de",
        "Jana Albers: Wenn wir nichts tun, schreiben wir weiter rund 200.000 Euro Bestand im Jahr ab.\n"
        "Mia Berger: Das ist viel. Unsere Kunden senken die Abschreibungen typischerweise um die Hälfte.\n"
        "Jana Albers: Wir brauchen das bis nächsten Sommer.\n",
        "Wir brauchen das bis nächsten Sommer.",
    ),
]


@pytest.mark.parametrize(("lang", "call", "timing"), CALLS)
def test_a_short_call_has_turns_and_sides(lang: str, call: str, timing: str) -> None:
    """Three alternating lines by two named people are turns: the pitching one is the seller."""
    doc = parse_text(call)
    assert doc.format == "dialogue"
    assert [t.side for t in doc.turns] == ["customer", "seller", "customer"]
    assert doc.language == lang


@pytest.mark.parametrize(("lang", "call", "timing"), CALLS)
def test_the_customers_timing_counts(lang: str, call: str, timing: str) -> None:
    """The customer's "by next summer" is a (vague) timeline; the seller's pitch is no evidence."""
    result = analyse(call)
    found = {d.key: d for d in result.dimensions}
    assert found["timeline"].status == "partial"
    assert timing in found["timeline"].evidence
    quotes = [q for d in result.dimensions for q in d.evidence]
    assert not any("typischerweise" in q or "typically" in q for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        # a list of people with their roles is no call
        "Daniel Okoye: CFO\nMia Berger: Account Executive\nDaniel Okoye: signs\n",
        # one person only
        "Daniel Okoye: wants to cut write-offs by half.\nDaniel Okoye: budget approved at 70k for year one.\n",
        # labelled notes, not people
        "Ziel: Abschreibungen halbieren bis Ende 2027.\nBudget: 70.000 Euro freigegeben.\nZiel: Lager neu ordnen.\n",
        # a line without a speaker between the turns: notes that quote people
        "Daniel Okoye: If we do nothing we keep writing off stock.\nasked about timing, no answer yet\n"
        "Mia Berger: We will send the offer this week.\nDaniel Okoye: Fine, we will read it then.\n",
        # the same speaker twice in a row: no exchange
        "Daniel Okoye: If we do nothing we keep writing off stock.\nDaniel Okoye: The board wants a fix soon.\n"
        "Mia Berger: We will send the offer this week, with the price.\n",
    ],
)
def test_other_texts_stay_notes(text: str) -> None:
    """Role lists, one speaker, field labels, mixed lines and no alternation are not read as a short call."""
    assert not looks_like_dialogue(text)
