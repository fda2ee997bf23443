"""`make train`: fit the buyer's decision model (fact / layer / deflect) on the tuning probes, judged leave-one-author-out.

    python -m coach.roleplay.decider_train           # writes coach/resources/models/roleplay-decider.json
    python -m coach.roleplay.decider_train --cv-only # prints the leave-one-author-out comparison, writes nothing

Only the tuning files `evals/datasets/roleplay_probes/tune*.yaml` are read; held-back files (`heldback*.yaml`) never.
The comparison holds out one author's file at a time: the model is fitted on the other authors' probes and the whole
buyer (session, reply analysis, matcher) is scored on the held-out file, against the matcher's shipped thresholds
(tuned on the first author's file, so in-sample there) and, with --cv-only, against thresholds re-picked on the
other authors' files from a small grid (the fair baseline).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from coach.evals.suites.probes import PROBES_DIR, expected_of, read_probes, score_probes
from coach.paths import SCENARIOS_DIR
from coach.roleplay import answering, decider
from coach.roleplay.scenarios import ScenarioLibrary, load_scenarios

C = 0.3  # inverse regularisation strength of the logistic model


def training_files(folder: Path = PROBES_DIR) -> list[Path]:
    """Return the tuning probe files (`tune*.yaml`) of a folder, sorted; never a held-back file."""
    return sorted(p for p in folder.glob("tune*.yaml") if not p.name.startswith("heldback"))


def author_of(path: Path) -> str:
    """Return the author named in a probe file (its stem when none is named)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return str(data.get("author") or path.stem)


def data_hash(files: list[Path] | None = None) -> str:
    """Return a hash of the training files' names and contents and the feature version (what makes the artefact stale)."""
    h = hashlib.sha256(f"features {decider.FEATURE_VERSION}\0".encode())
    for path in files if files is not None else training_files():
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@dataclass
class Rows:
    """Feature rows and class labels of a set of probes."""

    x: np.ndarray
    y: np.ndarray


def probe_row(library: ScenarioLibrary, probe: dict[str, Any]) -> tuple[np.ndarray, int]:
    """Return the features of a probe's question in its buyer state and its class (index into CLASSES)."""
    scenario = library.get(probe["scenario"])
    current, revealed = int(probe.get("objection", 0)), int(probe.get("revealed", 0))
    index = answering.scenario_index(scenario)
    question = str(probe["question"])
    text = index.correct(question) if answering.PARAMS.spelling else question
    scores = answering._scores_in_state(index, text, current, revealed, answering.PARAMS)
    x, _ = decider.features(index, text, scores, current, revealed)
    want = next(iter(expected_of(probe)))
    return x, decider.CLASSES.index(want)


def rows(library: ScenarioLibrary, probes: list[dict[str, Any]]) -> Rows:
    """Return the feature rows and labels of probes."""
    pairs = [probe_row(library, p) for p in probes]
    return Rows(np.array([x for x, _ in pairs]), np.array([y for _, y in pairs]))


def fit(data: Rows, c: float = C, header: dict[str, Any] | None = None) -> decider.Model:
    """Return a multinomial logistic model fitted on standardised features (deterministic)."""
    from sklearn.linear_model import LogisticRegression

    mean = data.x.mean(axis=0)
    scale = data.x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit((data.x - mean) / scale, data.y)
    coef = np.zeros((len(decider.CLASSES), data.x.shape[1]))
    intercept = np.zeros(len(decider.CLASSES))
    for k, label in enumerate(clf.classes_):
        coef[int(label)] = clf.coef_[k] if len(clf.classes_) > 2 else 0.0
        intercept[int(label)] = clf.intercept_[k] if len(clf.classes_) > 2 else 0.0
    return decider.Model(
        mean=np.round(mean, 6),
        scale=np.round(scale, 6),
        coef=np.round(coef, 6),
        intercept=np.round(intercept, 6),
        header=header or {},
    )


def to_dict(model: decider.Model) -> dict[str, Any]:
    """Return the artefact's JSON content for a model."""
    return {
        **model.header,
        "feature_version": decider.FEATURE_VERSION,
        "features": list(decider.FEATURES),
        "classes": list(decider.CLASSES),
        "mean": model.mean.tolist(),
        "scale": model.scale.tolist(),
        "coef": model.coef.tolist(),
        "intercept": model.intercept.tolist(),
    }


def score(
    library: ScenarioLibrary, probes: list[dict[str, Any]], model: decider.Model | None
) -> dict[str, float]:
    """Return the probe metrics of the whole buyer deciding with a model (None: with the matcher's thresholds)."""
    with decider.use_model(model):
        metrics, _ = score_probes(probes, library)
    return metrics


# the thresholds' own leave-one-author-out baseline: the two settings that decide 'nothing to say', re-picked
THRESHOLD_GRID = tuple((t, o) for t in (0.08, 0.10, 0.12, 0.14, 0.16) for o in (-0.06, -0.02, 0.02))


def _threshold_scores(
    library: ScenarioLibrary, by_author: dict[str, list[dict[str, Any]]]
) -> dict[tuple, dict]:
    shipped = answering.PARAMS
    out: dict[tuple, dict] = {}
    try:
        for t, o in THRESHOLD_GRID:
            answering.PARAMS = replace(shipped, threshold=t, outside_offset=o)
            for author, probes in by_author.items():
                out[(t, o, author)] = score(library, probes, None)
    finally:
        answering.PARAMS = shipped
    return out


def leave_one_author_out(
    library: ScenarioLibrary, files: list[Path], c: float = C, retune: bool = False
) -> dict[str, dict[str, dict[str, float]]]:
    """Return, per held-out author, the metrics with the shipped thresholds ('before'), with the model fitted on the
    others ('after') and, with retune, with the thresholds re-picked on the others ('retuned')."""
    by_author = {author_of(f): read_probes(f) for f in files}
    features = {a: rows(library, ps) for a, ps in by_author.items()}
    grid = _threshold_scores(library, by_author) if retune else {}
    out: dict[str, dict[str, dict[str, float]]] = {}
    for held, probes in by_author.items():
        others = [a for a in by_author if a != held]
        if not others:
            continue
        train = Rows(
            np.vstack([features[a].x for a in others]), np.concatenate([features[a].y for a in others])
        )
        model = fit(train, c)
        out[held] = {"before": score(library, probes, None), "after": score(library, probes, model)}
        if grid:
            n = {a: len(by_author[a]) for a in others}
            shipped = (answering.PARAMS.threshold, answering.PARAMS.outside_offset)
            best = max(
                THRESHOLD_GRID,
                key=lambda g: (sum(grid[(*g, a)]["probe_accuracy"] * n[a] for a in others), g == shipped),
            )
            out[held]["retuned"] = grid[(*best, held)]
    return out


def _pooled(results: dict[str, dict[str, dict[str, float]]], counts: dict[str, int], key: str) -> float:
    total = sum(counts[a] for a in results)
    return round(sum(results[a][key]["probe_accuracy"] * counts[a] for a in results) / max(1, total), 4)


def main(argv: list[str] | None = None) -> int:
    """Fit and write the artefact (or, with --cv-only, print the leave-one-author-out comparison); return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="print the comparison, write nothing")
    parser.add_argument("--no-cv", action="store_true", help="skip the comparison")
    parser.add_argument("--folder", type=Path, default=PROBES_DIR)
    parser.add_argument("--out", type=Path, default=decider.ARTEFACT)
    args = parser.parse_args(argv)
    library = load_scenarios(SCENARIOS_DIR)
    files = training_files(args.folder)
    if not files:
        print(f"no tuning probes in {args.folder}", file=sys.stderr)
        return 1
    counts = {author_of(f): len(read_probes(f)) for f in files}
    loao: dict[str, Any] = {}
    if not args.no_cv and len(files) > 1:
        results = leave_one_author_out(library, files, retune=args.cv_only)
        for author, r in results.items():
            b, a = r["before"], r["after"]
            if "retuned" in r:
                print(
                    f"held out {author}: thresholds re-picked on the other authors {r['retuned']['probe_accuracy']:.4f}"
                )
            print(
                f"held out {author} ({counts[author]} probes): shipped thresholds {b['probe_accuracy']:.4f} "
                f"(fact {b.get('fact_accuracy', 0):.3f} layer {b.get('layer_accuracy', 0):.3f} "
                f"deflect {b.get('deflect_accuracy', 0):.3f}) -> learned {a['probe_accuracy']:.4f} "
                f"(fact {a.get('fact_accuracy', 0):.3f} layer {a.get('layer_accuracy', 0):.3f} "
                f"deflect {a.get('deflect_accuracy', 0):.3f}), out of order {int(a['out_of_order'])}"
            )
        loao = {
            "pooled_before": _pooled(results, counts, "before"),
            "pooled_after": _pooled(results, counts, "after"),
            "per_author": {a: {k: v["probe_accuracy"] for k, v in r.items()} for a, r in results.items()},
        }
        if all("retuned" in r for r in results.values()):
            print(
                f"pooled: thresholds re-picked on the other authors {_pooled(results, counts, 'retuned'):.4f}"
            )
        print(f"pooled: shipped thresholds {loao['pooled_before']:.4f} -> learned {loao['pooled_after']:.4f}")
    if args.cv_only:
        return 0
    all_probes = [p for f in files for p in read_probes(f)]
    header = {
        "data_hash": data_hash(files),
        "authors": sorted(counts),
        "probes": len(all_probes),
        "C": C,
        "leave_one_author_out": loao,
    }
    model = fit(rows(library, all_probes), C, header)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_text(json.dumps(to_dict(model), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out} ({len(all_probes)} probes by {len(counts)} authors)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
