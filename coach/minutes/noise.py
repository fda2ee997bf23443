"""Lines that the action readers take for a task but that are none: names, headers, greetings, lists, labels.

Under a "next steps" heading or in a to-do table every line is read as a task. Some of those lines only name a
person ("Jonas Pietsch (IT)", "Fabian Wendt – Einkauf"), repeat a table's header ("Wer – Was – Bis wann"), say
there is nothing ("none", "AOB"), greet or sign off ("Best regards", "Liebe Frau …"), carry an e-mail header
("Cc: …") or list who was there ("Them: …", "Also present …"). `not_a_task` tells them apart, so that the items
drafted are the commitments the notes state.
"""

from __future__ import annotations

import re

from coach.text.cues import attendance_line, is_mail_header
from coach.text.model import Participant
from coach.text.sides import company_key

# a table header or its separators: 'Who – What – When', '| # | Owner | Due |', 'Wer | Was | Bis wann'
_HEADER_WORD = re.compile(
    r"^(?:who|what|when|owner|due|due date|deadline|task|action|actions|item|status|notes?|#|no\.?|nr\.?|wer|was|"
    r"wann|bis wann|aufgabe|maßnahme|verantwortlich\w*|termin|frist|zuständig\w*|erledigt|done|by when|by)$",
    re.IGNORECASE,
)
_NOTHING = re.compile(
    r"^(?:none|n/?a|nil|nothing|tbd|tba|aob|any other business|keine?s?|nichts|entfällt|sonstiges|—|-|–|\?+|"
    r"(?:no|kein|ohne)\s+(?:date|due date|deadline|datum|termin|frist)(?:\s+(?:yet|set|genannt|noch))?|"
    r"next meeting|nächste[rs]?\s+(?:termin|sitzung|treffen))$",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:best|best regards|kind regards|regards|many thanks|thanks|thank you|cheers|viele grüße|beste grüße|"
    r"mit freundlichen grüßen|freundliche grüße|herzliche grüße|gruß|grüße|lg|vg|mfg|"
    r"(?:liebe[r]?|dear|hallo|hi|hello|guten tag|guten morgen|good morning|good afternoon|sehr geehrte[r]?)\s+"
    r"(?:(?:dr|prof|hr|fr|mr|ms|mrs|dipl)\.|[^.!?:,]){1,40}"
    r"(?:,\s*(?:liebe[r]?|dear|hallo|hi|hello|guten tag|guten morgen|good morning|sehr geehrte[r]?)\s+"
    r"(?:(?:dr|prof|hr|fr|mr|ms|mrs|dipl)\.|[^.!?:,]){1,40})*,?)$",
    re.IGNORECASE,
)
# a list of who was there that the text layer's labels ('Teilnehmer:', 'Apologies:') do not open with:
# 'Directors present:', 'Gäste zu TOP 3:', 'Staff:', 'Zu TOP 5 hinzugezogen:'
_LISTING = re.compile(
    r"^(?:[\w.-]+\s+){0,3}(?:present|anwesend|in attendance)\s*:|^(?:gäste|guests|staff|visitors|besucher\w*)\b"
    r"[^:\n]{0,30}:|^(?:zu\s+top\s*\d+\s+)?hinzugezogen\s*:|\bhinzugezogen\s*:",
    re.IGNORECASE,
)
# what happened in the meeting, told in the minutes' present or past tense: 'Frau X stellt das Angebot vor',
# 'Herr Y berichtet über …', 'Z confirmed that …' — a report, no task (unless it carries a date still to come)
# ('Frau X ergänzt die Dokumentation um …' adds to a document: a task, no report)
_NARRATION = re.compile(
    r"^(?:(?:herr|frau|hr|fr|dr|prof|mr|ms|mrs|director|der|die|the)\.?\s+)*[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+"
    r"(?:stellt\b[^.;]{0,160}\bvor\b|berichtet\b|erläutert\b|erl(?:ä|ae)utert\b|fasst\b[^.;]{0,120}\bzusammen\b|"
    r"verweist\b|gibt zu bedenken\b|ergänzt\b(?!\s+(?:die|den|das|der|eine?n?|sein\w*|ihr\w*|unser\w*)\s[^.;,]{0,100}\bum\b)|stellt fest\b|teilt mit\b|hatte sorge\b|"
    r"best(?:ä|ae)tigt\b[^.;]{0,80}\bdass\b|sagt zu,?\s+dass\b|presented\b|reported\b|noted\b|explained\b|"
    r"summari[sz]ed\b|expressed\b|confirmed\s+(?:that\b|all\b|the\b)|asked whether\b)",
    re.IGNORECASE,
)
_STILL_TO_COME = re.compile(
    r"\b(?:bis|until|by|next|nächste\w*|kommende\w*|morgen|tomorrow|dann|then|später|later|demnächst|"
    r"in\s+(?:\w+\s+)?(?:tagen|wochen|days|weeks)|in\s+(?:der|dem|the)\s+(?:nächsten\s+|next\s+)?[\w-]*"
    r"(?:sitzung|versammlung|meeting|runde|pv|board|ausschuss\w*|committee))\b",
    re.IGNORECASE,
)
# talk that only opens or frames a turn: 'I'll be straight with you', 'ich mach's kurz', 'works for me', and
# introductions: 'I've got X with me', 'Ich hab X dabei', 'X is joining from …', 'Morning all, X from Y here'
_TALK = re.compile(
    r"^\W*(?:(?:um|uh|so|also|look|ok(?:ay)?|yeah|ja|gut)\W+)*(?:i'?ll be (?:straight|direct|honest|brief|quick)|"
    r"i'?ll cut to (?:it|the chase)|i'?ll keep it short|ich mach'?s kurz|ich will'?s kurz machen|works for me|"
    r"verstehe ich\b|passt für mich)"
    r"|\b(?:i'?ve got|i have got|ich hab\w*|wir haben)\b[^.!?]{0,60}\b(?:with me|mit dabei|dabei|mitgebracht)\b"
    r"|\b(?:is|are)\s+(?:with me|joining (?:us|from))\b|\bsitz\w*\s+bei mir\b|\bfrom\s+[A-Z][\w ]{1,40}\s+here\b",
    re.IGNORECASE,
)
# the close or the opening of a formal meeting
_PROCEDURE = re.compile(
    r"^(?:call to order|called to order|adjourned|adjournment|meeting (?:closed|adjourned|ended)|any other business|"
    r"aob\b|sitzung (?:geschlossen|beendet)|ende der sitzung|sitzungsende)"
    r"|\bmeeting (?:was )?(?:adjourned|closed) at\b",
    re.IGNORECASE,
)
# someone absent, said in a sentence: 'Professor X sends apologies', 'Frau Y lässt sich entschuldigen'
_APOLOGIES = re.compile(
    r"\b(?:sends?|sent|offers?|offered)\s+(?:(?:his|her|their)\s+)?apologies\b|\blässt sich entschuldigen\b"
    r"|\bist entschuldigt\b",
    re.IGNORECASE,
)
# a closing with a name: 'Best, Stefan', 'Viele Grüße, Jana Berg', 'i.A. Jana Berg'
_SIGN_OFF = re.compile(
    r"^(?:best|cheers|thanks|regards|best regards|kind regards|viele grüße|beste grüße|herzliche grüße|lg|vg|grüße|"
    r"gruß|i\.\s?a\.|i\.\s?v\.|ppa\.)\W+[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){0,2}$",
    re.IGNORECASE,
)
# only a when, written in words: 'end of next week', 'Friday', 'today', 'no date'
_WHEN_ONLY = re.compile(
    r"^(?:by\s+|bis\s+|due\s*:?\s*)?(?:today|tomorrow|heute|morgen|asap|sofort|no date|kein termin|tbd|"
    r"(?:end of|ende)\s+(?:the\s+|this\s+|next\s+|nächster\s+|der\s+|des\s+)?(?:week|month|woche|monats?)|"
    r"next week|nächste woche|in\s+(?:\w+\s+)?(?:days?|weeks?|tagen|wochen)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag)\.?$",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^(?:(?:herr|frau|hr|fr|dr|prof|mr|ms|mrs)\.?\s+)+", re.IGNORECASE)


def _person_only(text: str, people: list[Participant]) -> bool:
    """Return True for a text that is only one participant's name, first name or surname ('Dr. Albers', 'Seán')."""
    bare = _TITLE.sub("", text).strip(" .,:;")
    if not bare or len(bare.split()) > 3:
        return False
    key = bare.casefold()
    return any(key == p.name.casefold() or key in p.name.casefold().split() for p in people)


# a side's label before a list: 'Them: …', 'Us (Org): …', 'Kunde: …' — no task when only names follow
_SIDE_LIST = re.compile(
    r"^(?:them|they|us|we|wir|uns|kunde|kundin|customer|client|vendor|anbieter)\s*(?:\([^()]*\))?\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# a scheduled meeting or the meeting's close, not a task: 'Call 30.03. 14 Uhr, Teams', 'Next board meeting: 2 May',
# 'Folgetermin: Di, 11.05., 10 Uhr', 'Meeting closed 10:40' (the next meeting is its own field)
_MEETING = re.compile(
    r"^(?:date\s+of\s+(?:the\s+)?|(?:project|projekt|weekly|wöchentliche[rs]?)\s+)?"  # 'Date of next meeting: …'
    r"(?:(?:next|nächste[rsn]?|follow[- ]?up|folge|weiterer?)[\s-]*(?:board\s+|team\s+)?(?:call|meeting|termin|sitzung|"
    r"check-?in|runde|besprechung|gespräch)?|call|meeting|(?:telefon)?termin|sitzung|folgetermin|kick-?off|check-?in|"
    r"(?:meeting|sitzung)\s+(?:closed|geschlossen|beendet|ended))\b[^!?\n]{0,80}$",
    re.IGNORECASE,
)
_TIME_OR_DATE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:uhr|h|am|pm)\b|\b\d{1,2}\.\d{1,2}\.|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|märz|mai|okt|dez)\w*|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}\b",
    re.IGNORECASE,
)
_VERB_CUE = re.compile(
    r"\b(?:send\w*|schick\w*|prepare\w*|bereite\w*|organi[sz]\w*|book(?!ed)\w*|buch\w*|set\s+up|plan\w*|lädt|"
    r"invite\w*|bestätigen|confirm|"
    r"will|wird|to|soll|klärt|schedule\w*|einladung|invitation)\b",
    re.IGNORECASE,
)
_CONTACT_BITS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s()/-]{6,}\d|\b(?:tel|phone|mobil|mobile|fax)\.?:?"
)
_ROLE_OR_FORM = re.compile(
    r"\b(?:head|director|manager|lead|officer|chair\w*|ceo|cfo|cio|cto|coo|vp|sales|account|executive|"
    r"leiter\w*|leitung|geschäftsführ\w*|vorstand|vorsitz\w*|referent\w*|gmbh|ag|ltd|plc|inc|llp|b\.v|s\.l|s\.p\.a|"
    r"group|gruppe|trust|council)\b",
    re.IGNORECASE,
)
_SEP = re.compile(r"\s*(?:[|–—:/;,]|\s-\s|\s+)\s*")


def _header_only(task: str) -> bool:
    """Return True for a line that only holds table header words and separators."""
    words = [w for w in re.split(r"\s*[|–—/;,]\s*|\s-\s", task.strip(" |")) if w.strip()]
    return bool(words) and all(_HEADER_WORD.match(w.strip(" .:*")) or not w.strip(" .:*#") for w in words)


def _names_only(task: str, people: list[Participant], orgs: list[str]) -> bool:
    """Return True for a line that only names participants or organisations, with roles in brackets or after a
    dash ('Jonas Pietsch (IT)', 'Fabian Wendt – Einkauf', 'Wojciech (me)', 'Feldmark Software AG')."""
    bare = re.sub(r"\([^()]*\)", " ", task)
    if not bare.strip(" ,;.*"):
        return bool(task.strip())
    parts = [p.strip(" .*") for p in re.split(r"\s*[,;&+]\s*|\s+(?:und|and)\s+", bare) if p.strip(" .*")]
    if not parts:
        return True
    names = {p.name.casefold() for p in people}
    keys = {company_key(o) for o in orgs if o}
    for part in parts:
        head, *tail = re.split(r"\s+[–—-]\s+", part)
        head = head.strip()
        if len(tail) > 1 or (tail and not _role_words(tail[0])):
            return False  # 'Name – send the offer – Friday' is a task with its owner
        if head.casefold() in names or (company_key(head) and company_key(head) in keys):
            continue
        return False
    return True


def _role_words(text: str) -> bool:
    """Return True for a role or department after a name: capitalised words and joiners ('VP Engineering')."""
    words = text.split()
    joiners = {"of", "for", "and", "&", "und", "für", "der", "des", "the"}
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w.casefold() in joiners for w in words)


def _org_list(text: str, orgs: list[str] | tuple[str, ...]) -> re.Match[str] | None:
    """Return the match of '<Org>: names…' when the label is one of the meeting's organisations, else None."""
    m = re.match(r"^(?P<org>[^:\n]{2,60}?)\s*(?:\([^()]*\))?\s*:\s*(?P<rest>.+)$", text)
    keys = {company_key(o) for o in orgs if o}
    return m if m and company_key(m.group("org")) in keys else None


_WHEN_WORD = re.compile(
    r"\b(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\w*\b\.?|\b(?:uhr|bis|by|am|on|at|um|ab|from|cet|cest|"
    r"utc|gmt|uk\s+time)\b|\b(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\b",
    re.IGNORECASE,
)


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:uhr|h|am|pm)\b", re.IGNORECASE)


def _only_when(text: str) -> bool:
    """Return True for a text that is only a when: a date ('Monday 8 March'), or a time of day with at most two
    other capitalised words ('16.03., 10 Uhr, Teams')."""
    if not _TIME_OR_DATE.search(text):
        return False
    rest = _WHEN_WORD.sub(" ", _TIME_OR_DATE.sub(" ", text))
    words = re.sub(r"[\d\W_]+", " ", rest).split()
    if _CLOCK.search(text):  # a meeting has a time of day; a task written as 'Angebot bis 12.03.' has none
        return len(words) <= 2 and all(w[:1].isupper() for w in words)
    return not words


def _meeting_line(text: str) -> bool:
    """Return True for a line that schedules or closes a meeting and commits no one to a task."""
    one_sentence = not re.search(r"[.;]\s+[A-ZÄÖÜ][a-zäöüß]+\s+[a-zäöüß]", text)
    return bool(
        _MEETING.match(text) and one_sentence and _TIME_OR_DATE.search(text) and not _VERB_CUE.search(text)
    )


def _card(text: str, people: list[Participant]) -> bool:
    """Return True for a signature or attendance card: an e-mail address or phone number with names, or
    'Name | Role | Org' / 'Name – Role, Org' parts in capitalised words only."""
    rest = _CONTACT_BITS.sub(" ", text)
    if rest != text and _role_words(re.sub(r"[|,;·/–—-]", " ", rest).strip() or "X"):
        return True
    bare = re.sub(r"\([^()]*\)", " ", text)
    parts = [p.strip(" .") for p in re.split(r"\s+[|–—]\s+|\s*\|\s*|\s*,\s*", bare) if p.strip(" .")]
    if len(parts) < 2 or not all(_role_words(p.replace("'", "").replace("’", "")) for p in parts):
        return False
    words = {w.casefold() for p in people for w in p.name.split()}
    first = parts[0].split()
    named = bool(first) and (first[-1].casefold() in words or first[0].casefold() in words)
    return named or any(_ROLE_OR_FORM.search(p) for p in parts)


def not_a_task(
    task: str,
    people: list[Participant],
    orgs: list[str] = (),  # type: ignore[assignment]
    *,
    dated: bool = False,
) -> bool:
    """Return True when a drafted action item's text is no task: a name or organisation with a role, a table header,
    ''none', an e-mail header, a greeting or sign-off, an attendance line, a signature or contact card, a line
    that schedules or closes a meeting, talk that opens a turn, or (when the item has no due date, `dated`) a report
    of what happened in the meeting."""
    text = task.strip(" \t*_|")
    if not text:
        return True
    if (
        _NOTHING.match(text)
        or is_mail_header(text.split("\n", 1)[0])
        or attendance_line(text) is not None
        or _LISTING.search(text)
        or _GREETING.match(text)
        or _SIGN_OFF.match(text)
        or _PROCEDURE.search(text)
        or _APOLOGIES.search(text)
        or _TALK.search(text)
        or _WHEN_ONLY.match(text)
        or _person_only(text, people)
    ):
        return True
    if (
        not dated
        and _NARRATION.match(text)
        and not _STILL_TO_COME.search(text)
        and not _TIME_OR_DATE.search(text)
    ):
        return True
    if _header_only(text) or _meeting_line(text) or _only_when(text) or _card(text, people):
        return True
    side = _SIDE_LIST.match(text) or _org_list(text, orgs)
    if side and _names_only(re.sub(r"\b(?:me|ich|myself)\b", "", side.group("rest")), people, list(orgs)):
        return True
    return _names_only(text, people, list(orgs))
