"""SRT subtitles: a number line, `00:02:41,100 --> 00:02:47,650`, then `Name: text`."""

from __future__ import annotations

import re

from coach.text.readers.base import Parsed
from coach.text.readers.vtt import cue_turns

TIMING = re.compile(r"^\s*(?P<t>\d{1,2}:\d{2}:\d{2},\d{1,3})\s+-->\s+\d{1,2}:\d{2}:\d{2},\d{1,3}")


def looks_like(text: str) -> bool:
    """Return True when the text has SRT timing lines right after cue numbers."""
    return bool(re.search(r"(?m)^\s*\d+\s*\n\s*\d{1,2}:\d{2}:\d{2},\d{1,3}\s+-->", text))


def read(text: str) -> Parsed:
    """Return the turns of an SRT file."""
    turns = cue_turns(text, TIMING)
    return Parsed(format="srt", text=text, turns=turns, header_end=turns[0].start if turns else 0)
