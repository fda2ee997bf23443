"""Merging a deal's items: the qualification over several call notes, the gates over several minutes, the stage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from coach.deals.models import (
    DealAction,
    DealGate,
    MergedDimension,
    Readiness,
    Stage,
    TrendPoint,
)
from coach.messages import msg
from coach.minutes.models import GATE_IDS, MinutesResult
from coach.qualify.models import ALL_DIMENSIONS, CORE, QualifyResult

READY_AT = 6  # covered core dimensions for "almost"; all eight are "ready"


@dataclass(frozen=True)
class Entry:
    """One item with its parsed engine result, in the order of the deal's timeline."""

    id: int
    kind: str
    date: date
    result: Any  # QualifyResult | MinutesResult | dict (preparation)


def merge_qualification(entries: list[Entry]) -> tuple[list[MergedDimension], list[TrendPoint]]:
    """Return the merged dimensions and the trend after each notes item.

    Per dimension the newest evidence wins; a dimension covered once stays covered unless a later item contradicts
    it (the later notes quote a sentence for it but find it missing).
    """
    merged: dict[str, MergedDimension] = {}
    trend: list[TrendPoint] = []
    for entry in entries:
        if entry.kind != "notes" or not isinstance(entry.result, QualifyResult):
            continue
        for dim in (*entry.result.dimensions, *entry.result.extensions):
            old = merged.get(dim.key)
            new = MergedDimension(
                key=dim.key,
                label=dim.label,
                status=dim.status,
                evidence=list(dim.evidence),
                date=entry.date,
                item_id=entry.id,
                history=list(old.history) if old else [],
            )
            if old is None:
                chosen = new
            elif dim.status == "covered":
                chosen = new
            elif dim.status == "missing" and dim.evidence:
                chosen = new.model_copy(update={"contradicted": old.status != "missing"})
            elif dim.status == "partial" and old.status != "covered":
                chosen = new
            else:
                chosen = old.model_copy(update={"label": dim.label})
            chosen.history.append(chosen.status)
            merged[dim.key] = chosen
        trend.append(
            TrendPoint(
                item_id=entry.id,
                date=entry.date,
                covered=sum(1 for k in CORE if k in merged and merged[k].status == "covered"),
                partial=sum(1 for k in CORE if k in merged and merged[k].status == "partial"),
            )
        )
    return [merged[k] for k in ALL_DIMENSIONS if k in merged], trend


def readiness(dimensions: list[MergedDimension]) -> Readiness:
    """Return how many core dimensions are covered and which block a proposal."""
    status = {d.key: d.status for d in dimensions}
    covered = sum(1 for k in CORE if status.get(k) == "covered")
    level = "ready" if covered == len(CORE) else "almost" if covered >= READY_AT else "not_ready"
    blocking = [k for k in CORE if status.get(k) != "covered"]
    return Readiness(covered=covered, total=len(CORE), level=level, blocking=blocking)


def minutes_entries(entries: list[Entry]) -> list[tuple[Entry, MinutesResult]]:
    """Return the minutes items with their results, oldest first."""
    return [(e, e.result) for e in entries if e.kind == "minutes" and isinstance(e.result, MinutesResult)]


def gates(entries: list[Entry], lang: str) -> list[DealGate]:
    """Return the three quality gates over the deal: met once met in any minutes, else the newest minutes' view."""
    found: dict[str, DealGate] = {}
    for entry, minutes in minutes_entries(entries):
        for check in minutes.gates:
            old = found.get(check.id)
            if old is not None and old.status == "met":
                continue
            found[check.id] = DealGate(
                id=check.id,
                label=check.label,
                status=check.status,
                evidence=list(check.evidence),
                missing=list(check.missing),
                item_id=entry.id,
                date=entry.date,
            )
    out = []
    for gate_id in GATE_IDS:
        gate = found.get(gate_id)
        if gate is None:
            gate = DealGate(
                id=gate_id,
                label=_gate_label(gate_id, lang),
                status="not_met",
                missing=[msg("deal.gate.no_minutes", lang)],
            )
        out.append(gate)
    return out


def _gate_label(gate_id: str, lang: str) -> str:
    from coach.minutes.gates import load_rules

    return load_rules().gates[gate_id].label.get(lang, gate_id)


def open_actions(entries: list[Entry], commitments: dict[int, list[Any]]) -> list[DealAction]:
    """Return the newest minutes' action items, or (before any minutes) the commitments found in call notes."""
    minutes = minutes_entries(entries)
    if minutes:
        entry, result = minutes[-1]
        return [
            DealAction(task=a.task, owner=a.owner, due=a.due, item_id=entry.id, source="minutes")
            for a in result.action_items
        ]
    return [
        DealAction(task=c.task, owner=c.owner, due=c.due, item_id=item_id, source="notes")
        for item_id, found in commitments.items()
        for c in found
    ]


def stage(entries: list[Entry], ready: Readiness, gate_list: list[DealGate]) -> Stage:
    """Return the deal's stage from its items: qualifying → ready → prepared → follow-through → won/lost."""
    minutes = minutes_entries(entries)
    if minutes:
        outcome = minutes[-1][1].decision.outcome
        if outcome == "negative":
            return "lost"
        if outcome in ("positive", "positive_with_conditions") and all(g.status == "met" for g in gate_list):
            return "won"
        if (
            outcome == "pending"
        ):  # the decision is still to come: the meeting is prepared, not followed through
            return "decision_prepared"
        return "follow_through"
    if any(e.kind == "preparation" for e in entries):
        return "decision_prepared"
    if not entries:
        return "new"
    return "ready_for_decision" if ready.level == "ready" else "qualifying"
