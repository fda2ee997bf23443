"""Deals through milestone 6: dated items (call notes, minutes, preparations), the merged qualification, the three
quality gates over the deal's life, the stage, follow-through and CRM export.

`DealService(db, user)` in `coach.deals.service`; pure merging in `coach.deals.merge`; CRM export in `coach.deals.crm`.
"""

from coach.lazy import lazy_exports

_EXPORTS = {
    "DealService": "service",
    "DealView": "models",
    "DealSummary": "models",
    "to_crm_csv": "crm",
    "to_crm_json": "crm",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)
