"""Markdown transcripts: `**REP**: text`, `**Anna:** text`, `**[00:00:20] Anna:** text`."""

from __future__ import annotations

import re

from coach.text.names import TITLE, is_name
from coach.text.readers._lines import body_turn, lines_with_offsets
from coach.text.readers.base import Parsed, RawTurn, is_role_label

LINE = re.compile(
    r"^\s*(?:[-*>]\s+)?(?:\*\*|__)(?:\[?(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\]?\s*)?(?P<name>[^*_:\n]{1,80}?)\s*"
    r"(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*"
)


# Bold labels of a meeting note's fields, not of speakers: "**Date:**", "**Attendees:**", "**Nächste Schritte:**".
_FIELD = re.compile(
    r"(?i)(?:date|datum|time|zeit|uhrzeit|duration|dauer|when|wann|where|location|ort|place|venue|raum|room|"
    r"attendees?|participants?|teilnehmer\w*|anwesend\w*|present|invitees?|eingeladen|absent|abwesend|apologies|"
    r"not attending|entschuldigt|subject|betreff|topic|thema|agenda|tagesordnung|purpose|zweck|goal|ziel|"
    r"notes?|notizen|notetaker|note-taker|protokoll\w*|minutes|author|verfasser\w*|recorded by|summary|"
    r"zusammenfassung|tl;?dr|overview|überblick|context|kontext|background|hintergrund|outcome|ergebnis|"
    r"decision|entscheidung|status|next steps?|nächste schritte|action items?|to-?dos?|owner|due|fällig|"
    r"account|customer company|kundenunternehmen|company|firma|deal|opportunity|stage|phase|budget|"
    r"timeline|zeitplan|risks?|risiken|open questions?|offene fragen|"
    # a list of one side's people: "**Us (Docketline):** A, B", "**Them:** C, D"
    r"us|them|we|they|our side|their side|wir|uns|unsere seite|ihre seite)(?:\s*\([^)]*\))?"
)


def speaker_lines(text: str) -> list[str]:
    """Return the labels of the lines that open with a bold speaker label (field labels such as Date left out)."""
    out = []
    for line in text.split("\n"):
        m = LINE.match(line)
        if m and not _FIELD.fullmatch(m.group("name").strip()):
            out.append(m.group("name").strip())
    return out


def _speaker_like(label: str) -> bool:
    """Return True for a label that names a person or a role ('Anna Roth (Acme)', 'Dr. Meier', 'REP')."""
    bare = re.sub(rf"^{TITLE}+", "", re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", label)).strip()
    return is_name(bare) or is_role_label(bare)


def looks_like(text: str) -> bool:
    """Return True when bold speaker labels open at least two lines: voices that come back, or names and roles.

    Notes with bold fields ("**Date:**", "**Rückblick:**", "**Einwand (gelöst):**") name each field once.
    """
    labels = speaker_lines(text)
    return len(labels) >= 2 and (len(set(labels)) < len(labels) or all(_speaker_like(x) for x in labels))


def read(text: str) -> Parsed:
    """Return one turn per bold speaker line, with the following lines up to the next one or a heading."""
    turns: list[RawTurn] = []
    current: list | None = None
    first = None
    for start, end, line in lines_with_offsets(text):
        m = LINE.match(line)
        if m:
            if current:
                turn = body_turn(text, current[0], current[1], current[2], current[3])
                if turn:
                    turns.append(turn)
            first = start if first is None else first
            current = [m.group("name").strip(), start + m.end(), end, m.group("time")]
        elif current is not None:
            if re.match(r"^\s*(?:#|---|\*\*\*)", line):
                turn = body_turn(text, current[0], current[1], current[2], current[3])
                if turn:
                    turns.append(turn)
                current = None
            elif line.strip():
                current[2] = end
    if current:
        turn = body_turn(text, current[0], current[1], current[2], current[3])
        if turn:
            turns.append(turn)
    return Parsed(format="markdown_transcript", text=text, turns=turns, header_end=first or 0)
