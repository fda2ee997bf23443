"""Decision-meeting minutes: raw notes in, structured minutes, the decision and the three quality gates out.

Entry point `draft_minutes(notes, brain=None, lang=None)`; exports for a UI or the CLI in `coach.minutes.export`
(`to_md` -> str, `to_docx` / `to_eml` -> bytes).
"""

from coach.lazy import lazy_exports

_EXPORTS = {
    "draft_minutes": "engine",
    "offline_minutes": "engine",
    "suggested_filename": "export",
    "to_docx": "export",
    "to_eml": "export",
    "to_md": "export",
    "ActionItem": "models",
    "Decision": "models",
    "GateCheck": "models",
    "MinutesResult": "models",
    "Objection": "models",
    "Participant": "models",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)
