"""The preparation result (the JSON of `coach prepare --json`)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.knowledge import Source

CheckStatus = Literal["done", "open", "unknown"]
Element = Literal["goals_and_challenges", "business_opportunity", "offer_concept", "contract_frame"]
ELEMENTS: tuple[Element, ...] = (
    "goals_and_challenges",
    "business_opportunity",
    "offer_concept",
    "contract_frame",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChecklistItem(_Model):
    """One thing to check or do before the meeting."""

    id: str
    status: CheckStatus
    note: str
    owner: str | None = None
    due: dt.date | None = None


class OnePagerElement(_Model):
    """One of the offer's four core elements: text in plain words, the quoted evidence, what is missing."""

    element: Element
    title: str
    text: str
    evidence: list[str] = Field(default_factory=list)
    missing: list[str] = Field(
        default_factory=list, description="facts the notes do not give (never invented)"
    )


class Attendee(_Model):
    """A member of the buying centre (or our side) to invite."""

    name: str
    role: str | None = None
    organisation: str | None = None
    side: Literal["customer", "vendor"] = "customer"
    decision_maker: bool = False
    email: str | None = None


class Invitation(_Model):
    """The invitation to the decision meeting."""

    subject: str
    agenda: list[str]
    attendees: list[Attendee]
    body: str


class Practise(_Model):
    """Where to practise an objection: a built-in role-play scenario and the command that starts it."""

    scenario: str | None = None
    command: str | None = None


class LikelyObjection(_Model):
    """An objection to expect in the meeting, why, the root-cause questions and where to practise it."""

    type: str
    reason: str
    evidence: list[str] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    practise: Practise = Field(default_factory=Practise)
    sources: list[Source] = Field(default_factory=list)


class PrepareResult(_Model):
    """The preparation of one decision meeting."""

    language: Literal["de", "en"]
    provider: str
    notices: list[str] = Field(default_factory=list)
    deal_id: int | None = None
    deal_name: str | None = None
    customer: str | None = None
    offer: str | None = None
    meeting_date: dt.date | None = None
    meeting_time: str | None = None
    checklist: list[ChecklistItem]
    one_pager: list[OnePagerElement]
    invitation: Invitation
    likely_objections: list[LikelyObjection]
    sources: list[Source] = Field(default_factory=list)
