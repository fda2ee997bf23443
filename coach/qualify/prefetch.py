"""Embed a document's sentences on a helper thread while the rules read it (the same vectors, only sooner)."""

from __future__ import annotations

import logging
import threading

from coach.text.model import Document

log = logging.getLogger(__name__)
# new sentences from which a prefetch pays: choosing the texts costs a few ms, the overlap saves the rules' time
MIN_NEW = 32


def model_texts(notes: str, doc: Document) -> list[str]:
    """Return the texts the learned engine embeds for these notes: its sentences, then their context texts."""
    sentences, contexts = _model_inputs(notes, doc)
    return sentences + contexts


def _model_inputs(notes: str, doc: Document) -> tuple[list[str], list[str]]:
    """Return the learned engine's sentence texts and their context texts (in the order it embeds them)."""
    from coach.qualify import signals as S
    from coach.qualify.learned.apply import eligible_mask
    from coach.qualify.learned.features import confirmed_by_next, context_texts
    from coach.qualify.learned.units import units_of

    segments = units_of(notes, None, doc=doc).units
    confirmed = confirmed_by_next(segments)
    mask = eligible_mask(segments, S.reference_texts(doc.text), confirmed)
    kept = [s for s, keep in zip(segments, mask, strict=True) if keep]
    return [s.text for s in kept], context_texts(kept)


def _warm_ngrams(sentences: list[str]) -> None:
    """Count the sentences' n-grams now, while the engine threads embed (the model reads them after the vectors)."""
    from coach.qualify.learned import ngrams

    for text in sentences:
        ngrams.counts(text)  # cached per sentence: the model's own call then finds them


def _run(texts: list[str]) -> None:
    from coach.qualify.learned.features import embed

    try:
        embed(texts)
    except Exception:  # noqa: BLE001 - an optimisation: the engine embeds what is missing itself
        log.debug("prefetching the sentence vectors failed", exc_info=True)


def start(notes: str, doc: Document) -> threading.Thread | None:
    """Start embedding the notes' sentences in the background when the learned model will need new vectors.

    The engine's own `embed` call then waits for them instead of embedding them again; a document whose
    sentences are cached, but for fewer than MIN_NEW, starts nothing (the warm path does no extra work).
    """
    from coach.qualify.learned.apply import shipped_model
    from coach.qualify.learned.features import uncached

    model = shipped_model()
    if model is None or model.header.get("engine") == "rules":
        return None
    if uncached([s.text for s in doc.customer_sentences()]) < MIN_NEW:
        return None  # a few new sentences embed in well under a second: the engine does it in its own call
    # the texts are chosen here (a few ms): a helper thread doing it would share the interpreter with the rules
    try:
        sentences, contexts = _model_inputs(notes, doc)
    except Exception:  # noqa: BLE001 - an optimisation: the engine reads the notes again and says what is wrong
        log.debug("choosing the sentences to prefetch failed", exc_info=True)
        return None
    thread = threading.Thread(target=_run, args=(sentences + contexts,), name="qualify-prefetch", daemon=True)
    thread.start()
    # the n-gram counts cost as much as the rules on a long transcript: counted now, both cores stay busy, and
    # after the vectors arrive only the matrix products are left (the same cached values, so the same result)
    _warm_ngrams(sentences)
    return thread
