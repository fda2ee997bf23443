"""The seller's success stories: what another customer achieved with the offer is no fact of this customer.

A seller backs the pitch with a reference ("Reference client X cut returns by 30 %", "Referenzkunde Y spart 20 %
Energie", "At Z we saw 40 % fewer findings"). In a transcript whose sides the text layer could not tell, or in the
seller's own notes, such a sentence reads like a challenge or a positive implication of the customer. It needs
two things: a reference (the word, a case study, or "at <another organisation> we …") and a result in numbers.
"""

from __future__ import annotations

import re

_REFERENCE = re.compile(
    r"\b(?:referenz\w*|references?|reference (?:customers?|clients?|sites?|accounts?|projects?)|case stud(?:y|ies)|"
    r"fallstudie\w*|success stor(?:y|ies)|erfolgsgeschichte\w*|anwenderbericht\w*)\b",
    re.IGNORECASE,
)
# "bei <Name …> haben wir …", "at <Name …> we saw …": a result the seller saw at another organisation
_AT_ANOTHER = re.compile(
    r"\b(?i:bei|at|with|für|for)\s+(?!uns\b|us\b|our\b|unser\w*)(?:[A-ZÄÖÜ][\w&.'’-]*\s+){1,4}"
    r"(?:(?:haben|hatten|konnten)\s+wir|we\s+(?:have\s+)?(?:saw|seen|cut|reduced|achieved|delivered|helped|saved|"
    r"got|brought))\b"
)
_RESULT = re.compile(
    r"\d[\d.,]*\s*(?:%|prozent|percent|x\b|k\b|€|eur\b|euro|\$|stunden|hours|tage|days|wochen|weeks)"
    r"|\b(?:halbiert|halved|verdoppelt|doubled)\b",
    re.IGNORECASE,
)
_GAIN = re.compile(
    r"\b(?:spar\w*|save[sd]?|saving|senk\w*|gesenkt|reduz\w*|reduc\w*|cut|weniger|fewer|less|mehr|more|steiger\w*|"
    r"gesteigert|increas\w*|improv\w*|verbesser\w*|erreich\w*|achiev\w*|gesehen|seen|saw|halbiert|halved|"
    r"verdoppelt|doubled|schneller|faster)\b",
    re.IGNORECASE,
)
# the customer asking for a reference is their need, not a claim ("wants a reference", "Referenz gewünscht")
_ASKS = re.compile(
    r"\b(?:will|möchte|wünscht|gewünscht|braucht|fragt|fragen|bitte|wants?|asks?|asked|requests?|requested|need\w*|"
    r"would like)\b",
    re.IGNORECASE,
)


def reference_claim(text: str) -> bool:
    """Return True when a sentence tells what another customer achieved with the seller (a reference, in numbers)."""
    if not _RESULT.search(text) or not _GAIN.search(text):
        return False
    if _AT_ANOTHER.search(text):
        return True
    return bool(_REFERENCE.search(text)) and not _ASKS.search(text)
