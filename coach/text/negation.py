"""Negation and deferral cues shared by the minutes rules (the decision, the outcome model's inputs, the gates)."""

from __future__ import annotations

import re

# the words that negate what follows: 'nicht', 'kein Vertrag', 'not', 'never', 'nothing signed', "hasn't"
WORDS = r"nicht|noch nicht|not|no|never|kein\w*|nobody|niemand|nothing|none|nichts|nix"
NEGATED = re.compile(rf"\b(?:{WORDS})\b|n't\b", re.IGNORECASE)
# a negation that still reaches a cue a few characters later in the same clause ('hat noch nicht zugesagt')
_BEFORE = re.compile(
    r"\b(?:nicht|noch nicht|not|no|never|kein\w*|weder|haven't|hasn't|didn't|won't|wouldn't)\b[^.,;]{0,25}$",
    re.IGNORECASE,
)
# a negation right before a cue, at most two words away ('bitte nicht als Absage verstehen')
_JUST_BEFORE = re.compile(r"\b(?:nicht|not|kein\w*|no)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
# a decision put off, in any form of the verb: 'vertagt', 'wir vertagen', 'verschoben', 'zurückgestellt',
# 'postponed', 'we postpone', 'deferred', 'tabled', 'on hold'
DEFERRAL = (
    r"vertag(?:t|en|e|ung)|verschoben|zurückgestellt|zurückstellen|zurückzustellen|postpone[sd]?|defer(?:red|s)?|"
    r"tabled|on hold"
)
WINDOW = 120  # a negation is looked for this many characters before a cue at most (it must be close anyway)


def negated(text: str) -> bool:
    """Return True when a text holds any negation."""
    return NEGATED.search(text) is not None


def negated_before(text: str, start: int) -> bool:
    """Return True when a negation in the same clause reaches the cue that starts at `start`."""
    return _BEFORE.search(text, max(0, start - WINDOW), start) is not None


def negated_just_before(text: str, start: int) -> bool:
    """Return True when a negation stands at most two words before the cue that starts at `start`."""
    return _JUST_BEFORE.search(text, max(0, start - WINDOW), start) is not None
