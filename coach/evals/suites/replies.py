"""The `replies` eval suite: does the reply checker see exploration and premature concessions like a coach would?

Dataset: evals/datasets/replies.yaml — cases with `id`, `lang`, `split` (dev|holdout), `type`, `objection`, `reply`,
`techniques`, `explores_root_cause`, `premature_concession`. Metrics over all cases and per split: accuracy of the two
flags, per-technique precision and recall, and how often the objection type is recognised. The techniques are always
classified offline; with a language model only the worded feedback of a few sample cases uses it (for the judge).
"""

from __future__ import annotations

from typing import Any

from coach.evals.base import EvalContext, Failure, SuiteOutcome, split_metrics
from coach.roleplay.checker import check_reply
from coach.roleplay.objections import detect_objection_type
from coach.roleplay.techniques import TECHNIQUES, classify_reply

SAMPLES = 8


def _precision_recall(rows: list[tuple[set[str], set[str]]], technique: str) -> tuple[float, float]:
    tp = sum(1 for want, got in rows if technique in want and technique in got)
    fp = sum(1 for want, got in rows if technique not in want and technique in got)
    fn = sum(1 for want, got in rows if technique in want and technique not in got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return round(precision, 4), round(recall, 4)


def technique_metrics(rows: list[tuple[str, set[str], set[str]]]) -> dict[str, float]:
    """Return per-technique precision and recall overall and per split, from (split, wanted, got) rows."""
    out: dict[str, float] = {}
    for suffix, subset in (
        ("", rows),
        ("_dev", [r for r in rows if r[0] == "dev"]),
        ("_holdout", [r for r in rows if r[0] == "holdout"]),
    ):
        if not subset:
            continue
        pairs = [(want, got) for _, want, got in subset]
        for tech in TECHNIQUES:
            p, r = _precision_recall(pairs, tech)
            out[f"{tech}_precision{suffix}"] = p
            out[f"{tech}_recall{suffix}"] = r
    return out


def evaluate(ctx: EvalContext) -> SuiteOutcome:
    """Return the checker's accuracy on the labelled replies, overall and for dev and holdout separately."""
    cases: list[dict[str, Any]] = ctx.cases()
    explores: list[tuple[str, float]] = []
    concessions: list[tuple[str, float]] = []
    exact: list[tuple[str, float]] = []
    types: list[tuple[str, float]] = []
    rows: list[tuple[str, set[str], set[str]]] = []
    failures: list[Failure] = []
    samples: list[dict[str, str]] = []
    for case in cases:
        cid = str(case.get("id", "?"))
        split = str(case.get("split", "dev"))
        analysis = classify_reply(str(case["reply"]))
        want = set(case.get("techniques") or [])
        got = set(analysis.techniques)
        rows.append((split, want, got))
        ok_explore = analysis.explores_root_cause == bool(case["explores_root_cause"])
        ok_concession = analysis.premature_concession == bool(case["premature_concession"])
        explores.append((split, float(ok_explore)))
        concessions.append((split, float(ok_concession)))
        exact.append((split, float(want == got)))
        if case.get("type"):
            types.append((split, float(detect_objection_type(str(case["objection"])) == case["type"])))
        if not ok_explore:
            failures.append(
                Failure(
                    case=f"{cid}:explores_root_cause",
                    expected=case["explores_root_cause"],
                    got=analysis.explores_root_cause,
                )
            )
        if not ok_concession:
            failures.append(
                Failure(
                    case=f"{cid}:premature_concession",
                    expected=case["premature_concession"],
                    got=analysis.premature_concession,
                )
            )
        if want != got:
            failures.append(Failure(case=f"{cid}:techniques", expected=sorted(want), got=sorted(got)))
        if len(samples) < SAMPLES and ctx.brain.chat is not None and split == "dev":
            check = check_reply(
                str(case["objection"]), str(case["reply"]), brain=ctx.brain, objection_type=case.get("type")
            )
            samples.append(
                {
                    "case": cid,
                    "kind": "feedback",
                    "text": f"Objection: {case['objection']}\nReply: {case['reply']}\nFeedback: {check.feedback}\n"
                    f"Better reply: {check.better_reply}",
                }
            )
        ctx.progress(1)
    metrics: dict[str, float] = {}
    metrics.update(split_metrics("explores_root_cause_accuracy", explores))
    metrics.update(split_metrics("premature_concession_accuracy", concessions))
    metrics.update(split_metrics("techniques_exact_match", exact))
    metrics.update(split_metrics("objection_type_accuracy", types))
    metrics.update(technique_metrics(rows))
    return SuiteOutcome(cases=len(cases), metrics=metrics, failures=failures, samples=samples)
