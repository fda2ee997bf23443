"""Zoom / Otter / Fireflies text exports and Teams .docx transcripts: `Name  00:01:23` alone, the text below."""

from __future__ import annotations

import re

from coach.text.readers._lines import body_turn, lines_with_offsets
from coach.text.readers.base import GENERIC, Parsed, RawTurn

_TIME = r"\(?\[?(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)\]?\)?"
HEADER = re.compile(
    rf"^\s*(?:(?P<name>[^\d\s:\[(][^:\n]{{0,70}}?)\s*(?:[-–|,]\s*)?{_TIME}|{_TIME.replace('time', 'time2')}\s*(?:[-–|]\s*)?"
    rf"(?P<name2>[^\d\s:\[(][^:\n]{{0,70}}?))\s*$"
)


def _header(line: str) -> tuple[str, str] | None:
    m = HEADER.match(line)
    if not m:
        return None
    name = (m.group("name") or m.group("name2") or "").strip(" -–|,")
    time = m.group("time") or m.group("time2")
    if not name or len(name.split()) > 8 or name.endswith((".", "!", "?")):
        return None
    return name, time


def looks_like(text: str) -> bool:
    """Return True when at least two lines are 'Name  time' headers with text below them."""
    found = 0
    for line in text.split("\n")[:2000]:
        if len(line) < 90 and _header(line):
            found += 1
            if found >= 2:
                return True
    return False


def read(text: str, fmt: str | None = None) -> Parsed:
    """Return the turns: each header starts a turn, the lines up to the next header are its body."""
    turns: list[RawTurn] = []
    current: tuple[str, str, int] | None = None
    last_end = 0
    first: int | None = None
    for start, end, line in lines_with_offsets(text):
        h = _header(line) if len(line) < 90 else None
        if h:
            first = start if first is None else first
            if current:
                turn = body_turn(text, current[0], current[2], last_end, current[1])
                if turn:
                    turns.append(turn)
            current = (h[0], h[1], end + 1)
            last_end = end + 1
            continue
        if line.strip():
            last_end = end
    if current:
        turn = body_turn(text, current[0], current[2], max(last_end, current[2]), current[1])
        if turn:
            turns.append(turn)
    if fmt is None:
        labels = {t.label for t in turns if t.label}
        fmt = "unnamed" if labels and all(GENERIC.match(lab) for lab in labels) else "zoom"
    return Parsed(format=fmt, text=text, turns=turns, header_end=first or 0)
