"""The `qualify` eval suite: label accuracy per dimension, covered precision/recall, question targeting, language.

Labels follow evals/datasets/qualify/GUIDE.md (the one label guide). Dataset: evals/datasets/qualify.yaml, or
any file or folder of files in the corpus format (evals/datasets/qualify/FORMAT.md): cases with `id`, `lang`,
`notes`, `labels` (all eleven dimensions), optional `split` and `flags`; a text of `lang: mixed` is expected
to answer in its main language (`lang_main`). Metrics are computed over all cases and
per split (dev / holdout). Evaluating a folder named `blind` appends one line (date, commit, figures) to
`BLIND_LOG.md` beside it and reports no per-case failures, so the blind split cannot leak into tuning.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coach.evals.base import EvalContext, Failure, SuiteOutcome, split_metrics
from coach.evals.folders import append_log_line, current_commit, is_blind, load_cases
from coach.knowledge import knowledge_chunks
from coach.qualify import analyse
from coach.qualify.bank import dimensions, readiness_spec
from coach.qualify.learned.apply import assess_with
from coach.qualify.models import QualifyResult

ENGINES = ("rules", "learned", "combined")


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


def expected_language(case: dict[str, Any], default: str) -> str:
    """Return the language a case's result should speak: `lang`, or for a mixed text its main one (`lang_main`)."""
    lang = str(case.get("lang") or default)
    if lang == "mixed":
        return str(case.get("lang_main") or default)
    return lang


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
    lang = expected_language(case, result.language)
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


def log_blind_run(dataset: Path, cases: int, metrics: dict[str, float], provider: str) -> Path:
    """Append one line (date, commit, provider, figures) to BLIND_LOG.md beside the blind folder; return its path."""
    log = dataset.parent / "BLIND_LOG.md"
    header = (
        "# Blind evaluations of the qualification engine\n\n"
        "One line per run of `coach eval --suite qualify --dataset <this folder>/blind` (appended automatically).\n\n"
        "| date (UTC) | commit | provider | cases | label accuracy | covered precision | covered recall "
        "| accuracy rules / learned / combined |\n"
        "|---|---|---|---|---|---|---|---|\n"
    )
    line = (
        f"| {datetime.now(UTC).isoformat(timespec='seconds')} | {current_commit()} | {provider} | {cases} ({dataset.name}) "
        f"| {metrics.get('label_accuracy', 0.0):.4f} | {metrics.get('covered_precision', 0.0):.4f} "
        f"| {metrics.get('covered_recall', 0.0):.4f} | "
        + " / ".join(
            f"{metrics[f'label_accuracy_{e}']:.4f}" for e in ENGINES if f"label_accuracy_{e}" in metrics
        )
        + " |\n"
    )
    return append_log_line(log, header, line)


def _engine_scores(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Return label accuracy and covered precision of one engine's (expected, got) labels."""
    tp = sum(g == "covered" and p == "covered" for g, p in pairs)
    fp = sum(g != "covered" and p == "covered" for g, p in pairs)
    return {
        "label_accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 4),
        "covered_precision": _ratio(tp, tp + fp),
    }


def _ratio(num: float, den: float) -> float:
    return round(num / den, 4) if den else 1.0


def evaluate(ctx: EvalContext) -> SuiteOutcome:
    """Run every case offline (or with the context's brain) and return the suite's metrics and failures."""
    chunk_ids = {c.chunk_id for c in knowledge_chunks()}
    brain = ctx.brain if getattr(ctx.brain, "chat", None) is not None else None
    rows: list[tuple[str, dict[str, float]]] = []
    failures: list[Failure] = []
    cases = load_cases(ctx.dataset)
    engines: dict[str, list[tuple[str, str]]] = {e: [] for e in ENGINES}
    for case in cases:
        result = analyse(str(case.get("notes", "")), brain=brain)
        measured, failed = score_case(case, result, chunk_ids)
        if brain is None:
            labels = case.get("labels") or {}
            for engine in ENGINES:
                got = assess_with(engine, str(case.get("notes", ""))).status
                engines[engine].extend((str(labels[d]), got[d]) for d in _dims() if d in labels)
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
    for engine, pairs in engines.items():
        if pairs:
            metrics.update({f"{k}_{engine}": v for k, v in _engine_scores(pairs).items()})
    if is_blind(ctx.dataset):
        log_blind_run(ctx.dataset, len(cases), metrics, brain.provider if brain else "offline")
        failures = (
            [Failure(case="blind", expected="not itemised", got=f"{len(failures)} failures")]
            if failures
            else []
        )
    return SuiteOutcome(cases=len(cases), metrics=metrics, failures=failures)
