"""The `minutes` eval suite: decision outcome, quality gates (no `met` without cause), dates, action items, grounding.

Dataset: evals/datasets/minutes.yaml — cases with `id`, `lang`, `split` (dev|holdout), `notes` and `expected`
(meeting_date, send_by, outcome, conditions, reasons, gates, contract_missing, participants, action_items, emails).
Dates in the YAML load as datetime.date and are compared as ISO strings. Metrics are computed over all cases and
per split. Run it with `coach eval --suite minutes`, or `python -m coach.evals.suites.minutes [--split dev]`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coach.evals.base import EvalContext, Failure, SuiteOutcome, split_metrics
from coach.minutes.engine import draft_minutes
from coach.minutes.gates import load_rules
from coach.minutes.models import MinutesResult
from coach.minutes.render import HEADINGS, REQUIRED_SECTIONS
from coach.minutes.segment import occurs_in

METRICS = (
    "outcome_accuracy",
    "gate_accuracy",
    "gate_accuracy_engagement_reviewed",
    "gate_accuracy_decision_in_writing",
    "gate_accuracy_contract_signed",
    "contract_missing_accuracy",
    "meeting_date_accuracy",
    "send_by_accuracy",
    "action_item_recall",
    "action_item_task_recall",
    "participant_recall",
    "email_recall",
    "condition_recall",
    "reason_recall",
    "groundedness",
    "sections_present",
    "language_match",
)


def _iso(value: Any) -> str | None:
    """Return a dataset date (datetime.date, str or None) as an ISO string or None."""
    return None if value in (None, "", "null") else str(value)


def _contains(needle: str, haystack: list[str]) -> bool:
    n = needle.casefold()
    return any(n in h.casefold() for h in haystack)


def quotes_of(result: MinutesResult) -> list[str]:
    """Return every quote the result presents as evidence (gates and decision)."""
    return [q for g in result.gates for q in g.evidence] + list(result.decision.evidence)


def score_case(case: dict[str, Any], result: MinutesResult) -> tuple[dict[str, float], list[Failure], int]:
    """Return one case's measurements, its failures and how many gates were called met without cause."""
    cid = str(case.get("id", "?"))
    exp: dict[str, Any] = case.get("expected") or {}
    notes = str(case.get("notes", ""))
    part_ids = {p.id for p in load_rules().parts}
    m: dict[str, float] = {}
    failures: list[Failure] = []

    def check(name: str, key: str, expected: Any, got: Any) -> None:
        ok = expected == got
        m[name] = float(ok)
        if not ok:
            failures.append(Failure(case=f"{cid}:{key}", expected=expected, got=got))

    check("outcome_accuracy", "outcome", exp.get("outcome"), result.decision.outcome)
    false_met = 0
    gate_hits = []
    for gate in result.gates:
        want = (exp.get("gates") or {}).get(gate.id)
        if want is None:
            continue
        ok = gate.status == want
        gate_hits.append(ok)
        m[f"gate_accuracy_{gate.id}"] = float(ok)
        if not ok:
            failures.append(Failure(case=f"{cid}:gate:{gate.id}", expected=want, got=gate.status))
        if gate.status == "met" and want != "met":
            false_met += 1
            failures.append(
                Failure(case=f"{cid}:false_met:{gate.id}", expected=want, got={"met": gate.evidence})
            )
    if gate_hits:
        m["gate_accuracy"] = sum(gate_hits) / len(gate_hits)
    contract = next((g for g in result.gates if g.id == "contract_signed"), None)
    if contract is not None and "contract_missing" in exp:
        got_missing = sorted(p for p in contract.missing if p in part_ids)
        check(
            "contract_missing_accuracy",
            "contract_missing",
            sorted(exp.get("contract_missing") or []),
            got_missing,
        )
    got_date = result.meeting_date.isoformat() if result.meeting_date else None
    check("meeting_date_accuracy", "meeting_date", _iso(exp.get("meeting_date")), got_date)
    got_send = result.send_by.isoformat() if result.send_by else None
    check("send_by_accuracy", "send_by", _iso(exp.get("send_by")), got_send)

    wanted = exp.get("action_items") or []
    if wanted:
        full = task_only = 0
        for item in wanted:
            needle = str(item.get("task_contains", "")).casefold()
            matches = [a for a in result.action_items if needle in a.task.casefold()]
            task_only += bool(matches)
            due = _iso(item.get("due"))
            hit = any(
                a.owner == item.get("owner") and (a.due.isoformat() if a.due else None) == due
                for a in matches
            )
            full += hit
            if not hit:
                got = [
                    {"task": a.task, "owner": a.owner, "due": a.due.isoformat() if a.due else None}
                    for a in matches
                ]
                failures.append(
                    Failure(
                        case=f"{cid}:action:{item.get('task_contains')}",
                        expected={**item, "due": due},
                        got=got,
                    )
                )
        m["action_item_recall"] = full / len(wanted)
        m["action_item_task_recall"] = task_only / len(wanted)
    names = [p.name for p in result.participants]
    if exp.get("participants"):
        found = [n for n in exp["participants"] if n in names]
        m["participant_recall"] = len(found) / len(exp["participants"])
        if len(found) < len(exp["participants"]):
            failures.append(Failure(case=f"{cid}:participants", expected=exp["participants"], got=names))
    if exp.get("emails"):
        got_emails = [e.lower() for e in result.emails]
        m["email_recall"] = sum(e.lower() in got_emails for e in exp["emails"]) / len(exp["emails"])
    if exp.get("conditions"):
        m["condition_recall"] = sum(
            _contains(c, result.decision.conditions) for c in exp["conditions"]
        ) / len(exp["conditions"])
    if exp.get("reasons"):
        m["reason_recall"] = sum(_contains(r, result.decision.reasons) for r in exp["reasons"]) / len(
            exp["reasons"]
        )
    ungrounded = [q for q in quotes_of(result) if not occurs_in(q, notes)]
    m["groundedness"] = float(not ungrounded)
    if ungrounded:
        failures.append(
            Failure(case=f"{cid}:groundedness", expected="every quote occurs in the notes", got=ungrounded)
        )
    headings = HEADINGS[result.language]
    absent = [headings[k] for k in REQUIRED_SECTIONS if f"\n## {headings[k]}\n" not in result.markdown]
    m["sections_present"] = float(not absent)
    if absent:
        failures.append(
            Failure(case=f"{cid}:sections", expected="all required sections", got={"missing": absent})
        )
    if case.get("lang"):
        check("language_match", "language", case["lang"], result.language)
    return m, failures, false_met


def evaluate(ctx: EvalContext) -> SuiteOutcome:
    """Draft minutes for every case (offline, or with the context's brain) and return metrics and failures."""
    brain = ctx.brain if getattr(ctx.brain, "chat", None) is not None else None
    rows: list[tuple[str, dict[str, float]]] = []
    failures: list[Failure] = []
    false_met = {"dev": 0, "holdout": 0}
    samples: list[dict[str, str]] = []
    cases = ctx.cases()
    for case in cases:
        split = str(case.get("split", "dev"))
        result = draft_minutes(str(case.get("notes", "")), brain=brain)
        measured, failed, fm = score_case(case, result)
        rows.append((split, measured))
        failures.extend(failed)
        false_met[split] = false_met.get(split, 0) + fm
        if len(samples) < 8:
            samples.append({"case": str(case.get("id", "?")), "kind": "minutes", "text": result.markdown})
        ctx.progress(1)
    metrics: dict[str, float] = {}
    for name in METRICS:
        metrics.update(split_metrics(name, [(s, r[name]) for s, r in rows if name in r]))
    metrics["false_met"] = float(sum(false_met.values()))
    for split in ("dev", "holdout"):
        if any(s == split for s, _ in rows):
            metrics[f"false_met_{split}"] = float(false_met.get(split, 0))
    return SuiteOutcome(cases=len(cases), metrics=metrics, failures=failures, samples=samples)


def main(argv: list[str] | None = None) -> int:
    """Print the suite's metrics (offline) for all cases or one split, and the failures."""
    from coach.llm.brain import offline_brain
    from coach.paths import EVALS_DIR
    from coach.settings import load_settings

    parser = argparse.ArgumentParser(prog="python -m coach.evals.suites.minutes")
    parser.add_argument("--split", choices=["dev", "holdout"], help="only this split")
    parser.add_argument("--dataset", type=Path, default=EVALS_DIR / "datasets" / "minutes.yaml")
    parser.add_argument("--failures", action="store_true", help="list the failures")
    args = parser.parse_args(argv)

    class _Ctx(EvalContext):
        def cases(self) -> list[dict[str, Any]]:  # noqa: D102 - filter by split
            return [c for c in super().cases() if not args.split or c.get("split") == args.split]

    ctx = _Ctx(settings=load_settings(), brain=offline_brain(), dataset=args.dataset)
    outcome = evaluate(ctx)
    print(f"cases: {outcome.cases}")
    for name, value in sorted(outcome.metrics.items()):
        print(f"{name:44s} {value}")
    if args.failures:
        for f in outcome.failures:
            print(f"FAIL {f.case}: expected {f.expected!r}, got {f.got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
