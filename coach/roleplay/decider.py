"""The learned decision of the buyer's matcher: does a question get the best fact, the next hidden layer, or nothing?

The matcher (`answering.py`) scores every entry the buyer knows. This module turns those scores, for one question in
one buyer state, into a small feature vector — cosines to the best fact's questions and answer, BM25, the margin to
the second-best fact, the next layer's and the other layers' scores, the cosine to questions no buyer can answer,
how many of the question's words the scenario never uses, what kind of answer the question asks for (a person, a
date, an amount, a name) and whether the fact's answer holds one, whether it could give a rate or an average, a part
of a total or a figure for the time asked for — and a multinomial logistic model (fitted by
`python -m coach.roleplay.decider_train`, shipped as `coach/resources/models/roleplay-decider.json`) picks the class.
The fact the features describe is the learned fact ranker's choice (`fact_ranking.py`, shipped in the same artefact),
so the decision judges the fact that would be said; the ranker's margin and the probability of that fact's common
topic are features too. A small question-kind model (`asks`, also in the artefact: the question's e5 vector ->
fact / layer / deflect, learned across scenarios and authors) adds how much the wording looks like a question a buyer
answers, one that digs into the objection, or one nobody at the table can answer (another firm's roadmap, a forecast,
private life); leave-one-author-out (11 authors) it lifted the pooled accuracy from 0.878 to 0.911.
Without the artefact, or without embeddings, the matcher keeps its thresholds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from coach.paths import ROOT
from coach.retrieval.bm25 import tokenize
from coach.roleplay.answer_kinds import answer_has, asked_kinds, detail_missing, unit_missing
from coach.roleplay.fact_ranking import (
    RANK_FEATURE_VERSION,
    RANK_FEATURES,
    Ranker,
    Ranking,
    _question_vector,
    rank,
    ranker_from_dict,
)
from coach.roleplay.topics import TopicModel, topics_from_dict

if TYPE_CHECKING:
    from coach.roleplay.answering import ScenarioIndex

Decision = Literal["fact", "layer", "deflect"]
CLASSES: tuple[Decision, ...] = ("fact", "layer", "deflect")
FEATURE_VERSION = 5
ARTEFACT = ROOT / "models" / "roleplay-decider.json"
NO_ENTRY = -0.3  # the score of a candidate that does not exist (no next layer, no fact)

FEATURES: tuple[str, ...] = (
    "fact_score",
    "fact_query_cos",
    "fact_answer_cos",
    "fact_bm25",
    "fact_keyword",
    "fact_margin",
    "fact_cover",
    "layer_score",
    "layer_answer_cos",
    "layer_bm25",
    "layer_keyword",
    "layer_cover",
    "has_next_layer",
    "current_score",
    "later_score",
    "outside_cos",
    "explore_cos",
    "unknown_share",
    "unknown_count",
    "asks_kind",
    "kind_missing",
    "fact_minus_layer",
    "unit_missing",
    "detail_missing",
    "rank_margin",
    "rank_topic",
    "asks_fact",
    "asks_deflect",
)


@dataclass(frozen=True)
class Candidates:
    """The entries a decision is about: the best fact, the next layer, the best later entry (by index)."""

    fact: int | None
    layer: int | None
    current: int | None
    later: int | None


def candidates(index: ScenarioIndex, scores: np.ndarray, current: int, revealed: int) -> Candidates:
    """Return the index of the best fact, the next layer, the best entry on the current objection and the best later one."""
    best: dict[str, tuple[float, int | None]] = {
        "fact": (-np.inf, None),
        "layer": (-np.inf, None),
        "current": (-np.inf, None),
        "later": (-np.inf, None),
    }
    for n, e in enumerate(index.entries):
        if e.kind == "fact":
            group = "fact"
        elif e.kind == "layer" and e.objection == current and e.index == revealed:
            group = "layer"
        elif e.kind == "explore" or (
            e.objection == current and (e.kind == "objection" or (e.index is not None and e.index < revealed))
        ):
            group = "current"
        elif e.kind in ("layer", "objection"):
            group = "later"
        else:
            continue
        if scores[n] > best[group][0]:
            best[group] = (float(scores[n]), n)
    return Candidates(best["fact"][1], best["layer"][1], best["current"][1], best["later"][1])


def _words(index: ScenarioIndex) -> set[str]:
    cached = getattr(index, "_decider_words", None)
    if cached is None:
        s = index.scenario
        texts = [
            s.title,
            s.opening,
            *s.persona.model_dump().values(),
            s.deal.offer,
            s.deal.price,
            s.deal.term,
            *s.deal.goals,
            s.deal.business_case,
            *[e.words for e in index.entries],
            *[t for e in index.entries for t in (*e.queries, *e.passages)],
        ]
        for o in s.objections:
            texts += [
                o.statement,
                *o.restatements,
                *o.hardened,
                *o.push_for_more,
                o.resolution,
                o.resolved_line,
            ]
        cached = set(tokenize(" ".join(texts)))
        index._decider_words = cached  # type: ignore[attr-defined]
    return cached


def _cover(tokens: list[str], text: str) -> float:
    if not tokens:
        return 0.0
    have = set(tokenize(text))
    return sum(t in have for t in tokens) / len(tokens)


@dataclass(frozen=True)
class Known:
    """What learned models already said about a question (held out while training): topic and kind probabilities."""

    topic_probs: np.ndarray | None = None
    asks_probs: np.ndarray | None = None


def features(
    index: ScenarioIndex,
    question: str,
    scores: np.ndarray,
    current: int,
    revealed: int,
    model: Model | None = None,
    known: Known | None = None,
) -> tuple[np.ndarray, Candidates]:
    """Return the decision features of a question in a buyer state (scores: the matcher's state scores) and its
    candidates; the best fact is the model's fact ranker's choice when it has one, else the matcher's best."""
    dq, dp, bm, hits = index.features(question)
    cand = candidates(index, scores, current, revealed)
    known = known or Known()
    ranking = Ranking(None, 0.0, 0.0, None)
    if model is not None and model.ranker is not None:
        ranking = rank(index, question, model.ranker, known.topic_probs)
        if ranking.best is not None:
            cand = replace(cand, fact=ranking.best)
    asks = known.asks_probs
    if asks is None and model is not None and model.asks is not None:
        qvec = _question_vector(index, question)
        asks = model.asks.probabilities(qvec) if qvec is not None else None
    if asks is None:
        asks = np.full(len(CLASSES), 1.0 / len(CLASSES))
    lexical = bm / (bm + 4.0)
    tokens = tokenize(question)
    unknown = [t for t in tokens if t not in _words(index)]

    def score(n: int | None) -> float:
        return NO_ENTRY if n is None else float(scores[n])

    def cos(values: np.ndarray, n: int | None) -> float:
        return 0.0 if n is None or np.isnan(values[n]) else float(values[n])

    fact_scores = sorted(
        (float(scores[n]) for n, e in enumerate(index.entries) if e.kind == "fact"), reverse=True
    )
    margin = fact_scores[0] - fact_scores[1] if len(fact_scores) > 1 else 0.0
    f, lay = cand.fact, cand.layer
    fact_text = index.entries[f].words if f is not None else ""
    layer_text = index.entries[lay].words if lay is not None else ""
    kinds = asked_kinds(question)
    fact_say = " ".join(index.entries[f].passages) if f is not None else ""
    missing = any(not answer_has(fact_say, k) for k in kinds)
    outside = next(n for n, e in enumerate(index.entries) if e.kind == "outside")
    explore = next(n for n, e in enumerate(index.entries) if e.kind == "explore")
    row = {
        "fact_score": score(f),
        "fact_query_cos": cos(dq, f),
        "fact_answer_cos": cos(dp, f),
        "fact_bm25": 0.0 if f is None else float(lexical[f]),
        "fact_keyword": 0.0 if f is None else float(hits[f]),
        "fact_margin": margin,
        "fact_cover": _cover(tokens, fact_text),
        "layer_score": score(lay),
        "layer_answer_cos": cos(dp, lay),
        "layer_bm25": 0.0 if lay is None else float(lexical[lay]),
        "layer_keyword": 0.0 if lay is None else float(hits[lay]),
        "layer_cover": _cover(tokens, layer_text),
        "has_next_layer": float(lay is not None),
        "current_score": score(cand.current),
        "later_score": score(cand.later),
        "outside_cos": cos(dq, outside),
        "explore_cos": cos(dq, explore),
        "unknown_share": len(unknown) / len(tokens) if tokens else 0.0,
        "unknown_count": float(min(len(unknown), 4)),
        "asks_kind": float(bool(kinds)),
        "kind_missing": float(missing),
        "fact_minus_layer": score(f) - max(score(lay), score(cand.current)),
        "unit_missing": float(unit_missing(question, fact_say)) if f is not None else 0.0,
        "detail_missing": float(detail_missing(question, fact_say)) if f is not None else 0.0,
        "rank_margin": min(ranking.margin, 8.0),
        "rank_topic": ranking.topic,
        "asks_fact": float(asks[CLASSES.index("fact")]),
        "asks_deflect": float(asks[CLASSES.index("deflect")]),
    }
    return np.array([row[name] for name in FEATURES], dtype=float), cand


@dataclass(frozen=True)
class Model:
    """A multinomial logistic model over standardised features."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray
    header: dict
    ranker: Ranker | None = None  # which fact is the best one (None: the matcher's best score)
    # what a question's wording asks for (fact / layer / deflect), learned across scenarios (None: uniform)
    asks: TopicModel | None = None

    def probabilities(self, x: np.ndarray) -> dict[Decision, float]:
        """Return the probability of each class for one feature vector."""
        z = self.coef @ ((x - self.mean) / self.scale) + self.intercept
        e = np.exp(z - z.max())
        p = e / e.sum()
        return {c: float(v) for c, v in zip(CLASSES, p, strict=True)}


def model_from_dict(data: dict) -> Model:
    """Return the model stored in a dict (the artefact's JSON)."""
    return Model(
        mean=np.array(data["mean"], dtype=float),
        scale=np.array(data["scale"], dtype=float),
        coef=np.array(data["coef"], dtype=float),
        intercept=np.array(data["intercept"], dtype=float),
        header={
            k: v for k, v in data.items() if k not in ("mean", "scale", "coef", "intercept", "ranker", "asks")
        },
        ranker=ranker_from_dict(data["ranker"]) if data.get("ranker") else None,
        asks=topics_from_dict(data["asks"]) if data.get("asks") else None,
    )


@lru_cache(maxsize=4)
def _load(path: str) -> Model | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not current_features(data):
        return None
    return model_from_dict(data)


def current_features(data: dict) -> bool:
    """Return True when an artefact was built for today's decision features and, if it holds a fact ranker, for
    today's ranking features (else it is stale and not used)."""
    if data.get("feature_version") != FEATURE_VERSION or list(data.get("features", [])) != list(FEATURES):
        return False
    if data.get("ranker") and (
        data.get("rank_feature_version") != RANK_FEATURE_VERSION
        or list(data.get("rank_features", [])) != list(RANK_FEATURES)
    ):
        return False
    return True


_override: list[Model | None] = []


def load_model(path: Path | None = None) -> Model | None:
    """Return the shipped decision model (None when the artefact is missing or was built for other features)."""
    if _override:
        return _override[-1]
    return _load(str(path or ARTEFACT))


class use_model:  # noqa: N801 - used as a context manager, like a function
    """Within the block, the matcher decides with this model (None: with its thresholds); for training and tests."""

    def __init__(self, model: Model | None) -> None:
        self.model = model

    def __enter__(self) -> Model | None:
        _override.append(self.model)
        return self.model

    def __exit__(self, *exc: object) -> None:
        _override.pop()
