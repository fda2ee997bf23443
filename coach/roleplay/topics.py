"""Which common topic a rep's question is about: a small learned classifier over the e5 question vector.

Most scenarios share the kinds of facts a buyer knows — who decides, who else is involved, the budget, the timeline,
today's solution and its cost, competitors, past projects, success criteria. A question reaches them in many wordings
("Is this your call alone, or does somebody above you need to put their name on it?") that are far in cosine from a
fact's authored question. This module learns, across scenarios, what questions about each common topic look like: a
multinomial logistic model from the question's e5 vector to a topic. The topics are the fact ids used by at least
two built-in scenarios (so a topic is a kind of fact, not one scenario's fact); every other fact is 'other'. Fitted by
`decider_train` on the scenarios' own fact questions and the tuning probes, shipped inside the fact ranker; the fact
ranker reads P(the fact's topic | question) as one of its features.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

OTHER = "other"
MIN_SCENARIOS = 2  # a fact id used by this many scenarios is a common topic


def common_topics(fact_ids_per_scenario: Iterable[Iterable[str]]) -> list[str]:
    """Return the fact ids that at least MIN_SCENARIOS scenarios use, sorted, plus 'other' last."""
    counts = Counter(i for ids in fact_ids_per_scenario for i in set(ids))
    return [*sorted(i for i, n in counts.items() if n >= MIN_SCENARIOS and i != OTHER), OTHER]


@dataclass(frozen=True)
class TopicModel:
    """A multinomial logistic model from an e5 question vector to a topic (a common fact id or 'other')."""

    classes: tuple[str, ...]
    coef: np.ndarray  # (classes, dimensions)
    intercept: np.ndarray

    def topic_of(self, fact_id: str | None) -> str:
        """Return the topic a fact belongs to: its id when that is a common topic, else 'other'."""
        return fact_id if fact_id in self.classes else OTHER

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        """Return the probability of each topic (in `classes` order) for one question vector."""
        z = self.coef @ vector + self.intercept
        e = np.exp(z - z.max())
        return e / e.sum()

    def to_dict(self) -> dict:
        """Return the model as plain lists (stored in the decider's artefact)."""
        return {
            "classes": list(self.classes),
            "coef": np.round(self.coef, 5).tolist(),
            "intercept": np.round(self.intercept, 5).tolist(),
        }


def topics_from_dict(data: dict) -> TopicModel:
    """Return the topic model stored in a dict."""
    return TopicModel(
        classes=tuple(data["classes"]),
        coef=np.array(data["coef"], dtype=float),
        intercept=np.array(data["intercept"], dtype=float),
    )


def fit_topics(vectors: np.ndarray, labels: list[str], classes: list[str], c: float = 1.0) -> TopicModel:
    """Return a topic model fitted on question vectors and their topics (deterministic); an unseen class never wins."""
    from sklearn.linear_model import LogisticRegression

    y = np.array([classes.index(label if label in classes else OTHER) for label in labels])
    coef = np.zeros((len(classes), vectors.shape[1]))
    intercept = np.full(len(classes), -30.0)
    present = sorted(set(y.tolist()))
    if len(present) == 1:
        intercept[present[0]] = 0.0
        return TopicModel(tuple(classes), coef, intercept)
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(vectors, y)
    rows = clf.coef_ if len(present) > 2 else np.vstack([-clf.coef_[0] / 2, clf.coef_[0] / 2])
    icpt = clf.intercept_ if len(present) > 2 else np.array([-clf.intercept_[0] / 2, clf.intercept_[0] / 2])
    for k, label in enumerate(clf.classes_):
        coef[int(label)] = rows[k]
        intercept[int(label)] = icpt[k]
    return TopicModel(tuple(classes), coef, intercept)
