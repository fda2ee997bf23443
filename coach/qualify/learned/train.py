"""`make train`: fit the sentence model on the tuning corpus, compare engines by leave-one-author-out, ship the best.

    python -m coach.qualify.learned.train            # writes coach/resources/models/qualify-sentences.{npz,json}
    python -m coach.qualify.learned.train --cv-only  # prints the comparison, writes nothing

The comparison (rules, learned, rules + learned) holds out one author file at a time: the sentence classifiers and
the document combiner are fitted on the other authors (and the older label-only datasets), then scored on the
held-out author's documents, so the figures estimate accuracy on notes by someone the model never saw.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from coach.qualify.assess import assess as assess_rules
from coach.qualify.learned.apply import ARTEFACT, Prepared, prepare
from coach.qualify.learned.corpus import (
    Doc,
    data_hash,
    label_segments,
    load_folder,
    load_legacy,
    training_files,
)
from coach.qualify.learned.features import FEATURE_VERSION, context_vectors, cues, embed
from coach.qualify.learned.model import (
    DIMS,
    GRADES,
    LABELS,
    Model,
    doc_rows,
    fit_sentences,
    fit_stack,
    save,
)
from coach.qualify.learned.units import Unit
from coach.text.document import parse_text
from coach.text.evidence import customer_view

ENGINES = ("rules", "learned", "combined")


@dataclass
class Example:
    """A document with its prepared sentences, sentence targets and the rules' statuses."""

    doc: Doc
    prep: Prepared
    rules: dict[str, str]
    x: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    targets: np.ndarray = field(default_factory=lambda: np.zeros((0, len(DIMS))))
    grade_rows: list[tuple[int, int, int]] = field(default_factory=list)
    # the text of each row of x (its sentences, then the unmatched quotes)
    texts: list[str] = field(default_factory=list)


def build(doc: Doc) -> Example:
    """Return the document's sentences (all of them, sellers' too) with their targets from the evidence quotes."""
    parsed = parse_text(doc.notes)
    prep = prepare(doc.notes, everything=True, doc=parsed)
    # the rules read what they read in the engine: the customer view (seller turns labelled as the seller's)
    rules = assess_rules(customer_view(parsed).text).status
    ex = Example(doc=doc, prep=prep, rules=rules)
    if not doc.evidence:
        return ex
    labels, unmatched = label_segments(doc, prep.segments)
    x_rows = [prep.x]
    ex.texts = [s.text for s in prep.segments] + [q.quote.strip() for q in unmatched]
    if unmatched:
        extra = [Unit(index=-1, text=q.quote.strip(), block=-1) for q in unmatched]
        vec = embed([s.text for s in extra])
        cue = np.stack([cues(s, prep.people, prep.ref) for s in extra])
        x_rows.append(np.hstack([vec, cue, context_vectors(extra)]))
    ex.x = np.vstack(x_rows).astype(np.float32)
    n = len(ex.x)
    ex.targets = np.zeros((n, len(DIMS)))
    per_unit: list[dict[str, str]] = [u.dims for u in labels]
    for q in unmatched:
        per_unit.append({d: q.grade for d in q.dims} if q.side != "seller" else {})
    for i, dims in enumerate(per_unit):
        for d, g in dims.items():
            j = DIMS.index(d)
            ex.targets[i, j] = 1.0
            ex.grade_rows.append((i, j, GRADES.index(g)))
    return ex


@dataclass
class Params:
    """Hyper-parameters chosen by cross-validation."""

    c_dims: float = 1.0
    c_grade: float = 3.0
    c_stack: float = 1.0
    covered_min: float = 0.0
    legacy_weight: float = 1.0  # the older label-only notes (tidy, the rules' home ground) in the combiner
    ngram_mix: float = 0.3  # weight of the character n-gram model in the fused dimension scores (0 = e5 only)
    ngram_alpha: float = 1.0
    grade_ngram_mix: float = 0.5  # weight of the character n-gram grade model (0 = e5 and cues only)
    inherit_weight: float = 0.0  # short answers take this share of their question's dimensions (answers.py)
    inherit_words: int = 12

    def inherit(self) -> dict[str, float]:
        """Return the model header's settings of short answers inheriting their question's dimension."""
        return {"inherit_weight": self.inherit_weight, "inherit_words": self.inherit_words}


# memos of one run, keyed by object ids; each keeps the objects it is keyed by alive, so an id is never reused
_FITTED: dict[tuple[object, ...], tuple[list[Example], Model]] = {}


def fit_sentence_model(examples: list[Example], params: Params) -> Model:
    """Return a model with sentence classifiers fitted on the examples that carry evidence (memoised per run)."""
    key = (
        params.c_dims,
        params.c_grade,
        params.ngram_mix,
        params.ngram_alpha,
        params.grade_ngram_mix,
        tuple(id(e) for e in examples),
    )
    if key not in _FITTED:
        _FITTED[key] = (list(examples), _fit_sentence_model(examples, params))
    return Model(arrays=dict(_FITTED[key][1].arrays))


def _fit_sentence_model(examples: list[Example], params: Params) -> Model:
    xs, ys, grows, texts = [], [], [], []
    offset = 0
    for ex in examples:
        if not ex.doc.evidence or not len(ex.x):
            continue
        xs.append(ex.x)
        ys.append(ex.targets)
        texts.extend(ex.texts)
        grows.extend((i + offset, j, g) for i, j, g in ex.grade_rows)
        offset += len(ex.x)
    arrays = fit_sentences(
        np.vstack(xs),
        np.vstack(ys),
        grows,
        params.c_dims,
        params.c_grade,
        texts=texts,
        ngram_mix=params.ngram_mix,
        ngram_alpha=params.ngram_alpha,
        grade_ngram_mix=params.grade_ngram_mix,
    )
    return Model(arrays=arrays)


def stack_weights(tune: list[Example], legacy: list[Example], params: Params) -> np.ndarray:
    """Return the combiner's sample weight per document-dimension row: 1 for tuning rows, legacy_weight for legacy."""
    return np.concatenate(
        [np.ones(len(tune) * len(DIMS)), np.full(len(legacy) * len(DIMS), params.legacy_weight)]
    )


_ROWS: dict[tuple[int, int, bool, float, int], tuple[Example, np.ndarray]] = {}


def rows_for(model: Model, ex: Example, with_rules: bool, params: Params | None = None) -> np.ndarray:
    """Return the combiner's rows of one document under a sentence model (memoised per run: LOAO asks often)."""
    params = params or Params()
    # the fitted arrays stay alive in _FITTED for the whole run, so their id names the sentence model
    key = (id(model.arrays["dims_w"]), id(ex), with_rules, params.inherit_weight, params.inherit_words)
    if key not in _ROWS:
        sentence_model = Model(arrays=model.arrays, header=dict(model.header) | params.inherit())
        _ROWS[key] = (ex, _rows_for(sentence_model, ex, with_rules))
    return _ROWS[key][1]


def _rows_for(model: Model, ex: Example, with_rules: bool) -> np.ndarray:
    prep = ex.prep
    if len(prep.x):
        probs = model.sentence_probs(prep.x, prep.segments, prep.people, prep.ref)
        grades = model.grade_probs(prep.x, [s.text for s in prep.segments])
    else:
        probs, grades = np.zeros((0, len(DIMS))), np.zeros((0, len(DIMS), len(GRADES)))
    return doc_rows(probs, grades, prep.eligible, ex.rules if with_rules else None, prep.x)


def _score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    n = len(pairs)
    acc = sum(g == p for g, p in pairs) / n if n else 0.0
    tp = sum(g == "covered" and p == "covered" for g, p in pairs)
    fp = sum(g != "covered" and p == "covered" for g, p in pairs)
    fn = sum(g == "covered" and p != "covered" for g, p in pairs)
    return {
        "label_accuracy": round(acc, 4),
        "covered_precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "covered_recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "labels": n,
    }


def _predict(model: Model, rows: np.ndarray, covered_min: float) -> list[str]:
    model.header["covered_min"] = covered_min
    return model.doc_labels(rows)


_STACKS: dict[tuple[object, ...], dict[str, np.ndarray]] = {}


def loao(tune: list[Example], legacy: list[Example], params: Params) -> dict[str, object]:
    """Return leave-one-author-out figures of the three engines on the tuning data, and of each fold's model on legacy."""
    authors = sorted({ex.doc.group for ex in tune})
    fold_models = {a: fit_sentence_model([e for e in tune if e.doc.group != a], params) for a in authors}
    oof = {id(ex): fold_models[ex.doc.group] for ex in tune}
    pairs: dict[str, list[tuple[str, str]]] = {e: [] for e in ENGINES}
    per_author: dict[str, dict[str, dict[str, float]]] = {}
    for a in authors:
        held = [e for e in tune if e.doc.group == a]
        rest = [e for e in tune if e.doc.group != a]
        fm = fold_models[a]
        author_pairs: dict[str, list[tuple[str, str]]] = {e: [] for e in ENGINES}
        for engine in ("learned", "combined"):
            wr = engine == "combined"
            train_rows = [rows_for(oof[id(e)], e, wr, params) for e in rest] + [
                rows_for(fm, e, wr, params) for e in legacy
            ]
            train_labels = [e.doc.labels[d] for e in rest + legacy for d in DIMS]
            weights = stack_weights(rest, legacy, params)
            # parameter sets that differ only in covered_min share the fitted combiner
            skey = (
                id(fm.arrays["dims_w"]),
                engine,
                params.c_stack,
                params.legacy_weight,
                *params.inherit().values(),
            )
            if skey not in _STACKS:
                _STACKS[skey] = fit_stack(
                    np.vstack(train_rows), train_labels, params.c_stack, engine, weights
                )
            stack = Model(arrays=dict(fm.arrays) | _STACKS[skey], header={"engine": engine})
            for ex in held:
                got = _predict(stack, rows_for(fm, ex, wr, params), params.covered_min)
                author_pairs[engine].extend(zip([ex.doc.labels[d] for d in DIMS], got, strict=True))
        for ex in held:
            author_pairs["rules"].extend((ex.doc.labels[d], ex.rules[d]) for d in DIMS)
        per_author[a] = {e: _score(p) for e, p in author_pairs.items()}
        for e in ENGINES:
            pairs[e].extend(author_pairs[e])
    return {
        "authors": len(authors),
        "documents": len(tune),
        "engines": {e: _score(p) for e, p in pairs.items()},
        "per_author": per_author,
    }


def legacy_figures(tune: list[Example], legacy: list[Example], params: Params) -> dict[str, dict[str, float]]:
    """Return the engines' figures on the older datasets with everything fitted on the tuning corpus only."""
    if not tune or not legacy:
        return {}
    model = fit_sentence_model(tune, params)
    authors = sorted({ex.doc.group for ex in tune})
    folds = {a: fit_sentence_model([e for e in tune if e.doc.group != a], params) for a in authors}
    out: dict[str, dict[str, float]] = {}
    for engine in ("learned", "combined"):
        wr = engine == "combined"
        rows = [rows_for(folds[e.doc.group], e, wr, params) for e in tune]
        labels = [e.doc.labels[d] for e in tune for d in DIMS]
        stack = Model(
            arrays=dict(model.arrays) | fit_stack(np.vstack(rows), labels, params.c_stack, engine),
            header={"engine": engine},
        )
        pairs = []
        for ex in legacy:
            got = _predict(stack, rows_for(model, ex, wr, params), params.covered_min)
            pairs.extend(zip([ex.doc.labels[d] for d in DIMS], got, strict=True))
        out[engine] = _score(pairs)
    out["rules"] = _score([(ex.doc.labels[d], ex.rules[d]) for ex in legacy for d in DIMS])
    return out


def train_final(tune: list[Example], legacy: list[Example], params: Params, engine: str) -> Model:
    """Return the shipped model: sentence classifiers on all tuning data, both combiners on out-of-fold rows."""
    model = fit_sentence_model(tune, params)
    authors = sorted({ex.doc.group for ex in tune})
    folds = {a: fit_sentence_model([e for e in tune if e.doc.group != a], params) for a in authors}
    for variant in ("learned", "combined"):
        wr = variant == "combined"
        rows = [rows_for(folds[e.doc.group], e, wr, params) for e in tune] + [
            rows_for(model, e, wr, params) for e in legacy
        ]
        labels = [e.doc.labels[d] for e in tune + legacy for d in DIMS]
        weights = stack_weights(tune, legacy, params)
        model.arrays |= fit_stack(np.vstack(rows), labels, params.c_stack, variant, weights)
    model.header = {"covered_min": params.covered_min, "engine": engine} | params.inherit()
    return model


def load_examples(tune_dir: Path | None = None, legacy: bool = True) -> tuple[list[Example], list[Example]]:
    """Return the prepared tuning examples and (unless `legacy` is False) the older label-only examples."""
    from coach.qualify.learned.corpus import TUNE_DIR

    folder = tune_dir or TUNE_DIR
    tune_docs = load_folder(folder) if folder.is_dir() else []
    tune = [build(d) for d in tune_docs if d.evidence]
    old = [build(d) for d in load_legacy()] if legacy else []
    return tune, old


# The combiner's parameters are chosen by leave-one-author-out among these. Earlier rounds: c_stack 0.3 / 1.0 and
# c_grade were within 0.01 on 7 authors. On 15 authors (18 settings, 2026-11-30): legacy_weight 1 (how much the
# combiner learns from the project's own tidy notes, qualify.yaml / qualify_extra.yaml, where the rules are reliable)
# no longer keeps those notes at the floor; 4 costs 0.014; short answers inheriting their question's dimension
# (inherit_weight 0.7) helped slightly at every legacy weight; covered_min is the calibrated threshold on the covered
# decision (precision first). The grade n-gram model (grade_ngram_mix 0.5; 1.0 was no better) raised grouped
# 5-fold accuracy by 0.01.
GRID = [
    Params(c_stack=0.3, covered_min=tau, legacy_weight=lw, inherit_weight=0.7)
    for lw in (2.0, 3.0)
    for tau in (0.5, 0.6)
]
# The project's own notes (the dev split of qualify.yaml, which the shipped combiner also learns from) must keep
# this label accuracy: `coach eval --suite qualify` gates at 0.90 over dev and holdout (a model at 0.922 on dev
# scored 0.896 there, hence 0.925).
OWN_NOTES_MIN = 0.925


def own_notes_accuracy(tune: list[Example], legacy: list[Example], params: Params, engine: str) -> float:
    """Return the label accuracy of the would-be shipped model on the dev cases of the project's own notes."""
    dev = [e for e in legacy if e.doc.group == "qualify" and e.doc.split == "dev"]
    if not dev:
        return 1.0
    model = train_final(tune, legacy, params, engine).variant(engine)
    pairs = []
    for ex in dev:
        got = _predict(model, rows_for(model, ex, model.uses_rules, params), params.covered_min)
        pairs.extend(zip([ex.doc.labels[d] for d in DIMS], got, strict=True))
    return _score(pairs)["label_accuracy"]


def select(
    tune: list[Example], legacy: list[Example], grid: list[Params]
) -> tuple[Params, str, dict[str, object]]:
    """Return the parameters and engine with the best leave-one-author-out figures, and their figures.

    Among the candidates that keep the project's own notes at OWN_NOTES_MIN (if any do), the best label accuracy
    wins, each point of covered precision short of 0.95 costing half a point.
    """
    scored: list[tuple[bool, float, Params, str, dict[str, object]]] = []
    for params in grid:
        figures = loao(tune, legacy, params)
        figures["own_notes"] = {}
        for engine, score in figures["engines"].items():  # type: ignore[union-attr]
            own = 1.0 if engine == "rules" else own_notes_accuracy(tune, legacy, params, engine)
            figures["own_notes"][engine] = own  # type: ignore[index]
            # a covered label is what a seller acts on: each point of precision short of 0.95 costs half a point
            key = score["label_accuracy"] + 0.5 * min(0.0, score["covered_precision"] - 0.95)
            scored.append((own >= OWN_NOTES_MIN, key, params, engine, figures))
            print(f"  {params} {engine}: key {key:.4f}, own notes (dev) {own:.3f}", file=sys.stderr)
    best = max(scored, key=lambda s: (s[0], s[1]))
    return best[2], best[3], best[4]


def main(argv: list[str] | None = None) -> int:
    """Train, compare, and write the artefact (or only print the comparison with --cv-only)."""
    ap = argparse.ArgumentParser(
        prog="python -m coach.qualify.learned.train", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--cv-only", action="store_true", help="print the leave-one-author-out comparison only")
    ap.add_argument("--tune", type=Path, help="another tuning folder (default evals/datasets/qualify/tune)")
    ap.add_argument(
        "--out", type=Path, default=ARTEFACT, help="where to write the .npz (a .json goes beside it)"
    )
    ap.add_argument(
        "--no-legacy",
        action="store_true",
        help="leave out qualify.yaml and qualify_extra.yaml (label-only data)",
    )
    ap.add_argument(
        "--pseudo-folds",
        type=int,
        default=0,
        help="development only: split every author into N groups (when too few authors have delivered yet)",
    )
    ap.add_argument("--grid", choices=["small", "none"], default="small", help="hyper-parameter search")
    args = ap.parse_args(argv)
    tune, legacy = load_examples(args.tune, legacy=not args.no_legacy)
    if args.pseudo_folds:
        for i, ex in enumerate(tune):
            ex.doc.group = f"{ex.doc.group}#{i % args.pseudo_folds}"
    if len({e.doc.group for e in tune}) < 2:
        print("need tuning files by at least two authors", file=sys.stderr)
        return 2
    grid = GRID if args.grid == "small" else [Params()]
    params, engine, figures = select(tune, legacy, grid)
    legacy_fig = legacy_figures(tune, legacy, params)
    report = {"params": params.__dict__, "engine": engine, "loao": figures["engines"], "legacy": legacy_fig}
    print(json.dumps(report | {"per_author": figures["per_author"]}, indent=2))
    if args.cv_only:
        return 0
    model = train_final(tune, legacy, params, engine)
    files = training_files(args.tune, legacy=not args.no_legacy)
    model.header |= {
        "feature_version": FEATURE_VERSION,
        "data_hash": data_hash(files),
        "dims": list(DIMS),
        "grades": list(GRADES),
        "labels": list(LABELS),
        "params": params.__dict__,
        "loao": figures["engines"],
        "legacy": legacy_fig,
        "authors": figures["authors"],
        "documents": figures["documents"],
        "own_notes": figures["own_notes"],
        "own_notes_min": OWN_NOTES_MIN,
    }
    save(model, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB), engine {engine}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
