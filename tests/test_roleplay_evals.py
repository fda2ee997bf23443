"""The `replies` and `roleplay` eval suites on small fixtures (the full runs are `coach eval --suite …`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from coach.evals.base import EvalContext
from coach.evals.suites import replies, roleplay
from coach.llm.brain import offline_brain
from coach.paths import SCENARIOS_DIR
from coach.settings import load_settings

CASES = [
    {
        "id": "x1",
        "lang": "de",
        "split": "dev",
        "type": "price",
        "objection": "Zu teuer.",
        "reply": "Danke. Was genau wirkt zu teuer?",
        "techniques": ["acknowledge", "explore"],
        "explores_root_cause": True,
        "premature_concession": False,
    },
    {
        "id": "x2",
        "lang": "en",
        "split": "dev",
        "type": "price",
        "objection": "Too expensive.",
        "reply": "I can do 10% off.",
        "techniques": ["concession"],
        "explores_root_cause": False,
        "premature_concession": True,
    },
    {
        "id": "x3",
        "lang": "en",
        "split": "holdout",
        "type": "timing",
        "objection": "Not now.",
        "reply": "Would spring work?",
        "techniques": [],
        "explores_root_cause": True,
        "premature_concession": False,
    },
]


def _ctx(dataset: Path) -> EvalContext:
    return EvalContext(settings=load_settings(), brain=offline_brain(), dataset=dataset)


def test_replies_suite_reports_overall_and_per_split(tmp_path: Path) -> None:
    path = tmp_path / "replies.yaml"
    path.write_text(yaml.safe_dump({"cases": CASES}), encoding="utf-8")
    outcome = replies.evaluate(_ctx(path))
    m = outcome.metrics
    assert outcome.cases == 3
    assert m["explores_root_cause_accuracy_dev"] == 1.0 and m["explores_root_cause_accuracy_holdout"] == 0.0
    assert m["premature_concession_accuracy"] == 1.0
    assert m["concession_precision"] == 1.0 and m["explore_recall_dev"] == 1.0
    assert [f.case for f in outcome.failures] == ["x3:explores_root_cause"]


def test_roleplay_suite_on_two_scenarios_and_a_broken_file(tmp_path: Path) -> None:
    for name in ("de-timing-logistics", "en-contract-molding"):
        shutil.copy(SCENARIOS_DIR / f"{name}.yaml", tmp_path / f"{name}.yaml")
    (tmp_path / "broken.yaml").write_text("id: broken\ntitle: x\n", encoding="utf-8")
    outcome = roleplay.evaluate(_ctx(tmp_path))
    m = outcome.metrics
    assert outcome.cases == 2
    assert m["good_beats_bad"] == 1.0 and m["good_beats_bad_all_levels"] == 1.0
    assert m["role_adherence"] == 1.0 and m["outcome_match"] == 1.0
    assert m["scenarios_valid"] == round(2 / 3, 4)
    assert outcome.failures and all(f.case == "scenario:broken.yaml" for f in outcome.failures)
