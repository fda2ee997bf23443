"""Language signals shared by all dimensions: numbers, money, dates and time spans, hedges, deferrals, clauses.

Everything here is bilingual (German and English) and works on one sentence at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

IC = re.IGNORECASE

NUMBER_WORDS = (
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|dozen|"
    r"halbieren|halbiert|hälfte|in half|halve|verdoppeln|double"
)
NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", IC)
PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?(?:%|prozent\b|percent\b|pct\b|pp\b)", IC)
_CUR = r"(?:€|eur\b|euros?\b|\$|usd\b|dollars?\b|£|gbp\b|pounds?\b|chf\b|t€|k€|tsd\.?\s?€)"
_MAG = (
    r"(?:k\b|t\b|tsd\b\.?|mio\b\.?|mrd\b\.?|m\b|mn\b|million\w*|millionen|mill\b\.?|thousand|bn\b|billion\w*)"
)
MONEY = re.compile(
    rf"(?:[€$£]\s?\d[\d.,']*\s?{_MAG}?)|(?:\b(?:eur|usd|gbp|chf)\s?\d[\d.,']*\s?{_MAG}?)|(?:\d[\d.,']*\s?{_MAG}?\s?{_CUR})|(?:\b\d[\d.,']*\s?(?:k|T€|Mio\.?|Mrd\.?)(?![\w-]))"
    rf"|(?:\b\d+(?:[.,]\d+)?\s?(?:m|mn|million|millionen)\b(?!²|2))",
    IC,
)
# an approval that is still to come: the money, the plan or the signature is not given yet ("muss noch vom Vorstand
# genehmigt werden", "still needs sign-off", "pending approval"), so the approval word must not read as a decision
PENDING_APPROVAL = re.compile(
    r"\b(?:not (?:yet )?(?:been )?(?:approved|signed off|signed-off|allocated|released|budgeted|sanctioned|ratified)|"
    r"(?:approval|sign-?off|go-ahead|freigabe|genehmigung|zustimmung) (?:is |are |still )*(?:pending|outstanding|"
    r"required|needed|open|offen|ausstehend)|(?:pending|awaiting|await|waiting for|wait for|subject to|requires?|"
    r"needs?|still needs?|will need|would need|has to get|have to get|must get) (?:\w+ ){0,3}?(?:approval|sign-?off|"
    r"go-ahead|green light|ok\b|okay\b)|(?:needs?|has|have|must) (?:still )?(?:to )?be (?:\w+ )?(?:approved|"
    r"signed off|signed-off|sanctioned|ratified|released|allocated)|(?:noch )?nicht (?:\w+ ){0,2}?(?:freigegeben|"
    r"genehmigt|bewilligt|eingeplant|beschlossen|abgesegnet)|(?:freigabe|genehmigung|zustimmung) (?:\w+ ){0,3}?"
    r"(?:steht )?(?:noch )?aus|(?:muss|müsste|soll|sollte|müssen) (?:\w+ ){0,5}?(?:freigegeben|genehmigt|bewilligt|"
    r"abgesegnet|beschlossen|unterschrieben) werden|(?:braucht|brauchen|benötigt|benötigen) (?:\w+ ){0,3}?"
    r"(?:freigabe|genehmigung|zustimmung|okay|ok\b)|vorbehaltlich (?:der |des )?(?:\w+ )?(?:freigabe|genehmigung|"
    r"zustimmung)|(?:wartet|warten|waiting) (?:\w+ ){0,2}?auf (?:die |das )?(?:\w+ )?(?:freigabe|genehmigung|"
    r"zustimmung|okay)|zur (?:freigabe|genehmigung|entscheidung) (?:vorgelegt|eingereicht|vorlegen|einreichen)|"
    r"beantragt|submitted for (?:approval|sign-?off))",
    IC,
)
# hedges make a specific statement vague ("maybe April", "wäre schön", "somehow")
HEDGE = re.compile(
    r"\b(?:maybe|perhaps|possibly|probably|might|somehow|some point|sometime|roughly speaking|not sure|"
    r"vielleicht|eventuell|evtl\.?|möglicherweise|wahrscheinlich|irgendwann|irgendwie|irgendwer|irgendwo|"
    r"wäre schön|would be nice|ideally|idealerweise|hopefully|hoffentlich|unsicher|unclear whether|"
    r"gut feeling|bauchgefühl|mein eindruck|my impression|seems|scheint|angeblich|reportedly|schwer zu sagen|hard to say|"
    r"i'?d guess|my guess|prob\.|not (?:\d+ ?%|100 ?%) sure|nicht (?:\d+ ?%|100 ?%) sicher)(?!\w)|\?\?",
    IC,
)
# knowledge gaps and deferrals: the topic is open, not answered
DEFER = re.compile(
    r"\b(?:(?:not|never|haven'?t|hasn'?t|didn'?t|did not|have not|has not|wasn'?t|weren'?t)\s+(?:yet\s+|really\s+|been\s+)?"
    r"(?:discuss\w*|talk\w*|come up|came up|cover\w*|address\w*|mention\w*|touch\w*|ask\w*|clarif\w*|known|"
    r"give|given|say|said|set|fixed|defined|decided|confirmed|agreed|determined|sure|clear)|"
    r"(?:nicht|nie|nix|nichts|noch nicht|kein\w*)\s+(?:\w+\s+){0,2}?(?:besprochen|gesprochen|thematisiert|angesprochen|erwähnt|"
    r"genannt|geklärt|bekannt|festgelegt|definiert|entschieden|fest|klar|gefragt|zur sprache|diskutiert|"
    r"abgestimmt|beziffert|überlegt|gesetzt|benennen|benannt|nennen)|"
    r"(?:not|n't|nicht|kein\w*)\s+(?:want(?:ed)? to\s+|wollen\s+|wollte\w*\s+)?(?:talk|share|give|disclose|verraten|"
    r"preisgeben|reden)\w*|(?:couldn'?t|could not|cannot|can'?t|konnte\w* nicht) (?:\w+ )?(?:name|say|specify|tell)|"
    r"n\.\s?(?:besprochen|bespr\.|geklärt|bekannt)|nichts festgelegt|nix festgelegt|"
    r"comes? later|later on|kommt (?:erst )?später|später klären|next time|nächstes mal|im nächsten (?:termin|gespräch|call)|"
    r"to be (?:clarified|discussed|defined|confirmed|determined)|tbd|tbc|t\.b\.d\.|todo|to-do|n/a|k\.\s?a\.|"
    r"unklar|unclear|unknown|unbekannt|offen|open question|no idea|keine ahnung|weiß (?:er|sie|ich|man) nicht|"
    r"(?:don'?t|doesn'?t|do not|does not|did not|didn'?t) know|(?:kann|könnte) ich (?:\w+ )?nicht sagen|can'?t say|cannot say|"
    r"(?:ask|fragen|klären|clarify|find out)\s+(?:next|beim nächsten|im nächsten|later|noch)|"
    r"klären\b|zu klären|nachfragen|ask again|noch offen|still open|pending|ausstehend|no info\w*|keine info\w*|(?:kennt|kennen|weiß|wissen|kenne) (?:er|sie|ich|wir|man)? ?(?:das )?nicht|(?:muss|müsste|müssen|need to|have to|has to) (?:\w+ ){0,2}(?:fragen|nachfragen|ask|check|klären|prüfen)|"
    r"keine angabe\w*|no details|kommt erst\b|kommen erst\b|comes? only|only later|to be decided|"
    r"will be (?:decided|set|known|discussed|defined)|wird (?:erst )?(?:später|noch) (?:festgelegt|entschieden|geklärt)|"
    r"(?:wouldn'?t|won'?t|didn'?t|doesn'?t|don'?t|couldn'?t) (?:want to )?(?:share|say|give|disclose|tell|talk|name)|"
    r"(?:reden|sprechen|besprechen|unterhalten|talk|discuss)\w*(?:\s+\S+){0,3}?\s+(?:später|later|erst (?:wenn|nach|im))|"
    r"(?:get|come back) to (?:that|it|this|budget|money)\s+(?:later|once|after|when)|conversation for later|"
    r"(?:kann|konnte\w*|könnte\w*) (?:\w+ ){0,2}nicht (?:sagen|benennen|nennen|beantworten)|"
    r"kommt (?:ganz )?(?:drauf|darauf) an|depends on (?:the )?(?:price|cost|what it costs))\b",
    IC,
)
# an existing thing is absent ("no plan yet", "gibt es noch nicht")
ABSENT = re.compile(
    r"\b(?:no\s+(?:\w+\s+){0,2}?(?:yet|so far)|not yet|there is no|there are no|there'?s no|haven'?t (?:set|got|made|defined)|"
    r"gibt es (?:\w+ )?(?:noch )?(?:nicht|keine?n?)|(?:no|kein\w*)\s+(?:\w+\s+)?(?:budget|money|geld|plan|plans|pläne|"
    r"ziele?|goals?|targets?|timeline|zeitplan|date|termin|entscheider|decision[- ]maker|pain points?|problems?|"
    r"probleme?|mittel|funds?)\b|(?:noch )?keine?n?\s+(?:\w+\s+){0,2}?(?:gibt|vorhanden)|noch nicht|noch kein\w*|"
    r"nicht vorhanden|none yet|nothing (?:yet|concrete)|nichts konkretes|no (?:concrete|specific|clear)|"
    r"keine? (?:konkreten?|genauen?|klaren?)(?!\s+\w))\b",
    IC,
)
# idioms that look like negation but state something ("budget is not a problem")
NOT_A_PROBLEM = re.compile(
    r"\b(?:(?:is|are|be|was|'s)\s+not\s+(?:a|an|the)\s+(?:problem|issue|concern)|no problem|kein problem|"
    r"nicht das problem|kein thema|not an issue|keine rolle|(?:shouldn'?t|won'?t|wouldn'?t|isn'?t|should not|will not|"
    r"would not) be (?:a|an) (?:problem|issue)|(?:sollte|dürfte|wäre|wird) kein problem)\b",
    IC,
)
PAST = re.compile(
    r"\b(?:seit|since|letzte[sn]? jahr\w*|last year|vergangene[sn]? jahr\w*|previous(?:ly)?|früher|damals|ago|"
    r"vor \w+ (?:jahren|monaten|wochen)|in the past|bisher|so far|war der alte|was the old|scrapped|gescheitert|"
    r"hat uns|haben uns|cost us|verpasst)\b",
    IC,
)
OUR_SIDE = re.compile(r"\b(?:we|our|ours|us|wir|unser\w*|uns|ich|i|my|mein\w*)\b", IC)
WE_DID = re.compile(
    r"\b(?:we (?:quoted|offered|proposed|sent|explained|showed|suggested|told)|i (?:quoted|offered|proposed|sent|"
    r"explained|showed|suggested|told|said|mentioned)|(?:ich|wir) (?:habe|haben) (?:\w+\s+){0,4}?"
    r"(?:angeboten|vorgeschlagen|erklärt|gezeigt|geschickt|genannt|erzählt|gesagt)|schicke|sende|biete)\b",
    IC,
)
_CLAUSE = re.compile(
    r"\s*(?:;|\s[–—]\s|\s-\s|->|→|\bbut\b|\baber\b|\bjedoch\b|\bdoch\b|\bwhereas\b|\bwhile\b)\s*", IC
)


@lru_cache(maxsize=8192)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """Return (start, end) spans of the clauses of a sentence, split at ';', dashes, arrows and 'but/aber'.

    Cached: every detector of the rules asks for the clauses of the same sentences.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans) or ((0, len(text)),)


def clause_at(text: str, pos: int) -> str:
    """Return the clause of the sentence that contains character position pos."""
    for s, e in clauses(text):
        if s <= pos < e or (pos == e and e == len(text)):
            return text[s:e]
    return text


def near(pattern: re.Pattern[str], text: str, pos: int, window: int = 9) -> re.Match[str] | None:
    """Return a match of pattern in pos's clause within `window` words of pos, or None."""
    spans = clauses(text)
    for s, e in spans:
        if s <= pos <= e:
            for m in pattern.finditer(text, s, e):
                lo, hi = sorted((m.start(), pos))
                if len(text[lo:hi].split()) <= window:
                    return m
    return None


def deferred_near(text: str, pos: int, window: int = 9) -> re.Match[str] | None:
    """Return the deferral/absence signal in the clause around pos, ignoring 'not a problem' idioms."""
    for pattern in (DEFER, ABSENT):
        m = near(pattern, text, pos, window)
        if m and not NOT_A_PROBLEM.search(text[max(0, m.start() - 20) : m.end() + 25]):
            return m
    return None


# --- time ------------------------------------------------------------------------------------------------

_MONTH_NAMES = {
    "januar": 1,
    "january": 1,
    "jan": 1,
    "februar": 2,
    "february": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "march": 3,
    "mar": 3,
    "mär": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "december": 12,
    "dez": 12,
    "dec": 12,
}
_MONTH = (
    r"(?:Januar|January|Jan|Februar|February|Feb|März|Maerz|March|Mär|Mar|April|Apr|Mai|May|Juni|June|Jun|Juli|"
    r"July|Jul|August|Aug|September|Sept|Sep|Oktober|October|Okt|Oct|November|Nov|Dezember|December|Dez|Dec)\b\.?"
)
_Q_WORDS = {
    "erst": 1,
    "first": 1,
    "1st": 1,
    "zweit": 2,
    "second": 2,
    "2nd": 2,
    "dritt": 3,
    "third": 3,
    "3rd": 3,
    "viert": 4,
    "fourth": 4,
    "4th": 4,
}
_SEASONS = {
    "frühjahr": 3,
    "frühling": 3,
    "spring": 3,
    "sommer": 6,
    "summer": 6,
    "herbst": 9,
    "autumn": 9,
    "fall": 9,
    "winter": 12,
}
_NUM_WORDS = {
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "ein": 1,
    "einem": 1,
    "one": 1,
    "a": 1,
    "an": 1,
}

_TIME_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])")),
    ("dmy_slash", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])")),
    ("d_month", re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_MONTH})(?:\s+(\d{{4}}|'?\d{{2}}(?!\d)))?")),
    ("month_d", re.compile(rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")),
    ("quarter", re.compile(r"\b(?:Ende\s+|end of\s+)?(?:Q|H)([1-4])(?:\s*[/ ]?\s*'?(\d{4}|\d{2}))?\b")),
    (
        "quarter_word",
        re.compile(
            r"\b(?:im\s+|in the\s+)?(erst|zweit|dritt|viert|first|second|third|fourth|1st|2nd|3rd|4th|[1-4]\.)\w*\s+"
            r"(?:quartal|quarter)\w*(?:\s+(?:of\s+)?(\d{4}))?",
            IC,
        ),
    ),
    ("month", re.compile(rf"\b({_MONTH})(?:\s+(\d{{4}}|'\d{{2}}))?")),
    (
        "season",
        re.compile(
            r"\b(frühjahr|frühling|spring|sommer|summer|herbst|autumn|fall|winter)\b(?:\s+(\d{4}))?", IC
        ),
    ),
    ("week", re.compile(r"\b(?:KW|calendar week|kalenderwoche)\s*(\d{1,2})\b", IC)),
    (
        "year_end",
        re.compile(
            r"\b(?:ende des jahres|jahresende|end of (?:the|this) year|year[- ]end|bis ende des jahres)\b", IC
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:in|within|innerhalb von|binnen)\s+(\d+|zwei|drei|vier|fünf|sechs|two|three|four|five|six|ein(?:em)?|one|a|an)"
            r"\s+(jahr\w*|years?|monat\w*|months?)\b",
            IC,
        ),
    ),
    ("year", re.compile(r"(?<![\d.,/])(20[2-5]\d)(?![\d.,]\d)")),
]
VAGUE_TIME = re.compile(
    r"\b(?:dieses jahr|diesem jahr|in diesem jahr|this year|this fy|this fiscal year|nächstes jahr|nächsten jahr|"
    r"next year|bald|soon|zeitnah|asap|so schnell wie (?:möglich|es geht)|as soon as (?:possible|we can)|mittelfristig|kurzfristig|"
    r"langfristig|in the coming (?:months|weeks)|in den nächsten (?:monaten|wochen)|in the next (?:few )?months|at some point|irgendwann|"
    r"later this year|sometime|demnächst|im laufe des (?:jahres|quartals)|over the year|by summer|bis zum sommer|"
    r"nach der (?:messe|saison|inventur)|after the (?:season|fair|inventory)|nach den (?:sommer|herbst|oster|weihnachts)?ferien|"
    r"sommerferien|after the (?:summer )?holidays|after summer|nach dem sommer|nach der \w*saison|after the \w+ season|"
    r"this financial year|dieses geschäftsjahr|im laufenden geschäftsjahr|laufenden geschäftsjahr)\b",
    IC,
)


@dataclass(frozen=True)
class TimeExpr:
    """A time expression in a sentence: its span, how precise it is, and its approximate start month."""

    start: int
    end: int
    text: str
    kind: str
    when: date | None
    vague: bool
    past: bool


def _year(raw: str | None, ref: date) -> int | None:
    if not raw:
        return None
    raw = raw.strip("'")
    y = int(raw)
    return y + 2000 if y < 100 else y


def _future_month(month: int, year: int | None, ref: date) -> date:
    if year:
        return date(year, month, 1)
    y = ref.year if month >= ref.month - 1 else ref.year + 1
    return date(y, month, 1)


def find_times(text: str, ref: date) -> list[TimeExpr]:
    """Return the time expressions in text, with approximate dates relative to the reference (call) date."""
    return list(_find_times(text, ref))


@lru_cache(maxsize=8192)
def _find_times(text: str, ref: date) -> tuple[TimeExpr, ...]:
    """Return find_times' answer as a tuple (cached: the rules and the model's cues read the same sentences)."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, pattern in _TIME_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            when: date | None = None
            vague = False
            try:
                if kind == "dmy":
                    d, mo = int(m.group(1)), int(m.group(2))
                    if not (1 <= d <= 31 and 1 <= mo <= 12):
                        continue
                    y = _year(m.group(3), ref)
                    when = date(y, mo, 1) if y else _future_month(mo, None, ref)
                elif kind == "dmy_slash":
                    d, mo = int(m.group(1)), int(m.group(2))
                    if not (1 <= d <= 31 and 1 <= mo <= 12):
                        continue
                    when = date(_year(m.group(3), ref) or ref.year, mo, 1)
                elif kind == "d_month":
                    mo = _MONTH_NAMES[m.group(2).rstrip(".").lower()]
                    when = _future_month(mo, _year(m.group(3), ref), ref)
                elif kind == "month_d":
                    mo = _MONTH_NAMES[m.group(1).rstrip(".").lower()]
                    when = date(int(m.group(3)), mo, 1)
                elif kind in ("quarter", "quarter_word"):
                    q = m.group(1).lower().rstrip(".")
                    qn = int(q) if q.isdigit() else _Q_WORDS.get(q, _Q_WORDS.get(q[:5], 1))
                    if m.group(0).lstrip().upper().startswith("H"):
                        qn = 1 if qn == 1 else 3
                    y = _year(m.group(2), ref)
                    month = (qn - 1) * 3 + 1
                    when = date(y, month, 1) if y else _future_month(month, None, ref)
                elif kind == "month":
                    word = m.group(1).rstrip(".")
                    if word in ("May", "Mar", "Jun", "Jul", "Aug", "Sep", "Dec") and not m.group(2):
                        # short English forms and the modal 'May' need a year or a day to count
                        prev = text[max(0, s - 12) : s].lower()
                        if word == "May" and (
                            s == 0 or not re.search(r"\b(?:in|by|until|from|since|end of|mid)\s*$", prev)
                        ):
                            continue
                    mo = _MONTH_NAMES[word.lower()]
                    when = _future_month(mo, _year(m.group(2), ref), ref)
                elif kind == "season":
                    y = _year(m.group(2), ref)
                    when = _future_month(_SEASONS[m.group(1).lower()], y, ref)
                    vague = y is None
                elif kind == "week":
                    wk = int(m.group(1))
                    if not 1 <= wk <= 53:
                        continue
                    when = _future_month(min(12, (wk - 1) // 4 + 1), None, ref)
                elif kind == "year_end":
                    when = date(ref.year, 12, 1)
                elif kind == "relative":
                    n_raw = m.group(1).lower()
                    n = int(n_raw) if n_raw.isdigit() else _NUM_WORDS.get(n_raw, 1)
                    months = n * 12 if m.group(2).lower().startswith(("jahr", "year")) else n
                    total = ref.year * 12 + ref.month - 1 + months
                    when = date(total // 12, total % 12 + 1, 1)
                    vague = False
                elif kind == "year":
                    y = int(m.group(1))
                    prefix = text[max(0, s - 12) : s].lower()
                    when = date(
                        y, 12 if re.search(r"(?:bis|by|until|ende|end of|before|vor)\s*$", prefix) else 1, 1
                    )
            except (ValueError, KeyError):
                continue
            past = when is not None and (when.year, when.month) < (ref.year, ref.month) and kind != "year"
            if kind == "year" and when is not None and when.year < ref.year:
                past = True
            found.append(TimeExpr(s, e, m.group(0), kind, when, vague, past))
            taken.append((s, e))
    for m in VAGUE_TIME.finditer(text):
        if free(*m.span()):
            found.append(TimeExpr(m.start(), m.end(), m.group(0), "vague", None, True, False))
            taken.append(m.span())
    return tuple(sorted(found, key=lambda t: t.start))


_REF_PATTERNS = [
    re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)"),
    re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_MONTH})\s+(\d{{4}}|'?\d{{2}}(?!\d))"),
    re.compile(rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"),
    re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])"),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
]


def _head(text: str) -> str:
    """Return where the call date stands: the first two lines, or a line that names the call."""
    lines = text.split("\n")
    head = "\n".join(x for x in lines[:2] if not re.match(r"^\s*[\[(]?\d{1,2}:\d{2}", x))
    for line in lines[2:12]:
        if re.search(r"(?i)\b(?:datum|date|call|gespräch|telefonat|meeting|discovery)\b", line):
            head += "\n" + line
    return head[:800]


def reference_date(text: str, default: date | None = None) -> date:
    """Return the date of the call: the first full date near the top of the notes, else `default` or today."""
    head = _head(text)
    best: tuple[int, date] | None = None
    for i, pattern in enumerate(_REF_PATTERNS):
        m = pattern.search(head)
        if not m:
            continue
        try:
            if i == 0 or i == 3:
                d = date(_year(m.group(3), date.today()) or 0, int(m.group(2)), int(m.group(1)))
            elif i == 1:
                d = date(
                    _year(m.group(3), date.today()) or 0,
                    _MONTH_NAMES[m.group(2).rstrip(".").lower()],
                    int(m.group(1)),
                )
            elif i == 2:
                d = date(int(m.group(3)), _MONTH_NAMES[m.group(1).rstrip(".").lower()], int(m.group(2)))
            else:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except (ValueError, KeyError):
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), d)
    if best:
        return best[1]
    return default or date.today()


def reference_texts(text: str) -> set[str]:
    """Return the exact strings of the call date near the top of the notes (never a project timeline)."""
    head = _head(text)
    for pattern in _REF_PATTERNS:
        m = pattern.search(head)
        if m:
            return {m.group(0).strip()}
    return set()


def months_between(a: date, b: date) -> int:
    """Return whole months from a to b (negative when b is earlier)."""
    return (b.year - a.year) * 12 + (b.month - a.month)
