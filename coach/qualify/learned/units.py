"""The sentences the model reads, from the shared text layer: text, side (seller / customer), turn and field label."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from coach.qualify import signals as S

_LABEL = re.compile(r"^\W{0,3}([A-Za-zÄÖÜäöüß][\w ./&-]{1,30}?)\s*:\s+\S")
_TITLE_NAME = re.compile(r"\b(?:Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.)\s+[A-ZÄÖÜ][\w'’-]+")
_SIDE_ROLE = {"seller": "vendor", "customer": "customer"}


@dataclass
class Unit:
    """One sentence: its text, the turn it belongs to (block), its side and the field label it starts with."""

    index: int
    text: str
    block: int
    role: str = "unknown"
    label: str | None = None


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


def units_of(text: str, ref: date | None = None) -> Units:
    """Return the sentences of notes, a transcript or an e-mail thread, with sides from the text layer."""
    from coach.text import parse_text

    doc = parse_text(text)
    units = [
        Unit(
            index=i,
            text=s.text.strip(),
            block=s.turn if s.turn is not None else -1 - i,
            role=_SIDE_ROLE.get(s.side, "unknown"),
            label=label_of(s.text.strip()),
        )
        for i, s in enumerate(doc.sentences)
        if s.text.strip()
    ]
    tokens: set[str] = set()
    for p in doc.participants:
        if p.side != "seller":
            tokens.update(t for t in re.findall(r"[A-ZÄÖÜ][\w'’-]+", p.name) if len(t) >= 3)
    when = ref or doc.meeting_date or S.reference_date(text)
    return Units(units=units, names=Names(tokens), ref=when)
