"""Choose a reader for a text (or a file name): transcripts first, then e-mail, CRM records, dialogues, notes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coach.text.readers import crm, email, markdown, notes, srt, timestamped, vtt, zoom
from coach.text.readers.base import Parsed

READERS: dict[str, Callable[[str], Parsed]] = {
    "vtt": vtt.read,
    "srt": srt.read,
    "zoom": lambda t: zoom.read(t, "zoom"),
    "unnamed": lambda t: zoom.read(t, "unnamed"),
    "teams_docx": lambda t: _teams(t),
    "markdown_transcript": markdown.read,
    "timestamped": timestamped.read,
    "dialogue": lambda t: timestamped.read(t, dialogue=True),
    "email": email.read,
    "crm": crm.read,
    "notes": notes.read,
}


def _teams(text: str) -> Parsed:
    """Return the turns of a Teams .docx transcript: 'Name  0:03' blocks, or older timing / name / text cues."""
    if zoom.looks_like(text) or not vtt.looks_like_cues(text):
        return zoom.read(text, "teams_docx")
    parsed = vtt.read(text)
    parsed.format = "teams_docx"
    return parsed


def detect_format(text: str, name: str | None = None) -> str:
    """Return the format id of a text: vtt, srt, email, markdown_transcript, zoom/unnamed, timestamped, crm, dialogue, notes."""
    suffix = Path(name or "").suffix.lower()
    if suffix == ".vtt" or vtt.looks_like(text):
        return "vtt"
    if suffix == ".srt" or srt.looks_like(text):
        return "srt"
    if vtt.looks_like_cues(text):
        return "vtt"  # caption cues without the WEBVTT line or SRT numbers
    if suffix == ".eml" or email.looks_like(text):
        return "email"
    if markdown.looks_like(text):
        return "markdown_transcript"
    if zoom.looks_like(text):
        return "zoom"
    if timestamped.looks_like(text):
        return "timestamped"
    if crm.looks_like(text) or suffix in (".yaml", ".yml"):
        return "crm"
    if timestamped.looks_like_dialogue(text):
        return "dialogue"
    return "notes"


def parse(text: str, fmt: str | None = None, name: str | None = None) -> Parsed:
    """Return the reader's result for a text in the given format (detected when None)."""
    fmt = fmt or detect_format(text, name)
    if fmt == "zoom":
        return zoom.read(text)
    if fmt == "email":
        return email.read(
            text,
            eml=Path(name or "").suffix.lower() == ".eml"
            or text.lstrip()
            .lower()
            .startswith(("from:", "received:", "return-path:", "mime-version:", "message-id:")),
        )
    return READERS[fmt](text)
