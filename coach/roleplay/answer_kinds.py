"""What kind of answer a question asks for (a person, a date, an amount, a name) and whether an answer holds one."""

from __future__ import annotations

import re

# What kind of answer a question asks for, and how to see that kind in an answer (German and English).
_ASKS: dict[str, re.Pattern[str]] = {
    "person": re.compile(r"\b(wer|wem|wen|wessen|who|whom|whose)\b", re.I),
    "date": re.compile(r"\b(wann|when|by what date|which date|welchem datum|welchen termin)\b", re.I),
    "amount": re.compile(
        r"\b(wie ?viele?|wieviel|how (much|many)|what rate|welchen preis|what price|was kostet|per cent|percent|prozent)\b",
        re.I,
    ),
    "name": re.compile(
        r"\b(version|release|modell|model|marke|brand|hersteller|manufacturer|what'?s the name|wie heißt|called)\b",
        re.I,
    ),
}
_HAS: dict[str, re.Pattern[str]] = {
    "person": re.compile(
        r"(?i:\b(herr|frau|dr|ceo|cfo|cio|cto|coo|vorstand\w*|geschäftsführ\w*|leiter\w*|chef\w*|owner|director|"
        r"manager|head|board|team|lead|committee|ausschuss|gremium|rat|abteilung\w*|einkauf|finance|finanz\w*)\b)"
        r"|\bIT\b|\b[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+\b|, [A-ZÄÖÜ][a-zäöüß]+[,.]"
    ),
    "date": re.compile(
        r"\b(\d{1,2}\.\d{1,2}\.|\d{4}|q[1-4]|quart\w*|quarter|januar\w*|februar\w*|march|märz|april|mai|may|juni?|"
        r"june|juli?|july|august|september|oktober|october|november|dezember|december|sommer|summer|herbst|autumn|"
        r"fall|winter|frühjahr|spring|ende|end|anfang|beginning|woche\w*|weeks?|monat\w*|months?|jahr\w*|years?|"
        r"tage?n?|days?)\b",
        re.I,
    ),
    "amount": re.compile(r"\d"),
    "name": re.compile(
        r"\b[A-Z][A-Za-z]*\d[\w.]*\b|\b[A-Z]{2,}\b|\b[a-z]+[A-Z]\w+\b|\b[A-Z][a-z]+[A-Z]\w*\b"
    ),
}


def asked_kinds(question: str) -> set[str]:
    """Return the kinds of answer a question asks for: 'person', 'date', 'amount', 'name'."""
    return {k for k, rx in _ASKS.items() if rx.search(question)}


def answer_has(answer: str, kind: str) -> bool:
    """Return True when an answer holds something of that kind (a person or role, a date, a number, a product name)."""
    return bool(_HAS[kind].search(answer))
