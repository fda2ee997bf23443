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
# 'per' before a capitalised noun is the German 'by' ("per Telefon", "per Brief"), not a rate
_RATE = re.compile(r"\b(?:[Pp]ro|[Jj]e|[Pp]er(?=\s+[a-z]))\s+(\w+(?:\s+\w+)?)")
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


# A part of a whole asked for ("wie viel davon", "how much of that", "the split between"): an answer holding a single
# figure gives the whole, not the part; it answers only with two figures or a share.
_PART = re.compile(
    r"\b(?:davon|wie ?viel\w* (?:von|vom|der|des)|welche[rnm]? anteil|anteil (?:an|am|der|des|von)|aufgeteilt|"
    r"aufteilung|aufgeschlüsselt|aufschlüsselung|breakdown|broken down|"
    r"(?:how (?:much|many)|what share|what portion|what part|which share|any|all) of|"
    r"of (?:that|this|the) (?:\w+ )?(?:bill|budget|money|amount|total|figure|sum|spend|spending|cost|costs))\b",
    re.I,
)
_FIGURE = re.compile(r"\d[\d.,]*")
_SHARE = re.compile(r"%|\b(?:prozent|percent|per cent)\b", re.I)
# A time a question is about ("last year", "vor zwei Jahren", "this year's", "2025") and the same in an answer.
_WHEN = {
    "past": re.compile(
        r"\b(?:last|previous|past|prior)\s+(?:year|quarter|month|season|winter|summer|spring|autumn|fall)\b|"
        r"\b(?:a|one|two|three|four|five|\d+)\s+(?:years?|quarters?|months?)\s+ago\b|"
        r"\b(?:letzte[nms]?|vergangene[nms]?|vorige[nms]?)\s+(?:jahr|quartal|monat|saison|winter|sommer|frühjahr|herbst)\b|"
        r"\bvor\s+(?:einem|zwei|drei|vier|fünf|\d+)\s+(?:jahren?|quartalen?|monaten?)\b|\bvorjahr\w*\b",
        re.I,
    ),
    "this": re.compile(
        r"\bthis\s+(?:year|quarter|month|season|winter|summer|spring|autumn|fall)\b|"
        r"\b(?:diese[nms]?|laufende[nms]?)\s+(?:jahr|quartal|monat|saison|winter|sommer)\b|\bheuer\b",
        re.I,
    ),
    "next": re.compile(
        r"\b(?:next|coming|following)\s+(?:year|quarter|month|season|winter|summer|spring|autumn|fall)\b|"
        r"\b(?:nächste[nms]?|kommende[nms]?|folgende[nms]?)\s+(?:jahr|quartal|monat|saison|winter|sommer)\b",
        re.I,
    ),
}
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def times_asked(text: str) -> set[str]:
    """Return the times a text refers to: 'past', 'this', 'next' (year, quarter, season …) and literal years."""
    found = {k for k, rx in _WHEN.items() if rx.search(text)}
    return found | set(_YEAR.findall(text))


def time_missing(question: str, say: str) -> bool:
    """Return True when a question is about a time ('last year', '2024') an answer does not speak of; 'this year'
    is missing only when the answer speaks of another year instead."""
    asked, told = times_asked(question), times_asked(say)
    for t in asked:
        if t == "this":
            if told & {"past", "next"} and "this" not in told:
                return True
        elif t not in told:
            return True
    return False


def part_missing(question: str, say: str) -> bool:
    """Return True when a question asks for a part of a whole ('wie viel davon …') and the answer holds at most one
    figure and no share."""
    return bool(_PART.search(question)) and len(_FIGURE.findall(say)) < 2 and not _SHARE.search(say)


def detail_missing(question: str, say: str) -> int:
    """Return how many of the details a question pins down — a time, a part of a whole — an answer does not give."""
    return int(time_missing(question, say)) + int(part_missing(question, say))


def cannot_answer(question: str, say: str) -> bool:
    """Return True when an answer cannot give the figure a question pins down: a rate or an average it does not
    state, a part of a whole it only gives in total, or a figure for a time it does not speak of."""
    figure_in_time = "amount" in asked_kinds(question) and time_missing(question, say)
    return bool(unit_missing(question, say) or part_missing(question, say) or figure_in_time)
