"""The customer's company named in the title of call notes ("Gespräch mit <Firma>", "Call with <company>").

The text layer finds the customer's company from participants, labels and e-mail domains; a title line such as
"Gespräch mit Hallberg Antriebstechnik" often is the only place notes name it. The text layer's title reader
(`coach.text.people.find_people(...).company`) also returns people and departments ("Gespräch mit Frau Olsen",
"Meeting with the CFO"), so its answer is taken here only when it is no person, no role and no ordinary word.
"""

from __future__ import annotations

import re

from coach.text.lines import segment
from coach.text.model import Document
from coach.text.names import TITLE, is_common_word
from coach.text.people import find_people

# A role or department, never a company: "mit dem Einkauf", "with the CFO", "mit der Geschäftsführung".
_ROLE = re.compile(
    r"^(?:(?:the|den|dem|der|die|das)\s+)?(?:c[a-z]o|vp\b.*|head of .*|vorstand\w*|geschäftsführ\w*|gf|leiter\w*|"
    r"leitung|chef\w*|einkauf|procurement|purchasing|finance|finanz\w*|controlling|it|hr|personal\w*|buchhaltung|"
    r"vertrieb|sales|marketing|team|board|management|owner|inhaber\w*|kunde\w*|customer|client|prospect|"
    r"interessent\w*|abteilung\w*|department)$",
    re.IGNORECASE,
)
_TITLED = re.compile(rf"^{TITLE}")
_LETTER = re.compile(r"[A-Za-zÄÖÜäöüß]")


def _is_person(candidate: str, doc: Document) -> bool:
    """Return True when the candidate names a person: a title before it, or a participant's name or surname."""
    if _TITLED.match(candidate + " "):
        return True
    low = candidate.casefold()
    for p in doc.participants:
        name = p.name.casefold()
        if name == low or name.split()[-1] in low.split():
            return True
    # the same words after Herr/Frau/Mr/Ms elsewhere in the notes: "Gespräch mit Jana Olsen … Frau Olsen sagt"
    last = re.escape(candidate.split()[-1])
    return bool(re.search(rf"{TITLE}(?:\w+\s+)?{last}\b", doc.text))


def title_company(doc: Document) -> str | None:
    """Return the customer's company named in the notes' title or label lines, or None when it names none."""
    candidate = find_people(segment(doc.text)).company
    if not candidate:
        return None
    candidate = candidate.strip(" .:;,-–—*_#")
    words = candidate.split()
    if not words or len(words) > 6 or not _LETTER.search(candidate) or not candidate[0].isupper():
        return None
    if _ROLE.match(candidate) or all(is_common_word(w) for w in words):
        return None
    if _is_person(candidate, doc):
        return None
    return candidate
