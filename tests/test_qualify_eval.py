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


def test_a_mixed_language_case_is_judged_by_its_main_language(tmp_path: Path):
    notes = (
        "- Decision maker ist der CFO, budget approved\n- Ziel: Durchlaufzeit im Lager um 30 % senken\n"
        "- Wir wollen bis Ende Q2 live gehen, der Rollout startet im Werk Nord"
    )
    main_de = _case("m1", notes, "dev") | {"lang": "mixed", "lang_main": "de"}
    main_en = _case("m2", notes, "dev") | {"lang": "mixed", "lang_main": "en"}
    data = tmp_path / "mixed.yaml"
    data.write_text(yaml.safe_dump({"version": 1, "cases": [main_de, main_en]}, allow_unicode=True))
    ctx = EvalContext(settings=load_settings(home=str(tmp_path)), brain=offline_brain(), dataset=data)
    outcome = evaluate(ctx)
    # the text reads as German: the case whose author says German is right, the other one is a miss
    language_misses = {f.case for f in outcome.failures if f.case.endswith(":language")}
    assert language_misses == {"m2:language"}
    assert outcome.metrics["language_match"] == 0.5


def test_the_transcript_suite_says_which_label_is_read_as_which(tmp_path: Path):
    from coach.evals.suites.transcripts import evaluate as evaluate_transcripts

    folder = tmp_path / "tx"
    folder.mkdir()
    (folder / "tx-01.txt").write_text(
        "Rep: Was möchten Sie mit dem neuen System erreichen?\n"
        "Kunde: Wir wollen die Durchlaufzeit im Lager bis Ende 2027 um 30 Prozent senken.\n"
        "Rep: Und wer entscheidet am Ende?\n"
        "Kunde: Das entscheidet unsere Geschäftsführerin, Frau Albers.\n",
        encoding="utf-8",
    )
    labels = {d: "missing" for d in DIMS} | {"goals": "covered", "authority": "covered"}
    # deliberately wrong: nothing in the call speaks to the budget, so it is read as missing
    labels["budget"] = "covered"
    case = {"id": "tx-01", "file": "tx/tx-01.txt", "lang": "de", "format": "dialogue", "labels": labels}
    (tmp_path / "tx.yaml").write_text(yaml.safe_dump({"version": 1, "cases": [case]}), encoding="utf-8")
    ctx = EvalContext(
        settings=load_settings(home=str(tmp_path)), brain=offline_brain(), dataset=tmp_path / "tx.yaml"
    )
    m = evaluate_transcripts(ctx).metrics
    assert m["labels_covered_as_missing"] >= 1.0  # the budget
    wrong = sum(v for k, v in m.items() if k.startswith("labels_") and "_as_" in k)
    assert wrong == round((1.0 - m["label_accuracy"]) * len(DIMS))
