"""Commitments in call notes: a sentence naming who does what by when ("Frau Petersen schickt bis 10.03. …")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from coach.prepare.names import TITLE_NAME
from coach.text.dates import meeting_date, resolve_due
from coach.text.sentences import sentence_texts

_US = re.compile(r"^\s*(?:wir|we|ich|i|uns|our team|unser team)\b", re.IGNORECASE)
_TITLE_WORD = re.compile(r"^(Herrn)\b")
# An action label in notes: "AP:", "AI:", "TODO:", "Action item:", "Aufgabe:", "Next step:", "- [ ]".
_LABEL = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:\[\s?\]\s*|(?:AP|AI|TODO|To-?do|Action(?:\s+item)?|Aufgabe|Next\s+step|"
    r"N[äa]e?chster\s+Schritt|Wiedervorlage|WV)\s*[:–-]\s*)",
    re.IGNORECASE,
)
# The owner at the start of a labelled task: one or two capitalised words before a lower-case verb
# ("Tim schickt …", "Anna Berg sends …", "Petersen klärt …", "Anna to send …").
_LEAD_NAME = re.compile(
    r"^(?:(?:Herrn?|Frau|Mr\.?|Ms\.?|Mrs\.?)\s+)?(?:Dr\.\s+)?([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)\s+"
    r"(?=(?:to\s+)?[a-zäöüß])"
)


# A decision, taken or to be taken ("hat entschieden, … bis 15.01. abzuschließen", "entscheidet bis 10.12. über …",
# "decided to …"): the customer's decision or timeline, never a task someone promised to do.
# Verbs only: "meldet sich … mit der Entscheidung", "puts the decision in writing" are promises to deliver one.
_DECISION = re.compile(
    r"\b(?:entscheide[nt]?|entschied\w*|entschieden|beschlie(?:ß|ss)(?:t|en)|beschloss\w*|beschlossen|"
    r"decide[sd]?|deciding)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Commitment:
    """A task promised in the notes, its owner as written and the due date."""

    task: str
    owner: str | None
    due: date | None


def owner_us(lang: str) -> str:
    """Return how our own side is named as an owner."""
    return "wir (Vertrieb)" if lang == "de" else "us (sales)"


def _labelled_owner(task: str, lang: str) -> str | None:
    """Return the owner at the start of a labelled task ('Tim schickt …' -> 'Tim'), 'us' for we/I, else None."""
    if _US.match(task):
        return owner_us(lang)
    name = TITLE_NAME.match(task)
    if name:
        return _TITLE_WORD.sub("Herr", name.group(0))
    lead = _LEAD_NAME.match(task)
    return lead.group(0).strip() if lead else None


class _Speakers:
    """Who said a sentence of a transcript or e-mail thread (parsed once, only when a "we" needs it)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.turns: list[tuple[str, str | None, str]] | None = None

    def of(self, sentence: str) -> tuple[str, str | None] | None:
        """Return (side, speaker) of the turn holding the sentence, or None for notes without turns."""
        if self.turns is None:
            from coach.text import parse_text

            try:
                doc = parse_text(self.text)
                self.turns = [(" ".join(t.text.split()), t.speaker, t.side) for t in doc.turns]
            except Exception:  # noqa: BLE001 - an owner is never worth failing the notes for
                self.turns = []
        head = " ".join(sentence.split())[:60]
        return next(((side, who) for said, who, side in self.turns if head and head in said), None)


def _we(task: str, speakers: _Speakers, lang: str) -> str:
    """Return the owner of a "we" task: our side in notes or the seller's turn; in a customer's turn or message,
    the customer who wrote it ("Wir schauen es uns bis Ende des Monats an" in their e-mail is theirs)."""
    turn = speakers.of(task)
    if turn is None or turn[0] == "seller" or not turn[1]:
        return owner_us(lang)
    return turn[1]


def find_commitments(text: str, base: date, lang: str) -> list[Commitment]:
    """Return the sentences of the notes that promise a task with an owner (and a due date, when given).

    A labelled item ("AP: Tim schickt bis 10.11. …", "AI: Anna sends … by Friday", "TODO: …") counts with or without
    a due date; an unlabelled sentence counts when it names its owner first ("Frau Petersen schickt …", "Wir …")
    and a due date, and is no decision ("Frau Petersen hat entschieden, … bis … abzuschließen").
    """
    found: list[Commitment] = []
    speakers = _Speakers(text)
    for sentence in sentence_texts(text):
        sentence = sentence.strip()
        label = _LABEL.match(sentence)
        task = sentence[label.end() :].strip() if label else sentence.lstrip("-*• ").strip()
        due, phrase = resolve_due(task, base)
        if label:
            owner = _labelled_owner(task, lang)
            if owner == owner_us(lang):
                owner = _we(task, speakers, lang)
            if owner is None and due is None:
                continue
        else:
            if due is None or phrase is None or _DECISION.search(task):
                continue
            name = TITLE_NAME.search(task)
            if name and name.start() <= 3:
                owner = _TITLE_WORD.sub("Herr", name.group(0))
            elif _US.match(task):
                owner = _we(task, speakers, lang)
            else:
                continue
        if len(task) > 2:
            found.append(Commitment(task=task.rstrip(". "), owner=owner, due=due))
    return found


def notes_date(text: str, today: date) -> date:
    """Return the date the notes give for the conversation (header, front matter), else today.

    A CRM record's dates are plans (close date, next step), never when something happened: it is dated today.
    """
    from coach.text import parse_text

    try:
        if parse_text(text).format == "crm":
            return today
    except Exception:  # noqa: BLE001 - a date never stops an item from being stored
        pass
    return meeting_date(text, today) or today
