"""Commitments in notes (coach.deals.commitments) against the minutes tuning split's gold action items, per author.

Run from the repository root: .venv/bin/python bench/deals_commitments_eval.py
Only `evals/datasets/minutes/tune/` is read (never a blind split). A predicted commitment is right when its task
contains a gold item's `task_contains`; recall = gold items found. "before" switches the round-7 rule off (a dated
decision is no commitment).
"""

from __future__ import annotations

import datetime as dt
import glob
import re

import yaml

import coach.deals.commitments as cm


def run(decision_rule: bool) -> dict[str, tuple[int, int, int, int]]:
    """Return per author (right predictions, predictions, gold items found, gold items)."""
    saved = cm._DECISION
    if not decision_rule:
        cm._DECISION = re.compile(r"(?!x)x")
    rows: dict[str, tuple[int, int, int, int]] = {}
    try:
        for path in sorted(glob.glob("evals/datasets/minutes/tune/*.yaml")):
            with open(path, encoding="utf-8") as f:
                data = yaml.safe_load(f)
            right = predicted = found = gold_n = 0
            for case in data["cases"]:
                gold = (case.get("expected") or {}).get("action_items") or []
                keys = [g["task_contains"].lower() for g in gold if g.get("task_contains")]
                pred = cm.find_commitments(case["notes"], dt.date(2027, 1, 1), case.get("lang", "de"))
                gold_n += len(keys)
                found += sum(1 for k in keys if any(k in p.task.lower() for p in pred))
                predicted += len(pred)
                right += sum(1 for p in pred if any(k in p.task.lower() for k in keys))
            rows[data["author"]] = (right, predicted, found, gold_n)
    finally:
        cm._DECISION = saved
    return rows


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "—"


def main() -> None:
    """Print the per-author table, before and after the rule."""
    before, after = run(False), run(True)
    print("| author | precision before → after | recall before → after | predictions before → after |")
    print("|---|---|---|---|")
    for author in before:
        b, a = before[author], after[author]
        print(
            f"| {author} | {_ratio(b[0], b[1])} → {_ratio(a[0], a[1])} | {_ratio(b[2], b[3])} → "
            f"{_ratio(a[2], a[3])} | {b[1]} → {a[1]} |"
        )
    b = [sum(r[i] for r in before.values()) for i in range(4)]
    a = [sum(r[i] for r in after.values()) for i in range(4)]
    print(
        f"| pooled | {_ratio(b[0], b[1])} → {_ratio(a[0], a[1])} | {_ratio(b[2], b[3])} → "
        f"{_ratio(a[2], a[3])} | {b[1]} → {a[1]} |"
    )


if __name__ == "__main__":
    main()
