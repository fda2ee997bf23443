"""Markdown transcripts: `**REP**: text`, `**Anna:** text`, `**[00:00:20] Anna:** text`."""

from __future__ import annotations

import re

from coach.text.readers._lines import body_turn, lines_with_offsets
from coach.text.readers.base import Parsed, RawTurn

LINE = re.compile(
    r"^\s*(?:[-*>]\s+)?(?:\*\*|__)(?:\[?(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\]?\s*)?(?P<name>[^*_:\n]{1,80}?)\s*"
    r"(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*"
)


def looks_like(text: str) -> bool:
    """Return True when at least two lines start with a bold speaker label."""
    return sum(1 for line in text.split("\n") if LINE.match(line)) >= 2


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
