"""Split call notes (bullets, prose, shorthand, time-stamped transcripts) into sentences that keep their context.

Each sentence keeps its exact wording (the evidence), the speaker and side of a transcript turn, the field label
it stands under ("Budget: ...", "Ziel: ..."), and whether it is a question. Timestamps, bullet markers and speaker
labels are stripped from the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from coach.text.sentences import split_sentences as text_split

Role = Literal["customer", "vendor", "unknown"]

_BULLET = re.compile(r"^\s*(?:[-*•·▪‣◦–—>]+|\d{1,2}[.)]|[a-z][.)])\s+")
_TIMESTAMP = re.compile(
    r"^\s*(?:[\[(]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?\s*[\])]?"
    # a day or date tag of a notes line: "[Mon]", "[Di]", "[12.11.]", "[KW 46]"
    r"|\[(?:[A-Za-zÄÖÜäöü]{2,3}\.?|\d{1,2}\.\d{1,2}\.?(?:\d{2,4})?|KW ?\d{1,2})\])\s*(?:[-–—|]\s*)?"
)
_SPEAKER = re.compile(r"^(?P<speaker>[^:\n]{1,90}?)\s*:\s+(?=\S)")
_ROLE_WORDS_VENDOR = re.compile(
    r"^(?:rep|sales|seller|vertrieb|verkauf|vertriebler\w*|verkäufer\w*|ae|am|sdr|bdr|account (?:executive|manager)|"
    r"ich|me|wir|us|we|interviewer|berater\w*|consultant|vendor|anbieter)\b",
    re.IGNORECASE,
)
_ROLE_WORDS_CUSTOMER = re.compile(
    r"^(?:kunde|kundin|customer|client|prospect|interessent\w*|buyer|käufer\w*|einkäufer\w*)\b", re.IGNORECASE
)
_GENERIC_SPEAKER = re.compile(
    r"^(?:speaker|sprecher\w*|teilnehmer\w*|person|participant)\s*\d+$", re.IGNORECASE
)

# Field labels at the start of a line or sentence ("Budget: ...", "Ziele? – ...", "$$: ...").
_LABEL = re.compile(
    r"^(?P<label>[\w$€&/+.,' -]{1,32}?)\s*(?:(?P<q>\?+)\s*(?:[–—-]+>?|->|→|:)?|:|\s[–—]|\s->|\s→)\s*(?P<rest>.*)$",
    re.DOTALL,
)


@dataclass
class Segment:
    """One sentence of the notes with its context."""

    index: int
    text: str
    block: int
    role: Role = "unknown"
    speaker: str | None = None
    speaker_name: str | None = None
    label: str | None = None
    label_rest: str = ""
    is_question: bool = False
    transcript: bool = False
    context_dims: tuple[str, ...] = field(default_factory=tuple)

    @property
    def body(self) -> str:
        """Return the sentence without its field label (what the label stands over)."""
        return self.label_rest if self.label is not None and known_label(self.label) else self.text


@dataclass
class _Block:
    lines: list[str]
    bullet: bool = False
    speaker: str | None = None
    transcript: bool = False


def _speaker_parts(raw: str) -> tuple[str | None, Role]:
    """Return (person name, side) for a speaker label such as 'Kunde (Emre Yilmaz, Stadtwerke Talheim)'."""
    name = None
    inner = re.search(r"\(([^)]*)\)", raw)
    head = raw[: inner.start()].strip() if inner else raw.strip()
    if inner:
        first = inner.group(1).split(",")[0].strip()
        if re.match(r"^[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+)+$", first):
            name = first
    role: Role = "unknown"
    if _ROLE_WORDS_VENDOR.match(head):
        role = "vendor"
    elif _ROLE_WORDS_CUSTOMER.match(head):
        role = "customer"
    if (
        name is None
        and re.match(r"^[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){0,2}$", head)
        and role == "unknown"
    ):
        name = head
    return name, role


def speaker_role(label: str) -> Role:
    """Return the side a speaker label names ('Kunde (Frau X)' -> customer, 'Wir' -> vendor), else unknown."""
    return _speaker_parts(label)[1]


def field_label(label: str) -> bool:
    """Return True for a known field label that names no side ('Ziel', 'Budget'), not a speaker ('Kunde (…)')."""
    from coach.qualify import lexicon  # noqa: F401  (registers the labels)

    return known_label(label) and speaker_role(label) == "unknown"


_DAY_TAG = re.compile(r"^\s*\[(?!\s*\d{1,2}:)")


def _is_speaker(label: str, after_timestamp: bool) -> bool:
    label = label.strip()
    if not label or len(label) > 90:
        return False
    if _ROLE_WORDS_VENDOR.match(label) or _ROLE_WORDS_CUSTOMER.match(label) or _GENERIC_SPEAKER.match(label):
        words = re.sub(r"\([^)]*\)", "", label).split()
        return 0 < len(words) <= 2
    if after_timestamp:
        words = re.sub(r"\([^)]*\)", "", label).split()
        return 0 < len(words) <= 4
    return False


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in a block of text (the text layer's one splitter)."""
    return [(span.start, span.end) for span in text_split(text)]


def _match_label(text: str) -> tuple[str, str] | None:
    m = _LABEL.match(text)
    if not m:
        return None
    label = m.group("label").strip()
    rest = m.group("rest").strip()
    if not label or len(label.split()) > 4 or re.search(r"\d{3,}", label):
        return None
    separator = text[m.end("label") : m.start("rest")]
    if ":" not in separator and "?" not in separator and not known_label(label):
        return None
    return label, rest


_DATE_IN_LINE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\b\d{1,2}\.? \w+ \d{4}|\b20\d\d\b")


def _header_like(line: str) -> bool:
    """Return True for a title line ('Discovery-Call X GmbH, 24.11.2026') that stands on its own."""
    line = line.rstrip()
    if (
        len(line) < 70
        or line.endswith(")")
        or re.search(r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b20\d\d)$", line)
    ):
        return True
    return len(line) < 85 and bool(_DATE_IN_LINE.search(line))


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            current = None
            continue
        ts = _TIMESTAMP.match(line)
        bullet = _BULLET.match(line) if not ts else None
        body = line[ts.end() :] if ts else (line[bullet.end() :] if bullet else line.strip())
        speaker = None
        sp = _SPEAKER.match(body)
        if (
            sp
            and _is_speaker(sp.group("speaker"), bool(ts))
            and not (ts and _DAY_TAG.match(line) and field_label(sp.group("speaker")))
        ):
            speaker = sp.group("speaker").strip()
            body = body[sp.end() :]
        starts_label = bool(_match_label(body)) and known_label(_match_label(body)[0])  # type: ignore[index]
        continuation = (
            current is not None
            and not (
                len(blocks) == 1
                and len(current.lines) == 1
                and not re.search(r"[.!?,;:]$", current.lines[-1])
                and len(split_sentences(current.lines[-1])) == 1
                and _header_like(current.lines[-1])
            )
            and not re.search(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}$", current.lines[-1])
            and not ts
            and not bullet
            and speaker is None
            and not starts_label
            and (body[:1].islower() or body[:1] in "(„\"'0123456789" or len(current.lines[-1]) >= 60)
        )
        if continuation and current is not None:
            current.lines.append(body.strip())
            continue
        current = _Block(
            lines=[body.strip()], bullet=bool(bullet), speaker=speaker, transcript=bool(ts) or bool(speaker)
        )
        blocks.append(current)
    return blocks


# Labels the segmenter knows (the lexicon maps them to dimensions); others only count as labels when short.
_KNOWN_LABELS: set[str] = set()


def register_labels(labels: set[str]) -> None:
    """Tell the segmenter which field labels exist (called once by the lexicon)."""
    _KNOWN_LABELS.update(x.lower() for x in labels)


def known_label(label: str) -> bool:
    """Return True when the label is a known field name ("Budget", "Ziel", "Next steps", ...)."""
    name = normalise_label(label)
    return name in _KNOWN_LABELS or (len(name.split()) <= 3 and name.split(" ")[-1] in _KNOWN_LABELS)


def normalise_label(label: str) -> str:
    """Return a label lower-cased, without trailing punctuation and extra spaces."""
    return re.sub(r"\s+", " ", label.strip().strip(".?:!–- ").lower())


def segment(text: str) -> list[Segment]:
    """Return the sentences of the notes, in order, with speaker, side, label and question context."""
    segments: list[Segment] = []
    last_named: dict[str, str] = {}
    blocks = _blocks(text)
    has_vendor_speaker = any(b.speaker and _speaker_parts(b.speaker)[1] == "vendor" for b in blocks)
    for b_index, block in enumerate(blocks):
        joined = " ".join(block.lines)
        name, role = (None, "unknown")
        if block.speaker:
            name, role = _speaker_parts(block.speaker)
            head = re.split(r"[\s(]", block.speaker.strip(), maxsplit=1)[0].lower()
            if name:
                last_named[head] = name
            else:
                name = last_named.get(head)
            if role == "unknown" and has_vendor_speaker:
                role = "customer"
        block_label: tuple[str, str] | None = None
        match = _match_label(joined)
        if match and (known_label(match[0]) or block.bullet or len(block.lines) == 1) and not block.speaker:
            block_label = match
            joined_body = match[1]
        else:
            joined_body = joined
        spans = split_sentences(joined_body) if joined_body else []
        if block_label and not spans:
            spans = [(0, 0)]
        offset = len(joined) - len(joined_body)
        for i, (start, end) in enumerate(spans):
            sentence = joined_body[start:end].strip()
            label, rest = None, sentence
            if block_label and (i == 0 or block.bullet):
                label = block_label[0]
                if i == 0:
                    sentence = joined[: offset + end].strip()
            else:
                own = _match_label(sentence)
                if own and known_label(own[0]):
                    label, rest = own
            if not sentence.strip():
                continue
            segments.append(
                Segment(
                    index=len(segments),
                    text=sentence.strip(),
                    block=b_index,
                    role=role,
                    speaker=block.speaker,
                    speaker_name=name,
                    label=label,
                    label_rest=rest.strip(),
                    is_question=sentence.rstrip("\"”' )").endswith("?") and not (label and rest),
                    transcript=block.transcript,
                )
            )
    return segments
