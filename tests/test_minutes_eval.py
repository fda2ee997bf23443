"""The `minutes` eval suite: metrics per split, false_met counting, failures — checked on the dev cases only."""

from __future__ import annotations

from pathlib import Path

import yaml

from coach.evals.base import EvalContext
from coach.evals.suites.minutes import evaluate
from coach.llm.brain import offline_brain
from coach.paths import EVALS_DIR
from coach.settings import load_settings

DATASET = EVALS_DIR / "datasets" / "minutes.yaml"


def _context(tmp_path: Path, cases: list[dict]) -> EvalContext:
    path = tmp_path / "minutes.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "cases": cases}, allow_unicode=True), encoding="utf-8")
    return EvalContext(settings=load_settings(), brain=offline_brain(), dataset=path)


def test_dataset_is_labelled_as_the_issue_asks() -> None:
    cases = yaml.safe_load(DATASET.read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 20
    assert {c["lang"] for c in cases} == {"de", "en"}
    assert {c["expected"]["outcome"] for c in cases} == {
        "positive",
        "positive_with_conditions",
        "negative",
        "pending",
    }
    assert {c["split"] for c in cases} == {"dev", "holdout"}


def test_dev_cases_meet_the_targets(tmp_path: Path) -> None:
    cases = [c for c in yaml.safe_load(DATASET.read_text(encoding="utf-8"))["cases"] if c["split"] == "dev"]
    outcome = evaluate(_context(tmp_path, cases))
    m = outcome.metrics
    assert outcome.cases == len(cases)
    assert m["false_met"] == 0 and m["false_met_dev"] == 0
    for name in ("outcome_accuracy", "gate_accuracy", "meeting_date_accuracy", "send_by_accuracy"):
        assert m[name] >= 0.9 and m[f"{name}_dev"] == m[name]
    assert m["groundedness"] == 1.0 and m["sections_present"] == 1.0
    assert "outcome_accuracy_holdout" not in m


def test_false_met_is_counted_per_split_with_failures(tmp_path: Path) -> None:
    case = {
        "id": "x1",
        "lang": "en",
        "split": "holdout",
        "notes": "Decision meeting Acme Ltd, 2 March 2027\nAttendees: Ann Lee (CFO). Us: Bo Kim (AE).\n"
        "- Recap: Ann confirmed they reviewed all pilot results and understood them.\n- Decision: yes.\n",
        "expected": {
            "meeting_date": "2027-03-02",
            "send_by": "2027-03-03",
            "outcome": "positive",
            "gates": {
                "engagement_reviewed": "not_met",
                "decision_in_writing": "not_met",
                "contract_signed": "not_met",
            },
            "contract_missing": [],
            "action_items": [{"task_contains": "kickoff", "owner": "Bo Kim", "due": None}],
        },
    }
    outcome = evaluate(_context(tmp_path, [case]))
    assert outcome.metrics["false_met"] == 1 and outcome.metrics["false_met_holdout"] == 1
    assert outcome.metrics["gate_accuracy_holdout"] == round(2 / 3, 4)
    assert outcome.metrics["action_item_recall"] == 0.0
    cases = {f.case for f in outcome.failures}
    assert {"x1:false_met:engagement_reviewed", "x1:gate:engagement_reviewed", "x1:action:kickoff"} <= cases
    assert outcome.samples and outcome.samples[0]["kind"] == "minutes"


CORPUS_CASE = {
    "id": "t-01",
    "lang": "en",
    "style": "seller_notes",
    "notes": "Decision meeting, 2 March 2027\n"
    "Attendees: Ann Lee (CFO, Fjordline AS), Raj Patel (Finance, Fjordline AS). Ours: Bo Kim (AE).\n\n"
    "Decision: not yet, they need more time.\n\n"
    "Actions\n- Bo Kim: send the revised quote – by Friday\n",
    "expected": {
        "meeting_date": "2027-03-02",
        "send_by": "2027-03-03",
        "customer_company": "Fjordline AS",
        "outcome": "pending",
        "gates": {
            "engagement_reviewed": "not_met",
            "decision_in_writing": "not_met",
            "contract_signed": "not_met",
        },
        "participants": [
            {"name": "Ann Lee", "side": "customer"},
            {"name": "Raj Patel", "side": "customer"},
            {"name": "Bo Kim", "side": "seller"},
            {"name": "Zoe Absent", "side": "customer"},
        ],
        "action_items": [
            {"task_contains": "revised quote", "owner": "Bo Kim", "due": "2027-03-05"},
            {"task_contains": "never written", "owner": "Ann Lee", "due": None},
        ],
    },
}


def _folder(tmp_path: Path, name: str, cases: list[dict]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.yaml").write_text(
        yaml.safe_dump({"version": 1, "author": "t", "cases": cases}, allow_unicode=True), encoding="utf-8"
    )
    return folder


def test_a_corpus_folder_gets_pooled_item_metrics(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "tune", [CORPUS_CASE])
    ctx = EvalContext(settings=load_settings(), brain=offline_brain(), dataset=folder)
    outcome = evaluate(ctx)
    m = outcome.metrics
    assert outcome.cases == 1
    assert m["action_found"] == 0.5  # one of two expected items exists in the text
    assert m["action_owner"] == 1.0 and m["action_due"] == 1.0
    assert m["participant_found"] == 0.75  # the absent person is never found
    assert m["participant_side"] == 1.0
    assert m["customer_company"] == 1.0 and m["outcome_accuracy"] == 1.0
    assert "outcome_accuracy_dev" not in m  # a corpus folder has no dev/holdout split
    assert any(f.case == "t-01:action:never written" for f in outcome.failures)
    assert not (tmp_path / "BLIND_LOG.md").exists()


def test_a_blind_folder_is_logged_and_not_itemised(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "blind", [CORPUS_CASE])
    ctx = EvalContext(settings=load_settings(), brain=offline_brain(), dataset=folder)
    first = evaluate(ctx)
    evaluate(ctx)
    log = (tmp_path / "BLIND_LOG.md").read_text(encoding="utf-8").splitlines()
    rows = [line for line in log if line.startswith("| 20")]
    assert len(rows) == 2
    assert "| offline | 1 (blind) |" in rows[0] and "0.5000" in rows[0]  # action_found is among the figures
    assert [f.case for f in first.failures] == ["blind"]
    assert first.samples == []
