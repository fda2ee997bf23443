"""One outcome for the whole text: a small document-level model over the rules' verdict and the learned sentences.

The rules (`decision.find_decision`) pick one statement; this model looks at the whole meeting: the rules' outcome,
how many yes / yes-but / no / pending statements there are and which came last, whether conditions are written
anywhere, an e-mail confirmation, and — for the few sentences that carry a decision cue — the shipped sentence
classifier (decision / condition / objection) and a polarity model (which outcome a decision sentence states).
A multinomial logistic regression over these 27 features gives the outcome; it overrides the rules only when it is
sure (`threshold`, chosen holding out one author at a time). Built by `python -m coach.minutes.outcome_train`
(`make train`) into coach/resources/models/minutes-outcome.{npz,json}; without the artefact the rules decide.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from coach.minutes.decision import (
    _CONFIRMED_DECISION,
    _LABEL,
    CONDITION,
    _conditions,
    _confirmed_in_writing,
    _following,
    _reasons,
    _Statement,
    _statements,
)
from coach.minutes.models import OUTCOMES, Decision, Outcome
from coach.minutes.patterns import split_sentences
from coach.paths import ROOT
from coach.text.lines import Line

ARTEFACT = ROOT / "models" / "minutes-outcome.npz"
FEATURE_VERSION = 1
MAX_CANDIDATES = 6
FEATURES: tuple[str, ...] = (
    *(f"rules_{o}" for o in OUTCOMES),
    "rules_has_evidence",
    *(f"n_{o}" for o in OUTCOMES),
    "labelled",
    *(f"last_{o}" for o in OUTCOMES),
    "condition_anywhere",
    "email_confirmed",
    "p_decision_max",
    "p_condition_max",
    "p_objection_max",
    *(f"best_{o}" for o in OUTCOMES),
    *(f"mean_{o}" for o in OUTCOMES),
)
_DECISION_WORD = re.compile(
    r"\b(?:decision|decided|decide|entscheid\w*|entschieden|beschluss|beschließt|beschlossen|motion|resolved|"
    r"resolution|approv\w*|genehmig\w*|zustimm\w*|zugestimmt|agreed|vereinbart|proceed\w*|go-ahead|vote\w*|"
    r"abstimm\w*|award\w*|vergabe|zuschlag|freigabe|freigegeben|sign(?:ed)? off|zusage|absage|verdict|outcome|"
    r"ergebnis|fazit|einführung|adopt\w*)\b",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    """A sentence that may carry the decision, with its line and its place among the sentences of that line."""

    text: str
    line: Line
    index: int
    priority: int


@dataclass
class Inputs:
    """What the document model reads from one text: the rule features and the candidate sentences."""

    structured: np.ndarray
    candidates: list[Candidate]


def candidates(lines: list[Line], limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Return up to `limit` sentences with a decision cue (labelled ones first, the later ones on a tie), in order."""
    from coach.minutes.decision import classify

    found: list[Candidate] = []
    for line in lines:
        if line.section == "actions":
            continue
        for i, sent in enumerate(split_sentences(line.text)):
            priority = 0
            if _LABEL.search(sent):
                priority = 3
            elif classify(sent) is not None or _CONFIRMED_DECISION.search(sent):
                priority = 2
            elif _DECISION_WORD.search(sent) or CONDITION.search(sent):
                priority = 1
            if priority:
                found.append(Candidate(sent, line, i, priority))
    order = sorted(range(len(found)), key=lambda k: (-found[k].priority, -k))[:limit]
    return [found[k] for k in sorted(order)]


def structured_features(lines: list[Line], rules: Decision) -> np.ndarray:
    """Return the rule features: the rules' outcome, the statements' outcomes, conditions and a written yes."""
    statements = _statements(lines)
    x: list[float] = [float(rules.outcome == o) for o in OUTCOMES]
    x.append(float(bool(rules.evidence)))
    x += [float(np.log1p(sum(s.outcome == o for s in statements))) for o in OUTCOMES]
    x.append(float(any(s.labelled for s in statements)))
    last = statements[-1].outcome if statements else None
    x += [float(last == o) for o in OUTCOMES]
    body = [s for line in lines if line.section != "actions" for s in split_sentences(line.text)]
    x.append(float(any(CONDITION.search(s) for s in body)))
    x.append(float(_confirmed_in_writing(lines) is not None))
    return np.asarray(x, dtype=np.float32)


def inputs(lines: list[Line], rules: Decision) -> Inputs:
    """Return the rule features and the candidate sentences of one text."""
    return Inputs(structured_features(lines, rules), candidates(lines))


def learned_features(sentence_probs: np.ndarray, polarity: np.ndarray) -> np.ndarray:
    """Return the learned features from the candidates' sentence-class and polarity probabilities (rows alike)."""
    from coach.minutes.learned import LABELS

    if not len(sentence_probs):
        return np.zeros(3 + 2 * len(OUTCOMES), dtype=np.float32)
    p_dec = sentence_probs[:, LABELS.index("decision")]
    best = int(p_dec.argmax())
    weights = p_dec / p_dec.sum() if p_dec.sum() > 0 else np.full(len(p_dec), 1 / len(p_dec))
    return np.concatenate(
        [
            [
                p_dec.max(),
                sentence_probs[:, LABELS.index("condition")].max(),
                sentence_probs[:, LABELS.index("objection")].max(),
            ],
            polarity[best],
            weights @ polarity,
        ]
    ).astype(np.float32)


def softmax(scores: np.ndarray) -> np.ndarray:
    """Return row-wise softmax probabilities."""
    scores = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(scores)
    return e / e.sum(axis=-1, keepdims=True)


@lru_cache(maxsize=2)
def shipped(npz: Path = ARTEFACT) -> tuple[dict[str, np.ndarray], dict[str, object]] | None:
    """Return the shipped model's arrays and header, or None when `make train` has not built it."""
    header_path = npz.with_suffix(".json")
    if not npz.exists() or not header_path.exists():
        return None
    header = json.loads(header_path.read_text(encoding="utf-8"))
    if header.get("feature_version") != FEATURE_VERSION or header.get("features") != list(FEATURES):
        return None
    with np.load(npz, allow_pickle=False) as data:
        return {k: np.asarray(data[k]) for k in data.files}, header


def document_probabilities(
    arrays: dict[str, np.ndarray], structured: np.ndarray, learned: np.ndarray
) -> np.ndarray:
    """Return P(outcome) in OUTCOMES order for one document's features."""
    x = (np.concatenate([structured, learned]) - arrays["mean"]) / arrays["scale"]
    return softmax(x @ arrays["doc_w"].T + arrays["doc_b"])


def _sentence_model_probs(texts: list[str], npz: Path = ARTEFACT) -> tuple[np.ndarray, np.ndarray] | None:
    """Return the sentence-class and polarity probabilities of the candidates, or None without the models."""
    from coach.minutes.learned import probabilities
    from coach.minutes.learned import shipped as sentence_model

    model = shipped(npz)
    sentences = sentence_model()
    if model is None or sentences is None:
        return None
    if not texts:
        return np.zeros((0, 5), dtype=np.float32), np.zeros((0, len(OUTCOMES)), dtype=np.float32)
    from coach.qualify.learned.features import embed as cached_embed

    x = np.asarray(cached_embed(texts), dtype=np.float32)
    arrays = model[0]
    return probabilities(sentences, x), softmax(x @ arrays["pol_w"].T + arrays["pol_b"])


def keeps_rules(rules: Decision) -> bool:
    """Return True when the rules' decision stands whatever the model says: a yes-but whose conditions they quote."""
    return rules.outcome == "positive_with_conditions" and bool(rules.conditions) and bool(rules.evidence)


def decide(lines: list[Line], rules: Decision, npz: Path = ARTEFACT) -> Decision:
    """Return the decision: the rules' one, or the model's outcome when the shipped model is sure it differs."""
    model = shipped(npz)
    if model is None:
        return rules
    arrays, header = model
    if float(header.get("threshold", 1.01)) > 1.0:  # type: ignore[arg-type]
        return rules  # trained, but it did not beat the rules held out by author: the rules decide
    if keeps_rules(rules):
        return (
            rules  # a yes whose conditions the rules quote is kept: the model never drops stated conditions
        )
    found = inputs(lines, rules)
    probs = _sentence_model_probs([c.text for c in found.candidates], npz)
    if probs is None:
        return rules
    sentence_probs, polarity = probs
    doc = document_probabilities(arrays, found.structured, learned_features(sentence_probs, polarity))
    outcome: Outcome = OUTCOMES[int(doc.argmax())]
    if outcome == rules.outcome or float(doc.max()) < float(header.get("threshold", 1.0)):  # type: ignore[arg-type]
        return rules
    return _rebuild(outcome, rules, found.candidates, sentence_probs, polarity, lines)


def _rebuild(
    outcome: Outcome,
    rules: Decision,
    cands: list[Candidate],
    sentence_probs: np.ndarray,
    polarity: np.ndarray,
    lines: list[Line],
) -> Decision:
    """Return a decision with the model's outcome, quoting the candidate that states it best (the rules' when apt)."""
    from coach.minutes.learned import LABELS

    evidence = list(rules.evidence)
    statement: _Statement | None = None
    if cands:
        fit = sentence_probs[:, LABELS.index("decision")] * polarity[:, OUTCOMES.index(outcome)]
        if outcome == "positive_with_conditions" and rules.outcome == "positive" and rules.evidence:
            chosen = next((c for c in cands if c.text == rules.evidence[0]), cands[int(fit.argmax())])
        else:
            chosen = cands[int(fit.argmax())]
        statement = _Statement(outcome, chosen.text, chosen.line, chosen.index, False)
        evidence = [chosen.text]
    if outcome == "pending" and statement is not None and rules.outcome != "pending":
        evidence = [statement.text]
    following = _following(statement, lines) if statement else []
    conditions = (
        _conditions(statement, following) if statement and outcome == "positive_with_conditions" else []
    )
    if outcome == "positive_with_conditions" and not conditions:
        conditions = _condition_sentences(cands, sentence_probs)
    reasons = _reasons(statement, following) if statement and outcome == "negative" else []
    return Decision(
        outcome=outcome,
        conditions=conditions,
        reasons=reasons,
        evidence=evidence,
        learnings=rules.learnings,
    )


def _condition_sentences(cands: list[Candidate], sentence_probs: np.ndarray) -> list[str]:
    """Return the candidates the sentence classifier reads as conditions (at most three)."""
    from coach.minutes.learned import LABELS

    column = sentence_probs[:, LABELS.index("condition")] if len(cands) else np.zeros(0)
    return [c.text for c, p in zip(cands, column, strict=True) if p >= 0.5][:3]
