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


@dataclass(frozen=True)
class Commitment:
    """A task promised in the notes, its owner as written and the due date."""

    task: str
    owner: str | None
    due: date | None


def owner_us(lang: str) -> str:
    """Return how our own side is named as an owner."""
    return "wir (Vertrieb)" if lang == "de" else "us (sales)"


def find_commitments(text: str, base: date, lang: str) -> list[Commitment]:
    """Return the sentences of the notes that promise a task with an owner and a due date."""
    found: list[Commitment] = []
    for sentence in sentence_texts(text):
        sentence = sentence.strip()
        due, phrase = resolve_due(sentence, base)
        if due is None or phrase is None:
            continue
        name = TITLE_NAME.search(sentence)
        if name and name.start() <= 3:
            owner: str | None = _TITLE_WORD.sub("Herr", name.group(0))
        elif _US.match(sentence):
            owner = owner_us(lang)
        else:
            continue
        found.append(Commitment(task=sentence.rstrip("."), owner=owner, due=due))
    return found


def notes_date(text: str, today: date) -> date:
    """Return the date the notes give for the conversation (header, front matter), else today."""
    return meeting_date(text, today) or today
