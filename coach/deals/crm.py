"""CRM export of a deal: one flat record (CSV row / JSON object) with columns ready for a HubSpot or Salesforce import.

FIELDS is the documented mapping (README "Deals"): column, what it holds, the HubSpot deal property and the
Salesforce Opportunity field it is meant for. Standard CRM fields use the CRM's own column names; the framework's
fields are custom properties prefixed `coach_`.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from coach.deals.models import DealView
from coach.minutes.export import safe_cell
from coach.qualify.models import ALL_DIMENSIONS

# (column, meaning, HubSpot deal property, Salesforce Opportunity field)
FIELDS: list[tuple[str, str, str, str]] = [
    ("Deal Name", "deal name", "dealname", "Name"),
    ("Company Name", "customer organisation", "associated company (name)", "Account.Name"),
    ("Deal Stage", "coach stage (new … won/lost/on_hold)", "dealstage", "StageName"),
    ("Next Step", "first open action: task — owner — due", "hs_next_step", "NextStep"),
    ("Last Activity Date", "date of the newest item (YYYY-MM-DD)", "notes_last_updated", "LastActivityDate"),
    ("Description", "our offer", "description", "Description"),
    ("coach_deal_id", "id in coach", "custom", "custom (coach_deal_id__c)"),
    ("coach_readiness", "covered core dimensions and level, e.g. '6/8 almost'", "custom", "custom"),
    (
        "coach_decision",
        "positive / positive_with_conditions / negative / pending / empty",
        "custom",
        "custom",
    ),
    ("coach_gate_engagement_reviewed", "met / not_met / unclear", "custom", "custom"),
    ("coach_gate_decision_in_writing", "met / not_met / unclear", "custom", "custom"),
    ("coach_gate_contract_signed", "met / not_met / unclear", "custom", "custom"),
    (
        "coach_next_steps",
        "all open actions 'task — owner — due', separated by a vertical bar",
        "custom",
        "custom",
    ),
    ("coach_minutes_send_by", "send-by date of the newest minutes", "custom", "custom"),
    ("coach_minutes_sent", "yes / no", "custom", "custom"),
    (
        "coach_stage_set_by_hand",
        "yes when Deal Stage was set by hand (coach deal set --stage), else no",
        "custom",
        "custom",
    ),
    (
        "coach_stage_set_on",
        "date the stage was set by hand (YYYY-MM-DD), empty otherwise",
        "custom",
        "custom",
    ),
    ("coach_stage_note", "the salesperson's note on the stage set by hand", "custom", "custom"),
    (
        "coach_stage_text",
        "the stage in words in the deal's language, e.g. 'Won (set by hand on …); Contract signed: unclear'",
        "custom",
        "custom",
    ),
]
FIELDS += [
    (
        f"coach_{key}_{part}",
        f"{key}: {'covered / partial / missing' if part == 'status' else 'newest evidence'}",
        "custom",
        "custom",
    )
    for key in ALL_DIMENSIONS
    for part in ("status", "evidence")
]
COLUMNS = [f[0] for f in FIELDS]


def _action(a: Any) -> str:
    return " — ".join(x for x in (a.task, a.owner or "", a.due.isoformat() if a.due else "") if x)


def crm_record(view: DealView) -> dict[str, str]:
    """Return the deal as one flat record: column -> text (empty when unknown, never invented)."""
    gates = {g.id: g.status for g in view.gates}
    dims = {d.key: d for d in view.qualification}
    hand = view.stage_by_hand  # gates stay what the minutes prove, whatever stage was set by hand
    record = {
        "Deal Name": view.name,
        "Company Name": view.customer or "",
        "Deal Stage": view.stage,
        "Next Step": _action(view.open_actions[0]) if view.open_actions else "",
        "Last Activity Date": view.last_activity.isoformat() if view.last_activity else "",
        "Description": view.offer or "",
        "coach_deal_id": str(view.id),
        "coach_readiness": f"{view.readiness.covered}/{view.readiness.total} {view.readiness.level}",
        "coach_decision": view.decision or "",
        "coach_gate_engagement_reviewed": gates.get("engagement_reviewed", ""),
        "coach_gate_decision_in_writing": gates.get("decision_in_writing", ""),
        "coach_gate_contract_signed": gates.get("contract_signed", ""),
        "coach_next_steps": " | ".join(_action(a) for a in view.open_actions),
        "coach_minutes_send_by": view.minutes_send_by.isoformat() if view.minutes_send_by else "",
        "coach_minutes_sent": ("yes" if view.minutes_sent else "no") if view.minutes_send_by else "",
        "coach_stage_set_by_hand": "yes" if hand else "no",
        "coach_stage_set_on": hand.date.isoformat() if hand else "",
        "coach_stage_note": hand.note if hand else "",
        "coach_stage_text": view.stage_text or view.stage_label,
    }
    for key in ALL_DIMENSIONS:
        d = dims.get(key)
        record[f"coach_{key}_status"] = d.status if d else "missing"
        record[f"coach_{key}_evidence"] = " / ".join(d.evidence) if d else ""
    return {c: record[c] for c in COLUMNS}


def to_crm_csv(views: list[DealView]) -> bytes:
    """Return CSV (UTF-8 with BOM for Excel, one header row, one row per deal)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writeheader()
    for view in views:
        writer.writerow({k: safe_cell(v) for k, v in crm_record(view).items()})
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_crm_json(view: DealView) -> bytes:
    """Return one JSON object: the flat record plus next steps as a list of {task, owner, due}."""
    data: dict[str, Any] = dict(crm_record(view))
    data["next_steps"] = [
        {"task": a.task, "owner": a.owner, "due": a.due.isoformat() if a.due else None}
        for a in view.open_actions
    ]
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
