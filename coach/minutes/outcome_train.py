"""Train the document-level outcome model (`coach.minutes.outcome`) and compare it with the rules, by author.

    python -m coach.minutes.outcome_train            # LOAO comparison, then fit on all tuning authors and write
    python -m coach.minutes.outcome_train --cv-only  # the comparison only

Every figure holds out one author file at a time: the sentence features of a held-out author's notes come from
sentence and polarity models fitted without that author, and the document model's regularisation and override
threshold are chosen on the other authors only (nested). When the combination is worse than the rules on the pooled
held-out outcome accuracy, the artefact's threshold is set above 1 and the engine keeps the rules.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from coach.minutes.learned import LABELS, TUNE, embed, probabilities
from coach.minutes.learned import fit as fit_sentences
from coach.minutes.models import OUTCOMES
from coach.minutes.outcome import (
    ARTEFACT,
    FEATURE_VERSION,
    FEATURES,
    inputs,
    keeps_rules,
    learned_features,
    softmax,
)

C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
SENTENCE_C = 8.0
POLARITY_C = 2.0


@dataclass
class Doc:
    """One tuning note: its author, gold outcome, the rules' outcome, rule features and candidate sentences."""

    author: str
    case_id: str
    gold: str
    rules: str
    structured: np.ndarray
    candidates: list[str]
    learned: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    kept: bool = False  # the rules' yes-but with quoted conditions, which the engine never overrides


def tuning_files(folder: Path = TUNE) -> list[Path]:
    """Return the tuning files (never a blind split)."""
    if folder.name.startswith("blind"):
        raise ValueError("a blind split is never used for training")
    return sorted(folder.glob("*.yaml"))


def data_hash(files: list[Path]) -> str:
    """Return a short hash of the tuning files' contents (the artefact is stale when it changes)."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def load(files: list[Path]) -> tuple[list[Doc], list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Return the documents, the labelled sentences (author, text, label) and the decision sentences with their
    case's outcome (author, text, outcome)."""
    import yaml

    from coach.minutes.decision import find_decision
    from coach.minutes.engine import rules_text
    from coach.text.lines import segment

    docs: list[Doc] = []
    sentences: list[tuple[str, str, str]] = []
    polar: list[tuple[str, str, str]] = []
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        author = str(data.get("author") or path.stem)
        for case in data.get("cases") or []:
            exp = case.get("expected") or {}
            gold = exp.get("outcome")
            for item in case.get("sentences") or []:
                quote, label = str(item.get("quote", "")).strip(), item.get("label")
                if quote and label in LABELS:
                    sentences.append((author, quote, str(label)))
                    if label == "decision" and gold in OUTCOMES:
                        polar.append((author, quote, str(gold)))
            if gold not in OUTCOMES or not str(case.get("notes", "")).strip():
                continue
            if exp.get("decision_quote"):
                polar.append((author, str(exp["decision_quote"]), str(gold)))
            lines = segment(rules_text(str(case["notes"])))
            rules = find_decision(lines)
            found = inputs(lines, rules)
            docs.append(
                Doc(
                    author,
                    str(case.get("id")),
                    gold,
                    rules.outcome,
                    found.structured,
                    [c.text for c in found.candidates],
                    kept=keeps_rules(rules),
                )
            )
    return docs, sentences, polar


def fit_polarity(x: np.ndarray, y: list[str], c: float = POLARITY_C) -> dict[str, np.ndarray]:
    """Return the weights of a logistic regression from a decision sentence's vector to its outcome."""
    from sklearn.linear_model import LogisticRegression

    target = np.array([OUTCOMES.index(v) for v in y])
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, target)
    w = np.zeros((len(OUTCOMES), x.shape[1]), dtype=np.float32)
    b = np.full(len(OUTCOMES), -30.0, dtype=np.float32)
    for row, cls in enumerate(clf.classes_):
        w[int(cls)], b[int(cls)] = clf.coef_[row], clf.intercept_[row]
    return {"pol_w": w, "pol_b": b}


def fit_document(x: np.ndarray, y: list[str], c: float) -> dict[str, np.ndarray]:
    """Return the standardisation and weights of the document model fitted on rows x."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    target = np.array([OUTCOMES.index(v) for v in y])
    clf = LogisticRegression(C=c, max_iter=3000).fit((x - mean) / scale, target)
    w = np.zeros((len(OUTCOMES), x.shape[1]), dtype=np.float32)
    b = np.full(len(OUTCOMES), -30.0, dtype=np.float32)
    for row, cls in enumerate(clf.classes_):
        w[int(cls)], b[int(cls)] = clf.coef_[row], clf.intercept_[row]
    return {"doc_w": w, "doc_b": b, "mean": mean.astype(np.float32), "scale": scale.astype(np.float32)}


def doc_probs(arrays: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Return P(outcome) per row."""
    return softmax(((x - arrays["mean"]) / arrays["scale"]) @ arrays["doc_w"].T + arrays["doc_b"])


def combine(
    rules: list[str], probs: np.ndarray, threshold: float, kept: list[bool] | None = None
) -> list[str]:
    """Return the outcome per document: the model's where it is at least `threshold` sure and the engine lets it
    decide (`kept` marks the rules' outcomes the engine keeps), else the rules'."""
    kept = kept or [False] * len(rules)
    return [
        OUTCOMES[int(p.argmax())] if float(p.max()) >= threshold and not k else r
        for r, p, k in zip(rules, probs, kept, strict=True)
    ]


def cross_fit_learned(
    docs: list[Doc],
    sentences: list[tuple[str, str, str]],
    polar: list[tuple[str, str, str]],
    vec: dict[str, np.ndarray],
) -> None:
    """Fill each document's learned features from sentence and polarity models fitted without its author."""
    for author in sorted({d.author for d in docs}):
        s_rows = [r for r in sentences if r[0] != author]
        p_rows = [r for r in polar if r[0] != author]
        s_model = fit_sentences(
            np.stack([vec[t] for _, t, _ in s_rows]), [lab for _, _, lab in s_rows], SENTENCE_C
        )
        p_model = fit_polarity(np.stack([vec[t] for _, t, _ in p_rows]), [o for _, _, o in p_rows])
        for d in (d for d in docs if d.author == author):
            d.learned = features_for(d.candidates, s_model, p_model, vec)


def features_for(
    texts: list[str],
    s_model: dict[str, np.ndarray],
    p_model: dict[str, np.ndarray],
    vec: dict[str, np.ndarray],
) -> np.ndarray:
    """Return the learned features of one document's candidates under the given sentence and polarity models."""
    if not texts:
        return learned_features(np.zeros((0, len(LABELS))), np.zeros((0, len(OUTCOMES))))
    x = np.stack([vec[t] for t in texts])
    return learned_features(probabilities(s_model, x), softmax(x @ p_model["pol_w"].T + p_model["pol_b"]))


def choose(x: np.ndarray, docs: list[Doc], rows: list[int]) -> tuple[float, float]:
    """Return (C, threshold) with the best pooled leave-one-author-out accuracy of the combination on `rows`
    (on a tie, the higher threshold: fewer overrides of the rules)."""
    authors = sorted({docs[i].author for i in rows})
    best: tuple[float, float, float] = (-1.0, C_GRID[0], THRESHOLDS[-1])
    for c in C_GRID:
        probs = np.zeros((len(rows), len(OUTCOMES)))
        for author in authors:
            train = [k for k, i in enumerate(rows) if docs[i].author != author]
            held = [k for k, i in enumerate(rows) if docs[i].author == author]
            arrays = fit_document(x[[rows[k] for k in train]], [docs[rows[k]].gold for k in train], c)
            probs[held] = doc_probs(arrays, x[[rows[k] for k in held]])
        for t in THRESHOLDS:
            got = combine([docs[i].rules for i in rows], probs, t, [docs[i].kept for i in rows])
            acc = sum(g == docs[i].gold for g, i in zip(got, rows, strict=True)) / len(rows)
            if acc > best[0] + 1e-9 or (abs(acc - best[0]) <= 1e-9 and t > best[2]):
                best = (acc, c, t)  # on a tie the higher threshold: the rules stay unless overriding helps
    return best[1], best[2]


def compare(docs: list[Doc], x: np.ndarray) -> dict[str, Any]:
    """Return the held-out figures of rules, model and combination (nested choice of C and threshold), per author."""
    authors = sorted({d.author for d in docs})
    combined = [""] * len(docs)
    model_only = [""] * len(docs)
    chosen: dict[str, list[float]] = {}
    for author in authors:
        train = [i for i, d in enumerate(docs) if d.author != author]
        held = [i for i, d in enumerate(docs) if d.author == author]
        c, t = choose(x, docs, train)
        chosen[author] = [c, t]
        arrays = fit_document(x[train], [docs[i].gold for i in train], c)
        probs = doc_probs(arrays, x[held])
        got = combine([docs[i].rules for i in held], probs, t, [docs[i].kept for i in held])
        for i, p, g in zip(held, probs, got, strict=True):
            combined[i], model_only[i] = g, OUTCOMES[int(p.argmax())]
    gold = [d.gold for d in docs]
    rules = [d.rules for d in docs]

    def acc(got: list[str], idx: list[int] | None = None) -> float:
        idx = idx if idx is not None else list(range(len(docs)))
        return round(sum(got[i] == gold[i] for i in idx) / len(idx), 4)

    per_author = {
        a: {
            "n": len(idx),
            "rules": acc(rules, idx),
            "model": acc(model_only, idx),
            "combined": acc(combined, idx),
            "C_threshold": chosen[a],
        }
        for a in authors
        for idx in [[i for i, d in enumerate(docs) if d.author == a]]
    }
    return {
        "documents": len(docs),
        "authors": len(authors),
        "rules": acc(rules),
        "model": acc(model_only),
        "combined": acc(combined),
        "per_author": per_author,
        "confusions_rules": confusions(gold, rules),
        "confusions_combined": confusions(gold, combined),
    }


def confusions(gold: list[str], got: list[str]) -> dict[str, int]:
    """Return 'gold -> got' counts of the errors."""
    return dict(Counter(f"{g} -> {p}" for g, p in zip(gold, got, strict=True) if g != p).most_common())


def save(arrays: dict[str, np.ndarray], header: dict[str, Any], npz: Path = ARTEFACT) -> None:
    """Write the arrays (reproducible zip) and the JSON header beside them."""
    from coach.minutes.learned import save as save_npz

    save_npz(arrays, header, npz)


def main(argv: list[str] | None = None) -> int:
    """Compare by author, then fit on every tuning author and write the artefact (unless --cv-only)."""
    parser = argparse.ArgumentParser(prog="python -m coach.minutes.outcome_train")
    parser.add_argument("--cv-only", action="store_true", help="print the comparison, write nothing")
    parser.add_argument("--folder", type=Path, default=TUNE)
    args = parser.parse_args(argv)
    files = tuning_files(args.folder)
    docs, sentences, polar = load(files)
    if len({d.gold for d in docs}) < 2 or len({d.author for d in docs}) < 3:
        print("Not enough labelled notes to train on.", file=sys.stderr)
        return 1
    texts = sorted(
        {t for d in docs for t in d.candidates} | {t for _, t, _ in sentences} | {t for _, t, _ in polar}
    )
    vec = dict(zip(texts, embed(texts), strict=True))
    cross_fit_learned(docs, sentences, polar, vec)
    x = np.stack([np.concatenate([d.structured, d.learned]) for d in docs])
    figures = compare(docs, x)
    print(json.dumps(figures, indent=2))
    if args.cv_only:
        return 0
    c, threshold = choose(x, docs, list(range(len(docs))))
    if figures["combined"] < figures["rules"]:
        threshold = 1.01  # the model never overrides the rules: it was worse than them held out
    arrays = fit_document(x, [d.gold for d in docs], c)
    arrays |= fit_polarity(np.stack([vec[t] for _, t, _ in polar]), [o for _, _, o in polar])
    header = {
        "features": list(FEATURES),
        "feature_version": FEATURE_VERSION,
        "outcomes": list(OUTCOMES),
        "data_hash": data_hash(files),
        "C": c,
        "threshold": threshold,
        "loao": {k: v for k, v in figures.items() if k != "per_author"},
        "loao_per_author": figures["per_author"],
    }
    save(arrays, header)
    print(f"wrote {ARTEFACT} (C={c}, threshold={threshold})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
