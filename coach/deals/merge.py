"""Merging a deal's items: the qualification over several call notes, the gates over several minutes, the stage."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from coach.deals.models import (
    DealAction,
    DealGate,
    MergedDimension,
    Readiness,
    Stage,
    StageSetting,
    TrendPoint,
)
from coach.deals.reversal import confirms_receipt, keywords, reports_done, reverses
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
    it: the later notes quote a sentence for it and either find it missing or explicitly take it back ("doch nicht
    freigegeben", "frozen", "no longer"). A contradicted dimension carries the newer evidence and is not covered.
    A later item that only says less (a vaguer mention) never downgrades it.
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
            reversed_ = dim.status != "covered" and any(
                reverses(s, dim.key, old.evidence if old else []) for s in dim.evidence
            )
            if old is None:
                chosen = new
            elif dim.status == "covered":
                chosen = new
            elif dim.evidence and (dim.status == "missing" or reversed_):
                was = old.status == "covered" or (old.status == "partial" and not old.contradicted)
                chosen = new.model_copy(update={"contradicted": was or reversed_})
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


def _owner_key(owner: str | None) -> str:
    """Return the comparable part of an owner: the last word of the name, lower case ('' when none)."""
    words = re.findall(r"[\wÄÖÜäöüß'-]+", owner or "")
    return words[-1].lower() if words else ""


def _same_task(a: DealAction, b: DealAction) -> bool:
    """Return whether two actions are the same task of the same owner (a later one supersedes the earlier)."""
    if _owner_key(a.owner) != _owner_key(b.owner):
        return False
    ka, kb = keywords(a.task), keywords(b.task)
    return bool(ka and kb) and len(ka & kb) / min(len(ka), len(kb)) >= 0.6


def done_by(action: Any, sentences: list[str]) -> bool:
    """Return whether a later sentence reports this action (task, owner) done: a done cue naming its owner and a
    word of its task, or the recipient confirming receipt of it ("Danke für das Angebot, ist angekommen")."""
    words = keywords(action.task) - {_owner_key(action.owner)}
    owner = _owner_key(action.owner)
    for sentence in sentences:
        received = confirms_receipt(sentence)
        if not (received or reports_done(sentence)):
            continue
        said = keywords(sentence)
        if owner and owner not in sentence.lower() and not received:
            continue
        if words & said:
            return True
    return False


def open_actions(
    entries: list[Entry], commitments: dict[int, list[Any]], texts: dict[int, list[str]] | None = None
) -> list[DealAction]:
    """Return the open actions over the deal's life: the action items of every minutes and the commitments of
    every call note, in timeline order; a later action of the same owner and task replaces an earlier one, and one a
    later item reports done is dropped. Sorted by due date (undated last), so the first is the next step."""
    texts = texts or {}
    found: list[tuple[int, DealAction]] = []  # (position in the timeline, action)
    for pos, entry in enumerate(entries):
        if entry.kind == "minutes" and isinstance(entry.result, MinutesResult):
            new = [
                DealAction(task=a.task, owner=a.owner, due=a.due, item_id=entry.id, source="minutes")
                for a in entry.result.action_items
            ]
        elif entry.kind == "notes":
            new = [
                DealAction(task=c.task, owner=c.owner, due=c.due, item_id=entry.id, source="notes")
                for c in commitments.get(entry.id, [])
            ]
        else:
            continue
        later = texts.get(entry.id, [])
        found = [(p, a) for p, a in found if not done_by(a, later)]
        for action in new:
            found = [(p, a) for p, a in found if not _same_task(a, action)]
            found.append((pos, action))
    ordered = [a for _, a in sorted(found, key=lambda pa: pa[0])]
    return sorted(ordered, key=lambda a: (a.due is None, a.due or date.max))


def decision(entries: list[Entry]) -> str | None:
    """Return the deal's decision: the newest minutes' outcome that decides something; 'pending' when none does."""
    outcomes = [m.decision.outcome for _, m in minutes_entries(entries)]
    if not outcomes:
        return None
    decided = [o for o in outcomes if o != "pending"]
    return decided[-1] if decided else "pending"


_ORDER: tuple[Stage, ...] = (
    "new",
    "qualifying",
    "ready_for_decision",
    "decision_prepared",
    "follow_through",
    "won",
)


def stage(entries: list[Entry], ready: Readiness, gate_list: list[DealGate]) -> Stage:
    """Return the deal's stage (see stage_and_setting)."""
    return stage_and_setting(entries, ready, gate_list)[0]


def stage_and_setting(
    entries: list[Entry], ready: Readiness, gate_list: list[DealGate]
) -> tuple[Stage, Entry | None]:
    """Return the deal's stage and the hand-set stage item it comes from (None when the items gave it).

    In date order: the furthest milestone any item reached; only a later negative decision reverses it (lost), and
    a later positive decision or a new preparation after it opens the deal again. A stage set by hand ("stage" item:
    signed by post, lost to a competitor, on hold) is the stage from its date on; later items move the deal on again
    as they would from that stage (new call notes resume a deal on hold; a lost one needs a preparation or minutes).
    Gates are never touched: a deal set to won by hand keeps the gates its minutes prove.
    """
    current: Stage = "new"
    lost = hold = False
    by_hand: Entry | None = None

    def further(a: Stage, b: Stage) -> Stage:
        return b if _ORDER.index(b) > _ORDER.index(a) else a

    for entry in entries:
        before = (current, lost, hold)
        reached: Stage
        if entry.kind == "stage" and isinstance(entry.result, StageSetting):
            chosen = entry.result.stage
            lost, hold = chosen == "lost", chosen == "on_hold"
            if chosen in _ORDER:
                current = chosen
            by_hand = entry
            continue
        if entry.kind == "notes":
            reached = "qualifying"
            hold = False  # new call notes: the deal is worked on again
        elif entry.kind == "preparation":
            reached = "decision_prepared"
        elif entry.kind == "minutes" and isinstance(entry.result, MinutesResult):
            outcome = entry.result.decision.outcome
            if outcome == "negative":
                lost, hold, current = True, False, "decision_prepared"
                by_hand = None
                continue
            reached = "decision_prepared" if outcome == "pending" else "follow_through"
        else:
            continue
        if (lost or hold) and reached in ("decision_prepared", "follow_through"):
            lost = hold = False  # a new meeting was prepared, or a later decision turned it round
        current = further(current, reached)
        if (current, lost, hold) != before:
            by_hand = None  # a later item moved the deal on: the stage is no longer the one set by hand
    result: Stage = "lost" if lost else "on_hold" if hold else current
    if result == "qualifying" and ready.level == "ready":
        result = "ready_for_decision"
    if result == "follow_through" and all(g.status == "met" for g in gate_list):
        result = "won"
    if by_hand is not None and result != by_hand.result.stage:
        by_hand = None  # the items took it further (readiness, gates met)
    return result, by_hand
