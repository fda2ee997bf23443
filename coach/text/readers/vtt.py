"""WebVTT captions (Teams, Zoom, Meet): cues with `<v Name>` voice tags or `Name: text`."""

from __future__ import annotations

import re

from coach.text.names import is_name
from coach.text.readers._lines import body_turn, lines_with_offsets
from coach.text.readers.base import GENERIC, Parsed, RawTurn, inverted_name

# "00:01:12.300 --> 00:01:19.900"; Teams writes "0:0:4.580 --> 0:0:9.120" in its older .docx transcripts
TIMING = re.compile(
    r"^\s*(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3})\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]{1,80})>")
_NAMED = re.compile(r"^(?P<name>[^:<>\n]{1,80}?)\s*:\s+(?=\S)")


def looks_like(text: str) -> bool:
    """Return True for a WebVTT file (it starts with the WEBVTT line)."""
    return text.lstrip("\ufeff \n").startswith("WEBVTT")


def looks_like_cues(text: str) -> bool:
    """Return True when at least two lines are cue timings ('0:0:4.580 --> 0:0:9.120') without a WEBVTT header."""
    return sum(1 for line in text.split("\n")[:3000] if TIMING.match(line)) >= 2


def _name_line(line: str) -> bool:
    """Return True for a cue's first line that is only the speaker ('Brehm, Ottilie', 'Edda Vance (Guest)')."""
    line = line.strip()
    bare = re.sub(r"\s*\([^)]{1,40}\)$", "", line)
    return (
        0 < len(line) <= 60
        and not line.endswith((".", "!", "?", ",", ":"))
        and bool(GENERIC.match(bare) or inverted_name(bare) or is_name(bare))
    )


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
        elif "\n" in chunk.strip() and _name_line(chunk.strip().split("\n", 1)[0]):
            first = chunk.strip().split("\n", 1)[0]  # Teams: the speaker on the line after the timing
            label, body_start = first.strip(), s + chunk.index(first) + len(first)
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
