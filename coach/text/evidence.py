"""What may count as evidence of the customer's situation: the customer's own words, never the seller's pitch.

`customer_view(doc)` returns the text an engine should analyse for the customer's situation: customer turns,
unknown turns as they are, the seller's questions (they give the answers their context), and a seller summary
only when the customer confirms it in the next turn ("Genau so.", "Exactly.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.text.model import Document, Turn
from coach.text.sides import has_money, seller_statement

_CONFIRM = re.compile(
    r"^\W*(?:(?:ja|yes|yeah|yep|jep|jo)\W+)?(?:genau|exakt|exactly|precisely|richtig|correct|korrekt|stimmt|"
    r"absolut|absolutely|that'?s right|that is right|das stimmt|so ist es|trifft zu|spot on|definitiv|definitely|"
    r"zutreffend|auf den punkt|100\s?%|correct)\b",
    re.IGNORECASE,
)
_BARE_YES = re.compile(r"^\W*(?:ja|yes|yeah|yep|jep|jo)\b", re.IGNORECASE)
_SUMMARY = re.compile(
    r"\b(?:wenn ich (?:sie|dich|euch) richtig verstehe|verstehe ich (?:sie|das) richtig|zusammengefasst|"
    r"zusammenfassend|fasse\w* zusammen|if i understand|so if i|to summari[sz]e|summing up|let me recap|"
    r"in other words|habe ich (?:das|sie) richtig verstanden|did i get (?:that|this|it) right|is that right|ist das richtig|"
    r"korrekt\?|richtig\?|right\?|correct\?)",
    re.IGNORECASE,
)
SELLER_LABEL = {"de": "Vertrieb", "en": "Rep"}
CUSTOMER_LABEL = {"de": "Kunde", "en": "Customer"}


def confirms(reply: Turn, summary: Turn) -> bool:
    """Return True when a customer's reply confirms a seller's summary ('Genau so.', 'Exactly.', 'Ja' after a recap).

    A turn that pitches (our customers, our offer) or names a price is no summary of the customer's situation.
    """
    if seller_statement(summary.text) or has_money(summary.text) and not _SUMMARY.search(summary.text):
        return False
    if _CONFIRM.match(reply.text):
        return True
    return bool(_BARE_YES.match(reply.text) and _SUMMARY.search(summary.text))


@dataclass
class CustomerView:
    """The text to analyse, labelled by side, and the seller's sentences that must never count as evidence."""

    text: str
    seller_sentences: list[str] = field(default_factory=list)
    confirmed: int = 0
    seller_speakers: list[str] = field(default_factory=list)

    def is_seller_quote(self, quote: str) -> bool:
        """Return True when a quote comes from the seller's own statements (not a confirmed summary)."""
        from coach.text.quotes import quote_in

        return any(quote_in(quote, s) for s in self.seller_sentences)


def _label(base: str, turn: Turn, doc: Document) -> str:
    stamp = f"[{turn.time.split('.')[0].split(',')[0]}] " if turn.time else ""
    person = next((p for p in doc.participants if p.name == turn.speaker), None)
    if person is None:
        return f"{stamp}{base}"
    named = person.name if "(" not in person.name and person.name != base else None  # "Rep (Acme)" is no name
    inner = list(dict.fromkeys(x for x in (named, person.role, person.organisation) if x))
    return f"{stamp}{base} ({', '.join(inner)})"


def customer_view(doc: Document) -> CustomerView:
    """Return the document's text with every turn labelled by side (the whole text for notes without turns).

    Customer turns are labelled as the customer's, seller turns as the seller's (engines treat them as context,
    never as the customer's situation); a seller summary that the customer confirms in the next turn counts as
    the customer's. Turns of unknown side stay unlabelled.
    """
    if not doc.turns:
        return CustomerView(
            text=doc.text, seller_sentences=[s.text for s in doc.sentences if s.side == "seller"]
        )
    lines: list[str] = []
    view = CustomerView(text="")
    customer = CUSTOMER_LABEL[doc.language]
    seller = SELLER_LABEL[doc.language]
    turns = doc.turns
    for i, turn in enumerate(turns):
        body = " ".join(turn.text.split())
        if turn.side == "customer":
            lines.append(f"{_label(customer, turn, doc)}: {body}")
        elif turn.side == "unknown":
            lines.append(body)
        else:
            nxt = turns[i + 1] if i + 1 < len(turns) else None
            if turn.speaker and turn.speaker not in view.seller_speakers:
                view.seller_speakers.append(turn.speaker)
            if nxt is not None and nxt.side == "customer" and confirms(nxt, turn):
                # labelled with the confirming customer: a bare "Kunde:" line reads like a notes field
                confirmed = turn.model_copy(update={"speaker": nxt.speaker})
                lines.append(f"{_label(customer, confirmed, doc)}: {body}")
                view.confirmed += 1
                continue
            view.seller_sentences.extend(s.text for s in doc.sentences if s.turn == turn.index)
            lines.append(f"{_label(seller, turn, doc)}: {body}")
    view.text = "\n".join(lines)
    return view


def view_notices(doc: Document, view: CustomerView, lang: str) -> list[str]:
    """Return the notices of a document and its customer view as text in lang (message ids rendered)."""
    from coach.messages import msg
    from coach.text import messages as _messages  # noqa: F401 - registers the text layer's messages

    out = [msg(mid, lang) for mid in doc.notices]
    if view.seller_sentences and view.seller_speakers:
        out.append(msg("text.seller_dropped", lang, speakers=", ".join(view.seller_speakers)))
    return out
