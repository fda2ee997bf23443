"""Call notes -> GPCTBA/C&I qualification: status and evidence per dimension, flags, readiness, next questions.

The engine has no UI or CLI code: `analyse(notes, brain=None, lang=None)` returns a `QualifyResult`.
"""

from coach.qualify.engine import analyse
from coach.qualify.models import QualifyResult

__all__ = ["analyse", "QualifyResult"]
