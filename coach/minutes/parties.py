"""Who sat on which side of the decision meeting, and the two companies: the seller's and the customer's.

Minutes name the organisations in many ways: a list label ("Kalyx Software GmbH: …", "us (Quillon Data): …"),
a bracket after the name ("(Leiterin Controlling, Brenner Logistik AG)", "(both Medisync Ltd, supplier)"), a tail
("… and Ruth Adler-Stein of CareCompass Software"), board minutes' guests ("Gäste zu TOP 3: …"), the award
("Vergabe an die X GmbH", "award the contract to X"), first-person cues ("von uns", "here from X") and e-mail
domains. The customer's company comes from the participants' organisations and these cues, never from the title
words or the product.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from coach.minutes.markup import unmark
from coach.minutes.patterns import word
from coach.text.model import Participant
from coach.text.names import PARTICLE, TOKEN, UPPER, is_org_word
from coach.text.people import People
from coach.text.sides import company_key


@lru_cache(maxsize=4096)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return `re.compile(pattern, flags)`, memoised: patterns built per name or organisation would overflow the
    512 entries of `re`'s own cache on long notes and be compiled again on every call."""
    return re.compile(pattern, flags)


_LEGAL_FORM = (
    r"(?:GmbH\s*&\s*Co\.\s*KG(?:aA)?|GmbH|gGmbH|AG|eG|SE|KGaA|KG|OHG|mbB|e\.\s?V\.|Ltd\.?|LLP|plc|PLC|Inc\.?|ASA|"
    r"LLC|Corp\.?|S\.A\.|S\.L\.|B\.V\.|N\.V\.|AS|A/S|AB|Oy|S\.r\.l\.|SpA|Pty\.? Ltd\.?|PartG(?: mbB)?|"
    r"AöR|KöR|a\.\s?G\.|VVaG|SA|S\.p\.A\.|Limited|DAC|Sp\.\s?z\s?o\.\s?o\.|K\.K\.|ApS|Oyj|CIC|S\.A\.S\.|SAS|"
    r"GesmbH|S\.à\s?r\.l\.|Pte\.? Ltd\.?|S\.r\.o\.|s\.r\.o\.)"
)
_WORD = rf"[{UPPER}0-9][\w'’.&-]*"
_JOIN = r"(?:&|und|u\.|and|of|de|für|am|an der|im|the)"
# a dot after these is an abbreviation inside a name ('St. Brigid's', 'Hoch- u. Tiefbau', 'Sp. z o.o.'), no full stop
_NO_ABBREVIATION = "".join(
    rf"(?<!\b{a})" for a in ("St", "Sp", "u", "z", "o", "Co", "Dr", "Hl", "Mt", "Ft", "Gebr", "Fa", "Ing")
)
# An organisation with a legal form: "Brenner Logistik AG", "Riverbend Senior Living, Inc.", "Marlow & Finch … plc".
# the legal form after a space, or joined by a hyphen ('Nordwerk Versicherungs-AG')
_ORG_LEGAL_BODY = (
    rf"{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,5}}?(?:,?[ \t]+{_LEGAL_FORM}|-(?:AG|GmbH|KG|SE|eG))"
)
ORG_LEGAL = re.compile(rf"(?<![\w-])(?P<org>{_ORG_LEGAL_BODY})(?![\w-])")
# Any capitalised organisation-like name of one to five words.
ORG_ANY = rf"{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,4}}"

_LEAD_ROLE = re.compile(
    r"^(?:(?:Vorstand|Vorständin|Bürgermeister(?:in)?|Director|Directors?|Dezernent(?:in)?|"
    r"Kämmerer(?:in)?|Geschaeftsfuehrer(?:in)?|Werkleiter(?:in)?|Landrat|Landrätin|Stadtrat|Stadträtin|Amtsleiter(?:in)?|Geschäftsführer(?:in)?|RA|RAin|GF|"
    r"Vors\.|Chair|Cllr\.?|Rev\.?|Prof\.?|Dr\.?|Commissioners?|"
    r"Verbandsvorsteher(?:in)?|Verbandsgeschäftsführer(?:in)?)\s+)+"
)
_SELLER_WORDS = re.compile(
    r"\b(?:supplier|vendor|anbieter|lieferant|dienstleister|auftragnehmer|hersteller|contractor)\b",
    re.IGNORECASE,
)
_OUR = re.compile(
    r"\b(?:us|wir|uns|ours|our side|our team|unserer seite|unsererseits|von uns|from us)\b", re.IGNORECASE
)
_GUESTS = re.compile(
    r"^\s*(?:als\s+)?(?:gäste?|guests?|zugeschaltet|vendor|anbieter|supplier|lieferant)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_ITEM = re.compile(r"(?:^|[,;+&]\s*|\b(?:and|und)\s+)(?:me|ich|myself)\b", re.IGNORECASE)
# the writer or their colleagues inside a list of people: '(ich, Name)', 'B v. uns', 'me (Name)', 'from us'
_SELF_IN_LIST = re.compile(
    r"\((?:ich|me|myself)\b|\b(?:v\.|von|from)\s+uns\b|\bfrom us\b|(?:^|,\s*|\b(?:and|und)\s+)(?:ich|me|myself)\s*\(",
    re.IGNORECASE,
)
_CUSTOMER_LABEL = re.compile(r"^\s*(?:kunde|kundin|kd|customer|client|auftraggeber)\b", re.IGNORECASE)
_NOT_ORG = re.compile(
    r"^(?:teilnehmer\w*|teilnehmende|teiln|tn|present|attendees|participants|anwesend\w*|also present|apologies|"
    r"entschuldigt|absent|management|directors?(?: present)?|board|vorstand|aufsichtsrat|gäste?|guests?|in attendance|"
    r"committee(?: members)?|members(?: present)?|ausschuss|gremium|mitglieder|"
    r"speakers?|sprecher\w*|dabei|there|ppl|people|minutes|protokoll|notes|kunde|customer|client|wir|us|me|ich|and|und|from|"
    r"von|the|der|die|das|item|top|vorsitz|chair|cc|an|to|from|betreff|subject|date|datum|sent|gesendet|"
    r"geschäftsführung|their side|our side|contract|vertrag|decision|entscheidung|outcome|ergebnis|ward|note|"
    r"verteiler|owner|who|wer|summary|details|evaluation|clerk|secretary|minute-?taker|note-?taker|"
    r"schriftführ\w*|protokollführ\w*|protokollant\w*)\b",
    re.IGNORECASE,
)
_ROLE_WORDS = {
    "ceo",
    "cfo",
    "cio",
    "cto",
    "coo",
    "cro",
    "gf",
    "it",
    "vp",
    "head",
    "director",
    "manager",
    "lead",
    "leiter",
    "leiterin",
    "leitung",
    "einkauf",
    "procurement",
    "finance",
    "finanzen",
    "controlling",
    "legal",
    "chair",
    "vorsitz",
    "vorstand",
    "geschäftsführer",
    "geschäftsführerin",
    "partner",
    "partnerin",
    "engineering",
    "ops",
    "operations",
    "sales",
    "account",
    "solution",
    "solutions",
    "architect",
    "security",
    "hr",
    "notes",
    "protokoll",
    "cso",
    "cmo",
    "cpo",
    "ae",
    "sdr",
    "csm",
    "pm",
    "key",
    "senior",
    "junior",
}
_SELF_MARK = re.compile(r"\((?:me|ich|myself|selbst)\)", re.IGNORECASE)


def _marks_name(before: str, person: Participant) -> bool:
    """Return True when a '(me)' follows the person's name, role or organisation ('Kofi Asante, X Ltd (me)'), not
    a task they own ('- X bietet an, … -> Wiedervorlage (ich)')."""
    ends = [m.end() for v in (person.name, person.name.split()[-1]) for m in rx(word(v)).finditer(before)]
    rest = before[max(ends) :] if ends else before
    return len(rest) <= 60 and not re.search(r"[:>→]|\s[–—-]\s|\b(?:bis|by|until)\b", rest)


_SELF = re.compile(r"\b(?:ich|me|myself|I)\s*(?:\(|=\s*)(?P<name>[^(),;\n]+)", re.IGNORECASE)
_AWARD = [
    re.compile(rf"\b(?:vergabe|auftrag|zuschlag)\s+an\s+(?:die\s+|den\s+|das\s+)?(?P<org>{ORG_ANY})"),
    re.compile(
        rf"\baward(?:ed|s)?\s+(?:the\s+\w+\s+)?(?:contract\s+)?(?:for\s+[\w-]+\s+)?to\s+(?P<org>{ORG_ANY})"
    ),
    re.compile(rf"\b(?:purchase|procurement|kauf)\s+of\s+[\w-]+\s+from\s+(?P<org>{ORG_ANY})"),
    re.compile(rf"\bAngebot(?:s)?\s+(?:der|des|von)\s+(?P<org>{ORG_ANY})"),
    re.compile(rf"\bbeauftrag\w*\s+(?:wir\s+)?(?:hiermit\s+)?(?:die\s+|den\s+)?(?P<org>{ORG_ANY})"),
    re.compile(rf"\b(?:go|gehen|going)\s+(?:ahead\s+)?(?:with|mit)\s+(?P<org>{ORG_ANY})\s+[{UPPER}]"),
    re.compile(rf"\b(?:offer|proposal)\s+(?:from|by)\s+(?P<org>{ORG_ANY})"),
]
_FIRST_PERSON_FROM = re.compile(
    rf"(?:\b(?:[Vv]on|[Ff]rom)\s+(?:der\s+|the\s+)?(?P<org>{ORG_ANY})\s+(?:sind|waren|are|were)\b[^.\n]{{0,80}}\b(?:ich|I)\b"
    rf"|\b(?:I|[Ww]e|[Ii]ch|[Ww]ir|me|us)\b[^.\n]{{0,60}}\b(?:here\s+)?from\s+(?P<org2>{ORG_ANY})"
    rf"|\b(?:[Vv]on|[Ff]rom)\s+(?P<org3>{ORG_ANY})\s+(?:[^.\n]{{0,60}}\s)?(?:und|and)\s+(?:ich|I|me)\b"
    rf"|\b(?:ich|me|I)\b\s*(?:\([^)]*\))?\s*(?:\+|und|and)\s+{TOKEN}\s+(?:von|from)\s+(?P<org4>{ORG_ANY})"
    # 'me + Name (Org)', 'ich und Name (Org)': the bracket after the pair names the writer's company
    rf"|\b(?:ich|me|I)\b\s*(?:\+|und|and|&)\s+{TOKEN}\s*\((?P<org6>{ORG_ANY})\)"
    # 'wir von X sind zu zweit', 'ich bin von X', 'hier ist Name von X'
    rf"|\b(?:[Ww]ir|[Ii]ch)\s+(?:hier\s+)?(?:bin\s+|sind\s+)?(?:von|vom)\s+(?:der\s+)?(?P<org5>{ORG_ANY}))"
)
_SPEAKER_AT = re.compile(
    rf"^\s*(?:\[[\d:.,]+\]\s*)?(?:\*\*)?(?:\[[\d:.,]+\]\s*)?(?P<who>{TOKEN}(?:\s+{TOKEN}){{0,2}})"
)
_THANKS_RECAP = re.compile(
    r"\b(?:danke|vielen dank|thanks?|thank you)\b[^.\n]{0,20}\b(?:für|for)\s+(?:die|the|your|ihre|deine)?\s*"
    r"(?:zusammenfassung|recap|summary|notes|minutes|protokoll|nachricht|mail)",
    re.IGNORECASE,
)
_CUSTOMER_ACT = re.compile(
    rf"(?P<org>{ORG_ANY})\s+(?:approves|approved|will\s+not\s+be\s+\w+ing|will proceed|has decided|decided|wants|"
    rf"picked|chose|selected|opted|declined|rejected|"
    rf"gibt grünes licht|entscheidet|hat entschieden|beauftragt|lehnt)\b"
)


def _email_cue(text: str) -> tuple[str, str] | None:
    """Return (customer, seller) names from the newest mail's header when it thanks for the seller's recap."""
    frm = re.search(rf"^(?:von|from)\s*:\s*(?P<n>{TOKEN}(?:[ \t]+{TOKEN}){{1,2}})", text, re.I | re.M)
    to = re.search(rf"^(?:an|to)\s*:\s*(?P<n>{TOKEN}(?:[ \t]+{TOKEN}){{1,2}})", text, re.I | re.M)
    if not frm or not to:
        return None
    body = text[max(frm.end(), to.end()) : max(frm.end(), to.end()) + 600]
    if _THANKS_RECAP.search(body):
        return frm.group("n"), to.group("n")
    return None


def _domain_org(email: str, orgs: list[str]) -> str | None:
    """Return the organisation whose first word the e-mail's domain carries (celik-bau.example ~ Çelik & Partner)."""
    domain = _fold(email.split("@", 1)[1]).split(".")[0].replace("-", "")
    for org in orgs:
        key = company_key(org)
        first = key.split()[0] if key else ""
        if len(first) >= 3 and (domain.startswith(first) or first.startswith(domain) and len(domain) >= 4):
            return clean_org(org)
    return None


_EMAIL_PERSON = re.compile(
    rf"(?P<name>{TOKEN}(?:[ \t]+{TOKEN}){{1,2}})\s*<(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>"
)


@dataclass
class Parties:
    """The companies of the meeting: the seller's and the customer's, as written in the text."""

    seller: str | None = None
    customer: str | None = None
    orgs: dict[str, str] = field(default_factory=dict)  # participant name -> organisation written beside them


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


_ROLE_OF = re.compile(
    r"^(?:(?:deputy|assistant|interim|acting|stv\.?)\s+)?(?:director|head|chief|vp|vice president|manager|lead|officer|"
    r"leiter(?:in)?|leitung|direktor(?:in)?)\s+(?:of|for|der|des|für)\s",
    re.IGNORECASE,
)


# a legal form written as letters with dots keeps its last dot: 'a.G.', 'e.V.', 'S.A.'
_DOTTED_FORM = re.compile(r"(?:^|[\s.])[A-Za-z]\.[A-Za-z]\.$")


def _keep_abbreviation(text: str) -> str:
    """Return the text without trailing dots, but for the last dot of a dotted legal form ('… a.G.')."""
    return text if _DOTTED_FORM.search(text) else text.strip(" .")


def clean_org(text: str | None) -> str | None:
    if not text:
        return None
    text = re.split(rf"{_NO_ABBREVIATION}\.\s(?!(?:KG|KGaA|Ltd|Inc|AG|SE|mbB|z o\.)\b)|\s[–—|]\s|\n", text)[0]
    text = _keep_abbreviation(re.sub(r"\s+", " ", text).strip(" ,:;–—-()"))
    if _ROLE_OF.match(text):
        return None  # 'Director of Place', 'Head of Digital', 'Leiterin der Verwaltung': a role and its department
    text = _LEAD_ROLE.sub("", _PEOPLE_AT.sub("", text))
    text = re.sub(
        r"^(?:[\w-]*(?:meeting|termin|gespräch|sitzung|protokoll|notiz|notes|minutes|call|runde|besprechung|"
        r"vermerk|niederschrift|auszug|"
        r"entscheidung)\w*\s+(?:(?:with|mit|bei|der|des|of|the)\s+)?)+(?=[A-ZÄÖÜ])",
        "",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(rf"^(?:{'|'.join(sorted(_ROLE_WORDS))})\s+(?=[{UPPER}])", "", text, flags=re.IGNORECASE)
    text = re.sub(
        r"^(?:both|beide|alle|all|von|from|of|der|die|the|at|bei)\s+", "", text, flags=re.IGNORECASE
    )
    text = re.sub(r"\s+(?:zu|for|für)\s+(?:TOP|item|agenda)\b.*$", "", text, flags=re.IGNORECASE)
    if not text or _NOT_ORG.match(text) or len(text) > 80 or not text[0].isupper():
        return None
    if text.casefold() in _ROLE_WORDS or all(w.casefold() in _ROLE_WORDS for w in text.split()):
        return None
    return text


_MONTHS = re.compile(
    r"^(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*$|^\d", re.IGNORECASE
)


def _same_in(org: str, text: str) -> bool:
    """Return True when the organisation's name (without legal form) occurs in the text, case aside."""
    key = company_key(org)
    return bool(key) and key in company_key(text)


def org_like(org: str) -> bool:
    """Return True for a name that can be a company: capitalised words (and joiners), no pronoun, no month."""
    words = org.split()
    if not words or len(words) > 7 or _PRONOUN.match(org) or _NOT_ORG.match(org):
        return False
    if any(_MONTHS.match(w) for w in words):
        return False
    joiners = {"&", "und", "and", "of", "de", "für", "am", "an", "der", "im", "the"}
    return all(w[0].isupper() or w[0].isdigit() or w in joiners or w[0] in "&(" for w in words) and not (
        len(words) == 1 and org.isupper() and len(org) <= 3
    )


def _is_org(text: str, known: list[str]) -> bool:
    """Return True when a bracket part or label names an organisation (a legal form, or one already known)."""
    if ORG_LEGAL.fullmatch(text.strip()):
        return True
    key = company_key(text)
    return bool(key) and any(company_key(k) == key for k in known)


def _names_in(segment: str, people: list[Participant]) -> list[Participant]:
    out: list[tuple[int, Participant]] = []
    for p in people:
        for variant in (p.name, p.name.split()[-1], p.name.split()[0]):
            at = rx(word(variant)).search(segment)
            if at:
                out.append((at.start(), p))
                break
    return [p for _, p in sorted(out, key=lambda t: t[0])]


# a list label naming the organisation the people are at: 'ppl @ Org', 'people at Org', 'Leute bei Org'
_PEOPLE_AT = re.compile(
    r"^\s*(?:ppl|people|folks|leute|team|attendees|present|participants|teilnehm\w*|anwesend\w*)\s*"
    r"(?:@|at|from|von|bei|of)\s*(?=[A-ZÄÖÜ0-9])",
    re.IGNORECASE,
)


def _slash_groups(line: str) -> str:
    """Return the line with ' / ' written as '//' where it closes a list ('A (GF), B (IT) / C + D (X GmbH)')."""
    out = ""
    for i, piece in enumerate(line.split(" / ")):
        if i:
            before = re.split(r"//|\s\|\s|;", out)[-1]
            out += " // " if "," in before and before.rstrip().endswith(")") else " / "
        out += piece
    return out


# a list's part for one agenda item: '…, for item 4: A and B (X GmbH)', '…, zu TOP 2: …'
_ITEM_LABEL = re.compile(
    r",\s*(?=(?i:for|für|zu|bei)\s+(?i:items?|top|agenda items?|tagesordnungspunkt)\s*[\d.]+"
    r"(?:\s*(?:und|and|&|,|-|–)\s*[\d.]+)*(?:\s+(?i:only|nur))?\s*:)"
)


def _segments(line: str) -> list[tuple[str, str]]:
    """Split a participant line into (label, body) segments at '//', ' | ', ';', 'label:' heads, an agenda item's
    part (', for item 4: …'), and at ' / ' after a list ('A (GF), B (Einkauf) / C + D (X GmbH)'; 'A / B (us, X)' is
    one group)."""
    out: list[tuple[str, str]] = []
    for part in re.split(
        r"\s*(?://|\s\|\s|;|\s\+\s(?=von uns|from us)|(?<=\.)\s+(?=(?:[A-ZÄÖÜ]|(?:us|ours|our side|wir|uns)\b)[^.:\n]{0,40}:\s))\s*",
        _slash_groups(_ITEM_LABEL.sub(" ; ", line)),
    ):
        m = re.match(r"^(?P<label>[^:()]{1,60}(?:\([^)]*\))?[^:()]{0,30}):\s*(?P<body>.*)$", part)
        if (
            m
            and (
                not re.search(rf"{TOKEN}\s+{TOKEN}\s*$", m.group("label").split("(")[0])
                or _two_or_more_people(m.group("body"))  # 'Baustein Cloud: A (RB), B (NP)' names a company
            )
            or (m and _OUR.search(m.group("label")))
            or (m and re.match(r"^(?:from|von|for|für|bei|at|of)\s", m.group("label"), re.IGNORECASE))
            or (m and _PEOPLE_AT.match(m.group("label")))
        ):
            out.append((m.group("label").strip(), m.group("body")))
        else:
            out.append(("", part))
    return out


@lru_cache(maxsize=2048)
def _two_or_more_people(body: str) -> bool:
    """Return True when a text lists two or more people ('A (RB), B (NP)'), not a sentence someone said."""
    if len(body) > 240 or not re.search(r",|\+|\s(?:und|and|&)\s", body):
        return False
    items = _split_items(body)
    return (
        len(items) >= 2
        and _listy(body)
        and sum(_item_name(i, single_ok=False) is not None for i in items) >= 2
    )


_ALL_OF_TAIL = re.compile(
    rf"\s[–—-]\s*(?i:alle|all|both|beide|jeweils)\s+(?i:of\s+|von\s+|from\s+)?(?:der\s+|the\s+)?(?P<org>{ORG_ANY})\s*\.?\s*$"
)


def _tail_org(body: str, known: list[str]) -> str | None:
    """Return an organisation written after the names of a segment: '(both Medisync Ltd, supplier)', 'of X'."""
    body = re.sub(r"\s*\((?:[^()]*\b(?:item|TOP|agenda|only|nur)\b[^()]*)\)\s*\.?\s*$", "", body, flags=re.I)
    every = _ALL_OF_TAIL.search(body)  # '… – alle X GmbH', '… - all of X'
    if every and clean_org(every.group("org")):
        return clean_org(every.group("org"))
    m = re.search(r"\(([^()]*)\)\s*\.?\s*$", body)
    if m:
        parts = [p.strip() for p in m.group(1).split(",")]
        for part in parts:
            cleaned = clean_org(part)
            if cleaned and (_is_org(cleaned, known) or re.match(r"^(?:both|beide)\b", part, re.I)):
                return cleaned
    m = re.search(rf"\b(?:of|from|von|vom|bei)\s+(?:der\s+|the\s+)?(?P<org>{ORG_ANY})\s*\.?\s*$", body)
    if m and not _ROLE_OF.search(
        body[max(0, m.start() - 40) : m.end()].split(",")[-1].split("–")[-1].strip() + " "
    ):
        return clean_org(m.group("org"))  # never the department of a role: 'Director of Place'

    m = re.search(rf",\s*(?P<org>{ORG_ANY})\s*\.?\s*$", body)
    if m and (_is_org(m.group("org"), known) or ORG_LEGAL.search(m.group("org"))):
        return clean_org(m.group("org"))
    return None


def _bracket_org(text: str, person: Participant, known: list[str]) -> str | None:
    """Return an organisation in the bracket right after the person's name: '(CIO, Brenner Logistik AG)'."""
    for variant in (person.name, person.name.split()[-1]):
        for m in rx(rf"{word(variant)}\s*\((?P<inner>[^()]*)\)").finditer(text):
            for part in m.group("inner").split(","):
                part = part.strip()
                if _is_org(part, known) or (ORG_LEGAL.search(part) and clean_org(part)):
                    return clean_org(ORG_LEGAL.search(part).group("org") if ORG_LEGAL.search(part) else part)
        m2 = _after_name(text, variant, _NAME_TAIL_LEGAL)
        if m2:
            return clean_org(m2.group("org"))
        m3 = _after_name(text, variant, _NAME_TAIL_DASH)
        if m3 and _is_org(m3.group("org"), known):
            return clean_org(m3.group("org"))
    return None


# what may follow a name: '(CIO), Brenner Logistik AG', '– CIO, Brenner Logistik AG'; '– Brenner Logistik'
_NAME_TAIL_LEGAL = re.compile(
    rf"(?:[ \t]*\([^()\n]*\))?[ \t]*[,|–—-][ \t]*(?:[^,|\n]{{0,40}}[,|][ \t]*)?(?P<org>{_ORG_LEGAL_BODY})(?![\w-])"
)  # on the name's own line: the next line's bullet ('- X GmbH: …') is another group  # the legal form ends a word: 'Oy' in 'Sebastian Oyelaran-Krüger' is no 'Sebastian Oy'

_NAME_TAIL_DASH = re.compile(rf"[ \t]*[–—-][ \t]*(?P<org>{ORG_ANY})")


def _after_name(text: str, name: str, tail: re.Pattern[str]) -> re.Match[str] | None:
    """Return the first match of `tail` right after `name` written as a word: what `re.search(word(name) + tail)`
    finds, without compiling the large tail once more for every name."""
    for at in rx(f"(?={word(name)})").finditer(text):
        m = tail.match(text, at.start() + len(name))
        if m:
            return m
    return None


_SELLER_ROLE = re.compile(
    r"\b(?:AE|account exec\w*|account manager|key account\w*|account director|solutions?\s*(?:architect|eng\w*|"
    r"consultant)|SE|presales|pre-sales|sales\w*|vertrieb\w*|customer success|CSM|SDR|BDR|implementation\w*|"
    r"onboarding|supplier|vendor|anbieter)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"^(?:Herrn?|Frau|Hr|Fr|Mr|Mrs|Ms|Ihr\w*|Ihnen|Euch|Euer\w*|Uns|Ihm|Dir|Dich|Mir|Mich|Sie|Your|You|Our|Unser\w*|The|Der|Die|Das|This|That|These|Those|It|He|She|They|We|Wir|Es|Er|"
    r"Diese\w*|Line|Q\d|KW|We've|We're|I|Ich|Meeting|Call|Notes|Minutes|Protokoll|Hi|Hallo|Hello|Dear|Liebe\w*|"
    r"Sehr|Guten|Recording|Aufzeichnung|Transcript|\w*[Pp]rotokoll|Niederschrift)\b"
)
_CAMEL = re.compile(
    r"^[A-Z][a-z]+[A-Z0-9]\w*$|^[a-z]+[A-Z]\w*$"
)  # product names: ShelfWise, peopleLoop, X360
_TITLE_WITH = re.compile(
    rf"\b(?:w/|with|mit|bei|at|@|mtg|meeting|call|termin|gespräch)\s+(?:der\s+|the\s+|den\s+)?(?P<org>{ORG_ANY})"
)


@dataclass
class _Group:
    members: list[Participant]
    org: str | None = None
    cue: str | None = None  # seller | customer | guest (| listed, while reading)
    head: bool = False


_ATTENDANCE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:teilnehmer\w*|teilnehmende|teiln(?=\.)|tn|anwesend\w*|present|pres|attendees|attending|participants|"
    r"in attendance|also present|directors present|management|geschäftsführung|guests?|gäste|als gäste|zugeschaltet|"
    r"speakers?|sprecher(?:innen)?|dabei(?: waren)?|there|ppl|people|from our side|from the \w+|von uns|von unserer seite|kundenseite|"
    r"kunde|customer|client|us|wir|on the call|their side|ours|our side|v\.\s*uns|who(?=\s*:)|"
    r"for (?:item|top|agenda item)\s*[\d.]+(?:\s+only)?|"
    # the one who writes the minutes sits in the meeting: 'Clerk: …', 'Schriftführerin: …'
    r"clerk|secretary|minute-?taker|note-?taker|schriftführ\w*|protokollführ\w*|protokollant\w*)\b",
    re.IGNORECASE,
)
_LABEL_STOP = re.compile(
    r"^(?:outcome|owner|decision|entscheidung|ergebnis|who|what|wer|was|evaluation|verteiler|distribution|note-?taker|"
    r"minutes|protokoll\w*|chair|vorsitz|notes?|summary|details|recap|next\b.*|actions?|ai|ap|todo|to-?dos?|"
    r"aufgaben|review\b.*|concern\b.*|einwand\b.*|objection\b.*|result|status|subject|betreff|date|datum|"
    r"apologies|absent|entschuldigt|cc|an|to|from|von)$",
    re.IGNORECASE,
)
_NOT_PRESENT = re.compile(
    r"^\s*(?:apologies|absent|entschuldigt|abwesend|verteiler|distribution|cc|regrets|not present|nicht anwesend)\b",
    re.IGNORECASE,
)


def _listy(body: str) -> bool:
    """Return True when a text is a list of people ('Jörg Albers (AE), Mehmet Yıldız'), not a sentence."""
    items = _split_items(body)
    named = sum(_item_name(i, single_ok=False) is not None for i in items)
    return (
        named >= 1
        and named * 2 >= len(items)
        and not re.search(
            r"\b(?:confirmed|said|asked|will|hat|ist|sind|wurde|bestätigt|sagt|was|were|is|are)\b", body
        )
    )


# the number of an item in numbered minutes: '1.1 ', '2. ', 'a) '
_OUTLINE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))[ \t]+(?=\S)")


def _attendance_lines(lines: list[str]) -> list[str]:
    """Return the lines that list who was there: the head of the text and every line with an attendance label."""
    out = []
    for i, line in enumerate(lines):
        line = _OUTLINE.sub("", line)
        if _NOT_PRESENT.match(line):
            continue
        if i < 12 or _ATTENDANCE.match(line):
            out.append(line)
    return out


def _other_bracket_org(body: str, tail: str, known: list[str]) -> bool:
    """Return True when a bracket before the last one of a list names an organisation other than `tail`."""
    brackets = re.findall(r"\(([^()]*)\)", body)
    for inner in brackets[:-1]:
        for part in inner.split(","):
            cleaned = clean_org(part.strip())
            if cleaned and _is_org(cleaned, known) and not _same(cleaned, tail):
                return True
    return False


def _own_brackets(body: str, members: list[Participant]) -> bool:
    """Return True when every member of a list has a bracket of their own and the last is no group bracket:
    'A (Head of IT), B (Finance), C (X Data)' gives X Data to C only."""
    brackets = re.findall(r"\(([^()]*)\)", body)
    if len(members) < 2 or len(brackets) < len(members):
        return False
    return not re.match(r"^\s*(?:both|beide|alle|all|jeweils|each)\b", brackets[-1], re.I)


CLOSED_BRACKETS = (
    True  # a list's last bracket names the organisation of the people after the brackets before it
)


def _after_own_brackets(body: str, names: list[Participant]) -> list[Participant]:
    """Return the people a list's closing bracket is about: those named after the bracket before it ('A (GF),
    B (IT), C, D (X GmbH)' -> C, D); none when the list ends in no bracket or has no bracket before it."""
    end = re.search(r"\(([^()]*)\)\s*\.?\s*$", body)
    if not end:
        return []
    before = body.rfind(")", 0, end.start())
    if before < 0 or _FIRST_PERSON_ITEM.search(body[body.rfind("(", 0, before) + 1 : before]):
        return []  # '(ich, Name)' is the writer's own entry, not a role closing someone's
    after = _names_in(body[before + 1 : end.start()], names)
    both = re.match(r"\s*(?:both|beide)\b", end.group(1), re.IGNORECASE)
    return [] if both and len(after) < 2 and not _FIRST_PERSON_ITEM.search(body[before + 1 :]) else after


def _groups(lines: list[str], names: list[Participant], known: list[str]) -> list[_Group]:
    """Return the groups of people written together in the participant lines, each with its label and organisation."""
    groups: list[_Group] = []
    full = {_fold(p.name) for p in names}
    for line in _attendance_lines(lines):
        line = _OUTLINE.sub("", line)  # '1.2 Thornbury: A, B' is a labelled list in numbered minutes
        cue = bool(_ATTENDANCE.match(line))
        line = re.sub(r"^\s*[-*•]\s*", "", line)
        for label, body in _segments(line):
            if not cue and not _listy(body):
                continue
            if label and (
                _fold(label.split("(")[0].strip()) in full or _LABEL_STOP.match(label.split("(")[0].strip())
            ):
                continue  # "Karin Petersen: …" is a speaker, "Decision: …" a heading, not a list label
            members = _names_in(body, names)
            if not members:
                continue
            group = _Group(members=members)
            if label:
                inner = re.search(r"\(([^)]*)\)", label)
                if _OUR.search(label) or _SELLER_WORDS.search(label):
                    group.cue = "seller"
                    group.org = clean_org(inner.group(1)) if inner else None
                elif _CUSTOMER_LABEL.match(label) or re.match(r"^\s*kundenseite\b", label, re.I):
                    group.cue = "customer"
                    group.org = clean_org(inner.group(1)) if inner else None  # 'Kunde (X GmbH): …'
                elif _GUESTS.match(label):
                    group.cue = "guest"
                elif inner and _ATTENDANCE.match(label.split("(")[0]) and len(inner.group(1).split()) >= 2:
                    # 'pres (X Stores): A, B | us (Y): …' names the other side's organisation
                    group.org = clean_org(inner.group(1))
                    group.cue = "listed"
                else:
                    group.org = clean_org(re.sub(r"\s*\([^)]*\)", "", label))
            if re.match(r"^\s*(?:\+\s*)?(?:von uns|from us|from our side|von unserer seite)\b", body, re.I):
                group.cue = "seller"
            tail = _tail_org(body, known)
            if tail and (_other_bracket_org(body, tail, known) or _own_brackets(body, members)):
                tail = None  # 'A (CFO, X), B (AE, Y GmbH)': the last bracket is B's own, not the whole line's
            own = _FIRST_PERSON_ITEM.search(body)
            if tail and own and not re.search(r"\)\s*\.?\s*$", body):
                # '…, Mei-Ling Chou (IT), me (Name) + Jonas from X': the tail names the first person's side only
                before = [p for p in members if p not in _names_in(body[own.start() :], names)]
                if before:
                    groups.append(_Group(members=before, cue=group.cue))
                    group.members = [p for p in members if p not in before]
            both = re.search(r"\(\s*(?:both|beide)\b[^()]*\)\s*\.?\s*$", body, re.IGNORECASE)
            after = _after_own_brackets(body, names) if tail and CLOSED_BRACKETS else []
            if after and len(after) < len(group.members):
                # 'A (GF), B (IT), C und ich (beide X)': a bracket of one's own closes that person's entry
                groups.append(_Group(members=[p for p in group.members if p not in after], cue=group.cue))
                group.members = [p for p in group.members if p in after]
            elif tail and both and len(group.members) > 2:
                # 'A (COO), B (IT), C, D (both X)': 'both' is C and D, not the whole line
                groups.append(_Group(members=group.members[:-2], cue=group.cue))
                group.members = group.members[-2:]
            if tail:
                group.org = tail
                if _SELLER_WORDS.search(body) or (group.cue is None and _SELF_IN_LIST.search(body)):
                    group.cue = "seller"  # '(ich, Name), B v. uns (beide X GmbH)': the writer's company
            groups.append(group)
    ours = any(g.cue == "seller" for g in groups)
    for g in groups:
        if g.cue == "listed":
            g.cue = "customer" if ours else None  # beside the writer's own group: the customer's people
    return groups


def _bracket_parts(text: str, person: Participant) -> list[list[str]]:
    """Return the comma-separated parts of each bracket written right after a person's name."""
    return [
        [part.strip() for part in m.group("inner").split(",") if part.strip()]
        for m in rx(rf"{word(person.name)}\s*\((?P<inner>[^()\n]*)\)").finditer(text)
    ]


def shared_bracket_orgs(text: str, people: list[Participant]) -> list[str]:
    """Return the organisations written as the last bracket part of two or more people and no role:
    'Anna Berg (Acme Analytics), José Álvarez (Solutions, Acme Analytics)' gives 'Acme Analytics'."""
    from coach.minutes.vendor import _BUYER_ROLE, _VENDOR_ROLE, ROLE_WORD  # vendor imports this module

    owners: dict[str, set[str]] = {}
    spelling: dict[str, str] = {}
    for person in people:
        for parts in _bracket_parts(text, person)[:1]:
            if not parts:
                continue
            last = clean_org(parts[-1])
            if not last or not org_like(last) or not company_key(last):
                continue
            if any(
                r.search(parts[-1]) for r in (ROLE_WORD, _VENDOR_ROLE, _BUYER_ROLE)
            ):  # "Leitung X" is a role
                continue
            owners.setdefault(company_key(last), set()).add(person.name)
            spelling.setdefault(company_key(last), last)
    return [spelling[k] for k, names in owners.items() if len(names) >= 2]


def bracket_org_of(text: str, person: Participant) -> str | None:
    """Return the organisation-like last part of the bracket after a person's name ('(AE, X Data)' -> 'X Data')."""
    from coach.minutes.vendor import _BUYER_ROLE, _VENDOR_ROLE, ROLE_WORD  # vendor imports this module

    for parts in _bracket_parts(text, person)[:1]:
        last = clean_org(parts[-1]) if parts else None
        if (
            last
            and org_like(last)
            and not any(r.search(parts[-1]) for r in (ROLE_WORD, _VENDOR_ROLE, _BUYER_ROLE))
        ):
            return last
    return None


def _written_as(org: str | None, text: str) -> str | None:
    """Return the user's own company as the text writes it ('Acme Analytics GmbH' for 'Acme Analytics'), or as
    given when the text names it by its key; None when the text does not name it."""
    key = company_key(org)
    if not org or not key:
        return None
    for m in ORG_LEGAL.finditer(text):
        if company_key(m.group("org")) == key:
            return m.group("org").strip()
    if rx(word(org.strip()), re.IGNORECASE).search(text):
        return org.strip()
    return None


def find_parties(
    text: str,
    people: People,
    hint_seller: str | None = None,
    hint_customer: str | None = None,
    own_company: str | None = None,
) -> Parties:
    """Return the companies and each participant's organisation; set every participant's side where the text says.

    `own_company` is the selling company as the user set it (`--seller-company`): it outweighs every cue."""
    text = unmark(text)
    parties = Parties()
    lines = [ln for ln in text.split("\n") if ln.strip()]
    names = people.participants
    known = [m.group("org").strip() for m in ORG_LEGAL.finditer(text)] + shared_bracket_orgs(text, names)
    own = _written_as(own_company, text)
    if own:
        known.append(own)
    seller_votes: Counter[str] = Counter()
    customer_votes: Counter[str] = Counter()

    def vote(counter: Counter[str], org: str | None, weight: int, strong: bool = False) -> None:
        org = clean_org(org)
        if org and len(org.split()) == 1 and is_org_word(org):
            return  # 'die Hochschule', 'the Trust': what kind of body, not its name
        if org and org_like(org) and (strong or not any(_fold(org) == _fold(p.name) for p in names)):
            counter[org] += weight

    if own:
        vote(seller_votes, own, 12, strong=True)  # the user said which company sells
    if hint_seller and ORG_LEGAL.search(hint_seller):
        vote(seller_votes, hint_seller, 2)
    if hint_customer and ORG_LEGAL.search(hint_customer):
        vote(customer_votes, hint_customer, 1)
    for pattern in _AWARD:
        for m in pattern.finditer(text):
            vote(seller_votes, m.group("org"), 4, strong=True)
    said_by_seller: set[str] = set()
    said_by_customer: set[str] = set()
    labelled: set[str] = set()  # written after 'Kunde:' / 'Customer:'
    for line in lines:
        for m in _FIRST_PERSON_FROM.finditer(line):
            vote(seller_votes, next(g for g in m.groups() if g), 5, strong=True)
            speaker = _SPEAKER_AT.match(line)
            joined = re.search(rf"({TOKEN})\s+(?:and|und|&|\+)\s*$", line[max(0, m.start() - 40) : m.start()])
            for p in (
                _names_in(speaker.group("who") if speaker else "", names)
                + _names_in(m.group(0), names)
                + _names_in(joined.group(1) if joined else "", names)  # 'Lutz and me from X'
            ):
                said_by_seller.add(p.name)
    header_cue = _email_cue(text)
    if header_cue:
        customer_name, seller_name = header_cue
        for name, counter in ((customer_name, customer_votes), (seller_name, seller_votes)):
            person = next((p for p in names if _fold(p.name) == _fold(name)), None)
            if person and person.email:
                org = _domain_org(person.email, known)
                vote(counter, org, 4)
            if person and counter is seller_votes:
                said_by_seller.add(person.name)
            elif person:
                said_by_customer.add(person.name)
    for m in re.finditer(
        r"^\s*(?:vendor|supplier|anbieter|lieferant)\s*:\s*(?P<org>[^\n(]+)", text, re.I | re.M
    ):
        vote(seller_votes, m.group("org"), 5, strong=True)
    for m in re.finditer(r"\((?:vendor|supplier|anbieter|lieferant)\s*:\s*(?P<org>[^)\n]+)\)", text, re.I):
        vote(seller_votes, m.group("org"), 5, strong=True)
    for m in re.finditer(
        r"^\s*(?:kunde|kundin|kd|customer|cust|client|firma|account)\s*:\s*(?P<org>[^\n(:,]+)(?:,[^\n(:]*)?$",
        text,
        re.I | re.M,
    ):
        if "," in m.group(0) and _names_in(m.group("org"), names):
            continue  # 'Kunde: A, B' lists people; 'cust: X Stores, Leeds' names the company and its site
        # the label outweighs a list that read the name as a person's
        vote(customer_votes, m.group("org"), 5, strong=True)
        labelled.add(clean_org(m.group("org")) or "")
    for m in _CUSTOMER_ACT.finditer(text):
        vote(customer_votes, m.group("org"), 2)
    # the title lines, never the attendance list among them ('dabei: A, B (beide X GmbH)' names no customer)
    titles = [
        ln
        for ln in lines[:3]
        if not _ATTENDANCE.match(ln) and not _listy_line(ln, names) and not _writer_line(ln, names)
    ]
    head = "\n".join(titles)
    for m in ORG_LEGAL.finditer(head):
        vote(customer_votes, m.group("org"), 2)
    first = re.sub(r"^[#\s]+", "", lines[0]) if lines else ""
    caps = re.match(r"^(?P<org>[A-ZÄÖÜ][A-ZÄÖÜ&.,' -]{5,60}?)(?:\s+[–—|-]\s+.*)?$", first)
    if (
        caps
        and len(caps.group("org").split()) >= 2
        and not re.search(r"PROTOKOLL|MINUTES|NOTES", caps.group("org"))
    ):
        vote(customer_votes, caps.group("org").strip(" ,"), 3)
    for org in _head_candidates(titles):
        vote(customer_votes, org, 2)
    groups = _groups(lines[:60], names, known + list(seller_votes))
    for p in names:
        org = _bracket_org(text, p, known + list(seller_votes))
        if org:
            parties.orgs[p.name] = org
    for g in groups:
        if g.org:
            for p in g.members:
                parties.orgs.setdefault(p.name, g.org)
    authors = [p for m in _SELF.finditer(text) for p in _names_in(m.group("name"), names)]
    for m in _SELF_MARK.finditer(text):  # 'Kofi Asante, GridPulse Analytics Ltd (me)'
        before = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80) : m.start()]
        authors += [p for p in _names_in(before, names)[-1:] if _marks_name(before, p)]
    if authors and people.author is None:
        people.author = authors[0]
    self_names = {p.name for p in authors} | said_by_seller | _with_me(lines[:60], names)
    self_names |= {p.name for ln in lines[:3] for p in names if _own_notes_by(ln, p)}
    for p in names:
        if p.email and p.name not in parties.orgs:
            org = _domain_org(p.email, known + list(seller_votes) + list(customer_votes))
            if org:
                parties.orgs[p.name] = org
    sellers_by_role = {p.name for p in names if p.role and _SELLER_ROLE.search(p.role)}
    for g in groups:
        seller_like = g.cue in ("seller", "guest") or any(
            p.name in self_names or p.name in sellers_by_role for p in g.members
        )
        if g.org:
            if g.cue == "seller":
                vote(seller_votes, g.org, 5)
            elif g.cue == "guest":
                vote(seller_votes, g.org, 3)
            elif seller_like:
                vote(seller_votes, g.org, 2)
            elif g.cue == "customer" or _same_in(g.org, head):
                vote(customer_votes, g.org, 1 + (g.cue == "customer") * 3)
            else:
                vote(seller_votes, g.org, 1)
    for name in self_names | sellers_by_role:
        if name in parties.orgs:
            vote(seller_votes, parties.orgs[name], 2)
    for org in parties.orgs.values():
        if not any(_same(org, o) for o in seller_votes):
            vote(customer_votes, org, 1)
    if not seller_votes or not customer_votes:  # the text layer's organisations (speaker labels, signatures)
        for p in names:
            if p.organisation and org_like(p.organisation) and p.side in ("seller", "customer"):
                vote(seller_votes if p.side == "seller" else customer_votes, p.organisation, 1)
    people_keys = {company_key(p.name) for p in names if len(p.name.split()) >= 2}
    customer_votes = Counter(
        {
            o: n
            for o, n in customer_votes.items()
            if not _CAMEL.match(o)
            and (company_key(o) not in people_keys or ORG_LEGAL.search(o) or o in labelled)
        }
    )  # a participant's full name ('Gwen Tallis, customer service director') is nobody's company
    parties.seller = _best(seller_votes, customer_votes)
    if parties.seller:
        customer_votes = Counter({o: n for o, n in customer_votes.items() if not _same(o, parties.seller)})
    parties.customer = _best(customer_votes) or _legal_in_head(lines, parties.seller)
    if parties.customer and parties.seller and _same(parties.customer, parties.seller):
        parties.customer = None
    parties.seller = _expand(parties.seller, text, names)
    parties.customer = _expand(parties.customer, text, names)
    if parties.seller is None and parties.customer:
        others = [g.org for g in groups if g.org and org_like(g.org) and not _same(g.org, parties.customer)]
        parties.seller = others[0] if others else None
    _set_sides(people, parties, groups, self_names, sellers_by_role, said_by_customer)
    return parties


# the label of the line that names who wrote the notes: 'Notizen: …', 'Notes by …:', 'Verfasst von: …'
_WRITER = re.compile(
    r"^\W*(?:notiz\w*|notes?|protokoll\w*|verfasser\w*|verfasst|erstellt|author|written|taken|minute-?taker|"
    r"note-?taker|schriftführ\w*)\b[^:\n]{0,15}:\s*",
    re.IGNORECASE,
)


def _writer_line(line: str, names: list[Participant]) -> bool:
    """Return True for a line that names the notes' writer: its label, then a participant's name."""
    m = _WRITER.match(line)
    rest = _fold(line[m.end() :]) if m else ""
    return bool(rest) and any(p.name and rest.startswith(_fold(p.name)) for p in names)


# the label of one's own notes, not of a body's minutes: 'Notizen: …', 'My notes: …', 'Notes by …:'
_OWN_NOTES = re.compile(r"^\W*(?:(?:meine|my)\s+)?(?:notiz\w*|notes?)\b[^:\n]{0,15}:\s*", re.IGNORECASE)


def _own_notes_by(line: str, person: Participant) -> bool:
    """Return True when the line says the person took these notes: the seller writes their own notes."""
    m = _OWN_NOTES.match(line)
    return bool(m and person.name) and _fold(line[m.end() :]).startswith(_fold(person.name))


# the last one listed before the writer: 'Tobias (TK) und ich', 'Ana and me', 'Lutz + ich'
_AND_ME = re.compile(
    rf"(?P<who>{TOKEN}(?:[ \t]+{TOKEN})?)\s*(?:\([^()]*\))?\s*(?:und|and|&|\+)\s+(?:ich|me|myself)\b(?!\s*\()"
)


_PRESENT_WORD = re.compile(
    r"\b(?:dabei waren|waren dabei|anwesend|teilnehmer\w*|present|attendees|in attendance|attending)\b", re.I
)


def _with_me(lines: list[str], names: list[Participant]) -> set[str]:
    """Return the participants an attendance line lists right before the writer ('…, Tobias (TK) und ich')."""
    out: set[str] = set()
    for line in lines:
        if not _ATTENDANCE.match(line) and not _PRESENT_WORD.search(line):
            continue  # 'It's just Tunde and me' in a turn is a speaker's own side, not the writer's
        for m in _AND_ME.finditer(line):
            out.update(p.name for p in _names_in(m.group("who"), names)[-1:])
    return out


def _listy_line(line: str, names: list[Participant]) -> bool:
    """Return True for a line that lists two or more participants (an attendance line without a label)."""
    return len(_names_in(line, names)) >= 2


def _expand(org: str | None, text: str, names: list[Participant]) -> str | None:
    """Return the fullest way the text writes an organisation ('Hofmeister' -> 'Bäckerei Hofmeister GmbH & Co. KG')."""
    if not org:
        return org
    first_names = {_fold(p.name.split()[0]) for p in names if len(p.name.split()) > 1}
    best = org
    pattern = rf"(?:{_WORD}[ \t]+){{0,3}}{re.escape(org)}(?:[ \t]+(?:{_JOIN}[ \t]+)?(?:{_WORD}|{_LEGAL_FORM})){{0,4}}"
    for m in rx(pattern).finditer(text):
        cand = clean_org(m.group(0))
        legal = ORG_LEGAL.search(cand or "")
        if legal and org in legal.group("org"):
            cand = clean_org(legal.group("org"))
        if (
            cand
            and len(cand) > len(best)
            and org_like(cand)
            and len(cand.split()) <= 7
            and not any(_fold(w) in first_names for w in cand.split())
            and not _CAMEL.match(cand.split()[-1])
            and not re.search(r"\d", cand)
        ):
            best = cand
    return best


def _head_candidates(head: list[str]) -> list[str]:
    """Return the organisations a title or header line names beside the product and the date."""
    out: list[str] = []
    for i, line in enumerate(head):
        line = re.sub(r"^[#*_\s]+|[*_]+$", "", line)
        if re.match(r"^(?:von|from|an|to|cc|subject|betreff|date|datum|sent)\s*:", line, re.IGNORECASE):
            continue
        for m in _TITLE_WITH.finditer(line):
            org = clean_org(m.group("org"))
            if org and not _CAMEL.match(org) and not re.search(r"\d", org):
                out.append(org)
        for part in re.split(r"\s+[–—|/-]\s+|\s*\|\s*", line):
            part = re.split(r",|\s\(|:", part)[0].strip()
            if (
                not part
                or re.search(r"\d", part)
                or _CAMEL.match(part)
                or (i > 0 and len(part.split()) < 2)
                or re.search(
                    r"(?:meeting|mtg|call|notes|minutes|protokoll|notizen|decision|entscheidung|"
                    r"termin|gespräch|sitzung|recording|aufzeichnung|transcript|review|runde|abschluss|"
                    r"niederschrift|auszug|steering|committee|board|panel)",
                    part,
                    re.I,
                )
            ):
                continue
            if org_like(part) and len(part.split()) <= 5:
                out.append(part)
    return out


def _best(votes: Counter[str], against: Counter[str] | None = None) -> str | None:
    """Return the organisation with the most votes (less those against it), preferring the fuller written name."""
    if not votes:
        return None
    merged: Counter[str] = Counter()
    for org, n in (against or {}).items():
        key = company_key(org)
        if key and any(company_key(o) == key for o in votes):
            merged[key] -= n // 2
    names: dict[str, str] = {}
    keys = sorted({company_key(o) for o in votes if company_key(o)}, key=len, reverse=True)
    for org, n in votes.items():
        key = company_key(org)
        if not key:
            continue
        key = next(
            (k for k in keys if k == key or k.startswith(key + " ")), key
        )  # "Harbourline" -> the full name
        merged[key] += n
        if key not in names or len(org) > len(names[key]):
            names[key] = org
    if not merged:
        return None
    key, n = merged.most_common(1)[0]
    return names[key] if n > 0 else None


def _legal_in_head(lines: list[str], seller: str | None) -> str | None:
    for line in lines[:4]:
        for m in ORG_LEGAL.finditer(line):
            org = clean_org(m.group("org"))
            if org and company_key(org) != company_key(seller):
                return org
    return None


def _same(a: str | None, b: str | None) -> bool:
    ka, kb = company_key(a), company_key(b)
    if not ka or not kb:
        return False
    return ka == kb or ka.startswith(kb + " ") or kb.startswith(ka + " ")


def _set_sides(
    people: People,
    parties: Parties,
    groups: list[_Group],
    self_names: set[str],
    sellers_by_role: set[str],
    customer_names: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    seller_key = _fold(company_key(parties.seller).split()[0]) if company_key(parties.seller) else ""
    customer_key = _fold(company_key(parties.customer).split()[0]) if company_key(parties.customer) else ""
    group_of = {p.name: g for g in groups for p in g.members}
    for p in people.participants:
        org = parties.orgs.get(p.name)
        g = group_of.get(p.name)
        domain = _fold(p.email.split("@", 1)[1]) if p.email and "@" in p.email else ""
        side = None
        if p.name in self_names:
            side = "seller"
        elif p.name in customer_names:
            side = "customer"
        elif org and parties.seller and _same(org, parties.seller):
            side = "seller"
        elif org and parties.customer and _same(org, parties.customer):
            side = "customer"
        elif g is not None and g.cue == "seller":
            side = "seller"
        elif g is not None and g.cue == "customer":
            side = "customer"
        elif domain and len(seller_key) >= 3 and seller_key in domain.replace("-", ""):
            side = "seller"
        elif domain and len(customer_key) >= 3 and customer_key in domain.replace("-", ""):
            side = "customer"
        elif p.name in sellers_by_role:
            side = "seller"
        elif g is not None and g.cue == "guest" and not org:
            side = "seller"
        elif (g is not None or org) and p.side == "unknown":
            side = "customer"
        if side:
            p.side = side  # type: ignore[assignment]
        p.organisation = (
            parties.customer if p.side == "customer" else parties.seller if p.side == "seller" else org
        ) or org
    by_domain: dict[str, set[str]] = {}
    for p in people.participants:
        if p.email and "@" in p.email:
            by_domain.setdefault(p.email.split("@", 1)[1].lower(), set()).add(p.side)
    for p in people.participants:
        if p.email and "@" in p.email and p.side == "unknown":
            sides = by_domain[p.email.split("@", 1)[1].lower()] - {"unknown"}
            if len(sides) == 1:
                p.side = sides.pop()  # type: ignore[assignment]


def email_people(text: str) -> list[Participant]:
    """Return the people of e-mail headers and lists written as 'Name <address>'."""
    out: list[Participant] = []
    for m in _EMAIL_PERSON.finditer(text):
        name = m.group("name").strip()
        if name.split()[0].casefold() in {"von", "from", "an", "to", "cc", "betreff", "subject"}:
            name = " ".join(name.split()[1:])
        if len(name.split()) >= 2 and not any(p.name == name for p in out):
            out.append(Participant(name=name, email=m.group("email")))
    return out


# the last word of a job title ('Managing Partner', 'Solutions Architect'); never the surname of a listed person
_ROLE_TITLE = re.compile(
    r"(?:Partner|Partnerin|Lawyer|Counsel|Solicitor|Manager|Managerin|Director|Officer|Engineer|Architect|"
    r"Consultant|Analyst|Assistant|Secretary|Treasurer|Clerk|Executive|Specialist|Coordinator|Administrator|"
    r"Referent|Referentin|Leiter|Leiterin|Sachbearbeiter|Sachbearbeiterin|Beauftragter|Beauftragte)"
)


def _label_read_as_name(name: str, text: str) -> bool:
    """Return True for one word written only as a line's label ('Teilnehmende:', 'Beschluss:'), never as a name."""
    if len(name.split()) != 1:
        return False
    word = re.escape(name)
    uses = len(re.findall(rf"(?<![\w-]){word}(?![\w-])", text))
    labels = len(re.findall(rf"(?m)^[\s#>*-]*{word}\s*:", text))
    return uses > 0 and uses == labels


def _role_read_as_name(name: str) -> bool:
    """Return True for a job title read as a name ('Managing Partner <address>', 'Knowledge Management Lawyer')."""
    words = name.split()
    return len(words) >= 2 and bool(_ROLE_TITLE.fullmatch(words[-1]))


def _tidy(people: People) -> None:
    """Drop role words read as a first name ('Vorstand Bernd Kowalski') and names that are only a title."""
    keep: list[Participant] = []
    for p in people.participants:
        p.name = p.name.split("\n")[0].strip()
        name = _LEAD_ROLE.sub("", p.name).strip()
        if _PRONOUN.match(name) and not p.email:
            continue  # 'Unser Pricing (5,80 €)' is no one
        if _role_read_as_name(name):
            continue
        if (
            len(name.split()) >= 1
            and name.split()[-1] not in {"Hr", "Fr", "Herr", "Frau", "Mr", "Ms"}
            and len(name) > 1
        ):
            if (
                name != p.name
                and len(name.split()) == 1
                and len(p.name.split()) > 1
                and not _LEAD_ROLE.match(p.name)
            ):
                name = p.name
            p.name = name
            if not any(q.name == p.name for q in keep):
                keep.append(p)
    # "Wendt" beside "Fabian Wendt": one person (a surname or first name read on its own elsewhere)
    full = [p for p in keep if len(p.name.split()) > 1]
    people.participants[:] = [
        p
        for p in keep
        if len(p.name.split()) > 1
        or not any(_fold(p.name) in (_fold(q.name.split()[0]), _fold(q.name.split()[-1])) for q in full)
    ]


def settle_people(
    text: str,
    people: People,
    hint_seller: str | None = None,
    hint_customer: str | None = None,
    own_company: str | None = None,
) -> Parties:
    """Complete and correct the participants (e-mail headers, role words), set their sides; return the companies."""
    text = unmark(text)
    _tidy(people)
    for extra in email_people(text):
        same = next(
            (
                p
                for p in people.participants
                if _fold(p.name) == _fold(extra.name)
                or _fold(p.name.split()[-1]) == _fold(extra.name.split()[-1])
            ),
            None,
        )
        if same is None:
            people.participants.append(extra)
        elif not same.email:
            same.email = extra.email
    known = {_fold(p.name) for p in people.participants}
    added: list[Participant] = []
    for name, _label in list_people(text):
        words = _fold(name).split()
        if any(is_org_word(w) for w in name.split()):
            continue  # 'Fennick Systems' in a guest list is the guests' company
        single = [
            p
            for p in people.participants
            if len(p.name.split()) == 1 and len(words) > 1 and _fold(p.name) in (words[0], words[-1])
        ]
        if len(single) == 1 and _fold(name) not in known:
            known.discard(_fold(single[0].name))
            single[0].name = name  # 'Öztürk' read from a speaker line is the listed 'Halil Öztürk'
            known.add(_fold(name))
            continue
        if _fold(name) in known or any(
            len(words) == 1
            and words[0] in k.split()
            or len(k.split()) == 1
            and k in words
            or k.endswith(" " + _fold(name))
            for k in known
        ):
            continue
        email = rx(rf"{re.escape(name)}[^\n@]{{0,40}}?(?P<e>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)").search(text)
        person = Participant(name=name, email=email.group("e") if email else None)
        people.participants.append(person)
        added.append(person)
        known.add(_fold(name))
    people.participants[:] = [
        p
        for p in people.participants
        if not _role_read_as_name(p.name) and not _label_read_as_name(p.name, text)
    ]
    parties = find_parties(text, people, hint_seller, hint_customer or people.company, own_company)
    orgs = {company_key(o) for o in [parties.seller, parties.customer, *parties.orgs.values()] if o}
    people.participants[:] = [
        p for p in people.participants if company_key(p.name) not in orgs and not org_read_as_person(p, text)
    ]
    return parties


def org_read_as_person(person: Participant, text: str) -> bool:
    """Return True for an organisation read as a person: its name is written with a legal form right after it
    ('Lindauer Versicherungsverein a.G.') and nothing marks it as someone (no e-mail, no role)."""
    if person.email or person.role or len(person.name.split()) < 2:
        return False
    return bool(rx(rf"(?<![\w-]){re.escape(person.name)},?[ \t]+{_LEGAL_FORM}(?![\w-])").search(text))


_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\||//|\s\+\s|\s(?:and|und|u\.|sowie|&)\s)\s*")
_TITLES = re.compile(
    r"^(?:(?:Herrn?|Frau|Hr\.?|Fr\.?|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|RA|RAin|Rev[d.]?\.?|Director|Cllr\.?)\s+)+"
)
_FIRST_WORD_STOP = {
    "kunde",
    "customer",
    "client",
    "teams",
    "zoom",
    "notes",
    "minutes",
    "protokoll",
    "present",
    "attendees",
    "wir",
    "us",
    "me",
    "ich",
    "both",
    "beide",
    "all",
    "alle",
    "chair",
    "vorsitz",
    "the",
    "der",
    "die",
    "das",
    "item",
    "top",
    "guests",
    "gäste",
    "management",
    "directors",
    "speakers",
    "there",
    "ppl",
    "dabei",
    "also",
    "from",
    "von",
    "summary",
    "decision",
    "outcome",
    "agenda",
    "subject",
    "date",
    "datum",
    "ort",
    "betreff",
}


_ROLE_NOUN = re.compile(
    r"(?:amt|rat|ung|ieb|beauftragte[rn]?|leiter\w*|manager|lead|organisation|organization|officer|engineer|"
    r"architect|assistant|analyst|consultant|controller|president|secretary|treasurer|trustee|board|committee|"
    r"director|partner|counsel|clerk)$",
    re.IGNORECASE,
)


def _split_items(body: str) -> list[str]:
    items: list[str] = []
    depth = 0
    buf = ""
    i = 0
    while i < len(body):
        ch = body[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth == 0:
            m = _ITEM_SPLIT.match(body, i)
            if m and m.end() > i:
                items.append(buf)
                buf = ""
                i = m.end()
                continue
        buf += ch
        i += 1
    items.append(buf)
    return [x.strip(" .:") for x in items if x.strip(" .:")]


def _item_name(item: str, single_ok: bool) -> str | None:
    """Return the person's name in one list item ('Frau Dr. Eva Schulz (COO)', 'me (Kasia)', 'Tom – IT')."""
    me = re.match(r"^(?:me|ich|myself)\s*(?:\((?P<a>[^),]+)[^)]*\)|=\s*(?P<b>[^(,]+))", item, re.IGNORECASE)
    if me:
        item = (me.group("a") or me.group("b") or "").strip()
    item = re.split(r"\s[–—-]\s|\s*\(|\s*<|,", item)[0].strip()
    item = _TITLES.sub("", _LEAD_ROLE.sub("", item)).strip()
    item = _TITLES.sub("", item).strip()
    m = re.match(
        rf"^(?P<n>{TOKEN}(?:[ \t]+(?:(?:{PARTICLE}|Ó|Ní|Nic|Ua)[ \t]+)?{TOKEN}){{0,3}})(?:\s|$)",
        item + " ",
    )
    if not m:
        return None
    name = m.group("n").strip()
    words = name.split()
    if words[0].casefold() in _FIRST_WORD_STOP or words[0].casefold() in _ROLE_WORDS:
        return None
    if ORG_LEGAL.search(item) or re.search(r"\d", item):
        return None
    rest = item[len(m.group("n")) :].strip()
    if len(words) == 1 and name.isupper() and len(name) <= 4:
        return None  # 'Note-taker: ES' gives initials, the person is listed elsewhere
    if len(words) == 1 and (
        not single_ok
        or (rest and not re.match(r"^(?:from|von|of|aus|\()", rest, re.IGNORECASE))
        or len(name) > 12
        or _ROLE_NOUN.search(name)
    ):
        return None
    if any(w.casefold() in _ROLE_WORDS or _ROLE_NOUN.search(w) for w in words):
        return None
    return name


def list_people(text: str) -> list[tuple[str, str | None]]:
    """Return (name, label) for everyone in the attendance lines: 'Present:', 'Teilnehmer Kunde:', 'ppl:', blocks."""
    out: list[tuple[str, str | None]] = []
    lines = text.split("\n")
    block = False
    for raw in lines[:60]:
        line = raw.strip()
        if not line:
            block = False
            continue
        if _NOT_PRESENT.match(line):
            block = False
            continue
        label_only = re.match(
            r"^[^:]{2,40}:\s*$|^\W*[A-Za-zÄÖÜäöü]+\W*$|^\W*[A-Za-zÄÖÜäöü ]+\([^()]{2,80}\)\s*:?\s*$", line
        ) and _ATTENDANCE.match(line)  # 'Attendees (Org unless stated)' over the list
        if label_only:
            block = True
            continue
        listed = bool(_ATTENDANCE.match(line)) or block
        if not listed:
            continue
        if block and not _ATTENDANCE.match(line):
            parts = [("", re.sub(r"^\s*[-*•]\s*", "", line))]
            m = re.match(r"^(?P<label>[^:()]{2,60}):\s*(?P<body>.+)$", parts[0][1])
            if m and not re.search(rf"^{TOKEN}\s+{TOKEN}$", m.group("label").strip()):
                parts = [(m.group("label"), m.group("body"))]
        else:
            parts = _segments(line)
        for label, body in parts:
            body = (
                re.sub(rf"^\s*(?:{_ATTENDANCE.pattern[4:]})\s*[:=]?\s*", "", body, flags=re.IGNORECASE)
                if not label
                else body
            )
            for item in _split_items(body):
                name = _item_name(item, single_ok=True)
                if name and not any(_fold(n) == _fold(name) for n, _ in out):
                    out.append((name, label or None))
    return out
