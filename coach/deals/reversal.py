"""Explicit reversals in a later item: a negation or downgrade of what earlier notes said ("doch nicht freigegeben",
"frozen", "no longer"), and actions reported done ("erledigt", "has sent"). Bilingual cues, no engine."""

from __future__ import annotations

import re

# A later sentence that takes back or downgrades an earlier fact. Each cue is a reversal on its own: a plain
# "nicht" is not (it is the qualification engine's business to grade "Budget steht nicht fest" as partial).
REVERSAL = re.compile(
    r"\bdoch\s+(?:nicht|kein\w*)\b|\bnicht\s+mehr\b|\bkein\w*\s+\w+\s+mehr\b|\bno\s+longer\b|\bnot\s+anymore\b|"
    r"\beingefroren\b|\beinfrieren\b|\bfriert\b|\bfroze[n]?\b|\bfreez\w*\b|"
    r"\bgestrichen\b|\bgekürzt\b|\bzurückgezogen\b|\bzurückgenommen\b|\bgestoppt\b|\bauf\s+eis\b|"
    r"\bwithdrawn\b|\bwithdr[ae]w\b|\brevoked\b|\bcancel+ed\b|\bon\s+hold\b|\bput\s+on\s+ice\b|"
    r"\bnicht\s+(?:mehr\s+)?freigegeben\b|\bnot\s+(?:been\s+)?approved\b|\bwieder\s+offen\b|\bback\s+to\s+square\b|"
    r"\bverschoben\b|\bpostponed\b|\bausgeschieden\b|\bleft\s+the\s+company\b|\bverlässt\b",
    re.IGNORECASE,
)

DONE = re.compile(
    r"\berledigt\b|\babgeschlossen\b|\bist\s+(?:raus|da|eingegangen|angekommen)\b|\bhat\s+\w+(?:\s+\w+){0,6}\s+"
    r"(?:geschickt|gesendet|verschickt|geliefert|geklärt|geprüft|erledigt|abgeschlossen|übergeben|bestätigt)\b|"
    r"\bwurde[n]?\s+(?:\w+\s+){0,6}(?:geschickt|gesendet|verschickt|geliefert|geklärt|geprüft|erledigt|"
    r"abgeschlossen|übergeben)\b|\bdone\b|\bcompleted?\b|\bfinished\b|\bdelivered\b|\b(?:has|have)\s+"
    r"(?:\w+\s+){0,2}(?:sent|shared|checked|cleared|reviewed|delivered|confirmed|completed)\b|"
    r"\bwas\s+(?:sent|shared|delivered|completed)\b|\breceived\b|\b✓|\[x\]",
    re.IGNORECASE,
)
# The recipient confirms a delivery: thanks for it, or says it arrived ("Danke für das Angebot, ist angekommen",
# "Thanks for the proposal", "haben die Unterlagen erhalten"). Whoever promised it need not be named: the one who
# received it is speaking.
RECEIVED = re.compile(
    r"\b(?:danke|dankesch[öo]n|vielen\s+dank|besten\s+dank|herzlichen\s+dank)\s+(?:\w+\s+){0,2}f[üu]r\b|"
    r"\bthanks?\s+(?:you\s+|a\s+lot\s+|so\s+much\s+)?for\b|\bist\s+(?:gut\s+)?(?:angekommen|eingegangen)\b|"
    r"\b(?:habe|haben|hab)\s+(?:\w+\s+){0,5}(?:erhalten|bekommen)\b|\bliegt\s+(?:uns\s+|mir\s+)?(?:jetzt\s+)?vor\b|"
    r"\b(?:received|arrived|got\s+(?:the|your))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{4,}")
_STOP = frozenset(
    "bis zum eine einen einer eines den dem des die der das und oder für with from that this sends send schickt "
    "sendet schicken senden prüft klärt plant will soll sollen wird werden until by the and for to of an a".split()
)


# What a reversal must be about to take back a dimension (the clause of the cue names it). Dimensions without a
# topic here need a word of their earlier evidence in that clause.
TOPICS: dict[str, re.Pattern[str]] = {
    "budget": re.compile(
        r"budget|bdgt|geld|mittel\b|invest\w*|freigegeben|freigabe|bewilligt|genehmigt|approv\w*|fund\w*|"
        r"spend\w*|capex|opex|\d+\s*k\b|€|\$|eur\b",
        re.IGNORECASE,
    ),
    "authority": re.compile(
        r"entscheid\w*|entsch\.|decide\w*|decision|sign\w*|unterschreib\w*|unterzeichn\w*|zeichn\w*|zuständig|"
        r"responsible|verlässt|left\s+the|ausgeschieden|nachfolger\w*|successor",
        re.IGNORECASE,
    ),
    "timeline": re.compile(
        r"go-?live|termin\w*|zeitplan|timeline|deadline|start\w*|\bq[1-4]\b|quartal|quarter|verschoben|postponed|"
        r"delay\w*|verzöger\w*|\d{1,2}\.\d{1,2}\.|\b20\d\d\b",
        re.IGNORECASE,
    ),
}
_CLAUSE = re.compile(r"[^,;:–—()]+")


def reverses(sentence: str, key: str, earlier: list[str]) -> bool:
    """Return whether a sentence takes back dimension `key`: a reversal cue whose clause (or the clause before it,
    "Budget: doch nicht …") is about that dimension. "Budget doch nicht freigegeben: der Vorstand hat … eingefroren"
    takes back the budget, not the authority its earlier sentence gave the Vorstand."""
    said = set().union(*(keywords(e) for e in earlier)) if earlier else set()
    clauses = [(m.start(), m.end(), m.group(0)) for m in _CLAUSE.finditer(sentence)]
    for cue in REVERSAL.finditer(sentence):
        around = [
            c
            for n, c in enumerate(clauses)
            if c[0] <= cue.start() < c[1]
            or (
                n + 1 < len(clauses)
                and clauses[n + 1][0] <= cue.start() < clauses[n + 1][1]
                and len(c[2].split()) <= 2
            )
        ]
        text = " ".join(c[2] for c in around) or sentence
        topic = TOPICS.get(key)
        if topic is not None and topic.search(text):
            return True
        if topic is None and (not earlier or keywords(text) & said):
            return True
    return False


def reports_done(sentence: str) -> bool:
    """Return whether a sentence reports something as done."""
    return bool(DONE.search(sentence))


def confirms_receipt(sentence: str) -> bool:
    """Return whether a sentence confirms that something arrived (thanks for it, it was received)."""
    return bool(RECEIVED.search(sentence))


def keywords(text: str) -> set[str]:
    """Return the content words of a task (lower case, 4+ letters, without function words)."""
    return {w.lower() for w in _WORD.findall(text)} - _STOP
