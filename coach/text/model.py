"""The document model every engine reads: turns with speaker and side, sentences with offsets, people, language."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Side = Literal["seller", "customer", "unknown"]
Format = Literal[
    "notes",
    "vtt",
    "srt",
    "zoom",
    "unnamed",
    "markdown_transcript",
    "timestamped",
    "teams_docx",
    "email",
    "crm",
    "dialogue",
]
FORMATS: tuple[str, ...] = get_args(Format)
TRANSCRIPT_FORMATS = frozenset(
    {"vtt", "srt", "zoom", "unnamed", "markdown_transcript", "timestamped", "teams_docx", "dialogue"}
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Participant(_Model):
    """A person who takes part or is named as a contact, with the side they sit on."""

    name: str
    role: str | None = None
    organisation: str | None = None
    side: Side = "unknown"
    email: str | None = None


class Organisation(_Model):
    """A company named in the text: ours (seller) or the customer's."""

    name: str
    side: Side = "unknown"


class Turn(_Model):
    """One block of a transcript or one message of an e-mail thread; start/end are offsets into Document.text."""

    index: int
    speaker: str | None = None
    side: Side = "unknown"
    time: str | None = None
    text: str
    start: int = 0
    end: int = 0


class Sentence(_Model):
    """One sentence with its offsets into Document.text and the turn (speaker, side) it belongs to."""

    text: str
    start: int
    end: int
    turn: int | None = None
    speaker: str | None = None
    side: Side = "unknown"


class Document(_Model):
    """A read input: the plain text, its format, language, turns, sentences, people, organisations and dates."""

    text: str
    format: Format = "notes"
    language: Literal["de", "en"] = "de"
    turns: list[Turn] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    participants: list[Participant] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    meeting_date: date | None = None
    seller_company: str | None = None
    customer_company: str | None = None
    notices: list[str] = Field(default_factory=list)

    @property
    def is_transcript(self) -> bool:
        """Return True when the text is made of speaker turns (a transcript or an e-mail thread)."""
        return bool(self.turns)

    def customer_sentences(self) -> list[Sentence]:
        """Return the sentences that may speak for the customer: side customer or unknown, never seller."""
        return [s for s in self.sentences if s.side != "seller"]

    def seller_sentences(self) -> list[Sentence]:
        """Return the sentences said or written by the seller's side."""
        return [s for s in self.sentences if s.side == "seller"]

    def person_of(self, speaker: str | None) -> Participant | None:
        """Return the participant a turn's speaker stands for, also when the label reads 'Surname, Given'."""
        if not speaker:
            return None
        last, comma, first = speaker.partition(",")
        keys = {speaker.strip().casefold(), f"{first.strip()} {last.strip()}".casefold() if comma else ""}
        return next((p for p in self.participants if p.name.casefold() in keys), None)

    def side_of(self, name: str | None) -> Side:
        """Return the side of a person (full name, first name or surname, case-insensitive); unknown if not found."""
        if not name:
            return "unknown"
        key = name.strip().casefold()
        for p in self.participants:
            if p.name.casefold() == key:
                return p.side
        hits = {
            p.side
            for p in self.participants
            if key in (part.casefold() for part in p.name.split()) or (p.email or "").casefold() == key
        }
        for t in self.turns:
            if t.speaker and t.speaker.casefold() == key:
                hits.add(t.side)
        hits.discard("unknown")
        return hits.pop() if len(hits) == 1 else "unknown"

    def text_without(self, side: Side) -> str:
        """Return the text with the turns of one side left out (each kept turn on its own paragraph)."""
        if not self.turns:
            return self.text
        return "\n\n".join(t.text for t in self.turns if t.side != side)
