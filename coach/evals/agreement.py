"""How well two careful people agree on the qualification labels: the ceiling for any engine.

`python -m coach.evals.agreement [--json]` compares a second annotator's labels
(`evals/datasets/qualify/agreement/*.yaml`) with the tuning authors' own labels of the same documents.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import yaml

from coach.paths import EVALS_DIR

AGREEMENT_DIR = EVALS_DIR / "datasets" / "qualify" / "agreement"
Labels = Mapping[str, str]


def agreement(pairs: list[tuple[Labels, Labels]]) -> dict[str, object]:
    """Return label agreement overall and per dimension, and `covered` precision/recall of the second reading."""
    same: Counter[str] = Counter()
    total: Counter[str] = Counter()
    tp = fp = fn = 0
    for first, second in pairs:
        for dim, label in first.items():
            other = second.get(dim, "missing")
            total[dim] += 1
            same[dim] += label == other
            tp += label == other == "covered"
            fp += other == "covered" != label
            fn += label == "covered" != other
    n = sum(total.values())
    return {
        "documents": len(pairs),
        "labels": n,
        "label_agreement": round(sum(same.values()) / n, 4) if n else None,
        "covered_precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "covered_recall": round(tp / (tp + fn), 4) if tp + fn else None,
        "per_dimension": {d: round(same[d] / total[d], 4) for d in total},
    }


def load_pairs(folder: Path = AGREEMENT_DIR) -> list[tuple[Labels, Labels]]:
    """Return (author's labels, second annotator's labels) for every re-labelled tuning document."""
    from coach.qualify.learned.corpus import load_tune

    authors = {doc.id: doc.labels for doc in load_tune()}
    pairs: list[tuple[Labels, Labels]] = []
    for path in sorted(folder.glob("*.yaml")):
        for case in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cases", []):
            if case["id"] not in authors:
                raise KeyError(f"{path.name}: {case['id']} is not a tuning document")
            pairs.append((authors[case["id"]], case["labels"]))
    return pairs


def main(argv: list[str] | None = None) -> int:
    """Print the agreement of the second reading with the authors' labels."""
    parser = argparse.ArgumentParser(
        prog="python -m coach.evals.agreement", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    result = agreement(load_pairs())
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"{result['documents']} documents, {result['labels']} labels: agreement {result['label_agreement']}, "
        f"covered precision {result['covered_precision']}, recall {result['covered_recall']}"
    )
    for dim, value in result["per_dimension"].items():  # type: ignore[union-attr]
        print(f"  {dim:24} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
