"""WebVTT captions (Teams, Zoom, Meet): cues with `<v Name>` voice tags or `Name: text`."""

from __future__ import annotations

import re

from coach.text.readers._lines import body_turn, lines_with_offsets
from coach.text.readers.base import Parsed, RawTurn

TIMING = re.compile(
    r"^\s*(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]{1,80})>")
_NAMED = re.compile(r"^(?P<name>[^:<>\n]{1,80}?)\s*:\s+(?=\S)")


def looks_like(text: str) -> bool:
    """Return True for a WebVTT file (it starts with the WEBVTT line)."""
    return text.lstrip("\ufeff \n").startswith("WEBVTT")


def cue_turns(text: str, timing: re.Pattern[str] = TIMING) -> list[RawTurn]:
    """Return one turn per cue: the lines after a timing line up to the next blank line."""
    turns: list[RawTurn] = []
    current: list[int] | None = None
    time = None
    last_label: str | None = None

    def close() -> None:
        nonlocal last_label
        if current is None:
            return
        s, e = current
        label, body_start = None, s
        chunk = text[s:e]
        voice = _VOICE.search(chunk)
        named = _NAMED.match(chunk)
        if voice:
            label, body_start = voice.group("name").strip(), s + voice.end()
        elif named and len(named.group("name").split()) <= 6:
            label, body_start = named.group("name").strip(), s + named.end()
        turn = body_turn(text, label or last_label, body_start, e, time)
        if turn is not None:
            turn.text = re.sub(r"</?v[^>]*>|</?[biuc](?:\.[\w.]+)?>", "", turn.text).strip()
            turns.append(turn)
            last_label = turn.label
        return

    for start, end, line in lines_with_offsets(text):
        m = timing.match(line)
        if m:
            close()
            current, time = None, m.group("t")
            current = [end + 1, end + 1]
            continue
        if current is not None:
            if not line.strip():
                close()
                current = None
            else:
                if current[1] == current[0]:
                    current[0] = start
                current[1] = end
    close()
    return [t for t in turns if t.text]


def read(text: str) -> Parsed:
    """Return the turns of a WebVTT file."""
    turns = cue_turns(text)
    return Parsed(format="vtt", text=text, turns=turns, header_end=turns[0].start if turns else 0)
