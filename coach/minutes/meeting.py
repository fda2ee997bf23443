"""The next meeting agreed in the notes ('Nächster Termin: 02.02.2027', 'Follow-up call: Tuesday', 'Kick-off 08.06.')."""

from __future__ import annotations

import re
from datetime import date

from coach.text.dates import resolve_due

_CUE = re.compile(
    r"(?:\bnext\b(?:\s+[\w-]+){0,3}\s*:|\bdate of (?:the )?next \w+|\bnext (?:meeting|call|session|steerco|review)\b|"
    r"\bnächste[rsn]?\s+(?:[\w-]+\s+)?(?:termin|treffen|meeting|sitzung|call|telko|runde|lenkungskreis|"
    r"\w*versammlung|jour fixe|abstimmung)\b|\bfolgetermin\b|\bfollow-?up(?:[- ]call| meeting| termin)?\b|"
    r"\bkick-?off\b|\bwiedervorlage\b|\bjour fixe\b|\bcheck-?in\b|\breconvene\b|\bmeet again\b)"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:tbd|tba|offen|none|keiner|kein|nicht vereinbart|not agreed|unklar|noch zu)\b", re.I
)


def next_meeting(text: str, base: date | None) -> date | None:
    """Return the date of the next agreed meeting (resolved against the meeting date), or None."""
    for line in text.split("\n"):
        m = _CUE.search(line.strip())
        if not m:
            continue
        rest = m.group("rest")
        due, phrase = resolve_due(rest, base)
        if due is None or phrase is None:
            continue
        before = rest[: rest.lower().find(phrase.lower())] if phrase.lower() in rest.lower() else rest
        if _VAGUE.search(before) or re.search(
            r"\b(?:prob\w*|vielleicht|maybe|voraussichtlich)\b", before, re.I
        ):
            continue
        if base is None or due >= base:
            return due
    return None
