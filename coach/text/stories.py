"""The seller's stories in the seller's own notes: a reference named, what another customer achieved with us.

Notes and CRM records have no speakers: the writer is the seller, and a line such as "Referenz X erwähnt: 20 %
weniger Anrufe", "reference: 14 clients in the sector" or "another client went live with us in 9 weeks" tells
the seller's success story, never this customer's challenge or goal. `reference_note` tells them apart; the
customer asking for a reference ("will eine Referenz", "wants a case study") is the customer's need.
"""

from __future__ import annotations

import re

_REF_WORD = (
    r"(?:referenz\w*|references?|reference (?:customers?|clients?|sites?|accounts?|projects?)|case stud(?:y|ies)|"
    r"fallstudie\w*|success stor(?:y|ies)|erfolgsgeschichte\w*|anwenderbericht\w*|kundenbeispiel\w*|"
    r"customer stor(?:y|ies))"
)
_TOLD = (
    r"(?:erwähnt|erwaehnt|genannt|gezeigt|vorgestellt|geteilt|geschickt|zitiert|mentioned|shared|shown|showed|named|"
    r"cited|quoted|sent|gave|given)"
)
# "Referenz X erwähnt: …", "wir haben Referenz Y genannt", "shared the case study of Z"
_NAMED = re.compile(
    rf"\b{_REF_WORD}\b[^.!?\n]{{0,60}}?\b{_TOLD}\b|\b{_TOLD}\s+(?:(?:the|a|an|our|die|den|eine?n?|unsere?n?)\s+)?"
    rf"{_REF_WORD}\b",
    re.IGNORECASE,
)
# a line or bullet headed by the word: "Referenz: 14 Kunden im Sektor", "- Case study: …"
_LABELLED = re.compile(rf"^\W*{_REF_WORD}\s*:", re.IGNORECASE)
_WORD = re.compile(rf"\b{_REF_WORD}\b", re.IGNORECASE)
_RESULT = re.compile(
    r"\d[\d.,]*\s*(?:%|prozent|percent|x\b|k\b|€|eur\b|euro|\$|stunden|hours|tage|days|wochen|weeks|monate\w*|"
    r"months)|\b(?:halbiert|halved|verdoppelt|doubled|minus|plus)\b",
    re.IGNORECASE,
)
# another organisation's result with us: "X went live with us in 11 weeks", "for two other groups … they went live",
# "bei seinen Bestandskunden amortisiert sich das nach 6 Monaten"
_OTHERS = re.compile(
    r"\b(?:went|gone|go|were|was) live (?:with us|on our)\b|\blive gegangen (?:mit uns|bei uns)\b"
    r"|\b(?:for|at|with|bei|für|mit)\s+(?:\w+\s+)?(?:other|andere[nmr]?|weitere[nmr]?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:customers?|clients?|\w*kunden|\w*groups?|\w*gruppen|companies|firmen|häusern|sites)\b"
    r"|\b(?:bei|für|with|for)\s+(?:seinen|ihren|unseren|his|her|their|our)\s+(?:[\w-]+\s+)?"
    r"(?:[\w-]*kunden|customers|clients)\b",
    re.IGNORECASE,
)
_GOT = re.compile(
    r"\b(?:amortis\w*|spar\w*|save[sd]?|senk\w*|gesenkt|reduz\w*|reduc\w*|cut|weniger|fewer|less|went live|live|"
    r"steiger\w*|increas\w*|improv\w*|verbesser\w*|erreich\w*|achiev\w*|halbiert|halved|verdoppelt|doubled)\b",
    re.IGNORECASE,
)
# the customer asking for a reference is their need, not a claim ("wants a reference", "Referenz gewünscht")
_ASKS = re.compile(
    r"\b(?:will|möchte|wünscht|gewünscht|braucht|fragt|fragen|fragte|bitte|wants?|asks?|asked|requests?|requested|"
    r"need\w*|would like|verlangt|erwartet|expects?)\b",
    re.IGNORECASE,
)
# "dort 30 % weniger Ausfalltage": the sentence after a reference tells its result
_THERE = re.compile(
    r"^\W*(?:dort|there|bei denen|bei ihnen|at that (?:site|client|customer))\b", re.IGNORECASE
)


# word stems one of the patterns needs: a sentence without any is skipped at the cost of a substring test
_REF_STEMS = (
    "referen",
    "case stud",
    "fallstud",
    "success stor",
    "erfolgsgesch",
    "anwenderber",
    "kundenbeisp",
    "customer stor",
)
_OTHER_STEMS = (
    "other",
    "ander",
    "weitere",
    "live",
    "seinen",
    "ihren",
    "unseren",
    "his ",
    "her ",
    "their ",
    "our ",
)


def reference_note(text: str) -> bool:
    """Return True when a notes sentence tells the seller's reference or another customer's result with us."""
    low = text.casefold()
    if any(stem in low for stem in _REF_STEMS):
        if _ASKS.search(text):
            return False
        if _LABELLED.match(text) or _NAMED.search(text):
            return True
        return bool(_WORD.search(text) and _RESULT.search(text))
    if not any(c.isdigit() for c in text) or not any(stem in low for stem in _OTHER_STEMS):
        return False  # another customer's result is told in numbers
    return bool(
        _RESULT.search(text) and _GOT.search(text) and _OTHERS.search(text) and not _ASKS.search(text)
    )


def reference_result(text: str) -> bool:
    """Return True for a sentence that only goes on with a reference's result ('dort 30 % weniger …')."""
    return bool(_THERE.match(text) and _RESULT.search(text))


# what the seller's own offer includes and how fast we deliver, in the seller's notes: "Rollout bei uns Standard 8
# Wochen", "consent module included with us", "UK hosting is standard for us", "Onboarding durch uns in 2 Wochen"
_OUR_STANDARD = re.compile(
    r"\b(?:bei uns|with us|for us)\s+(?:\w+\s+)?(?:standard|included|inklusive|enthalten)\b"
    r"|\b(?:standard|included) (?:for|with) us\b|\b(?:durch|von) uns in \d+\s*(?:tage\w*|wochen|monate\w*)\b"
    r"|\bby us in \d+\s*(?:days|weeks|months)\b",
    re.IGNORECASE,
)


def our_standard(text: str) -> bool:
    """Return True when a notes sentence tells what the seller's offer includes or how fast the seller delivers."""
    low = text.casefold()
    return ("uns" in low or " us" in low) and bool(_OUR_STANDARD.search(text))
