"""Line cues every engine meets in pasted text: e-mail header lines and attendance lists.

One place for the patterns the e-mail reader, the minutes' noise filter, the minutes' e-mail date and the people
extractor each used to keep a copy of.
"""

from __future__ import annotations

import re
from typing import Literal

from coach.text.readers.base import GENERIC

MailKey = Literal["from", "to", "cc", "bcc", "date", "subject"]
AttendanceKind = Literal["present", "absent", "minutes_by", "chair", "distribution"]

_MAIL_KEYS: dict[str, MailKey] = {
    "from": "from",
    "von": "from",
    "to": "to",
    "an": "to",
    "cc": "cc",
    "bcc": "bcc",
    "date": "date",
    "datum": "date",
    "sent": "date",
    "gesendet": "date",
    "subject": "subject",
    "betreff": "subject",
    "re": "subject",
    "aw": "subject",
    "wg": "subject",
    "fw": "subject",
    "fwd": "subject",
}
MAIL_HEADER = re.compile(
    r"^\s*(?P<key>from|von|to|an|cc|bcc|date|datum|sent|gesendet|subject|betreff|re|aw|wg|fw|fwd)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)


_REPLY_PREFIXES = frozenset({"re", "aw", "wg", "fw", "fwd"})


def mail_header(line: str, *, reply_prefix: bool = True) -> tuple[MailKey, str] | None:
    """Return (key, value) of an e-mail header line ('Von: Eva <e@x.example>' -> ('from', 'Eva <e@x.example>')).

    German and English keys map to one key: Von/From -> from, An/To -> to, Datum/Date/Gesendet/Sent -> date,
    Betreff/Subject -> subject, and so does a bare reply or forward prefix ('AW: …', 'Re: …', 'WG: …') unless
    `reply_prefix` is False.
    """
    m = MAIL_HEADER.match(line)
    if not m:
        return None
    raw = m.group("key").lower()
    if raw in _REPLY_PREFIXES and not reply_prefix:
        return None
    return _MAIL_KEYS[raw], m.group("value").strip()


def is_mail_header(line: str, keys: tuple[MailKey, ...] | None = None, *, reply_prefix: bool = True) -> bool:
    """Return True for an e-mail header line, optionally only one of the given keys."""
    found = mail_header(line, reply_prefix=reply_prefix)
    return found is not None and (keys is None or found[0] in keys)


_ATTENDANCE: list[tuple[AttendanceKind, str]] = [
    (
        "present",
        r"present|also present|in attendance|attendees|participants|teilnehm\w*|anwesend\w*|dabei|attending|"
        r"customer attendees",
    ),
    ("absent", r"apologies|entschuldigt|absent|abwesend|abgesagt|regrets"),
    ("minutes_by", r"protokoll(?:führung|führer\w*)?|minute[- ]taker|minutes(?: taken)? by|notes by"),
    ("chair", r"chair|vorsitz|moderation|moderator\w*"),
    ("distribution", r"verteiler|distribution|cc to"),
]
ATTENDANCE_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:"
    + "|".join(f"(?P<{kind}>{words})" for kind, words in _ATTENDANCE)
    + r")\b[^:\n]{0,40}:",
    re.IGNORECASE,
)


def attendance_line(line: str) -> AttendanceKind | None:
    """Return what a labelled attendance line lists ('Teilnehmer: …' -> present, 'Apologies: …' -> absent), else None."""
    m = ATTENDANCE_LINE.match(line)
    label = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", line.split(":", 1)[0].strip(" -*•\t"))
    if not m or (GENERIC.match(label) and re.search(r"(?:\d+|\b[A-Z])$", label)):
        return None  # "Teilnehmer A: …", "Teilnehmer B (Einkauf): …" are a speaker's turns, not lists
    return next(kind for kind, _ in _ATTENDANCE if m.group(kind) is not None)
