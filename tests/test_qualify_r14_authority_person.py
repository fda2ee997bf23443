"""Who decides: a person (named, a pronoun, the speaker) may make authority specific; a role alone may not."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from coach.qualify.learned.features import CUE_NAMES, E5_DIM, cues
from coach.qualify.learned.model import DIMS, specific_needs_evidence
from coach.qualify.learned.units import Unit

AUTHORITY = DIMS.index("authority")


def _specific_after_check(text: str, with_texts: bool = True) -> float:
    """Return P(specific) for authority after the check, when the network said 'specific' outright."""
    unit = Unit(index=0, text=text, block=0, role="customer")
    x = np.zeros((1, E5_DIM + len(CUE_NAMES)), np.float32)
    x[0, E5_DIM:] = cues(unit, None, date(2026, 11, 2))
    probs = np.zeros((1, len(DIMS), 4))
    probs[:, :, 0] = 1.0
    return float(specific_needs_evidence(x, probs, [text] if with_texts else None)[0, AUTHORITY, 0])


@pytest.mark.parametrize(
    "text",
    [
        "Er entscheidet allein, der Beirat wird nur informiert.",
        "She signs anything up to 200k herself.",
        "Das mache ich, der Vorstand muss nicht zustimmen.",
        "The final call is mine.",
        "Unterschreiben tut am Ende die Inhaberin, Petra Lindqvist.",
    ],
)
def test_a_person_beside_a_decision_keeps_specific(text: str) -> None:
    assert _specific_after_check(text) == 1.0


@pytest.mark.parametrize(
    "text",
    ["The CFO decides.", "Entscheidung beim Vorstand.", "Procurement signs off on anything over 50k."],
)
def test_a_role_or_group_without_a_person_is_not_specific(text: str) -> None:
    assert _specific_after_check(text) == 0.0


def test_without_the_texts_only_the_cues_tell_a_person() -> None:
    assert _specific_after_check("Er als Geschäftsführer entscheidet allein.", with_texts=False) == 0.0
    assert _specific_after_check("Er als Geschäftsführer entscheidet allein.") == 1.0


def test_budget_and_timeline_still_need_an_amount_and_a_date() -> None:
    x = np.zeros((1, E5_DIM + len(CUE_NAMES)), np.float32)
    x[0, E5_DIM:] = cues(
        Unit(index=0, text="Budget ist da, irgendwann im Frühjahr.", block=0), None, date(2026, 11, 2)
    )
    probs = np.zeros((1, len(DIMS), 4))
    probs[:, :, 0] = 1.0
    out = specific_needs_evidence(x, probs, ["Budget ist da, irgendwann im Frühjahr."])
    assert out[0, DIMS.index("budget"), 0] == 0.0 and out[0, DIMS.index("timeline"), 0] == 0.0
