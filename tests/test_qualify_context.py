"""The context of a sentence for the learned qualification model: heading, previous sentence, the question answered."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from coach.qualify.learned.features import CONTEXT, CUE_NAMES, E5_DIM, WIDTH, features
from coach.qualify.learned.units import heading_of, units_of


def _unit(notes: str, starts: str):  # noqa: ANN202 - a test helper
    return next(u for u in units_of(notes).units if u.text.startswith(starts))


def test_a_short_answer_carries_the_sellers_question() -> None:
    notes = (
        "[00:01] Rep (Jonas Weber, Acme Software): How are things? What budget do you have for this?\n"
        "[00:02] Customer (Lena Brandt, Brandt Logistik): Around 80, maybe. Depends on the board.\n"
    )
    answer = _unit(notes, "Around 80")
    assert answer.role == "customer"
    assert answer.question == "What budget do you have for this?"
    follow = _unit(notes, "Depends on")
    assert follow.question == "What budget do you have for this?"
    assert follow.prev == "Around 80, maybe."
    assert _unit(notes, "What budget").question is None  # the seller's own turn answers nothing


@pytest.mark.parametrize(
    ("notes", "starts", "heading"),
    [
        ("Budget:\n- around 80k, maybe\n- not approved yet\n", "not approved", "Budget"),
        ("## Entscheider\n- GF decides. She wants it done.\n", "She wants", "Entscheider"),
        ("- Budget: 80k are planned. Maybe less.\n", "Maybe less", "Budget"),
        ("- wants to halve onboarding time\n", "wants to", None),
    ],
)
def test_a_sentence_knows_the_heading_or_label_it_stands_under(
    notes: str, starts: str, heading: str | None
) -> None:
    assert _unit(notes, starts).heading == heading


def test_headings_are_short_lines() -> None:
    assert heading_of("**Timeline**") == "Timeline"
    assert heading_of("NEXT STEPS") == "NEXT STEPS"
    assert heading_of("We talked about the new warehouse and the pilot for a long time:") is None


def test_context_vectors_follow_the_cues_and_are_zero_when_absent() -> None:
    notes = "Budget:\n- around 80k, maybe\n\nCall with Brandt Logistik went well."
    found = units_of(notes, date(2026, 11, 30))
    x = features(found.units, found.names, found.ref)
    assert x.shape == (len(found.units), WIDTH)
    start = E5_DIM + len(CUE_NAMES)
    heading = slice(start, start + E5_DIM)
    with_heading = [i for i, u in enumerate(found.units) if u.heading]
    without = [i for i, u in enumerate(found.units) if not u.heading and not u.prev and not u.question]
    assert with_heading and without
    assert np.allclose(np.linalg.norm(x[with_heading, heading], axis=1), 1.0, atol=1e-3)
    assert not x[without, start:].any()
    assert len(CONTEXT) * E5_DIM == WIDTH - start
