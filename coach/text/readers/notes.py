"""Call notes and other prose (bullets, shorthand, paragraphs): no speaker turns."""

from __future__ import annotations

from coach.text.readers.base import Parsed


def read(text: str) -> Parsed:
    """Return the notes as they are, without turns."""
    return Parsed(format="notes", text=text)
