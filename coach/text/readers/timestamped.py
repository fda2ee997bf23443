"""`[00:05] Mike: text` lines, and plain `Name: text` dialogues whose speakers recur."""

from __future__ import annotations

import re
from collections import Counter

from coach.text.names import is_name
from coach.text.readers._lines import body_turn, lines_with_offsets
from coach.text.readers.base import GENERIC, Parsed, RawTurn, role_side

# A chat export writes the date before the time: "[11.01.27, 07:42:10] Name: …" (WhatsApp on iOS),
# "11.01.27, 07:42 - Name: …" and "1/11/27, 7:42 AM - Name: …" (on Android)
_DATE = r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+)?"
_AMPM = r"(?:\s?[AaPp]\.?[Mm]\.?)?"
STAMPED = re.compile(
    rf"^\s*(?:[-*]\s+)?[\[(]?{_DATE}(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?){_AMPM}[\])]?\s*(?:[-–|]\s*)?"
    r"(?P<name>[^:\n]{1,80}?)\s*:\s+"
)
# "(00:00:03) Dev - text", "[00:05] Mike – text": a dash instead of the colon
STAMPED_DASH = re.compile(
    r"^\s*(?:[-*]\s+)?[\[(]?(?P<time>\d{1,2}:\d{2}(?::\d{2})?)[\])]?\s*(?P<name>[^:\n\-–—]{1,60}?)\s+[-–—]\s+(?=\S)"
)
PLAIN = re.compile(r"^\s*(?:[-*]\s+)?(?P<name>[^:\n\d][^:\n]{0,60}?)\s*:\s+(?=\S)")


def _speakerish(label: str) -> bool:
    core = re.sub(r"\s*[(\[].*$", "", label).strip()
    return bool(GENERIC.match(core) or role_side(core) != "unknown" or is_name(core))


def _stamped(line: str) -> re.Match[str] | None:
    """Return the match of a `[mm:ss] Name: text` or `(mm:ss) Name - text` line (the name must look like one)."""
    m = STAMPED.match(line)
    if m:
        return m
    m = STAMPED_DASH.match(line)
    return m if m and _speakerish(m.group("name").strip()) else None


def looks_like(text: str) -> bool:
    """Return True when at least two lines are `[mm:ss] Name: text` (or `(mm:ss) Name - text`)."""
    return sum(1 for line in text.split("\n") if _stamped(line)) >= 2


def looks_like_dialogue(text: str) -> bool:
    """Return True for `Name: text` lines where at least two speakers recur and most lines are such turns."""
    lines = [line for line in text.split("\n") if line.strip()]
    labels = [
        m.group("name").strip() for line in lines if (m := PLAIN.match(line)) and _speakerish(m.group("name"))
    ]
    counts = Counter(labels)
    recurring = [k for k, v in counts.items() if v >= 2]
    if len(recurring) >= 2 and len(labels) >= 0.4 * len(lines) and len(counts) <= 8:
        return True
    return _short_exchange(lines, labels, counts)


def _short_exchange(lines: list[str], labels: list[str], counts: Counter[str]) -> bool:
    """Return True for a short call between two people by full name: every line a turn, the speakers alternating.

    "Anna Roth: …" / "Ben Kurz: …" / "Anna Roth: …": one of the two speaks only once, yet the lines are turns
    (whole sentences, alternating speakers) and not a list of people with their roles.
    """
    if len(counts) != 2 or len(labels) < 3 or len(labels) != len(lines):
        return False
    if not all(len(name.split()) >= 2 and is_name(name) for name in counts):
        return False
    changes = sum(1 for a, b in zip(labels, labels[1:], strict=False) if a != b)
    bodies = [PLAIN.sub("", line, count=1) for line in lines]
    return changes >= 2 and sum(len(b.split()) for b in bodies) >= 5 * len(bodies)


def read(text: str, dialogue: bool = False) -> Parsed:
    """Return one turn per speaker line, with continuation lines up to the next speaker line or a blank line."""
    match = PLAIN.match if dialogue else _stamped
    turns: list[RawTurn] = []
    current: list | None = None
    first = None

    def close() -> None:
        if current:
            turn = body_turn(text, current[0], current[1], current[2], current[3])
            if turn:
                turns.append(turn)

    for start, end, line in lines_with_offsets(text):
        m = match(line)
        if m and (not dialogue or _speakerish(m.group("name"))):
            close()
            first = start if first is None else first
            current = [m.group("name").strip(), start + m.end(), end, m.groupdict().get("time")]
        elif current is not None and line.strip():
            current[2] = end
        elif current is not None:
            close()
            current = None
    close()
    fmt = "dialogue" if dialogue else "timestamped"
    if dialogue and turns and all(GENERIC.match(t.label or "") for t in turns):
        fmt = "unnamed"  # "Teilnehmer A: …", "Speaker 1: …": unnamed speakers
    return Parsed(format=fmt, text=text, turns=turns, header_end=first or 0)
