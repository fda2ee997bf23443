"""Which companies a text names, and whose they are: ours (the seller's) or the customer's."""

from __future__ import annotations

import re
from collections import Counter

from coach.text.model import Participant, Turn
from coach.text.names import is_common_word
from coach.text.sides import same_company

_ORG = r"(?P<org>[A-ZÄÖÜ][\w&'’-]+(?:\s+(?:[A-ZÄÖÜ][\w&'’-]+|&|und|and|de|für)){0,3})"
# A company said with a first-person cue: "I'm Ana, at Vaultline", "hier bei Kaiser Bau", "wir als Stadtwerke X".
# Only first-person cues: a bare "bei"/"von"/"für" precedes ordinary German nouns ("bei Personal", "von Fördermitteln").
_OWN = re.compile(
    r"(?:\b(?i:I['’]m|I am|my name is|ich bin|mein name ist|hier ist|hier spricht|this is|it'?s|it is|here'?s)\b"
    r"[^.?!]{0,60}?\b(?:at|from|with|bei|von)"
    r"|\b(?i:ich (?:arbeite|betreue|verantworte|leite|koordiniere|mache?|bin zuständig)\b[^.?!]{0,40}?\b(?:bei|für))"
    r"|\b(?i:here at|we at|we here at|hier bei|wir hier bei|wir als|wir bei|wir von|uns bei|ich arbeite (?:bei|für)|"
    r"I work (?:at|for)|I['’]m calling from|ich rufe (?:von|für) [^.?!]{0,20}an|unser\w* [^.?!]{0,30}?\bbei))"
    rf"\s+(?:the\s+|der\s+|den\s+|dem\s+)?{_ORG}"
)
_FIRST_PERSON = re.compile(r"\b(?:I['’]m|I am|we|we're|our|ich|wir|unser\w*|uns|mein\w*|my)\b", re.IGNORECASE)
_SELF_PITCH = re.compile(rf"(?:^|[.!?]\s+){_ORG}\s+(?:is|ist|helps|hilft|macht|does|builds|baut)\b")
_TITLE_SPLIT = re.compile(r"\s+(?:<>|<->|/|x|×|\||–|—|-|&|vs\.?|und|and|with|mit|meets)\s+")
_STOP = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|"
    r"Dezember|Excel|Outlook|Teams|Zoom|Google|Q[1-4]|KW|The|Der|Die|Das|Ich|Wir|We|I|Call|Meeting|Intro|Discovery|"
    r"Demo|Herr|Frau|Mr|Ms|Dr|Sie|Ihnen|Ihr\w*|Euch|You|Your|Our|Unser\w*|Was|Wie|Wer|Wo|Wann|Warum|Welche\w*|What|"
    r"How|Who|Where|When|Why|Which|Das|Dies\w*|Es|It|This|That|There|Here|Hier|Da|Dann|So|Also|Und|And|But|Aber|"
    r"Jetzt|Now|Okay|Ok)\b"
)
# A speaker who gives their own name and a company: "Lukas Brenner von Paletto", "Dev here, from Corvane".
_NAME_FROM = r"(?:^|[,.!?]\s+|\b(?i:hi|hallo|moin|servus|hello|guten tag|guten morgen)[,!]?\s+){name},?\s+(?:(?i:here|hier),?\s+)?(?i:von|from|vom|bei|at|with)\s+"
_INTRO_TURNS = 60
# People named with the company they come from: "this is Rajesh and Freya from X", "Frau Lind von X".
_PEOPLE_FROM = re.compile(
    rf"(?P<who>[A-ZÄÖÜ][\w'’-]+(?:(?:\s*,\s*|\s+(?:and|und|&)\s+)[A-ZÄÖÜ][\w'’-]+){{0,3}})\s+(?i:from|von|vom)\s+{_ORG}"
)
# The seller presents their company: "So, Kelpa does …", "Kelpa macht …", "bei Kelpa setzen wir …".
_PRESENTS = re.compile(
    rf"(?:^|[.!?:,]\s+)(?:(?i:so|also|well|und|and|kurz)\s+)?{_ORG}\s+(?i:does|macht|helps|hilft|handles|offers|bietet|"
    rf"builds|baut|is an?|ist (?:ein|eine)|in one sentence)\b"
    rf"|\b(?i:bei|at)\s+{_ORG.replace('?P<org>', '?P<org2>')},?\s+\w+\s+(?i:wir|we)\b"
    rf"|\b(?i:hier ist|this is|it'?s)\s+{_ORG.replace('?P<org>', '?P<org3>')},\s+(?i:wir|we)\b"
    rf"|\b(?i:what|was)\s+{_ORG.replace('?P<org>', '?P<org4>')}\s+(?i:does|handles|offers|macht|kann|bietet)\b"
    rf"|\b(?i:we|wir|I|ich)\s+(?i:pitched|presented|demoed|showed|offered|haben|hatten)\s+(?:(?i:them|ihnen)\s+)?"
    rf"{_ORG.replace('?P<org>', '?P<org5>')}\s+(?i:vorgestellt|gezeigt|angeboten|präsentiert)?"
)


_GENERIC_HEAD = re.compile(
    r"^(?:(?:Termin|Meeting|Call|Gespräch|Telefonat|Notizen|Notes|Protokoll|Discovery|Demo|Intro|Kickoff|Kick-off|"
    r"Erstgespräch|Follow-up|Workshop)\s*[:-]?\s+)+(?=[A-ZÄÖÜ])"
)


def _title_word(org: str) -> bool:
    """Return True for a sentence opener that is no company ('Today', 'Heute')."""
    return bool(
        re.match(
            r"(?i)(?:today|heute|morgen|tomorrow|yesterday|gestern|everything|alles|nobody|niemand)\b", org
        )
    )


def title_companies(text: str) -> list[str]:
    """Return the company names of a title line such as 'Vaultline <> Brightloop - SOC 2 discovery'."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first or "-->" in first or first.upper() == "WEBVTT" or re.search(r"\d{1,2}:\d{2}", first):
        return []
    first = re.sub(r"^#+\s*", "", first)
    first = re.split(r"\s[-–—:|]\s(?=[a-zäöü\d])|:\s", first)[0]
    parts = [_GENERIC_HEAD.sub("", p.strip(" -–—:|")) for p in _TITLE_SPLIT.split(first)]
    out = [p for p in parts if p and p[0].isupper() and len(p.split()) <= 4 and not _STOP.match(p)]
    return out if len(out) >= 2 else []


def _clean(org: str) -> str:
    return re.sub(r"[.,;:]+$", "", org).strip()


_FREE_MAIL = re.compile(
    r"^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|gmx|web|t-online|aol|proton|protonmail|posteo|"
    r"mail|freenet|example|test|localhost)$",
    re.IGNORECASE,
)


def domain_organisation(email: str | None) -> str | None:
    """Return the organisation an e-mail domain names ('jana@harlow-freight.co.uk' -> 'Harlow Freight'), else None."""
    if not email or "@" not in email:
        return None
    labels = [x for x in email.rsplit("@", 1)[1].lower().split(".") if x]
    if len(labels) < 2:
        return None
    # the registered name: the label before the public suffix ("co.uk", "com.au" take two labels)
    core = (
        labels[-3]
        if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "ac", "gv", "or")
        else labels[-2]
    )
    if _FREE_MAIL.match(core) or len(core) < 3:
        return None
    return " ".join(w.capitalize() for w in re.split(r"[-_]", core) if w)


_ORG_TAIL = _ORG.replace("?P<org>", "?P<org2>")
# The speaker's own company without "I"/"we" before it: "at X our customers…", "what we do at X", "Mit X können Sie".
_OWN_AFTER = re.compile(
    rf"\b(?i:at|bei)\s+{_ORG},?\s+(?i:our|we|unser\w*|wir)\b"
    rf"|\b(?i:what\s+(?:we|i)\s+do\s+at|was\s+wir\s+bei)\s+{_ORG_TAIL}"
)
_OFFER_WITH = re.compile(
    rf"(?:^|[.!?]\s+)(?:Mit|With)\s+{_ORG}\s+(?i:können|kann|you can|can|lässt|lassen|haben Sie)\b"
)
# The other side's company, said to them: "bei Ihnen in X", "what's going on at X?", "bei den Stadtwerken X?".
_THEIRS = re.compile(
    rf"\b(?i:bei Ihnen (?:in|im|bei)(?: der| dem| den)?|bei euch (?:in|im)|going on at|over at|at your end at)\s+{_ORG}"
    rf"|\b(?:bei|at|in|von)\s+(?:den\s+|der\s+|dem\s+)?{_ORG_TAIL}(?:\s*\?|[^.!?\n]{{0,40}}\?)"
)
# Said to the customer about the customer: "what's going on at X", "bei Ihnen in X", "So X has seven sites, right?"
_THEIRS_STRONG = re.compile(
    rf"\b(?i:bei Ihnen (?:in|im|bei)(?: der| dem| den)?|bei euch (?:in|im)|going on at|over at|at your end at)\s+{_ORG}"
    rf"|(?:^|[.!?:]\s+)(?:(?i:so|also|und|and)\s+)?{_ORG_TAIL}\s+(?i:has|hat|have|haben)\s+(?:(?i:now|jetzt|about|around|"
    rf"rund|etwa|gut|knapp)\s+)?(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|twelve|zwei|drei|vier|fünf|sechs|"
    rf"sieben|acht|neun|zehn|zwölf)\b)"
)
# The speaker's own company said as who they are: "wir sind die X", "From X it's me and …".
_WE_ARE = re.compile(
    rf"\b(?i:wir sind(?: die| der| das)?|we are|we're)\s+{_ORG}\s*[,.;]"
    rf"|\b(?i:from|von)\s+{_ORG_TAIL},?\s+(?i:it'?s|sind|kommen|are)\s+(?i:me|us|ich|wir)\b"
)
# The speaker's own place said with "hier in X" / "wir … im X" (weaker: the name must recur or have several words).
_HERE = re.compile(
    rf"\b(?i:hier (?:in|im|bei der|beim)|here at|wir\s+(?:\w+\s+){{0,2}}(?:im|in der|beim))\s+(?:der\s+|dem\s+)?{_ORG}"
)


def _plausible(org: str, names: set[str]) -> bool:
    """Return True for a company name, not a pronoun, an ordinary word or a person's name."""
    first = org.split()[0] if org.split() else ""
    return bool(first) and not _STOP.match(org) and first not in names and not is_common_word(first)


def companies(
    text: str, turns: list[Turn], participants: list[Participant], seller_company: str | None
) -> tuple[str | None, str | None]:
    """Return (the seller's company, the customer's company) from participants, first-person mentions and the title."""
    votes: dict[str, Counter[str]] = {"seller": Counter(), "customer": Counter()}
    names = {w for p in participants for w in p.name.split()}
    for p in participants:
        if p.organisation and p.side in votes:
            votes[p.side][p.organisation] += 3
        elif p.side in votes and (org := domain_organisation(p.email)):
            votes[p.side][org] += 1  # no organisation said: the e-mail domain names it
    for n, t in enumerate(turns):
        if t.side not in votes:
            continue
        early = n < _INTRO_TURNS  # people introduce themselves and their companies early in a call
        for sentence in re.split(r"(?<=[.!?])\s+", t.text):
            if _FIRST_PERSON.search(sentence):
                for m in _OWN.finditer(sentence):
                    org = _clean(m.group("org"))
                    if _plausible(org, names):
                        votes[t.side][org] += 2
        speaker_words = [w for w in (t.speaker or "").split() if len(w) >= 2 and not w[:1].isdigit()]
        if early and speaker_words and not re.match(r"(?i)(?:speaker|sprecher)\b", t.speaker or ""):
            name = "(?:" + "|".join(re.escape(w) for w in speaker_words) + r")(?:\s+[\w'’-]+)?"
            for m in re.finditer(_NAME_FROM.format(name=name) + _ORG, t.text[:400]):
                org = _clean(m.group("org"))
                if _plausible(org, names):
                    votes[t.side][org] += 2
        for sentence in re.split(r"(?<=[.!?])\s+", t.text) if early else ():
            for m in _PEOPLE_FROM.finditer(sentence):
                org = _clean(m.group("org"))
                who = {w for w in re.split(r"\s*(?:,|\band\b|\bund\b|&)\s*", m.group("who")) if w}
                sides = {
                    p.side for p in participants if p.side in votes and any(w in p.name.split() for w in who)
                }
                if len(sides) == 1 and _plausible(org, names):
                    votes[sides.pop()][org] += 1
        if t.side == "seller" and early:
            for m in _PRESENTS.finditer(t.text):
                org = _clean(next((g for g in m.groups() if g), ""))
                # a sentence-initial noun is no company; a company recurs (or is said with "wir")
                weak = bool(re.search(r"(?i)\s(?:is|ist)\s+\w+$", m.group(0)))  # any noun "is a …"
                recurs = not weak or text.count(org) >= 2
                if _plausible(org, names) and not _title_word(org) and recurs:
                    votes["seller"][org] += 1
        other = "customer" if t.side == "seller" else "seller"
        for sentence in re.split(r"(?<=[.!?])\s+", t.text):
            for pattern, side, weight in (
                (_OWN_AFTER, t.side, 2),
                (_OFFER_WITH, t.side, 1),
                (_THEIRS, other, 1),
                (_THEIRS_STRONG if early else None, other, 1),
                (_WE_ARE if early else None, t.side, 2),
                (_HERE, t.side, 1),
            ):
                for m in pattern.finditer(sentence) if pattern is not None else ():
                    org = _clean(m.group("org") or m.groupdict().get("org2") or "")
                    weak = pattern is _HERE or pattern is _THEIRS
                    if _plausible(org, names) and (not weak or len(org.split()) > 1 or text.count(org) >= 2):
                        votes[side][org] += weight
        m = _SELF_PITCH.search(t.text[:300])
        org = _clean(m.group("org")) if m else ""
        if (
            org
            and t.side == "seller"
            and not _STOP.match(org)
            and org.split()[0] not in names
            and text.count(org) >= 2  # a sentence-initial noun is no company; a company recurs
        ):
            votes["seller"][org] += 1
    seller = seller_company or _top(votes["seller"], votes["customer"], text)
    customer = _top(votes["customer"], votes["seller"], text, exclude=seller)
    titled = title_companies(text)
    if titled:
        if seller and not customer:
            customer = next((c for c in titled if not same_company(c, seller)), None)
        elif customer and not seller:
            seller = next((c for c in titled if not same_company(c, customer)), None)
        elif not seller and not customer:
            mentions = {c: sum(t.text.count(c) for t in turns if t.side == "seller") for c in titled}
            own = [c for c in titled if mentions[c]]
            # a family firm carries a customer's surname ("Bäckerei Hofmann"); the seller's people lend it none
            theirs = [c for c in titled if _carries_name(c, participants, "customer")]
            if (
                len(theirs) == 1
                and len(titled) == 2
                and not _carries_name(c := theirs[0], participants, "seller")
            ):
                customer = c
                seller = next(x for x in titled if x != c)
            elif len(own) == 1:
                seller = own[0]
                customer = next((c for c in titled if c != seller), None)
    return seller, customer


def _carries_name(org: str, participants: list[Participant], side: str) -> bool:
    """Return True when a company's name holds a surname of a participant on that side."""
    words = {w.casefold() for w in re.split(r"[\s-]+", org) if len(w) >= 3}
    return any(
        w.casefold() in words
        for p in participants
        if p.side == side
        for w in re.split(r"[\s-]+", p.name)[1:]
        if len(w) >= 3
    )


def _top(mine: Counter[str], theirs: Counter[str], text: str, exclude: str | None = None) -> str | None:
    """Return the organisation with the most votes on one side (ties: the one the text names most often)."""
    ranked = [
        (n - theirs.get(org, 0), text.count(org), org)
        for org, n in mine.items()
        if n > theirs.get(org, 0) and not (exclude and same_company(org, exclude))
    ]
    return max(ranked)[2] if ranked else None
