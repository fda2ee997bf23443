"""Which companies a text names, and whose they are: ours (the seller's) or the customer's."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from coach.text.introductions import self_names
from coach.text.model import Participant, Turn
from coach.text.names import UPPER, company_shaped, is_common_word, is_name, is_org_word
from coach.text.readers.base import GENERIC, ROLE_WORD
from coach.text.sides import company_key, same_company

_ORG = rf"(?P<org>[{UPPER}][\w&'’-]+(?:\s+(?:[{UPPER}][\w&'’-]+|&|(?:und|and|de|für)(?![\w-]))){{0,3}})"
# A company said with a first-person cue: "I'm Ana, at Vaultline", "hier bei Kaiser Bau", "wir als Stadtwerke X".
# Only first-person cues: a bare "bei"/"von"/"für" precedes ordinary German nouns ("bei Personal", "von Fördermitteln").
_OWN = re.compile(
    r"(?:\b(?i:I['’]m|I am|my name is|ich bin|mein name ist|hier ist|hier spricht|this is|it'?s|it is|here'?s)\b"
    r"[^.?!]{0,60}?\b(?:at|from|with|bei|von)"
    r"|\b(?i:ich (?:arbeite|betreue|verantworte|leite|koordiniere|mache?|bin zuständig|kümmere mich)\b[^.?!]{0,40}?\b(?:bei|für))"
    # "wir sind hier zu dritt von der X", "we're here from X"
    r"|\b(?i:wir sind (?:hier |heute )?(?:zu \w+ )?(?:von|vom|aus|bei)|we(?:['’]re| are) (?:here |all )?from)"
    rf"|\b[{UPPER}][\w'’-]+,?\s+(?i:here|hier),?\s+(?i:from|with|at|von|vom|bei)"
    r"|\b(?i:here at|we at|we here at|hier bei|wir hier bei|wir als|wir bei|wir von|uns bei|ich arbeite (?:bei|für)|"
    r"I work (?:at|for)|I['’]m calling from|ich rufe (?:von|für) [^.?!]{0,20}an|unser\w* [^.?!]{0,30}?\bbei|"
    r"(?:for|with|to) us (?:here )?at|"
    # "who runs our commercial team at X": the speaker's own team (not "our contact at X", the other side's)
    r"our (?:[\w-]+ ){0,3}(?:team|teams|colleagues?|department|office|people|staff)(?: here)? at))"
    rf"\s+(?:the\s+|der\s+|den\s+|dem\s+)?{_ORG}"
)
_FIRST_SINGULAR = re.compile(r"\b(?:I|I['’]m|ich|my|mein\w*|me|mich)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(
    r"\b(?:I['’]m|I am|we|we're|our|us|ich|wir|unser\w*|uns|mein\w*|my)\b", re.IGNORECASE
)
_SELF_PITCH = re.compile(rf"(?:^|[.!?]\s+){_ORG}\s+(?:is|ist|helps|hilft|macht|does|builds|baut)\b")
_TITLE_SPLIT = re.compile(r"\s+(?:<>|<->|/|x|×|\||–|—|-|vs\.?|(?<!-\s)und|(?<!-\s)and|with|mit|meets)\s+")
_STOP = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|"
    r"Dezember|Excel|Outlook|Teams|Zoom|Google|Q[1-4]|KW|The|Der|Die|Das|Ich|Wir|We|I|Call|Meeting|Intro|Discovery|"
    r"Demo|Herrn?|Frau|Mr|Ms|Dr|Sie|Ihnen|Ihr\w*|Euch|You|Your|Our|Unser\w*|Was|Wie|Wer|Wo|Wann|Warum|Welche\w*|What|"
    r"How|Who|Where|When|Why|Which|Das|Dies\w*|Es|It|This|That|There|Here|Hier|Da|Dann|So|Also|Und|And|But|Aber|"
    r"Jetzt|Now|Okay|Ok|English|Englisch|German|Deutsch|French|Französisch|Spanish|Spanisch|Winter|Sommer|"
    r"Frühjahr|Frühling|Herbst|Summer|Spring|Autumn|Referenz\w*|References?)\b"
)
# A speaker who gives their own name and a company: "Lukas Brenner von Paletto", "Dev here, from Corvane".
_NAME_FROM = r"(?:^|[,.!?]\s+|\b(?i:hi|hallo|moin|servus|hello|guten tag|guten morgen)[,!]?\s+){name},?\s+(?:(?i:here|hier),?\s+)?(?i:von|from|vom|bei|at|with)\s+"
# A speaker who gives their own name, then their company: "Quarles, Gießerei Ortmeyer.", "Oswin Tally here, Farrowline".
_NAME_COMMA = r"(?:^|[.!?]\s+|\b(?i:hi|hallo|moin|servus|hello|morning|morgen|guten tag|guten morgen)[,!.]?\s+){name}(?:,?\s+(?i:here|hier))?,\s+"
_INTRO_TURNS = 60


@lru_cache(maxsize=512)
def _speaker_patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the compiled patterns of a speaker giving their name and company ('X von Y', 'X, Y.')."""
    return (
        re.compile(_NAME_FROM.format(name=name) + _ORG),
        re.compile(_NAME_COMMA.format(name=name) + _ORG + r"(?=\s*[.,;!–—])"),
    )


# People named with the company they come from: "this is Rajesh and Freya from X", "Frau Lind von X".
_PEOPLE_FROM = re.compile(
    rf"(?P<who>[A-ZÄÖÜ][\w'’-]+(?:(?:\s*,\s*|\s+(?:and|und|&)\s+)[A-ZÄÖÜ][\w'’-]+){{0,3}})\s+(?i:from|von|vom)\s+{_ORG}"
)
# The seller presents their company: "So, Kelpa does …", "Kelpa macht …", "bei Kelpa setzen wir …".
_PRESENTS = re.compile(
    rf"(?:^|[.!?:,]\s+)(?:(?i:so|also|well|und|and|kurz)\s+)?{_ORG}\s+(?i:does|macht|helps|hilft|handles|offers|bietet|"
    rf"can (?:now |also )?(?:offer|provide|help)|"
    rf"builds|baut|is an?|ist (?:ein|eine)|in one sentence)\b"
    rf"|\b(?i:bei|at)\s+{_ORG.replace('?P<org>', '?P<org2>')},?\s+(?!(?i:haben|hatten|have|had|did|konnten|could)\b)\w+\s+"
    rf"(?i:wir|we)\b"
    rf"|\b(?i:hier ist|this is|it'?s)\s+{_ORG.replace('?P<org>', '?P<org3>')},\s+(?i:wir|we)\b"
    rf"|\b(?i:what|was)\s+{_ORG.replace('?P<org>', '?P<org4>')}\s+(?i:does|handles|offers|macht|kann|bietet)\b"
    rf"|\b(?i:we|wir|I|ich)\s+(?i:pitched|presented|demoed|showed|offered|haben|hatten)\s+(?:(?i:them|ihnen)\s+)?"
    rf"{_ORG.replace('?P<org>', '?P<org5>')}\s+(?i:vorgestellt|gezeigt|angeboten|präsentiert)?"
)


_HEAD_WORDS = (
    r"Termin|Meeting|Call|Cold call|Gespräch|Gesprächs?mitschnitt|Mitschnitt|Aufzeichnung|Aufnahme|Recording|"
    r"Transkript|Transcript|Besprechung|Telefonat|Notizen|Notes|Protokoll|Discovery|Demo|Intro|Kickoff|Kick-off|"
    r"Erstgespräch|Follow-?up|Workshop|Videocall|Video call|Teams-Call|Zoom-Call|Webex|Qualification|Qualifizierung|"
    r"Kennenlernen|Sondierung|Erstkontakt|Vorstellung|Catch-?up|Check-?in|Sync"
)
# German compounds end in their head noun: "Jahresgespräch", "Gesprächsprotokoll", "Abstimmungstermin".
_HEAD_COMPOUND = (
    r"[A-ZÄÖÜ][a-zäöüß]+(?:gespräch|gesprächs|protokoll|besprechung|termin|telefonat|mitschnitt|notizen|"
    r"aufzeichnung|runde|transkript|abstimmung)(?:\s*\([^)]*\))?"
)
_GENERIC_HEAD = re.compile(rf"^(?:(?:(?i:{_HEAD_WORDS})|{_HEAD_COMPOUND})\s*[:-]?\s+)+(?=[A-ZÄÖÜ])")
_HEAD_ONLY = re.compile(rf"(?i:{_HEAD_WORDS})|{_HEAD_COMPOUND}")
_HEAD_TAIL = re.compile(rf"(?<=\w)\s+(?:(?i:{_HEAD_WORDS})\s*)+$")
# The two sides of a title: "A / B", "A x B", "A <> B", "A vs B" (not a dash, which also sets off the topic).
_PAIR = re.compile(r"\s+(?:<>|<->|/|x|×|vs\.?|meets)\s+")
_SEGMENT = re.compile(r"\s+[–—|-]\s+|:\s+")
# Lower-case words a company's name may hold ("Buchhandlung am Markt", "Bank of Leeds"); any other is a topic's.
_NAME_JOINER = re.compile(
    r"(?:am|an|im|in|zum|zur|der|die|das|den|dem|des|von|vom|und|de|du|la|le|of|the|and|for|für|zu|&)"
)
# A title's topic, not a company: one German abstract noun ("Dienstplanung", "Rückmeldung").
_TOPIC = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:ung|ungen|heit|keit|schaft|tion|ität|ismus|ment|nahme|gespräch)")
# A title's label before a colon: "Meeting: A x B", "Aufzeichnung: Erstgespräch A / B".
_HEAD_LABEL = re.compile(
    rf"^(?:(?:(?i:{_HEAD_WORDS})\s*)+|(?i:title|titel|subject|betreff|thema|topic)\s*):\s+(?=[A-ZÄÖÜ])"
)


def _title_word(org: str) -> bool:
    """Return True for a sentence opener that is no company ('Today', 'Heute')."""
    return bool(
        re.match(
            r"(?i)(?:today|heute|morgen|tomorrow|yesterday|gestern|everything|alles|nobody|niemand)\b", org
        )
    )


# What a caption file's note says of its export before the title: "exported from Teams, …", "aufgezeichnet mit X:".
_EXPORTED = re.compile(
    r"^(?i:(?:exported|recorded|transcribed|generated|created)\s+(?:from|with|by|via|in)|"
    r"(?:exportiert|aufgezeichnet|transkribiert|erstellt)\s+(?:aus|mit|von|über|in))\s+[\w.-]+(?:\s+[\w.-]+)?\s*[,:–—-]\s*"
)


_VTT_FIELD = re.compile(r"^(?:Kind|Language|X-TIMESTAMP-MAP|Region|Style)\s*[:=]", re.IGNORECASE)


def title_companies(text: str) -> list[str]:
    """Return the company names of a title line such as 'Vaultline <> Brightloop - SOC 2 discovery'."""
    lines = [line.strip() for line in text.split("\n")[:6] if line.strip()]
    if lines and lines[0].upper().startswith("WEBVTT"):
        # a caption file's title is its first NOTE, before the first cue, after the header's own fields
        # ("Kind: captions", "Language: de" of a caption export)
        head = [line for line in lines[1:] if not _VTT_FIELD.match(line)][:1]
        lines = [
            _quoted_title(_EXPORTED.sub("", line[5:].strip()))
            for line in head
            if line.upper().startswith("NOTE ")
        ]
    first = lines[0] if lines else ""
    if not first or "-->" in first or re.search(r"\d{1,2}:\d{2}", first):
        return []
    first = _HEAD_LABEL.sub("", re.sub(r"^#+\s*", "", first))
    segments = [x for x in _SEGMENT.split(first) if x.strip()]
    pairs = [
        x
        for x in segments
        if _PAIR.search(x)
        and not any(_TOPIC.fullmatch(y.strip()) or _HEAD_ONLY.fullmatch(y.strip()) for y in _PAIR.split(x))
    ]
    if len(pairs) == 1:
        first = pairs[0]  # "Topic – A / B": the segment that pairs two names holds the companies
    first = re.split(r"\s[-–—:|]\s(?=[a-zäöü\d])|:\s", first)[0]
    raw = [p.strip(" -–—:|").split(", ")[0] for p in _TITLE_SPLIT.split(first)]
    if len([p for p in raw if p]) < 2:
        return []  # a plain title names no sides
    # "A x B intro", "A / B call": a head word after the last name is the title's, not the company's
    parts = [
        _TOPIC_HEAD.sub("", _HEAD_TAIL.sub("", _GENERIC_HEAD.sub("", p)))
        for p in raw
        if not _HEAD_ONLY.fullmatch(p)
    ]
    return [
        p
        for p in parts
        if p
        and p[0].isupper()
        and len([w for w in p.split() if not _NAME_JOINER.fullmatch(w)]) <= 4
        and not _STOP.match(p)
        and not _DEPARTMENT.search(p)  # "Hochschule X – Legal Office – call": a department of the account
        and not _TOPIC.fullmatch(p)
        and not (
            _TOPIC.fullmatch(p.split()[0]) and not company_shaped(p)
        )  # "Ausschreibung Wartungsvertrag …": a topic
        and all(
            w[:1].isupper() or w[:1].isdigit() or _NAME_JOINER.fullmatch(w) or _LOWER_LEGAL.fullmatch(w)
            for w in p.split()
        )
    ]


def _quoted_title(line: str) -> str:
    """Return the meeting's title a caption note quotes ('meeting "A / B - intro"'), else the line."""
    m = re.search(r"[\"„“”]([^\"„“”\n]{3,120})[\"“”]", line)
    return m.group(1).strip() if m else line


def _spelt_out(short: str, text: str) -> str:
    """Return the full name a title's abbreviation stands for when the text spells it out ('ZLV Ost')."""
    words = short.split()
    if not re.fullmatch(r"[A-ZÄÖÜ]{2,5}", words[0]):
        return short
    rest = "".join(rf"\s+{re.escape(w)}" for w in words[1:])
    initials = r"\s+".join(rf"{c}[a-zäöüß]+" for c in words[0])
    m = re.search(rf"(?<![\w-]){initials}{rest}(?![\w-])", text)
    return m.group(0) if m else short


# Legal forms written in lower case: "Versicherungsverein a.G.", "Verein e.V.", "Genossenschaft e.G.", "mbH".
_LOWER_LEGAL = re.compile(r"(?:a\.\s?G|e\.\s?V|e\.\s?G|e\.\s?K)\.?|mbH|gGmbH")
# What is sold, before the buyer's name in a title: "Lernplattform X", "Portal X" (a compound of a product word).
_TOPIC_HEAD = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]*(?:plattform|portal|projekt|system|lösung|einführung)\s+(?=[A-ZÄÖÜ])"
)
_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+|\s*·\s*")
_HEAD_IN = re.compile(rf"\b(?:(?i:{_HEAD_WORDS})\b|{_HEAD_COMPOUND})")


_LEGAL_FORM = re.compile(r"(?:\s+(?:&\s+)?(?:Co\.?|GmbH|AG|KG|SE|Ltd\.?|Inc\.?|LLC|PLC|e\.\s?V\.|mbH))+\s*$")


def title_account(text: str, names: set[str]) -> str | None:
    """Return the one company of a call's title ('Farrowline Foods – call notes', 'Ausschreibung – Ortmeyer Bau').

    The title names the account the call or the notes are about: one part is a company's name, another says what
    the text is (call, notes, Transkript) or its topic.
    """
    lines = [line.strip() for line in text.split("\n")[:4] if line.strip()]
    first = re.sub(r"^#+\s*", "", lines[0]) if lines else ""
    if (
        not first
        or first.upper().startswith("WEBVTT")
        or "-->" in first
        or re.search(r"\d{1,2}:\d{2}", first)
    ):
        return None
    parts = [
        q.strip()
        for p in _TITLE_PARTS.split(_HEAD_LABEL.sub("", first))
        for q in re.split(r"\s+/\s+", p)  # "Pennine Mutual / discovery": a name and what the text is
        if q.strip()
    ]
    if len(parts) < 2:
        return None
    found = []
    described = False
    for part in parts:
        words = part.split()
        # "E-Rechnung", "Sandbox-Test": a topic also when a hyphen joins it to a prefix
        if (
            _HEAD_IN.search(part)
            or (_TOPIC.match(words[0].split("-")[-1]) and not company_shaped(part))
            # "Technik-Scoping", "Daten-Onboarding": a hyphened English topic
            or ("-" in words[-1] and bool(_EN_TOPIC.fullmatch(words[-1].split("-")[-1])))
        ):
            described = True
            rest = _GENERIC_HEAD.sub(
                "", part
            )  # "Angebotsbesprechung Kreisverwaltung X": the account after it
            if rest == part or not company_shaped(rest):
                continue
            part, words = rest, rest.split()
        if (
            # "Privatbank Halberstadt & Co. KG": the words of the name, its legal form aside
            len(_LEGAL_FORM.sub("", part).split()) <= 4
            and all(w[:1].isupper() or _NAME_JOINER.fullmatch(w) for w in words)
            and not _STOP.match(part)
            and not _PAIR.search(part)
            # a person's name opens with their first name; "Radsport Hollerbach" is the family's firm
            and (company_shaped(part) or not (words[0] in names or all(w in names for w in words)))
        ):
            found.append(part)
    if described and len(found) > 1:
        shaped = [f for f in found if company_shaped(f)]
        found = (
            shaped if len(shaped) == 1 else found
        )  # "Kreisverwaltung X – Datenplattform Y": the organisation
    return found[0] if described and len(found) == 1 else None


def _clean(org: str) -> str:
    org = re.sub(r"[.,;:]+$", "", org).strip()
    org = re.sub(
        r"['’]s(?:\s.*)?$", "", org
    )  # "Quellbrand Systems' SiteBoard": the company, not its possessive
    return re.sub(r"(?:\s+(?:und|and|de|für|&))+$", "", org)  # "Leihstapler und": a name ends in a name


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
    # reserved documentation domains (RFC 2606: "acme.example", "acme.example.com") stand for the real suffix
    if labels and labels[-1] in ("example", "test", "invalid"):
        labels = [*labels[:-1], "com"]
    elif len(labels) >= 3 and labels[-2] == "example":
        labels = [*labels[:-2], "com"]
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
    rf"\b(?i:bei Ihnen (?:in|im|bei)(?: der| dem| den)?|bei euch (?:in|im|bei)(?: der| dem| den)?|going on at|over at|"
    rf"at your end at)\s+{_ORG}"
    # "bei Ihnen ist ja Inventur im Autohaus X": a place of theirs later in the sentence
    rf"|\b(?i:bei Ihnen|bei euch|for you|at your end)\b[^.?!]{{1,50}}?\b(?i:in der|im|bei der|beim|at the)\s+"
    rf"{_ORG.replace('?P<org>', '?P<org3>')}(?=[\s,.!?]|$)"
    rf"|\b(?:bei|at|in|von|for|für)\s+(?:den\s+|der\s+|dem\s+)?{_ORG_TAIL}(?:\s*\?|[^.!?\n]{{0,40}}\?)"
)
# Said to the customer about the customer: "what's going on at X", "bei Ihnen in X", "So X has seven sites, right?"
_THEIRS_STRONG = re.compile(
    rf"\b(?i:bei Ihnen (?:in|im|bei)(?: der| dem| den)?|bei euch (?:in|im|bei)(?: der| dem| den)?|going on at|over at|"
    rf"at your end at)\s+{_ORG}"
    rf"|(?:^|[.!?:]\s+)(?:(?i:so|also|und|and)\s+)?{_ORG_TAIL}\s+(?i:has|hat|have|haben)\s+(?:(?i:now|jetzt|about|around|"
    rf"rund|etwa|gut|knapp)\s+)?(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|twelve|zwei|drei|vier|fünf|sechs|"
    rf"sieben|acht|neun|zehn|zwölf)\b)"
)
# Asked or said about the other side's company: "Wo steht X gerade?", "How's X set up today?", "tell me about X",
# "X is, what, about 400 people now?", "in der Anfrage von X", "how claims look at X today".
_ABOUT_THEM = re.compile(
    # "what does it mean for X if …", "was bedeutet das für X": the consequences are the other side's
    rf"\b(?i:what does (?:it|that|this) mean|what would (?:it|that|this) mean|was (?:bedeutet|hieße|heißt) (?:das|es))\s+"
    rf"(?i:for|für)\s+(?:(?i:die|den|das|the)\s+)?{_ORG.replace('?P<org>', '?P<org11>')}"
    # "I saw X downloaded our guide": a lead that came in, the other side
    rf"|\b{_ORG.replace('?P<org>', '?P<org12>')}\s+(?i:downloaded|requested|signed up for|registered for|"
    rf"filled in|booked|hat (?:unser\w*|sich))\s+(?i:our|unser\w*|für unser\w*)\b"
    rf"|\b(?i:wo (?:steht|stehen)|how['’]s|how is|how does)\s+(?:(?i:das|die|der|the)\s+)?{_ORG}[^.!?\n]*\?"
    rf"|\b(?i:where)\s+{_ORG_TAIL}\s+(?i:is|stands)\b"
    rf"|\b(?i:tell me|erzählen Sie(?: mir)?|erzähl(?: mir)?)\b[^.?!]{{0,20}}?\b(?i:about|über|von)\s+"
    rf"{_ORG.replace('?P<org>', '?P<org3>')}"
    rf"|(?:^|[.!?]\s+)(?:(?i:so|also|und|and)\s+)?{_ORG.replace('?P<org>', '?P<org4>')}\s+(?i:is|has|hat|ist)\b"
    rf"[^.!?]{{0,30}}?\d[^.!?]*\?"
    rf"|\b(?i:anfrage|request|inquiry|enquiry|nachricht|message|e-?mail)\s+(?i:von|from)\s+(?:(?i:der|dem|the)\s+)?"
    rf"{_ORG.replace('?P<org>', '?P<org5>')}"
    rf"|\b(?i:Sie|you)\b[^.?!]{{0,30}}\b(?i:für|for)\s+(?:(?i:die|den|das|the)\s+)?{_ORG.replace('?P<org>', '?P<org6>')}"
    rf"\s+(?i:geschrieben|angefragt|wrote|asked|reached out)"
    rf"|\b(?i:at|bei)\s+(?:(?i:der|dem|den|the)\s+)?{_ORG.replace('?P<org>', '?P<org7>')}\s+(?i:today|right now|currently|"
    rf"these days|heute|derzeit|gerade|aktuell)\b"
    # "erzählen Sie mal, wie das bei X läuft", "tell me how that works at X"
    rf"|\b(?i:erzählen|erzähl|erklären|beschreiben|schildern|tell me|tell us|walk me through|talk me through)\b"
    rf"[^.?!]{{0,60}}?\b(?i:bei|at|in)\s+(?:(?i:der|dem|den|the)\s+)?{_ORG.replace('?P<org>', '?P<org8>')}"
    # "Sie hatten erwähnt, dass X …", "you said that X …"
    rf"|\b(?i:Sie|you)\s+(?:\w+\s+){{0,2}}?(?i:geschrieben|erwähnt|gesagt|erzählt|mentioned|wrote|said|told (?:me|us))\b"
    rf"[^.?!]{{0,20}}?\b(?i:dass|that)\s+(?:(?i:die|der|das|the)\s+)?{_ORG.replace('?P<org>', '?P<org9>')}"
    # "Sie hatten am Telefon gesagt, bei X ist …", "you mentioned at X the …"
    rf"|\b(?i:Sie|you)\s+(?:\w+\s+){{0,3}}?(?i:gesagt|erwähnt|erzählt|geschrieben|mentioned|said|wrote)\s*,?\s+"
    rf"(?i:bei|at|in)\s+(?:(?i:der|dem|den|the)\s+)?{_ORG.replace('?P<org>', '?P<org10>')}"
    # "you mentioned the reporting at X is getting painful", "Sie sagten, die Planung bei X …"
    rf"|\b(?i:Sie|you)\s+(?:\w+\s+){{0,2}}?(?i:gesagt|sagten|erwähnt|erwähnten|erzählt|mentioned|said)\s*,?\s+"
    rf"(?i:the|die|der|das|your|ihre?)\s+[\w-]+\s+(?i:bei|at)\s+{_ORG.replace('?P<org>', '?P<org13>')}"
)
# The seller presents their own company: "X predicts … your …", "X is used by 60 …", "quick intro on X: we …",
# "With X, teams your size usually …", "mit X im Schnitt …".
_OURS_SAID = re.compile(
    rf"(?:^|[.!?]\s+)(?:[^.!?,\n]{{0,30}},\s+)?{_ORG}\s+(?!(?:plus|minus|is|was|has|does|this|thus|us|as|its|"
    rf"less)\b)[a-z]{{2,}}s\b[^.?!]*\b(?i:your|you)\b"
    rf"|\b{_ORG.replace('?P<org>', '?P<org2>')}\s+(?i:is used by|is trusted by|is deployed at|is in use at|"
    rf"wird von|ist bei)\s+(?:(?i:über|more than|over|rund|about|around)\s+)?\d"
    rf"|\b(?i:intro(?:duction)? (?:on|to)|kurz zu|quick word on)\s+{_ORG.replace('?P<org>', '?P<org3>')}\s*[:,]\s+"
    rf"(?i:we|wir|damit wir)\b"
    rf"|\b(?i:with|mit)\s+{_ORG.replace('?P<org>', '?P<org4>')},?\s+(?:[\w-]+\s+){{0,4}}?(?i:usually|typically|normally|"
    rf"on average|im schnitt|in der regel|typischerweise|durchschnittlich)\b"
)
# A speaker's job at their company, said when introducing themselves: "COO at X", "Head of QA hier in X",
# "ich bin im Einkauf vom X", "ich leite die Konstruktion bei X".
_ROLE_AT = re.compile(
    rf"\b(?:C[A-Z]{{1,2}}O|VP [\w&-]+|(?i:head of [\w&-]+|leiter\w*|leitung|manager\w*|director|direktor\w*|"
    rf"geschäftsführ\w*|einkauf|procurement|purchasing|owner|inhaber\w*|founder|gründer\w*|partner\w*|"
    rf"engineer\w*|admin\w*|lead|executive|exec|consultant\w*|berater\w*|specialist|spezialist\w*|"
    rf"referent\w*|ich (?:leite|betreue|verantworte|manage) [^.?!]{{0,30}}?|I (?:run|lead|head|manage|oversee) [^.?!]{{0,30}}?))\s+"
    rf"(?:(?i:hier|here)\s+)?(?i:at|bei|in|von|vom|with|for)\s+(?:(?i:der|dem|the)\s+)?{_ORG}"
    # "Leitung Medizintechnik für den Klinikverbund X": the department, then the organisation
    rf"|\b(?i:leitung|leiter\w*|head of)\s+[\w-]+\s+(?i:für|for|bei|at|im|in)\s+(?:(?i:den|die|das|der|dem|the)\s+)?"
    rf"{_ORG.replace('?P<org>', '?P<org2>')}"
)

# "Bei X ist das der Kern", "At X, onboarding takes …": a sentence that opens with the speaker's own place (not a
# reference: "Bei X haben wir das eingeführt" is another customer of the seller's).
_OWN_AT = re.compile(
    rf"(?:^|[.!?]\s+)(?i:bei|at)\s+{_ORG}(?![\w&'’-])(?!,?\s+(?i:haben|hatten|have|had|did|konnten|could)\b)"
    rf"(?![^.!?]*\?)"
)

# The speaker's own company said as who they are: "wir sind die X", "From X it's me and …".
_WE_ARE = re.compile(
    rf"\b(?i:wir sind(?: die| der| das)?|we are|we're)\s+{_ORG}\s*[,.;]"
    # "we're part of X", "wir gehören zur X-Gruppe"
    rf"|\b(?i:we(?:['’]re| are) (?:now )?(?:part|a part|a subsidiary|a division) of|wir (?:sind|gehören) (?:ein )?"
    rf"(?:teil (?:der|von|des)|zu(?:r|m)?|zu der))\s+(?:(?i:the|der|die|dem)\s+)?"
    rf"{_ORG.replace('?P<org>', '?P<org3>')}"
    rf"|\b(?i:from|von)\s+{_ORG_TAIL},?\s+(?i:it'?s|sind|kommen|are)\s+(?i:me|us|ich|wir)\b"
)
# The speaker's own company named right after "about us": "ganz kurz zu uns, X, wir …", "quick recap from my side,
# X reads …", "from our side: X is …". A name followed by a verb or a comma, not by "und"/"and" (people).
_ABOUT_US = re.compile(
    r"\b(?i:(?:kurz|ganz kurz|erst(?:mal)?|vorab)\s+(?:zu|über|von)\s+uns|(?:a bit |quickly )?about us|"
    r"from (?:my|our) side|von (?:meiner|unserer) seite|(?:quick )?(?:word|words|intro|background) on us)"
    rf"\s*[,:;–—-]\s*(?:(?i:wir sind|we are|we're)\s+)?{_ORG}(?=\s*[,:;–—]|\s+(?!(?i:und|and|&)\b)[a-zäöüß])"
)
# The speaker's own place said with "hier in X" / "wir … im X" (weaker: the name must recur or have several words).
_HERE = re.compile(
    rf"\b(?i:hier (?:in|im|bei der|beim)|here at|wir\s+(?:\w+\s+){{0,2}}(?:im|in der|beim))\s+(?:der\s+|dem\s+)?{_ORG}"
)


# A speaker who says who they are and where from: "Yes, this is Oswin from X.", "hier ist Edda von X".
_THIS_IS = re.compile(
    rf"\b(?i:this is|it['’]s|here['’]s|hier ist|hier spricht)\s+(?:[{UPPER}][\w'’-]+\s+){{1,2}}?(?i:from|at|with|von|vom|bei)\s+"
    rf"(?:(?i:the|der|den|dem)\s+)?{_ORG}"
)
# A company that answers the phone or calls, said by its own people: "Hier ist X.", "X hier, ich …", "this is X,".
# Only names a company's form gives away ("Autohaus …", "…soft", a legal form): "hier ist Jana" is a person.
_FIRM_HERE = re.compile(
    rf"\b(?i:hier ist|hier spricht|this is|it['’]?s|you['’]ve reached|sie sprechen mit)\s+(?:(?i:die|der|das|the)\s+)?"
    rf"{_ORG}\s*[,.!;–—]"
    rf"|(?:^|[.!?,]\s+){_ORG_TAIL}\s+(?i:hier|here)\s*[,.!;–—]"
)
# Answering the call with the company's name: "Ja, grüß Gott, Brauerei X.", "Klinikum X, ich bin hier mit …".
_ANSWER = re.compile(
    r"^(?:(?i:ja|yes|hallo|hello|hi|genau|guten (?:tag|morgen|abend)|grüß gott|servus|moin|morning|good morning)"
    rf"[,!.]?\s+)*{_ORG}\s*(?:[.!]?$|,\s+(?i:ich bin|wir sind|I['’]m|I am|we are|we['’]re)\b)"
)
# A company's phone greeting, its department between: "X, Vertrieb, Sie sprechen mit Nils Brambach".
_PHONE_GREETING = re.compile(
    rf"^{_ORG},\s+(?:[\w-]+,\s+)?(?i:sie sprechen mit|you['’]re speaking (?:to|with)|you are speaking (?:to|with))\b"
)
_ANSWER_TURNS = 4
# The other side's people greeted as one: "welcome everyone from X", "hallo an alle von X".
_ALL_FROM = re.compile(
    rf"\b(?i:everyone|everybody|all of you|you all|the team|alle|allen|euch alle|Sie alle)\s+(?i:from|at|von|vom|bei)\s+"
    rf"(?:(?i:the|der|dem|den)\s+)?{_ORG}"
)
# The host welcomes the audience's organisation: "willkommen zu unserer Demo für die Häuser der X", "welcome,
# team of X". Greedy: the last organisation of the sentence is the audience's.
_WELCOME = re.compile(
    rf"\b(?i:willkommen|welcome)\b[^.!?]{{0,80}}\b(?i:der|des|für|for|of|from|von|bei|at)\s+(?:(?i:the|die|den|dem)\s+)?{_ORG}"
)
# A consultant who speaks for the buyer names the client: "we're advising X on …", "wir begleiten die X bei …".
_ADVISED = re.compile(
    rf"\b(?i:we(?:['’]re| are)? (?:advising|advise|supporting|representing|acting for)|on behalf of|for our client|"
    rf"wir (?:begleiten|beraten|vertreten|unterstützen)|im auftrag (?:von|der|des)|unser(?:e|em|en)? mandant\w*|"
    # the client's IT service provider: "wir betreuen die komplette IT der X", "we run the network for X"
    rf"wir (?:betreuen|machen|verantworten) (?:die|das|den) (?:\w+ )?(?:IT|EDV|Technik|Netzwerk|Infrastruktur|Systeme)"
    rf" (?:der|des|von|vom|für)|"
    rf"we (?:run|manage|look after|support) (?:the )?(?:\w+ )?(?:IT|network|infrastructure|systems) (?:for|of|at))\s+"
    rf"(?:(?i:the|die|den|der|das|dem)\s+)?{_ORG}"
)
# A distributor's rep names the maker whose product they sell: "we distribute X", "wir vertreiben X".
_DISTRIBUTED = re.compile(
    rf"\b(?i:we (?:distribute|resell)|we['’]re (?:the |a )?(?:distributor|reseller|dealer) (?:of|for)|"
    rf"wir (?:vertreiben|sind (?:der |ein )?(?:vertriebspartner|händler|distributor) (?:von|für)))\s+"
    rf"(?:(?i:the|die|den|der|das)\s+)?{_ORG}"
)
# The maker's person brought along by its distributor: "die Frau X vom Hersteller", "Hannah from the manufacturer".
_MAKER = re.compile(
    r"(?P<who>[A-ZÄÖÜ][\w'’-]+)\s+(?i:vom hersteller|von der herstellerseite|from the manufacturer|from the vendor)\b"
)
# The other side's company, said to them as theirs: "Sie haben die Gärtnerei X, oder?", "you run X, right?"
_YOURS = re.compile(
    rf"\b(?:Sie (?:haben|leiten|führen|sind)|ihr (?:habt|seid)|(?i:you (?:run|own|have|are)|you['’]re))\s+"
    rf"(?:(?i:die|den|das|der|the)\s+)?{_ORG}\s*(?:,\s*(?i:oder|right|richtig|nicht wahr|gell|ne|correct|yes)\b|\?)"
)


_EN_TOPIC = re.compile(r"[A-Z][a-z]+(?:ing|ment|tion|sion|ness|ity|ics)s?")
# In the seller's notes: "We pitched X", "I demoed X to …", "Wir haben X vorgestellt".
_NOTES_PITCHED = re.compile(
    rf"(?:\b(?i:we|I)\s+|^[ \t]*[-*•][ \t]*)(?i:pitched|presented|demoed|demonstrated|introduced)\s+"
    rf"(?:(?i:them|him|her)\s+)?{_ORG}"
    rf"|\b(?i:wir|ich)\s+(?i:haben|hatten|habe|hab)\s+(?:(?i:ihnen|ihm|ihr)\s+)?{_ORG_TAIL}\s+"
    rf"(?i:vorgestellt|gezeigt|präsentiert|demonstriert)\b",
    re.MULTILINE,
)


# A department of a company, not a company: "Operational Risk", "Internal Audit", "Personalabteilung".
_DEPARTMENT = re.compile(
    r"(?i)^(?:[\w-]+\s+)?(?:risk|compliance|audit|legal|procurement|purchasing|controlling|treasury|accounting|"
    r"internal audit|human resources|customer success|einkauf|buchhaltung|personalabteilung|rechtsabteilung|"
    r"revision|it-abteilung|finanzabteilung|datenschutz|data protection|privacy|marketing|vertrieb|sales|"
    r"geschäftsführung|geschäftsleitung|management|vorstand|betriebsrat|works council|personal|hr|it|"
    r"legal office|legal team|legal department|rechtsamt|office|department|abteilung)$"
)
# A plural noun is a kind of party, no company: "bei NDAs", "bei Filialisten machen wir …", "for KPIs"
_PLURAL_NOUN = re.compile(r"[A-Z]{2,}s|[A-ZÄÖÜ][a-zäöüß]{3,}(?:isten|anten|enten|ierer)")


def _bracket_company(role: str, text: str, names: set[str], firsts: frozenset[str]) -> bool:
    """Return True when a person's 'role' is one capitalised name, no job, that the text says again elsewhere."""
    return (
        bool(re.fullmatch(rf"[{UPPER}][\w&'’-]+", role))
        and not ROLE_WORD.search(role)
        and _plausible(role, names, firsts)
        and len(re.findall(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text)) >= 2
    )


def _asked(text: str, at: int) -> bool:
    """Return True when the sentence that runs on from a position ends in a question mark."""
    end = re.search(r"[.!?](?=\s|$)", text[at:])
    return bool(end) and end.group(0) == "?"


# A compound of ordinary words ("Buy-now-pay-later", "Self-service") is a kind of thing, not a company's name.
_LOWER_COMPOUND = re.compile(r"\w+(?:-[a-zäöüß]\w*)+")


_PERSON_TITLE = re.compile(r"(?:Herrn?|Frau|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s")


def _plausible(org: str, names: set[str], firsts: frozenset[str] = frozenset()) -> bool:
    """Return True for a company name, not a pronoun, an ordinary word or a person's name.

    A family firm may carry a participant's surname ("Raab Kunststofftechnik"): a surname followed by words that
    are nobody's name is a company; a first name, or only names, is a person.
    """
    words = org.split()
    first = words[0] if words else ""
    if not first or _STOP.match(org) or is_common_word(first) or _DEPARTMENT.search(org):
        return False
    if _PERSON_TITLE.match(org):
        return False  # "der verlängerte Arm von Frau Albrecht": a person, never a company
    if _LOWER_COMPOUND.fullmatch(first) or (len(words) == 1 and _PLURAL_NOUN.fullmatch(first)):
        return False
    if first in names:
        return len(words) > 1 and first not in firsts and not all(w in names for w in words)
    return True


# A company that works with the seller on the deal (an implementation partner, a reseller) is neither the
# seller's own company nor the customer's: "X Consulting, unserem Partner", "our implementation partner X",
# "partner: X" in a record.
_PARTNER_WORD = r"(?:(?i:[\w-]*partner\w*|reseller|integrator|subcontractor|subunternehmer))"
_PARTNER = re.compile(
    rf"{_ORG},?\s+(?i:unsere[mnr]?|our|unser)\s+(?:[\w-]+\s+)?{_PARTNER_WORD}\b"
    rf"|\b(?i:unsere[mnr]?|our|unser)\s+(?:[\w-]+\s+)?{_PARTNER_WORD}\s*,?\s+{_ORG.replace('?P<org>', '?P<org2>')}"
    rf"|^[ \t]*(?i:partner|implementation[ _]partner|umsetzungspartner|reseller)[ \t]*:[ \t]*"
    rf"{_ORG.replace('?P<org>', '?P<org3>')}",
    re.MULTILINE,
)


@lru_cache(maxsize=8)
def partner_companies(text: str) -> tuple[str, ...]:
    """Return the companies a text names as the seller's partner on the deal ('X, unserem Partner')."""
    out = []
    for m in _PARTNER.finditer(text):
        org, _ = _org_of(m)
        if org and not _STOP.match(org):
            out.append(org)
    return tuple(out)  # cached: one parse asks three times for the same text


_ARTICLE = re.compile(r"(?i)\b(?:der|den|dem|die|das|des|im|beim|vom|zum|zur|the)\s+$")


def _org_of(m: re.Match[str]) -> tuple[str, int]:
    """Return the organisation a pattern's match names and where it starts."""
    for key, value in m.groupdict().items():
        if key.startswith("org") and value:
            return _clean(value), m.start(key)
    return "", m.start()


def _noun_after_article(m: re.Match[str], org: str) -> bool:
    """Return True for one ordinary word after an article ("wir bei der Re-Inspektion", "im Bauamt"): no company."""
    if len(org.split()) > 1 or is_org_word(org):
        return False
    _, start = _org_of(m)
    return bool(_ARTICLE.search(m.string[m.start() : start]))


def _weak_ok(org: str, text: str, english_question: bool) -> bool:
    """Return True when a weakly cued name is a company: several words, an organisation word, or one name that
    recurs (or is asked about in English: "… at Northmere?")."""
    if len(org.split()) > 1 or is_org_word(org.split()[0]) or company_shaped(org):
        return True
    return text.count(org) >= 2 or english_question


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

# A name in quotation marks is a project's or a product's ("Clearwater", „Phoenix“), not a company's.
_QUOTED = re.compile(r"[\"„“”«»]([^\"„“”«»\n]{2,40})[\"“”«»]")


def companies(
    text: str, turns: list[Turn], participants: list[Participant], seller_company: str | None
) -> tuple[str | None, str | None]:
    """Return (the seller's company, the customer's company) from participants, first-person mentions and the title."""
    votes: dict[str, Counter[str]] = {"seller": Counter(), "customer": Counter()}
    names = {w for p in participants for w in p.name.split()}
    firsts = frozenset(p.name.split()[0] for p in participants if len(p.name.split()) > 1)
    for p in participants:
        if (
            p.organisation
            and p.side in votes
            and not _DEPARTMENT.search(p.organisation)
            and company_key(p.organisation)  # "(our SE)": a legal form alone names no company
        ):
            votes[p.side][p.organisation] += 3
        elif p.side in votes and (org := domain_organisation(p.email)):
            votes[p.side][org] += 1  # no organisation said: the e-mail domain names it
        elif p.side in votes and p.role and _bracket_company(p.role, text, names, firsts):
            votes[p.side][p.role] += 1  # "Timo Reuter (Billora)": a bracket read as a job names the company
    for n, t in enumerate(turns):
        if t.side not in votes:
            continue
        early = n < _INTRO_TURNS  # people introduce themselves and their companies early in a call
        sentences = _SENTENCE_END.split(t.text)
        for sentence in sentences:
            if _FIRST_PERSON.search(sentence):
                for m in _OWN.finditer(sentence):
                    org = _clean(m.group("org"))
                    if _plausible(org, names, firsts) and not _noun_after_article(m, org):
                        votes[t.side][org] += 2
        speaker_words = [w for w in (t.speaker or "").split() if len(w) >= 2 and not w[:1].isdigit()]
        if early and (not speaker_words or GENERIC.match(t.speaker or "")):
            # "Speaker 2: Wiebke Thalmann, Wohnbau X.": the name the voice gives itself
            speaker_words = [w for n in self_names(t.text[:400]) for w in n.split()]
        if early and speaker_words:
            name = "(?:" + "|".join(re.escape(w) for w in speaker_words) + r")(?:\s+[\w'’-]+)?"
            name_from, name_comma = _speaker_patterns(name)
            for m in name_from.finditer(t.text[:400]):
                org = _clean(m.group("org"))
                if _plausible(org, names, firsts):
                    votes[t.side][org] += 2
            for m in name_comma.finditer(t.text[:400]):
                org = _clean(m.group("org"))
                if (
                    (company_shaped(org) or len(org.split()) > 1)
                    and not ROLE_WORD.search(org)
                    and _plausible(org, names, firsts)
                ):
                    votes[t.side][org] += 2
        for sentence in sentences if early else ():
            for m in _PEOPLE_FROM.finditer(sentence):
                org = _clean(m.group("org"))
                who = {w for w in re.split(r"\s*(?:,|\band\b|\bund\b|&)\s*", m.group("who")) if w}
                sides = {
                    p.side for p in participants if p.side in votes and any(w in p.name.split() for w in who)
                }
                if len(sides) == 1 and _plausible(org, names, firsts):
                    votes[sides.pop()][org] += 1
        if t.side == "seller" and early:
            for m in _PRESENTS.finditer(t.text):
                org = _clean(next((g for g in m.groups() if g), ""))
                # a sentence-initial noun is no company; a company recurs (or is said with "wir")
                weak = bool(re.search(r"(?i)\s(?:is|ist)\s+\w+$", m.group(0)))  # any noun "is a …"
                recurs = not weak or text.count(org) >= 2
                if _plausible(org, names, firsts) and not _title_word(org) and recurs:
                    # "X builds … for cafés, right?" is asked about the other side ("hier ist X, wir …?" is not)
                    asked = bool(m.group("org")) and _asked(t.text, m.end())
                    votes["customer" if asked else "seller"][org] += 1
        other = "customer" if t.side == "seller" else "seller"
        own_name = [w for w in (t.speaker or "").split() if len(w) >= 3]
        patterns = [
            (p, side, weight)
            for p, side, weight in (
                (_OWN_AFTER, t.side, 2),
                (_OFFER_WITH, t.side, 1),
                (_THEIRS, other, 1),
                (_THEIRS_STRONG if early and t.side == "seller" else None, other, 1),
                (_ABOUT_THEM if early else None, other, 1),
                (_OURS_SAID if early and t.side == "seller" else None, t.side, 1),
                (_ROLE_AT if early else None, t.side, 2),  # only about oneself: see below
                (_WE_ARE if early else None, t.side, 2),
                (_ABOUT_US if early else None, t.side, 2),
                (_HERE, t.side, 1),
                (_OWN_AT if early else None, t.side, 1),
                (_THIS_IS if early else None, t.side, 2),
                (_FIRM_HERE if early else None, t.side, 2),
                (_ANSWER if n < _ANSWER_TURNS else None, t.side, 2),
                (_PHONE_GREETING if n < _ANSWER_TURNS else None, t.side, 2),
                (_YOURS if early else None, other, 2),
                (_ALL_FROM if early else None, other, 2),
                (_WELCOME if n < _ANSWER_TURNS else None, other, 4),
            )
            if p is not None
        ]
        for sentence in sentences:
            about_self = False
            if early:
                about_self = bool(_FIRST_SINGULAR.search(sentence)) or any(w in sentence for w in own_name)
                if not about_self and ", " in sentence and _ROLE_AT.search(sentence):
                    about_self = bool(self_names(sentence))  # "Doris Feilner, Leitung X für den Y."
            for pattern, side, weight in patterns:
                if pattern is _ROLE_AT and not about_self:
                    continue
                for m in pattern.finditer(sentence):
                    org, _ = _org_of(m)
                    if pattern in (_FIRM_HERE, _YOURS, _ANSWER) and not company_shaped(org):
                        continue
                    if pattern is _WELCOME and len(org.split()) < 2 and not company_shaped(org):
                        continue  # "willkommen zu unserer Demo für Einsteiger": no organisation
                    # "wir sind Mittelstand": one word after "we are" is a company only when it recurs
                    weak = pattern in (_HERE, _THEIRS, _OWN_AT) or (pattern is _WE_ARE and " " not in org)
                    if weak and re.match(r"(?i)f(?:or|ür)\s", m.group(0)) and len(org.split()) < 2:
                        continue  # "budget for Phoenix?": one word after "for" is as often a project
                    english_question = pattern is _THEIRS and bool(re.match(r"(?i)at\s", m.group(0)))
                    if (
                        _plausible(org, names, firsts)
                        and not _noun_after_article(m, org)
                        and (not weak or _weak_ok(org, text, english_question))
                    ):
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
            # "X builds POS software for cafés, right?": asked back about the other side, not a pitch of one's own
            votes["customer" if _asked(t.text, m.end()) else "seller"][org] += 1
    if not turns:
        # notes and records are the seller's own: what "we pitched" is ours ("We pitched Framewise Archive: …")
        for m in _NOTES_PITCHED.finditer(text):
            org, _ = _org_of(m)
            if (
                _plausible(org, names, firsts)
                and not _noun_after_article(m, org)
                and not _title_word(org)
                and not _TOPIC.fullmatch(org)
                and not _EN_TOPIC.fullmatch(org)  # "I demoed Reporting": a module, no company
            ):
                votes["seller"][org] += 1
    _client_and_maker(turns, participants, votes, names, firsts)
    quoted = {q.strip() for q in _QUOTED.findall(text)}
    partners = partner_companies(text)
    for side_votes in votes.values():
        for org in [o for o in side_votes if o in quoted]:
            del side_votes[org]  # a project's or product's name
        for org in [o for o in side_votes if any(same_company(o, p) for p in partners)]:
            del side_votes[org]  # the seller's partner on the deal: neither side's own company
    seller = seller_company or _top(votes["seller"], votes["customer"], text)
    customer = _top(votes["customer"], votes["seller"], text, exclude=seller)
    titled = [_spelt_out(c, text) for c in title_companies(text)]
    if len(titled) == 1:  # "Cold call – Harrow Hill": the one company of the title is the other side's
        if (
            not customer
            and not same_company(titled[0], seller)
            and (seller or not _a_participant(titled[0], names))
        ):
            customer = titled[0]  # the account the call is about, also when the seller's company is unsaid
        titled = []
    if len(titled) == 2 and customer and seller and not any(same_company(c, seller) for c in titled):
        if (
            sum(same_company(c, customer) for c in titled) == 1
            and not seller_company
            and (
                (len(seller.split()) == 1 and not company_shaped(seller))
                or _RESELLER_NAME.search(seller)  # the reseller's own firm leads the call for the maker
            )
        ):
            # "A / B – Erstgespräch" names both parties: the seller is the other one, not a word said in passing
            seller = next(c for c in titled if not same_company(c, customer))
    if len(titled) == 2 and customer and not any(same_company(c, customer) for c in titled):
        if not seller or any(same_company(c, seller) for c in titled):
            customer = None  # "A / B" names both parties: a passing mention ("in Binz und Sellin?") does not outweigh it
    if titled:
        if seller and not customer:
            customer = next((c for c in titled if not same_company(c, seller)), None)
            if (
                len(titled) == 2
                and customer
                and not seller_company
                and _RESELLER_NAME.search(seller)
                and not any(same_company(c, seller) for c in titled)
            ):
                seller = next(c for c in titled if c != customer)  # the maker a reseller's firm sells for
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
            elif (
                len(titled) == 2
                and _PAIR.search(text.lstrip().split("\n", 1)[0])
                and len(said := [c for c in titled if _said_by(c, turns, "customer")]) == 1
                and (company_shaped(said[0]) or len(said[0].split()) > 1)
            ):
                customer = said[0]  # "der Einkaufsverbund X will …": the buyer names its own organisation
                seller = next(c for c in titled if c != customer)
            elif len(titled) == 2 and len(vendors := [c for c in titled if _VENDOR_NAME.search(c)]) == 1:
                seller = vendors[
                    0
                ]  # "Pflegewerk Digital / Seniorenzentrum X": the vendor's name says software
                customer = next(c for c in titled if c != seller)
            elif len(titled) == 2 and len(buyers := [c for c in titled if _INSTITUTION.search(c)]) == 1:
                customer = buyers[
                    0
                ]  # "X / Verlagsgruppe Y": a publisher, a hospital, a utility buys, not sells
                seller = next(c for c in titled if c != customer)
    for c in title_companies(text) if customer or seller else ():
        # "head of nursing for Penrowan" beside the title's "Penrowan Care Partners": the title's full name
        if customer and _extends(c, customer) and not same_company(c, seller):
            customer = c
        elif seller and _extends(c, seller) and not same_company(c, customer):
            seller = c
    if not customer:
        account = title_account(text, names)
        if account and not same_company(account, seller):
            customer = account
    return seller, customer


# An organisation whose name says what it is, a buyer of software rather than its maker: a publisher, a hospital,
# a utility, a law firm, a town.
_INSTITUTION = re.compile(
    r"(?i)\b\w*(?:verlag|klinikum|klinik|krankenhaus|stadtwerke|kanzlei|sparkasse|versicherung|hochschule|"
    r"universität|landratsamt|gemeinde|modehaus|autohaus|bäckerei|brauerei|spital)\w*\b"
    r"|\b(?:hospital|university|council|publishing|publishers|law firm|college|school)\b"
)


# A reseller's or distributor's firm, which sells the maker's product: "X Distribution", "Y Partner Süd".
_RESELLER_NAME = re.compile(r"(?i)\b(?:distribution|distributors?|resellers?|vertriebspartner|partners?)\b")


def _firm_of(participants: list[Participant], who: str | None) -> str | None:
    """Return the company written beside a participant (a full name, or one word of it), if any."""
    key = (who or "").casefold()
    for p in participants:
        if key and (p.name.casefold() == key or key in p.name.casefold().split()):
            if p.organisation:
                return p.organisation
            if (
                p.role
                and company_shaped(p.role)
                and (_LEGAL_FORM.search(p.role) or not ROLE_WORD.search(p.role))
            ):
                return p.role  # "Nele Gratzl (Vitrax Medizintechnik AG)": a bracket read as a job
    return None


# Words one of those sentences holds (a cheap test before the patterns)
_CLIENT_CUES = (
    "advis",
    "support",
    "represent",
    "acting for",
    "behalf",
    "client",
    "begleit",
    "berat",
    "betreu",
    "look after",
    "we run",
    "we manage",
    "machen die",
    "verantworten",
    "vertret",
    "unterstütz",
    "auftrag",
    "mandant",
    "distribut",
    "resell",
    "dealer",
    "vertreib",
    "händler",
    "hersteller",
    "manufacturer",
    "vendor",
)


def _client_and_maker(
    turns: list[Turn],
    participants: list[Participant],
    votes: dict[str, Counter[str]],
    names: set[str],
    firsts: frozenset[str],
) -> None:
    """Count the client a consultant speaks for and the maker a distributor sells, above the speakers' own firms.

    "Lena von X, wir begleiten die Y bei …": Y buys, X advises; "I'm Owen with X, we distribute Y": Y sells, X is
    its distributor; "ich hab die Frau Z vom Hersteller dabei": Z's company is the seller.
    """
    for t in turns[:_INTRO_TURNS]:
        if t.side not in votes or not any(cue in t.text.casefold() for cue in _CLIENT_CUES):
            continue
        found: list[tuple[str, str]] = []
        for pattern, side in ((_ADVISED, "customer"), (_DISTRIBUTED, "seller")):
            for m in pattern.finditer(t.text):
                org = _clean(m.group("org"))
                if side == ("customer" if t.side == "customer" else "seller") and _plausible(
                    org, names, firsts
                ):
                    found.append((side, org))
        for m in _MAKER.finditer(t.text):
            org = _firm_of(participants, m.group("who"))
            if org and t.side == "seller":
                found.append(("seller", org))
        own = _firm_of(participants, t.speaker)
        for side, org in found:
            votes[side][org] += 5
            for other in list(votes[side]):
                if own and same_company(other, own) and not same_company(other, org):
                    del votes[side][other]  # the adviser's or the distributor's own firm


# Words in a vendor's name, when nothing else tells which of two companies sells: "… Software", "… Cloud".
_VENDOR_NAME = re.compile(
    r"(?i)\b(?:software|systems|systeme|digital|cloud|analytics|technologies|technology|solutions|saas|labs|robotics|"
    r"automation|data|"
    r"informatik|it-services|apps?)\b"
)


def _extends(full: str, short: str) -> bool:
    """Return True when a name is a short form of a longer one: its words open it ('Penrowan' of 'Penrowan Care')."""
    a, b = company_key(full).split(), company_key(short).split()
    return len(a) > len(b) > 0 and a[: len(b)] == b


def _said_by(org: str, turns: list[Turn], side: str) -> bool:
    """Return True when the turns of one side name a company and those of the other side never do."""
    other = "seller" if side == "customer" else "customer"
    return any(org in t.text for t in turns if t.side == side) and not any(
        org in t.text for t in turns if t.side == other
    )


def _a_participant(title_name: str, names: set[str]) -> bool:
    """Return True when a title's name may be a person of the text ("Call with Tamsin Oakley" beside "Ms Oakley")."""
    return (
        is_name(title_name) and not company_shaped(title_name) and any(w in names for w in title_name.split())
    )


def _carries_name(org: str, participants: list[Participant], side: str) -> bool:
    """Return True when a company's name holds a surname of a participant on that side.

    A person named by the surname alone ("Herr Zeppenfeld", "our MD Mr Ravensholt") lends it too, when it is long enough.
    """
    words = {w.casefold() for w in re.split(r"[\s-]+", org) if len(w) >= 3}
    return any(w.casefold() in words for p in participants if p.side == side for w in _surnames(p.name))


def _surnames(name: str) -> list[str]:
    """Return the words of a person's name after the first (a surname alone counts when five letters or more)."""
    parts = re.split(r"[\s-]+", name)
    return [w for w in parts[1:] if len(w) >= 3] if len(parts) > 1 else [w for w in parts if len(w) >= 5]


def _top(mine: Counter[str], theirs: Counter[str], text: str, exclude: str | None = None) -> str | None:
    """Return the organisation with the most votes on one side (ties: the one the text names most often)."""
    ranked = [
        (n - theirs.get(org, 0), text.count(org), org)
        for org, n in mine.items()
        if n > theirs.get(org, 0) and not (exclude and same_company(org, exclude))
    ]
    return max(ranked)[2] if ranked else None
