"""What every reader returns: the document text and its raw turns, plus the speaker-label parser they share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.text.model import Participant, Side
from coach.text.names import TITLE, TOKEN, company_shaped, is_common_word, is_name, is_org_word

SELLER_ROLES = re.compile(
    r"^(?:rep|sales\w*|seller|vertrieb\w*|verkauf|verkäufer\w*|vertriebler\w*|ae|am|sdr|bdr|se|csm|agent|"
    r"account[ -](?:executive|manager|exec)|sales[ -](?:rep|manager|engineer)|solutions?[ -](?:engineer|consultant|architect)|"
    r"pre-?sales\w*|berater\w*|vendor|anbieter|interviewer|key[ -]account\w*|kam|business development\w*|"
    r"customer[ -]success(?:[ -]manager\w*)?|reseller|wiederverkäufer\w*|vertriebspartner\w*)$",
    re.IGNORECASE,
)
CUSTOMER_ROLES = re.compile(
    r"^(?:kunde|kundin|kd|customer|client|prospect|interessent\w*|buyer|käufer\w*|einkäufer\w*|lead|käuferin)$",
    re.IGNORECASE,
)
ROLE_WORD = re.compile(
    r"(?:\bC[A-Z]{1,2}O\b|\bVP\b|\bSVP\b|\bGF\b|\bMD\b|\bIT\b|\bHR\b|head|leiter|leitung|manager|director|direktor|"
    r"geschäftsführ|chief|engineer|einkauf|procurement|purchasing|controlling|controller|owner|inhaber|founder|analyst|"
    r"consultant|executive|\blead\b|officer|president|präsident|specialist|referent|assistent|assistant|buyer|partner|"
    r"admin|architect|sales|vertrieb|marketing|finance|finanz|operations|\bops\b|betrieb|produktion|logistik|fuhrpark|"
    r"plant|qualität|quality|vorstand|board|it-|prokurist|kaufm|techn|entwickl|develop|projekt|project|product|"
    r"produkt|account|abteilung|department|team|koordinat|coordinator|sachbearbeit|\bAE\b|\bSE\b|\bSDR\b|"
    r"\bchair|clerk|secretary|sekretär|treasurer|schatzmeister|kassenwart|bursar|vorsitz|counsel|anwalt|anwält|"
    r"berater|trainee|werkstudent|bürgermeister|landrat|landrät)",
    re.IGNORECASE,
)
GENERIC = re.compile(
    r"^(?:(?:speaker|sprecher\w*|teilnehmer\w*|person|participant|guest|gast|unknown speaker)[\s_]*(?:\d+|[A-Z])|"
    r"unknown speaker|unbekannt\w*(?: sprecher\w*)?)$",
    re.IGNORECASE,
)
# A device or a room that joined a call, named by the meeting tool, not a person: "iPhone (2)", "Conference Room
# 4B", "Besprechungsraum 2", "Call-in User 3", "+49 89 1234567".
DEVICE = re.compile(
    r"^(?:(?:[\w-]+['’]?s?\s+)?(?:iphone|ipad|android|galaxy|pixel|samsung|huawei|macbook|laptop|desktop|pc|phone|"
    r"telefon|handy|mobile|mobil|smartphone|tablet)(?:\s+[\w-]+)?(?:\s*\(\d+\))?|"
    r"(?:conference|meeting|board|huddle|zoom|teams)\s*room(?:\s+[\w-]+){0,2}|"
    r"(?:besprechungs|konferenz|sitzungs|meeting|schulungs)(?:raum|zimmer)(?:\s+[\w-]+){0,2}|"
    r"(?:raum|room)\s+[\w-]+|(?:call-?in|dial-?in|einwahl)(?:\s+(?:user|teilnehmer\w*|nutzer\w*))?(?:\s*\d+)?|"
    r"\+?\d[\d ()/-]{5,})$",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"\b(?:GmbH|AG|KG|SE|OHG|GbR|e\.V\.|Ltd\.?|Limited|Inc\.?|LLC|PLC|Corp\.?|S\.A\.|B\.V\.|N\.V\.|Group|Gruppe|Holding)\b"
)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:(?:tel|phone|mobil|mobile|fon)\.?:?\s*)?\+?[\d ()/.-]{6,}", re.IGNORECASE)


@dataclass
class RawTurn:
    """A turn as a reader found it: the speaker label as written, time, and the body's offsets in the text."""

    label: str | None
    start: int
    end: int
    text: str
    time: str | None = None


@dataclass
class Parsed:
    """A reader's result: the document text (offsets refer to it), turns, people it saw, and notices (ids)."""

    format: str
    text: str
    turns: list[RawTurn] = field(default_factory=list)
    people: list[Participant] = field(default_factory=list)
    header_end: int = 0
    notices: list[str] = field(default_factory=list)
    seller_company: str | None = None
    customer_company: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Label:
    """A speaker label split into a person's name, a role word, an organisation and the side the role tells."""

    raw: str
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    side: Side = "unknown"
    generic: bool = False
    email: str | None = None
    external: bool = False  # marked as from outside the meeting host's organisation: "(Guest)", "(Extern)"
    written: str | None = None  # a label to show as written: "Brehm, Ottilie" for Ottilie Brehm

    @property
    def speaker(self) -> str:
        """Return what to show as the speaker: the person's name, else the label as written."""
        return self.name or self.raw

    @property
    def shown(self) -> str:
        """Return the speaker of a turn: the label as the transcript writes it when it inverts the name."""
        return self.written or self.speaker


def role_side(word: str) -> Side:
    """Return the side a role word tells ('AE' -> seller, 'Kunde' -> customer), else unknown."""
    word = word.strip(" .:*_").strip()
    if SELLER_ROLES.match(word):
        return "seller"
    if CUSTOMER_ROLES.match(word):
        return "customer"
    return "unknown"


_RANK = re.compile(
    r"^(?:(?:senior|sr\.?|junior|jr\.?|lead|principal|regional|global|enterprise|strategic|mid-?market|inside|"
    r"field|channel|partner|digital|key)\s+)+",
    re.IGNORECASE,
)


def strip_rank(title: str) -> str:
    """Return a job title without its rank words ('Senior Key Account Manager' -> 'Account Manager')."""
    return _RANK.sub("", title.strip())


_REGION = re.compile(r"\s*(?:,|\s[-–|/]\s|\()\s*[\w&/ .-]{2,30}\)?$")


def job_side(title: str) -> Side:
    """Return the side a job title tells ('Senior Account Executive, DACH' -> seller), else unknown."""
    title = " ".join(title.split()).strip(" .:*_")
    for candidate in (title, _REGION.sub("", title)):
        candidate = re.sub(r"(?<=er)in$", "", _RANK.sub("", candidate))  # "Account Managerin"
        side = role_side(candidate)
        if side != "unknown":
            return side
    parts = [p.strip() for p in title.split(",")]
    if len(parts) > 1 and any(
        role_side(re.sub(r"(?<=er)in$", "", strip_rank(p))) == "seller" for p in parts[1:]
    ):
        return "seller"  # "EduChannel Partners, reseller", "Acme, senior account exec"
    words = title.split()
    if 1 < len(words) <= 3 and role_side(words[0]) == "seller":
        return "seller"  # "Vertrieb Gesundheitswesen", "Sales DACH"
    words = re.sub(r"(?<=er)in\b", "", strip_rank(title)).split()  # "Account Managerin Bildung & Forschung"
    for n in (3, 2):
        if len(words) > n and role_side(" ".join(words[:n])) == "seller":
            return "seller"  # "Key Account Manager Handel & 3PL": a seller's job and the market it covers
    return "unknown"


def is_role_label(text: str) -> bool:
    """Return True for a speaker label that names a role or a side, not a person ('AE', 'Kunde', 'Speaker 2')."""
    return role_side(text) != "unknown" or bool(GENERIC.match(text.strip()))


# What Teams and Zoom write after the name of someone from outside the host's organisation.
_EXTERNAL = re.compile(r"(?i)guest|gast|extern|external|ext")
# Joined without signing in: anyone with the link, of either side; said of neither side.
_UNVERIFIED = re.compile(r"(?i)unverified|nicht überprüft|nicht verifiziert|anonymous|anonym")
# A display name written "Surname, Given names" (Teams and Outlook directories), optionally with a bracket after it.
_INVERTED = re.compile(
    rf"^(?P<last>{TOKEN}(?:[ -]{TOKEN})?),[ \t]*(?P<first>{TOKEN}(?:[ -]{TOKEN})?)(?P<rest>[ \t]*[(\[].*)?$"
)


def _plain_name_word(word: str) -> bool:
    return (
        not (is_common_word(word) or is_org_word(word) or company_shaped(word) or ROLE_WORD.search(word))
        and role_side(word) == "unknown"
    )


def inverted_name(raw: str) -> tuple[str, str, str] | None:
    """Return (surname, given names, rest) of a label shaped 'Surname, Given' ('Brehm, Ottilie'), else None."""
    m = _INVERTED.match(" ".join(raw.strip(" *_:\t").split()))
    if not m or not all(_plain_name_word(w) for w in re.split(r"[ -]", f"{m['last']} {m['first']}")):
        return None
    return m["last"], m["first"], (m["rest"] or "").strip()


def surname_first(labels: list[str], text: str, fmt: str) -> set[str]:
    """Return the labels that write a person's name 'Surname, Given' rather than 'Name, Company'.

    Teams writes the directory's display name, often "Brehm, Ottilie"; elsewhere the text must show the order, by
    naming one of them "Ottilie Brehm" or "Frau Brehm" / "Mr Vance".
    """
    shaped = {lab: parts for lab in set(labels) if (parts := inverted_name(lab))}
    if not shaped:
        return set()
    if fmt == "teams_docx":
        return set(shaped)
    for last, first, _ in shaped.values():
        if re.search(
            rf"(?<![\w-]){re.escape(first)}\s+{re.escape(last)}(?![\w-])"
            rf"|\b(?:Herrn?|Frau|Mr|Mrs|Ms|Dr)\.?\s+{re.escape(last)}(?![\w-])",
            text,
        ):
            return set(shaped)
    return set()


def _org_first(part: str) -> bool:
    """Return True for an organisation's name that opens with an organisation word ('Klinikum Kesselbrunn')."""
    words = part.split()
    return len(words) >= 2 and is_org_word(words[0])


def parse_label(raw: str, inverted: bool = False) -> Label:
    """Return the parts of a speaker label: 'Kunde (Emre Yilmaz, Stadtwerke)', 'Anna Roth (Acme GmbH)', 'REP'.

    `inverted`: the label writes the name 'Surname, Given' ('Brehm, Ottilie'); the person is read as 'Ottilie Brehm'.
    """
    raw = re.sub(r"\s+", " ", raw.strip(" *_:\t"))
    parts = inverted_name(raw) if inverted else None
    if parts:
        last, first, rest = parts
        label = parse_label(f"{first} {last} {rest}".strip())
        label.raw, label.written = raw, raw.split("(")[0].split("[")[0].strip()
        return label
    label = Label(raw=raw)
    if GENERIC.match(raw) or DEVICE.match(raw):
        label.name, label.generic = raw, True
        return label
    if _EMAIL.fullmatch(raw.strip("<>")):
        label.email = raw.strip("<>")  # "<v j.wendt@x.example>": the account's address, the person unnamed
        return label
    inner = ""
    head = raw
    m = re.match(r"^(?P<head>[^(\[]+?)\s*[(\[](?P<inner>[^)\]]*)[)\]]\s*$", raw)
    if m:
        head, inner = m.group("head").strip(), m.group("inner").strip()
    else:
        m = re.match(r"^(?P<head>.+?)\s+(?:[-–—|@]|/)\s+(?P<inner>.+)$", raw) or re.match(
            r"^(?P<head>[^,]+?),\s*(?P<inner>.+)$", raw
        )
        if m and is_name(re.sub(rf"^{TITLE}+", "", m.group("head").strip())):
            head, inner = m.group("head").strip(), m.group("inner").strip()
    head_clean = re.sub(rf"^{TITLE}+", "", head).strip()
    side = role_side(head)
    if side != "unknown":
        label.side = side
        if not inner:
            label.role = head
    elif is_name(head_clean):
        label.name = head_clean
    parts = [p.strip() for p in re.split(r",|;|\s/\s", inner) if p.strip()]
    label.external = any(_EXTERNAL.fullmatch(p) for p in parts)
    for part in parts:
        if _EXTERNAL.fullmatch(part) or _UNVERIFIED.fullmatch(part):
            continue  # "Anna Roth (Guest)": Teams marks people from outside the host's organisation
        part_clean = re.sub(rf"^{TITLE}+", "", part).strip()
        s = role_side(part)
        if _EMAIL.fullmatch(part.strip("<>")):
            label.email = label.email or part.strip("<>")  # "Björn Sæther, Ops Manager, b.saether@x.example"
        elif _PHONE.fullmatch(part):
            continue  # "+47 555 12 880": a phone number is neither role nor organisation
        elif s != "unknown":
            label.side = s
            if ROLE_WORD.search(part) and label.role is None:
                label.role = part
        elif label.name is None and is_name(part_clean) and len(part_clean.split()) >= 2:
            label.name = part_clean
        elif _LEGAL.search(part) or _org_first(part):
            label.organisation = label.organisation or part
        elif re.match(r"^(?:wir|we|us|our side|unsere seite)$", part, re.IGNORECASE):
            label.side = "seller"
        elif label.role is None and ROLE_WORD.search(part):
            label.role = part
        elif label.organisation is None:
            label.organisation = part
        elif label.role is None:
            label.role = part
    if label.role and not label.organisation and label.name and _LEGAL.search(label.role):
        label.organisation, label.role = label.role, None
    if label.name is None and label.side == "unknown" and 0 < len(head.split()) <= 4:
        label.name = head_clean or head
    return label
