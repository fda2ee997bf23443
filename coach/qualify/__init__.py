"""Call notes -> GPCTBA/C&I qualification: status and evidence per dimension, flags, readiness, next questions.

The engine has no UI or CLI code: `analyse(notes, brain=None, lang=None)` returns a `QualifyResult`.
"""

from coach.lazy import lazy_exports

_EXPORTS = {
    "analyse": "engine",
    "QualifyResult": "models",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)
