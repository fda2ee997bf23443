"""`make train`: fit the buyer's decision model (fact / layer / deflect) on the tuning probes, judged leave-one-author-out.

    python -m coach.roleplay.decider_train           # writes coach/resources/models/roleplay-decider.json
    python -m coach.roleplay.decider_train --cv-only # prints the leave-one-author-out comparison, writes nothing

Only the tuning files `evals/datasets/roleplay_probes/tune*.yaml` are read; held-back files (`heldback*.yaml`) never.
The comparison holds out one author at a time (all of that author's files): the fact ranker and the decision model are
fitted on the other authors' probes and the whole buyer (session, reply analysis, matcher) is scored on the held-out
author's probes, against the matcher's shipped thresholds (tuned on the first author's file, so in-sample there) and,
with --cv-only, against thresholds re-picked on the other authors' files from a small grid (the fair baseline).
Figures are printed per author and pooled, per expected kind (fact / layer / deflect).

The fact ranker carries a topic model (`topics.py`, fitted on the scenarios' fact questions and the probes that expect
a fact); the ranker learns from each author's topic probabilities as a model without that author gives them. The
decision model reads the ranker's choice, the topic probability and a question-kind model (e5 vector -> fact / layer /
deflect, fitted on the probes); its rows, too, read both e5 models' probabilities from models fitted without the
row's author (`held_out_known`), so it learns how far to trust them on a writer they have not seen.

The artefact records a hash of the tuning files, of the scenario files and of both feature lists (the decision model's and the fact
ranker's, with their versions): a test fails when either changed since `make train`, and an artefact built for
other features is not loaded.
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
from coach.roleplay import answering, decider, fact_ranking, topics
from coach.roleplay.scenarios import ScenarioLibrary, load_scenarios

C = 0.3  # inverse regularisation strength of the logistic model
RANKER_C = 0.3  # inverse regularisation strength of the fact ranker
# classes weighted as they come: with 8 authors, leave-one-author-out pooled 0.837 and worst author 0.607 against
# 0.827 and 0.571 with 'balanced' (inverse frequency), which 5 authors had preferred
CLASS_WEIGHT: str | None = None
SELF_WEIGHT = 0.0  # weight of the pairs from the scenarios' own fact questions in the ranker (chosen by LOAO)
# inverse regularisation strength of the topic model (the ranker's topic feature); e5 vectors are short, so it is
# large: leave-one-author-out (10 authors) pooled 0.860 / 0.864 / 0.869 / 0.871 / 0.874 / 0.873 for C = 1, 3, 10, 30,
# 100, 300, the worst author 0.679 up to 100 and 0.667 at 300
TOPIC_C = 100.0
# inverse regularisation strength of the question-kind model (e5 vector -> fact / layer / deflect, a decision feature):
# leave-one-author-out (11 authors) pooled 0.910 at C = 10 and 0.909 at 30, against 0.878 without the model
ASKS_C = 10.0


def training_files(folder: Path = PROBES_DIR) -> list[Path]:
    """Return the tuning probe files (`tune*.yaml`) of a folder, sorted; never a held-back file."""
    return sorted(p for p in folder.glob("tune*.yaml") if not p.name.startswith("heldback"))


def author_of(path: Path) -> str:
    """Return the author named in a probe file (its stem when none is named)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return str(data.get("author") or path.stem)


def probes_by_author(files: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """Return the probes of the files grouped by author (one author may have written several files)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for f in files:
        author = author_of(f)
        out.setdefault(author, []).extend(dict(p, author=author) for p in read_probes(f))
    return out


def feature_signature() -> str:
    """Return the names and versions of the decision features and of the fact ranker's features, as one string."""
    return (
        f"features {decider.FEATURE_VERSION} {','.join(decider.FEATURES)}\0"
        f"rank features {fact_ranking.RANK_FEATURE_VERSION} {','.join(fact_ranking.RANK_FEATURES)}\0"
    )


def scenario_files(folder: Path = SCENARIOS_DIR) -> list[Path]:
    """Return the built-in scenario files (`*.yaml`), sorted: their facts and layers are what the probes are asked
    against."""
    return sorted(folder.glob("*.yaml"))


def data_hash(files: list[Path] | None = None, scenarios: list[Path] | None = None) -> str:
    """Return a hash of the training files' and the scenario files' names and contents and of both models' features
    (what makes the artefact stale: a changed probe, fact, layer or feature)."""
    h = hashlib.sha256(feature_signature().encode())
    for path in files if files is not None else training_files():
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for path in scenarios if scenarios is not None else scenario_files():
        h.update(b"scenario\0" + path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@dataclass
class Rows:
    """Feature rows and class labels of a set of probes."""

    x: np.ndarray
    y: np.ndarray


def _question(index: answering.ScenarioIndex, probe: dict[str, Any]) -> str:
    question = str(probe["question"])
    return index.correct(question) if answering.PARAMS.spelling else question


def probe_row(
    library: ScenarioLibrary,
    probe: dict[str, Any],
    model: decider.Model | None = None,
    known: decider.Known | None = None,
) -> tuple[np.ndarray, int]:
    """Return the features of a probe's question in its buyer state and its class (index into CLASSES); `model`
    brings the fact ranker and the question-kind model, `known` their held-out probabilities."""
    scenario = library.get(probe["scenario"])
    current, revealed = int(probe.get("objection", 0)), int(probe.get("revealed", 0))
    index = answering.scenario_index(scenario)
    text = _question(index, probe)
    scores = answering._scores_in_state(index, text, current, revealed, answering.PARAMS)
    x, _ = decider.features(index, text, scores, current, revealed, model, known)
    want = next(iter(expected_of(probe)))
    return x, decider.CLASSES.index(want)


def rows(
    library: ScenarioLibrary,
    probes: list[dict[str, Any]],
    model: decider.Model | None = None,
    known: dict[int, decider.Known] | None = None,
) -> Rows:
    """Return the feature rows and labels of probes (`known`: held-out probabilities by probe position)."""
    pairs = [probe_row(library, p, model, (known or {}).get(k)) for k, p in enumerate(probes)]
    return Rows(np.array([x for x, _ in pairs]), np.array([y for _, y in pairs]))


def ranker_pairs(
    library: ScenarioLibrary,
    probes: list[dict[str, Any]],
    topic_model: topics.TopicModel | None = None,
    topic_probs: dict[int, np.ndarray] | None = None,
) -> np.ndarray:
    """Return the fact ranker's training pairs from the probes that expect a fact (right fact minus each other fact);
    the topic feature reads `topic_probs` (by probe position: held-out probabilities) where given."""
    out = []
    for k, probe in enumerate(probes):
        want = expected_of(probe)
        if "fact" not in want:
            continue
        index = answering.scenario_index(library.get(probe["scenario"]))
        right = next(
            (n for n, e in enumerate(index.entries) if e.kind == "fact" and e.fact == want["fact"]), None
        )
        if right is None:
            continue
        rows = fact_ranking.fact_rows(
            index,
            _question(index, probe),
            topics=topic_model,
            topic_probs=(topic_probs or {}).get(k),
        )
        out.append(fact_ranking.pair_differences(rows, right))
    return np.vstack(out) if out else np.zeros((0, len(fact_ranking.RANK_FEATURES)))


def scenario_pairs(library: ScenarioLibrary) -> np.ndarray:
    """Return the fact ranker's pairs from the scenarios' own fact questions (each hidden from its fact in turn)."""
    out = [fact_ranking.self_pairs(answering.scenario_index(s)) for s in library.scenarios.values()]
    return np.vstack(out) if out else np.zeros((0, len(fact_ranking.RANK_FEATURES)))


def _topic_rows(library: ScenarioLibrary, probes: list[dict[str, Any]]) -> tuple[list[int], list[str]]:
    """Return the positions of the probes that expect a fact and their fact ids."""
    keep = [k for k, p in enumerate(probes) if "fact" in expected_of(p)]
    return keep, [expected_of(probes[k])["fact"] for k in keep]


def _vector(library: ScenarioLibrary, probe: dict[str, Any]) -> np.ndarray:
    index = answering.scenario_index(library.get(probe["scenario"]))
    return answering._embed([_question(index, probe)], "query")[0]


def fit_topic_model(
    library: ScenarioLibrary, probes: list[dict[str, Any]], c: float = TOPIC_C
) -> topics.TopicModel:
    """Return the topic model fitted on the scenarios' own fact questions and the probes that expect a fact."""
    classes = topics.common_topics([f.id for f in s.facts] for s in library.scenarios.values())
    own = [(q, f.id) for s in library.scenarios.values() for f in s.facts for q in (f.ask, *f.also)]
    vectors = [answering._embed([q], "query")[0] for q, _ in own]
    labels = [label for _, label in own]
    keep, facts = _topic_rows(library, probes)
    vectors += [_vector(library, probes[k]) for k in keep]
    return topics.fit_topics(np.array(vectors), [*labels, *facts], classes, c)


def fit_asks_model(
    library: ScenarioLibrary, probes: list[dict[str, Any]], c: float = ASKS_C
) -> topics.TopicModel:
    """Return the question-kind model: from a question's e5 vector to what it should get (fact / layer / deflect),
    fitted on the probes of every scenario (a wording that no buyer can answer looks alike across scenarios)."""
    vectors = np.array([_vector(library, p) for p in probes])
    labels = [next(iter(expected_of(p))) for p in probes]
    return topics.fit_topics(vectors, labels, list(decider.CLASSES), c)


def held_out_known(library: ScenarioLibrary, probes: list[dict[str, Any]]) -> dict[int, decider.Known]:
    """Return, per probe position, its topic and question-kind probabilities from models fitted without its author
    (so the decision model and the ranker learn how far to trust them on a writer the models have not seen)."""
    authors = sorted({str(p.get("author", "")) for p in probes})
    if len(authors) < 2:
        return {}
    out: dict[int, decider.Known] = {}
    for author in authors:
        others = [p for p in probes if str(p.get("author", "")) != author]
        topic_model = fit_topic_model(library, others)
        asks_model = fit_asks_model(library, others)
        for k, p in enumerate(probes):
            if str(p.get("author", "")) == author:
                v = _vector(library, p)
                out[k] = decider.Known(topic_model.probabilities(v), asks_model.probabilities(v))
    return out


def held_out_topic_probs(library: ScenarioLibrary, probes: list[dict[str, Any]]) -> dict[int, np.ndarray]:
    """Return, per probe position, its topic probabilities from a topic model fitted without its author's probes
    (so the ranker learns how far to trust the topic on a writer the topic model has not seen)."""
    authors = sorted({str(p.get("author", "")) for p in probes})
    if len(authors) < 2:
        return {}
    out: dict[int, np.ndarray] = {}
    for author in authors:
        model = fit_topic_model(library, [p for p in probes if str(p.get("author", "")) != author])
        for k, p in enumerate(probes):
            if str(p.get("author", "")) == author and "fact" in expected_of(p):
                out[k] = model.probabilities(_vector(library, p))
    return out


def fit_ranker(
    library: ScenarioLibrary,
    probes: list[dict[str, Any]],
    c: float = RANKER_C,
    self_weight: float = SELF_WEIGHT,
) -> fact_ranking.Ranker:
    """Return the fact ranker fitted on the probes' pairs (and, with a weight, the scenarios' own questions), with
    its topic model; the pairs read held-out topic probabilities when the probes come from several authors."""
    topic_model = fit_topic_model(library, probes) if answering.embeddings_available() else None
    held_out = held_out_topic_probs(library, probes) if topic_model is not None else {}
    pairs = ranker_pairs(library, probes, topic_model, held_out)
    weights = np.ones(len(pairs))
    if self_weight > 0:
        own = scenario_pairs(library)
        pairs = np.vstack([pairs, own])
        weights = np.concatenate([weights, np.full(len(own), self_weight)])
    return fact_ranking.fit_ranker(pairs, weights, c, topics=topic_model)


def fit_all(
    library: ScenarioLibrary,
    probes: list[dict[str, Any]],
    c: float = C,
    header: dict[str, Any] | None = None,
) -> decider.Model:
    """Return the decision model fitted on probes, with the fact ranker fitted on the probes that expect a fact and
    the question-kind model; the decision rows read the held-out probabilities of both e5 models."""
    if not answering.embeddings_available():
        return fit(rows(library, probes), c, header)
    known = held_out_known(library, probes)
    topic_model = fit_topic_model(library, probes)
    pairs = ranker_pairs(
        library,
        probes,
        topic_model,
        {k: v.topic_probs for k, v in known.items() if v.topic_probs is not None},
    )
    ranker = fact_ranking.fit_ranker(pairs, np.ones(len(pairs)), RANKER_C, topics=topic_model)
    asks = fit_asks_model(library, probes)
    width = len(decider.FEATURES)
    helper = decider.Model(
        np.zeros(width), np.ones(width), np.zeros((3, width)), np.zeros(3), {}, ranker, asks
    )
    model = fit(rows(library, probes, helper, known), c, header)
    return replace(model, ranker=ranker, asks=asks)


def fit(
    data: Rows, c: float = C, header: dict[str, Any] | None = None, class_weight: str | None = CLASS_WEIGHT
) -> decider.Model:
    """Return a multinomial logistic model fitted on standardised features (deterministic)."""
    from sklearn.linear_model import LogisticRegression

    mean = data.x.mean(axis=0)
    scale = data.x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    clf = LogisticRegression(C=c, max_iter=5000, class_weight=class_weight)
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
        **({"ranker": model.ranker.to_dict()} if model.ranker is not None else {}),
        **({"asks": model.asks.to_dict()} if model.asks is not None else {}),
        "rank_feature_version": fact_ranking.RANK_FEATURE_VERSION,
        "rank_features": list(fact_ranking.RANK_FEATURES),
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
    library: ScenarioLibrary, files: list[Path], c: float = C, retune: bool = False, thresholds: bool = True
) -> dict[str, dict[str, dict[str, float]]]:
    """Return, per held-out author, the metrics with the shipped thresholds ('before', unless thresholds=False), with
    the ranker and model fitted on the others ('after') and, with retune, with the thresholds re-picked on the others
    ('retuned')."""
    by_author = probes_by_author(files)
    grid = _threshold_scores(library, by_author) if retune else {}
    out: dict[str, dict[str, dict[str, float]]] = {}
    for held, probes in by_author.items():
        others = [a for a in by_author if a != held]
        if not others:
            continue
        model = fit_all(library, [p for a in others for p in by_author[a]], c)
        out[held] = {"after": score(library, probes, model)}
        if thresholds:
            out[held]["before"] = score(library, probes, None)
        if grid:
            n = {a: len(by_author[a]) for a in others}
            shipped = (answering.PARAMS.threshold, answering.PARAMS.outside_offset)
            best = max(
                THRESHOLD_GRID,
                key=lambda g: (sum(grid[(*g, a)]["probe_accuracy"] * n[a] for a in others), g == shipped),
            )
            out[held]["retuned"] = grid[(*best, held)]
    return out


def _pooled(
    results: dict[str, dict[str, dict[str, float]]],
    counts: dict[str, dict[str, int]],
    key: str,
    metric: str = "probe_accuracy",
) -> float:
    """Return a metric pooled over the held-out authors (weighted by their probes of that kind)."""
    kind = metric.removesuffix("_accuracy")
    n = {a: counts[a][kind] if kind in counts[a] else counts[a]["probe"] for a in results}
    total = sum(n.values())
    return round(sum(results[a][key].get(metric, 0.0) * n[a] for a in results) / max(1, total), 4)


def kind_counts(probes: list[dict[str, Any]]) -> dict[str, int]:
    """Return how many probes there are in all ('probe') and per expected kind."""
    out = {"probe": len(probes)}
    for p in probes:
        kind = next(iter(expected_of(p)))
        out[kind] = out.get(kind, 0) + 1
    return out


def _figures(m: dict[str, float]) -> str:
    kinds = " ".join(f"{k} {m.get(f'{k}_accuracy', 0):.3f}" for k in ("fact", "layer", "deflect"))
    return f"{m['probe_accuracy']:.4f} ({kinds})"


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
    by_author = probes_by_author(files)
    counts = {a: kind_counts(ps) for a, ps in by_author.items()}
    loao: dict[str, Any] = {}
    if not args.no_cv and len(by_author) > 1:
        results = leave_one_author_out(library, files, retune=args.cv_only)
        for author, r in results.items():
            if "retuned" in r:
                print(
                    f"held out {author}: thresholds re-picked on the other authors {_figures(r['retuned'])}"
                )
            print(
                f"held out {author} ({counts[author]['probe']} probes): shipped thresholds {_figures(r['before'])}"
                f" -> learned {_figures(r['after'])}, out of order {int(r['after']['out_of_order'])}"
            )
        metrics = ("probe_accuracy", "fact_accuracy", "layer_accuracy", "deflect_accuracy")
        loao = {
            "pooled_before": _pooled(results, counts, "before"),
            "pooled_after": _pooled(results, counts, "after"),
            "pooled_after_per_kind": {m: _pooled(results, counts, "after", m) for m in metrics[1:]},
            "per_author": {a: {k: v["probe_accuracy"] for k, v in r.items()} for a, r in results.items()},
        }
        if all("retuned" in r for r in results.values()):
            retuned = {m: _pooled(results, counts, "retuned", m) for m in metrics}
            print(f"pooled: thresholds re-picked on the other authors {_figures(retuned)}")
        before = {m: _pooled(results, counts, "before", m) for m in metrics}
        after = {m: _pooled(results, counts, "after", m) for m in metrics}
        print(f"pooled: shipped thresholds {_figures(before)} -> learned {_figures(after)}")
    if args.cv_only:
        return 0
    all_probes = [p for ps in by_author.values() for p in ps]
    header = {
        "data_hash": data_hash(files),
        "authors": sorted(by_author),
        "probes": len(all_probes),
        "C": C,
        "class_weight": CLASS_WEIGHT,
        "ranker_C": RANKER_C,
        "ranker_self_weight": SELF_WEIGHT,
        "topic_C": TOPIC_C,
        "leave_one_author_out": loao,
    }
    model = fit_all(library, all_probes, C, header)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_text(json.dumps(to_dict(model), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out} ({len(all_probes)} probes by {len(by_author)} authors)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
