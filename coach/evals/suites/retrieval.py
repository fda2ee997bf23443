"""The `retrieval` suite: recall@k and MRR of hybrid search on labelled questions."""

from __future__ import annotations

from typing import Any

from coach.evals.base import EvalContext, Failure, SuiteOutcome, split_metrics
from coach.retrieval.retriever import Hit, HybridRetriever, Mode

K = 5


def is_relevant(hit: Hit, expect: dict[str, Any]) -> bool:
    """Return True when the hit is in the expected document and one of the expected sections."""
    return hit.doc == expect["doc"] and hit.section_id in expect["sections"]


def first_relevant_rank(hits: list[Hit], expect: dict[str, Any]) -> int | None:
    """Return the 1-based rank of the first relevant hit, or None."""
    return next((n for n, h in enumerate(hits, 1) if is_relevant(h, expect)), None)


def measure(ctx: EvalContext, mode: Mode = "hybrid", k: int = K) -> SuiteOutcome:
    """Return recall@k and MRR (overall and per split) for one retrieval mode."""
    retriever = HybridRetriever(settings=ctx.settings, mode=mode)
    recall: list[tuple[str, float]] = []
    rr: list[tuple[str, float]] = []
    failures: list[Failure] = []
    cases = ctx.cases()
    for case in cases:
        hits = retriever.search(case["query"], k=k)
        rank = first_relevant_rank(hits, case["expect"])
        split = case.get("split", "dev")
        recall.append((split, 1.0 if rank else 0.0))
        rr.append((split, 1.0 / rank if rank else 0.0))
        if not rank:
            failures.append(
                Failure(
                    case=case["id"],
                    expected=f"{case['expect']['doc']} › {', '.join(case['expect']['sections'])}",
                    got=[f"{h.doc} › {h.section_id}" for h in hits],
                )
            )
        ctx.progress(1)
    metrics = {**split_metrics(f"recall_at_{k}", recall), **split_metrics("mrr", rr)}
    return SuiteOutcome(cases=len(cases), metrics=metrics, failures=failures)


def evaluate(ctx: EvalContext) -> SuiteOutcome:
    """Run the suite with hybrid retrieval."""
    return measure(ctx, "hybrid")
