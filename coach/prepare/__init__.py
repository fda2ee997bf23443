"""Preparing the decision meeting (milestone 6, before the meeting): checklist, one-pager of the four core
elements, invitation to the buying centre and likely objections — from a deal's items or one file of notes.

Entry points `prepare_notes(text, ...)` and `prepare_deal(service, deal_id, ...)` in `coach.prepare.engine`;
exports (md, docx, eml, ics) in `coach.prepare.export`.
"""

from coach.lazy import lazy_exports

_EXPORTS = {
    "PrepareResult": "models",
    "prepare_deal": "engine",
    "prepare_notes": "engine",
    "export": "export",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)
