"""With a chat model: it writes the minutes' prose and proposes fields and gates, each checked against the notes.

Every quote the model gives must occur in the notes. A `met` gate needs a quote that the offline rules accept as
proof (or, where the rules found nothing at all, a quote on the gate's topic that nothing contradicts). Whatever
fails the check falls back to the offline result, with a notice.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from coach.llm.brain import Brain
from coach.llm.structured import ask_structured
from coach.minutes.decision import classify
from coach.minutes.gates import contract_finding, engagement_verdict, load_rules, writing_verdict
from coach.minutes.models import ActionItem, GateCheck, GateId, GateStatus, MinutesResult, Outcome
from coach.prompts import chat_messages
from coach.text.dates import resolve_due
from coach.text.lines import Sentence, segment, sentences
from coach.text.people import People
from coach.text.quotes import normalise
from coach.text.quotes import quote_in as occurs_in


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LlmGate(_Strict):
    """The model's reading of one quality gate."""

    id: GateId
    status: GateStatus
    evidence: list[str] = Field(default_factory=list, max_length=4)
    missing: list[str] = Field(default_factory=list, max_length=6)


class LlmAction(_Strict):
    """An action item as the model reads it; due_text is the phrase from the notes ('bis Freitag')."""

    task: str = Field(max_length=300)
    owner: str | None = None
    due_text: str | None = None


class LlmMinutes(_Strict):
    """What the model is asked for: prose plus fields that are each checked against the notes."""

    summary: str = Field(max_length=3000)
    outcome: Outcome
    outcome_quote: str = Field(max_length=600)
    conditions: list[str] = Field(default_factory=list, max_length=8)
    reasons: list[str] = Field(default_factory=list, max_length=8)
    gates: list[LlmGate] = Field(default_factory=list, max_length=3)
    action_items: list[LlmAction] = Field(default_factory=list, max_length=20)
    open_questions: list[str] = Field(default_factory=list, max_length=10)


def _notes_as_data(notes: str) -> str:
    """Return the notes with anything that could close the <notes> wrapper neutralised."""
    return re.sub(
        r"</?\s*notes\s*>", lambda m: m.group(0).replace("<", "‹").replace(">", "›"), notes, flags=re.I
    )


def messages(result: MinutesResult, notes: str) -> list:
    """Return the chat messages for the minutes prompt in the result's language."""
    rules = load_rules()
    lang = result.language
    gates = [
        {
            "id": g.id,
            "label": g.label[lang],
            "description": g.description[lang],
            "proof": rules.raw["gates"][i]["proof"][lang],
            "not_proof": rules.raw["gates"][i]["not_proof"][lang],
        }
        for i, g in enumerate(rules.gates.values())
    ]
    participants = "; ".join(
        f"{p.name} ({p.side}{', ' + p.role if p.role else ''})" for p in result.participants
    )
    return chat_messages(
        "minutes",
        lang,
        notes=_notes_as_data(notes),
        company=result.company or "",
        meeting_date=result.meeting_date.isoformat() if result.meeting_date else "",
        participants=participants,
        gates=gates,
        parts=[p.id for p in rules.parts],
        offline_outcome=result.decision.outcome,
    )


def _fallback(result: MinutesResult) -> LlmMinutes:
    return LlmMinutes(
        summary="",
        outcome=result.decision.outcome,
        outcome_quote=(result.decision.evidence or [""])[0],
        conditions=list(result.decision.conditions),
        reasons=list(result.decision.reasons),
        gates=[
            LlmGate(id=g.id, status=g.status, evidence=list(g.evidence), missing=list(g.missing))
            for g in result.gates
        ],
    )


def enrich(result: MinutesResult, notes: str, brain: Brain) -> MinutesResult:
    """Return the result with the model's prose and every model field that passes the checks against the notes."""
    notices: list[str] = []
    answer = ask_structured(
        brain, LlmMinutes, messages(result, notes), lambda: _fallback(result), notices, lang=result.language
    )
    result.notices.extend(notices)
    if notices:
        return result
    lines = segment(notes)
    people = _people_of(result)
    sents = sentences(lines, sections=("header", "participants", "body"))
    summary = _clean_summary(answer.summary)
    if summary:
        result.summary = summary
    _merge_decision(result, answer, notes)
    _merge_gates(result, answer, notes, sents, people)
    _merge_actions(result, answer, notes, people)
    for q in answer.open_questions:
        if occurs_in(q, notes) and q not in result.open_questions:
            result.open_questions.append(q.strip())
    return result


def _people_of(result: MinutesResult) -> People:
    people = People(participants=list(result.participants), company=result.company)
    return people


def _clean_summary(text: str) -> str:
    """Return the model's summary as plain prose: no headings, no HTML, at most 2,000 characters."""
    text = re.sub(r"(?m)^\s*#{1,6}\s*", "", text or "")
    text = re.sub(r"<[^>]{0,200}>", "", text)
    text = re.sub(r"[ \t]+", " ", text).strip()
    return text[:2000]


def _merge_decision(result: MinutesResult, answer: LlmMinutes, notes: str) -> None:
    d = result.decision
    quote_ok = occurs_in(answer.outcome_quote, notes)
    cue = classify(answer.outcome_quote) if quote_ok else None
    agrees = (
        cue is None
        or cue == answer.outcome
        or {cue, answer.outcome} <= {"positive", "positive_with_conditions"}
    )
    if answer.outcome != d.outcome:
        if quote_ok and agrees:
            d.outcome = answer.outcome
            d.evidence = [answer.outcome_quote.strip()]
        else:
            result.notices.append(
                f"The model's decision '{answer.outcome}' is not backed by a quote from the notes; kept '{d.outcome}'."
            )
            return
    if d.outcome == "positive_with_conditions":
        conds = [c.strip() for c in answer.conditions if occurs_in(c, notes)]
        d.conditions = conds or d.conditions
    else:
        d.conditions = []
    if d.outcome == "negative":
        reasons = [r.strip() for r in answer.reasons if occurs_in(r, notes)]
        d.reasons = reasons or d.reasons
    else:
        d.reasons = []


def _sentence_of(quote: str, sents: list[Sentence]) -> Sentence | None:
    """Return the sentence of the notes that contains the quote (or that the quote contains)."""
    q = normalise(quote).strip(" .;,:\"'")
    for sent in sents:
        s = normalise(sent.text)
        if q in s or (len(s) > 20 and s in q):
            return sent
    return None


def _quote_verdict(
    gate_id: str, quote: str, sents: list[Sentence], people: People, offline: GateCheck
) -> str:
    """Return what the offline rules make of a quoted sentence: proof, ok (on topic, nothing found), doubt, against…"""
    sent = _sentence_of(quote, sents)
    if sent is None:
        return "missing"
    rules = load_rules()
    if gate_id == "engagement_reviewed":
        idx = sent.line.index
        context = " ".join(s.line.text for s in sents if idx - 3 <= s.line.index <= idx)
        verdict = engagement_verdict(sent, context, people)
        verdict = "against" if verdict == "skip" else verdict
        topic = rules.gates[gate_id].cues["topic"].search(sent.text)
    elif gate_id == "decision_in_writing":
        verdict = writing_verdict(sent, people)
        topic = rules.gates[gate_id].cues["artifact"].search(sent.text)
    else:
        finding = contract_finding([sent], people)
        if finding.customer_signed and not (finding.open or finding.open_unknown):
            verdict = (
                "proof" if finding.covered >= {p.id for p in rules.parts} or finding.all_parts else "neutral"
            )
        else:
            verdict = (
                "doubt"
                if finding.doubts
                else "against"
                if (finding.pending or finding.against)
                else "neutral"
            )
        topic = rules.gates[gate_id].cues["topic"].search(sent.text)
    # "ok": the rules found nothing at all for this gate and the sentence is on topic with nothing against it.
    if verdict == "neutral" and topic and offline.status == "not_met" and not offline.evidence:
        return "ok"
    return verdict


def _met_is_backed(
    gate_id: str, quotes: list[str], sents: list[Sentence], people: People, offline: GateCheck
) -> bool:
    """Return True when a quote proves the gate and no quoted sentence speaks against it."""
    verdicts = [_quote_verdict(gate_id, q, sents, people, offline) for q in quotes]
    if (
        offline.id == "contract_signed"
        and offline.status == "not_met"
        and any(m in {"scope", "price", "timeline", "terms"} for m in offline.missing)
    ):
        return False
    return any(v in ("proof", "ok") for v in verdicts) and not any(
        v in ("doubt", "against") for v in verdicts
    )


def _merge_gates(
    result: MinutesResult, answer: LlmMinutes, notes: str, sents: list[Sentence], people: People
) -> None:
    rules = load_rules()
    part_ids = {p.id for p in rules.parts}
    by_id = {g.id: g for g in answer.gates}
    for i, offline in enumerate(result.gates):
        proposal = by_id.get(offline.id)
        if proposal is None or proposal.status == offline.status:
            continue
        quotes = [q.strip() for q in proposal.evidence if occurs_in(q, notes)]
        if proposal.status == "met":
            if quotes and _met_is_backed(offline.id, quotes, sents, people, offline):
                result.gates[i] = offline.model_copy(
                    update={"status": "met", "evidence": quotes, "missing": [], "note": ""}
                )
            else:
                result.notices.append(
                    f"The model marked the gate '{offline.id}' as met without a quote from the notes that proves it; "
                    "kept the offline check."
                )
            continue
        # A stricter reading (met -> unclear/not_met, or between unclear and not_met) needs quotes from the notes.
        if proposal.evidence and not quotes:
            result.notices.append(
                f"The model's evidence for the gate '{offline.id}' cannot be found in the notes; kept the offline check."
            )
            continue
        if offline.status == "met" and not quotes:
            continue
        missing = [m for m in proposal.missing if m in part_ids] if offline.id == "contract_signed" else []
        requirement = rules.gates[offline.id].requirement_id
        result.gates[i] = offline.model_copy(
            update={
                "status": proposal.status,
                "evidence": quotes or offline.evidence,
                "missing": missing or [requirement],
                "note": "",
            }
        )


def _grounded(text: str, notes: str) -> bool:
    """Return True when the text occurs in the notes or most of its words do."""
    if occurs_in(text, notes):
        return True
    words = [w for w in re.findall(r"\w{4,}", text.lower())]
    if not words:
        return False
    haystack = normalise(notes)
    return sum(w in haystack for w in words) / len(words) >= 0.7


def _merge_actions(result: MinutesResult, answer: LlmMinutes, notes: str, people: People) -> None:
    existing = [set(re.findall(r"\w{4,}", a.task.lower())) for a in result.action_items]
    for item in answer.action_items:
        if not _grounded(item.task, notes):
            continue
        words = set(re.findall(r"\w{4,}", item.task.lower()))
        if any(words and len(words & e) / len(words) >= 0.5 for e in existing):
            continue
        owner = people.resolve(item.owner) if item.owner else None
        due: date | None = None
        if item.due_text and occurs_in(item.due_text, notes):
            due, _ = resolve_due(item.due_text, result.meeting_date)
        result.action_items.append(
            ActionItem(
                task=item.task.strip(), owner=owner.name if owner else None, due=due, due_text=item.due_text
            )
        )
        existing.append(words)
