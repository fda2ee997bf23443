"""The `qualify` eval suite on tiny hand-made cases: correct labels pass, a wrong expectation is reported."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import yaml

from coach.evals.base import EvalContext
from coach.evals.suites.qualify import evaluate
from coach.llm.brain import offline_brain
from coach.qualify.models import DimensionKey
from coach.settings import load_settings

DIMS = list(get_args(DimensionKey))


def _case(cid: str, notes: str, split: str, **labels: str) -> dict:
    return {
        "id": cid,
        "lang": "de",
        "style": "bullets",
        "split": split,
        "notes": notes,
        "labels": {d: labels.get(d, "missing") for d in DIMS},
    }


def test_tiny_dataset_scores_and_reports_the_wrong_case(tmp_path: Path):
    cases = [
        _case(
            "ok1",
            # the challenge is its own line: a goal to cut scrap only implies the problem (partial at most)
            "- Ziel: Ausschuss bis Q3 2027 um 20 % senken\n- Problem: Ausschussquote liegt heute bei 6 % an Linie 2\n"
            "- Budget steht noch nicht fest",
            "dev",
            goals="covered",
            timeline="covered",
            challenges="covered",
        ),
        # Deliberately wrong expectation: a deferred budget is not coverage, so this case must fail.
        _case(
            "bad1",
            "- Budget steht noch nicht fest\n- Wir telefonieren am Dienstag wieder",
            "holdout",
            budget="covered",
        ),
    ]
    data = tmp_path / "tiny.yaml"
    data.write_text(yaml.safe_dump({"version": 1, "cases": cases}, allow_unicode=True))
    ctx = EvalContext(settings=load_settings(home=str(tmp_path)), brain=offline_brain(), dataset=data)
    outcome = evaluate(ctx)
    assert outcome.cases == 2
    failing = {f.case.split(":")[0] for f in outcome.failures}
    assert "bad1" in failing and "ok1" not in failing
    assert outcome.metrics["label_accuracy_dev"] == 1.0
    assert outcome.metrics["label_accuracy_holdout"] < 1.0
    assert outcome.metrics["question_targeting"] == 1.0
