"""The one sentence splitter: German and English abbreviations, bullets, line breaks, dates, ordinals, decimals."""

from __future__ import annotations

import re
from typing import NamedTuple


class Span(NamedTuple):
    """A sentence: its text (exactly text[start:end] of the input) and its offsets."""

    text: str
    start: int
    end: int


# Words before a full stop that do not end a sentence: titles, German and English abbreviations, months, weekdays.
ABBREVIATIONS = frozenset(
    """
    dr prof hr hrn fr frl mr mrs ms st jr sr dipl ing mag
    ca bzw inkl ggf evtl nr no mio mrd tsd max min approx vs etc lt teiln zeitl inhaltl curr mgmt dept abt
    co ltd inc corp gmbh mwst zzgl abzgl tel wg bzgl jhd jh mind gem zt ua zb dh od resp esp eg ie incl excl est
    wk wks pers ref dt engl ehem prob dir usw sog vgl bspw ebd ggü kw mündl schriftl vors anw tn kd opp ges
    jan feb mär mar apr jun jul aug sep sept oct okt nov dec dez mo di mi mon tue wed thu fri sat sun
    eur usd chf abs art fig str tsd geb verh
    kaufm kfm techn allg insb jew eigtl entspr betr zzt mtl jährl monatl wöchentl tägl verantw ltg gesch
    govt intl assoc avg qty yr yrs hrs mins mgr
    """.split()
)
_MONTH_WORD = re.compile(
    r"(?:jan|feb|mär|maer|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\b", re.IGNORECASE
)
_ORDINAL_NOUN = re.compile(
    r"(?:quartal|quarter|woche|kw|phase|stufe|mal|stock|etage|jahrhundert|auflage|klasse|liga)\b",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”“'’»«)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w&/-]+(?:\.[\w&/-]+)*)$")
BULLET = re.compile(r"[ \t]*(?:[-*•·▪‣◦–—]+|\d{1,2}[.)]|[a-z][.)]|\[[ xX]\])[ \t]+")
_LABEL_START = re.compile(r"[\w\"„“(][\w &/+.,'-]{0,30}:\s")
_OPENERS = "\"„“”'‘’«»([¿¡*_#"
# A wrapped line runs close to the block's width; one that stops well short of it was broken by the writer.
_WRAP_SLACK = 0.8
_TERMINAL = re.compile(r"[.!?…:;][\"”“'’»«)\]]*$")


def _units(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of the paragraph units: bullets, lines and wrapped prose joined across line breaks."""
    units: list[tuple[int, int]] = []
    cur: list[int] | None = None
    pos = 0
    prev_line = ""
    lines = text.split("\n")
    widths = _block_widths(lines)
    for n, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            cur = None
            prev_line = ""
            continue
        bullet = BULLET.match(line)
        body_start = start + (bullet.end() if bullet else len(line) - len(line.lstrip()))
        body = text[body_start:end]
        continues = (
            cur is not None
            and not bullet
            and "\t" not in line.strip()  # a row of a pasted table (tab-separated) is a unit of its own
            and "\t" not in prev_line.strip()
            and not _TERMINAL.search(prev_line.rstrip())
            and not _LABEL_START.match(body)
            and (
                body[:1].islower()
                or body[:1] in "(„\"'0123456789&+"
                or (len(prev_line.strip()) >= 60 and _wrapped(prev_line, body, widths[n]))
            )
        )
        if continues and cur is not None:
            cur[1] = end
        else:
            cur = [body_start, end]
            units.append(cur)  # type: ignore[arg-type]
        prev_line = line
    return [(s, e) for s, e in units]


def _block_widths(lines: list[str]) -> list[int]:
    """Return, for each line, the length of the longest line of its block (the lines between blank lines)."""
    out = [0] * len(lines)
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or not lines[i].strip():
            width = max((len(x.rstrip()) for x in lines[start:i]), default=0)
            out[start:i] = [width] * (i - start)
            start = i + 1
    return out


def _wrapped(prev_line: str, body: str, width: int) -> bool:
    """Return True when a line break may be a wrap: the next word would not have fit on the line before.

    A writer's own break ("… Mandat" then "Wir haben …" in a block whose lines run far longer) ends the unit.
    """
    word = body.split(maxsplit=1)[0] if body.strip() else ""
    return len(prev_line.rstrip()) + 1 + len(word) > _WRAP_SLACK * width


def _open_paren(text: str, start: int, pos: int) -> bool:
    chunk = text[start:pos]
    return chunk.count("(") > chunk.count(")")


def _no_break(text: str, start: int, mark_end: int, stop: int) -> bool:
    """Return True when the punctuation ending at mark_end does not end a sentence."""
    punct_start = mark_end
    while punct_start > start and text[punct_start - 1] in ".!?…\"”“'’»«)]":
        punct_start -= 1
    marks = text[punct_start:mark_end].strip("\"”“'’»«)]")
    after = text[mark_end:stop].lstrip()
    if not after:
        return True
    if _open_paren(text, start, mark_end):
        return True
    if not (after[:1].isalnum() or after[:1] in _OPENERS):
        return True
    if not marks.startswith(".") or marks.startswith(".."):
        if after[:1] in "-–—>→=,;:":
            return True
        return after[:1].islower() and len(text[start:punct_start].split()) < 4
    w = _WORD_BEFORE.search(text[max(start, punct_start - 40) : punct_start])
    word = w.group(1).casefold() if w else ""
    last = word.rsplit(".", 1)[-1]
    if last in ("no", "nr") and after[:1].isupper():
        return False
    if last in ABBREVIATIONS or word.replace(".", "") in ABBREVIATIONS:
        return True
    if len(last) == 1 and last.isalpha():
        return True  # "z. B.", "u. a.", initials "J. Smith"
    if last.isdigit() and len(last) <= 2:
        return bool(
            _MONTH_WORD.match(after)
            or _ORDINAL_NOUN.match(after)
            or after[:1].islower()
            or after[:1].isdigit()
        )
    return after[:1].islower() and len(last) <= 3 and not last.isdigit()


def split_sentences(text: str) -> list[Span]:
    """Return the sentences of a text with their offsets; bullet markers are left out of the sentences."""
    spans: list[Span] = []
    for ustart, uend in _units(text):
        start = ustart
        for m in _BOUNDARY.finditer(text, ustart, uend):
            if _no_break(text, start, m.end(), min(uend, m.end() + 40)):
                continue
            _add(spans, text, start, m.end())
            start = m.end()
        _add(spans, text, start, uend)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(text[start:end], start, end))


def sentence_texts(text: str) -> list[str]:
    """Return just the sentence strings of a text, with inner line breaks folded to spaces."""
    return [" ".join(s.text.split()) for s in split_sentences(text)]
