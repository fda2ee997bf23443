"""Decision-meeting minutes: raw notes in, structured minutes, the decision and the three quality gates out.

Entry point `draft_minutes(notes, brain=None, lang=None)`; exports for a UI or the CLI in `coach.minutes.export`
(`to_md` -> str, `to_docx` / `to_eml` -> bytes).
"""

from coach.minutes.engine import draft_minutes, offline_minutes
from coach.minutes.export import export, suggested_filename, to_docx, to_eml, to_md
from coach.minutes.models import ActionItem, Decision, GateCheck, MinutesResult, Objection, Participant

__all__ = [
    "draft_minutes",
    "offline_minutes",
    "export",
    "suggested_filename",
    "to_docx",
    "to_eml",
    "to_md",
    "MinutesResult",
    "Participant",
    "Objection",
    "Decision",
    "ActionItem",
    "GateCheck",
]
