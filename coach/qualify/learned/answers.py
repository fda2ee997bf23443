"""Short answers inherit the dimension of the question they answer.

"Es sind 250, nicht 300." or "Could be me, could be the board." says nothing about budget or authority on its own;
the seller's question before it ("What budget do you have?") does. A short customer sentence at the start of its
turn gets, per dimension, at least `weight` times the probability that the question asks about that dimension.
Its grade still comes from the answer's own words (a number, a hedge, a "no").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np

from coach.qualify.learned.features import features
from coach.qualify.learned.units import Names, Unit

# defaults of the shipped model's header ("inherit_weight", "inherit_words"); chosen by cross-validation
WEIGHT = 0.0
WORDS = 12
FIRST = 2  # only the first sentences of a turn answer the question directly


def answering(segments: list[Unit], words: int = WORDS) -> list[int]:
    """Return the indices of short customer sentences at the start of a turn that answer a question."""
    out: list[int] = []
    seen = 0
    for i, s in enumerate(segments):
        seen = seen + 1 if i and segments[i - 1].block == s.block else 1
        q = (s.question or "").rstrip()
        if s.role == "customer" and q.endswith("?") and seen <= FIRST and len(s.text.split()) <= words:
            out.append(i)
    return out


def inherit(
    probs: np.ndarray,
    segments: list[Unit],
    dim_probs: Callable[[np.ndarray, list[str]], np.ndarray],
    names: Names | None,
    ref: date,
    weight: float = WEIGHT,
    words: int = WORDS,
    own: float = 1.0,
) -> np.ndarray:
    """Return the sentence dimension probabilities with short answers raised to `weight` × their question's.

    An answer that already speaks to a dimension on its own (P ≥ `own`) keeps its own reading: "We want to go
    live before summer." after "What do you want to achieve?" is a timing, not a goal.
    """
    if weight <= 0 or not len(probs):
        return probs
    idx = [i for i in answering(segments, words) if probs[i].max() < own]
    if not idx:
        return probs
    questions = [Unit(index=-1, text=str(segments[i].question).strip(), block=-1) for i in idx]
    q = dim_probs(features(questions, names, ref), [u.text for u in questions])
    out = probs.copy()
    out[idx] = np.maximum(out[idx], weight * q)
    return out
