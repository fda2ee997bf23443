"""Helpers for line-based readers: iterate lines with offsets, and collect turn bodies."""

from __future__ import annotations

import re
from collections.abc import Iterator

from coach.text.readers.base import RawTurn


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, line) for every line of the text (end excludes the newline)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def body_turn(text: str, label: str | None, start: int, end: int, time: str | None) -> RawTurn | None:
    """Return a turn whose body is text[start:end] trimmed (None when empty)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    body = re.sub(r"<[^>]{1,40}>", "", text[start:end])
    return RawTurn(label=label, start=start, end=end, text=" ".join(body.split()), time=time)
