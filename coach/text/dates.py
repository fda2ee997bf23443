"""The one date module (on dateparser): dates in German and English text, the meeting date, due dates relative to it.

Absolute dates with month names and simple relative forms ("morgen", "in zwei Wochen", "in 3 months") are parsed
by `dateparser` with the meeting date as RELATIVE_BASE; a few helpers cover what it gets wrong or does not know:
numeric dates with two-digit years, "bis Mittwoch" (next such weekday strictly after the meeting), "nächste Woche
Dienstag", "Ende (nächster) Woche", "Ende des Monats", "within two weeks".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

_MONTHS = {
    "jan": 1,
    "januar": 1,
    "january": 1,
    "jänner": 1,
    "feb": 2,
    "februar": 2,
    "february": 2,
    "mär": 3,
    "märz": 3,
    "mrz": 3,
    "mar": 3,
    "march": 3,
    "maerz": 3,
    "apr": 4,
    "april": 4,
    "mai": 5,
    "may": 5,
    "jun": 6,
    "juni": 6,
    "june": 6,
    "jul": 7,
    "juli": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oct": 10,
    "oktober": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dez": 12,
    "dec": 12,
    "dezember": 12,
    "december": 12,
}
_MONTH = r"(?:jan(?:uar|uary)?|jänner|feb(?:ruar|ruary)?|märz|maerz|mär|mrz|mar(?:ch)?|apr(?:il)?|mai|may|jun[ei]?|jul[iy]?|aug(?:ust)?|sept?(?:ember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)"
_WEEKDAYS = {
    "montag": 0,
    "monday": 0,
    "dienstag": 1,
    "tuesday": 1,
    "mittwoch": 2,
    "wednesday": 2,
    "donnerstag": 3,
    "thursday": 3,
    "freitag": 4,
    "friday": 4,
    "samstag": 5,
    "saturday": 5,
    "sonntag": 6,
    "sunday": 6,
}
_WEEKDAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUMBERS = {
    "ein": 1,
    "einer": 1,
    "einem": 1,
    "eine": 1,
    "one": 1,
    "a": 1,
    "an": 1,
    "zwei": 2,
    "two": 2,
    "drei": 3,
    "three": 3,
    "vier": 4,
    "four": 4,
    "fünf": 5,
    "five": 5,
    "sechs": 6,
    "six": 6,
    "sieben": 7,
    "seven": 7,
    "acht": 8,
    "eight": 8,
    "neun": 9,
    "nine": 9,
    "zehn": 10,
    "ten": 10,
    "zwölf": 12,
    "twelve": 12,
}
_NUM = r"(?:\d{1,2}|ein(?:er|em|e)?|one|an?|zwei|two|drei|three|vier|four|fünf|five|sechs|six|sieben|seven|acht|eight|neun|nine|zehn|ten|zwölf|twelve)"

# Explicit dates: ISO, numeric D.M.(YY)YY and D.M., day + month name (+ year), month name + day (+ year).
_ISO = r"(?P<iso>\b\d{4}-\d{1,2}-\d{1,2}\b)"
_NUMERIC = r"(?P<num>\b\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4}\b|\d{2}\b)?)"
_SLASH = r"(?P<slash>\b\d{1,2}/\d{1,2}/\d{2,4}\b)"
# '27-05-2027' (a file name's date), '10-Jun-2027': day, month and year joined by hyphens
_HYPHEN = rf"(?P<hyphen>\b\d{{1,2}}-(?:\d{{1,2}}|{_MONTH})-\d{{4}}\b)"
_DAY_MONTH = rf"(?P<dm>\b\d{{1,2}}(?:\.|st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+(?:\d{{4}}|'?\d{{2}}(?![\d:.%]|,\S|\s*(?:%|uhr|h\b|am\b|pm\b))))?\b)"
_MONTH_DAY = rf"(?P<md>\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?)"
EXPLICIT = re.compile("|".join([_ISO, _SLASH, _HYPHEN, _DAY_MONTH, _MONTH_DAY, _NUMERIC]), re.IGNORECASE)

_PARSER_SETTINGS = {"PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month"]}


@dataclass(frozen=True)
class DateMention:
    """An explicit date found in a text: its span, the matched text, and the date (year may be inferred)."""

    start: int
    end: int
    text: str
    value: date | None
    has_year: bool


def _year(text: str) -> int:
    y = int(text)
    return 2000 + y if y < 100 else y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@lru_cache(maxsize=512)
def _dateparser(text: str, base: date | None) -> date | None:
    """Return dateparser's reading of a short date expression relative to base (cached)."""
    import dateparser

    settings = dict(_PARSER_SETTINGS)
    if base:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(text, languages=["de", "en"], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises odd errors on odd input; no date then
        return None
    return parsed.date() if parsed else None


# How far before the meeting a date without a year may lie and still be read in the past (a recap of what happened:
# "the pilot ended 28.11."); anything earlier is next year's ("bis 15.01." in a December meeting is January's).
RECENT_PAST_DAYS = 14


def year_for(base: date, month: int, day: int, recent_days: int = RECENT_PAST_DAYS) -> date | None:
    """Return day.month without a year, read against base: the first such date on or after base, unless it lies at
    most `recent_days` before base (then that recent date)."""
    for year in range(base.year - 1, base.year + 5):
        found = _safe_date(year, month, day)
        if found and found >= base - timedelta(days=recent_days):
            return found
    return None


def _next_year_if_past(d: date | None, base: date | None) -> date | None:
    if d and base:
        return year_for(base, d.month, d.day)
    return d


def parse_explicit(m: re.Match[str], base: date | None = None) -> DateMention:
    """Return the date of one EXPLICIT match; a missing year comes from base (the next such date on or after it)."""
    text = m.group(0)
    value: date | None = None
    has_year = True
    if m.group("iso"):
        y, mo, d = (int(p) for p in text.split("-"))
        value = _safe_date(y, mo, d)
    elif m.group("num"):
        parts = [p for p in re.split(r"\.\s?", text) if p]
        if len(parts) == 3:
            value = _safe_date(_year(parts[2]), int(parts[1]), int(parts[0]))
        else:
            has_year = False
            if base:
                value = year_for(base, int(parts[1]), int(parts[0]))
    elif m.group("slash"):
        d, mo, y = text.split("/")
        if int(mo) > 12 >= int(d):  # '04/16/2027', '9/21/27': month first, as written in the US
            d, mo = mo, d
        value = _safe_date(_year(y), int(mo), int(d))
    elif m.group("hyphen"):
        d, mo, y = text.split("-")
        month = (
            int(mo) if mo.isdigit() else _MONTHS.get(mo.lower().rstrip("."), _MONTHS.get(mo.lower()[:3], 0))
        )
        value = _safe_date(int(y), month, int(d)) if month else None
    else:
        text2 = text
        if m.group("dm"):  # "6 May 27" -> "6 May 2027" (day first, then a two-digit year)
            text2 = re.sub(r"([^\W\d]\.?,?)\s+'?(\d{2})$", r"\1 20\2", text)
        has_year = bool(re.search(r"\d{4}", text2))
        cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text2, flags=re.IGNORECASE).replace(" of ", " ")
        value = _dateparser(cleaned, None if has_year else base)
        if value is None:
            value = _month_name_date(cleaned, base)
        if not has_year:
            value = _next_year_if_past(value, base) if base else None
    return DateMention(m.start(), m.end(), text, value, has_year)


def _month_name_date(text: str, base: date | None) -> date | None:
    """Return a date from 'D month [YYYY]' or 'month D[, YYYY]' without dateparser (its fallback)."""
    words = re.findall(r"\d+|[^\W\d]+", text.lower())
    nums = [int(w) for w in words if w.isdigit()]
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    if not month or not nums:
        return None
    day = nums[0] if nums[0] <= 31 else None
    year = next((n for n in nums if n > 31), base.year if base else None)
    return _safe_date(year, month, day) if day and year else None


def find_explicit(text: str, base: date | None = None) -> list[DateMention]:
    """Return every explicit date in the text, in order."""
    return [parse_explicit(m, base) for m in EXPLICIT.finditer(text)]


def next_weekday(base: date, weekday: int) -> date:
    """Return the next given weekday strictly after base ('bis Mittwoch' said on a Wednesday = a week later)."""
    ahead = (weekday - base.weekday()) % 7 or 7
    return base + timedelta(days=ahead)


def weekday_next_week(base: date, weekday: int) -> date:
    """Return that weekday in the week after base's week ('nächste Woche Dienstag', 'next Monday')."""
    monday = base - timedelta(days=base.weekday()) + timedelta(days=7)
    return monday + timedelta(days=weekday)


def add_months(base: date, months: int) -> date:
    """Return the same day some months later (clamped to the month's last day)."""
    y, m = divmod(base.month - 1 + months, 12)
    year, month = base.year + y, m + 1
    return date(year, month, min(base.day, calendar.monthrange(year, month)[1]))


def _calendar_week_friday(base: date, week: int) -> date | None:
    """Return the Friday of ISO calendar week `week` on or after the base date's week (next year when past)."""
    for year in (base.isocalendar().year, base.isocalendar().year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            return None
        if friday >= base - timedelta(days=base.weekday()):
            return friday
    return None


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 1)


# Relative due expressions, tried in this order. Each returns a date from the base (meeting) date.
_RELATIVE: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(
            r"\b(?:ende|end\s+of)\s+(?:der\s+|d\.\s*|the\s+)?(?:n(?:ä|ae)chste[rn]?|n(?:ä|ae)\.|next|kommende[rn]?|coming)\s+"
            r"(?:woche\b|week\b|wk\b|wo\.)",
            re.I,
        ),
        lambda b, m: weekday_next_week(b, 4),
    ),
    (
        re.compile(
            r"\b(?:ende\s+(?:der|dieser|d\.)\s*woche|end\s+of\s+(?:the\s+|this\s+)?week|bis wochenende|eow)\b",
            re.I,
        ),
        lambda b, m: b + timedelta(days=(4 - b.weekday()) % 7),
    ),
    (
        re.compile(
            r"\b(?:ende\s+(?:des|dieses)\s+monats|monatsende|end\s+of\s+(?:the\s+|this\s+)?month)\b", re.I
        ),
        lambda b, m: date(b.year, b.month, calendar.monthrange(b.year, b.month)[1]),
    ),
    (
        re.compile(
            rf"\b(?:n(?:ä|ae)chste|n(?:ä|ae)\.|kommende)\s*woche\s+(?P<wd>{_WEEKDAY})\b|\b(?P<wd2>{_WEEKDAY})\s+(?:n(?:ä|ae)chster|kommender)\s+woche\b|\b(?:next|following)\s+week\s+(?:on\s+)?(?P<wd3>{_WEEKDAY})\b"
            rf"|\b(?P<wd4>{_WEEKDAY})\s+(?:of\s+)?(?:next|the\s+following)\s+week\b",
            re.I,
        ),
        lambda b, m: weekday_next_week(
            b, _WEEKDAYS[(m.group("wd") or m.group("wd2") or m.group("wd3") or m.group("wd4")).lower()]
        ),
    ),
    (
        re.compile(r"\b(?:kw|cw|kalenderwoche|calendar\s+week)\s*(?P<n>\d{1,2})\b", re.I),
        lambda b, m: _calendar_week_friday(b, int(m.group("n"))),
    ),
    (
        re.compile(
            r"\b(?:n(?:ä|ae)chste|n(?:ä|ae)\.|kommende)\s*woche\s+(?P<de>mo|di|mi|do|fr)\.?(?![\w.])"
            r"|\b(?:next|following)\s+(?:week|wk)\s+(?:on\s+)?(?P<en>mon|tue|tues|wed|thu|thur|thurs|fri)\.?(?![\w.])",
            re.I,
        ),
        lambda b, m: weekday_next_week(b, _SHORT_WEEKDAYS[(m.group("de") or m.group("en")).lower()[:3]]),
    ),
    (
        re.compile(
            rf"\b(?:n(?:ä|ae)chsten|kommenden|next|am n(?:ä|ae)chsten)\s+(?P<wd>{_WEEKDAY}\b|"
            r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri)\.?(?![\w.]))",
            re.I,
        ),  # 'next Thu' as 'next Thursday'
        lambda b, m: weekday_next_week(b, _weekday_number(m.group("wd").rstrip("."))),
    ),
    (re.compile(r"\b(?:ü|ue)bermorgen\b|\bday after tomorrow\b", re.I), lambda b, m: b + timedelta(days=2)),
    (re.compile(r"\bmorgen\b|\btomorrow\b|\btmrw\b|\btmw\b", re.I), lambda b, m: b + timedelta(days=1)),
    (
        re.compile(
            r"\bheute\b|\btoday\b|\bsofort\b|\bumgehend\b|\bimmediately\b|\bsame day\b|\bnoch heute\b|"
            r"\bend of (?:the )?day\b|\beod\b|\bclose of business\b|\bcob\b",
            re.I,
        ),
        lambda b, m: b,
    ),
    (
        re.compile(rf"\b(?:ende|end of)\s+(?P<month>{_MONTH})\b", re.I),
        lambda b, m: _end_of_month(b, m.group("month")),
    ),
    (
        re.compile(
            rf"\b(?:(?:in|within|over|during)\s+the\s+(?:next|coming)|(?:in|innerhalb)\s+der\s+(?:nächsten|kommenden)|"
            rf"in\s+den\s+(?:n(?:ä|ae)chsten|kommenden)|in|within|innerhalb\s+(?:von\s+)?|"
            rf"(?:give|gib|geben\s+sie)\s+(?:me|us|mir|uns))\s*(?P<n>{_NUM})\s+"
            rf"(?P<u>tag\w*|days?|woche\w*|weeks?|wks?\b|wo\b\.?|monat\w*|mon\.|months?)",
            re.I,
        ),
        lambda b, m: _offset(b, _n(m.group("n")), _unit(m.group("u"))),
    ),
    (
        re.compile(
            rf"\b(?:bis|by|until|till|am|on|ab|before|vor|spätestens|latest)?\s*(?P<wd>{_WEEKDAY})\b", re.I
        ),
        lambda b, m: next_weekday(b, _WEEKDAYS[m.group("wd").lower()]),
    ),
    (
        re.compile(
            r"\b(?:this|heute)\s+(?:afternoon|evening|morning|nachmittag|abend|vormittag)\b|\btonight\b", re.I
        ),
        lambda b, m: b,
    ),
    (
        re.compile(
            r"(?:\b(?:bis|by|until|till|on|due|am)\s+|[–—,(]\s*|(?:\s-|->|→|=>)\s*|^\s*)(?P<wd>mon|tue|tues|wed|thu|thur|thurs|fri)\.?(?![\w.])"
            r"|\bbis\s+(?P<de>mo|di|mi|do|fr)\.?(?![\w.])|^\s*(?P<de2>mo|di|mi|do|fr)\.?\s*$"
            # "Sync testen, Mo", "Angebot schicken -> Fr": a short weekday closing the task after a comma or arrow
            r"|(?:[,;–—(]|\s-|->|→|=>)\s*(?P<de3>mo|di|mi|do|fr)\.?\)?\s*$",
            re.I,
        ),
        lambda b, m: next_weekday(
            b,
            _SHORT_WEEKDAYS[(m.group("wd") or m.group("de") or m.group("de2") or m.group("de3")).lower()[:3]],
        ),
    ),
    (
        re.compile(
            r"\b(?:bis|by|until|till|due|before|am)\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\b(?![.\d])", re.I
        ),
        lambda b, m: _day_month(b, int(m.group("d")), int(m.group("m"))),
    ),
    (
        re.compile(r"\b(?:bis|by|until|till|due|before)\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})\b(?!/)", re.I),
        lambda b, m: _day_month(b, int(m.group("d")), int(m.group("m"))),
    ),
    (
        re.compile(
            rf"(?:[–—,(]|^)\s*(?P<n>{_NUM})\s+(?P<u>tage?|days?|wochen?|weeks?|wks?|wo\.?|monate?|months?)(?!\w)"
            # a length, no deadline: '36 Monate Laufzeit', '12 months term', '6 Wochen Pilot'
            r"(?!\s+(?:\w*laufzeit|term|duration|contract|vertrag\w*|pilot\w*|test\w*|kündigungsfrist|notice)\b)",
            re.I,
        ),
        lambda b, m: _offset(b, _n(m.group("n")), _unit(m.group("u"))),
    ),
]
_SHORT_WEEKDAYS = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4,
}  # fmt: skip


def _day_month(base: date, day: int, month: int) -> date | None:
    """Return the date 'day/month' on or after the base, in the base's year or the next."""
    found = _safe_date(base.year, month, day)
    if found and found < base:
        found = _safe_date(base.year + 1, month, day)
    return found


def _end_of_month(base: date, month_word: str) -> date:
    """Return the last day of the named month, the next such month on or after base ('Ende Oktober')."""
    month = _MONTHS.get(month_word.lower().rstrip("."), _MONTHS.get(month_word.lower()[:3], base.month))
    year = base.year + (1 if month < base.month else 0)
    return date(year, month, calendar.monthrange(year, month)[1])


def _unit(word: str) -> str:
    """Return a time unit's full word for its short forms ('wks' -> 'weeks', 'Wo.' -> 'Wochen')."""
    low = word.lower().rstrip(".")
    return {"wk": "week", "wks": "weeks", "wo": "woche"}.get(low, low)


# 'within two weeks of receiving it', 'innerhalb von 10 Tagen nach Eingang': counted from another event, not the meeting
_FROM_EVENT = re.compile(
    r"\s+(?:of|after|from|following|nach|ab)\s+(?:(?:the|their|our|its|dem|der|des|ihrer?|unserer?)\s+)?"
    r"(?:receipt|receiving|receive|signature|signing|delivery|go-?live|kick-?off|launch|eingang|erhalt|zugang|"
    r"unterschrift|unterzeichnung|lieferung|abnahme|inbetriebnahme|start)\w*",
    re.IGNORECASE,
)


def _offset(base: date, n: int, unit: str) -> date:
    unit = unit.lower()
    if unit.startswith(("tag", "day")):
        return base + timedelta(days=n)
    if unit.startswith(("woche", "week")):
        return base + timedelta(days=7 * n)
    return add_months(base, n)


# What stands before ", Mo" when "Mo" is a person greeted or thanked: "Danke, Mo", "Thanks a lot, Mo".
_ADDRESSED_BEFORE = re.compile(
    r"\b(?i:danke(?: dir| euch| schön| sehr)?|vielen dank|thanks(?: a lot| again)?|thank you|thx|hi|hallo|hello|hey|"
    r"cheers|servus|moin|tschüss|bye|ciao|see you|bis dann|gut gemacht|well done|great|super|sorry)\W*$"
)


def _relative(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """Return a relative due pattern's match, unless a short weekday closing the text is a name greeted ('Danke, Mo')."""
    m = pattern.search(text)
    if m and m.groupdict().get("de3") and _ADDRESSED_BEFORE.search(text[: m.start()]):
        return None
    return m


def resolve_due(text: str, base: date | None) -> tuple[date | None, str | None]:
    """Return (due date, the phrase it came from) for a task text; (None, phrase) when there is no meeting date."""
    for mention in find_explicit(text, base):
        if mention.value and (mention.has_year or base):
            return mention.value, mention.text
        if not mention.has_year:
            return None, mention.text
    for pattern, fn in _RELATIVE:
        m = _relative(pattern, text)
        if m:
            phrase = m.group(0).strip(" ,;–—(\t").removeprefix("->").removeprefix("=>").strip(" →-\t")
            if base is None or _FROM_EVENT.match(text, m.end()):
                return None, phrase
            return fn(base, m), phrase  # type: ignore[operator]
    return None, None


def has_due_phrase(text: str) -> bool:
    """Return True when the text carries a due date (explicit or relative), e.g. a 'Freitag' segment of a task."""
    if EXPLICIT.search(text):
        return True
    return any(_relative(p, text) for p, _ in _RELATIVE)


# ---- meeting date --------------------------------------------------------------------------------------------

_MEETING_CUE = re.compile(
    r"\b(datum|date|meeting am|termin am|gespräch am|besprechung am|sitzung am|meeting on|held on|am|on|vom|from|"
    r"dated|heute|today|recorded|aufgezeichnet)\b[\s:,]*$",
    re.IGNORECASE,
)
_DECOY = re.compile(
    r"(go-?live|start|kick-?off|board|aufsichtsrat|vorstand|executive committee|committee|sitzung im|po\b|bestellung|"
    # 'by', 'bis', 'until' a word or two before the date; not 'by video link, on …' nor 'Created by <name> · …'
    r"liefer|delivery|deadline|(?:bis|by|until)\b(?=(?:\s+[^\s·|]+){0,2}\s*$)|due|fällig|frist|review am|workshop|pilot|budget|ende\b|end\b|"
    r"vertrag bis|renewal|verlängerung|kündigung|next meeting|nächste[rsn]? termin|folgetermin|follow-up|revisit|"
    r"beginn|starting|start date|effective|liefertermin|angebot vom|offer dated|proposal dated|"
    r"proposal of|rollout|einführung|abschluss|closing|launch|inbetriebnahme|gültig|valid)",
    re.IGNORECASE,
)


# a header line labelled as the meeting, the date later in the same line
_LINE_LABEL = re.compile(
    r"^\W*(?:sitzung|meeting|termin|besprechung|datum(?:/ort)?|date|when|wann|held|call)\b[^:\n]{0,15}:[^:\n]{0,60}$",
    re.IGNORECASE,
)
# what follows a date that opens a header line: its time, a place, nothing ('18.03.2027, 13:00, Raum 2')
_DATE_LINE = re.compile(r"\s*(?:$|[,–—|-]\s*\d{1,2}[:.]\d{2}\b|,\s*\d{1,2}\s*(?:uhr|h)\b)", re.IGNORECASE)
# a board or committee named in a title line that records its own meeting ('Board meeting, 19 January 2027')
_BODY = re.compile(r"(?i:board|committee|executive committee|aufsichtsrat|vorstand)")
_WILL = re.compile(r"\b(?:will|shall|wird|soll|to decide|entscheidet)\b", re.IGNORECASE)  # a later meeting
_BODY_MEETING = re.compile(r"\b(?:meeting|minutes|sitzung|protokoll|niederschrift)\b", re.IGNORECASE)
# a later line about the next meeting: its date is no date of this one
_NEXT_MEETING = re.compile(
    r"\b(?:n(?:ä|ae)chste[rsn]?\s+(?:termin|sitzung|treffen|besprechung)|next\s+(?:meeting|call|session)|folgetermin)\b",
    re.IGNORECASE,
)
# a separator between the fields of a title line ('Topic | date', 'Topic – date')
_FIELD_BREAK = re.compile(r"\s(?:\||–|—|·|-)\s")
_TITLE_DECOY = re.compile(
    r"\b(?:go-?live|start|deadline|(?:bis|by|until)\b(?=(?:\s+[^\s·|]+){0,2}\s*$)|due|fällig|frist|kick-?off)\b",
    re.IGNORECASE,
)


def find_meeting_date(
    lines: list[str], today: date | None = None
) -> tuple[date | None, str | None, int | None]:
    """Return (meeting date, the text it came from, the year assumed when the date had none).

    The first lines (title, date line) decide; later dates count only with a cue such as 'Meeting am' or 'Date:',
    so go-live, board or PO dates further down are not taken for the meeting date.
    """
    candidates: list[tuple[int, DateMention, int]] = []
    weekday_of: dict[int, int] = {}  # id of a mention -> the weekday written right before it ("Tue 8 Jun")
    content = [line for line in lines if line.strip()]
    for pos, line in enumerate(content[:40]):
        line = line.replace("_", " ")  # "decision_2027-02-11.srt", "_2 March 2027_" (Markdown emphasis)
        for mention in find_explicit(line):
            before = line[max(0, mention.start - 40) : mention.start]
            after = line[mention.end : mention.end + 25]
            score = 0
            if pos < 3:
                score += 3 - pos
            if re.search(r"\b(datum|date)\s*:\s*(\w+\.?,?\s*)?$", before, re.IGNORECASE):
                score += 5
            elif _MEETING_CUE.search(before):
                score += 2
            elif _LINE_LABEL.match(line[: mention.start]):
                score += 3  # 'Sitzung: Vergabeentscheidung, 17.03.2027, 10:00' — the line states the meeting
            elif (
                pos < 8
                and mention.has_year
                and _DATE_LINE.match(line[mention.end :])
                and _WEEKDAY_ONLY.fullmatch(line[: mention.start])
            ):
                score += 2  # '18.03.2027, 13:00, Besprechungsraum': a header line that opens with the date
            window = before[-25:] if pos > 0 else before[-15:]
            decoy = _DECOY.search(window) if pos > 0 else _TITLE_DECOY.search(window)
            if decoy and pos < 3 and _FIELD_BREAK.search(window[decoy.end() :]):
                decoy = None  # 'Abschlussmeeting X Rollout | 17.02.2027': the topic, then the date in a field of its own
            if (
                decoy
                and pos < 2
                and _BODY_MEETING.search(line[: mention.start])
                and _BODY.fullmatch(decoy.group(0))
                and not _WILL.search(line)
            ):
                decoy = None  # 'Board meeting, 19 January 2027', 'Minutes – Board of Trustees, …': its own meeting
            if not decoy:  # 'Nächster Termin: Kick-off … am …': the next meeting's date
                decoy = _NEXT_MEETING.search(line[: mention.start])
            if decoy or re.match(r"\s*(go-?live|start)", after, re.IGNORECASE):
                score -= 4
            elif pos < 3 and mention.has_year:
                score += 1  # a full date in the title lines, not a go-live or deadline: the meeting's
            if score > 0:
                candidates.append((score, mention, pos))
                wd = _WEEKDAY_BEFORE.search(before)
                if wd:
                    weekday_of[id(mention)] = _weekday_number(wd.group("wd"))
    if not candidates:
        return None, None, None
    candidates.sort(key=lambda c: (-c[0], c[2], c[1].start))
    _, best, _ = candidates[0]
    if best.has_year:
        return best.value, best.text, None
    year = _infer_year(content, today)
    match = EXPLICIT.search(best.text)
    value = parse_explicit(match, date(year, 1, 1)).value if (year and match) else None
    if value is None or year is None:
        return None, best.text, None
    if id(best) in weekday_of:  # "Tue 8 Jun": the year nearest the assumed one in which that day is a Tuesday
        year = _year_of_weekday(year, value.month, value.day, weekday_of[id(best)]) or year
    return _safe_date(year, value.month, value.day), best.text, year


# what may open a header line before its date: nothing, or the weekday ('Montag, 18.01.2027, 09:00 – 10:15 Uhr')
_WEEKDAY_ONLY = re.compile(rf"\W*(?:(?i:{_WEEKDAY})\W*)?")
_WEEKDAY_BEFORE = re.compile(
    rf"(?i)\b(?P<wd>{_WEEKDAY}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa)\.?,?\s*(?:the\s+|den\s+)?$"
)


def _weekday_number(word: str) -> int:
    """Return 0-6 for a weekday word or its short form ('Tue', 'Di', 'Dienstag')."""
    low = word.lower()
    return _WEEKDAYS.get(low, _SHORT_WEEKDAYS.get(low[:3], {"sa": 5, "sat": 5, "sun": 6}.get(low[:3], -1)))


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int | None:
    """Return the year nearest `year` (within three, later first on a tie) in which day.month falls on weekday."""
    for delta in (0, 1, -1, 2, -2, 3, -3):
        found = _safe_date(year + delta, month, day)
        if found and found.weekday() == weekday:
            return year + delta
    return None


def meeting_date(text: str, today: date | None = None) -> date | None:
    """Return the date of the meeting a text records (header, front matter, 'Datum:'/'am …' cues), or None."""
    return find_meeting_date(text.split("\n"), today)[0]


def parse_date(expr: str, base: date | None = None) -> date | None:
    """Return the date an expression means ('12.03.2027', 'March 12th', 'Freitag', 'in six months'), or None.

    Weekday words and relative forms are resolved against base (the meeting date); without base, only dates
    that carry a year are returned.
    """
    value, _ = resolve_due(expr, base)
    if value is not None:
        return value
    if base is None:
        return None
    return _dateparser(expr.strip(), base)


def find_dates(text: str, base: date | None = None) -> list[tuple[int, int, str, date | None]]:
    """Return (start, end, matched text, date) for every explicit or relative date in the text, in order."""
    found: list[tuple[int, int, str, date | None]] = []
    taken: list[tuple[int, int]] = []
    for mention in find_explicit(text, base):
        found.append((mention.start, mention.end, mention.text, mention.value))
        taken.append((mention.start, mention.end))
    for pattern, fn in _RELATIVE:
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            phrase = m.group(0)
            s += len(phrase) - len(phrase.lstrip())
            if any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            found.append((s, e, text[s:e], fn(base, m) if base else None))  # type: ignore[operator]
    found.sort(key=lambda f: f[0])
    return found


def _infer_year(content: list[str], today: date | None) -> int | None:
    years = [int(y) for line in content for y in re.findall(r"\b(20\d{2})\b", line)]
    if years:
        return min(years)
    if today:
        return today.year
    return None
