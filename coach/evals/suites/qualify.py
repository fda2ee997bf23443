"""The `qualify` eval suite: label accuracy per dimension, covered precision/recall, question targeting, language.

Dataset: evals/datasets/qualify.yaml — cases with `id`, `lang`, `split`, `notes`, `labels` (all eleven
dimensions) and optional `flags`. Metrics are computed over all cases and per split (dev / holdout).
"""

from __future__ import annotations

from typing import Any

from coach.evals.base import EvalContext, Failure, SuiteOutcome, split_metrics
from coach.knowledge import knowledge_chunks
from coach.qualify import analyse
from coach.qualify.bank import dimensions, readiness_spec
from coach.qualify.models import QualifyResult


def _dims() -> list[str]:
    spec = readiness_spec()
    return list(spec["core"]) + list(spec["extensions"])


def _question_language_ok(result: QualifyResult, lang: str) -> bool:
    """Return True when every untailored question is the bank's wording in that language."""
    bank = {q.id: q for d in dimensions().values() for q in d.questions}
    for q in result.next_questions:
        if q.tailored or q.question_id not in bank:
            continue
        if q.question != bank[q.question_id].text(lang):
            return False
    return True


def score_case(
    case: dict[str, Any], result: QualifyResult, chunk_ids: set[str]
) -> tuple[dict[str, float], list[Failure]]:
    """Return one case's measurements and its failures (case, expected, got)."""
    cid = str(case.get("id", "?"))
    labels: dict[str, str] = case.get("labels") or {}
    got = result.statuses()
    failures: list[Failure] = []
    m: dict[str, float] = {}
    correct = 0
    for dim in _dims():
        if dim not in labels:
            continue
        ok = got.get(dim) == labels[dim]
        correct += ok
        m[f"dim:{dim}"] = float(ok)
        if not ok:
            failures.append(Failure(case=f"{cid}:{dim}", expected=labels[dim], got=got.get(dim)))
    m["label_accuracy"] = correct / max(1, sum(1 for d in _dims() if d in labels))
    tp = sum(1 for d in _dims() if labels.get(d) == "covered" and got.get(d) == "covered")
    fp = sum(1 for d in _dims() if labels.get(d) not in (None, "covered") and got.get(d) == "covered")
    fn = sum(1 for d in _dims() if labels.get(d) == "covered" and got.get(d) != "covered")
    m["tp"], m["fp"], m["fn"] = float(tp), float(fp), float(fn)

    questions = result.next_questions
    on_target = 0
    on_target_gold = 0
    for q in questions:
        sources_ok = bool(q.sources) and all(s.chunk_id in chunk_ids for s in q.sources)
        if sources_ok and got.get(q.dimension) != "covered":
            on_target += 1
        else:
            failures.append(
                Failure(
                    case=f"{cid}:question",
                    expected="non-covered dimension with an existing source",
                    got={"dimension": q.dimension, "sources": [s.chunk_id for s in q.sources]},
                )
            )
        if sources_ok and labels.get(q.dimension, "missing") != "covered":
            on_target_gold += 1
    m["question_targeting"] = on_target / len(questions) if questions else 1.0
    m["question_targeting_gold"] = on_target_gold / len(questions) if questions else 1.0
    open_dims = sum(1 for d in _dims() if got.get(d) != "covered")
    texts = [q.question for q in questions]
    count_ok = (3 <= len(questions) <= 8 or (open_dims == 0 and not questions)) and len(set(texts)) == len(
        texts
    )
    m["question_rules"] = float(count_ok)
    if not count_ok:
        failures.append(
            Failure(case=f"{cid}:questions", expected="3-8 distinct questions", got=len(questions))
        )
    lang = str(case.get("lang", result.language))
    lang_ok = result.language == lang and _question_language_ok(result, lang)
    m["language_match"] = float(lang_ok)
    if not lang_ok:
        failures.append(Failure(case=f"{cid}:language", expected=lang, got=result.language))
    if "flags" in case:
        want = set(case.get("flags") or [])
        have = {f.id for f in result.flags}
        m["flag_exact"] = float(want == have)
        m["flag_tp"], m["flag_fp"], m["flag_fn"] = (
            float(len(want & have)),
            float(len(have - want)),
            float(len(want - have)),
        )
        if want != have:
            failures.append(Failure(case=f"{cid}:flags", expected=sorted(want), got=sorted(have)))
    return m, failures


def _ratio(num: float, den: float) -> float:
    return round(num / den, 4) if den else 1.0


def evaluate(ctx: EvalContext) -> SuiteOutcome:
    """Run every case offline (or with the context's brain) and return the suite's metrics and failures."""
    chunk_ids = {c.chunk_id for c in knowledge_chunks()}
    brain = ctx.brain if getattr(ctx.brain, "chat", None) is not None else None
    rows: list[tuple[str, dict[str, float]]] = []
    failures: list[Failure] = []
    cases = ctx.cases()
    for case in cases:
        result = analyse(str(case.get("notes", "")), brain=brain)
        measured, failed = score_case(case, result, chunk_ids)
        rows.append((str(case.get("split", "dev")), measured))
        failures.extend(failed)
        ctx.progress(1)
    metrics: dict[str, float] = {}
    for name in (
        "label_accuracy",
        "question_targeting",
        "question_targeting_gold",
        "question_rules",
        "language_match",
        "flag_exact",
    ):
        metrics.update(split_metrics(name, [(s, r[name]) for s, r in rows if name in r]))
    for dim in _dims():
        metrics.update(
            split_metrics(f"accuracy_{dim}", [(s, r[f"dim:{dim}"]) for s, r in rows if f"dim:{dim}" in r])
        )
    for split in (None, "dev", "holdout"):
        part = [r for s, r in rows if split is None or s == split]
        if not part:
            continue
        suffix = f"_{split}" if split else ""
        tp, fp, fn = (sum(r[k] for r in part) for k in ("tp", "fp", "fn"))
        metrics[f"covered_precision{suffix}"] = _ratio(tp, tp + fp)
        metrics[f"covered_recall{suffix}"] = _ratio(tp, tp + fn)
        if any("flag_tp" in r for r in part):
            ftp, ffp, ffn = (sum(r.get(k, 0.0) for r in part) for k in ("flag_tp", "flag_fp", "flag_fn"))
            metrics[f"flag_precision{suffix}"] = _ratio(ftp, ftp + ffp)
            metrics[f"flag_recall{suffix}"] = _ratio(ftp, ftp + ffn)
    return SuiteOutcome(cases=len(cases), metrics=metrics, failures=failures)
