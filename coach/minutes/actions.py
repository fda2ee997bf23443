"""Action items from the notes' to-do section: task, owner (resolved to a participant) and due date."""

from __future__ import annotations

import re
from datetime import date

from coach.minutes.dates import has_due_phrase, resolve_due
from coach.minutes.models import ActionItem
from coach.minutes.people import People
from coach.minutes.segment import Line, heading, split_sentences

_LABEL = re.compile(
    r"^(?:to-?\s?dos?|todos?|aufgaben|action items?|action points|next steps|nächste schritte|follow-?ups?|vereinbart|"
    r"weitere schritte|maßnahmen|massnahmen|agreed actions|vereinbarungen|tasks|actions?|ais)\s*:\s*",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s+[–—-]\s+|\s+\|\s+")
_NAME_LIKE = re.compile(
    r"^(?:(?:Dr|Prof|Hr|Fr|Herr|Frau|Mr|Mrs|Ms)\.?\s+)?[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){0,2}$"
)
_HELPER_BEFORE = re.compile(
    r"\b(mit|with|für|for|an|to|bei|von|from|und|and|cc|via|über)\s+(?:(?:Hr|Fr|Herrn?|Frau|Mr|Ms|Mrs|Dr)\.?\s+)?$",
    re.IGNORECASE,
)
_SELF = re.compile(r"^\s*(?:ich|i)\b", re.IGNORECASE)
_TRAILING_CONNECTOR = re.compile(
    r"(?:[,–—-]\s*)?\b(?:bis|by|until|till|on|for|am|zum|vor|before|spätestens)?\s*$", re.IGNORECASE
)


def _owner_in(segment: str, people: People) -> str | None:
    """Return the first person named in a segment who is not a helper ('mit Otto'), a recipient or a question."""
    for start, end, person in people.mentions(segment):
        before = segment[:start]
        after = segment[end : end + 2]
        if _HELPER_BEFORE.search(before) or after.startswith("?"):
            continue
        return person.name
    return None


def _strip_due(task: str, phrase: str | None) -> str:
    """Return the task without a due phrase at its end ('send the plan by Friday' -> 'send the plan')."""
    task = task.strip().rstrip(".;,")
    if phrase and task.lower().endswith(phrase.lower()):
        head = task[: -len(phrase)]
        head = _TRAILING_CONNECTOR.sub("", head).rstrip(" ,;–—-")
        if len(head) >= 4:
            return head
    return task


def _structured(text: str, people: People, base: date | None) -> ActionItem | None:
    """Parse 'Owner: task – due' or 'task – owner – due' (bullets of a to-do list)."""
    owner: str | None = None
    rest = text
    m = re.match(r"^(?P<owner>[^:]{2,40}):\s+(?P<rest>.+)$", text)
    if m:
        person = people.resolve(m.group("owner"))
        if person or _NAME_LIKE.match(m.group("owner").strip()):
            owner = person.name if person else m.group("owner").strip()
            rest = m.group("rest")
    segments = [s.strip() for s in _DASH.split(rest) if s.strip()]
    if not segments:
        return None
    due_index = None
    for i in range(len(segments) - 1, 0, -1):
        if has_due_phrase(segments[i]) and len(segments[i]) <= 40:
            due_index = i
            break
    due, phrase = resolve_due(segments[due_index], base) if due_index is not None else (None, None)
    task_parts = [segments[0]]
    if owner is None:
        for i, seg in enumerate(segments[1:], start=1):
            if i == due_index:
                continue
            found = _owner_in(seg, people)
            if found:
                owner = found
                break
        if owner is None and len(segments) > 1:
            candidates = [s for i, s in enumerate(segments[1:], start=1) if i != due_index]
            if candidates and len(candidates[0]) <= 30 and not has_due_phrase(candidates[0]):
                owner = _SELF.sub("", candidates[0]).strip() or None
                if _SELF.match(candidates[0]) and people.author:
                    owner = people.author.name
        if owner is None:
            owner = _prose_owner(segments[0], people)
    else:
        task_parts = [s for i, s in enumerate(segments) if i != due_index]
    task = " – ".join(task_parts)
    if due_index is None:
        due, phrase = resolve_due(task, base)
        task = _strip_due(task, phrase)
    return ActionItem(task=task.strip().rstrip("."), owner=owner, due=due, due_text=phrase)


def _prose_owner(sentence: str, people: People) -> str | None:
    """Return the subject of a to-do sentence: 'Ich …' is the author, else a person named at its start."""
    if _SELF.match(sentence):
        return people.author.name if people.author else None
    found = people.mentions(sentence)
    if found and found[0][0] <= 12:
        return found[0][2].name
    return None


def _prose(sentence: str, people: People, base: date | None) -> ActionItem:
    due, phrase = resolve_due(sentence, base)
    return ActionItem(
        task=_strip_due(sentence, phrase), owner=_prose_owner(sentence, people), due=due, due_text=phrase
    )


def extract_actions(lines: list[Line], people: People, base: date | None) -> list[ActionItem]:
    """Return the action items of the to-do section(s), with owners resolved and due dates counted from base."""
    items: list[ActionItem] = []
    for line in lines:
        if line.section != "actions":
            continue
        section, rest = heading(line.text)
        if section and not rest:
            continue
        text = _LABEL.sub("", line.text).strip()
        if not text:
            continue
        structured = line.bullet or bool(_DASH.search(text)) or bool(re.match(r"^[^:]{2,40}:\s", text))
        if structured and len(split_sentences(text)) <= 2:
            item = _structured(text, people, base)
            if item:
                items.append(item)
            continue
        for sentence in split_sentences(text):
            if len(sentence) > 3:
                items.append(_prose(sentence, people, base))
    seen: set[str] = set()
    unique: list[ActionItem] = []
    for item in items:
        key = item.task.lower()
        if key not in seen and len(item.task) > 2:
            seen.add(key)
            unique.append(item)
    return unique
