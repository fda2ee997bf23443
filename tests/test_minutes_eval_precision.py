"""The minutes suite's precision of action items: of the items drafted, those that match a labelled item."""

from __future__ import annotations

from pathlib import Path

import yaml

from coach.evals.base import EvalContext
from coach.evals.suites.minutes import evaluate
from coach.llm.brain import offline_brain
from coach.settings import load_settings

NOTES = (
    "Decision meeting 2 March 2027\nAttendees: Ann Lee (CFO, Pellworth Ltd), Bo Kim (account executive)\n"
    "- Decision: yes.\n\nNext steps\n- Bo Kim to send the kickoff invite by Friday\n"
    "- Ann Lee to book the training room\n"
)


def _run(tmp_path: Path, items: list[dict]) -> dict[str, float]:
    case = {
        "id": "p1",
        "lang": "en",
        "notes": NOTES,
        "expected": {"meeting_date": "2027-03-02", "outcome": "positive", "action_items": items},
    }
    path = tmp_path / "m.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "cases": [case]}, allow_unicode=True), encoding="utf-8")
    ctx = EvalContext(settings=load_settings(), brain=offline_brain(), dataset=path)
    outcome = evaluate(ctx)
    assert any(f.case == "p1:false_action" for f in outcome.failures) == (len(items) < 2)
    return outcome.metrics


def test_precision_counts_drafted_items_that_match_no_label(tmp_path: Path) -> None:
    both = [
        {"task_contains": "kickoff invite", "owner": "Bo Kim", "due": "2027-03-05"},
        {"task_contains": "training room", "owner": "Ann Lee", "due": None},
    ]
    assert _run(tmp_path, both)["action_precision"] == 1.0
    assert _run(tmp_path, both[:1])["action_precision"] == 0.5


def test_an_empty_label_list_makes_every_drafted_item_false(tmp_path: Path) -> None:
    assert _run(tmp_path, [])["action_precision"] == 0.0
