"""The body of the minutes: agenda, engagement review, offer points, objections and open questions."""

from __future__ import annotations

import re

from coach.minutes.models import Objection, OfferPoint
from coach.minutes.patterns import fast, sentences, split_sentences
from coach.text.lines import Line, Sentence
from coach.text.people import People
from coach.text.sides import has_money

_REVIEW = re.compile(
    r"\b(rückblick|review|recap|walk-?through|engagement|zusammengefasst|nachgezeichnet|durchgegangen|"
    r"bisherigen weg|engagement\s+so\s+far|zusammenfassung der bisherigen)",
    re.IGNORECASE,
)
_OFFER = re.compile(r"\b(angebot\w*|proposal|offer(?:ing)?|angebotspräsentation)\b", re.IGNORECASE)
_OFFER_SHOWN = re.compile(
    r"(vorgestellt|präsentiert|presented|overview|covered|umfasst|beinhaltet|\bfür\b|\bfor\b|:)",
    re.IGNORECASE,
)
_OFFER_KIND = [
    (
        "price",
        re.compile(
            r"(€|\beur\b|euro|\$|£|preis|price|pricing|\bfees?\b|kosten|rabatt|discount|lizenz\w*gebühr|tarif|\btier\b)",
            re.I,
        ),
    ),
    (
        "term",
        re.compile(
            r"(\b\d+\s*(?:j\.?|jahre?|years?|monate?|months?|mon\.)(?=\W|$)|laufzeit|\bterm\b|-year|-jährig|verlängerung\w*|extension)",
            re.I,
        ),
    ),
    (
        "service_level",
        re.compile(
            r"(\bsla\b|service[- ]?level|verfügbarkeit|availability|uptime|support|wartung|maintenance|reaktionszeit|response time)",
            re.I,
        ),
    ),
    (
        "prerequisite",
        re.compile(
            r"(voraussetzung|prerequisite|it-readiness|readiness|zugang|access|freigabe|whitelisting|firewall|approval|genehmigung|betriebsrat|vpn|schnittstelle\w* des kunden)",
            re.I,
        ),
    ),
]
_OBJECTION = fast(
    r"(\beinwand\b|\bobjection\b|\bobjected\b|befürcht\w*|\bsorge\w*\b|bedenken|concern\w*|worried|worries|"
    r"zu teuer|too expensive|too high|zu hoch|too long|zu lang|"
    r"\bprice is\b|\bpreis ist\b|keine zeit für|no time for|skeptisch|sceptical|skeptical|"
    r"(?:is|sei) (?:still )?in beta|sorgte? sich|zu optimistisch|too optimistic|unrealistisch|unrealistic)",
    re.IGNORECASE,
)
_ROOT = re.compile(
    r"(root cause|\bwurzel\b|\bursache\b|eigentliche[rs]?\s+(?:punkt|problem|thema|grund)|eig\.\s*thema|"
    r"eigentlich\w*\b|real issue|real reason|underlying|turned out|stellte sich heraus|auf nachfrage|"
    r"nachgefragt|nachgebohrt|fragt nach|asked what|asks what|when asked|it was about|ging es|tatsächlich|mostly)",
    re.IGNORECASE,
)
_OPEN = fast(
    r"(\boffen\b|\bopen\b|\bunklar\b|\bunclear\b|noch zu klären|zu klären|to be clarified|\btbd\b|"
    r"wollte wissen|asked whether|fragte,? ob|who pays|wer zahlt|not yet agreed|noch nicht geklärt)",
    re.IGNORECASE,
)
_NOT_OPEN = fast(
    r"(keine offenen|no open|keine fragen|no questions|offen gesagt|open with|opened)", re.IGNORECASE
)
_LABEL = re.compile(r"^\s*(?:einwand|objection)\b[^:]{0,30}:\s*", re.IGNORECASE)
_NOT_OBJECTION = re.compile(
    r"^\s*(?:gründe|reasons?|feedback|warum wir|why us|entscheidung|decision|ergebnis|\w+\s*:\s*[\"„“]?(?:wir haben uns|we have decided))",
    re.IGNORECASE,
)


def _body(lines: list[Line]) -> list[Sentence]:
    return sentences(lines, sections=("header", "participants", "body"))


def agenda(lines: list[Line], labels: dict[str, str], found: dict[str, bool]) -> list[str]:
    """Return the agenda: an explicit 'Agenda:' list from the notes, else the decision meeting's standard items."""
    for line in lines:
        m = re.match(r"^\s*(?:agenda|tagesordnung|ablauf)\s*:\s*(?P<rest>.+)$", line.text, re.IGNORECASE)
        if m:
            items = [
                p.strip(" .") for p in re.split(r";|,|\s\d\)\s|\s\d\.\s", m.group("rest")) if p.strip(" .")
            ]
            if len(items) >= 2:
                return items
    return [label for key, label in labels.items() if found.get(key, True)]


def engagement_review(lines: list[Line], evidence: list[str]) -> list[str]:
    """Return the sentences that recap the engagement (what was reviewed), followed by the customer's confirmation."""
    out: list[str] = []
    for sent in _body(lines):
        if _REVIEW.search(sent.text) and not re.search(r"\b(decision|entscheidung)\s*:", sent.text, re.I):
            text = sent.text.strip()
            if text and text not in out:
                out.append(text)
    for quote in evidence:
        if quote not in out and not any(quote in o for o in out):
            out.append(quote)
    return out[:5]


_SPEAKER = re.compile(r"^(?:[A-ZÄÖÜ][\w'’.-]*\s*){1,3}:\s*")
_AFTER_CUE = re.compile(
    r"^[^:.(–—]{0,25}?(?::|\s[–—-]\s|\s(?:covered|umfasste?|beinhaltete?|includes?|included)\s)\s*(?P<body>.+)$",
    re.IGNORECASE,
)
_PRESENTED = re.compile(r"(vorgestellt|präsentiert|presented|overview)", re.IGNORECASE)


def _offer_body(text: str, cue_end: int) -> str | None:
    after = text[cue_end:]
    paren = re.match(r"^\s*\((?P<inner>[^)]+)\)", after) or re.match(
        r"^[^()]{0,25}\((?P<inner>[^)]+)\)\s*$", after
    )
    if paren:
        return paren.group("inner")
    m = _AFTER_CUE.match(after)
    if m:
        return m.group("body")
    if _PRESENTED.search(text) and re.search(r"\d", text):
        return _SPEAKER.sub("", text)
    return None


def offer_points(lines: list[Line]) -> list[OfferPoint]:
    """Return the offer's points (scope, price, term, service level, prerequisite) from 'Angebot: …' sentences."""
    points: list[OfferPoint] = []
    for sent in _body(lines):
        text = sent.text
        m = _OFFER.search(text)
        if not m or re.search(r"\b(decision|entscheidung|einwand|objection)\b\s*:", text, re.I):
            continue
        body = _offer_body(text, m.end())
        if not body:
            continue
        for part in re.split(
            r",\s+(?:and\s+|und\s+)?(?![^()]*\))|;\s+|\s+\+\s+|\s+(?:and|und)\s+(?=(?:a|an|the|ein\w*|\d)\b)",
            body,
        ):
            part = part.strip(" .")
            if len(part) < 3 or re.fullmatch(r"(angebot|proposal|offer)\s+\w+", part, re.I):
                continue
            kind = next((k for k, rx in _OFFER_KIND if rx.search(part)), "scope")
            points.append(OfferPoint(kind=kind, text=part))  # type: ignore[arg-type]
    if (
        not points
    ):  # no 'Angebot: …' line: the sentences that name our price or term are the offer as presented
        for sent in _body(lines):
            text = _SPEAKER.sub("", sent.text).strip(" .")
            if (
                has_money(text)
                and _OFFER_KIND[0][1].search(text)
                and not _OBJECTION.search(text)
                and len(text) < 200
            ):
                kind = "price"
                points.append(OfferPoint(kind=kind, text=text))  # type: ignore[arg-type]
            if len(points) >= 3:
                break
    return points[:10]


def _fragments(text: str) -> list[str]:
    return [
        f.strip(" .")
        for part in re.split(r"\s*(?:->|=>|→)\s*", text)
        for f in split_sentences(part)
        if f.strip(" .")
    ]


def objections(lines: list[Line], people: People) -> list[Objection]:
    """Return the objections with root cause (what asking revealed) and the response given."""
    out: list[Objection] = []
    for line in lines:
        if line.section == "actions":
            continue
        sents = split_sentences(line.text)
        prose = not (line.bullet or line.stamped)
        flagged = [bool(_OBJECTION.search(s)) and not _NOT_OBJECTION.search(s) for s in sents]
        for i, sent in enumerate(sents):
            if not flagged[i] or re.search(r"\b(keine|no)\s+(einwände|objections)\b", sent, re.I):
                continue
            if prose:
                follow: list[str] = []
                for j in range(i + 1, min(i + 3, len(sents))):
                    if flagged[j]:
                        break
                    follow.append(sents[j].strip(" ."))
                frags = [
                    f.strip(" .") for f in re.split(r";\s+", _LABEL.sub("", sent)) if f.strip(" .")
                ] + follow
            else:
                frags = _fragments(_LABEL.sub("", " ".join(sents[i:])))
            if not frags or not frags[0]:
                continue
            objection = _SPEAKER.sub("", frags[0]).strip()
            root, response = _root_and_response(frags)
            out.append(
                Objection(
                    objection=objection,
                    root_cause=root,
                    response=response,
                    raised_by=_raised_by(line, sent, people),
                )
            )
            if not prose:
                break
    return out[:8]


def _root_and_response(frags: list[str]) -> tuple[str | None, str | None]:
    root = None
    root_at = None
    for j, frag in enumerate(frags[1:], start=1):
        found = list(_ROOT.finditer(frag))
        m = found[-1] if found else None
        if m:
            rest = frag[m.end() :].strip(" :,=-")
            rest = re.sub(
                r"^(?:ist|is|war|was|ging es darum,?|darum,?|that|dass|to be)\s+", "", rest, flags=re.I
            )
            if len(rest) < 12 and j + 1 < len(frags):
                root, root_at = frags[j + 1], j + 1
            else:
                root, root_at = (rest if len(rest) >= 12 else frag), j
            break
    start = (root_at + 1) if root_at is not None else 1
    response = ". ".join(f.rstrip(".") for f in frags[start : start + 2]).strip() or None
    return root, response


def _raised_by(line: Line, sent: str, people: People) -> str | None:
    m = re.match(r"^\s*(?:einwand|objection)\s+(?P<who>[^:]{2,30}):", sent, re.IGNORECASE)
    text = m.group("who") if m else (line.speaker or sent[:40])
    person = people.resolve(text)
    return person.name if person else None


def open_questions(lines: list[Line], contract_open: list[str]) -> list[str]:
    """Return questions and points the notes leave open (unanswered questions, 'offen', 'to be clarified')."""
    out: list[str] = []
    for sent in _body(lines):
        text = sent.text.strip()
        if _NOT_OPEN.search(text) or re.match(r"^\s*(warum wir|why us|schriftlich)\s*\?", text, re.I):
            continue
        answered = bool(re.search(r"->|→|=>", text))
        if _OBJECTION.search(text) and not re.search(r"(->|→)\s*(open|offen)\b", text, re.I):
            continue
        question = text.endswith("?") and len(text) > 15 and not answered
        if (question or _OPEN.search(text)) and text not in out:
            out.append(text)
    for quote in contract_open:
        if quote not in out:
            out.append(quote)
    return out[:8]
