"""The sentences the model reads, from the shared text layer: text, side, turn, field label and their context.

A customer's sentence often only means something with what came before it: the seller's question it answers
("What budget do you have?" -> "Around 80, maybe."), the label or heading it stands under ("Budget:" /
"## Entscheider") or the sentence before it in the same line or turn. `units_of` records these per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from coach.qualify import signals as S
from coach.text.model import Document, Sentence

_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*(?P<md>.+?)\s*#*|\*\*(?P<bold>[^*]{2,40})\*\*:?|(?P<colon>[A-Za-zÄÖÜäöüß][\w ./&()-]{1,40}?)\s*:)\s*$"
)
_CAPS = re.compile(r"^\s*([A-ZÄÖÜ][A-ZÄÖÜ &/-]{2,40})\s*$")
_BULLET = re.compile(r"^[ \t]*(?:[-*•·▪‣◦–—]+|\d{1,2}[.)])[ \t]+")
_LABEL = re.compile(r"^\W{0,3}([A-Za-zÄÖÜäöüß][\w ./&-]{1,30}?)\s*:\s+\S")
_TITLE_NAME = re.compile(r"\b(?:Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.)\s+[A-ZÄÖÜ][\w'’-]+")
_SIDE_ROLE = {"seller": "vendor", "customer": "customer"}
# What a customer's sentence is read with is part of what the model learned: a change here counts only with a
# retrain. Two readings were measured with a retrain (36 authors, grouped 5-fold, 2026-12-01) and removed, held-out
# authors not gaining: an e-mail reply read with the message below it (a thread being newest first; learned 0.8051
# -> 0.8031, combined 0.8013 -> 0.8010, 18 / 14 authors worse) and a seller turn that only acknowledges ("Wow.
# Okay.") seen through to the question before it (learned 0.8051 -> 0.8037, 20 authors worse; combined 0.8013 ->
# 0.8019, 16 better, 13 worse). A customer turn answers the other side's turn just before it.
# A day or date tag and a speaker label that open a line of notes ("[Mon] Kunde (Frau X, Einkauf): …",
# "[12.11.] Wir: …"): they say who spoke and when, they are not part of the evidence
_TAGGED_SPEAKER = re.compile(
    r"^\[(?:[A-Za-zÄÖÜäöü]{2,3}\.?|\d{1,2}\.\d{1,2}\.?(?:\d{2,4})?|KW ?\d{1,2})\]\s*"
    r"(?:(?P<speaker>[^:\n]{1,60}?)\s*:\s+)?(?=\S)"
)


@dataclass
class Unit:
    """One sentence: its text, turn (block), side, field label and context.

    `heading` is the label of its line or the heading it stands under, `prev` the sentence before it in the same
    line or turn, `question` the other side's turn (its question, if any) that this customer turn answers.
    """

    index: int
    text: str
    block: int
    role: str = "unknown"
    label: str | None = None
    heading: str | None = None
    prev: str | None = None
    question: str | None = None
    # a seller sentence the customer confirmed (the text layer's decision); None where no turns tell
    confirmed: bool | None = None


@dataclass
class Names:
    """The customer side's people: name parts to look for in a sentence."""

    tokens: set[str] = field(default_factory=set)

    def in_text(self, text: str) -> bool:
        """Return True when the sentence names a customer-side person (by name part or title + name)."""
        if _TITLE_NAME.search(text):
            return True
        return any(t in self.tokens for t in re.findall(r"[A-ZÄÖÜ][\w'’-]+", text))


@dataclass
class Units:
    """A document's sentences with the people and the call date."""

    units: list[Unit]
    names: Names
    ref: date


def label_of(text: str) -> str | None:
    """Return the field label a sentence starts with ('Budget: …' -> 'Budget'), or None."""
    m = _LABEL.match(text)
    return m.group(1).strip() if m and len(m.group(1).split()) <= 4 else None


def heading_of(line: str) -> str | None:
    """Return the heading a line stands for ('## Budget', '**Entscheider**', 'Budget:' alone, 'BUDGET'), or None."""
    m = _HEADING.match(line)
    if m:
        found = next(g for g in m.groups() if g).strip()
        return found if len(found.split()) <= 5 else None
    m = _CAPS.match(line)
    return m.group(1).strip() if m and len(m.group(1).split()) <= 4 else None


def strip_tag(text: str, role: str) -> tuple[str, str]:
    """Return the sentence without a leading day tag and speaker label, and the side that label names (if any)."""
    m = _TAGGED_SPEAKER.match(text)
    if not m:
        return text, role
    from coach.qualify.segment import field_label, speaker_role

    speaker = m.group("speaker")
    if speaker and field_label(speaker):  # "[KW 46] Ziel: …": a field label, not a speaker
        return text[m.start("speaker") :], role
    if speaker and role == "unknown":
        role = speaker_role(speaker)
    return text[m.end() :], role


def _ask(turn: list[Sentence]) -> str:
    """Return what a turn asks: its last question, else its last sentence."""
    asked = [s for s in turn if s.text.rstrip().endswith("?")]
    return (asked[-1] if asked else turn[-1]).text.strip()


def _turns(sentences: list[Sentence]) -> list[list[Sentence]]:
    """Return the sentences grouped by turn, in the order of the text (a run outside any turn is a group too)."""
    out: list[list[Sentence]] = []
    for s in sentences:
        if out and out[-1][0].turn == s.turn:
            out[-1].append(s)
        else:
            out.append([s])
    return out


def _asks(group: list[Sentence]) -> bool:
    """Return True for a turn of the other side (seller or unknown) that a customer turn can answer."""
    return group[-1].turn is not None and group[-1].side != "customer"


def _contexts(sentences: list[Sentence]) -> dict[int, str]:
    """Return per sentence index the other side's turn (its question, if any) that its customer turn answers.

    The answered turn is the one just before, in a call as in an e-mail thread (the message above a reply).
    """
    position = {id(s): i for i, s in enumerate(sentences)}
    turns = _turns(sentences)
    question: dict[int, str] = {}
    for t, turn in enumerate(turns):
        customer = [s for s in turn if s.turn is not None and s.side == "customer"]
        if t >= 1 and customer and _asks(turns[t - 1]):
            question.update((position[id(s)], _ask(turns[t - 1])) for s in customer)
    return question


def context_units(doc: Document) -> list[Unit]:
    """Return the document's non-empty sentences as units with their label, heading, previous sentence and question."""
    from coach.text.evidence import confirmed_sentences

    agreed = {id(doc.sentences[i]) for i in confirmed_sentences(doc)}
    sentences = [s for s in doc.sentences if s.text.strip()]
    asked = _contexts(sentences)
    text = doc.text
    units: list[Unit] = []
    heading: str | None = None
    for i, s in enumerate(sentences):
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end)
        line_end = len(text) if line_end < 0 else line_end
        if not doc.turns:
            for line in text[(sentences[i - 1].end if i else 0) : line_start].split("\n"):
                heading = heading_of(line) or heading
        same_line = i > 0 and sentences[i - 1].end > line_start
        same_turn = i > 0 and s.turn is not None and sentences[i - 1].turn == s.turn
        line_label = label_of(_BULLET.sub("", text[line_start:line_end]).strip())
        own, role = strip_tag(s.text.strip(), _SIDE_ROLE.get(s.side, "unknown"))
        units.append(
            Unit(
                index=len(units),
                text=own,
                block=s.turn if s.turn is not None else -1 - len(units),
                role=role,
                label=label_of(own),
                heading=line_label or heading,
                prev=sentences[i - 1].text.strip() if same_line or same_turn else None,
                question=asked.get(i),
                confirmed=(id(s) in agreed) if doc.turns and s.side == "seller" else None,
            )
        )
        if not doc.turns:
            heading = heading_of(text[line_start:line_end]) or heading
    return units


def introduced_names(text: str) -> set[str]:
    """Return the name parts of people the text introduces: "Name – Role", "Name (Role)", "name: Name" (CRM)."""
    from coach.qualify.learned.features import ROLE, ROLE_TITLES, full_name
    from coach.text.names import NAME

    pattern = _introduced(NAME, ROLE_TITLES)
    out: set[str] = set()
    for m in pattern.finditer(text):
        name = m.group("a") or m.group("b")
        if name and full_name(name) and not ROLE.search(name) and not _OFFICE.search(name):
            out.update(t for t in name.split() if len(t) >= 3)
    return out


_OFFICE = re.compile(r"\b(?:chief|officer|head|lead|senior|junior|board|group|team|deputy|stellv\w*)\b", re.I)


@lru_cache(maxsize=1)
def _introduced(name: str, roles: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:\b(?i:name|contact|kontakt|ansprechpartner\w*)\s*:\s*(?P<a>{name}))"
        rf"|(?P<b>{name})[ \t]*(?:[–—-]|,|\()[ \t]*(?:[\w&/.-]+[ \t]+){{0,3}}(?i:{roles})(?![\w-])"
    )


def units_of(text: str, ref: date | None = None, doc: Document | None = None) -> Units:
    """Return the sentences of notes, a transcript or an e-mail thread, with sides from the text layer.

    `doc` is the document the text stands for, already parsed by the text layer (it is not parsed twice): for a
    transcript, its turns as read from the file, as in training, rather than the customer view the rules read.
    """
    if doc is None:
        from coach.text import parse_text

        doc = parse_text(text)
    units = context_units(doc)
    tokens: set[str] = set()
    sellers: set[str] = set()
    for p in doc.participants:
        found = {t for t in re.findall(r"[A-ZÄÖÜ][\w'’-]+", p.name) if len(t) >= 3}
        if p.side != "seller":
            tokens.update(found)
        else:
            sellers.update(found)
    tokens.update(introduced_names(doc.text) - sellers)
    when = ref or doc.meeting_date or S.reference_date(text)
    return Units(units=units, names=Names(tokens), ref=when)
