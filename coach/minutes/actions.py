"""Action items in every usual form, from the whole notes: one item per task, owner resolved, due date resolved.

Forms: to-do sections and "Nächste Schritte" lists; `AI:`/`AP:`/`TODO`/`Action:` labels; `- [ ]` checkboxes;
`Owner: … Due: …` lines; tables (`Wer | Was | Bis wann`, `Owner | Action | Due`); `X -> task`, `X: task`,
`task – X – due`; and prose anywhere ("<name> will …", "<name> to …", "I'll …", "<Name> schickt … bis Freitag",
"Ich schicke …"). The owner is a participant (full name), the speaker or author for "I"/"ich", or a role/team
as written ("IT", "Einkauf"); the due date is resolved against the meeting date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

from coach.minutes.models import ActionItem
from coach.minutes.owners import by_handle, full_owner, writer
from coach.minutes.patterns import action_sentences
from coach.text.dates import has_due_phrase, resolve_due
from coach.text.lines import Line, heading
from coach.text.model import Participant
from coach.text.names import PARTICLE, TOKEN, UPPER, is_name
from coach.text.people import People

_LABEL = re.compile(
    # a tag in square brackets ('[ACTION] @j.doe …', '[TODO] …') or a label word
    r"^(?:\[\s*(?:action(?:\s+items?)?|to-?\s?dos?|ai|ap|task|aufgabe|aktion|follow-?up)\s*\]\s*[:.-]?\s*(?=\S)|"
    r"(?:to-?\s?dos?|todos?|aufgaben|action items?|action points|next steps|nächste schritte|follow-?ups?|vereinbart|"
    r"weitere schritte|maßnahmen|massnahmen|agreed actions|vereinbarungen|tasks|(?:ai|ap|action)[-\s]?\d{1,3}|"
    r"actions?|ais?|aps?|a\.i\.|"
    r"action|aktion|(?:was|what)\s+(?:wir|we)\s+(?:vereinbart|agreed)(?:\s+haben)?)\s*[:.-]?\s+)",
    re.IGNORECASE,
)
# a label alone on its line, with the to-dos as bullets below it ("AP:", "TODO", "Action items:")
_BARE_LABEL = re.compile(
    r"(?:to-?\s?dos?|todos?|aufgaben|action items?|action points|next steps|nächste schritte|tasks|actions?|ais?|"
    r"aps?|a\.i\.|maßnahmen|massnahmen)\s*:?",
    re.IGNORECASE,
)
_CHECKBOX = re.compile(r"^\s*(?:\[\s*[xX ]?\s*\]|[☐☑☒])\s*")  # '- [ ] …', a Notion page's '☐ …'
_DONE_BOX = re.compile(r"^\s*(?:\[\s*[xX✓✔]\s*\]|[☑☒])\s*")  # a ticked box: done, not open
_OWNER_DUE = re.compile(
    r"^\s*(?:owner|verantwortlich|wer)\s*:\s*(?P<owner>[^—–|;]+?)(?:\s*[—–|;-]+\s*|\s+(?=(?i:due|fällig|bis)\s*:))"
    r"(?:due|fällig|bis wann|bis)\s*:\s*(?P<due>[^—–|;]*?)(?:\s*[—–|;-]+\s*|\s{3,}|\t+)(?P<task>.+)$",
    re.IGNORECASE,
)
# 'Owner: Name – task' (no due date)
_OWNER_TASK = re.compile(
    r"^\s*(?:owner|verantwortlich|wer)\s*:\s*(?P<owner>[^—–|;:]{2,40}?)\s+[—–|-]+\s+(?P<task>.+)$",
    re.IGNORECASE,
)
# an item's own number or id before it: '4.2 –', 'AI-27-41', '3/04 -', '(b)'
_ITEM_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2}){1,2}|[A-Z]{1,3}-\d{1,4}(?:-\d{1,4})*[a-h]?|\d{1,2}/\d{1,2}|\(?[a-h]\)|"
    r"(?-i:A\d{1,2}|\d{1,2}[a-h])(?=\s))\s*[–—:.)-]?\s+"
)  # also 'A1  Clerk to …', '5b Vice Principal to …' (a board's action numbers)
# fields after the task: 'Provide the test report. Owner: Name. Due: 17/06/2027', '… – Owner: X – Due: end of next week'
_FIELD_AFTER = re.compile(
    r"(?:[.;,|–—-]\s*|\s{2,}|\s)(?P<key>owner|verantwortlich|responsible|zuständig|due|fällig|deadline|frist)\s*:\s*",
    re.IGNORECASE,
)
# 'Owner: Yuki   Due: Wed   -> send the template', 'Owner: Bridget -> let us know …'
_OWNER_ARROW = re.compile(
    r"^\s*(?:owner|verantwortlich|wer|who)\s*:\s*(?P<owner>[^:>→]+?)\s+(?:(?:due|fällig|bis wann|by)\s*:\s*"
    r"(?P<due>[^>→]*?)\s*)?(?:->|→|=>)\s*(?P<task>.+)$",
    re.IGNORECASE,
)
_ARROW = re.compile(r"^(?P<owner>[^:>→]{1,40}?)\s*(?:->|→|=>)\s*(?P<task>.+)$")
# the owner after the task: 'Referenzliste (zwei Kunden) -> ich', 'book the room -> me, Friday'
_ARROW_AFTER = re.compile(
    r"^(?P<task>.{3,}?)\s*(?:->|→|=>)\s*(?P<owner>(?i:ich|me|mir|myself)|(?:(?:Hr|Fr|Herr|Frau|Mr|Ms|Dr)\.?\s+)?"
    r"[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*)?)\s*(?:,\s*(?P<due>[^>→]{1,40}))?\s*$"
)
_COLON = re.compile(r"^(?P<owner>[^:]{1,40}?)\s*:\s+(?P<task>.+)$")
# a chat handle before the task: '@j.kowalski prepare the list', '@anna: send the deck'
_AT_OWNER = re.compile(r"^@(?P<who>[\w.-]*\w)[:,]?\s+(?P<task>\S.+)$")
# a first name's initial before a surname: 'L. Hallmeier to …' when two participants share the surname
_INITIAL = rf"(?:[{UPPER}]\.\s?)"
# a team named by a word and its kind of unit: 'Payroll team', 'Business office', 'ICT Section'
_TEAM_PHRASE = (
    r"(?:[A-ZÄÖÜ][\w&/'’-]*\s+){1,2}(?i:team|office|section|department|dept\.?|unit|desk|service desk|services|"
    r"infrastructure|leads|committee|abteilung|stelle|referat)"
)
# role words before a surname as a sentence's subject: 'Acting Finance Director Imrie to …', 'GM Tarrant will …'
_ROLE_NAME = (
    r"(?:(?:Acting|Interim|Deputy)\s+)?(?:[A-Z][\w&/-]*\s+){0,2}(?:Manager|Director|Officer|Clerk|Secretary|"
    rf"Treasurer|Superintendent|Controller|GM|CEO|CFO|CIO|CTO|COO|CISO|DPO|VP)\s+{TOKEN}(?=\s)"
)
_TO = re.compile(
    rf"^(?P<owner>{_TEAM_PHRASE}|(?:(?:Dr|Mr|Ms|Mrs|Hr|Fr|Herr|Frau)\.?\s+)?{_INITIAL}?{TOKEN}(?:\s+{TOKEN}){{0,2}}|[A-Z]{{2,5}}|"
    r"[A-Z]{1,2}['’][A-Z]|[A-Z][a-z]{1,2}[A-Z]|I|We|we)\s+"
    r"(?:will|'ll|to|is to|are to|shall|is going to|are going to|agreed to|offered to|promised to|will also|"
    r"needs to|has to|must|wird|werden|soll|sollen)\s+(?!be\s)(?P<task>.+)$"  # 'DPIA to be completed': passive
)
_DASH = re.compile(r"\s+[–—-]\s+|\s+\|\s+")
_HELPER_BEFORE = re.compile(
    r"(?:\b(mit|with|für|for|an|to|bei|von|from|und|and|cc|via|über|at)|\bw/)\s*(?<=\s|/)"
    r"(?:(?:Hr|Fr|Herrn?|Frau|Mr|Ms|Mrs|Dr)\.?\s+)?$",
    re.IGNORECASE,
)
_SELF = re.compile(r"^\s*(?:ich|i|me|myself|mir)\b", re.IGNORECASE)
_TRAILING_CONNECTOR = re.compile(
    r"(?:[,–—-]\s*)?\b(?:(?:due|fällig|deadline|frist|target|termin)(?:\s+(?:by|on|am|bis|zum))?|"
    r"bis|by|until|till|on|for|am|zum|vor|before|spätestens|within|in)?\s*:?\s*$",
    re.IGNORECASE,
)
_ROLE_OWNER = re.compile(
    r"^(?:IT|EDV|Legal|Recht|Rechtsabteilung|Einkauf|Procurement|Purchasing|Finance|Finanzen|Controlling|"
    r"Compliance|HR|Personal|Personalabteilung|Marketing|Vertrieb|Sales|Support|Ops|Operations|Facilities|"
    r"Maintenance|Instandhaltung|Buchhaltung|Accounting|Security|Datenschutz|DSB|Betriebsrat|Geschäftsführung|"
    r"Management|Board|Vorstand|PMO|Projektteam|Team|Customer Success|CS|Delivery|Onboarding|Legal team|"
    r"Revision|Innenrevision|Internal Audit|Audit|Sekretariat|Secretariat|Rechtsabteilung|Vergabestelle|"
    r"Verwaltung|Rechenzentrum|Netzbetrieb|Kämmerei|Innenrevision|Service|Kundendienst|"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:amt|abteilung|team|stelle|beauftragte[rn]?|betrieb|zentrum|verwaltung|referat|dezernat|"
    r"dienst|datenschutz|einkauf|service|leitung))"
    r"(?:-[A-ZÄÖÜ][\wäöüß]+)?(?=[^\w-]|$)",  # 'IT-Betrieb' is the owner as written, not 'IT'
    re.IGNORECASE,
)
# Prose: a subject at the start of a sentence, then a commitment.
# a team written in lower case as the subject: 'procurement will raise the PO', 'legal to review'
_TEAM_WORDS = (
    r"[Pp]rocurement|[Pp]urchasing|[Ff]inance|[Ll]egal|[Cc]ompliance|[Ss]ecurity|[Mm]arketing|[Oo]perations|"
    r"[Ff]acilities|[Mm]aintenance|[Aa]ccounting|[Ee]inkauf|[Bb]uchhaltung|[Cc]ontrolling"
)
_EN_COMMIT = re.compile(
    r"^(?:(?i:also|and|then|so|ok(?:ay)?|great|sure|yes|yeah|yep|right|fine|perfect|alright|good|cool|absolutely|"
    r"of course|fair enough|understood|noted|thanks),?\s+|[^,.;:]{3,30},\s+)*"
    rf"(?P<subj>{_ROLE_NAME}|(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
    rf"(?:[A-Z]{{2,4}}\s+)?{_INITIAL}?{TOKEN}(?:\s+{TOKEN}){{0,2}}|{_TEAM_PHRASE}|I|we|We|[A-Z]{{2,5}}|our\s+\w+|the\s+\w+(?:\s+team)?|{_TEAM_WORDS})"
    r"(?:\s*['’]ll|\s*['’]s going to|\s+(?:will|shall|is going to|are going to|agreed to|offered to|promised to|"
    r"committed to|undertook to|is to|are to|to))\s+(?!be\b|have been\b|not\b)(?P<rest>\w.+)$"
)
_EN_PRESENT = re.compile(
    r"^(?:(?i:also|and|then),?\s+)*(?P<subj>(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
    rf"{_INITIAL}?{TOKEN}(?:\s+{TOKEN}){{0,2}})\s+"
    r"(?P<verb>sends|books|schedules|prepares|checks|shares|sets up|follows up|reviews|drafts|delivers|provides|"
    r"organi[sz]es|arranges|confirms|updates|signs|hands over|circulates|coordinates|contacts|calls|emails|e-mails|"
    r"returns|uploads|creates|writes|owns|takes|clarifies|gets|asks|invites|submits|raises|files|informs|issues|"
    r"books|runs|tests|loops in|introduces|forwards|finali[sz]es|compiles|collects|looks into|investigates)\b"
    r"(?P<rest>.+)$"
)
_DE_VERBS = (
    r"schickt|schicke|schick|sendet|sende|send|übersendet|übermittelt|klärt|kläre|prüft|prüfe|liefert|liefere|"
    r"erstellt|erstelle|bereitet|bereite|richtet|richte|stellt|stelle|übernimmt|übernehme|organisiert|organisiere|"
    r"plant|plane|meldet|melde|kümmert|kümmere|gibt|gebe|nimmt|nehme|sammelt|sammle|informiert|informiere|"
    r"terminiert|lädt|lade|besorgt|besorge|finalisiert|finalisiere|verteilt|verteile|legt|lege|holt|hole|"
    r"stimmt|stimme|reicht|reiche|fordert|fordere|bespricht|bespreche|ruft|rufe|koordiniert|koordiniere|"
    r"aktualisiert|aktualisiere|überarbeitet|überarbeite|entwirft|entwerfe|beantragt|beantrage|vereinbart|"
    r"vereinbare|setzt|setze|baut|baue|testet|teste|leitet|leite|löscht|lösche|bringt|bringe|veranlasst|"
    r"veranlasse|kommt|bestätigt|bestätige|unterschreibt|unterschreibe|zeichnet|schaut|schaue|checkt|checke|"
    r"wird|werde|werden|soll|sollen|muss|müssen|sagt zu|sagte zu|hat zugesagt|teilt|teile|übergibt|übergebe|"
    r"benennt|benenne|unterzeichnet|unterzeichne|verschickt|verschicke|versendet|versende|bucht|buche|ergänzt|ergänze"
)  # not 'will': in German it is 'wants', no commitment ('Herr X will eine Aufstellung')
# the same verbs as shorthand writes them without umlauts ('uebersendet', 'prueft', 'klaert')
_DE_VERBS += "|" + "|".join(
    v.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    for v in _DE_VERBS.split("|")
    if any(c in v for c in "äöüß")
)
_DE_COMMIT = re.compile(
    r"^(?:(?i:außerdem|ausserdem|dann|und|zudem|also|danach|ok|gut|ja),?\s+)*"
    r"(?P<subj>(?:(?:Dr|Hr|Fr|Herr|Frau|Prof)\.?\s+){0,2}"
    rf"{_INITIAL}?{TOKEN}(?:\s+{TOKEN}){{0,2}}|[Ii]ch|[Ww]ir|[A-ZÄÖÜ]{{2,5}}|[Dd]ie\s+\w+|[Dd]er\s+\w+|[Dd]as\s+\w+)\s+"
    rf"(?P<verb>{_DE_VERBS})\b(?P<rest>.+)$"
)
_DE_INVERTED = re.compile(
    rf"^(?:[^,]{{0,60}}?\s)?(?P<verb>{_DE_VERBS})\s+(?P<subj>ich|wir)\b(?P<rest>.+)$", re.IGNORECASE
)
_NOT_TASK = re.compile(
    r"\b(?:hat|haben|hatte|hatten|was|were|had|has been|have been|did|wurde|wurden|war|waren)\b\s+\w+(?:ed|t|en)\b"
    r"|\?\s*$",
    re.IGNORECASE,
)
_GENERIC_SUBJECT = re.compile(
    r"^(?:the|this|that|it|there|these|they|he|she|you|which|what|der|die|das|es|er|sie|man|dies|diese\w*|"
    r"next|nächste\w*|follow|our|unser\w*|no|kein\w*|all|alle)$",
    re.IGNORECASE,
)
_SPEAKER_LINE = re.compile(
    r"^\s*(?:[*_]{2}\s*)?(?:\[[\d:.,]+\]\s*)?"
    r"(?:(?:Kunde|Kundin|Customer|Client|Vertrieb|Sales|Anbieter|Vendor|Wir|Us)\s*[–—-]\s*)?"
    r"(?:(?:Hr|Fr|Herr|Frau|Dr|Mr|Ms|Mrs|Prof)\.?\s+){0,2}"
    rf"(?:<v\s+)?(?P<who>[{UPPER}][\w'’.-]*(?:,?\s+[{UPPER}][\w'’.-]*){{0,3}})(?:\s*\([^)]*\))?"
    r"\s*(?::(?:\s*[*_]{2})?\s+|>\s*)(?P<text>.+)$"
)  # the speaker must resolve to a participant, so any capitalised words may stand here ('Pádraig Ó Súilleabháin')
# a chat export's message head: the poster's name and the time alone on a line ('Ada Imrie  4:30 PM')
_CHAT_HEAD = re.compile(
    rf"^\s*(?P<who>[{UPPER}][\w'’.-]*(?:\s[{UPPER}][\w'’.-]*){{0,2}})\s*(?:[–—·|-]\s*)?"
    r"(?:\[?\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\]?)\s*$"
)
_TABLE_HEAD = re.compile(
    r"\b(?:wer|who|owner|verantwortlich|verantw\.|zuständig|responsible|assignee|name)(?!\w)", re.IGNORECASE
)  # 'Verantw.' is the short form of the owner column


def _bare(text: str) -> str:
    """Return a to-do line without its label, checkbox and item number ('AI 3/02 – ', '- [ ] ', 'A1  ')."""
    text = _CHECKBOX.sub("", _LABEL.sub("", _CHECKBOX.sub("", text.strip()))).strip()
    return _ITEM_NUMBER.sub("", text, count=1)


def _owner_in(segment: str, people: People) -> str | None:
    """Return the first person named in a segment who is not a helper ('mit Otto'), a recipient or a question."""
    for start, end, person in people.mentions(segment):
        before = segment[:start]
        after = segment[end : end + 2]
        if _HELPER_BEFORE.search(before) or after.startswith("?"):
            continue
        return person.name
    return None


def _strip_due(task: str, phrase: str | None, separated: bool = False) -> str:
    """Return the task without a due phrase at its end ('send the plan by Friday' -> 'send the plan'); with
    `separated`, only a due phrase set apart by a comma, dash or bracket ('issue the PO, Fri')."""
    task = written = task.strip().rstrip(".;,")
    if phrase:
        at = task.lower().rfind(phrase.lower())
        if separated and not re.search(r"[,;–—(|]\s*(?:\w+:?\s+){0,2}$|\s-\s*(?:\w+:?\s+){0,2}$", task[:at]):
            return written
        if at > 0 and len(task) - (at + len(phrase)) <= 3:
            head = _TRAILING_CONNECTOR.sub("", task[:at]).rstrip(" ,;–—-(")
            if len(head) >= 4:
                return head
    return written


def _initials_of(name: str) -> tuple[str, str]:
    """Return a name's initials in capitals ('SON') and as written with apostrophes and particles ("SO'N", 'HdV');
    accents folded ('Emel Şenkaya' -> 'ES')."""
    folded = unicodedata.normalize("NFKD", name)
    words = "".join(c for c in folded if not unicodedata.combining(c)).split()
    written = "".join(
        w[0] + (f"'{m.group(1)}" if (m := re.search(r"['’](\w)", w)) and w.index(m.group(0)) <= 2 else "")
        for w in words
    )
    return "".join(w[0] for w in words).upper(), written


def _double_initials(name: str) -> str:
    """Return the initials of a name's hyphenated surname ('Schubert-Nkemelu' -> 'S-N'), '' for a plain one."""
    last = name.split()[-1] if name.split() else ""
    parts = [w for w in last.split("-") if w]
    return "-".join(w[0].upper() for w in parts) if len(parts) >= 2 else ""


def _part_initials(name: str) -> str:
    """Return the initials of every part of a name, a hyphenated surname's too ('Karla Marbelstein-Hennekamp' -> 'KMH');
    accents folded."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return "".join(w[0] for w in re.split(r"[\s-]+", folded) if w).upper()


def _initials(text: str, people: People) -> Participant | None:
    """Return the one participant whose initials an owner like 'PR', 'OA', 'D.Y.', "SO'N" or 'HdV' gives."""
    letters = re.sub(r"[.\s]", "", text).replace("’", "'")
    if re.fullmatch(r"[A-ZÄÖÜ](?:-[A-ZÄÖÜ]){1,2}", letters):  # 'S-N' for a double surname 'Schubert-Nkemelu'
        hits = [p for p in people.participants if _double_initials(p.name) == letters]
    elif re.fullmatch(r"[A-ZÄÖÜ]{2,4}", letters):  # folded ('ES' for 'Emel Şenkaya') or as written ('ÖS')
        hits = [
            p
            for p in people.participants
            if letters in (_initials_of(p.name)[0], "".join(w[0] for w in p.name.split()).upper())
        ]
        if not hits:  # a table's 'KMH' for a double surname: 'Karla Marbelstein-Hennekamp'
            hits = [p for p in people.participants if _part_initials(p.name) == letters]
    elif re.fullmatch(r"[A-ZÄÖÜ](?:[a-z]{1,2}|')?[A-ZÄÖÜ](?:')?[A-ZÄÖÜ]?", letters) and len(letters) <= 4:
        hits = [p for p in people.participants if _initials_of(p.name)[1].replace("’", "'") == letters]
    else:
        return None
    return hits[0] if len(hits) == 1 else None


def team_not_person(text: str, person: Participant) -> bool:
    """Return True when an owner text is a team ('Einkauf', 'IT Seeblick') that a participant was matched to
    without a word of their name ('Frau Roth', 'Roth')."""
    if not _ROLE_OWNER.match(text.strip()):
        return False
    words = {w.casefold() for w in re.findall(r"[\w'’-]+", person.name)}
    return not any(w.casefold() in words for w in re.findall(r"[\w'’-]+", text))


def _strong_owner(text: str, people: People) -> bool:
    """Return True when an owner text names a participant, their initials, the writer or a team, not any word."""
    text = text.strip(" -–—:()[]*")
    return bool(
        people.resolve(text) or _initials(text, people) or _SELF.match(text) or _ROLE_OWNER.match(text)
    )


# who takes it on, said of a side: 'on us, Innendienst', 'on them (Priyanka + their HR)'
_ON_SIDE = re.compile(r"^(?:on|von|bei)\s+(?:us|them|uns|denen|ihnen)\b\s*[,:]?\s*", re.IGNORECASE)


initials_owner = _initials  # the public name: the engine resolves owners left as initials once all are known


def _resolve_owner(text: str, people: People, speaker: str | None) -> str | None:
    """Return the owner a short owner text names: a participant, the speaker/author for 'I', or a role as written."""
    side = _ON_SIDE.match(text.strip())
    if side:
        rest = text.strip()[side.end() :]
        return _resolve_owner(rest, people, speaker) if rest.strip(" ()") else None
    text = re.sub(r"^(?:(?:Herrn?|Frau|Hr|Fr|Hrn|Mr|Ms|Mrs|Dr|Prof)\.?\s+)+", "", text.strip(" -–—:()[]*@"))
    if re.match(r"^(?:the|die|der|das)\s+\w", text, re.IGNORECASE) and len(text.split()) <= 3:
        text = text.split(None, 1)[1]  # 'The Clerk' -> 'Clerk'
    if not text or re.fullmatch(r"(?i:asap|tb[cda]|n/?a|offen|open)", text):
        return None
    if _SELF.match(text) or re.match(r"^(?:me|my side|ich)$", text, re.IGNORECASE):
        if speaker:
            person = people.resolve(speaker)
            return person.name if person else speaker
        return people.author.name if people.author else None
    bracket = re.search(r"\(([^)]+)\)?", text)  # its closing bracket may have been stripped above
    if bracket:
        inner = people.resolve(bracket.group(1))
        if inner:
            return inner.name
        if bracket.start() > 1 and not text[bracket.end() :].strip():
            return _resolve_owner(text[: bracket.start()], people, speaker)  # 'J. Imrie (Firm)': the person
    titled = _ROLE_THEN_NAME.match(text)
    if titled and not people.resolve(text):
        found = people.resolve(titled.group("name"))
        return found.name if found else titled.group("name")  # 'IT Manager Kowal' is Kowal
    person = people.resolve(text) or _initials(text, people) or by_handle(text, people.participants)
    if person and team_not_person(text, person):
        return _ROLE_OWNER.match(text).group(0)  # type: ignore[union-attr]  # 'Einkauf', 'IT Seeblick': the team
    if person:
        return person.name
    if re.fullmatch(_TEAM_PHRASE, text):
        return text  # 'Payroll team', 'ICT Section': the team as written
    role = _ROLE_OWNER.match(text)
    if role:
        return role.group(0)  # a team or department as written ('Einkauf', 'IT')
    holder = _holder_of_role(text, people) if len(text.split()) <= 3 else None
    if holder:
        return holder  # 'DPO', 'Bursar', 'CEO' held by one participant
    if re.fullmatch(rf"{TOKEN}(?:\s+{TOKEN}){{0,2}}", text) and not _GENERIC_SUBJECT.match(text):
        return text
    if re.fullmatch(r"[A-ZÄÖÜ]{2,5}", text):
        return text
    if re.fullmatch(rf"[{UPPER}]\.\s?{TOKEN}|{TOKEN}(?:\s+{PARTICLE})+\s+{TOKEN}", text):
        return text  # 'J. Imrie', 'Anouk van den Heuvel': a person as written, resolved with the whole notes
    return None


# role words before a surname: 'IT Manager Kowal', 'Finance Director Imrie', 'GM Tarrant'
_ROLE_THEN_NAME = re.compile(
    r"^(?:[A-Z][\w&/-]*\s+){0,2}(?:Manager|Director|Officer|Chair(?:man|woman|person)?|Cllr|"
    r"Clerk|Secretary|Treasurer|President|Superintendent|Head|Lead|Controller|Engineer|Administrator|Coordinator|"
    rf"GM|CEO|CFO|CIO|CTO|COO|CISO|DPO|VP)\s+(?P<name>{TOKEN})$"
)


# the words that put a date as the task's deadline: 'by Friday', 'bis Mittwoch' (a date elsewhere may be the subject)
_BY = re.compile(
    r"\b(?:by|bis(?:\s+zum|\s+spätestens)?|until|till|spätestens|no later than)\s+", re.IGNORECASE
)


# the date of an event the task names, not its deadline: 'invite them to the 9 March board meeting'
_EVENT_AFTER = re.compile(
    # not 'write tomorrow confirming the Board's decision': a verb after the date starts what the task says
    r"^[\s,]*(?![a-z]+ing\s+(?:the|a|an|our|their|its|to)\b)(?:[\w-]+\s+){0,2}?(?:meeting|sitzung\w*|termin|call|workshop|kick-?off|treffen|besprechung|"
    r"session|hearing|committee|board)\b",
    re.IGNORECASE,
)


# the date an invitation is for, or a vague week: 'send the kick-off invite for 6 April', 'einen Termin für Ende
# Mai', '… for the week of 4 Oct' (not 'schedule the kickoff for 28 June': that date is the task's)
_EVENT_FOR = re.compile(
    r"\b(?:invite|invitation|einladung|termin)\b[^,.;:]{0,40}?\b(?:for|für|zum|zur)\s+(?:the\s+)?$"
    r"|\bfor\s+the\s+week\s+of\s+$"
    # 'lädt zum Kick-off am 23.03. ein', 'invite them to the workshop on 4 May': the event's date
    r"|\b(?:invite\w*|lädt|laden|einladen|einladung)\b[^,.;:]{0,40}?\b(?:to|zum|zur|für|for)\s+"
    r"(?:the\s+|den\s+|die\s+)?[\w-]+\s+(?:am|on)\s+$",
    re.IGNORECASE,
)


def event_date(text: str, phrase: str | None) -> bool:
    """Return True when a date phrase names an event the task refers to ('to the March 9 board meeting'),
    not a deadline ('by the March 9 meeting' stays a deadline)."""
    if not phrase:
        return False
    at = text.lower().find(phrase.lower())
    if at < 0 or re.search(
        rf"{_BY.pattern}(?:the\s+|dem\s+|der\s+)?$|\b(?:before|vor)\s+(?:the\s+|dem\s+|der\s+)?$",
        text[:at],
        re.IGNORECASE,
    ):
        return False
    return bool(_EVENT_AFTER.match(text[at + len(phrase) :]) or _EVENT_FOR.search(text[:at]))


_BRACKETED = re.compile(r"\([^()]*\)")


def due_of(task: str, base: date | None) -> tuple[date | None, str | None]:
    """Return (due date, phrase) of a task: the date after 'by'/'bis' when there is one ('check whether the price
    holds to 30 June and tell Nora by Friday' is due Friday), else the first date the text layer finds; no date
    when it names an event the task refers to ('invite X to the 9 March board meeting')."""
    due, phrase = resolve_due(task, base)
    at = task.lower().find(phrase.lower()) if phrase else -1
    if at > 0 and _ASKS.search(task[:at]) and (later := resolve_due(task[at + len(phrase) :], base))[1]:
        return later  # 'check whether the price holds until 30 June and tell Nora by Monday': due Monday
    if phrase and "(" in task:
        outside = _BRACKETED.sub(" ", task)
        if phrase.lower() not in outside.lower() and resolve_due(outside, base)[1]:
            # 'send the invite today (kick-off is 9 Feb)': the date aside is no due
            return due_of(outside, base)
    if phrase is None or re.search(rf"{_BY.pattern}$", task[: max(0, task.find(phrase))], re.IGNORECASE):
        return due, phrase
    if event_date(task, phrase) and not _BY.search(task):
        return None, None
    for m in _BY.finditer(task):
        window = m.group(0) + re.split(r"[,;(]", task[m.end() :], maxsplit=1)[0][:40]
        later, said = resolve_due(window, base)
        if said and later is not None or (said and base is None):
            return later, said
    return due, phrase


# a calendar week names no day: the guide reads 'KW 14' as a vague due, like 'in August'
_CALENDAR_WEEK = re.compile(r"\b(?:kw|cw|kalenderwoche|calendar\s+week)\s*\d", re.IGNORECASE)


def _day_due(due: date | None, phrase: str | None) -> date | None:
    """Return the due date unless its phrase names only a calendar week ('KW 14', 'bis KW 12')."""
    return None if phrase and _CALENDAR_WEEK.search(phrase) else due


# a German date without its year ends in a dot of its own ('bis 19.03.'): part of the task as written
_DATE_DOT = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.$")


def _item(task: str, owner: str | None, base: date | None, due_text: str | None = None) -> ActionItem | None:
    written = _CHECKBOX.sub("", task).strip(" ;")
    task = written.strip(" .;")
    if due_text:
        due, phrase = resolve_due(due_text, base)
    else:
        due, phrase = due_of(task, base)
        if not (phrase and _JOIN.search(task) and _dated_joins(task, base)):
            # an inline due phrase stays, as written; so does the last of two tasks' own dues ('A (today) and
            # B (end of next week)'): the tasks are cut apart with their dates
            task = _strip_due(task, phrase, separated=True)
    due = _day_due(due, phrase)
    if len(task) < 3:
        return None
    if _DATE_DOT.search(written) and written == task + ".":
        task = written
    return ActionItem(task=task, owner=owner, due=due, due_text=phrase)


_INFINITIVE = re.compile(r"(?<![\w-])[a-zäöüß]{3,}(?:en|ern|eln)\b")


def _has_verb(piece: str, due: str | None) -> bool:
    """Return True when a piece of a '+' list is a task of its own: a German infinitive ('Vertragsentwurf
    schicken') or an English imperative of three words or more ('return the kit'), not a noun ('award letter')."""
    if due:
        piece = _strip_due(piece, due)
    words = piece.split()
    if _INFINITIVE.search(piece):
        return True
    return len(words) >= 3 and words[0][:1].islower()


def _split_tasks(text: str, base: date | None = None) -> list[str]:
    """Split one line into its tasks ('archive the data by Fri + return the kit by end of next week', 'A; B');
    a '+' list of things stays one task ('issue PO + award letter'). A due phrase that ends the line goes with
    every task split from it ('Rabattstaffel klären + Vertragsentwurf schicken, Ende nächster Woche')."""
    out: list[str] = []
    for part in re.split(r";\s+", text):
        pieces = [p.strip() for p in re.split(r"\s+\+\s+", part)]
        dues = [resolve_due(p, base)[1] for p in pieces]
        if len(pieces) > 1 and (
            all(_has_verb(p, d) for p, d in zip(pieces, dues, strict=True))
            or all(d and len(p) - len(d) >= 8 for p, d in zip(pieces, dues, strict=True))
        ):  # 'Liste pflegen heute + Termin m. Chef Do': each thing with its own day is a task of its own
            shared = dues[-1]
            for piece, due in zip(pieces[:-1], dues[:-1], strict=True):
                out.append(piece if due or not shared else f"{piece}, {shared}")
            out.append(pieces[-1])
        else:
            out.append(part.strip())
    return [p for p in out if len(p) > 2]


def _only_due(segment: str, base: date | None) -> bool:
    """Return True when a segment says little but when ('bis 15.07.', 'next week'), not a task with its date
    ('send the copy tomorrow')."""
    phrase = resolve_due(segment, base)[1]
    rest = segment.lower().replace(phrase.lower(), " ") if phrase else segment
    return len(rest.strip(" ,;:.–—-()").split()) <= 2


def _trailing_owner(task: str, people: People, speaker: str | None) -> tuple[str, str | None]:
    """Return (task, owner) for a task ending in a bracketed owner: 'Vertrag zurücksenden (Hr. Çelik)'."""
    m = re.search(
        r"\s*\((?P<who>[^()]{2,40})\)(?=\s*$|\s*,[^(),]{3,30}$|\s+(?:bis|by|until|till)\s+[^(),]{1,25}$)",
        task,
    )
    if m and len(m.group("who").split()) >= 4 and _prose(m.group("who"), people, None, speaker) is not None:
        return task, None  # '… (Lea stimmt den Termin ab)': a task of its own in brackets, no owner
    if m:
        rest = task[: m.start()].strip() if m.end() == len(task) else task  # the task as written, its due
        head, sep, when = m.group("who").rpartition(",")
        if sep and m.end() == len(task) and has_due_phrase(when) and not has_due_phrase(head):
            who = _bracket_who(head, people, speaker)  # '… (ich, heute)', '… (Name, morgen)'
            if who:
                return f"{rest}, {when.strip()}", who
        who = _bracket_who(m.group("who"), people, speaker)
        if who:
            return rest, who
    return task, None


def _bracket_who(who: str, people: People, speaker: str | None) -> str | None:
    """Return the owner a bracket names: the writer ('ich'), a participant or their initials, or a team
    ('Innendienst'; 'IT Rautenberg' is the customer's IT)."""
    who = who.strip()
    if re.fullmatch(r"(?i:ich|me|myself)", who):
        return _resolve_owner("ich", people, speaker)
    role = None if _TITLES.match(who).end() else _ROLE_OWNER.match(who)  # 'Hr. Çelik' is a person, not HR
    if role and (role.end() == len(who) or len(who.split()) <= 2) and not people.resolve(role.group(0)):
        return role.group(0)
    owner = people.resolve(who) or _initials(who, people)
    return owner.name if owner else None


# the owner in brackets before the task: '(ich) Kostenstellen abstimmen', '(Lars) Schlüssel abholen'
_LEAD_BRACKET = re.compile(
    r"^(?:\((?P<who>[^()]{2,40})\)|\[(?P<named>[^\[\]\d]{2,40})\])\s+(?P<task>\S.{2,})$"
)  # '[Full Name] task': the next steps a meeting tool writes


_FIELD_KEYS = {
    "owner": r"owner|verantwortlich\w*|wer|who|responsible|zuständig",
    "task": r"task|aufgabe|was|what|action|maßnahme|massnahme|item|todo|to-do",
    "due": r"due|fällig|bis wann|deadline|frist|when|wann|termin|by when",
}
_FIELD = re.compile(
    r"^\s*(?P<key>" + "|".join(f"(?P<{k}>{v})" for k, v in _FIELD_KEYS.items()) + r")\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)


def _fields(text: str) -> dict[str, str]:
    """Return the labelled fields of a to-do line in any order ('Owner: X | Task: Y | Due: Z'), else {}."""
    parts = [p for p in re.split(r"\s+[|—–]\s+|\s*;\s+|\s*\|\s*", text) if p.strip()]
    if len(parts) < 2:
        return {}
    out: dict[str, str] = {}
    for part in parts:
        m = _FIELD.match(part)
        if not m:
            return {}
        key = next(k for k in _FIELD_KEYS if m.group(k))
        out[key] = m.group("value").strip(" -–—")
    return out


def _owner_then_due(segments: list[str]) -> list[str]:
    """Split a later segment 'owner, due' ('Frau Roth, bis Freitag', 'me, next Wednesday') into its two parts."""
    out: list[str] = []
    for i, seg in enumerate(segments):
        head, sep, tail = seg.rpartition(", ")
        if i > 0 and sep and has_due_phrase(tail) and not has_due_phrase(head) and len(head.split()) <= 4:
            out += [head, tail]
        else:
            out.append(seg)
    return out


_OWNER_KEYS = ("owner", "verantwortlich", "responsible", "zuständig")


def trailing_fields(text: str) -> tuple[str, str | None, str | None] | None:
    """Return (task, owner, due) of a to-do whose labelled fields follow the task ('Draft the plan. Owner: OB.
    Due: tbc', 'Ask the heads for feedback. Due: in two weeks'), else None."""
    found = list(_FIELD_AFTER.finditer(text))
    if not found or found[0].start() < 3:
        return None
    task = text[: found[0].start()].strip(" .;,|–—-")
    if len(task) < 3 or _FIELD.match(task) or _OWNER_DUE.match(task) or re.search(r"\w\s*:\s*$", task):
        return None  # 'Owner: X | Task: Y | Due: Z' is a fields line of its own (`_fields`)
    values: dict[str, str] = {}
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        value = text[m.end() : nxt.start() if nxt else len(text)].strip(" .;,|–—-")
        values.setdefault("owner" if m.group("key").lower() in _OWNER_KEYS else "due", value)
    return task, values.get("owner") or None, values.get("due") or None


def _fielded(
    fields: tuple[str, str | None, str | None], people: People, base: date | None, speaker: str | None
) -> list[ActionItem]:
    """Return the item of a to-do with fields after it: the owner field (else the task's own subject) and due."""
    task, owner_text, due_text = fields
    owner = _resolve_owner(owner_text, people, speaker) if owner_text else None
    if owner is None:
        found = _structured(task, people, base, speaker)
        owner = found[0].owner if len(found) == 1 else None
    item = _item(task, owner, base, due_text if due_text and has_due_phrase(due_text) else None)
    return [item] if item else []


def _structured(text: str, people: People, base: date | None, speaker: str | None) -> list[ActionItem]:
    """Parse one to-do line ('X -> task', 'X: task', 'X to task', 'task – X – due', 'Owner: X — Due: Y — task')."""
    text = _CHECKBOX.sub("", _LABEL.sub("", _CHECKBOX.sub("", text))).strip()
    text = _ITEM_NUMBER.sub("", text, count=1)  # 'AI 3/02 – PE to …': the number after the label
    chain = _arrow_chain(text, people, base, speaker)
    if chain is not None:
        return chain
    lead = _LEAD_BRACKET.match(text)
    if lead and (who := _bracket_who(lead.group("who") or lead.group("named"), people, speaker)):
        return [i for task in _split_tasks(lead.group("task"), base) if (i := _item(task, who, base))]
    fields = _fields(text)
    if fields and "owner" in fields and "task" in fields:
        owner = _resolve_owner(fields["owner"], people, speaker)
        item = _item(fields["task"], owner, base, fields.get("due") or None)
        return [item] if item else []
    m = _OWNER_DUE.match(text) or _OWNER_ARROW.match(text)
    if m:
        owner = _resolve_owner(m.group("owner"), people, speaker)
        item = _item(m.group("task"), owner, base, m.group("due") or None)
        return [item] if item else []
    m = _OWNER_TASK.match(text)
    if m and _resolve_owner(m.group("owner"), people, speaker):
        segments = [x.strip() for x in _DASH.split(m.group("task")) if x.strip()]
        due = segments[-1] if len(segments) > 1 and has_due_phrase(segments[-1]) else None
        task = " – ".join(segments[:-1] if due else segments)
        item = _item(task, _resolve_owner(m.group("owner"), people, speaker), base, due)
        return [item] if item else []
    owner: str | None = None
    body = text
    at = _AT_OWNER.match(text)
    if at and (person := by_handle(at.group("who"), people.participants) or people.resolve(at.group("who"))):
        owner, body = person.name, at.group("task")  # '@j.kowalski prepare the list': a chat handle
    for pattern in (_ARROW, _TO, _COLON) if owner is None else ():
        mm = pattern.match(text)
        if (
            mm
            and pattern is _ARROW
            and has_due_phrase(mm.group("task"))
            and _only_due(mm.group("task"), base)
        ):
            continue  # 'Ines - map the interfaces -> Fri': the arrow points at a day, not at the task
        if mm and pattern is _ARROW and len(mm.group("owner").split()) > 4:
            continue  # 'Yilmaz holt ein Angebot ein -> tja': a task before the arrow, a remark after it
        if mm:
            found = _resolve_owner(mm.group("owner"), people, speaker)
            if found and pattern is _COLON and not _strong_owner(mm.group("owner"), people):
                found = _trailing_owner(mm.group("task"), people, speaker)[1] or found  # 'Topic: task (ich)'
            if found:
                # 'Declan to share …': the task keeps its subject, as the notes write it
                owner, body = found, text if pattern is _TO else mm.group("task")
                break
    after = _ARROW_AFTER.match(text) if owner is None else None
    if after and has_due_phrase(after.group("owner")):
        after = (
            None  # 'Paula - scope the portal -> Fri': a day after the arrow is the due date, not the owner
        )
    if after and (found := _resolve_owner(after.group("owner"), people, speaker)):
        due_text = after.group("due")
        if due_text and not has_due_phrase(due_text):
            due_text = None  # 'no date', 'keep door open': no due
        item = _item(after.group("task"), found, base, due_text)
        return [item] if item else []
    out: list[ActionItem] = []
    if owner is None and _DASH.search(body):
        segments = _owner_then_due([s.strip() for s in _DASH.split(body) if s.strip()])
        due_seg = next(
            (
                i
                for i in range(len(segments) - 1, 0, -1)
                if has_due_phrase(segments[i]) and len(segments[i]) <= 40 and _only_due(segments[i], base)
            ),
            None,
        )
        for i in [*range(1, len(segments)), 0]:
            seg = segments[i]
            if i == due_seg:
                continue
            found = _owner_in(seg, people) or (
                _resolve_owner(seg, people, speaker)
                if len(seg) <= 40 and len(seg.split()) <= 4 and "?" not in seg and not people.mentions(seg)
                else None
            )  # a person named only as a helper ('check in w/ Lisa') is not the owner
            if found and (i > 0 or len(segments) > 1):
                owner = found
                if len(seg.split()) > 4:  # the owner is the subject of a sentence: the sentence is the task
                    rest = [s for j, s in enumerate(segments) if j != due_seg]
                    item = _item(
                        " – ".join(rest), owner, base, segments[due_seg] if due_seg is not None else None
                    )
                    return [item] if item else []
                rest = [s for j, s in enumerate(segments) if j not in (i, due_seg)]
                if rest:
                    item = _item(
                        " – ".join(rest), owner, base, segments[due_seg] if due_seg is not None else None
                    )
                    return [item] if item else []
        if due_seg is not None:
            rest = [s for j, s in enumerate(segments) if j != due_seg]
            task, owner = _trailing_owner(" – ".join(rest), people, speaker)
            owner = owner or _prose_owner(task, people, speaker)
            item = _item(task, owner, base, segments[due_seg])
            return [item] if item else []
    for k, task in enumerate(_split_tasks(body, base)):
        task, trailing = _trailing_owner(task, people, speaker)
        who = owner or trailing or _prose_owner(task, people, speaker)
        if who is None and (said := _prose(task, people, base, speaker)) is not None:
            who = said.owner  # 'GM Tarrant to send …' under the follow-ups: the subject the prose rules read
        own = _TO.match(task) if k else None  # '…; Aylin to archive the docs': the next task's own subject
        if own and _strong_owner(own.group("owner"), people):
            who = _resolve_owner(own.group("owner"), people, speaker) or who
        at = _AT_OWNER.match(task) if k else None  # '…; @c.hart align the dates': the next task's handle
        if at and (
            person := by_handle(at.group("who"), people.participants) or people.resolve(at.group("who"))
        ):
            who, task = person.name, at.group("task")
        item = _item(task, who, base)
        if item:
            out.append(item)
    return out


# what follows an arrow when it starts a task of its own: a person or team and their verb ('… -> Tobias rechnet …
# durch', '… → Frau X klärt …', '… -> Einkauf prüft AGB')
_ARROW_SPLIT = re.compile(r"\s(?:->|→|=>)\s+")
_OWN_CLAUSE = re.compile(
    rf"^(?:(?:Herrn?|Frau|Hr|Fr|Dr|Mr|Ms|Mrs)\.?\s+)?(?P<subj>{TOKEN}(?:\s+{TOKEN})?)\s+"
    r"(?P<verb>[a-zäöüß]{3,}(?:t|s))\b\s+\S"
)
_NOT_DOING = re.compile(
    r"^(?:ist|hat|wird|will|sagt|meint|findet|glaubt|möchte|mag|kennt|weiß|fragt|wollte|sollte|könnte|bleibt|"
    r"is|has|was|says|thinks|wants|needs|likes|seems|feels|knows|asks|does|goes|gets)$"
)


def _arrow_chain(
    text: str, people: People, base: date | None, speaker: str | None
) -> list[ActionItem] | None:
    """Return the items of a line whose arrow leads to a task with its own subject ('Farrenkopf will die Miete
    sehen -> Tobias rechnet sie durch'): that person's task, and the task before the arrow if it is one; else None."""
    parts = _ARROW_SPLIT.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    left, right = parts[0].strip(" -–—•*"), parts[1].strip()
    m = _OWN_CLAUSE.match(right)
    if (
        not m
        or _NOT_DOING.match(m.group("verb"))
        or (_IN_MEETING.search(right) and not has_due_phrase(right))
    ):
        return None  # '… -> Yilmaz zeigt das Rollenkonzept': shown in the meeting, no task
    subj = m.group("subj")
    person = people.resolve(subj)
    team = _ROLE_OWNER.fullmatch(subj) if person is None else None
    if person is None and team is None:
        return None
    out = [item] if len(left) >= 8 and (item := _prose(left, people, base, speaker)) else []
    item = _item(right, person.name if person else subj, base)
    return [*out, item] if item else out or None


_ARTICLE = re.compile(r"^(?:die|der|das|the|unser[e]?|our)\s+", re.IGNORECASE)
# an English role subject of two or three words before the commitment: 'IT Architecture to …', 'Board secretary will …'
_ROLE_SUBJECT = re.compile(
    r"^(?P<role>(?:[A-ZÄÖÜ][\w&-]*)(?:\s+[\w&-]+){0,2}?)\s+(?:to|will|shall|is to|are to|'ll)\s+\w",
    re.IGNORECASE,
)


def role_owner(sentence: str) -> str | None:
    """Return the team or role a to-do sentence starts with ('Die IT prüft …' -> 'IT', 'IT Architecture to …')."""
    text = _ARTICLE.sub("", sentence.strip())
    role = _ROLE_OWNER.match(text)
    if not role:
        return None
    subject = _ROLE_SUBJECT.match(text)
    if subject and subject.group("role").startswith(role.group(0)) and len(subject.group("role")) <= 40:
        return subject.group("role")
    return role.group(0)


_BRACKET_SUBJECT = re.compile(
    r"^[–—-]?\s*(?P<outer>[A-ZÄÖÜ][\w&.'’/-]*(?:\s+[A-ZÄÖÜ][\w&.'’/-]*){0,2})\s*\((?P<who>[^()]{2,40})\)\s+"
    r"(?P<rest>(?:to|will|shall|is to|are to)\s+\w.*|[a-zäöüß]{3,}\b.*)$"
)


def _bracket_owner(sentence: str, people: People) -> tuple[str, str] | None:
    """Return (owner, sentence with the person as its subject) for 'Firm (Frau X) liefert …' or 'Firm (XY) to …':
    the person in brackets; before a team, the person only when addressed with a title ('IT (Frau X) prüft …')."""
    m = _BRACKET_SUBJECT.match(sentence.strip())
    if not m:
        return None
    who = m.group("who").strip()
    person = people.resolve(who) or _initials(who, people)
    if person is None:
        return None
    team = _ROLE_OWNER.match(m.group("outer"))
    titled = _TITLES.match(who).end() > 0  # 'IT (Hr. X) sperrt …': the person, addressed so, does it
    owner = m.group("outer") if team and team.end() == len(m.group("outer")) and not titled else person.name
    return owner, f"{person.name} {m.group('rest')}"  # 'IT (Y) richtet … ein': the team's task


def _prose_owner(sentence: str, people: People, speaker: str | None) -> str | None:
    """Return the subject of a to-do sentence: 'Ich …' is the speaker/author, else a person named at its start."""
    if _SELF.match(sentence) or _DE_INVERTED.match(sentence):
        return _resolve_owner("ich", people, speaker)  # 'Thorsten informiere ich morgen': the writer's task
    bracket = _bracket_owner(sentence, people)
    if bracket:
        return bracket[0]
    found = people.mentions(sentence)
    if found and found[0][0] <= 12:
        return found[0][2].name
    inverted = _OBJECT_FIRST.match(sentence.strip())
    if inverted and (person := people.resolve(inverted.group("subj"))):
        return person.name  # 'Die Vorlage für den Ausschuss erstellt Frau Thiel': Frau Thiel's task
    # a department named, no person: 'Einkauf prüft AGB' is purchasing's task, though someone there attended
    return role_owner(sentence) or _holder_of_role(sentence, people) or _titled_subject(sentence, people)


# a person by title or initial opening a sentence, a verb after them: 'Herr Pradel uebersendet …', 'A. Ostrup to …'
_TITLED_SUBJECT = re.compile(
    rf"^(?P<who>(?:(?:Herrn?|Frau|Hr|Fr|Dr|Prof|Mr|Ms|Mrs)\.?\s+)+{_INITIAL}?{TOKEN}|{_INITIAL}{TOKEN})\s+"
    r"(?:to\s+|will\s+)?[a-zäöüß]{3,}(?P<said>\s*(?:an|zu|mit|fest|aus)?\s*[,:])?"
)


def _titled_subject(sentence: str, people: People) -> str | None:
    """Return the person a sentence opens with by title or initial, though no list names them (not one who
    reports: 'Herr X gibt an, …', 'Frau Y bestätigt, dass …')."""
    m = _TITLED_SUBJECT.match(sentence.strip())
    return _resolve_owner(m.group("who"), people, None) if m and not m.group("said") else None


# a German sentence with its object first and the person after the verb ('Das Protokoll schickt Herr Ortega …')
_OBJECT_FIRST = re.compile(
    rf"^(?:die|den|das|der|eine[nm]?|ein)\s[^,.;:]{{3,80}}?\s(?:{_DE_VERBS})\s+"
    rf"(?P<subj>(?:(?:Herrn?|Frau|Hr|Fr|Dr|Prof)\.?\s+)+{TOKEN})",
    re.IGNORECASE,
)


def _holder_of_role(sentence: str, people: People) -> str | None:
    """Return the one participant whose role opens the sentence ('Der Kämmerer schickt …', 'The Bursar will …')."""
    words = _ARTICLE.sub("", sentence.strip()).split()
    if not words:
        return None
    roles = [(p.name, p.role.split(",")[0].strip().casefold()) for p in people.participants if p.role]
    for k in (3, 2, 1):  # 'The Company Secretary will …': the whole role, not its first word
        phrase = " ".join(words[:k]).casefold().strip(".,:")
        holders = [name for name, role in roles if role == phrase] if len(words) >= k else []
        if holders:
            return holders[0] if len(holders) == 1 else None
    first = words[0].casefold().strip(".,:")
    # 'Der Geschäftsführer …' for 'Geschäftsführer <Firma> GmbH': the role before the organisation it is held in
    held = [name for name, role in roles if role.startswith(first + " ") and _LEGAL_FORM.search(role)]
    return held[0] if len(held) == 1 else None


_LEGAL_FORM = re.compile(r"\b(?:gmbh|ag|se|kg|ltd|llc|inc|plc|eg|e\.v|corp)\b")


# a word of assent before the commitment in a spoken turn: 'Great, I will …', 'Okay, ich schicke …'
_INTERJECTION = re.compile(
    r"^(?:(?:great|ok(?:ay)?|sure|fine|perfect|good|right|alright|thanks|thank you|sounds good|absolutely|"
    r"gut|prima|perfekt|super|alles klar|klar|okay|ja|yes|danke|gerne?|genau|einverstanden)\s*[,.!–—-]+\s*)+",
    re.IGNORECASE,
)


_GERMAN_WILL = re.compile(
    r"^\s*will\s+(?:(?:eine?[nmrs]?|den|die|das|der|dem|noch|erst|nicht|kein\w*|mehr|unbedingt|vorher|zuerst|"
    r"zunächst|dass|es|sich|sie|ihn|uns|bis|vom|zum|zur|mit|auch|jetzt|vor|im|am|aber|ja|doch|eigentlich|lieber|"
    r"wohl)\b|\d|\S+\s+(?:haben|sehen|wissen)\b)",
    re.IGNORECASE,
)


# where a statement turns into a question in the same sentence: '…, und Kick-off machen wir …?'
# a participant who will report back at a later date: 'Frau X berichtet dem Ausschuss in drei Monaten'
_REPORTS_LATER = re.compile(
    rf"^(?P<subj>(?:(?:Herrn?|Frau|Hr|Fr|Dr|Prof)\.?\s+){{0,2}}{TOKEN}(?:\s+{TOKEN}){{0,2}})\s+"
    r"(?:berichtet|informiert)\b(?P<rest>.+)$"
)
# a body's minutes giving someone a task: 'wird beauftragt, …', 'wird gebeten, …', 'soll …'
_COMMISSIONED = re.compile(r"(?i:wird\s+(?:beauftragt|gebeten)\b|soll\s)")
_BEFORE_QUESTION = re.compile(r",\s+(?:und|and|oder|or|dann|then|so)\s+")
# a short lead-in before a sentence: 'So proposal: …', 'Next step: …', 'Vorschlag: …'
_LEAD_IN = re.compile(
    r"^(?:(?:so|also|ok(?:ay)?|then|dann|und|and|my|mein|unser|our)\s+)?(?:proposal|vorschlag|suggestion|idea|idee|"
    r"plan|next steps?|nächste schritte?|follow-?ups?|to-?dos?|update|(?:as|wie)\s+(?:discussed|agreed|besprochen|"
    r"vereinbart)(?:\s+\w+)?)\s*:\s+(?=\S)",
    re.IGNORECASE,
)  # not 'Decision:' or 'Beschluss:': what follows a label of the outcome is the decision, no task


def _prose(sentence: str, people: People, base: date | None, speaker: str | None) -> ActionItem | None:
    """Return the commitment a prose sentence states ('<name> will …', 'Ich schicke …'), or None."""
    text = sentence.strip()
    if text.endswith("?"):
        # 'Dann schicke ich bis Montag den Plan, und Kick-off machen wir am 1. März?': the commitment before the
        # question is one
        head = _BEFORE_QUESTION.split(text, maxsplit=1)
        return _prose(head[0], people, base, speaker) if len(head) > 1 and len(head[0]) >= 12 else None
    if len(text) < 8:
        return None
    bare = _INTERJECTION.sub("", text)
    text = bare if len(bare) >= 8 else text  # 'Great, I will send …' is 'I will send …'
    lead = _LEAD_IN.match(text)
    if lead:
        text = text[lead.end() :]  # 'So proposal: Aisha sets up …', 'Vorschlag: ich schicke …'
    bracket = _bracket_owner(text, people)
    if bracket and (found := _prose(bracket[1], people, base, speaker)) is not None:
        return _item(text.lstrip("–—- "), bracket[0], base)
    for pattern in (_EN_COMMIT, _EN_PRESENT, _DE_COMMIT, _DE_INVERTED):
        m = pattern.match(text)
        if not m:
            continue
        subj = m.group("subj").strip()
        if pattern is _EN_COMMIT and _GERMAN_WILL.match(text[m.end("subj") :]):
            continue  # German 'will' is 'wants': 'Herr X will eine Aufstellung' is a wish, no commitment
        if pattern is _EN_COMMIT and re.match(
            r"(?:talk|meet|speak|catch up|reconvene|regroup|reconnect|touch base)\b", m.group("rest"), re.I
        ):
            continue
        if pattern is _EN_COMMIT and re.match(
            r"(?:want|need|like|love|expect|probably|likely|go ahead|proceed)\b|(?:add|say|mention|admit|stress|repeat)\b"
            r"\s*(?:[—–:-]|that\b|this\b|$)",
            m.group("rest"),
            re.I,
        ):
            continue  # 'legal will want …', "I'll add — …": a wish or talk; 'X will proceed with Y': the decision  # 'We agreed to talk again on 31 March' is the next meeting, no task
        if _GENERIC_SUBJECT.match(subj.split()[0]) and not re.match(r"^(?:the|die|der|das)\s", subj, re.I):
            continue
        if re.match(r"^(?:the|die|der|das)\s", subj, re.I):
            role = subj.split(None, 1)[1]
            owner = role
            if not _ROLE_OWNER.match(role) and not re.search(r"(?:team|abteilung|amt)$", role, re.I):
                # 'The Chair to write …': the participant who chairs (not 'Die Vorsitzende stellt … fest'); 'Der
                # Kämmerer wird beauftragt, …' is the task of the one who holds the role
                commissioned = pattern is _DE_COMMIT and _COMMISSIONED.match(
                    f"{m.group('verb')} {m.group('rest')}"
                )
                owner = _holder_of_role(subj, people) if pattern is _EN_COMMIT or commissioned else None
                if owner is None:
                    continue
        elif re.match(r"^(?:we|wir)$", subj, re.I):
            owner = None
            if speaker is None and not people.author:
                continue
            owner = _resolve_owner("ich", people, speaker)
        else:
            owner = _resolve_owner(subj, people, speaker)
            if owner is None and not _SELF.match(subj):
                continue  # "I'll …" is a commitment even when the notes do not say who wrote them
            if pattern in (_DE_COMMIT, _EN_PRESENT) and not people.resolve(subj) and not _SELF.match(subj):
                if not _ROLE_OWNER.match(subj) and not _titled_doer(subj, m.group("verb")):
                    continue
        rest = m.group("rest")
        if re.fullmatch(r"(?i:ich|wir)", subj) and _NEGATED.search(
            text[: m.end("verb")] + m.group("rest").split(",", 1)[0]
        ):
            continue  # 'Vorher unterschreibe ich nichts': a refusal, no task
        if pattern is _DE_COMMIT and re.match(
            r"^\s*(?:\w+\s+){0,3}(?:gesagt|erklärt|gemeint|berichtet)\b", rest
        ):
            continue
        if pattern is _DE_COMMIT and re.match(r"^\s*(?:an|fest)\s*[,:]", rest):
            continue  # 'Herr X gibt an, der Vertrag sei eingegangen': a report of what was said
        if (
            pattern is _DE_COMMIT
            and m.group("verb").lower() in ("teilt", "teile")
            and re.search(r"^\s*mit\b|\bmit\s*[,:]\s*\S|,\s*dass\b", rest)
        ):
            continue  # 'Frau X teilt mit, dass …' reports what was said
        if (
            pattern is _DE_COMMIT
            and _BODY_SUBJECT.search(subj)
            and _APPROVES.search(f"{m.group('verb')} {rest}")
        ):
            continue  # 'Der Vorstand gibt den Vertrag frei, unter Vorbehalt …': the decision, no task
        if (
            pattern is _DE_COMMIT
            and m.group("verb").lower().startswith(("bestätig", "bestaetig"))
            and re.match(r"^\s*,", rest)
        ):
            continue  # 'Frau X bestätigt, dass …' / '…, beides geprüft zu haben': a report, no task
        return _item(text, owner, base)
    later = _REPORTS_LATER.match(text)
    when = resolve_due(re.split(r"\s(?:über|zu|von)\s", later.group("rest"))[0], base)[0] if later else None
    if later and when and (base is None or when > base) and (person := people.resolve(later.group("subj"))):
        return _item(
            text, person.name, base
        )  # 'Herr X berichtet dem Rat in drei Monaten': a report still to give
    own = _de_self(text, people, base, speaker)
    if own is not None:
        return own
    inverted = _OBJECT_FIRST.match(text)
    if inverted and (person := people.resolve(inverted.group("subj"))) and not _NEGATED.search(text):
        return _item(text, person.name, base)  # 'Die Vorlage erstellt Frau Thiel bis Ende des Monats
    tail = _LAST_CLAUSE.split(text)
    if (
        len(tail) > 1
        and len(tail[-1]) >= 12
        and (found := people.mentions(tail[-1][:40]))
        and found[0][0] <= 8
    ):
        # 'Outcome: no go for now; Ngozi to confirm in writing': the commitment after the report
        return _prose(tail[-1], people, base, speaker)
    label = _SHORT_LABEL.match(text)
    if label and not _OUTCOME_LABEL.search(label.group(0)):
        rest = text[label.end() :]
        named = people.mentions(rest[:40])
        if _TITLES.match(rest).end() > 0 or (named and named[0][0] == 0):
            # 'Vereinbart wurde weiter: Frau Wollny übersendet …': the commitment after a short label
            return _prose(rest, people, base, speaker)
    return None


# a short label before a sentence ('wurde weiter:', 'Außerdem vereinbart:'); not the outcome's label
_SHORT_LABEL = re.compile(r"^(?:[\w-]+\s+){0,3}[\w-]+\s*:\s+(?=\S)")
_OUTCOME_LABEL = re.compile(
    r"(?i:beschluss|beschlossen|entscheidung|ergebnis|decision|decided|outcome|resolved|resolution|result)"
)


# a person addressed with a title or an initial ('Frau Winkelmann', 'L. Hallmeier') is someone, though no list names them;
# 'kommt', 'wird' after them tell more often of the meeting than of a task
_TITLED = re.compile(
    rf"^(?:(?:Herrn?|Frau|Hr|Fr|Dr|Prof|Mr|Ms|Mrs)\.?\s+)+(?:{_INITIAL}?{TOKEN})$|^{_INITIAL}{TOKEN}$"
)
_WEAK_VERB = re.compile(r"(?i:kommt|wird|werden|soll|sollen|muss|müssen|gibt|stellt)")


def _titled_doer(subj: str, verb: str) -> bool:
    """Return True for a subject that is a person by its title or initial ('Frau Winkelmann schickt …'), doing more than
    coming or being ('Frau X kommt später')."""
    return bool(_TITLED.match(subj.strip())) and not _WEAK_VERB.fullmatch(verb)


# a governing body approving: the decision itself ('Der Vorstand gibt den Vertrag frei', 'Der Rat genehmigt …')
_BODY_SUBJECT = re.compile(
    r"(?i:vorstand|aufsichtsrat|verwaltungsrat|beirat|ausschuss|gremium|gemeinderat|stadtrat|kreistag|rat)$"
)
_APPROVES = re.compile(r"^gibt\b.*\bfrei\b|^(?:genehmigt|beschließt|billigt|bewilligt)\b", re.IGNORECASE)
_LAST_CLAUSE = re.compile(r";\s+|\s+[–—]\s+")
# German first person with any verb, the colloquial forms too: 'Ich schau nach', 'dann schick ich die Einladung',
# 'die Einladung verschick ich heute noch' (a verb of opinion, state or wish is no commitment)
_DE_SELF = re.compile(
    r"^(?:(?i:und|dann|also|ok|okay|gut|ja|klar|genau|prima|super|perfekt|alles klar),?\s+)*[Ii]ch\s+"
    r"(?P<v1>[a-zäöüß]{3,})\b(?P<r1>.*)$"
    r"|^(?P<head>.{0,80}?)\b(?P<v2>[a-zäöüß]{3,})\s+ich\b(?P<r2>.*)$"
)
_NO_COMMIT_VERB = re.compile(
    r"^(?:bin|sind|ist|sein|habe|hab|hatte|hätte|war|wäre|würd|müsste|bräuchte|frag|unterschreib|glaube|glaub|denke|denk|finde|find|meine|mein|weiß|kann|könnte|würde|"
    r"möchte|will|wollte|sollte|konnte|musste|durfte|darf|mag|sehe|seh|hoffe|hoff|verstehe|versteh|sage|sag|sagte|"
    r"meinte|fand|dachte|gehe|geh|freue|freu|danke|dank|stimme|stimm|kenne|kenn|brauche|brauch|bitte|frage|fragte|"
    r"wünsche|wünsch|fürchte|vermute|befürchte|bestätige|unterschreibe|zeichne|schaffe|schaff|"
    r"dass|wenn|ob|als|weil|wie|was|wo|wer|wann|bevor|nachdem|sobald|damit|und|oder|aber|denn|sonst|also|auch|nur|"
    r"noch|jetzt|dann|heute|morgen|gestern|ehrlich|sicher|natürlich|eigentlich|zwar|trotzdem|deshalb|deswegen|"
    r"darum|hier|dort|lieber|gerne|gern|selbst|mal|schon|doch|nicht|von|für|mit|bei|auf|zu|um|über|unter|vor|"
    r"nach|ohne|gegen|durch|da|so|persönlich|leider|bisher|immer|nie|gerade|habe ich)$"
)
# a refusal or a negated plan; not 'die nicht berücksichtigten Bieter' (an attribute before a noun)
_NEGATED = re.compile(
    r"\b(?:nichts|nix|kein\w*|nie|niemals)\b|\bnicht\b(?!\s+[a-zäöüß]+(?:en|e|er|es|em)\s+[A-ZÄÖÜ])",
    re.IGNORECASE,
)


def _de_self(text: str, people: People, base: date | None, speaker: str | None) -> ActionItem | None:
    """Return the commitment of a German first-person sentence with any verb ('Ich schau nach', 'dann schick ich
    die Einladung'), or None for an opinion, a state, a wish, a question or a negation."""
    m = _DE_SELF.match(text)
    if not m or text.rstrip().endswith("?"):
        return None
    verb, rest = (m.group("v1"), m.group("r1")) if m.group("v1") else (m.group("v2"), m.group("r2"))
    clause = (m.group("head") or "").rsplit(",", 1)[-1] + verb + rest.split(",", 1)[0]
    if _NO_COMMIT_VERB.match(verb.lower()) or not rest.strip(" .,!") or _NEGATED.search(clause):
        return None
    if re.search(
        r"\b(?:dass|wenn|ob|als(?!\s+(?!(?-i:Sie|Ich|Er|Es|Wir)\b)(?-i:[A-ZÄÖÜ]))|weil|wie|was|sobald|bevor|nachdem|"
        r"falls)\b",
        clause,
        re.IGNORECASE,
    ):  # 'als Kreditor anlegen' is 'as', no clause
        return None  # 'wenn ich …', 'dass ich …': a clause inside a sentence about something else
    head = m.group("head") or ""
    before, sep, _ = head.rpartition(", ")
    if sep and resolve_due(before, base)[1]:
        # 'Kick-off wäre am 12. Juli, die Einladung verschick ich heute': the date before is not the task's
        text = head.rsplit(", ", 1)[1] + text[len(head) :]
    return _item(text, _resolve_owner("ich", people, speaker), base)


def _table_rows(lines: list[Line]) -> dict[int, dict[str, int]]:
    """Return, for each table row after a header like '| Wer | Was | Bis wann |', the column of owner/task/due."""
    out: dict[int, dict[str, int]] = {}
    columns: dict[str, int] | None = None
    for line in lines:
        text = line.text.strip()
        if not text.startswith("|") and text.count("|") < 2:
            columns = None
            continue
        cells = [c.strip() for c in text.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            continue
        if _TABLE_HEAD.search(text) and len(cells) >= 2 and columns is None:
            columns = {}
            for i, cell in enumerate(cells):
                low = cell.lower()
                if _TABLE_HEAD.search(low):
                    columns["owner"] = i
                elif re.search(
                    r"\b(?:bis|due|when|wann|frist|termin|date|datum|deadline|f(?:ä|ae)llig\w*)\b", low
                ):
                    columns["due"] = i
                elif re.search(r"\b(?:was|what|task|aufgabe|action|maßnahme|item|ais?|aps?|to-?dos?)\b", low):
                    columns["task"] = i
            continue
        if columns and "owner" in columns and "task" in columns:
            out[line.index] = columns
    return out


# a sentence that says how things stand: a thing, a form of 'to be' and a state, nobody to do anything
_STATUS = re.compile(
    r"^\W*(?:(?:der|die|das|the|our|their|unser\w*|ihr\w*)\s+)?(?:[\w-]+\s+){1,3}?"
    r"(?:ist|sind|war|waren|wurde|wurden|is|are|was|were|has been|have been|remains?|bleibt)\s+"
    r"(?:(?:noch|still|bereits|already|schon|nicht|not|yet|jetzt|now|weiterhin)\s+)*"
    r"(?:\w+(?:en|et|t|ed)|offen|open|pending|ausstehend|unklar|unclear|fertig|done|ready|bereit)(?:\s+(?:yet|either|so far|bisher))?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def is_status(text: str, people: People, base: date | None) -> bool:
    """Return True for a sentence that reports a state ('The contract is not signed yet') with no owner or due."""
    body = text.strip()
    if not _STATUS.match(body) or people.resolve(body.split()[0]) is not None:
        return False
    return resolve_due(body, base)[0] is None and not any(p.name in body for p in people.participants)


def extract_actions(
    lines: list[Line],
    people: People,
    base: date | None,
    speakers: bool = True,
    authors: dict[int, str] | None = None,
    learned: bool = True,
) -> list[ActionItem]:
    """Return the action items of the notes, with owners resolved and due dates counted from base.

    `authors` maps a line index to who wrote it (the sender of an e-mail), the owner of its "I'll …".
    With `learned`, sentences the rules pass over are asked to the shipped sentence classifier (see
    `_learned_items`); the rules still give the owner and the due date.
    """
    items: list[ActionItem] = []
    candidates: list[tuple[str, str | None]] = []  # sentences the rules passed over, for the learned model
    following: dict[
        str, str
    ] = {}  # a candidate -> the sentence after it on its line (its due: 'End of next week?')
    whole = "\n".join(line.raw for line in lines)
    people = _without_titled_twins(people)
    if people.author is None and (found := writer(whole, people.participants)):
        people = People(participants=people.participants, author=found, company=people.company)
    if handled := declared_handles(whole, people):
        people = People(
            participants=[*people.participants, *handled], author=people.author, company=people.company
        )
    tables = _table_rows(lines)
    in_table: set[int] = set()
    label_list = False  # the bullets under a bare label line such as "AP:" or "AI:"
    spoken: dict[int, str] = {}  # id of an item -> the speaker of its line (the owner of a later "I'll …")
    tagged, said_by = 0, None
    posted_by = None  # the author of a chat message, named on the line above it ('Ada Imrie  4:30 PM')
    lined: dict[int, str] = {}  # id of an item -> the text of its line (where a 'she', 'er' finds who)
    context: dict[str, str] = {}  # a candidate -> the text of its line
    line_text = ""
    for line in lines:
        for done in items[tagged:]:
            if said_by:
                spoken[id(done)] = said_by
            lined[id(done)] = line_text
        tagged, said_by = len(items), None
        line = _unquoted(line)
        line_text = line.text
        chat = _CHAT_HEAD.match(line.text)
        if chat and (
            people.resolve(chat.group("who")) or (" " in chat.group("who") and is_name(chat.group("who")))
        ):
            posted_by = chat.group("who")
            continue
        if line.section == "participants" and not (line.stamped and _SPEAKER_LINE.match(line.text)):
            # a bullet after the attendance list that states a commitment ('- Herr X klärt bis Freitag …')
            item = _prose(line.text, people, base, None) if line.bullet and "(" not in line.text else None
            if item is not None and item.owner:
                items.append(item)
            continue
        if _BARE_LABEL.fullmatch(line.text.strip()):
            label_list = True
            continue
        label_list = label_list and line.bullet
        if label_list and line.section == "body":
            line = replace(line, section="actions")
        if line.index in tables and not _fields(line.text):
            cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
            row = {k: cells[i] if i < len(cells) else "" for k, i in tables[line.index].items()}
            owner = _resolve_owner(row.get("owner", ""), people, None)
            for task in _split_tasks(row.get("task", ""), base) or [row.get("task", "")]:
                item = _item(task, owner, base, row.get("due") or None)
                if item:
                    items.append(item)
                    in_table.add(id(item))  # a row of a to-do table is a task, whatever its words
            continue
        section, rest = heading(line.text)
        if section and not rest:
            continue
        text = _ITEM_NUMBER.sub("", line.text, count=1)
        if _DONE_BOX.match(line.raw.strip().lstrip("-*• ")) or _DONE_BOX.match(line.text):
            continue  # '- [x] thank-you note sent': a ticked box is done, no open item
        speaker = None
        sm = (
            _SPEAKER_LINE.match(text)
            if speakers and line.section != "actions" and not line.bullet and not _LABEL.match(text)
            else None
        )  # 'AI Sasha: book …' is a to-do with its owner, no one speaking
        if sm and people.resolve(sm.group("who")):
            speaker, text = sm.group("who"), sm.group("text")
        elif authors and line.index in authors and people.resolve(authors[line.index]):
            speaker = authors[line.index]
        elif posted_by:
            speaker = posted_by
        said_by = speaker
        labelled = bool(
            _LABEL.match(text)
            or _CHECKBOX.match(line.raw.strip().lstrip("-*• "))
            or _CHECKBOX.match(line.text)
        )
        if line.section == "actions" and not labelled and is_status(text, people, base):
            continue  # 'Der Vertrag ist noch nicht unterschrieben.' under the next steps says how things stand
        fields = None if line.section == "header" else trailing_fields(_bare(text))
        if fields:
            items.extend(_fielded(fields, people, base, speaker))
            continue
        lead = _LEAD_BRACKET.match(_bare(text)) if line.section != "header" else None
        if lead and _bracket_who(lead.group("who") or lead.group("named"), people, speaker):
            items.extend(_structured(text, people, base, speaker))  # '(ich) Kostenstellen abstimmen'
            continue
        if line.section == "actions" or labelled or _OWNER_DUE.match(text):
            if line.section == "header" and not labelled:
                continue
            parts = action_sentences(_LABEL.sub("", text))
            if len(parts) == 1 or (len(parts) <= 2 and _DASH.search(text)):
                items.extend(_structured(text, people, base, speaker))
                continue
            if labelled or line.section == "actions":
                for part in parts:
                    item = _prose(part, people, base, speaker)
                    items.extend([item] if item else _structured(part, people, base, speaker))
                continue
        if line.section == "header" and not line.bullet and not (speaker and line.stamped):
            continue
        sents = action_sentences(text)
        for i, sentence in enumerate(sents):
            chain = _arrow_chain(sentence, people, base, speaker)
            if chain is not None:
                items.extend(chain)
                continue
            item = _prose(sentence, people, base, speaker)
            if item:
                if item.due is None and i + 1 < len(sents):
                    _due_from_next(item, sents[i + 1], people, base, speaker)
                items.append(item)
            elif learned and _candidate(sentence, people):
                candidates.append((sentence, speaker))
                context[sentence] = line.text
                if i + 1 < len(sents):
                    following[sentence] = sents[i + 1]
    for done in items[tagged:]:
        if said_by:
            spoken[id(done)] = said_by
        lined[id(done)] = line_text
    for found in _learned_items(candidates, people, base):
        after = next((f for said, f in following.items() if said.strip(" .;").startswith(found.task)), None)
        if found.due is None and after:
            _due_from_next(found, after, people, base, None)
        if said_in := next(
            (c for said, c in context.items() if said.strip(" .;").startswith(found.task)), None
        ):
            lined[id(found)] = said_in
        items.append(found)
    parts: list[ActionItem] = []
    for item in items:
        for part in split_item(item, people, base, spoken.get(id(item))):
            if id(item) in lined:
                lined[id(part)] = lined[id(item)]
            parts.append(part)
    items = parts
    _by_pronoun(items, lined, people)
    seen: set[str] = set()
    unique: list[ActionItem] = []
    aliases = declared_initials(whole, people)
    for item in items:
        key = item.task.lower()
        if item.owner is None:
            initials = re.match(
                r"^(?P<who>[A-ZÄÖÜ]{2,3}|[A-ZÄÖÜ]{2}'[A-ZÄÖÜ])\s+(?:to|will|'ll)?\s*[a-zäöü]", item.task
            )
            # initials kept as written are resolved once every participant is known ('PE prüft …', 'KV to …')
            by_initials = _initials(initials.group("who"), people) if initials else None
            item.owner = _named_subject(item.task, people, whole) or (
                by_initials.name if by_initials else initials.group("who") if initials else None
            )
        if item.owner in aliases:
            item.owner = aliases[item.owner]
        elif item.owner is None and (tag := re.search(r"\((?P<ini>[A-ZÄÖÜ]{2,3})\)", item.task)):
            item.owner = aliases.get(tag.group("ini"))  # 'Entwurf schicken (TK) bis Mi' for 'Tobias (TK)'
        if (
            key not in seen
            and len(item.task) > 2
            and (id(item) in in_table or not not_a_task(item.task, people))
        ):
            seen.add(key)
            unique.append(item)
    return unique


# a third person as the subject: 'She'll also send …', 'er meldet sich …', 'den Termin stimmt er … ab'
_PRONOUN_SUBJECT = re.compile(
    r"^(?:(?:and|also|then|und|dann|außerdem)\s+)*(?:(?i:she|he)(?:['’](?:ll|d)|\s+(?:will|would|is going to|agreed to|"
    r"offered to|to))\b|(?i:sie|er)\s+[a-zäöüß]{3,}t\b)"
    r"|^(?:die|den|das|der|eine[nm]?)\s[^,;:]{2,60}?\s[a-zäöüß]{3,}t\s+(?:sie|er)\b"
)
_BY_THEN = re.compile(r"\b(?:bis dahin|by then)\b", re.IGNORECASE)


def _by_pronoun(items: list[ActionItem], lined: dict[int, str], people: People) -> None:
    """Give an item whose subject is 'she'/'he'/'sie'/'er' the owner of the task before it on its line ('Frau Zobrist
    erstellt …; die Key User benennt sie ebenfalls bis dahin'), else the person its line names first."""
    for k, item in enumerate(items):
        line = lined.get(id(item))
        if item.owner is not None or not line or not _PRONOUN_SUBJECT.match(item.task.strip()):
            continue
        at = line.find(item.task[:25])
        if at <= 0:
            continue
        before = [
            o
            for o in items[:k]
            if lined.get(id(o)) == line
            and o.owner
            and o.owner != _NOBODY
            and 0 <= line.find(o.task[:25]) < at
        ]
        if before:
            item.owner = before[-1].owner
            if item.due is None and _BY_THEN.search(item.task):
                item.due, item.due_text = before[-1].due, before[-1].due_text
        else:
            item.owner = _owner_in(line[:at], people)


_DECLARED_HANDLE = re.compile(
    r"@(?P<handle>[a-z][\w.-]*\w)\s*\((?P<name>[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){1,2})\s*[,;)]"
)


def declared_handles(text: str, people: People) -> list[Participant]:
    """Return the people the notes introduce by a chat handle and their name ('@c.hart (Callum Hart)') whom the
    participant list lacks, so that the handle names them as an owner."""
    out: list[Participant] = []
    for m in _DECLARED_HANDLE.finditer(text):
        person = Participant(name=m.group("name"))
        if people.resolve(person.name) is None and by_handle(m.group("handle"), [person]):
            if all(p.name != person.name for p in out):
                out.append(person)
    return out


_DECLARED = re.compile(
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){0,2})[ \t]*\((?P<ini>[A-ZÄÖÜ]{2,3})\)"
)


# initials set equal to a full name: '(KM = Karla Marbelstein)', 'KM = Karla Marbelstein'
_DECLARED_EQUAL = re.compile(
    r"(?<![\w-])(?P<ini>[A-ZÄÖÜ]{2,4})[ \t]*=[ \t]*(?P<name>[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){1,2})"
)


def declared_initials(text: str, people: People) -> dict[str, str]:
    """Return the initials the notes give a participant in brackets ('Tobias (TK)', 'Nadine (ND)') -> the name;
    the initials must start with the name's first letter. A full name the list missed counts when the initials are
    exactly its own ('ich (KM = Karla Marbelstein)')."""
    out: dict[str, str] = {}
    for m in [*_DECLARED.finditer(text), *_DECLARED_EQUAL.finditer(text)]:
        ini, name = m.group("ini"), m.group("name")
        person = people.resolve(name)
        if person and ini[0] == person.name[0].upper():
            out.setdefault(ini, person.name)
        elif person is None and len(name.split()) >= 2 and _part_initials(name) == ini and is_name(name):
            out.setdefault(ini, name)
    return out


_QUOTED = re.compile(r"^(?:>\s*)+")
_QUOTED_BULLET = re.compile(r"^(?:[-*•·–]|\d{1,2}[.)])\s+")


def _unquoted(line: Line) -> Line:
    """Return a line of a quoted e-mail ('> - [ ] X: task', '> AI: …') as the line it quotes."""
    quoted = _QUOTED.match(line.text)
    if not quoted:
        return line
    rest = line.text[quoted.end() :]
    bullet = _QUOTED_BULLET.match(rest)
    return replace(line, text=rest[bullet.end() :] if bullet else rest, bullet=line.bullet or bool(bullet))


_TITLE_LAST = re.compile(r"\s(?:Dr|Prof|Dipl|Ing|Herr|Frau|Hr|Fr|Mr|Ms|Mrs)\.?$")


def _without_titled_twins(people: People) -> People:
    """Return the people without a participant whose name is another's with a word before it ('Prokuristin
    Aleksandra Wójcik' beside 'Aleksandra Wójcik'), so that the surname still names one person, nor one read
    as a role and a title ('Kanzler Dr' from 'Kanzler Dr. Hollmann')."""
    group = [p for p in people.participants if not _TITLE_LAST.search(p.name)]
    keep = [p for p in group if not any(q is not p and p.name.endswith(" " + q.name) for q in group)]
    if len(keep) == len(people.participants):
        return people
    return People(participants=keep, author=people.author, company=people.company)


# what a line of an attendance list or a letter's greeting looks like once read as a task
_EMAIL = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
_PARENS = re.compile(r"\([^)]*\)?")
_ENTRY_LABEL = re.compile(r"^[^:]{1,25}:\s*")  # 'Minutes: …', 'von uns: …'
_ENTRY_PARTS = re.compile(r"\s+[–—-]\s+|,|;|\s\+\s|\s/\s|\s(?:und|and|&)\s")
_NAMEISH = re.compile(
    r"(?:(?:Herr|Frau|Hr|Fr|Mr|Mrs|Ms|Dr|Prof|RA|RAin)\.?\s+)*"
    r"[^\W\d_][\w'’.-]*(?:\s+(?:[^\W\d_][\w'’.-]*))*"
)
_PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "della", "dos", "van", "von", "der", "den", "ter", "zu", "la", "le"}
)
_GREETING = re.compile(
    r"^\W*(?:(?:liebe[rs]?|sehr geehrte[rs]?|dear|hallo|hello|hi)\s+(?-i:[A-ZÄÖÜ])|"
    r"(?:mit (?:besten|freundlichen|vielen) grüßen|(?:beste|viele|freundliche|herzliche) grüße|"
    r"(?:best|kind|warm) regards|talk soon|cheers)\W*$)",
    re.IGNORECASE,
)
_ROLE_SMALL = _PARTICLES | {"of", "for", "and", "und", "des", "für", "im", "in"}


def _entry_part(part: str) -> bool:
    """Return True for a part of an attendee entry: a name or a role of a few capitalised words ('Head of IT')."""
    words = part.split()
    return 0 < len(words) <= 5 and all(not w[:1].islower() or w in _ROLE_SMALL for w in words)


# an agreed next conversation, which is the next meeting and no task: "Let's speak again on 14 December"
_NEXT_TALK = re.compile(
    r"^\W*(?:let'?s|let us|lass(?:t)? uns|lassen sie uns)\s+(?:\w+\s+){0,3}?(?:speak|talk|meet|sit down|catch up|"
    r"check[- ]in|call|reconvene|regroup|touch base|pencil in|sprechen|treffen|telefonieren|zusammensetzen)\b",
    re.IGNORECASE,
)
# a label or a table rule read as a task: 'haben:', '(unsererseits):', '|---|---|'
_FRAGMENT = re.compile(r"^(?:.{0,40}:|[\W_]*)$")


def _only_a_name(task: str, people: People) -> bool:
    """Return True when the task is only a participant's name ('Kasia', 'Dr. Otto')."""
    found = people.mentions(task)
    return (
        len(found) == 1
        and _TITLES.fullmatch(task[: found[0][0]]) is not None
        and not task[found[0][1] :].strip(" .,;:()-–—")
    )


def not_a_task(task: str, people: People) -> bool:
    """Return True for a line that is no task though it was read as one: an attendee entry ('Name (role,
    company) – name@firm.example', 'Dr. X (Head of Y)') or a letter's greeting or closing ('Liebe Frau X', 'Best
    regards')."""
    if _GREETING.match(task) and len(task.split()) <= 12:
        return True
    if _NEXT_TALK.search(task) or _FRAGMENT.match(task) or _only_a_name(task, people):
        return True
    label = _ENTRY_LABEL.match(task)
    names = [p.strip(" .") for p in _ENTRY_PARTS.split(task[label.end() :])] if label else []
    if names and all(p and _only_a_name(p, people) for p in names):
        return True  # 'Firma GmbH: Herr A, Frau B': who came from where
    has_email = bool(_EMAIL.search(task))
    if not has_email and "(" not in task:
        return False
    bare = _ENTRY_LABEL.sub("", _PARENS.sub(" ", _EMAIL.sub(" ", task)).strip(" ,;–—-"))
    parts = [" ".join(p.strip(" .").split()) for p in _ENTRY_PARTS.split(bare) if p.strip(" .,;–—-")]
    if not parts:
        return has_email
    if not all(_entry_part(p) for p in parts) or not _NAMEISH.fullmatch(parts[0]):
        return False
    return has_email or _opens_with_name(parts[0], people)


_TITLES = re.compile(r"(?:(?:Herrn?|Frau|Hr|Fr|Mr|Mrs|Ms|Dr|Prof|RA|RAin)\.?\s+)*")


def _opens_with_name(part: str, people: People) -> bool:
    """Return True when an entry starts with a participant's name ('Dr. Otto'), not a task naming one later
    ('Kurz-Summary für Beck (1 Seite)')."""
    found = people.mentions(part)
    return bool(found) and _TITLES.fullmatch(part[: found[0][0]]) is not None


def _due_from_next(
    item: ActionItem, following: str, people: People, base: date | None, speaker: str | None
) -> None:
    """Give a task without a due date the date of the short sentence right after it, when that sentence only
    says when ('Das schaffe ich bis Ende nächster Woche.', 'End of next week?'), not a task of its own."""
    if len(following) > 70 or _prose(following, people, base, speaker) is not None:
        return
    due, phrase = resolve_due(following, base)
    if phrase and not _OTHER_DATE.search(following):
        item.due, item.due_text = due, phrase


# a date that is not the task's: a meeting, a call, a go-live named in the next sentence
_OTHER_DATE = re.compile(
    r"\b(?:meeting|termin|call|go-?live|kick-?off|workshop|sitzung|treffen|besprechung|launch|start)\b", re.I
)


# A sentence worth asking the learned classifier: someone in first person, a named participant or a role near
# the start, or a due phrase. Everything else stays with the rules (each classified sentence costs an embedding).
_FIRST_PERSON = re.compile(
    r"\b(?:ich|I|I'll|I'd|we|we'll|wir|mach(?:e)? ich|machen wir|me|us|uns|unser\w*|our)\b|(?:^|\s)\w+e ich\b",
    re.IGNORECASE,
)
# P(action) a sentence needs: lower when it names a due date ('… bis Freitag'), higher without one. Chosen holding
# out one author at a time (the classifier fitted without them): 0.4 / 0.7 keeps the items found at a flat 0.6 and
# drafts fewer that are no action item (see `_learned_items`).
LEARNED_THRESHOLD = 0.7
LEARNED_THRESHOLD_DUE = 0.4
MAX_LEARNED = 24  # sentences per document: bounds the cost of a long text


def learned_threshold(sentence: str) -> float:
    """Return the P(action) a sentence the rules passed over needs to become an item: lower with a due date."""
    return LEARNED_THRESHOLD_DUE if has_due_phrase(sentence) else LEARNED_THRESHOLD


def _candidate(sentence: str, people: People) -> bool:
    """Return True for a sentence the learned classifier should see (cheap filter, no model)."""
    text = sentence.strip()
    if not 12 <= len(text) <= 300 or text.endswith("?") or _NOT_TASK.search(text):
        return False
    if _FIRST_PERSON.search(text) or people.mentions(text[:40]) or role_owner(text):
        return True  # the cheap cues first; the due phrase (many patterns) last
    by = _BY_ROLE.search(text)
    return bool((by and _ROLE_OWNER.match(by.group("role"))) or has_due_phrase(text))


def _learned_owner(sentence: str, people: People, speaker: str | None) -> str | None:
    """Return the owner of a commitment the classifier found: the speaker/author for 'I', else the person or
    role at its start, else the one participant named in it who is not a helper ('mit Otto')."""
    if re.search(r"\b(?:ich|I|I'll|I'd)\b|\bmach(?:e)? ich\b|\w+e ich\b", sentence):
        return _resolve_owner("ich", people, speaker)
    owner = _prose_owner(sentence, people, speaker)
    if owner:
        return owner
    if re.search(r"\b(?:we|wir|we'll|machen wir|von uns|from us|unser\w*|our)\b", sentence, re.IGNORECASE):
        return _resolve_owner("ich", people, speaker)
    by = _BY_ROLE.search(sentence)
    if by and _ROLE_OWNER.match(by.group("role")):
        return _ROLE_OWNER.match(by.group("role")).group(0)  # type: ignore[union-attr]
    return _owner_in(sentence, people)


def _named_subject(sentence: str, people: People, text: str) -> str | None:
    """Return the full name of a first name or surname that opens a commitment ('Till richtet … ein') when the
    notes write that name in full elsewhere ('Cc: Till Oberhauser') though it is no participant."""
    bare = _INTERJECTION.sub("", sentence.strip())
    for pattern in (_DE_COMMIT, _EN_PRESENT, _EN_COMMIT):
        m = pattern.match(bare)
        if not m:
            continue
        subj = m.group("subj").strip()
        if len(subj.split()) != 1 or _GENERIC_SUBJECT.match(subj) or _SELF.match(subj) or not is_name(subj):
            return None
        full = full_owner(subj, people.participants, text)
        return full if full != subj else None
    return None


# what someone does in the meeting itself ('Lara zeigt den Connector', 'Ken demos the app'): no task without a date
_IN_MEETING = re.compile(
    r"\b(?:zeigt|zeigte|demonstriert|präsentiert|stellt\b[^.]{0,60}\bvor|erklärt|erläutert|führt\b[^.]{0,40}\bvor|"
    r"shows|showed|demos|demoed|demonstrates|presents|presented|walks\s+(?:us\s+|them\s+)?through|explains|explained)\b",
    re.IGNORECASE,
)
_BY_ROLE = re.compile(r"\b(?:vom|von der|von|from|by)\s+(?:the\s+|der\s+)?(?P<role>[A-ZÄÖÜ][\w-]+)")


def _learned_items(
    candidates: list[tuple[str, str | None]], people: People, base: date | None
) -> list[ActionItem]:
    """Return the commitments among sentences the rules passed over, by the shipped classifier (none without it)."""
    from coach.minutes.learned import action_probability

    todo = candidates[:MAX_LEARNED]
    probs = action_probability([s for s, _ in todo]) if todo else None
    if not probs:
        return []
    out: list[ActionItem] = []
    for (sentence, speaker), p in zip(todo, probs, strict=True):
        if p < learned_threshold(sentence) or (_IN_MEETING.search(sentence) and not has_due_phrase(sentence)):
            continue
        item = _item(sentence, _learned_owner(sentence, people, speaker), base)
        if item:
            out.append(item)
    return out


# Where one line holds two tasks: '…, and to invite …', '… tomorrow and get our CEO to countersign …',
# '… und Fr. X gibt es frei', '… fordert … an und legt sie … vor'. The second task starts with a verb (same owner)
# or with a person (their task).
_EN_TASK_VERB = (
    r"(?:to\s+)?(?:send|get|invite|share|set up|book|review|check|schedule|prepare|draft|confirm|update|ask|move|"
    r"write|call|e-?mail|arrange|provide|deliver|run|loop in|organi[sz]e|follow up|forward|circulate|recirculate|"
    r"return|submit|sign|countersign|issue|raise|file|collect|compile|finali[sz]e|test|install|configure|"
    r"introduce|present|reply|respond|order|release|approve|nominate|brief|inform|notify|contact|escalate)\b"
)
_SECOND_TASK = re.compile(
    rf",?\s+(?:and|&)\s+(?=(?:then\s+|also\s+)?{_EN_TASK_VERB})"
    r"|,?\s+(?:und|sowie)\s+(?=(?:dann\s+|danach\s+|anschließend\s+)?[a-zäöü]{3,}t\b)"
    # '+' between two actions, each with its verb ('sends the offer + books the workshop', '… ein + schickt …')
    rf"|\s+\+\s+(?=(?:then\s+|also\s+)?{_EN_TASK_VERB.removesuffix(chr(92) + 'b')}(?:e?s)?\b"
    r"(?!\s+(?:by|to|with|for|at|on|in|from|of|and|w/)\b))"  # '+ contact by Thursday' is a thing, no verb
    rf"|\s+\+\s+(?=(?:dann\s+)?(?:{_DE_VERBS})\s)"
)
# a second 'zu' infinitive of the same commission: 'wird beauftragt, A zu verhandeln und B zu berichten'
_SECOND_ZU = re.compile(
    r",?\s+(?:und|sowie)\s+(?=[^,;]{3,80}?(?:\bzu\s+[a-zäöüß]{3,}(?:en|ern|eln)|[a-zäöüß]+zu[a-zäöüß]{3,}en)\b)"
)
_ZU_END = re.compile(r"(?:\bzu\s+[a-zäöüß]{3,}(?:en|ern|eln)|\b[a-zäöüß]{2,}zu[a-zäöüß]{3,}en)\s*$")
_SECOND_PERSON = re.compile(
    r"(?:,?\s+(?:and|und|&)\s+|[,;]\s+)(?=(?:(?:Hr|Fr|Herr|Frau|Dr|Mr|Ms|Mrs)\.?\s+)?[A-ZÄÖÜ])"
)
# the writer's or speaker's own task after someone else's: '…, ich bereite … vor', '…, and I'll update …'
_SECOND_SELF = re.compile(r"(?:,\s+(?:and\s+|und\s+)?|;\s+|\s+(?:and|und)\s+)(?=(?:I'll|I will|ich)\s)")


def _clauses(
    task: str, people: People, base: date | None = None, speaker: str | None = None
) -> list[tuple[str, str | None]]:
    """Return the tasks of one line as (text, owner named at its start or None)."""
    cuts: list[tuple[int, int]] = []
    for m in _SECOND_TASK.finditer(task):
        cuts.append((m.start(), m.end()))
    if not _SELF.match(task):
        for m in _SECOND_SELF.finditer(task):
            if _own_task(task[: m.start()], people, base) and _own_task(task[m.end() :], people, base):
                cuts.append((m.start(), m.end()))
    for m in _SECOND_ZU.finditer(task):
        if _ZU_END.search(task[: m.start()]):
            cuts.append((m.start(), m.end()))  # '…, A zu verhandeln und B zu berichten': two commissions
    cuts += _dated_joins(task, base)
    for m in _SECOND_PERSON.finditer(task):
        named = people.mentions(task[m.end() : m.end() + 60])
        rest = task[m.end() :]
        if named and named[0][0] <= 8:
            after = rest[named[0][1] :].split()
            if not (after and after[0][:1].islower() and len(after) >= 2):
                continue
            head = task[: m.start()].strip()
            if m.group(0).strip() in (",", ";") and not (
                (_own_task(head, people, base) or re.match(r"^(?:to\s+)?[a-zäöü]\w+\s+\S+\s+\S+", head))
                and _own_task(rest, people, base)
            ):
                continue  # a comma joins two tasks only when both sides are commitments of their own
            cuts.append((m.start(), m.end()))
    if not cuts:
        return [(task, None)]
    cuts.sort()
    parts: list[tuple[str, str | None]] = []
    start = 0
    for a, b in cuts:
        if a <= start:
            continue
        parts.append((task[start:a], None))
        start = b
    parts.append((task[start:], None))
    out: list[tuple[str, str | None]] = []
    for k, (text, _) in enumerate(parts):
        text = text.strip(" ,;")
        named = people.mentions(text[:30])
        owner = named[0][2].name if named and named[0][0] <= 8 else None
        if k and re.match(r"[a-zäöüß]", text) and not _SELF.match(text):
            owner = (
                None  # 'und gebe Frau X bis Montag Rückmeldung': a verb first, the person named is no subject
            )
        if k and owner is None and _SELF.match(text):
            owner = _resolve_owner("ich", people, speaker) if speaker else None
            owner = owner or (people.author.name if people.author else _NOBODY)
        out.append((text, owner))
    if any(len(_core(t).split()) < 3 for t, _ in out):
        return [(task, None)]  # 'review and sign the contract': one task with two verbs
    return out


# where one line joins two tasks that each have their own due date ('mail A tomorrow and B today', 'erstellt bis
# übermorgen A und bis Ende nächster Woche B', 'A (heute) + B bis Fr', 'A today; B by Fri')
_JOIN = re.compile(r",?\s+(?:and|und|sowie|&)\s+|;\s+|\s+\+\s+")
# a date inside a question the task asks is its subject, no deadline ('check whether the price holds until 30 June')
_ASKS = re.compile(r"\b(?:whether|if|ob|falls|wenn)\b", re.IGNORECASE)


def _own_due(text: str, base: date | None) -> str | None:
    """Return the due phrase a clause sets for itself, None for none or for a date it only mentions."""
    phrase = resolve_due(text, base)[1]
    if not phrase:
        return None
    at = text.lower().find(phrase.lower())
    if event_date(text, phrase) or (at >= 0 and _ASKS.search(text[:at])):
        return None
    return phrase


def _dated_joins(task: str, base: date | None) -> list[tuple[int, int]]:
    """Return the joins between two tasks of one line that each carry their own due date (not 'Monday and
    Wednesday': two dates that meet at the join are one span)."""
    joins = list(_JOIN.finditer(task))
    cuts: list[tuple[int, int]] = []
    start = 0
    for k, m in enumerate(joins):
        end = joins[k + 1].start() if k + 1 < len(joins) else len(task)
        left, right = task[start : m.start()].strip(), task[m.end() : end].strip()
        if len(left.split()) < 3 or len(right.split()) < 2:
            continue
        said, later = _own_due(left, base), _own_due(right, base)
        if not said or not later:
            continue
        if left.lower().endswith(said.lower().rstrip(".")) and right.lower().startswith(later.lower()):
            continue
        cuts.append((m.start(), m.end()))
        start = m.end()
    return cuts


def _core(clause: str) -> str:
    """Return a clause without its subject ('The Superintendent will sign' -> 'sign', 'Leonie – countersign' ->
    'countersign')."""
    clause = re.sub(r"^[^–—:]{1,40}?(?:\s[–—]|:)\s+", "", clause.strip(), count=1)
    m = _TO.match(clause.strip())
    return m.group("task") if m else clause


_TALK_ONLY = re.compile(
    r"\bwhat\s+(?:I|we)(?:'ll|\s+will)?\s+do\b|\bsay that\b|\bwas ich mache\b", re.IGNORECASE
)


def _own_task(text: str, people: People, base: date | None) -> bool:
    """Return True when a clause is a commitment of its own ('Nora will send the memo by Friday'), not talk
    around one ('So what I'll do', 'I'll say that')."""
    text = text.strip(" ,;")
    return (
        len(text.split()) >= 4
        and not _TALK_ONLY.search(text)
        and _prose(text, people, base, None) is not None
    )


# a commitment of its own in brackets after the task: '… holt die Geräte ab (Jorinde stimmt den Termin ab)'
_OWN_ASIDE = re.compile(r"\s\((?P<inner>[^()]{12,160})\)\s*$")
_NOBODY = "\0"  # a first-person clause whose writer is unknown: no owner rather than the other clause's


def split_item(
    item: ActionItem, people: People, base: date | None, speaker: str | None = None
) -> list[ActionItem]:
    """Return the item, or one item per task when its line holds two ('… and to invite …', '… und Fr. X …')."""
    aside = _OWN_ASIDE.search(item.task)
    if aside and (named := people.mentions(aside.group("inner"))) and named[0][0] == 0:
        inner = _prose(aside.group("inner"), people, base, speaker)
        head = item.task[: aside.start()].rstrip(" ,;")
        if inner is not None and inner.owner and len(head.split()) >= 3:
            owner = item.owner if item.owner != inner.owner else _prose_owner(head, people, speaker)
            due = item.due if item.due_text is None or item.due_text.lower() in head.lower() else None
            first = ActionItem(task=head, owner=owner, due=due, due_text=item.due_text if due else None)
            return [*split_item(first, people, base, speaker), inner]
    parts = _clauses(item.task, people, base, speaker)
    if len(parts) == 1:
        return [item]
    out: list[ActionItem] = []
    dues = [(None, None) if event_date(text, (d := resolve_due(text, base))[1]) else d for text, _ in parts]
    dues = [(_day_due(d, p), p) for d, p in dues]
    for i, (text, owner) in enumerate(parts):
        due, phrase = dues[i]
        if due is None:
            # a due phrase later in the line covers the tasks before it ('klärt A und gibt bis Freitag Bescheid');
            # a due from its own column holds for every task
            later = next((d for d in dues[i + 1 :] if d[0] is not None), None)
            own_column = not (item.due_text and item.due_text.lower() in item.task.lower())
            due, phrase = later if later else ((item.due, item.due_text) if own_column else (None, None))
        out.append(
            ActionItem(
                task=text,
                owner=None if owner == _NOBODY else owner or item.owner,
                due=due,
                due_text=phrase,
                owner_side=item.owner_side,
            )
        )
    return out
