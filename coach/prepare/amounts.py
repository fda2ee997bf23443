"""Amounts, terms and signing limits in the offer text and the notes: '12 months, 110k', 'CFO signs anything above
$100k', 'entscheidet allein bis 150.000 EUR'. Figures are read as written, never guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass

_AMOUNT = re.compile(
    r"(?P<pre>[€$£]\s*)?(?P<num>\d{1,3}(?:[.,'\s]\d{3})+|\d+(?:[.,]\d+)?)\s*"
    r"(?P<unit>k\b|tsd\.?|tausend|mio\.?|million\w*|m\b|mn\b)?\s*(?P<cur>€|eur\b|euro\b|usd\b|chf\b|gbp\b|\$)?",
    re.IGNORECASE,
)
TERM = re.compile(r"\b\d+\s*(?:monate\w*|months?|jahre\w*|years?|mon\.)\b", re.IGNORECASE)
_LIMIT_UP_TO = re.compile(
    r"\b(?:bis(?:\s+zu)?|up\s+to|until|unter|below|under|max(?:imal|imum)?\.?|<=?)\s*$", re.I
)
_LIMIT_ABOVE = re.compile(
    r"\b(?:über|ueber|ab|above|over|more\s+than|anything\s+above|beyond|oberhalb(?:\s+von)?|>=?)\s*$", re.I
)
_SIGNS = re.compile(
    r"\b(?:entscheid\w*|entsch\.|decides?|signs?|unterschreib\w*|zeichne\w*|gibt\s+frei|approves?|freigeb\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    """A money amount as written and its value."""

    text: str
    value: float


def _value(m: re.Match[str]) -> float | None:
    num = m.group("num")
    unit = (m.group("unit") or "").lower()
    money = bool(m.group("pre") or m.group("cur") or unit)
    if not money:
        return None
    if re.fullmatch(r"\d{1,3}(?:[.,'\s]\d{3})+", num):
        value = float(re.sub(r"[.,'\s]", "", num))
    else:
        value = float(num.replace(",", "."))
    if unit in ("k", "tsd", "tsd.", "tausend"):
        value *= 1_000
    elif unit.startswith(("mio", "million", "m")):
        value *= 1_000_000
    return value


def amounts(text: str) -> list[Amount]:
    """Return the money amounts of a text (with a currency sign or a k/Mio unit), in order."""
    out = []
    for m in _AMOUNT.finditer(text or ""):
        value = _value(m)
        if value is not None and value > 0:
            out.append(Amount(text=m.group(0).strip(), value=value))
    return out


def offer_price(offer: str | None) -> Amount | None:
    """Return the price stated in the offer text, the largest amount ('12 months, 110k' -> 110k)."""
    found = amounts(offer or "")
    return max(found, key=lambda a: a.value) if found else None


def offer_term(offer: str | None) -> str | None:
    """Return the term stated in the offer text ('12 months'), else None."""
    m = TERM.search(offer or "")
    return m.group(0) if m else None


def without_prices(offer: str) -> str:
    """Return the offer text without its price parts ('Route planning, 12 months, 110k' -> 'Route planning,
    12 months'), for a subject the customer sees."""
    parts = re.split(r"\s*[;–—|]\s*|,\s+|\s+-\s+", offer)
    kept = [p for p in parts if p and not amounts(p)]
    if not kept:
        kept = [_AMOUNT.sub(lambda m: " " if _value(m) else m.group(0), offer)]
    text = re.sub(r"\s+", " ", ", ".join(kept)).strip(" ,;-")
    return _TRAILING.sub("", text).strip(" ,;-") or text


_TRAILING = re.compile(r"(?:\s+(?:für|for|at|zu|zum|um|à|@|in\s+höhe\s+von|von|of))+$", re.IGNORECASE)


@dataclass(frozen=True)
class SigningLimit:
    """A sentence that limits who signs: someone decides up to an amount, or must sign above it."""

    sentence: str
    amount: Amount
    kind: str  # "up_to" (the person named decides only up to it) or "above" (someone must sign above it)


def signing_limits(sentences: list[str]) -> list[SigningLimit]:
    """Return the signing limits the notes state ('signs anything above $100k', 'entscheidet allein bis 150.000')."""
    out = []
    for sentence in sentences:
        if not _SIGNS.search(sentence):
            continue
        for m in _AMOUNT.finditer(sentence):
            value = _value(m)
            if value is None:
                continue
            before = sentence[: m.start()]
            if _LIMIT_ABOVE.search(before):
                kind = "above"
            elif _LIMIT_UP_TO.search(before):
                kind = "up_to"
            else:
                continue
            out.append(SigningLimit(sentence=sentence, amount=Amount(m.group(0).strip(), value), kind=kind))
    return out
