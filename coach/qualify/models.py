"""The qualification result (what the CLI prints as JSON) and the schema a language model answers with."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.knowledge import Source

DimensionKey = Literal[
    "goals",
    "plans",
    "challenges",
    "timeline",
    "budget",
    "authority",
    "negative_consequences",
    "positive_implications",
    "will_to_change",
    "information_relevance",
    "offer_fit",
]
Status = Literal["covered", "partial", "missing"]
FlagId = Literal[
    "budget_before_goals",
    "no_decision_maker",
    "timeline_far",
    "weak_will_to_change",
    "information_overload",
    "poor_offer_fit",
]
Lang = Literal["de", "en"]

CORE: tuple[str, ...] = (
    "goals",
    "plans",
    "challenges",
    "timeline",
    "budget",
    "authority",
    "negative_consequences",
    "positive_implications",
)
EXTENSIONS: tuple[str, ...] = ("will_to_change", "information_relevance", "offer_fit")
ALL_DIMENSIONS: tuple[str, ...] = CORE + EXTENSIONS
STATUS_RANK = {"missing": 0, "partial": 1, "covered": 2}


class Ignored(BaseModel):
    """A sentence that looked relevant to a dimension but was set aside, and why (a trap or a deferral)."""

    model_config = ConfigDict(extra="forbid")

    sentence: str
    reason: str


class DimensionResult(BaseModel):
    """What the notes say about one qualification dimension."""

    model_config = ConfigDict(extra="forbid")

    key: DimensionKey
    label: str
    status: Status
    evidence: list[str] = Field(default_factory=list, description="exact sentences from the notes")
    summary: str
    ignored: list[Ignored] = Field(default_factory=list, description="deferrals and traps that do not count")
    source: Literal["offline", "model"] = "offline"


class BantView(BaseModel):
    """The classic BANT view derived from the GPCTBA/C&I dimensions."""

    model_config = ConfigDict(extra="forbid")

    budget: Status
    authority: Status
    need: Status
    timeline: Status


class NextQuestion(BaseModel):
    """A question to ask in the next conversation, with the knowledge it comes from."""

    model_config = ConfigDict(extra="forbid")

    dimension: DimensionKey
    question: str
    why: str
    sources: list[Source]
    question_id: str | None = None
    tailored: bool = False


class Flag(BaseModel):
    """A warning the framework would raise, with a human message and the sentences behind it."""

    model_config = ConfigDict(extra="forbid")

    id: FlagId
    message: str
    evidence: list[str] = Field(default_factory=list)


class Readiness(BaseModel):
    """How far the qualification is: covered core dimensions and whether a proposal makes sense yet."""

    model_config = ConfigDict(extra="forbid")

    covered: int = Field(ge=0)
    total: int = Field(ge=1)
    ready: bool
    level: Literal["ready", "almost", "not_ready"]
    summary: str
    blocking: list[DimensionKey] = Field(
        default_factory=list, description="required dimensions not yet covered"
    )


class QualifyResult(BaseModel):
    """The qualification assessment of one set of call notes (the JSON of `coach qualify --json`)."""

    model_config = ConfigDict(extra="forbid")

    language: Lang
    provider: str
    notices: list[str] = Field(default_factory=list)
    dimensions: list[DimensionResult]
    extensions: list[DimensionResult]
    bant: BantView
    next_questions: list[NextQuestion]
    flags: list[Flag]
    readiness: Readiness
    chars: int = Field(0, ge=0, description="characters analysed")

    def dimension(self, key: str) -> DimensionResult:
        """Return the result of one dimension (core or extension) by key."""
        for item in (*self.dimensions, *self.extensions):
            if item.key == key:
                return item
        raise KeyError(key)

    def statuses(self) -> dict[str, str]:
        """Return {dimension key: status} for all eleven dimensions."""
        return {d.key: d.status for d in (*self.dimensions, *self.extensions)}


# --- what a language model is asked to return -------------------------------------------------------------


class ModelDimension(BaseModel):
    """The model's view of one dimension: status and verbatim quotes from the notes."""

    model_config = ConfigDict(extra="forbid")

    key: DimensionKey
    status: Status
    evidence: list[str] = Field(default_factory=list, max_length=5)
    summary: str = Field("", max_length=400)


class ModelQuestion(BaseModel):
    """A question the model tailored to the notes for one open dimension."""

    model_config = ConfigDict(extra="forbid")

    dimension: DimensionKey
    question: str = Field(min_length=5, max_length=400)
    why: str = Field("", max_length=300)


class ModelAssessment(BaseModel):
    """The model's whole answer: one entry per dimension, plus tailored questions."""

    model_config = ConfigDict(extra="forbid")

    dimensions: list[ModelDimension] = Field(max_length=22)
    questions: list[ModelQuestion] = Field(default_factory=list, max_length=12)
