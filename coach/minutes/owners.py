"""An action item's owner as written ('Olivia', 'Hr. Wendt', 'CFO', 'Prokuristin …') resolved to one person's full name.

Minutes name owners briefly: a first name, a surname, a role ("the CFO to …") or a title before the name. The
owner becomes the one participant — or, failing that, the one full name the notes write — that fits; when two fit,
the owner stays as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from coach.text.model import Participant
from coach.text.names import TOKEN

_TEAM = re.compile(
    r"(?:IT|EDV|Legal|Recht|Einkauf|Procurement|Purchasing|Finance|Finanzen|Controlling|Compliance|HR|Personal|"
    r"Marketing|Vertrieb|Sales|Support|Operations|Buchhaltung|Accounting|Security|Datenschutz|Betriebsrat|"
    r"Geschäftsführung|Management|Board|Vorstand|PMO|Team|Revision|\w+(?:abteilung|team|amt|stelle|beauftragte[rn]?))",
    re.IGNORECASE,
)
# words that stand before a name without being its first name
_NOT_FIRST = re.compile(
    r"^(?:herrn?|frau|hr|fr|hrn|dr|prof|mr|mrs|ms|miss|hi|hello|hallo|hey|dear|liebe[rn]?|thanks|thank|danke|"
    r"cc|an|to|von|from|mit|with|und|and|für|for|bei|at|per|via|team|kunde|customer|sehr|geehrte[rn]?|gruß|"
    r"grüße|regards|best|cheers|ok|okay|ja|yes|nein|no|also|so|dann|then)$",
    re.IGNORECASE,
)


_ARTICLE = re.compile(r"^(?:the|our|der|die|das|unser[e]?)\s+", re.IGNORECASE)


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).replace(".", " ").split())


def _contains(name: str, part: str) -> bool:
    """Return True when the words of part occur in name as a run of whole words, and name is longer."""
    n, p = _key(name).split(), _key(part).split()
    return len(n) > len(p) and any(n[i : i + len(p)] == p for i in range(len(n) - len(p) + 1))


def _one(names: Iterable[str]) -> str | None:
    found = {_key(n): n for n in names}
    return next(iter(found.values())) if len(found) == 1 else None


def full_owner(owner: str, participants: list[Participant], text: str) -> str:
    """Return the full name an owner as written stands for, or the owner unchanged when it is not one person."""
    key = _key(owner)
    if not key or any(_key(p.name) == key for p in participants):
        return owner
    key = _key(_ARTICLE.sub("", owner.strip())) or key  # 'The Clerk', 'der Kämmerer': the role itself
    bare = _ARTICLE.sub("", owner.strip())
    team = _TEAM.fullmatch(bare)  # a department ('IT', 'Einkauf', 'der Datenschutzbeauftragte') stays one
    by_role = (
        None
        if team
        else _one(
            p.name
            for p in participants
            if p.role and key in {_key(r) for r in re.split(r"\s*[,;/|]\s*", p.role) if r}
        )
    )
    if by_role:
        return by_role
    if team:
        return bare
    tail = _one(p.name for p in participants if key.endswith(" " + _key(p.name)))
    if tail:  # a title or role before the name: 'Prokuristin Aleksandra Wójcik'
        return tail
    if not re.fullmatch(rf"{TOKEN}(?:\s+{TOKEN})?", owner.strip()):
        return owner
    partial = _one(p.name for p in participants if _contains(p.name, owner))
    if partial:
        return partial
    if any(_contains(p.name, owner) for p in participants):
        return owner  # two participants share the name: leave it as written
    esc = re.escape(owner.strip())
    written = [
        m.group(0)
        for m in re.finditer(rf"(?<![\w-]){esc}[ \t]+(?P<last>{TOKEN})(?![\w-])", text)
        if m.group("last")[0].isupper() and not _NOT_FIRST.match(m.group("last"))
    ] + [
        m.group(0)
        for m in re.finditer(rf"(?<![\w-])(?P<first>{TOKEN})[ \t]+{esc}(?![\w-])", text)
        if m.group("first")[0].isupper() and not _NOT_FIRST.match(m.group("first"))
    ]
    return _one(written) or owner
