"""The grade of a sentence (specific / vague / negated / deferred): e5 and cues plus a character n-gram model."""

from __future__ import annotations

from datetime import date

import pytest

from coach.qualify.learned.apply import prepare, shipped_model
from coach.qualify.learned.model import DIMS, GRADES

REF = date(2026, 11, 10)

# (firm sentence, hedged or open sentence, dimension): the firm one is more likely specific
PAIRS = [
    ("Budget: 80.000 € für 2027 freigegeben.", "Budget: vielleicht so 80k, grob geschätzt?", "budget"),
    ("Go-live is fixed for 1 March 2027.", "Go-live maybe sometime in spring, not sure.", "timeline"),
    (
        "Dr. Elke Sommer, the COO, signs the contract.",
        "Someone from finance will probably sign.",
        "authority",
    ),
]


@pytest.mark.parametrize(("firm", "vague", "dim"), PAIRS)
def test_a_firm_statement_is_more_specific_than_a_hedged_one(firm: str, vague: str, dim: str) -> None:
    model = shipped_model()
    assert model is not None
    prep = prepare(f"Call 10.11.2026\n- {firm}\n- {vague}\n", REF)
    texts = [s.text for s in prep.segments]
    grades = model.grade_probs(prep.x, texts)
    j, spec = DIMS.index(dim), GRADES.index("specific")
    assert grades[texts.index(firm), j, spec] > grades[texts.index(vague), j, spec]


def test_the_grade_ngram_model_ships_and_changes_the_grades() -> None:
    model = shipped_model()
    assert model is not None
    assert "gng_w" in model.arrays and float(model.arrays["gng_mix"].reshape(-1)[0]) > 0
    prep = prepare(
        "Call 10.11.2026\n- Budget tbd, kommt später\n- Ziel: Durchlaufzeit halbieren bis Q3 2027\n", REF
    )
    texts = [s.text for s in prep.segments]
    with_ngrams = model.grade_probs(prep.x, texts)
    without = model.grade_probs(prep.x)
    assert with_ngrams.shape == without.shape == (len(texts), len(DIMS), len(GRADES))
    assert abs(with_ngrams - without).max() > 1e-3
