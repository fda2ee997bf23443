"""Which companies a text names, and whose they are: ours (the seller's) or the customer's."""

from __future__ import annotations

import re
from collections import Counter

from coach.text.model import Participant, Turn
from coach.text.sides import same_company

_ORG = r"(?P<org>[A-ZÄÖÜ][\w&'’-]+(?:\s+(?:[A-ZÄÖÜ][\w&'’-]+|&|und|and|de|für)){0,3})"
# A company said with a first-person cue: "I'm Ana, at Vaultline", "hier bei Kaiser Bau", "wir als Stadtwerke X".
_OWN = re.compile(
    rf"\b(?:here at|we at|at|from|with|bei|von|hier bei|wir als|wir bei|uns bei|unser\w* bei|für)\s+(?:the\s+|der\s+|den\s+|dem\s+)?{_ORG}"
)
_FIRST_PERSON = re.compile(r"\b(?:I'?m|I am|we|we're|our|ich|wir|unser\w*|uns|mein\w*|my)\b", re.IGNORECASE)
_SELF_PITCH = re.compile(rf"(?:^|[.!?]\s+){_ORG}\s+(?:is|ist|helps|hilft|macht|does|builds|baut)\b")
_TITLE_SPLIT = re.compile(r"\s+(?:<>|<->|/|x|×|\||–|—|-|&|vs\.?|und|and|with|mit|meets)\s+")
_STOP = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|"
    r"Dezember|Excel|Outlook|Teams|Zoom|Google|Q[1-4]|KW|The|Der|Die|Das|Ich|Wir|We|I|Call|Meeting|Intro|Discovery|"
    r"Demo|Herr|Frau|Mr|Ms|Dr|Sie|You|Our|Unser\w*)\b"
)


def title_companies(text: str) -> list[str]:
    """Return the company names of a title line such as 'Vaultline <> Brightloop - SOC 2 discovery'."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first or "-->" in first or first.upper() == "WEBVTT" or re.search(r"\d{1,2}:\d{2}", first):
        return []
    first = re.sub(r"^#+\s*", "", first)
    first = re.split(r"\s[-–—:|]\s(?=[a-zäöü\d])|:\s", first)[0]
    parts = [p.strip(" -–—:|") for p in _TITLE_SPLIT.split(first)]
    out = [p for p in parts if p and p[0].isupper() and len(p.split()) <= 4 and not _STOP.match(p)]
    return out if len(out) >= 2 else []


def _clean(org: str) -> str:
    return re.sub(r"[.,;:]+$", "", org).strip()


def companies(
    text: str, turns: list[Turn], participants: list[Participant], seller_company: str | None
) -> tuple[str | None, str | None]:
    """Return (the seller's company, the customer's company) from participants, first-person mentions and the title."""
    votes: dict[str, Counter[str]] = {"seller": Counter(), "customer": Counter()}
    names = {w for p in participants for w in p.name.split()}
    for p in participants:
        if p.organisation and p.side in votes:
            votes[p.side][p.organisation] += 3
    for t in turns:
        if t.side not in votes:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", t.text):
            if _FIRST_PERSON.search(sentence):
                for m in _OWN.finditer(sentence):
                    org = _clean(m.group("org"))
                    if not _STOP.match(org) and org.split()[0] not in names:
                        votes[t.side][org] += 2
        m = _SELF_PITCH.search(t.text[:300])
        org = _clean(m.group("org")) if m else ""
        if (
            org
            and t.side == "seller"
            and not _STOP.match(org)
            and org.split()[0] not in names
            and text.count(org) >= 2  # a sentence-initial noun is no company; a company recurs
        ):
            votes["seller"][org] += 1
    seller = seller_company or _top(votes["seller"], votes["customer"], text)
    customer = _top(votes["customer"], votes["seller"], text, exclude=seller)
    titled = title_companies(text)
    if titled:
        if seller and not customer:
            customer = next((c for c in titled if not same_company(c, seller)), None)
        elif customer and not seller:
            seller = next((c for c in titled if not same_company(c, customer)), None)
        elif not seller and not customer:
            mentions = {c: sum(t.text.count(c) for t in turns if t.side == "seller") for c in titled}
            own = [c for c in titled if mentions[c]]
            if len(own) == 1:
                seller = own[0]
                customer = next((c for c in titled if c != seller), None)
    return seller, customer


def _top(mine: Counter[str], theirs: Counter[str], text: str, exclude: str | None = None) -> str | None:
    """Return the organisation with the most votes on one side (ties: the one the text names most often)."""
    ranked = [
        (n - theirs.get(org, 0), text.count(org), org)
        for org, n in mine.items()
        if n > theirs.get(org, 0) and not (exclude and same_company(org, exclude))
    ]
    return max(ranked)[2] if ranked else None
