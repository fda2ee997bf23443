"""What kind of answer a question asks for (a person, a date, an amount, a name) and whether an answer holds one."""

from __future__ import annotations

import re

from coach.retrieval.bm25 import tokenize

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


# A rate ("pro Kilowattstunde", "per room", "je Schaden") or an average ("im Schnitt", "on average") asked for: a
# fact answers it only when its answer states a rate per that unit ("30 Dollar pro Platz", "1,200 calls a day") or
# speaks of an average itself; a total ("780.000 Euro im Jahr" asked per call) does not.
_RATE = re.compile(r"\b(?:pro|per|je)\s+(\w+(?:\s+\w+)?)", re.I)
_AVERAGE = re.compile(r"\b(?:im schnitt|durchschnittlich\w*|on average|average)\b", re.I)
_RATE_MARK = set("pro per je each every a an am im jede jeden jedem jeder jedes".split())
_WORDS = re.compile(r"[\wäöüß]+", re.I)


def states_rate(say: str, unit: str) -> bool:
    """Return True when an answer states something per a unit (a stemmed token): 'pro Anruf', 'a day', 'je neuem Kunden'."""
    words = [w.lower() for w in _WORDS.findall(say)]
    return any(
        tokenize(w)[:1] == [unit] and (words[i - 1] in _RATE_MARK or (i > 1 and words[i - 2] in _RATE_MARK))
        for i, w in enumerate(words)
        if i > 0
    )


def unit_missing(question: str, say: str) -> int:
    """Return how many of the details a question asks for — a rate per some unit, an average — an answer cannot give."""
    missing = 0
    rate = _RATE.search(question)
    if rate:
        words = rate.group(1).split()
        # the unit is the noun after per/pro/je: in German the first capitalised word ('pro neuem Kunden')
        unit = tokenize(next((w for w in words if w[:1].isupper()), words[0]))
        missing += int(bool(unit) and not states_rate(say, unit[0]))
    if _AVERAGE.search(question) and not _AVERAGE.search(say):
        missing += 1
    return missing
