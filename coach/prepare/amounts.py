"""Amounts, terms and signing limits in the offer text and the notes: '12 months, 110k', 'CFO signs anything above
$100k', 'entscheidet allein bis 150.000 EUR'. Figures are read as written, never guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass

_AMOUNT = re.compile(
    r"(?P<pre>(?:[€$£]|\b(?:eur|usd|chf|gbp)\b)\s*)?(?P<num>\d{1,3}(?:[.,'\s]\d{3})+|\d+(?:[.,]\d+)?)\s*"
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


_PER = re.compile(
    r"\s*(?:(?P<year>p\.\s?a\.?|pro\s+jahr|im\s+jahr|jährlich|jaehrlich|per\s+(?:year|annum)|a\s+year|annually|"
    r"yearly|/\s*(?:jahr|year|yr|a)\b)|(?P<month>p\.\s?m\.|pro\s+monat|im\s+monat|monatlich|per\s+month|a\s+month|"
    r"monthly|/\s*(?:monat|month|mon|mo)\b))",
    re.IGNORECASE,
)
_TERM_PARTS = re.compile(r"(\d+)\s*(monate\w*|months?|mon\.|jahre\w*|years?)", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A money amount as written and its value; `per` is 'year' or 'month' for a recurring price ('92k p.a.')."""

    text: str
    value: float
    per: str | None = None


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


def _with_period(text: str, m: re.Match[str], value: float) -> Amount:
    """Return the amount of match m, with the period written right after it ('92.000 EUR p.a.') when there is one."""
    per = _PER.match(text, m.end())
    if (
        per is None and m.group(0) != m.group(0).rstrip()
    ):  # the amount pattern ate the space before the period
        per = _PER.match(text, len(m.group(0).rstrip()) + m.start())
    if per is None:
        return Amount(text=m.group(0).strip(), value=value)
    return Amount(
        text=text[m.start() : per.end()].strip(), value=value, per="year" if per.group("year") else "month"
    )


def offer_price(offer: str | None) -> Amount | None:
    """Return the price stated in the offer text, the largest amount ('12 months, 110k' -> 110k), with its period."""
    text = offer or ""
    found = [
        _with_period(text, m, v) for m in _AMOUNT.finditer(text) if (v := _value(m)) is not None and v > 0
    ]
    return max(found, key=lambda a: a.value) if found else None


def term_months(offer: str | None) -> int | None:
    """Return the term stated in the offer text in months ('36 Monate' -> 36, '3 years' -> 36), else None."""
    m = _TERM_PARTS.search(offer or "")
    if m is None:
        return None
    n = int(m.group(1))
    return n * 12 if m.group(2).lower().startswith(("jahr", "year")) else n


_CURRENCY = re.compile(r"€|\$|£|\b(?:EUR|USD|CHF|GBP)\b", re.IGNORECASE)


def total_text(total: Amount, lang: str | None) -> str:
    """Return a contract value for a sentence, in the currency of its price ('276.000 EUR' / 'EUR 276,000')."""
    number = f"{round(total.value):,}"
    number = number.replace(",", ".") if lang == "de" else number
    cur = _CURRENCY.search(total.text)
    if cur is None:
        return number
    sign = cur.group(0)
    return f"{sign}{number}" if sign in "$£" else f"{number} {sign.upper() if sign != '€' else sign}"


def contract_value(offer: str | None) -> Amount | None:
    """Return what the offer is worth over its term: a recurring price times the term ('92k p.a., 36 months' ->
    276k), else the price itself; None without a price."""
    price = offer_price(offer)
    months = term_months(offer)
    if price is None or price.per is None or months is None:
        return price
    periods = months / 12 if price.per == "year" else months
    if periods <= 1:
        return price
    return Amount(text=price.text, value=price.value * periods, per=None)


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
