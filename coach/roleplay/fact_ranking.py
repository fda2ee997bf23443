"""Which of the facts a buyer knows does a question ask for? A small learned ranker over the scenario's facts.

The matcher's own score mixes a question's cosine to a fact's typical questions and to its answer with BM25 at fixed
weights; between two similar facts ('who is involved' / 'who supports it') the margin is often a few hundredths. This
module scores every fact of a scenario with a linear model over a handful of features — the cosine to the fact's
questions (best and mean) and to its answer, IDF-weighted word overlap with the fact and with its answer alone, a
keyword hit, and whether the answer holds the kind of thing asked for (who → a person, when → a date, how much → a
number), and the probability that the question is about the fact's common topic (`topics.py`: who decides, budget,
timeline, … learned across scenarios, so "is this your call alone?" reaches the decision maker although its words
and cosine are far from the fact's question) — and orders the facts by it. The topic feature lifted
leave-one-author-out (10 authors) from 0.852 to 0.874 pooled and the worst author from 0.667 to 0.679, no author
lower; a topic model fitted on the scenarios' questions alone is too weak, so it is fitted on the probes too and
the ranker learns from held-out topic probabilities (each author's from a model without that author). The weights are fitted (by `decider_train`) on pairs from the tuning probes:
the right fact against each other fact of the same scenario. Pairs from the scenario files themselves (each fact's
questions, left out of its own entry in turn: `self_pairs`) can be mixed in with a weight; leave-one-author-out they
did not help (the authored questions are closer to their facts than a rep's; re-checked with 8 authors, weights
0.1-1.0 lowered the pooled accuracy), so the shipped weight is 0.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from coach.retrieval.bm25 import tokenize
from coach.roleplay.answer_kinds import answer_has, asked_kinds
from coach.roleplay.matching import keyword_hit
from coach.roleplay.topics import TopicModel, topics_from_dict

if TYPE_CHECKING:
    from coach.roleplay.answering import ScenarioIndex

# raise when a ranking feature changes its meaning (the shipped ranker is then stale)
RANK_FEATURE_VERSION = 2
BASE_RANK_FEATURES: tuple[str, ...] = (
    "ask_cos_max",
    "ask_cos_mean",
    "say_cos",
    "idf_cover",
    "say_idf_cover",
    "keyword",
    "kind_match",
    "kind_miss",
)
# P(the fact's common topic | question) from the learned topic model (`topics.py`); uniform without one
RANK_FEATURES: tuple[str, ...] = (*BASE_RANK_FEATURES, "topic_prob")


@dataclass(frozen=True)
class FactRows:
    """The facts of a scenario (entry indices) and one feature row per fact for one question."""

    entries: list[int]
    x: np.ndarray  # (facts, RANK_FEATURES)


@dataclass(frozen=True)
class _FactDocs:
    entries: list[int]
    tokens: list[
        list[str]
    ]  # the fact's words (its questions, keywords and answer), per question text left out
    say_tokens: list[set[str]]
    idf: dict[str, float]


def _docs(index: ScenarioIndex) -> _FactDocs:
    cached = getattr(index, "_rank_docs", None)
    if cached is None:
        entries = [n for n, e in enumerate(index.entries) if e.kind == "fact"]
        tokens = [tokenize(index.entries[n].words) for n in entries]
        say = [set(tokenize(" ".join(index.entries[n].passages))) for n in entries]
        df = Counter(t for doc in tokens for t in set(doc))
        total = max(1, len(entries))
        idf = {t: math.log(1 + total / c) for t, c in df.items()}
        cached = _FactDocs(entries, tokens, say, idf)
        index._rank_docs = cached  # type: ignore[attr-defined]
    return cached


def _idf_cover(question: list[str], doc: set[str], idf: dict[str, float], unseen: float) -> float:
    if not question:
        return 0.0
    weights = [idf.get(t, unseen) for t in question]
    return sum(w for t, w in zip(question, weights, strict=True) if t in doc) / sum(weights)


def fact_rows(
    index: ScenarioIndex,
    question: str,
    left_out: tuple[int, int] | None = None,
    topics: TopicModel | None = None,
    topic_probs: np.ndarray | None = None,
) -> FactRows:
    """Return the ranking features of every fact for a question; left_out=(entry, n) hides that entry's n-th question
    (to learn from the scenario's own questions without the answer in the features). The topic feature comes from
    `topic_probs` when given (held-out probabilities while training), else from the topic model, else is uniform."""
    base = base_rows(index, question, left_out)
    if topic_probs is None and topics is not None:
        qvec = _question_vector(index, question)
        topic_probs = topics.probabilities(qvec) if qvec is not None else None
    if topic_probs is None or topics is None:
        column = np.full((len(base.entries), 1), 0.0)
    else:
        column = np.array(
            [
                [topic_probs[topics.classes.index(topics.topic_of(index.entries[n].fact))]]
                for n in base.entries
            ]
        ).reshape(len(base.entries), 1)
    return FactRows(base.entries, np.hstack([base.x, column]))


def base_rows(index: ScenarioIndex, question: str, left_out: tuple[int, int] | None = None) -> FactRows:
    """Return the ranking features that need no learned model (all but the topic), one row per fact."""
    docs = _docs(index)
    tokens = tokenize(question)
    kinds = asked_kinds(question)
    unseen = math.log(1 + max(1, len(docs.entries)))
    qvec = _question_vector(index, question)
    rows = []
    for k, n in enumerate(docs.entries):
        entry = index.entries[n]
        queries = index._q[n] if qvec is not None else None
        doc = set(docs.tokens[k])
        if left_out is not None and left_out[0] == n:
            rest = [q for j, q in enumerate(entry.queries) if j != left_out[1]]
            doc = set(tokenize(" ".join([*rest, *entry.keywords, *entry.passages])))
            if queries is not None:
                queries = np.delete(queries, left_out[1], axis=0)
        if qvec is not None and queries is not None and len(queries):
            cos = queries @ qvec
            ask_max, ask_mean = float(cos.max()), float(cos.mean())
        else:
            ask_max = ask_mean = 0.0
        say_cos = float(np.max(index._p[n] @ qvec)) if qvec is not None and len(index._p[n]) else 0.0
        say = " ".join(entry.passages)
        rows.append(
            [
                ask_max,
                ask_mean,
                say_cos,
                _idf_cover(tokens, doc, docs.idf, unseen),
                _idf_cover(tokens, docs.say_tokens[k], docs.idf, unseen),
                float(keyword_hit(question, entry.keywords)),
                float(sum(answer_has(say, kind) for kind in kinds)),
                float(sum(not answer_has(say, kind) for kind in kinds)),
            ]
        )
    x = np.array(rows, dtype=float).reshape(len(docs.entries), len(BASE_RANK_FEATURES))
    return FactRows(docs.entries, x)


def _question_vector(index: ScenarioIndex, question: str) -> np.ndarray | None:
    if not index.dense:
        return None
    from coach.roleplay import answering

    index.features(question)  # embeds the question once and remembers it among the rep's questions
    return answering._embed([question], "query")[0]


@dataclass(frozen=True)
class Ranker:
    """A linear score over standardised ranking features: the higher, the more the question asks for the fact."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    topics: TopicModel | None = None  # the question's common topic, read by the topic feature

    def scores(self, rows: FactRows) -> np.ndarray:
        """Return one score per fact of the rows."""
        if not len(rows.entries):
            return np.zeros(0)
        return ((rows.x - self.mean) / self.scale) @ self.weights

    def to_dict(self) -> dict:
        """Return the ranker as plain lists (for the decider's artefact)."""
        return {
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "weights": self.weights.tolist(),
            **({"topics": self.topics.to_dict()} if self.topics is not None else {}),
        }


def ranker_from_dict(data: dict) -> Ranker:
    """Return the ranker stored in a dict."""
    return Ranker(
        mean=np.array(data["mean"], dtype=float),
        scale=np.array(data["scale"], dtype=float),
        weights=np.array(data["weights"], dtype=float),
        topics=topics_from_dict(data["topics"]) if data.get("topics") else None,
    )


@dataclass(frozen=True)
class Ranking:
    """The facts in order for one question: best entry, its score and the margin to the second best, and the
    probability that the question is about the best fact's common topic (0.0 without a topic model)."""

    best: int | None
    score: float
    margin: float
    second: int | None
    topic: float = 0.0


def rank(
    index: ScenarioIndex, question: str, ranker: Ranker, topic_probs: np.ndarray | None = None
) -> Ranking:
    """Return the best fact for a question by the ranker, with its margin over the second best (`topic_probs`:
    the question's topic probabilities when already known, e.g. held out while training)."""
    rows = fact_rows(index, question, topics=ranker.topics, topic_probs=topic_probs)
    if not rows.entries:
        return Ranking(None, 0.0, 0.0, None)
    s = ranker.scores(rows)
    order = np.argsort(-s, kind="stable")
    top = int(order[0])
    second = int(order[1]) if len(order) > 1 else None
    margin = float(s[top] - s[second]) if second is not None else float(abs(s[top]))
    topic = float(rows.x[top, RANK_FEATURES.index("topic_prob")]) if ranker.topics is not None else 0.0
    return Ranking(
        rows.entries[top], float(s[top]), margin, rows.entries[second] if second is not None else None, topic
    )


def pair_differences(rows: FactRows, right: int) -> np.ndarray:
    """Return the feature differences right-minus-other for every other fact (the ranker's training pairs)."""
    k = rows.entries.index(right)
    return np.array([rows.x[k] - rows.x[j] for j in range(len(rows.entries)) if j != k]).reshape(
        -1, len(RANK_FEATURES)
    )


def self_pairs(index: ScenarioIndex) -> np.ndarray:
    """Return training pairs from a scenario's own facts: each of a fact's questions, hidden from it, against the others."""
    out = []
    for n, entry in enumerate(index.entries):
        if entry.kind != "fact" or len(entry.queries) < 2:
            continue
        for j, question in enumerate(entry.queries):
            out.append(pair_differences(fact_rows(index, question, left_out=(n, j)), n))
    return np.vstack(out) if out else np.zeros((0, len(RANK_FEATURES)))


def fit_ranker(
    pairs: np.ndarray, weights: np.ndarray | None = None, c: float = 1.0, topics: TopicModel | None = None
) -> Ranker:
    """Return a ranker fitted on pair differences (a logistic model without intercept, symmetric pairs; deterministic)."""
    from sklearn.linear_model import LogisticRegression

    scale = np.abs(pairs).mean(axis=0)
    scale[scale < 1e-9] = 1.0
    z = pairs / scale
    x = np.vstack([z, -z])
    y = np.concatenate([np.ones(len(z)), np.zeros(len(z))])
    w = None if weights is None else np.concatenate([weights, weights])
    clf = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
    clf.fit(x, y, sample_weight=w)
    return Ranker(
        mean=np.zeros(pairs.shape[1]),
        scale=np.round(scale, 6),
        weights=np.round(clf.coef_[0], 6),
        topics=topics,
    )
