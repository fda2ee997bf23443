"""The `minutes` eval suite: outcome, action items, participants and sides, customer company, quality gates.

Datasets: evals/datasets/minutes.yaml (cases with `split` dev|holdout), or any file or folder of files in the corpus
format (evals/datasets/minutes/FORMAT.md, labels by GUIDE.md). Item metrics are pooled over all items of all cases:
`action_found` (an item whose task contains the expected text), `action_owner` (owner right, of the found),
`action_due` (due date right, of the found with an expected date), `action_precision` (of the items drafted in
cases that label their action items, an empty list included: those that match a labelled item),
`participant_found`, `participant_side` (of the found), `customer_company` (same name, legal form and case aside);
`false_met` counts gates called `met` without cause (must be 0). `contract_missing_accuracy`: the labelled open
annexes mapped to part ids by the engine's own reader must equal the part ids the engine names; names no part covers
ask that the engine say a signed contract leaves something open. Evaluating a folder named `blind` appends one line (date, commit, figures) to `BLIND_LOG.md`
beside it and itemises no failures. Run `coach eval --suite minutes --dataset DIR`, or
`python -m coach.evals.suites.minutes --dataset DIR --failures`.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coach.evals.base import EvalContext, Failure, SuiteOutcome, split_metrics
from coach.evals.folders import append_log_line, current_commit, is_blind, load_cases
from coach.minutes.engine import draft_minutes
from coach.minutes.gates import contract_parts_in, load_rules, says_open
from coach.minutes.models import GateCheck, MinutesResult
from coach.minutes.render import HEADINGS, REQUIRED_SECTIONS
from coach.text.quotes import quote_in as occurs_in
from coach.text.sides import company_key

METRICS = (
    "outcome_accuracy",
    "gate_accuracy",
    "gate_accuracy_engagement_reviewed",
    "gate_accuracy_decision_in_writing",
    "gate_accuracy_contract_signed",
    "contract_missing_accuracy",
    "meeting_date_accuracy",
    "send_by_accuracy",
    "next_meeting_accuracy",
    "action_item_recall",
    "action_item_task_recall",
    "participant_recall",
    "customer_company",
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


def _key(text: Any) -> str:
    """Return a name folded for comparison: NFC, case-insensitive, single spaces."""
    return " ".join(unicodedata.normalize("NFC", str(text or "")).casefold().split())


def score_actions(
    cid: str,
    wanted: list[dict[str, Any]],
    result: MinutesResult,
    m: dict[str, float],
    failures: list[Failure],
) -> None:
    """Count the expected action items found, with the owner right and the due date right (pooled counts)."""
    score_precision(cid, wanted, result, m, failures)
    if not wanted:
        return
    full = found = owner_ok = due_n = due_ok = 0
    for item in wanted:
        needle = _key(item.get("task_contains", ""))
        matches = [a for a in result.action_items if needle and needle in _key(a.task)]
        due = _iso(item.get("due"))
        want_owner = _key(item.get("owner"))
        if matches:
            found += 1
            owner_hit = any(_key(a.owner) == want_owner for a in matches)
            owner_ok += owner_hit
            if due is not None:
                due_n += 1
                due_ok += any((a.due.isoformat() if a.due else None) == due for a in matches)
        hit = any(
            _key(a.owner) == want_owner and (a.due.isoformat() if a.due else None) == due for a in matches
        )
        full += hit
        if not hit:
            got = [
                {"task": a.task, "owner": a.owner, "due": a.due.isoformat() if a.due else None}
                for a in matches
            ]
            failures.append(
                Failure(
                    case=f"{cid}:action:{item.get('task_contains')}", expected={**item, "due": due}, got=got
                )
            )
    m["action_item_recall"] = full / len(wanted)
    m["action_item_task_recall"] = found / len(wanted)
    m["#action"], m["#action_found"], m["#action_owner"] = float(len(wanted)), float(found), float(owner_ok)
    m["#action_due_n"], m["#action_due"] = float(due_n), float(due_ok)


def score_precision(
    cid: str,
    wanted: list[dict[str, Any]],
    result: MinutesResult,
    m: dict[str, float],
    failures: list[Failure],
) -> None:
    """Count the drafted action items and those that match a labelled item (the pooled precision's counts)."""
    needles = [_key(item.get("task_contains", "")) for item in wanted]
    needles = [n for n in needles if n]
    false = [a.task for a in result.action_items if not any(n in _key(a.task) for n in needles)]
    m["#action_drafted"] = float(len(result.action_items))
    m["#action_matching"] = float(len(result.action_items) - len(false))
    if false:
        failures.append(Failure(case=f"{cid}:false_action", expected="only labelled items", got=false))


def score_participants(
    cid: str, wanted: list[Any], result: MinutesResult, m: dict[str, float], failures: list[Failure]
) -> None:
    """Count the expected participants found by name and, of those, with the side right (pooled counts)."""
    if not wanted:
        return
    people = [w if isinstance(w, dict) else {"name": w} for w in wanted]
    got = {_key(p.name): p for p in result.participants}
    found = side_n = side_ok = 0
    missed: list[str] = []
    wrong: list[dict[str, Any]] = []
    for person in people:
        mine = got.get(_key(person.get("name")))
        if mine is None:
            missed.append(str(person.get("name")))
            continue
        found += 1
        if person.get("side"):
            side_n += 1
            side_ok += mine.side == person["side"]
            if mine.side != person["side"]:
                wrong.append({"name": mine.name, "expected": person["side"], "got": mine.side})
    m["participant_recall"] = found / len(people)
    m["#participant"], m["#participant_found"] = float(len(people)), float(found)
    m["#participant_side_n"], m["#participant_side"] = float(side_n), float(side_ok)
    if missed:
        failures.append(
            Failure(case=f"{cid}:participants", expected=missed, got=[p.name for p in result.participants])
        )
    if wrong:
        failures.append(Failure(case=f"{cid}:sides", expected="sides as labelled", got=wrong))


def expected_parts(names: list[Any]) -> tuple[list[str], list[str]]:
    """Return the contract part ids the labelled open annexes name (read as the engine reads the notes) and the
    names no part covers ('Anlage 7 (Auftragsverarbeitung)')."""
    parts: set[str] = set()
    unnamed: list[str] = []
    for name in names:
        found = contract_parts_in(str(name))
        parts |= found
        if not found:
            unnamed.append(str(name))
    return sorted(parts), unnamed


def score_contract_missing(
    cid: str, names: list[Any], contract: GateCheck, lang: str, m: dict[str, float], failures: list[Failure]
) -> None:
    """Score the open contract parts: the part ids the labelled annex names map to, and — when no name maps to a
    part — that the engine says a signed contract leaves something open without naming it."""
    part_ids = {p.id for p in load_rules().parts}
    want, unnamed = expected_parts(names)
    got = sorted(p for p in contract.missing if p in part_ids)
    ok = got == want and (not unnamed or bool(want) or says_open(contract, lang))
    m["contract_missing_accuracy"] = float(ok)
    if not ok:
        failures.append(
            Failure(
                case=f"{cid}:contract_missing",
                expected={"parts": want, "unnamed": unnamed},
                got={"parts": got, "says_open": says_open(contract, lang)},
            )
        )


def quotes_of(result: MinutesResult) -> list[str]:
    """Return every quote the result presents as evidence (gates and decision)."""
    return [q for g in result.gates for q in g.evidence] + list(result.decision.evidence)


def score_case(case: dict[str, Any], result: MinutesResult) -> tuple[dict[str, float], list[Failure], int]:
    """Return one case's measurements, its failures and how many gates were called met without cause."""
    cid = str(case.get("id", "?"))
    exp: dict[str, Any] = case.get("expected") or {}
    notes = str(case.get("notes", ""))
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
        score_contract_missing(cid, exp.get("contract_missing") or [], contract, result.language, m, failures)
    got_date = result.meeting_date.isoformat() if result.meeting_date else None
    check("meeting_date_accuracy", "meeting_date", _iso(exp.get("meeting_date")), got_date)
    got_send = result.send_by.isoformat() if result.send_by else None
    check("send_by_accuracy", "send_by", _iso(exp.get("send_by")), got_send)
    if "next_meeting" in exp:
        got_next = result.next_meeting.isoformat() if result.next_meeting else None
        check("next_meeting_accuracy", "next_meeting", _iso(exp.get("next_meeting")), got_next)

    if "action_items" in exp:
        score_actions(cid, exp.get("action_items") or [], result, m, failures)
    score_participants(cid, exp.get("participants") or [], result, m, failures)
    if exp.get("customer_company"):
        ok = company_key(exp["customer_company"]) == company_key(result.company)
        m["customer_company"] = float(ok)
        if not ok:
            failures.append(
                Failure(case=f"{cid}:customer_company", expected=exp["customer_company"], got=result.company)
            )
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


POOLED = {
    "action_found": ("#action_found", "#action"),
    "action_owner": ("#action_owner", "#action_found"),
    "action_due": ("#action_due", "#action_due_n"),
    "action_precision": ("#action_matching", "#action_drafted"),
    "participant_found": ("#participant_found", "#participant"),
    "participant_side": ("#participant_side", "#participant_side_n"),
}
BLIND_FIGURES = (
    "outcome_accuracy",
    "action_found",
    "action_owner",
    "action_due",
    "participant_found",
    "participant_side",
    "customer_company",
    "gate_accuracy",
    "false_met",
    "action_precision",  # last: logs begun before it have one column fewer
)


def log_blind_run(dataset: Path, cases: int, metrics: dict[str, float], provider: str) -> Path:
    """Append one line (date, commit, provider, figures) to BLIND_LOG.md beside the blind folder; return its path."""
    log = dataset.parent / "BLIND_LOG.md"
    header = (
        "# Blind evaluations of the minutes engine\n\n"
        "One line per run of `coach eval --suite minutes --dataset <this folder>/blind` (appended automatically).\n\n"
        f"| date (UTC) | commit | provider | cases | {' | '.join(BLIND_FIGURES)} |\n"
        f"|---|---|---|---|{'---|' * len(BLIND_FIGURES)}\n"
    )
    figures = " | ".join(f"{metrics[k]:.4f}" if k in metrics else "—" for k in BLIND_FIGURES)
    line = f"| {datetime.now(UTC).isoformat(timespec='seconds')} | {current_commit()} | {provider} | {cases} ({dataset.name}) | {figures} |\n"
    return append_log_line(log, header, line)


def pooled(rows: list[tuple[str, dict[str, float]]]) -> dict[str, float]:
    """Return the item metrics pooled over all cases, and per split (dev / holdout) where there are any."""
    out: dict[str, float] = {}
    for split in (None, "dev", "holdout"):
        part = [r for s, r in rows if split is None or s == split]
        if not part:
            continue
        suffix = f"_{split}" if split else ""
        for name, (num, den) in POOLED.items():
            total = sum(r.get(den, 0.0) for r in part)
            if total:
                out[f"{name}{suffix}"] = round(sum(r.get(num, 0.0) for r in part) / total, 4)
    return out


def _cases(ctx: EvalContext) -> list[dict[str, Any]]:
    return load_cases(ctx.dataset) if ctx.dataset.is_dir() else ctx.cases()


def evaluate(ctx: EvalContext) -> SuiteOutcome:
    """Draft minutes for every case (offline, or with the context's brain) and return metrics and failures."""
    brain = ctx.brain if getattr(ctx.brain, "chat", None) is not None else None
    rows: list[tuple[str, dict[str, float]]] = []
    failures: list[Failure] = []
    false_met = {"dev": 0, "holdout": 0}
    samples: list[dict[str, str]] = []
    cases = _cases(ctx)
    blind = is_blind(ctx.dataset)
    for case in cases:
        split = str(case.get("split", "dev" if not ctx.dataset.is_dir() else "all"))
        result = draft_minutes(str(case.get("notes", "")), brain=brain)
        measured, failed, fm = score_case(case, result)
        rows.append((split, measured))
        failures.extend(failed)
        false_met[split] = false_met.get(split, 0) + fm
        if len(samples) < 8 and not blind:
            samples.append({"case": str(case.get("id", "?")), "kind": "minutes", "text": result.markdown})
        ctx.progress(1)
    metrics: dict[str, float] = {}
    for name in METRICS:
        metrics.update(split_metrics(name, [(s, r[name]) for s, r in rows if name in r]))
    metrics.update(pooled(rows))
    metrics["false_met"] = float(sum(false_met.values()))
    for split in ("dev", "holdout"):
        if any(s == split for s, _ in rows):
            metrics[f"false_met_{split}"] = float(false_met.get(split, 0))
    if blind:
        log_blind_run(ctx.dataset, len(cases), metrics, brain.provider if brain else "offline")
        failures = (
            [Failure(case="blind", expected="not itemised", got=f"{len(failures)} failures")]
            if failures
            else []
        )
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
    parser.add_argument("--only", help="only failures whose key contains this (e.g. action, participants)")
    args = parser.parse_args(argv)

    class _Ctx(EvalContext):
        def cases(self) -> list[dict[str, Any]]:  # noqa: D102 - filter by split
            return [c for c in load_cases(self.dataset) if not args.split or c.get("split") == args.split]

    if is_blind(args.dataset):
        print("Blind splits are evaluated by the lead with `coach eval --suite minutes --dataset …`.")
        return 2
    ctx = _Ctx(settings=load_settings(), brain=offline_brain(), dataset=args.dataset)
    outcome = evaluate(ctx)
    print(f"cases: {outcome.cases}")
    for name, value in sorted(outcome.metrics.items()):
        print(f"{name:44s} {value}")
    if args.failures:
        for f in outcome.failures:
            if args.only and args.only not in f.case:
                continue
            print(f"FAIL {f.case}: expected {f.expected!r}, got {f.got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
