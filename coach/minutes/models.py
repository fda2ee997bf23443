"""The minutes result and its parts: pydantic models that are also the JSON `coach minutes --json` prints."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.knowledge import Source
from coach.text.model import Participant, Side

Outcome = Literal["positive", "positive_with_conditions", "negative", "pending"]
GateId = Literal["engagement_reviewed", "decision_in_writing", "contract_signed"]
GateStatus = Literal["met", "not_met", "unclear"]
OfferKind = Literal["scope", "price", "term", "service_level", "prerequisite"]
OpportunityStatus = Literal["won", "won_with_conditions", "lost", "open"]

GATE_IDS: tuple[GateId, ...] = ("engagement_reviewed", "decision_in_writing", "contract_signed")
OUTCOMES: tuple[Outcome, ...] = ("positive", "positive_with_conditions", "negative", "pending")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OfferPoint(_Model):
    """One point of the offer as presented: scope, price, term, service level or prerequisite."""

    kind: OfferKind
    text: str


class Objection(_Model):
    """An objection raised in the meeting, its root cause as found by asking, and how it was answered."""

    objection: str
    root_cause: str | None = None
    response: str | None = None
    raised_by: str | None = None


class Decision(_Model):
    """The customer's purchase decision with its conditions (yes, but…) or reasons (no)."""

    outcome: Outcome
    reasons: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    learnings: list[str] = Field(default_factory=list)


class ActionItem(_Model):
    """A task agreed in the meeting with its owner and due date (ISO, or null when none or vague)."""

    task: str
    owner: str | None = None
    due: date | None = None
    due_text: str | None = None
    owner_side: Side | None = None


class GateCheck(_Model):
    """One quality gate: status, the sentences quoted from the notes as evidence, and what is still missing."""

    id: GateId
    label: str
    status: GateStatus
    evidence: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    note: str = ""


class MinutesResult(_Model):
    """Minutes of a decision meeting drafted from raw notes: structure, decision, gates and the Markdown text."""

    language: Literal["de", "en"]
    provider: str
    notices: list[str] = Field(default_factory=list)
    title: str
    company: str | None = None
    seller_company: str | None = None
    topic: str | None = None
    meeting_date: date | None = None
    send_by: date | None = None
    next_meeting: date | None = None
    participants: list[Participant] = Field(default_factory=list)
    agenda: list[str] = Field(default_factory=list)
    engagement_review: list[str] = Field(default_factory=list)
    offer: list[OfferPoint] = Field(default_factory=list)
    objections: list[Objection] = Field(default_factory=list)
    decision: Decision
    opportunity_status: OpportunityStatus
    action_items: list[ActionItem] = Field(default_factory=list)
    open_questions: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    gates: list[GateCheck] = Field(default_factory=list)
    next_steps: list[str] = Field(default_factory=list)
    internal_notes: list[str] = Field(default_factory=list)
    private_notes: list[str] = Field(
        default_factory=list
    )  # the seller's own 'Intern: …' lines: never for the customer
    summary: str = ""
    sources: list[Source] = Field(default_factory=list)
    markdown: str = ""

    def gate(self, gate_id: GateId) -> GateCheck:
        """Return the check of one gate by id."""
        return next(g for g in self.gates if g.id == gate_id)
