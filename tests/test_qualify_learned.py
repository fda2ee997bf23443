"""The shipped qualification model: fresh (trained on today's data and features), small, and used by the engine."""

from __future__ import annotations

import numpy as np
import pytest

from coach.qualify import analyse
from coach.qualify.learned import features
from coach.qualify.learned.apply import ARTEFACT, assess_best, shipped_model
from coach.qualify.learned.corpus import data_hash
from coach.qualify.learned.model import DIMS


def test_the_artefact_is_small_and_loads_from_the_package() -> None:
    assert ARTEFACT.exists() and ARTEFACT.with_suffix(".json").exists()
    assert ARTEFACT.stat().st_size < 5 * 1024 * 1024
    model = shipped_model()
    assert model is not None
    x = np.zeros((2, features.WIDTH), np.float32)
    assert model.dim_probs(x).shape == (2, len(DIMS))
    assert model.grade_probs(x).shape == (2, len(DIMS), 4)
    # the shipped sentence model: a network (mlp_*) or the linear models (dims_w, grade_w)
    assert "mlp_w1" in model.arrays or "dims_w" in model.arrays


def test_the_artefact_is_not_stale() -> None:
    """Fails when the tuning data or the features changed since `make train`: run `make train`."""
    header = shipped_model().header  # type: ignore[union-attr]
    assert header["feature_version"] == features.FEATURE_VERSION, "features changed: run `make train`"
    assert header["data_hash"] == data_hash(), "tuning data changed: run `make train`"


def test_the_header_reports_the_comparison_of_all_three_engines() -> None:
    header = shipped_model().header  # type: ignore[union-attr]
    assert set(header["loao"]) == {"rules", "learned", "combined"}

    # the selection rule of train.select: accuracy, minus half of each point of covered precision short of 0.95
    def key(engine: str) -> float:
        score = header["loao"][engine]
        return score["label_accuracy"] + 0.5 * min(0.0, score["covered_precision"] - 0.95)

    # a learned engine is shipped, never the rules by default: the best among those passing the eval gate
    assert header["engine"] in ("learned", "combined")
    passing = [e for e, g in header["gate"].items() if g["passed"]]
    assert header["engine"] == max(passing, key=key)


def test_the_gate_figure_in_the_header_is_what_the_eval_suite_measures() -> None:
    """Selection measured `coach eval --suite qualify` with the model in memory: the shipped one scores the same."""
    from coach.evals.base import EvalContext
    from coach.evals.runner import SUITES
    from coach.evals.suites.qualify import evaluate
    from coach.llm.brain import offline_brain
    from coach.settings import load_settings

    header = shipped_model().header  # type: ignore[union-attr]
    ctx = EvalContext(settings=load_settings(), brain=offline_brain(), dataset=SUITES["qualify"])
    metrics = evaluate(ctx).metrics
    # (a change of the text layer may move it a little; more than a point means `make train` is due)
    assert metrics["label_accuracy"] == pytest.approx(
        header["gate"][header["engine"]]["label_accuracy"], abs=0.01
    )
    assert metrics["label_accuracy"] >= 0.90


# Sentences a salesperson would write (invented here); the status the label guide gives them.
CASES = [
    ("- Budget: 120.000 EUR für 2027 freigegeben", "budget", "covered"),
    ("- Budget noch nicht besprochen, kommt später", "budget", "missing"),
    ("- Ziel: Durchlaufzeit im Lager bis Ende 2027 von 6 auf 3 Tage senken", "goals", "covered"),
    ("- Unterschrift: Geschäftsführerin Dr. Elke Sommer", "authority", "covered"),
    ("- Timeline: go-live planned for 1 March 2027", "timeline", "covered"),
    ("- We talked about the weather and the trade fair.", "budget", "missing"),
]


@pytest.mark.parametrize(("notes", "dim", "expected"), CASES)
def test_clear_sentences(notes: str, dim: str, expected: str) -> None:
    header = "Discovery-Call Muster GmbH, 10.11.2026\n"  # notes carry the call date, as in the app's examples
    assert assess_best(header + notes).status[dim] == expected


def test_the_sellers_pitch_is_no_evidence_in_a_transcript() -> None:
    notes = (
        "[00:01] Rep (Acme Software): Our customers typically save 400k a year and we roll out in three phases.\n"
        "[00:02] Customer (Lena Brandt, Brandt Logistik): Okay. We have not talked about money internally yet.\n"
    )
    result = analyse(notes)
    statuses = result.statuses()
    assert statuses["positive_implications"] != "covered"
    assert statuses["budget"] != "covered"
    for d in (*result.dimensions, *result.extensions):
        for quote in d.evidence:
            assert "400k" not in quote


def test_a_model_quoting_the_seller_cannot_cover_a_dimension() -> None:
    """With a language model, the learned offline result stays the skeleton: a seller's sentence is no evidence."""
    from coach.llm.fake import FakeChatModel, fake_brain

    notes = (
        "[00:01] Rep (Acme Software): With us you would be live by 1 March 2027, that is our standard plan.\n"
        "[00:02] Customer (Lena Brandt, Brandt Logistik): We still have to see. Nothing is decided on timing.\n"
    )
    seller_quote = "With us you would be live by 1 March 2027, that is our standard plan."
    answer = {
        "dimensions": [{"key": "timeline", "status": "covered", "evidence": [seller_quote], "summary": "x"}],
        "questions": [],
    }
    offline = analyse(notes)
    result = analyse(notes, brain=fake_brain(FakeChatModel(responses=[answer])))
    assert result.dimension("timeline").status == offline.dimension("timeline").status != "covered"
    assert seller_quote not in result.dimension("timeline").evidence
