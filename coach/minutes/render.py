"""Minutes as a document: fixed sections in German or English, rendered to Markdown or plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from coach.minutes.models import MinutesResult

SECTION_KEYS = (
    "summary",
    "participants",
    "agenda",
    "engagement_review",
    "offer",
    "objections",
    "decision",
    "action_items",
    "open_questions",
    "gates",
    "next_steps",
)
REQUIRED_SECTIONS = tuple(k for k in SECTION_KEYS if k != "summary")
# What goes to the customer: no quality gates, no debrief, no coaching notes (those are the internal part).
CUSTOMER_SECTIONS = tuple(k for k in REQUIRED_SECTIONS if k != "gates")

HEADINGS: dict[str, dict[str, str]] = {
    "de": {
        "summary": "Zusammenfassung",
        "participants": "Teilnehmende",
        "agenda": "Agenda",
        "engagement_review": "Rückblick auf das Engagement",
        "offer": "Angebot",
        "objections": "Einwände",
        "decision": "Entscheidung",
        "action_items": "Aufgaben",
        "open_questions": "Offene Fragen",
        "gates": "Qualitätstore",
        "next_steps": "Nächste Schritte",
        "internal": "Intern (vor dem Versand entfernen)",
    },
    "en": {
        "summary": "Summary",
        "participants": "Participants",
        "agenda": "Agenda",
        "engagement_review": "Engagement review",
        "offer": "Offer",
        "objections": "Objections",
        "decision": "Decision",
        "action_items": "Action items",
        "open_questions": "Open questions",
        "gates": "Quality gates",
        "next_steps": "Next steps",
        "internal": "Internal (remove before sending)",
    },
}

TEXT = {
    "de": {
        "date": "Datum",
        "customer": "Kunde",
        "next_meeting": "Nächster Termin",
        "send_by": "Protokoll versenden bis",
        "none": "Keine.",
        "not_recorded": "Nicht in den Notizen festgehalten.",
        "name": "Name",
        "organisation": "Organisation",
        "role": "Rolle",
        "side_vendor": "unser Team",
        "task": "Aufgabe",
        "owner": "Verantwortlich",
        "due": "Fällig",
        "outcome": "Ergebnis",
        "conditions": "Bedingungen",
        "reasons": "Gründe",
        "learnings": "Warum wir / Rückmeldung",
        "objection": "Einwand",
        "root_cause": "Ursache",
        "response": "Antwort",
        "raised_by": "von",
        "evidence": "Beleg",
        "missing": "Fehlt",
        "status_met": "erfüllt",
        "status_not_met": "nicht erfüllt",
        "status_unclear": "unklar",
        "sources": "Quellen",
        "gate": "Qualitätstor",
        "status": "Status",
        "kind_scope": "Leistungsumfang",
        "kind_price": "Preis",
        "kind_term": "Laufzeit",
        "kind_service_level": "Service-Level",
        "kind_prerequisite": "Voraussetzung",
        "opportunity": "Opportunity",
        "opp_won": "gewonnen",
        "opp_won_with_conditions": "gewonnen unter Bedingungen",
        "opp_lost": "verloren",
        "opp_open": "offen",
    },
    "en": {
        "date": "Date",
        "customer": "Customer",
        "next_meeting": "Next meeting",
        "send_by": "Minutes due at the customer by",
        "none": "None.",
        "not_recorded": "Not recorded in the notes.",
        "name": "Name",
        "organisation": "Organisation",
        "role": "Role",
        "side_vendor": "our team",
        "task": "Task",
        "owner": "Owner",
        "due": "Due",
        "outcome": "Outcome",
        "conditions": "Conditions",
        "reasons": "Reasons",
        "learnings": "Why us / feedback",
        "objection": "Objection",
        "root_cause": "Root cause",
        "response": "Response",
        "raised_by": "raised by",
        "evidence": "Evidence",
        "missing": "Missing",
        "status_met": "met",
        "status_not_met": "not met",
        "status_unclear": "unclear",
        "sources": "Sources",
        "gate": "Quality gate",
        "status": "Status",
        "kind_scope": "Scope",
        "kind_price": "Price",
        "kind_term": "Term",
        "kind_service_level": "Service level",
        "kind_prerequisite": "Prerequisite",
        "opportunity": "Opportunity",
        "opp_won": "won",
        "opp_won_with_conditions": "won with conditions",
        "opp_lost": "lost",
        "opp_open": "open",
    },
}

OUTCOME_LABELS = {
    "de": {
        "positive": "Ja – Zusage ohne Vorbehalt",
        "positive_with_conditions": "Ja, aber … – Zusage unter Bedingungen",
        "negative": "Nein – Absage",
        "pending": "Keine Entscheidung – vertagt",
    },
    "en": {
        "positive": "Yes — commitment without reservations",
        "positive_with_conditions": "Yes, but … — commitment with conditions",
        "negative": "No — the customer declined",
        "pending": "No decision — postponed",
    },
}


_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(value: date | None, lang: str) -> str:
    """Return a date as 03.11.2026 (de) or 3 November 2026 (en); an empty string for None."""
    if value is None:
        return ""
    if lang == "de":
        return value.strftime("%d.%m.%Y")
    return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"  # fixed names: no locale decides


@dataclass
class Block:
    """One block of a section: a paragraph, a bullet list, a table, a quote or a checklist."""

    kind: Literal["para", "bullets", "table", "quote", "checklist"]
    text: str = ""
    items: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    checks: list[tuple[str, str, list[str]]] = field(default_factory=list)


@dataclass
class Section:
    """A section of the minutes: its key, localised heading and blocks."""

    key: str
    heading: str
    blocks: list[Block]


def meta_lines(result: MinutesResult, internal: bool = True) -> list[tuple[str, str]]:
    """Return the (label, value) pairs shown under the title: date, customer, next meeting, send-by (internal)."""
    t = TEXT[result.language]
    out = [(t["date"], format_date(result.meeting_date, result.language) or "—")]
    if result.company:
        out.append((t["customer"], result.company))
    if result.next_meeting:
        out.append((t["next_meeting"], format_date(result.next_meeting, result.language)))
    if internal:
        out.append((t["send_by"], format_date(result.send_by, result.language) or "—"))
    return out


def build_sections(result: MinutesResult, internal: bool = True) -> list[Section]:
    """Return the minutes' sections in their fixed order (plus the internal section when asked for)."""
    lang = result.language
    t = TEXT[lang]
    h = HEADINGS[lang]
    none = [Block("para", t["none"])]
    sections: list[Section] = []

    def add(key: str, blocks: list[Block]) -> None:
        sections.append(Section(key, h[key], blocks or none))

    if result.summary:
        add("summary", [Block("para", result.summary)])
    people_rows = [
        [p.name, (p.organisation or "") if p.side == "customer" else t["side_vendor"], p.role or ""]
        for p in result.participants
    ]
    add(
        "participants",
        [Block("table", header=[t["name"], t["organisation"], t["role"]], rows=people_rows)]
        if people_rows
        else [],
    )
    add("agenda", [Block("bullets", items=list(result.agenda))] if result.agenda else [])
    add(
        "engagement_review",
        [Block("bullets", items=list(result.engagement_review))]
        if result.engagement_review
        else [Block("para", t["not_recorded"])],
    )
    add(
        "offer",
        [Block("bullets", items=[f"{t['kind_' + o.kind]}: {o.text}" for o in result.offer])]
        if result.offer
        else [],
    )
    add(
        "objections",
        [Block("bullets", items=[_objection(o, t, internal) for o in result.objections])]
        if result.objections
        else [],
    )
    add("decision", _decision_blocks(result, t, internal))
    action_rows = [[a.task, a.owner or "—", format_date(a.due, lang) or "—"] for a in result.action_items]
    add(
        "action_items",
        [Block("table", header=[t["task"], t["owner"], t["due"]], rows=action_rows)] if action_rows else [],
    )
    add(
        "open_questions",
        [Block("bullets", items=list(result.open_questions))] if result.open_questions else [],
    )
    add("next_steps", [Block("bullets", items=list(result.next_steps))] if result.next_steps else [])
    if internal:  # everything below is ours: coaching notes, debrief, the quality gates
        items = list(result.internal_notes)
        if result.sources:
            items.append(f"{t['sources']}: " + "; ".join(f"{s.source} › {s.section}" for s in result.sources))
        sections.append(
            Section("internal", h["internal"], [Block("bullets", items=items)] if items else none)
        )
        add("gates", [Block("checklist", checks=[_gate_check(g, t, result) for g in result.gates])])
    return sections


def _objection(o, t: dict[str, str], internal: bool = True) -> str:  # type: ignore[no-untyped-def]
    text = o.objection
    if o.raised_by:
        text += f" ({t['raised_by']} {o.raised_by})"
    if o.root_cause and internal:  # the root cause is our analysis, not the customer's record
        text += f" — {t['root_cause']}: {o.root_cause}"
    if o.response:
        text += f" — {t['response']}: {o.response}"
    return text


def _decision_blocks(result: MinutesResult, t: dict[str, str], internal: bool) -> list[Block]:
    d = result.decision
    blocks = [
        Block("para", f"{t['outcome']}: {OUTCOME_LABELS[result.language][d.outcome]}"),
    ]
    if d.conditions:
        blocks.append(Block("para", f"{t['conditions']}:"))
        blocks.append(Block("bullets", items=list(d.conditions)))
    if d.reasons:
        blocks.append(Block("para", f"{t['reasons']}:"))
        blocks.append(Block("bullets", items=list(d.reasons)))
    if internal:
        blocks.append(Block("para", f"{t['opportunity']}: {t['opp_' + result.opportunity_status]}"))
    for quote in d.evidence[:2]:
        blocks.append(Block("quote", quote))
    if d.learnings and internal:
        blocks.append(Block("para", f"{t['learnings']}:"))
        blocks.append(Block("bullets", items=list(d.learnings)))
    return blocks


def _gate_check(g, t: dict[str, str], result: MinutesResult) -> tuple[str, str, list[str]]:  # type: ignore[no-untyped-def]
    from coach.minutes.gates import load_rules

    rules = load_rules()
    status = t[f"status_{g.status}"]
    line = f"{g.label} — {status}"
    if g.note:
        line += f". {g.note}"
    details = [
        f"{t['evidence']}: „{q}“" if result.language == "de" else f'{t["evidence"]}: "{q}"'
        for q in g.evidence
    ]
    if g.missing and g.status != "met":
        details.append(
            f"{t['missing']}: " + ", ".join(rules.part_label(m, result.language) for m in g.missing)
        )
    return g.status, line, details


# ---- Markdown ---------------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`<>\[\]])")


def md_escape(text: str, table: bool = False) -> str:
    """Return user text safe inside Markdown: no raw HTML, links or (in tables) cell breaks; one line."""
    text = re.sub(r"\s+", " ", str(text)).strip()
    text = _MD_SPECIAL.sub(r"\\\1", text)
    if table:
        text = text.replace("|", "\\|")
    if re.match(r"^(#{1,6}\s|[-+*]\s|\d+[.)]\s|>)", text):
        text = "\\" + text
    return text


def to_markdown(result: MinutesResult, internal: bool = True) -> str:
    """Return the minutes as Markdown with fixed '##' section headings in the result's language."""
    lines = [f"# {md_escape(result.title)}", ""]
    lines.append(
        " · ".join(f"**{label}:** {md_escape(value)}" for label, value in meta_lines(result, internal))
    )
    for section in build_sections(result, internal):
        while lines and not lines[-1]:
            lines.pop()
        lines += ["", f"## {section.heading}", ""]
        for block in section.blocks:
            lines += _md_block(block)
    return "\n".join(lines).rstrip() + "\n"


def _md_block(block: Block) -> list[str]:
    if block.kind == "para":
        return [md_escape(block.text), ""]
    if block.kind == "quote":
        return [f"> {md_escape(block.text)}", ""]
    if block.kind == "bullets":
        return [f"- {md_escape(i)}" for i in block.items] + [""]
    if block.kind == "table":
        out = ["| " + " | ".join(md_escape(c, True) for c in block.header) + " |"]
        out.append("|" + "---|" * len(block.header))
        out += ["| " + " | ".join(md_escape(c, True) for c in row) + " |" for row in block.rows]
        return out + [""]
    out = []
    for status, line, details in block.checks:
        mark = {"met": "[x]", "not_met": "[ ]", "unclear": "[?]"}[status]
        out.append(f"- {mark} {md_escape(line)}")
        out += [f"  - {md_escape(d)}" for d in details]
    return out + [""]


# ---- plain text -------------------------------------------------------------------------------------------------


def to_text(result: MinutesResult, internal: bool = False) -> str:
    """Return the minutes as plain text (the body of the e-mail draft)."""
    lines = [result.title, "=" * min(len(result.title), 78), ""]
    lines += [f"{label}: {value}" for label, value in meta_lines(result, internal)]
    for section in build_sections(result, internal):
        lines += ["", section.heading, "-" * len(section.heading)]
        for block in section.blocks:
            lines += _text_block(block)
    return "\n".join(lines).rstrip() + "\n"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def _text_block(block: Block) -> list[str]:
    if block.kind == "para":
        return [_one_line(block.text)]
    if block.kind == "quote":
        return [f"  » {_one_line(block.text)}"]
    if block.kind == "bullets":
        return [f"- {_one_line(i)}" for i in block.items]
    if block.kind == "table":
        rows = [block.header, *block.rows]
        return [" | ".join(_one_line(c) for c in row) for row in rows]
    out = []
    for status, line, details in block.checks:
        mark = {"met": "[x]", "not_met": "[ ]", "unclear": "[?]"}[status]
        out.append(f"{mark} {_one_line(line)}")
        out += [f"    {_one_line(d)}" for d in details]
    return out
