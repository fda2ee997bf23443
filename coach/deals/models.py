"""The deal as the CLI prints it (`coach deal show --json`) and the web tab shows it: pydantic models."""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from coach.knowledge import Source

ItemKind = Literal["notes", "minutes", "preparation", "stage"]
Stage = Literal[
    "new",
    "qualifying",
    "ready_for_decision",
    "decision_prepared",
    "follow_through",
    "won",
    "lost",
    "on_hold",
]
Status = Literal["covered", "partial", "missing"]
GateStatus = Literal["met", "not_met", "unclear"]
STAGES: tuple[Stage, ...] = get_args(Stage)  # in milestone order, as the Literal lists them
# what a salesperson can set by hand (`coach deal set ID --stage …`): every stage but the computed start
SETTABLE: tuple[Stage, ...] = tuple(s for s in STAGES if s != "new")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DealItem(_Model):
    """One dated item of a deal (its text and engine result stay in storage)."""

    id: int
    kind: ItemKind
    date: dt.date
    title: str
    language: Literal["de", "en"]
    provider: str
    created_at: str


class StageSetting(_Model):
    """What a salesperson recorded by hand: the stage the deal reached outside the tool, with a note."""

    stage: Stage
    note: str = ""


class ManualStage(_Model):
    """The hand-set stage the deal's stage comes from (no later item moved it on): stage, date, note, item."""

    stage: Stage
    date: dt.date
    note: str = ""
    item_id: int


class MergedDimension(_Model):
    """One GPCTBA/C&I dimension over the deal's life: the newest evidence, its date and source item."""

    key: str
    label: str
    status: Status
    evidence: list[str] = Field(default_factory=list)
    date: dt.date | None = None
    item_id: int | None = None
    contradicted: bool = False
    history: list[Status] = Field(default_factory=list, description="the merged status after each notes item")


class TrendPoint(_Model):
    """The merged qualification after one notes item (for the trend chart)."""

    item_id: int
    date: dt.date
    covered: int
    partial: int


class DealGate(_Model):
    """One quality gate over the deal's life: met once any minutes met it, else the newest minutes' status."""

    id: str
    label: str
    status: GateStatus
    evidence: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    item_id: int | None = None
    date: dt.date | None = None


class DealAction(_Model):
    """An agreed action (from minutes, or a commitment in call notes) with its owner and due date."""

    task: str
    owner: str | None = None
    due: dt.date | None = None
    item_id: int
    source: Literal["minutes", "notes"]


class Readiness(_Model):
    """How many of the eight core dimensions the merged qualification covers."""

    covered: int
    total: int
    level: Literal["ready", "almost", "not_ready"]
    blocking: list[str] = Field(default_factory=list)


class DealView(_Model):
    """A deal with everything merged (the JSON of `coach deal show --json`)."""

    id: int
    name: str
    customer: str | None = None
    offer: str | None = None
    user: str
    created_at: str
    updated_at: str
    last_activity: dt.date | None = None
    stage: Stage
    stage_label: str
    stage_by_hand: ManualStage | None = Field(
        default=None,
        description="set when the stage is the one a salesperson set by hand; gates stay as proven",
    )
    stage_text: str = Field(
        default="", description="the stage in words, with 'set by hand on …' and the gates the minutes prove"
    )
    items: list[DealItem]
    qualification: list[MergedDimension]
    readiness: Readiness
    trend: list[TrendPoint]
    gates: list[DealGate]
    decision: Literal["positive", "positive_with_conditions", "negative", "pending"] | None = None
    open_actions: list[DealAction]
    next_steps: list[str] = Field(default_factory=list)
    minutes_send_by: dt.date | None = None
    minutes_sent: bool = False
    notices: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)


class DealSummary(_Model):
    """One line of `coach deal list`."""

    id: int
    name: str
    customer: str | None = None
    stage: Stage
    items: int
    last_activity: dt.date | None = None
    minutes_send_by: dt.date | None = None
    minutes_sent: bool = False
