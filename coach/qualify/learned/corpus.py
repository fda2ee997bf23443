"""The training corpus: tuning documents by author (with evidence quotes) and the older label-only datasets.

The blind split (`evals/datasets/qualify/blind/`) is never read here: training and model selection only see
`tune/*.yaml`, `qualify.yaml` and `qualify_extra.yaml`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from coach.paths import EVALS_DIR
from coach.qualify.learned.units import Unit
from coach.qualify.models import ALL_DIMENSIONS

DATASETS = EVALS_DIR / "datasets"
TUNE_DIR = DATASETS / "qualify" / "tune"
LEGACY = (DATASETS / "qualify.yaml", DATASETS / "qualify_extra.yaml")
GRADES = ("specific", "vague", "negated", "deferred")
LABELS = ("covered", "partial", "missing")


@dataclass
class Quote:
    """One labelled evidence quote of a document."""

    quote: str
    dims: tuple[str, ...]
    grade: str
    side: str


@dataclass
class Doc:
    """One labelled document: its text, eleven labels, flags and (for tuning files) evidence quotes."""

    id: str
    group: str
    notes: str
    labels: dict[str, str]
    flags: list[str] = field(default_factory=list)
    evidence: list[Quote] = field(default_factory=list)
    lang: str = "de"
    split: str = ""  # dev | holdout in the older datasets, empty in the tuning files


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _docs_of(data: dict[str, Any], group: str) -> list[Doc]:
    docs: list[Doc] = []
    for case in data.get("cases") or []:
        labels = case.get("labels") or {}
        if not isinstance(case.get("notes"), str) or not all(d in labels for d in ALL_DIMENSIONS):
            continue
        quotes = []
        for ev in case.get("evidence") or []:
            if not isinstance(ev, dict) or not isinstance(ev.get("quote"), str):
                continue
            dims = tuple(d for d in ev.get("dims") or [] if d in ALL_DIMENSIONS)
            grade = ev.get("grade") if ev.get("grade") in GRADES else "vague"
            side = ev.get("side") if ev.get("side") in ("customer", "seller", "confirmed") else "customer"
            if dims and _squash(ev["quote"]) in _squash(case["notes"]):
                quotes.append(Quote(ev["quote"], dims, grade, side))
        docs.append(
            Doc(
                id=str(case.get("id")),
                group=group,
                notes=case["notes"],
                labels={d: str(labels[d]) for d in ALL_DIMENSIONS},
                flags=list(case.get("flags") or []),
                evidence=quotes,
                lang=str(case.get("lang", "de")),
                split=str(case.get("split") or ""),
            )
        )
    return docs


def load_folder(folder: Path) -> list[Doc]:
    """Return the documents of every YAML file in a folder, grouped by author (the file's `author` or its name)."""
    docs: list[Doc] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError:
            continue
        if isinstance(data, dict):
            docs.extend(_docs_of(data, str(data.get("author") or path.stem)))
    return docs


def load_tune() -> list[Doc]:
    """Return the tuning documents (with evidence), one group per author file."""
    return load_folder(TUNE_DIR) if TUNE_DIR.is_dir() else []


def load_legacy() -> list[Doc]:
    """Return the older document-label datasets (no evidence quotes), one group per file."""
    docs: list[Doc] = []
    for path in LEGACY:
        if path.exists():
            docs.extend(_docs_of(yaml.safe_load(path.read_text(encoding="utf-8")) or {}, path.stem))
    return docs


def training_files(tune_dir: Path | None = None, legacy: bool = True) -> list[Path]:
    """Return the files the artefact is trained from, in a fixed order."""
    folder = tune_dir or TUNE_DIR
    tune = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    return tune + ([p for p in LEGACY if p.exists()] if legacy else [])


def data_hash(files: list[Path] | None = None) -> str:
    """Return a hash of the training files' names and contents (what makes the artefact stale)."""
    h = hashlib.sha256()
    for path in files if files is not None else training_files():
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@dataclass
class UnitLabel:
    """What the quotes say about one sentence: customer dimensions with their grade, and seller-only dimensions."""

    dims: dict[str, str] = field(default_factory=dict)
    seller: set[str] = field(default_factory=set)


def label_segments(doc: Doc, segments: list[Unit]) -> tuple[list[UnitLabel], list[Quote]]:
    """Return a label per sentence (from the quotes it contains or that contain it) and the quotes no sentence holds."""
    texts = [_squash(s.text) for s in segments]
    out = [UnitLabel() for _ in segments]
    unmatched: list[Quote] = []
    rank = {"specific": 3, "vague": 2, "deferred": 1, "negated": 0}
    for q in doc.evidence:
        sq = _squash(q.quote)
        if len(sq) < 3:
            continue
        hits = [i for i, t in enumerate(texts) if sq in t or (len(t) >= 12 and t in sq)]
        if not hits:
            unmatched.append(q)
            continue
        for i in hits:
            for d in q.dims:
                if q.side == "seller":
                    out[i].seller.add(d)
                    continue
                old = out[i].dims.get(d)
                if old is None or rank[q.grade] > rank[old]:
                    out[i].dims[d] = q.grade
    return out, unmatched
