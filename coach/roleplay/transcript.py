"""The turns of a role-play conversation, as stored, scored and printed."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.roleplay.buyer import Decision, Move
from coach.roleplay.techniques import Technique


class Turn(BaseModel):
    """One utterance: who spoke, the text, the rep's techniques, or the buyer's move."""

    model_config = ConfigDict(extra="forbid")

    speaker: Literal["buyer", "rep"]
    text: str
    techniques: list[Technique] = Field(default_factory=list)
    evidence: dict[str, str] = Field(default_factory=dict)
    objection: int = 0
    move: Move | None = None
    revealed_layer: int | None = None
    fact: str | None = None
    premature_concession: bool = False
    decision: Decision = "open"
    hint: str | None = None
    provider: str = "offline"
