"""Who is who in the notes: named people, their side (customer or our own company), and decision roles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.qualify.lexicon import ROLE_GROUP
from coach.qualify.segment import Segment
from coach.text.names import TOKEN

NAME = TOKEN  # any Latin-script name word (the text layer's): José, Álvarez, O'Neill, Łukasz
_TITLE = r"(?:Herrn?|Hr\.|Frau|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.|Prof\.)"
TITLE_NAME = re.compile(rf"\b{_TITLE}\s+(?:Dr\.\s+)?(?:{NAME}\s+)?{NAME}")
ROLE_TITLES = (
    r"C[A-Z]{1,2}O|FD|MD|GF|SVP|EVP|VP(?:\s+(?:of\s+)?[A-Z]\w+)?|Head of [A-Z]\w+|"
    r"Director|Direktor\w*|Geschäftsführer\w*|kaufmännische[rn]? Geschäftsführer\w*|technische[rn]? Geschäftsführer\w*|"
    r"Inhaber\w*|[Oo]wner|Vorstand\w*|Vorständin|Partner(?:in|innen)?(?!\w)|President|Präsident\w*|Leiter\w*|Chef\w*|"
    r"Prokurist\w*|Managing Director|General Manager|[Pp]lant [Mm]anager|[Cc]ontroller\w*|Aufsichtsrat\w*|"
    r"Bürgermeister\w*|Dekan\w*|Kanzler\w*|Verwaltungsdirektor\w*|Chefarzt|Chefärztin|Finance Director|Gesellschafter\w*|"
    r"[A-ZÄÖÜ][a-zäöü]+(?:leiter|chef|direktor|manager)(?:in)?|[Mm]anaging [Dd]irector|[Gg]eneral [Mm]anager|"
    r"[Pp]lant [Dd]irector|[Hh]ead of [A-Za-z]+|[Dd]irector|[Ff]ounder|[Pp]resident|[Cc]hairman|[Cc]hair"
)
ROLE_NAME = re.compile(
    rf"\b(?:{ROLE_TITLES})(?:\s+|\s*,\s+(?=(?:Dr\.\s+)?[A-ZÄÖÜ][a-zäöüß'’-]+\s+[A-ZÄÖÜ]))(?:Dr\.\s+)?{NAME}(?:\s+{NAME})?"
)
NAME_ROLE = re.compile(
    rf"\b({NAME}\s+{NAME})\s*(?:,\s*(?:their|his|her|the|unser\w*|ihr\w*|sein\w*)?\s*|\(\s*)(?:{ROLE_TITLES})"
)
_INITIAL_NAME = re.compile(rf"\b[A-ZÄÖÜ]\.\s?{NAME}")
_CONTACT_NAME = re.compile(
    rf"(?:\b[Ww]ith|\b[Mm]it|\bw/|\b[Ss]poke (?:with|to)|\b[Tt]alked to|\b[Cc]all|\b[Aa]nruf|\b[Mm]et|\b[Tt]raf|"
    rf"\b[Mm]eeting with|\b[Bb]esuch bei)\s+(?:[a-z]+\.?\s+){{0,3}}?(?:{_TITLE}\s+)?"
    rf"(?:Dr\.\s+)?({NAME}\s+{NAME}|[A-ZÄÖÜ]\.\s?{NAME}|{NAME}(?=\s+(?:from|von|at|bei|of)\b|\s*\())"
)
_ROLE_WORDS = (
    r"GF|CEO|CFO|COO|CTO|CIO|CRO|CISO|FD|MD|Inhaber\w*|[Oo]wner|Geschäftsführer\w*|Vorstand|Leitung|Leiter\w*|"
    r"[Pp]artner\w*|Director|[Hh]ead of [A-Z]\w+|[Cc]ontroller|[Mm]anager\w*|Chef\w*"
)
_ROLE_PAREN = re.compile(rf"((?:{_TITLE}\s+)?(?:Dr\.\s+)?{NAME}(?:\s+{NAME})?)\s*\(\s*({_ROLE_WORDS})\b")
# "Victor Hsu (plant dir.)", "Luis Ortega (procurement, ...)": a full name with a lower-case role note
_NAME_NOTE = re.compile(
    rf"\b({NAME}\s+{NAME})\s*\((?=(?:[a-z]+\s)?(?:ops|operations|procurement|purchasing|einkauf|finance|finanzen|it|hr|"
    r"plant|site|sales|marketing|logistics|logistik|fuhrpark|dispo\w*|lager\w*|produktion|quality|qualität|controlling|"
    r"mgr|manager|dir|director|head|lead|leiter\w*|leitung|chef\w*|assistant|assistenz)\b)"
)
# "approved by Jonas Weber", "sign-off from Priya Nair": a person named in full as the one who decides
_DECIDER_AFTER = re.compile(
    r"\b(?i:(?:approved|signed(?: off)?|authori[sz]ed|released|decided|okayed)\s+by|"
    r"(?:sign[- ]?off|approval|go[- ]ahead|green light|signature)\s+(?:from|by)|"
    r"(?:freigabe|genehmigung|unterschrift|zustimmung)\s+(?:durch|von)|"
    r"(?:freigegeben|genehmigt|unterschrieben|abgesegnet|entschieden)\s+(?:durch|von))\s+"
    rf"(?:{_TITLE}\s+)?(?:Dr\.\s+)?({NAME}\s+{NAME})"
)
# "Anna Berger gibt frei", "Priya Nair signs": a full name right before a deciding verb (not "Letztlich
# entscheidet der CFO", where the subject follows the verb)
_DECIDER_BEFORE = re.compile(
    rf"(?:^\W*|[.;:,(–—-]\s*|\b(?:and|und|but|aber)\s+)(?:{_TITLE}\s+)?(?:Dr\.\s+)?({NAME}\s+{NAME})\s+"
    r"(?i:(?:alone|allein|finally|final|ultimately|letztlich)\s+)?(?i:gibt\s+(?:\w+\s+){0,2}?frei|entscheidet|"
    r"unterschreibt|genehmigt|decides|signs(?:\s+off)?|approves|owns the decision|makes the (?:final )?call|"
    r"has the (?:final|last) (?:word|say)|hat das letzte wort)\b"
    r"(?!\s+(?i:der|die|das|den|dem|ein\w*|er|sie|es|man|wir|herr|frau|unser\w*|ihr\w*|sein\w*|dr)\b)"
)
# capitalised words that open such a clause without naming anyone
_NOT_DECIDERS = set(
    "He She They We It Who Er Sie Wir Es Wer Man Nobody Niemand Keiner Jeder Everyone Somebody Someone "
    "Jemand This That Dies Das Der Die Den Dann Then Finally Ultimately Letztlich Am Ende Customer "
    "Client Team Legal Compliance Security Recht Rechtsabteilung Datenschutz Hier Dort Intern".split()
)


_GERMAN_NOUN = re.compile(r"(?:ung|leiter\w*|leitung|rat|abteilung|team|ei|keit|heit|schaft|ion|ment|ium)$")
_ROLE_OF = re.compile(rf"\b({NAME})\s+is\s+the\s+({_ROLE_WORDS})\b")
_LIST_LABELS = (
    "teiln",
    "attend",
    "contact",
    "kontakt",
    "ansprech",
    "gesprächs",
    "particip",
    "anwesend",
    "present",
)
_VENDOR_CONTEXT = re.compile(
    r"(?:\bour\s+(?:\w+\s+){0,2}|\bunser\w*\s+(?:\w+\s+){0,2}|\bmy\s+(?:colleague|manager|boss)\s+|"
    r"\bmein\w*\s+(?:kollege|kollegin|chef\w*)\s+|teilnehmer wir:\s*(?:[^,\n]*,\s*)*)$",
    re.IGNORECASE,
)
_NOT_NAMES = {
    "Call",
    "Discovery",
    "Kunde",
    "Customer",
    "Rep",
    "Vertrieb",
    "Budget",
    "Ziel",
    "Plan",
    "Problem",
    "Thema",
    "Teilnehmer",
    "Contact",
    "Kontakt",
    "Date",
    "Datum",
    "Notes",
    "Account",
    "Prospect",
    "Decision",
    "Entscheidung",
    "Next",
    "Goals",
    "Timeline",
    "Authority",
    "The",
    "Der",
    "Die",
    "Das",
    "Our",
    "Unser",
    "Unsere",
    "Anruf",
    "Gespräch",
    "Quick",
    "Lunch",
    "Left",
    "Sent",
    "Spoke",
    "Zweites",
    "Kurzes",
    "Kennenlerncall",
    "Messe",
}


@dataclass
class People:
    """Names found in the notes, split by side; lower-case name tokens for matching."""

    customer: dict[str, str] = field(default_factory=dict)
    vendor: set[str] = field(default_factory=set)
    roles: dict[str, str] = field(default_factory=dict)

    def add_role(self, role: str, full: str) -> None:
        """Remember that a customer person holds a role ('GF' -> 'Hr. Albrecht')."""
        key = role.strip().lower()
        if key and full and not any(t.lower() in self.vendor for t in re.findall(NAME, full)):
            self.roles.setdefault(key, full)

    def named_by_role(self, text: str) -> list[str]:
        """Return people the text names only by their role ('der GF', 'the owner') when the notes name them elsewhere."""
        found: list[str] = []
        for role, full in self.roles.items():
            if re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text, re.IGNORECASE):
                found.append(full)
        return found

    def add(self, full: str, vendor: bool = False) -> None:
        """Register a person's name (full or surname) on a side."""
        full = re.sub(rf"^{_TITLE}\s+", "", full.strip())
        full = re.sub(r"^Dr\.\s+", "", full)
        tokens = [t for t in re.findall(NAME, full) if t not in _NOT_NAMES]
        if not tokens:
            return
        if vendor:
            self.vendor.update(t.lower() for t in tokens)
            return
        for t in tokens:
            if t.lower() not in self.vendor:
                self.customer.setdefault(t.lower(), full)

    def customer_names_in(self, text: str) -> list[str]:
        """Return the customer-side people named in the text (by first name, surname or title + name)."""
        found: list[str] = []
        for m in TITLE_NAME.finditer(text):
            last = re.findall(NAME, m.group(0))
            if last and last[-1].lower() not in self.vendor:
                found.append(m.group(0))
        for m in ROLE_NAME.finditer(text):
            last = re.findall(NAME, m.group(0))
            if last and last[-1].lower() not in self.vendor and last[-1] not in _NOT_NAMES:
                found.append(m.group(0))
        for m in NAME_ROLE.finditer(text):
            first = m.group(1).split()[0]
            if first not in _NOT_NAMES and m.group(1).split()[-1].lower() not in self.vendor:
                found.append(m.group(1))
        for token in re.findall(NAME, text):
            if token.lower() in self.customer and token.lower() not in self.vendor:
                found.append(token)
        return found

    def vendor_named_in(self, text: str) -> bool:
        """Return True when the text names one of our own people."""
        return any(t.lower() in self.vendor for t in re.findall(NAME, text))


def find_people(segments: list[Segment]) -> People:
    """Return the people of the notes: speakers, titled names, names next to roles or in contact lists."""
    people = People()
    for seg in segments:
        if seg.speaker_name:
            people.add(seg.speaker_name, vendor=seg.role == "vendor")
    for seg in segments:
        text = seg.text
        for pattern in (TITLE_NAME, ROLE_NAME, NAME_ROLE, _INITIAL_NAME):
            for m in pattern.finditer(text):
                vendor = seg.role == "vendor" and pattern is not ROLE_NAME
                vendor = vendor or (
                    seg.role != "customer" and bool(_VENDOR_CONTEXT.search(text[: m.start()]))
                )
                name = (
                    m.group(1)
                    if pattern is NAME_ROLE
                    else re.sub(rf"^(?:{ROLE_TITLES})\s*,?\s+", "", m.group(0))
                )
                name = re.sub(r"^[A-ZÄÖÜ]\.\s?", "", name)
                people.add(name, vendor=vendor)
        for m in _ROLE_PAREN.finditer(text):
            if seg.role != "vendor" and m.group(1) not in _NOT_NAMES:
                people.add(m.group(1))
                people.add_role(m.group(2), m.group(1))
        for m in _NAME_NOTE.finditer(text):
            if seg.role != "vendor" and m.group(1).split()[0] not in _NOT_NAMES:
                people.add(m.group(1))
        for m in _ROLE_OF.finditer(text):
            if seg.role != "vendor" and m.group(1) not in _NOT_NAMES:
                people.add(m.group(1))
                people.add_role(m.group(2), m.group(1))
        if seg.role != "vendor":
            for pattern in (_DECIDER_AFTER, _DECIDER_BEFORE):
                for m in pattern.finditer(text):
                    if _decider_name(m.group(1)) and not _VENDOR_CONTEXT.search(text[: m.start(1)]):
                        people.add(m.group(1))
        for m in ROLE_NAME.finditer(text):
            role = re.match(rf"(?:{ROLE_TITLES})", m.group(0))
            name = re.sub(rf"^(?:{ROLE_TITLES})\s*,?\s+", "", m.group(0))
            if role and seg.role != "vendor":
                people.add_role(role.group(0), name)
        for m in _CONTACT_NAME.finditer(text):
            vendor = seg.role == "vendor"
            people.add(m.group(1), vendor=vendor)
        if (seg.label or "").lower().startswith(_LIST_LABELS):
            vendor_list = bool(
                re.search(r"\b(?:wir|we|us|our side|unsererseits)\b", seg.label or "", re.IGNORECASE)
            )
            for part in re.split(r",|\+|\bund\b|\band\b|;|\|", seg.body):
                m = re.match(rf"\s*(?:{_TITLE}\s+)?(?:Dr\.\s+)?({NAME}(?:\s+{NAME})?)", part)
                if m and m.group(1) not in _NOT_NAMES:
                    people.add(
                        m.group(1), vendor=vendor_list or bool(_VENDOR_CONTEXT.search(part[: m.start(1)]))
                    )
    return people


def _decider_name(name: str) -> bool:
    """Return True when the words before a deciding verb are a person's name, not a pronoun, role or group."""
    first = name.split()[0]
    if first in _NOT_DECIDERS or first in _NOT_NAMES or ROLE_GROUP.fullmatch(first):
        return False
    if re.fullmatch(rf"(?:{ROLE_TITLES}|{_ROLE_WORDS})", first):
        return False
    # a lone capitalised German noun ("Werkleitung entscheidet", "Fachabteilung gibt frei") is no name
    return len(name.split()) > 1 or not _GERMAN_NOUN.search(first)
