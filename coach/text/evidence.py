"""What may count as evidence of the customer's situation: the customer's own words, never the seller's pitch.

`customer_view(doc)` returns the text an engine should analyse for the customer's situation: customer turns,
unknown turns as they are, the seller's questions (they give the answers their context), and a seller summary
only when the customer confirms it in the next turn ("Genau so.", "Exactly.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.text.model import Document, Sentence, Turn
from coach.text.sides import has_money, seller_statement

_CONFIRM = re.compile(
    r"^\W*(?:(?:ja|yes|yeah|yep|jep|jo)\W+)?(?:genau|exakt|exactly|precisely|richtig|correct|korrekt|stimmt|"
    r"absolut|absolutely|that'?s right|that is right|das stimmt|so ist es|trifft zu|spot on|definitiv|definitely|"
    r"zutreffend|auf den punkt|100\s?%|correct)\b",
    re.IGNORECASE,
)
_BARE_YES = re.compile(r"^\W*(?:ja|yes|yeah|yep|jep|jo)\b", re.IGNORECASE)
# the answer to "Did I miss anything?" / "Fehlt noch was?" that confirms the recap as it stands
_NOTHING_MISSING = re.compile(
    r"^\W*(?:(?:no|nope|nein|nö)\W+)?(?:that'?s (?:it|all|everything)|that covers it|nothing (?:missing|to add)|"
    r"das war'?s|das ist alles|passt so|nichts (?:vergessen|hinzuzufügen))\b",
    re.IGNORECASE,
)
_SUMMARY = re.compile(
    r"\b(?:wenn ich (?:sie|dich|euch) richtig verstehe|verstehe ich (?:sie|das) richtig|zusammengefasst|"
    r"zusammenfassend|fasse\w* zusammen|if i understand|so if i|to summari[sz]e|summing up|let me recap|"
    r"in other words|habe ich (?:das|sie) richtig verstanden|did i get (?:that|this|it) right|is that right|ist das richtig|"
    r"korrekt\?|richtig\?|right\?|correct\?|to recap|recap:|(?:play|read|repeat)\w* (?:it|that|this) back|"
    r"accurate\?|(?:captured|got|noted) (?:it|that|this|everything) (?:right|correctly)|"
    r"(?:did|have) (?:i|we) (?:missed?|forgot\w*|left out) (?:any|some)thing|"
    r"fehlt (?:noch )?(?:was|etwas)\?|hab\w* ich (?:was|etwas) (?:vergessen|übersehen))",
    re.IGNORECASE,
)
# the seller asks the customer back about the customer's own situation: "Sie haben also …?", "So you have …?"
_ASKED_BACK = re.compile(
    r"\b(?:(?:sie|ihr|du) (?:haben|hätten|habt|hast|planen|wollen|brauchen) (?:also|dann|damit)|"
    r"(?:so|and) you(?:'ve| have| plan| want| need| are)\b)[^?]*\?\s*$",
    re.IGNORECASE,
)
# a turn that ends by asking an open question: the reply answers it and confirms nothing said before it
_OPEN_QUESTION = re.compile(
    r"(?:^|[.!?:]\s+)(?:(?:und|and|so|also|aber|but|okay|ok)\W+)?(?:what|how|who|whom|when|why|which|where|wie|was|wer|"
    r"wen|wem|wann|warum|weshalb|wieso|welche\w*|wo|woran|womit|wodurch|wozu|inwiefern)\b[^.!?]*\?\W*$",
    re.IGNORECASE,
)
SELLER_LABEL = {"de": "Vertrieb", "en": "Rep"}
CUSTOMER_LABEL = {"de": "Kunde", "en": "Customer"}


def confirms(reply: Turn, summary: Turn) -> bool:
    """Return True when a customer's reply confirms a seller's summary ('Genau so.', 'Exactly.', 'Ja' after a recap).

    A reply to a turn that ends with an open question ("Wie viele Linien?") answers it and confirms nothing.

    A turn that pitches (our customers, our offer) or names a price is no summary of the customer's situation —
    unless it asks the customer back about their own figure ("Sie haben also 90.000 Euro freigegeben?").
    """
    recap = _SUMMARY.search(summary.text) or _ASKED_BACK.search(summary.text)
    if seller_statement(summary.text) or has_money(summary.text) and not recap:
        return False
    if not _SUMMARY.search(summary.text) and _OPEN_QUESTION.search(summary.text.strip()):
        return False  # "Sie haben zwei Werke. Wie viele Linien? – Genau, vier": an answer, not a confirmation
    if _CONFIRM.match(reply.text):
        return True
    if recap and _NOTHING_MISSING.match(reply.text):
        return True  # "Did I miss anything?" – "No, that's it."
    return bool(_BARE_YES.match(reply.text) and _SUMMARY.search(summary.text))


@dataclass
class CustomerView:
    """The text to analyse, labelled by side, and the seller's sentences that must never count as evidence."""

    text: str
    seller_sentences: list[str] = field(default_factory=list)
    confirmed: int = 0
    seller_speakers: list[str] = field(default_factory=list)

    def is_seller_quote(self, quote: str) -> bool:
        """Return True when a quote comes from the seller's own statements (not a confirmed summary).

        A quote that runs over a line break into the seller's sentence ("… the short version: Rep: Our customers
        typically cut …") carries the seller's claim too: it holds a whole seller sentence of five words or more.
        """
        from coach.text.quotes import quote_in_any

        return quote_in_any(quote, self.seller_sentences, back_words=5)


def _label(base: str, turn: Turn, doc: Document) -> str:
    stamp = f"[{turn.time.split('.')[0].split(',')[0]}] " if turn.time else ""
    person = next((p for p in doc.participants if p.name == turn.speaker), None)
    if person is None:
        return f"{stamp}{base}"
    named = person.name if "(" not in person.name and person.name != base else None  # "Rep (Acme)" is no name
    inner = list(dict.fromkeys(x for x in (named, person.role, person.organisation) if x))
    return f"{stamp}{base} ({', '.join(inner)})" if inner else f"{stamp}{base}"


# an e-mail reply that confirms the summary it answers, beyond its first word ("das haben Sie gut getroffen")
_CONFIRM_SUMMARY = re.compile(
    r"\b(?:(?:gut|richtig|genau|treffend|korrekt) (?:getroffen|zusammengefasst|erfasst|wiedergegeben)|passt so|"
    r"(?:summary|recap|zusammenfassung) (?:is|ist|was|war) (?:\w+ )?(?:correct|accurate|right|richtig|korrekt|"
    r"zutreffend|spot on)|(?:correct|accurate|fair|good) (?:summary|recap)|you(?:'ve| have) (?:got|captured) "
    r"(?:it|that|this|everything)|spot on)\b",
    re.IGNORECASE,
)
_RECAP = re.compile(
    r"\b(?:zusammenfassung|summary|recap|festhalten|wie besprochen|as discussed|to confirm)\b",
    re.IGNORECASE,
)
# what we would do is our proposal, not the customer's plan ("Die Einführung würden wir in zwei Phasen machen")
_OUR_PROPOSAL = re.compile(
    r"\b(?:würden wir|wir würden|werden wir|wir werden|schlagen wir|wir schlagen|we would|we'd|we will|we'll|"
    r"we propose|we suggest|we recommend|empfehlen wir|wir empfehlen|our (?:offer|proposal|price|licen[cs]e)|"
    r"unser\w* (?:angebot|vorschlag|preis|lizenz))\b",
    re.IGNORECASE,
)


def _by_turn(doc: Document) -> dict[int, list[Sentence]]:
    """Return the document's sentences per turn index, in order."""
    out: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        if s.turn is not None:
            out.setdefault(s.turn, []).append(s)
    return out


def _lines(doc: Document, turn: Turn, own: list[Sentence]) -> list[list[str]]:
    """Return the turn's sentences grouped by the line they stand on in the original text."""
    sentences = [s for s in own if s.text.strip()]
    if not sentences:
        return [[" ".join(turn.text.split())]] if turn.text.strip() else []
    lines: list[list[str]] = [[]]
    end = sentences[0].start
    for s in sentences:
        if lines[-1] and "\n" in doc.text[end : s.start]:
            lines.append([])
        lines[-1].append(" ".join(s.text.split()))
        end = s.end
    return lines


def _confirms_by_mail(reply: list[Sentence], summary: Turn) -> bool:
    """Return True when an e-mail reply (above the message it answers) confirms a summary in it."""
    if not _RECAP.search(summary.text) and not _SUMMARY.search(summary.text):
        return False
    opening = [s.text for s in reply][:3]
    return any(_CONFIRM.match(t) or _CONFIRM_SUMMARY.search(t) for t in opening)


def _pitch(sentence: str) -> bool:
    """Return True for a sentence of a summary that is the seller's own pitch or price, not the customer's situation."""
    return bool(
        seller_statement(sentence)
        or _OUR_PROPOSAL.search(sentence)
        or has_money(sentence)
        and not _SUMMARY.search(sentence)
    )


# An analysis asks for a document's view several times (the engine, the model's units, the prefetch): the view is
# kept on the document itself (a private attribute, never dumped or compared) with what it was computed from: a
# changed document, a copy of it or another one computes its own.
_KEPT = "_customer_view"


def _view_key(doc: Document) -> tuple:
    """Return what the view reads of a document, cheaply: a changed document is computed again."""
    return (
        id(doc),
        doc.language,
        doc.format,
        doc.text,
        tuple(s.side for s in doc.sentences),
        len(doc.participants),
        tuple((t.index, t.side, t.speaker, t.time, len(t.text)) for t in doc.turns),
    )


def customer_view(doc: Document) -> CustomerView:
    """Return the document's customer view (see `_customer_view`); the same document's is computed once."""
    key = _view_key(doc)
    kept = getattr(doc, _KEPT, None)
    if kept is not None and kept[0] == key:
        view = kept[1]
    else:
        view = _customer_view(doc)
        object.__setattr__(doc, _KEPT, (key, view))
    return CustomerView(
        text=view.text,
        seller_sentences=list(view.seller_sentences),
        confirmed=view.confirmed,
        seller_speakers=list(view.seller_speakers),
    )


def _customer_view(doc: Document) -> CustomerView:
    """Return the document's text with every turn labelled by side (the whole text for notes without turns).

    Customer turns are labelled as the customer's, seller turns as the seller's (engines treat them as context,
    never as the customer's situation); a seller summary that the customer confirms in the next turn counts as
    the customer's — in an e-mail thread (newest on top) the reply above it confirms it, and the summary's own
    pitch and prices stay the seller's. Turns of unknown side stay unlabelled. Each line of a turn stays a line.
    """
    if not doc.turns:
        return CustomerView(
            text=doc.text,
            seller_sentences=[s.text for s in doc.sentences if s.side == "seller"],
        )
    lines: list[str] = []
    view = CustomerView(text="")
    customer = CUSTOMER_LABEL[doc.language]
    seller = SELLER_LABEL[doc.language]
    turns = doc.turns
    mail = doc.format == "email"
    by_turn = _by_turn(doc)
    for i, turn in enumerate(turns):
        body = _lines(doc, turn, by_turn.get(turn.index, []))
        if turn.side == "customer":
            label = _label(customer, turn, doc)
            lines.extend(f"{label}: {' '.join(line)}" for line in body)
        elif turn.side == "unknown":
            lines.extend(" ".join(line) for line in body)
            # a pitch in a turn of unknown side is the seller's (the text layer put the sentence on that side)
            view.seller_sentences.extend(s.text for s in by_turn.get(turn.index, []) if s.side == "seller")
        else:
            if turn.speaker and turn.speaker not in view.seller_speakers:
                view.seller_speakers.append(turn.speaker)
            if mail:
                reply = turns[i - 1] if i > 0 else None
                confirmed = (
                    reply is not None
                    and reply.side == "customer"
                    and _confirms_by_mail(by_turn.get(reply.index, []), turn)
                )
            else:
                reply = turns[i + 1] if i + 1 < len(turns) else None
                confirmed = reply is not None and reply.side == "customer" and confirms(reply, turn)
            if confirmed and reply is not None:
                # labelled with the confirming customer: a bare "Kunde:" line reads like a notes field
                as_customer = _label(customer, turn.model_copy(update={"speaker": reply.speaker}), doc)
                view.confirmed += 1
            ours = _label(seller, turn, doc)
            for line in body:
                if confirmed and mail and any(_pitch(t) for t in line):
                    # a paragraph with our pitch or price in a confirmed summary stays ours, all of it
                    view.seller_sentences.extend(line)
                    lines.append(f"{ours}: {' '.join(line)}")
                elif confirmed:
                    lines.append(f"{as_customer}: {' '.join(line)}")
                else:
                    lines.append(f"{ours}: {' '.join(line)}")
            if not confirmed:
                view.seller_sentences.extend(s.text for s in by_turn.get(turn.index, []))
    view.text = "\n".join(lines)
    return view


def confirmed_sentences(doc: Document) -> set[int]:
    """Return the indices (into doc.sentences) of seller sentences that count as the customer's (confirmed)."""
    if not doc.turns:
        return set()
    view = customer_view(doc)
    seller = {" ".join(t.split()) for t in view.seller_sentences}
    return {
        i
        for i, s in enumerate(doc.sentences)
        if s.side == "seller" and s.turn is not None and " ".join(s.text.split()) not in seller
    }


def view_notices(doc: Document, view: CustomerView, lang: str) -> list[str]:
    """Return the notices of a document and its customer view as text in lang (message ids rendered)."""
    from coach.messages import msg
    from coach.text import messages as _messages  # noqa: F401 - registers the text layer's messages

    out = [msg(mid, lang) for mid in doc.notices]
    if view.seller_sentences and view.seller_speakers:
        out.append(msg("text.seller_dropped", lang, speakers=", ".join(view.seller_speakers)))
    return out
