"""The model: sentence classifiers (dimensions, grade) and a document-level combiner, as plain numpy arrays.

A sentence's dimensions are scored by two models, one over the e5 vector, cues and context — linear, or a network
with one hidden layer (`mlp.py`, arrays `mlp_*`) —, one over hashed character n-grams (`ngrams.py`), fused on the
logit scale (weight `ng_mix`). Its grade (specific / vague / negated / deferred) is a separate linear classifier
over the sentence's own e5 vector and cues, the cues interacting with the dimension, or the network's grade head.
Fitting uses scikit-learn and numpy; applying it is numpy only. The artefact is an `.npz` of the
coefficients (written with fixed zip timestamps, so `make train` is byte-for-byte reproducible) and a JSON header.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from coach.qualify.learned import answers, mlp, ngrams
from coach.qualify.learned.features import CUE_NAMES, E5_DIM
from coach.qualify.learned.units import Names, Unit
from coach.qualify.models import ALL_DIMENSIONS

DIMS: tuple[str, ...] = tuple(ALL_DIMENSIONS)
GRADES = ("specific", "vague", "negated", "deferred")
LABELS = ("covered", "partial", "missing")
BASE_FEATURES = ("max", "specific", "vague", "negated", "mass", "specific_mass")
# the second-best specific sentence, the grade of the sentence that speaks most clearly to the dimension, and how
# many sentences speak to it: one specific sentence among vague ones is weaker evidence than two
EXTRA_FEATURES = ("second_specific", "top_specific", "top_vague", "count")
EXTRA_DOC = True
DOC_FEATURES = BASE_FEATURES + EXTRA_FEATURES
RULE_LABELS = LABELS
# Dimensions whose grade is a judgement ("Then that fits.", "I want this fixed.") rather than a fact with a number,
# date or name: with `grade_split`, their grade model gets its own weights over the sentence's e5 vector and cues.
JUDGEMENT_DIMS = (
    "negative_consequences",
    "positive_implications",
    "will_to_change",
    "information_relevance",
    "offer_fit",
)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class Model:
    """Coefficients of the sentence and document classifiers plus their header."""

    arrays: dict[str, np.ndarray]
    header: dict[str, Any] = field(default_factory=dict)

    @property
    def engine(self) -> str:
        """Return which document combiner this model applies: 'learned' or 'combined' (rules' statuses as input)."""
        engine = str(self.header.get("engine", "combined"))
        return engine if engine in ("learned", "combined") else "combined"

    @property
    def uses_rules(self) -> bool:
        """Return True when the document combiner takes the rules' statuses as input."""
        return self.engine == "combined"

    def variant(self, engine: str) -> Model:
        """Return the same sentence model with the other document combiner ('learned' or 'combined')."""
        return Model(arrays=self.arrays, header=dict(self.header) | {"engine": engine})

    def dim_probs(self, x: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
        """Return P(sentence speaks to dimension) as an (n, 11) matrix (with the n-gram model when texts are given)."""
        if "mlp_w1" in self.arrays:
            z = mlp.dim_logits(self.arrays, x)
        else:
            z = x @ self.arrays["dims_w"].T + self.arrays["dims_b"]
        if "ng_w" in self.arrays and texts is not None and len(texts) == len(x):
            mix = float(np.asarray(self.arrays["ng_mix"]).reshape(-1)[0])  # saved 0-d arrays load as (1,)
            rows = ngrams.tfidf(texts, self.arrays["ng_idf"])
            z = (1.0 - mix) * z + mix * ngrams.scores(rows, self.arrays["ng_w"], self.arrays["ng_b"])
        return _sigmoid(z)

    def sentence_probs(
        self, x: np.ndarray, segments: list[Unit], names: Names | None, ref: date
    ) -> np.ndarray:
        """Return P(sentence speaks to dimension), short answers raised by their question (header's inherit_*)."""
        probs = self.dim_probs(x, [s.text for s in segments])
        weight = float(self.header.get("inherit_weight", 0.0))
        words = int(self.header.get("inherit_words", answers.WORDS))
        own = float(self.header.get("inherit_own", 1.0))
        return answers.inherit(probs, segments, self.dim_probs, names, ref, weight, words, own)

    def grade_probs(self, x: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
        """Return P(grade | sentence, dimension) as an (n, 11, 4) array (cues interact with the dimension).

        With `texts` (one per row) and a grade n-gram model in the artefact, its scores are added (weight gng_mix).
        With a network in the artefact, its grade head gives the logits.
        """
        if "mlp_w3" in self.arrays:
            logits = mlp.grade_logits(self.arrays, x)
            if "gng_w" in self.arrays and texts is not None and len(texts) == len(x):
                mix = float(np.asarray(self.arrays["gng_mix"]).reshape(-1)[0])
                rows = ngrams.tfidf(texts, self.arrays["ng_idf"])
                gng = ngrams.scores(rows, self.arrays["gng_w"], self.arrays["gng_b"])
                logits = logits + mix * gng[:, None, :]
            return specific_needs_evidence(x, _softmax(logits), texts)
        w, b = self.arrays["grade_w"], self.arrays["grade_b"]
        nd, c = len(DIMS), len(CUE_NAMES)
        f = E5_DIM + c  # the sentence's own e5 vector and cues (not its context)
        base = x[:, :f] @ w[:, :f].T + b  # (n, 4)
        if "gng_w" in self.arrays and texts is not None and len(texts) == len(x):
            mix = float(np.asarray(self.arrays["gng_mix"]).reshape(-1)[0])
            rows = ngrams.tfidf(texts, self.arrays["ng_idf"])
            base = base + mix * ngrams.scores(rows, self.arrays["gng_w"], self.arrays["gng_b"])
        per_dim = w[:, f : f + nd].T  # (11, 4)
        inter = w[:, f + nd : f + nd + nd * c].reshape(len(GRADES), nd, c)  # (4, 11, c)
        cue_part = np.einsum("nc,gdc->ndg", x[:, E5_DIM : E5_DIM + c], inter)
        logits = base[:, None, :] + per_dim[None, :, :] + cue_part
        if w.shape[1] > f + nd + nd * c:  # grade_split: the judgement dimensions' own weights
            judged = x[:, :f] @ w[:, f + nd + nd * c :].T  # (n, 4)
            for d in JUDGEMENT_DIMS:
                logits[:, DIMS.index(d), :] += judged
        probs = _softmax(logits)
        return specific_needs_evidence(x, probs, texts)

    def doc_probs(self, rows: np.ndarray) -> np.ndarray:
        """Return the combiner's P(covered, partial, missing) per document-dimension row."""
        w, b = self.arrays[f"stack_{self.engine}_w"], self.arrays[f"stack_{self.engine}_b"]
        return _softmax(rows @ w.T + b)

    def covered_thresholds(self) -> list[float]:
        """Return the minimum P(covered) per dimension (header's covered_min_dims, else covered_min for all)."""
        tau = float(self.header.get("covered_min", 0.0))
        per_dim = self.header.get("covered_min_dims") or {}
        return [float(per_dim.get(d, tau)) for d in DIMS]

    def doc_labels(self, rows: np.ndarray) -> list[str]:
        """Return a label per document-dimension row of the combiner's features (rows in the order of DIMS)."""
        return labels_from_probs(self.doc_probs(rows), self.covered_thresholds())


def labels_from_probs(p: np.ndarray, taus: list[float]) -> list[str]:
    """Return the labels of one document's (11, 3) combiner probabilities under per-dimension covered thresholds.

    The most likely label wins, except that covered needs P(covered) at its dimension's threshold; short of it,
    the likelier of partial and missing.
    """
    out = []
    for j, row in enumerate(p):
        best = int(np.argmax(row))
        if best == 0 and row[0] < taus[j % len(taus)]:
            best = 1 if row[1] >= row[2] else 2
        out.append(LABELS[best])
    return out


def _shape(x: np.ndarray, eligible: np.ndarray) -> list[float]:
    """Return the document's shape: share of labelled lines ('Budget: …'), and whether it has customer turns."""
    rows = x[eligible] if len(x) else x
    if not len(rows):
        return [0.0, 0.0]
    label = rows[:, E5_DIM + CUE_NAMES.index("label")]
    turns = rows[:, E5_DIM + CUE_NAMES.index("customer_turn")]
    return [float(label.mean()), float(turns.max())]


# What makes a statement about these dimensions specific (label guide): an amount, a date.
SPECIFIC_NEEDS = {
    "budget": ("money", "digit", "amount"),
    "timeline": ("date", "digit"),
}
# Who decides is specific with a person: named, pointed at by a pronoun ("Er entscheidet allein", "She signs") or the
# speaker ("Das mache ich.", "Me, in the end."). A role or group without one is not ("The CFO signs."): a sentence
# with a role cue and no person cue keeps no 'specific' for authority. Until round 14 every authority sentence without
# a name cue lost its 'specific' — a fifth of the sentences the authors graded specific (pronouns, the speaker).
PERSON_CUES = ("person", "pronoun_person", "full_name", "self_decide")
PERSON_WORD = re.compile(
    r"\b(?:ich|mir|mich|wir|uns|er|sie|ihm|ihr|i|me|my|mine|myself|we|us|our|he|she|him|her|himself|herself)\b",
    re.IGNORECASE,
)


def _cue(x: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
    """Return per row whether any of the named cue columns is set."""
    has = np.zeros(len(x), dtype=bool)
    for cue in names:
        has |= x[:, E5_DIM + CUE_NAMES.index(cue)] > 0.5
    return has


def specific_needs_evidence(x: np.ndarray, probs: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
    """Return grade probabilities where 'specific' is moved to 'vague' when the sentence lacks the needed cue.

    Authority: only a sentence naming a role without a person (by cue, or by a pronoun in `texts`) loses it.
    """
    out = probs.copy()
    lacking = {dim: ~_cue(x, needed) for dim, needed in SPECIFIC_NEEDS.items()}
    person = _cue(x, PERSON_CUES)
    if texts is not None and len(texts) == len(x):
        person |= np.array([bool(PERSON_WORD.search(t)) for t in texts], dtype=bool)
    lacking["authority"] = _cue(x, ("role",)) & ~person
    for dim, lack in lacking.items():
        j = DIMS.index(dim)
        out[lack, j, 1] += out[lack, j, 0]
        out[lack, j, 0] = 0.0
    return out


def doc_rows(
    probs: np.ndarray,
    grades: np.ndarray,
    eligible: np.ndarray,
    rules: dict[str, str] | None,
    x: np.ndarray | None = None,
    cross: bool = False,
    length: bool = False,
) -> np.ndarray:
    """Return the combiner's input, one row per dimension: sentence evidence summaries, dimension, rules' status.

    With the rules' status, the document's shape (labelled bullets, transcript) lets the combiner learn where
    the rules are reliable. With `cross`, each row also sees how strongly the document speaks to every dimension
    (per dimension: whether a decision maker is named tells how to read a will to change). With `length`, each row
    also sees how many sentences the document has, alone and times its strongest and vaguest evidence: in a long
    transcript the best of many sentences is weaker evidence than the best of five bullets.
    """
    rows = []
    shape = _shape(x, eligible) if x is not None else [0.0, 0.0]
    p_all = probs[eligible] if len(probs) else np.zeros((0, len(DIMS)))
    g_all = grades[eligible] if len(grades) else np.zeros((0, len(DIMS), len(GRADES)))
    for j, dim in enumerate(DIMS):
        p = p_all[:, j]
        n_feats = len(DOC_FEATURES) if EXTRA_DOC else len(BASE_FEATURES)
        if len(p):
            g = g_all[:, j, :]
            spec = p * g[:, 0]
            feats = [
                p.max(),
                spec.max(),
                (p * g[:, 1]).max(),
                (p * (g[:, 2] + g[:, 3])).max(),
                np.log1p(p.sum()),
                np.log1p(spec.sum()),
            ]
            if EXTRA_DOC:
                top = int(np.argmax(p))
                second = float(np.sort(spec)[-2]) if len(spec) > 1 else 0.0
                feats += [second, float(g[top, 0]), float(g[top, 1]), np.log1p(float((p > 0.5).sum()))]
        else:
            feats = [0.0] * n_feats
        onehot = [1.0 if k == j else 0.0 for k in range(len(DIMS))]
        per_dim = [f * o for o in onehot for f in feats]
        rule = [1.0 if rules and rules.get(dim) == lab else 0.0 for lab in RULE_LABELS] if rules else []
        rule_dim = [r * o for o in onehot for r in rule]
        rule_shape = [r * sh for sh in shape for r in rule]
        size = [np.log1p(len(p)) / 4.0] if length else []
        size_x = [v * size[0] for v in (feats[0], feats[2], feats[4])] if length else []
        rows.append(feats + onehot + per_dim + rule + rule_dim + rule_shape + shape + size + size_x)
    if cross:
        if len(p_all):
            spec_all = p_all * g_all[:, :, 0]
            doc = np.concatenate([p_all.max(axis=0), spec_all.max(axis=0)])
        else:
            doc = np.zeros(2 * len(DIMS))
        rows = [
            r + [v * o for o in r[len(DOC_FEATURES) : len(DOC_FEATURES) + len(DIMS)] for v in doc]
            for r in rows
        ]
    return np.asarray(rows, dtype=np.float64)


# --- fitting --------------------------------------------------------------------------------------------------


def fit_dims(x: np.ndarray, targets: np.ndarray, c: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Return (weights, biases) of the per-dimension classifiers: ridge scores, then a sigmoid fitted per dimension.

    Ridge regression on the ±1 targets is one linear solve for all eleven dimensions (the wide context features
    made eleven logistic regressions too slow to train on two shared cores); a one-feature logistic regression per
    dimension turns its score into a probability. `c` is the inverse of the ridge penalty, as in LogisticRegression.
    """
    from sklearn.linear_model import LogisticRegression

    xa = np.hstack([x, np.ones((len(x), 1))]).astype(np.float64)
    gram = xa.T @ xa
    penalty = np.full(xa.shape[1], 1.0 / c)
    penalty[-1] = 0.0  # the intercept is not penalised
    coef = np.linalg.solve(gram + np.diag(penalty), xa.T @ (2.0 * targets - 1.0))
    scores = xa @ coef
    dims_w = np.zeros((targets.shape[1], x.shape[1]))
    dims_b = np.zeros(targets.shape[1])
    for j in range(targets.shape[1]):
        y = targets[:, j]
        if y.min() == y.max():
            dims_b[j] = -8.0 if y.max() == 0 else 8.0
            continue
        platt = LogisticRegression(C=100.0, max_iter=1000, class_weight="balanced")
        platt.fit(scores[:, j : j + 1], y)
        a, b0 = platt.coef_[0, 0], platt.intercept_[0]
        dims_w[j], dims_b[j] = a * coef[:-1, j], a * coef[-1, j] + b0
    return dims_w, dims_b


def fit_ngrams(texts: list[str], targets: np.ndarray, alpha: float = 1.0) -> dict[str, np.ndarray]:
    """Return the n-gram dimension model: IDF, ridge weights on ±1 targets, then a sigmoid fitted per dimension."""
    from sklearn.linear_model import LogisticRegression, Ridge

    idf = ngrams.fit_idf(texts)
    xs = ngrams.matrix(ngrams.tfidf(texts, idf))
    ridge = Ridge(alpha=alpha, solver="sparse_cg", fit_intercept=True, tol=1e-4)
    ridge.fit(xs, 2.0 * targets - 1.0)
    w = np.asarray(ridge.coef_, dtype=np.float64).reshape(targets.shape[1], -1)
    b = np.asarray(ridge.intercept_, dtype=np.float64).reshape(-1)
    scores = np.asarray(xs @ w.T) + b
    for j in range(targets.shape[1]):
        y = targets[:, j]
        if y.min() == y.max():
            w[j], b[j] = 0.0, (-8.0 if y.max() == 0 else 8.0)
            continue
        platt = LogisticRegression(C=100.0, max_iter=1000, class_weight="balanced")
        platt.fit(scores[:, j : j + 1], y)
        a, b0 = platt.coef_[0, 0], platt.intercept_[0]
        w[j], b[j] = a * w[j], a * b[j] + b0
    return {"ng_w": w.astype(np.float16), "ng_b": b.astype(np.float32), "ng_idf": idf.astype(np.float32)}


def fit_sentences(
    x: np.ndarray,
    dim_targets: np.ndarray,
    grade_rows: list[tuple[int, int, int]],
    c_dims: float = 1.0,
    c_grade: float = 1.0,
    grade_balanced: bool = False,
    texts: list[str] | None = None,
    ngram_mix: float = 0.3,
    ngram_alpha: float = 1.0,
    grade_ngram_mix: float = 0.0,
    grade_split: bool = False,
    network: mlp.MlpParams | None = None,
    groups: np.ndarray | None = None,
    weights: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Return the sentence classifiers' arrays: one-vs-rest dimensions and a grade model with a per-dimension bias.

    `dim_targets` is (n, 11) of 0/1; `grade_rows` holds (sentence index, dimension index, grade index); `texts`
    (one per row) add the n-gram dimension model, fused with weight `ngram_mix`. The grade model reads the
    sentence's own e5 vector and cues; its cues interact with the dimension (a number makes a budget specific,
    not a challenge); with `grade_split` the judgement dimensions (JUDGEMENT_DIMS) add weights of their own.
    With `network`, a one-hidden-layer net (mlp.py) takes the place of both linear models: `groups` (each row's
    author) choose its early-stopping authors, `weights` weigh its rows.
    """
    if network is not None:
        return _fit_network(
            x,
            dim_targets,
            grade_rows,
            network,
            groups,
            weights,
            texts,
            ngram_mix,
            ngram_alpha,
            grade_ngram_mix,
            c_grade,
        )
    from sklearn.linear_model import LogisticRegression

    nd, c = len(DIMS), len(CUE_NAMES)
    f = E5_DIM + c
    dims_w, dims_b = fit_dims(x, dim_targets, c_dims)
    width = f + nd + nd * c + (f if grade_split else 0)
    judged = {DIMS.index(d) for d in JUDGEMENT_DIMS}
    gx = np.zeros((len(grade_rows), width))
    gy = np.zeros(len(grade_rows), dtype=int)
    for r, (i, j, g) in enumerate(grade_rows):
        gx[r, :f] = x[i, :f]
        gx[r, f + j] = 1.0
        gx[r, f + nd + j * c : f + nd + (j + 1) * c] = x[i, E5_DIM : E5_DIM + c]
        if grade_split and j in judged:
            gx[r, f + nd + nd * c :] = x[i, :f]
        gy[r] = g
    grade_w = np.zeros((len(GRADES), width))
    grade_b = np.full(len(GRADES), -8.0)
    present = sorted(set(gy.tolist()))
    if len(present) >= 2:
        clf = LogisticRegression(
            C=c_grade, max_iter=3000, class_weight="balanced" if grade_balanced else None
        )
        clf.fit(gx, gy)
        coef = clf.coef_ if len(present) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]])
        icpt = clf.intercept_ if len(present) > 2 else np.array([-clf.intercept_[0], clf.intercept_[0]])
        for k, g in enumerate(clf.classes_):
            grade_w[g], grade_b[g] = coef[k], icpt[k]
    elif present:
        grade_b[present[0]] = 8.0
    arrays = {
        "dims_w": dims_w.astype(np.float32),
        "dims_b": dims_b.astype(np.float32),
        "grade_w": grade_w.astype(np.float32),
        "grade_b": grade_b.astype(np.float32),
    }
    if texts is not None and ngram_mix > 0:
        arrays |= fit_ngrams(texts, dim_targets, ngram_alpha)
        arrays["ng_mix"] = np.array(ngram_mix, dtype=np.float32)
        if grade_ngram_mix > 0 and len(present) >= 2:
            arrays |= fit_grade_ngrams([texts[i] for i, _, _ in grade_rows], gy, arrays["ng_idf"], c_grade)
            arrays["gng_mix"] = np.array(grade_ngram_mix, dtype=np.float32)
    return arrays


def _fit_network(
    x: np.ndarray,
    dim_targets: np.ndarray,
    grade_rows: list[tuple[int, int, int]],
    network: mlp.MlpParams,
    groups: np.ndarray | None,
    weights: np.ndarray | None,
    texts: list[str] | None,
    ngram_mix: float,
    ngram_alpha: float,
    grade_ngram_mix: float,
    c_grade: float,
) -> dict[str, np.ndarray]:
    """Return the arrays of the network's two heads, plus the n-gram dimension and grade models fused with them."""
    groups = groups if groups is not None else np.zeros(len(x), dtype=int)
    arrays = mlp.fit_mlp(x, dim_targets, grade_rows, groups, weights, network)
    if texts is not None and ngram_mix > 0:
        arrays |= fit_ngrams(texts, dim_targets, ngram_alpha)
        arrays["ng_mix"] = np.array(ngram_mix, dtype=np.float32)
    grades = np.array([g for _, _, g in grade_rows])
    if texts is not None and grade_ngram_mix > 0 and len(set(grades.tolist())) >= 2:
        if "ng_idf" not in arrays:
            arrays["ng_idf"] = ngrams.fit_idf(texts).astype(np.float32)
        arrays |= fit_grade_ngrams([texts[i] for i, _, _ in grade_rows], grades, arrays["ng_idf"], c_grade)
        arrays["gng_mix"] = np.array(grade_ngram_mix, dtype=np.float32)
    return arrays


def fit_grade_ngrams(
    texts: list[str], grades: np.ndarray, idf: np.ndarray, c: float
) -> dict[str, np.ndarray]:
    """Return a grade model over the sentence's character n-grams (hedges, "ca.", "?", "tbd" as word pieces)."""
    from sklearn.linear_model import LogisticRegression

    xs = ngrams.matrix(ngrams.tfidf(texts, idf))
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(xs, grades)
    w = np.zeros((len(GRADES), ngrams.N_FEATURES))
    b = np.full(len(GRADES), -8.0)
    coef = clf.coef_ if len(clf.classes_) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]]) / 2
    icpt = clf.intercept_ if len(clf.classes_) > 2 else np.array([-clf.intercept_[0], clf.intercept_[0]]) / 2
    for k, g in enumerate(clf.classes_):
        w[g], b[g] = coef[k], icpt[k]
    return {"gng_w": w.astype(np.float16), "gng_b": b.astype(np.float32)}


def fit_stack(
    rows: np.ndarray,
    labels: list[str],
    c: float = 1.0,
    engine: str = "combined",
    weights: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Return the document combiner's arrays (multinomial logistic regression over the doc_rows features)."""
    from sklearn.linear_model import LogisticRegression

    y = np.array([LABELS.index(lab) for lab in labels])
    w = np.zeros((len(LABELS), rows.shape[1]))
    b = np.zeros(len(LABELS))
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(rows, y, sample_weight=weights)
    for k, cls in enumerate(clf.classes_):
        if len(clf.classes_) == 2:
            sign = 1 if k == 1 else -1
            w[cls], b[cls] = sign * clf.coef_[0] / 2, sign * clf.intercept_[0] / 2
        else:
            w[cls], b[cls] = clf.coef_[k], clf.intercept_[k]
    for cls in set(range(len(LABELS))) - set(clf.classes_.tolist()):
        b[cls] = -30.0
    return {f"stack_{engine}_w": w.astype(np.float32), f"stack_{engine}_b": b.astype(np.float32)}


# --- the artefact on disk ---------------------------------------------------------------------------------------


def save(model: Model, npz: Path) -> None:
    """Write the arrays to `npz` (fixed timestamps, sorted names) and the header to the `.json` beside it."""
    npz.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(model.arrays):
            data = io.BytesIO()
            array = model.arrays[name]
            if name in mlp.HALF:  # rounded to half precision when fitted: stored as such, exactly
                array = array.astype(np.float16)
            np.lib.format.write_array(data, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data.getvalue())
    npz.write_bytes(buf.getvalue())
    npz.with_suffix(".json").write_text(
        json.dumps(model.header, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def load(npz: Path) -> Model:
    """Return the model stored at `npz` and its JSON header."""
    with np.load(npz, allow_pickle=False) as data:
        arrays = {k: np.asarray(data[k]) for k in data.files}
    for name in mlp.HALF:  # applied in float32 (converting on every call would cost more than the net itself)
        if name in arrays:
            arrays[name] = arrays[name].astype(np.float32)
    header = json.loads(npz.with_suffix(".json").read_text(encoding="utf-8"))
    return Model(arrays=arrays, header=header)
