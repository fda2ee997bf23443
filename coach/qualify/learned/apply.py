"""Apply the learned model to call notes and return the engine's `Assessment` (status and mentions per dimension)."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np

from coach.paths import ROOT
from coach.qualify import signals as S
from coach.qualify.assess import Assessment, Mention
from coach.qualify.assess import assess as assess_rules
from coach.qualify.learned.features import confirmed_by_next, features
from coach.qualify.learned.model import DIMS, GRADES, Model, doc_rows, load
from coach.qualify.learned.units import Names, Unit, units_of
from coach.qualify.lexicon import (
    FIT_VERDICT_DOUBT,
    FIT_VERDICT_GOOD,
    FIT_VERDICT_POOR,
    FIT_VERDICT_YES,
    META_LABELS,
    notes_content,
    second_hand,
)
from coach.text.model import Document

ARTEFACT = ROOT / "models" / "qualify-sentences.npz"
Progress = Callable[[int], None]
_lock = threading.Lock()

# English reason per dimension and level; engine.py translates them (its _REASON_DE table)
_REASONS = {
    "goals": ("quantified goal", "goal without a number", "goals not discussed or not set"),
    "plans": ("concrete plan", "intention without concrete steps", "no plan yet"),
    "challenges": ("concrete problem", "problem named without specifics", "no challenge named"),
    "timeline": ("date for the project", "vague timing", "no date set"),
    "budget": (
        "an amount the customer has for this",
        "budget mentioned without an amount",
        "budget not discussed or open",
    ),
    "authority": ("a named decision maker", "a role or group without a name", "who decides is open"),
    "negative_consequences": (
        "the cost of missing the goal",
        "a risk named without specifics",
        "consequences not discussed",
    ),
    "positive_implications": ("what success brings", "success named without specifics", "not discussed"),
    "will_to_change": (
        "the decision maker pushes the change",
        "will to change mentioned",
        "not discussed yet",
    ),
    "information_relevance": ("how the buyer evaluates", "how the buyer evaluates", "not discussed yet"),
    "offer_fit": (
        "our offer addresses the core problem",
        "our offer addresses the core problem",
        "not discussed yet",
    ),
}
MENTION_MIN = 0.5


@dataclass
class Prepared:
    """One document ready for the model: its sentences, people, call date, features and which sentences count."""

    segments: list[Unit]
    people: Names
    ref: date
    x: np.ndarray
    eligible: np.ndarray


# "notes: |" (a CRM record's block value) or "Notizen:" at the end of a line: what follows on the next lines is content
_BLOCK_VALUE = re.compile(r"^[^:\n]{1,40}:[ \t]*[|>]?[-+]?[ \t]*\n\s*\S")


def _meta(unit: Unit, position: int, call_date: set[str]) -> bool:
    """Return True for the header line with the call date and for attendee / contact lists: no evidence."""
    if (
        unit.label
        and unit.label.strip().lower() in META_LABELS
        and not _BLOCK_VALUE.match(unit.text)
        and not notes_content(unit.label, unit.text.split(":", 1)[-1])
    ):
        return True
    return position < 2 and any(d in unit.text for d in call_date)


# "Okay.", "Ja, genau.", "Mhm, right." carry no evidence on their own: they are not embedded (a transcript has many)
_BACKCHANNEL = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|ja|jo|ok(?:ay)?|mhm+|hm+|uh+|ähm?|right|sure|klar|genau|exactly|richtig|stimmt|"
    r"correct|verstehe|understood|got it|i see|thanks|thank you|danke|gut|good|great|super|perfect|perfekt|"
    r"alles klar|sounds good|sehr gut)\W*){1,3}$",
    re.IGNORECASE,
)


def backchannel(text: str) -> bool:
    """Return True for an acknowledgement without content ("Okay.", "Ja, genau.", "Mhm, right.")."""
    return bool(_BACKCHANNEL.match(text))


def eligible_mask(
    segments: list[Unit], call_date: set[str] | None = None, confirmed: list[bool] | None = None
) -> np.ndarray:
    """Return which sentences may be evidence: no header, attendee list, bare "Okay." or unconfirmed seller line."""
    confirmed = confirmed if confirmed is not None else confirmed_by_next(segments)
    return np.array(
        [
            (s.role != "vendor" or c) and not _meta(s, i, call_date or set()) and not backchannel(s.text)
            for i, (s, c) in enumerate(zip(segments, confirmed, strict=True))
        ],
        dtype=bool,
    )


def prepare(
    text: str,
    ref: date | None = None,
    progress: Progress | None = None,
    everything: bool = False,
    doc: Document | None = None,
) -> Prepared:
    """Return the document's sentences and features (only the sentences that may be evidence, unless `everything`).

    `doc` is the document the text stands for, already parsed by the text layer (it is parsed here otherwise).
    """
    found = units_of(text, ref, doc=doc)
    segments, people, when = found.units, found.names, found.ref
    confirmed = confirmed_by_next(segments)
    mask = eligible_mask(segments, S.reference_texts(doc.text if doc else text), confirmed)
    if not everything:
        # only the sentences that may be evidence are embedded; the seller's confirmed summaries keep their cue
        confirmed = [c for c, keep in zip(confirmed, mask, strict=True) if keep]
        segments = [s for s, keep in zip(segments, mask, strict=True) if keep]
        mask = np.ones(len(segments), dtype=bool)
    x = features(segments, people, when, progress=progress, confirmed=confirmed)
    return Prepared(segments=segments, people=people, ref=when, x=x, eligible=mask)


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> Model:
    return load(Path(path))


# a would-be shipped model held in memory (training measures the eval suite's gate with it before writing it)
_CANDIDATE: ContextVar[Model | None] = ContextVar("qualify_candidate_model", default=None)


@contextmanager
def using_model(model: Model) -> Iterator[Model]:
    """Let the engine use `model` instead of the shipped artefact inside the block (model selection's gate)."""
    token = _CANDIDATE.set(model)
    try:
        yield model
    finally:
        _CANDIDATE.reset(token)


def shipped_model(path: Path = ARTEFACT) -> Model | None:
    """Return the model shipped in the package (None when the artefact is missing), or the one of `using_model`."""
    candidate = _CANDIDATE.get()
    if candidate is not None and path == ARTEFACT:
        return candidate
    if not path.exists():
        return None
    with _lock:
        return _load(str(path), path.stat().st_mtime)


def predict(
    model: Model, prep: Prepared, rules: dict[str, str] | None
) -> tuple[dict[str, str], np.ndarray, np.ndarray]:
    """Return (status per dimension, sentence dimension probabilities, sentence grade probabilities)."""
    if len(prep.x) == 0:
        return {d: "missing" for d in DIMS}, np.zeros((0, len(DIMS))), np.zeros((0, len(DIMS), len(GRADES)))
    probs = model.sentence_probs(prep.x, prep.segments, prep.people, prep.ref)
    grades = model.grade_probs(prep.x, [s.text for s in prep.segments])
    rows = doc_rows(
        probs,
        grades,
        prep.eligible,
        rules if model.uses_rules else None,
        prep.x,
        cross=bool(model.header.get("doc_cross")),
        length=bool(model.header.get("doc_length")),
    )
    labels = model.doc_labels(rows)
    status = {d: lab for d, lab in zip(DIMS, labels, strict=True)}
    if not prep.eligible.any():
        status = {d: "missing" for d in DIMS}
    return status, probs, grades


def _mentions(
    prep: Prepared, status: dict[str, str], probs: np.ndarray, grades: np.ndarray, rules: Assessment
) -> dict[str, list[Mention]]:
    """Return mentions per dimension, consistent with the status (covered has a specific one, partial a vague one)."""
    out: dict[str, list[Mention]] = {d: [] for d in DIMS}
    idx = np.flatnonzero(prep.eligible)
    for j, dim in enumerate(DIMS):
        reasons = _REASONS[dim]
        found: list[tuple[float, Mention]] = []
        for i in idx:
            p = float(probs[i, j])
            if p < MENTION_MIN:
                continue
            g = GRADES[int(np.argmax(grades[i, j]))]
            level = {"specific": "specific", "vague": "vague"}.get(g, "negated")
            reason = reasons[0] if level == "specific" else reasons[1] if level == "vague" else reasons[2]
            found.append((p, Mention(dim, prep.segments[i], level, reason, rank=int(p * 100))))  # type: ignore[arg-type]
        st = status[dim]
        if st == "missing":
            found = [(p, m) for p, m in found if m.level == "negated"]
        elif st == "partial":
            for _, m in found:
                if m.level == "specific":
                    m.level, m.reason = "vague", reasons[1]
            if not any(m.level == "vague" for _, m in found) and len(idx):
                i = int(idx[np.argmax(probs[idx, j])])
                found.append((float(probs[i, j]), Mention(dim, prep.segments[i], "vague", reasons[1])))
        elif st == "covered" and not any(m.level == "specific" for _, m in found) and len(idx):
            score = probs[idx, j] * grades[idx, j, 0]
            i = int(idx[np.argmax(score)])
            found = [(p, m) for p, m in found if prep.segments[i] is not m.seg]
            found.append(
                (float(probs[i, j]), Mention(dim, prep.segments[i], "specific", reasons[0], rank=100))
            )
        found.sort(key=lambda pm: -pm[0])
        out[dim] = [m for _, m in found]
    for m in out["timeline"]:
        if m.level == "specific":
            times = [t for t in S.find_times(m.seg.text, prep.ref) if t.when is not None and not t.vague]
            m.when = times[0].when if times else None
    # the flags' markers (weak will, overload, poor fit) come from the rules' cue words
    for dim in ("will_to_change", "information_relevance", "offer_fit"):
        by_text = {m.seg.text: m for m in out[dim]}
        for rm in rules.mentions[dim]:
            if rm.flag and status[dim] != "missing":
                if rm.seg.text in by_text:
                    by_text[rm.seg.text].flag = rm.flag
                elif rm.level in ("specific", "vague"):
                    out[dim].append(rm)
    return out


def rank_by_model(mentions: list[Mention], prep: Prepared, probs: np.ndarray, j: int) -> list[Mention]:
    """Return the rules' mentions with the model's P(sentence speaks to the dimension) as tie-break of their rank.

    A budget line that also names who approves the money stays behind the sentence about who decides.
    """
    p_of = {s.text: float(probs[i, j]) for i, s in enumerate(prep.segments)} if len(probs) else {}
    for m in mentions:
        m.rank = m.rank * 100 + round(99 * p_of.get(m.seg.text.strip(), 0.0))
    return mentions


def assess_learned(
    text: str,
    ref: date | None = None,
    model: Model | None = None,
    progress: Progress | None = None,
    doc: Document | None = None,
) -> Assessment:
    """Return the assessment of call notes by the learned model (with the rules' statuses as input if it uses them)."""
    model = model or shipped_model()
    rules = assess_rules(text, ref)
    if model is None:
        return rules
    prep = prepare(text, ref or rules.ref, progress=progress, doc=doc)
    status, probs, grades = predict(model, prep, rules.status)
    mentions = _mentions(prep, status, probs, grades, rules)
    own = dict(mentions)
    if model.uses_rules:
        # where the combined model agrees with the rules, their mentions (with their reasons and traps) explain it
        for dim in DIMS:
            if status[dim] == rules.status[dim]:
                mentions[dim] = rank_by_model(rules.mentions[dim], prep, probs, DIMS.index(dim))
    _second_hand_will(status, own, mentions)
    _customer_verdict(status, rules, mentions)
    return Assessment(
        status=status, mentions=mentions, ref=prep.ref, segments=rules.segments, model_mentions=own
    )


def _customer_verdict(status: dict[str, str], rules: Assessment, mentions: dict[str, list[Mention]]) -> None:
    """Let the customer's own plain verdict on our offer ("exactly what we need", "then you're out") cover offer fit."""
    dim = "offer_fit"
    verdicts = [
        m
        for m in rules.mentions[dim]
        if m.level == "specific"
        and (FIT_VERDICT_GOOD.search(m.seg.text) or FIT_VERDICT_POOR.search(m.seg.text))
        and (not FIT_VERDICT_DOUBT.search(m.seg.text) or FIT_VERDICT_YES.search(m.seg.text))
    ]
    if status[dim] == "covered" or not verdicts:
        return
    status[dim] = "covered"
    mentions[dim] = verdicts + [m for m in mentions[dim] if m not in verdicts and m.level != "negated"]


def _second_hand_will(
    status: dict[str, str], own: dict[str, list[Mention]], mentions: dict[str, list[Mention]]
) -> None:
    """Make a covered will to change partial when every sentence it rests on is hearsay or an impression."""
    dim = "will_to_change"
    ms = [m for m in own[dim] if m.level == "specific"]
    if status[dim] != "covered" or not ms or not all(second_hand(m.seg.text) for m in ms):
        return
    status[dim] = "partial"
    for m in ms:
        m.level, m.reason = "vague", _REASONS[dim][1]
    if mentions[dim] is not own[dim]:
        for m in mentions[dim]:
            if m.level == "specific":
                m.level, m.reason = "vague", _REASONS[dim][1]


def assess_best(
    text: str, ref: date | None = None, progress: Progress | None = None, doc: Document | None = None
) -> Assessment:
    """Return the assessment by the engine that won the leave-one-author-out comparison (the shipped default).

    `doc` is the document the text stands for, already parsed by the text layer: the model reads its sentences
    (for a transcript, its turns as in training), the rules read `text` (the customer view).
    """
    model = shipped_model()
    if model is None or model.header.get("engine") == "rules":
        return assess_rules(text, ref)
    return assess_learned(text, ref, model=model, progress=progress, doc=doc)


def assess_with(engine: str, text: str, ref: date | None = None) -> Assessment:
    """Return the assessment by one named engine: 'rules', 'learned' or 'combined' (for comparisons)."""
    model = shipped_model()
    if engine == "rules" or model is None:
        return assess_rules(text, ref)
    return assess_learned(text, ref, model=model.variant(engine))
