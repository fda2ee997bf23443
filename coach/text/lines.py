"""Notes as lines with sections (header, participants, body, actions), their sentences and clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coach.text.names import UPPER
from coach.text.sentences import sentence_texts

Section = Literal["header", "participants", "body", "actions"]

_BULLET = re.compile(r"^\s*(?:[-*•·▪–—]|\d{1,2}[.)])\s+")
_STAMP = re.compile(r"^\s*\[\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*\]\s*")
_ACTIONS_WORDS = (
    r"to-?\s?dos?|todos?|aufgaben|action items?|action points|next steps|nächste schritte|follow-?ups?|vereinbart|"
    r"weitere schritte|maßnahmen|massnahmen|agreed actions|offene aufgaben|vereinbarungen|tasks|actions?|ais"
)
_PARTICIPANT_WORDS = (
    r"teilnehmerliste|teilnehmer(?:innen)?|teilnehmende|attendees|participants|anwesend|anwesende|"
    r"(?:meeting\s+)?attendance|anwesenheit(?:sliste)?|participant\s+list"
)
_OTHER_WORDS = r"notizen|notes|verlauf|agenda|ablauf|discussion|diskussion|protokoll"
_HEADING = re.compile(
    rf"^\s*(?P<word>{_ACTIONS_WORDS}|{_PARTICIPANT_WORDS}|{_OTHER_WORDS})\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ACTIONS_RE = re.compile(rf"^(?:{_ACTIONS_WORDS})$", re.IGNORECASE)
_PARTICIPANTS_RE = re.compile(rf"^(?:{_PARTICIPANT_WORDS})$", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One non-empty line of the notes with its position, section and transcript speaker."""

    index: int
    para: int
    raw: str
    text: str
    section: Section
    bullet: bool
    stamped: bool
    speaker: str | None


@dataclass(frozen=True)
class Sentence:
    """One sentence of a line (a substring of the notes)."""

    text: str
    line: Line


_CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|\s[–—]\s|\s-\s|->|=>|,?\s+but\s+|,?\s+aber\s+|:\s+(?=\w+\s))\s*", re.IGNORECASE
)


def split_clauses(sentence: str) -> list[str]:
    """Return the clauses of a sentence, split at semicolons, dashes, arrows and 'but'/'aber'."""
    return [c for c in (p.strip() for p in _CLAUSE_SPLIT.split(sentence)) if c]


def heading(text: str) -> tuple[Section | None, str]:
    """Return (section, rest) when the line starts with a section heading such as 'ToDos' or 'Attendees:'."""
    m = _HEADING.match(text)
    if not m:
        return None, text
    word, rest = m.group("word"), m.group("rest").strip()
    if _ACTIONS_RE.match(word):
        section: Section = "actions"
    elif _PARTICIPANTS_RE.match(word):
        section = "participants"
    else:
        section = "body"
    # A heading word followed by running text without a colon is an ordinary sentence ("Notes from the ...").
    after = text[m.end("word") :].lstrip()
    if rest and not after.startswith(":"):
        return None, text
    return section, rest


_SPEAKER = re.compile(
    rf"^(?P<speaker>[{UPPER}][\w'’.-]*(?:\s+(?:[{UPPER}][\w'’.-]*|de|van|von|der|den|da)){{0,3}})(?:\s*\([^)]*\))?\s*:\s"
)


# A Markdown field label: "**Attendees:**", "__Next steps__:".
_BOLD_LABEL = re.compile(r"^(?:\*\*|__)(?P<label>[^*_\n]{1,60}?)(?:\*\*|__)(?=\s*:|(?<=:(?:\*\*|__)))")


def segment(notes: str) -> list[Line]:
    """Return the non-empty lines of the notes with their section: header, participants, body or actions."""
    lines: list[Line] = []
    para = 0
    section: Section = "header"
    seen_content = 0
    label_section: Section | None = None
    prev_blank = False
    for index, raw in enumerate(notes.split("\n")):
        if not raw.strip():
            para += 1
            prev_blank = True
            if label_section == "actions":
                section = "body"
            label_section = None
            continue
        stamped = bool(_STAMP.match(raw))
        text = _STAMP.sub("", raw)
        bullet = bool(_BULLET.match(text))
        text = _BULLET.sub("", text).strip()
        head, rest = heading(text)
        if head is None and (bold := _BOLD_LABEL.match(text)):
            head, rest = heading(bold.group("label") + text[bold.end() :])
            if head:
                text = bold.group("label") + text[bold.end() :]  # "**Attendees:** …" read as "Attendees: …"
        if head:
            section = head
            label_section = head if rest else None
        elif label_section == "participants":
            section, label_section = "body", None
        elif section == "header" and seen_content >= 3:
            section = "body"
        elif section == "actions" and not bullet and not stamped and prev_blank:
            section = "body"
        elif section == "participants" and not bullet and prev_blank:
            section = "body"
        elif section == "actions" and stamped and not bullet:
            section = "body"
        speaker = None
        sm = _SPEAKER.match(text)
        if sm and (stamped or bullet is False):
            speaker = sm.group("speaker")
        lines.append(
            Line(
                index=index,
                para=para,
                raw=raw,
                text=text,
                section=section,
                bullet=bullet,
                stamped=stamped,
                speaker=speaker,
            )
        )
        seen_content += 1
        prev_blank = False
    return lines


def sentences(lines: list[Line], sections: tuple[Section, ...] | None = None) -> list[Sentence]:
    """Return the sentences of the given lines (optionally only those in some sections)."""
    out: list[Sentence] = []
    for line in lines:
        if sections and line.section not in sections:
            continue
        out.extend(Sentence(text=s, line=line) for s in sentence_texts(line.text))
    return out
