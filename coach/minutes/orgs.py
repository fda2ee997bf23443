"""Which organisation offers and which decides: a second, whole-text look at the organisations of a meeting.

The list readers (`parties`, `vendor`) settle the companies from the attendance lines. When those lines are missing
or odd (a transcript, an e-mail thread, prose notes, a title that names the product) they can return the product,
the seller or nothing. This module collects every organisation the text names with some support — a legal form, a
kind of body ("… District Council", "Stadtwerke …"), an e-mail domain written out ("sunreach-solar" ->
"Sunreach Solar"), a name beside a person — ties people to them (domain, bracket, signature, "us (X)", "Them: …",
"from the X side") and weighs what each organisation's people do: the one that sells, presents or sends the offer is
the seller; the one that decides, approves, signs as buyer or raises objections is the customer. The title's
product or project is never a candidate on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from coach.minutes.company import (
    _NOT_A_COMPANY,
    _ORG_NOUN,
    ORG_PREFIXED,
    _role_noun,
    not_an_org,
    trim_lead,
)
from coach.minutes.markup import unmark
from coach.minutes.parties import ORG_ANY, ORG_LEGAL, clean_org, org_like, rx
from coach.minutes.vendor import _BUYER_ROLE, _BUYER_SPEECH, _VENDOR_ROLE
from coach.text.model import Participant
from coach.text.names import is_common_word, is_org_word
from coach.text.sides import company_key, same_company, seller_statement

_FREE_MAIL = re.compile(
    r"^(?:gmail|googlemail|outlook|hotmail|live|yahoo|gmx|web|t-online|icloud|proton\w*)$"
)
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+)(?:\.[\w-]+)+")
# words that open a name but belong to the body or the people in it: 'Governors of X', 'Vorstand der X'
_BODY_LEAD = re.compile(
    r"^(?:(?:the\s+)?(?:governors?|trustees?|board|directors?|members?|committee|cabinet|panel|council members?|"
    r"mitglieder|ausschuss\w*|vorstand\w*|aufsichtsrat\w*|gremium|geschäftsführung|leitung|team|staff|"
    r"mitarbeitende|verwaltungsrat|präsidium|beirat)\s+(?:of|der|des|von|from|at|bei)\s+(?:the\s+|der\s+|des\s+)?)+",
    re.IGNORECASE,
)
# a person's organisation given with the person: 'Name (Role, Org)', 'Name, Role, Org', 'Name – Org'
_AFTER_NAME = (
    r"(?:[ \t]*\((?P<br>[^()\n]{{2,120}})\)|[ \t]*[,–—-][ \t]*(?P<tail>[^\n;]{{2,120}}))"  # same line
)
# a group of people introduced as ours or theirs
_OURS = re.compile(
    r"^\W*(?:us|we|wir|uns|our side|our team|unsere? seite|von uns|seller|vendor|anbieter|vertrieb)\b"
    r"(?:\s*\((?P<org>[^()\n]{2,60})\))?\s*[:=–—-]",
    re.IGNORECASE,
)
_THEIRS = re.compile(
    r"^\W*(?:them|they|their side|their team|kunde|kundin|kd|cust|customer|client|buyer|auftraggeber\w*|"
    r"(?:present|anwesend)\s+(?:on|auf)\s+(?:their|deren|kunden)\s*(?:side|seite)?|ihre seite|kundenseite)\b"
    r"(?:\s*\((?P<org>[^()\n]{2,60})\))?\s*[:=–—-]",
    re.IGNORECASE,
)
# a speaker tying themselves to an organisation: 'from the X side', 'from X's side', 'von X-Seite', 'seitens X',
# 'here from X', 'us (X)', 'from our side, from X'
_SIDE_OF = re.compile(
    rf"\b(?i:from|for|on)\s+(?i:the\s+)?(?P<a>{ORG_ANY}?)(?:['’]s?)?\s+(?i:side)\b"
    rf"|\b(?i:seitens|auf seiten)\s+(?i:der\s+|des\s+|von\s+)?(?P<b>{ORG_ANY})"
    rf"|\b(?i:von|aus)\s+(?P<c>{ORG_ANY})-Seite\b"
    rf"|\b(?i:our side|unserer seite|us|uns|wir|we)\b[,\s]*(?:\(|,\s*(?i:from|von)\s+)(?P<d>{ORG_ANY})"
)
# the organisation the buyer decides about (its offer, choosing it): that one sells
_ABOUT_SELLER = re.compile(
    r"\b(?:offer|proposal|quote|angebot\w*|contract|vertrag\w*)\s+(?:from|by|von|der|des)\s+(?P<org>[^\n.,;:()]{2,60})"
    r"|\b(?:award\w*|contract|auftrag|zuschlag)\b[^.\n]{0,60}?\b(?:to|an)\s+(?P<org3>[^\n.,;:()]{2,60})"
    r"|\b(?:einführung|beschaffung|kauf|purchase|introduction|adoption|roll-?out)\s+(?:von|of|des|der)\s+"
    r"(?P<org4>[^\n.,;:()]{2,60})"
    r"|\bnicht\s+mit\s+(?P<org5>[^\n.,;:()]{2,60})|\bnot\s+with\s+(?P<org6>[^\n.,;:()]{2,60})"
    r"|\b(?:go(?:ing)?\s+(?:ahead\s+)?with|proceed(?:s|ed|ing)?\s+with|award(?:ed)?\s+(?:the\s+contract\s+)?to|select(?:ed)?|chose|"
    r"zuschlag\s+(?:an|für)|absage\s+an|zusage\s+an|entscheid\w*\s+(?:uns\s+|sich\s+)?für)\s+(?:the\s+|die\s+|den\s+)?"
    r"(?P<org2>[^\n.,;:()]{2,60})",
    re.IGNORECASE,
)
# the buying organisation's bodies and acts: 'Vorstand der X', 'board of X', 'X führt … ein', 'X approves'
_BODY_OF = re.compile(
    r"\b(?:vorstand|aufsichtsrat|geschäftsführung|gemeinderat|stadtrat|ausschuss\w*|board|governors|trustees|cabinet|"
    r"committee|steerco|steering committee|lenkungskreis|verwaltungsrat)\s+(?:of|der|des|von|at|bei)\s+"
    r"(?:the\s+)?(?P<org>[^\n.,;:()]{2,60})",
    re.IGNORECASE,
)
_ABOUT_WORDS = (
    "offer",
    "proposal",
    "quote",
    "angebot",
    "contract",
    "vertrag",
    "award",
    "auftrag",
    "zuschlag",
    "go with",
    "proceed",
    "going with",
    "ahead with",
    "select",
    "chose",
    "absage",
    "zusage",
    "entscheid",
    "einführung",
    "beschaffung",
    "kauf",
    "purchase",
    "introduction",
    "adoption",
    "roll",
    "nicht mit",
    "not with",
)
_BODY_WORDS = (
    "vorstand",
    "aufsichtsrat",
    "geschäftsführung",
    "rat ",
    "ausschuss",
    "board",
    "governors",
    "trustees",
    "cabinet",
    "committee",
    "steerco",
    "steering",
    "lenkungskreis",
    "verwaltungsrat",
)
_ACTS = (
    r"(?:führt|führen|(?:ein)?f(?:ü|ue)hr(?:t|en|e|ung)|enters?\s+into|rolls?\s+out|adopts?|buys?|kauft|bestellt|beauftragt|signs?|signed|unterschreibt|"
    r"unterzeichnet|approves?|approved|genehmigt|decides?|decided|entscheidet|declines?|declined|lehnt|"
    r"will\s+not\s+(?:buy|proceed)|is\s+a\s+yes|are\s+a\s+yes|sagt\s+zu|sagt\s+ab|nothing\s+above|"
    r"goes?\s+ahead|proceeds?|geht\s+mit|picked|chose|selected|opted)"
)
# a speaker line: '[00:01] Name (side): text', 'Name: text'
_SPEAKER = re.compile(
    r"^\s*(?:\[[\d:.,]+\]\s*)?(?P<who>[^:\n()\[\]]{2,60}?)(?:\s*\([^()\n]*\))?\s*:\s+(?P<said>.+)$"
)
_LOCATION = re.compile(
    r"^\W*(?:loc(?:ation)?|ort|venue|where|wo)\s*[:=]\s*(?P<at>.+)$"
    r"|(?:\b(?:on site at|onsite at|vor ort bei|in (?:the\s+)?offices? of|at the offices? of|bei)\s+|^[ \t]*@[ \t]*)"
    r"(?P<at2>[^\n.,;:()@]{2,60})",
    re.IGNORECASE | re.MULTILINE,
)
_AT_SIGN = re.compile(r"^[ \t]*@[ \t]*(?P<org>[^\n.,;:()@]{2,60})", re.MULTILINE)
# words a vendor's or a buyer's name often carries (a weak hint, only to break a tie)
_VENDOR_NAME = re.compile(
    r"(?:software|systems?|solutions?|technolog\w*|tech|cloud|labs?|digital|data|datentechnik|analytics|platform|"
    r"saas|consulting|beratung|informatik|apps?|ware)\b|\b(?:it|ai)\b",
    re.IGNORECASE,
)
_BUYER_NAME = re.compile(
    r"(?:genossenschaft|versicherung\w*|kliniken|klinikum|verbund|werke|schule|hochschule|verwaltung|kasse|bank)\b|"
    r"\b(?:council|district|school|college|academy|academies|university|universität|trust|hospital|klinik\w*|"
    r"stadtwerke|landkreis|gemeinde|stadt|versicherung\w*|mutual|bank|hotels?|markets?|retail|bau|molkerei|"
    r"genossenschaft|co-?op\w*|growers|rechtsanwälte|kanzlei|verband|verein|foundation|stiftung|authority|"
    r"ministry|ministerium|amt|group|gruppe|holding|freight|logistik|logistics|pharma|werke?|farms?)\b",
    re.IGNORECASE,
)


@dataclass
class Org:
    """One organisation of the meeting: its name as written, who belongs to it, and the weighed evidence."""

    name: str
    support: set[str] = field(default_factory=set)
    members: set[str] = field(default_factory=set)
    seller: float = 0.0
    customer: float = 0.0

    @property
    def key(self) -> str:
        """Return the name folded for comparison."""
        return company_key(self.name)

    @property
    def strong(self) -> bool:
        """Return True when more than a bare capitalised phrase supports the organisation."""
        cues = {"legal", "kind", "domain", "person", "group", "side", "body", "current", "prose"}
        return bool(self.support & cues) or bool(self.members)


@dataclass
class OrgDecision:
    """The seller and the customer organisation (None where the text does not tell) and who belongs to which."""

    seller: str | None
    customer: str | None
    members: dict[str, str] = field(default_factory=dict)  # participant name -> organisation name
    orgs: list[Org] = field(default_factory=list)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if c.isalnum())


_LEAD_ROLE = re.compile(
    r"(?:geschäftsführ\w*|vorstand|vorständin|vorsitzende\w*|\w*leiter(?:in)?|direktor(?:in)?|director|head|"
    r"manager(?:in)?|ceo|cfo|cio|cto|coo|prokurist(?:in)?|referent(?:in)?|chair\w*|owner|inhaber(?:in)?)",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"^(?:jan(?:uar|uary)?|feb(?:ruar|ruary)?|märz|mär|march|mar|apr(?:il)?|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|"
    r"sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)\.?$",
    re.IGNORECASE,
)


def _name_like(org: str) -> bool:
    """Return True for capitalised words (and joiners) that can name an organisation: no pronoun, date or label."""
    words = org.split()
    if not words or len(words) > 7 or not _org_like_start(org):
        return False
    if any(_MONTH.match(w) or w.isdigit() for w in words):
        return False
    joiners = {"&", "und", "and", "of", "de", "für", "am", "an", "der", "im", "the", "for", "y", "e"}
    return all(w[0].isupper() or w[0].isdigit() or w in joiners for w in words) and not (
        len(words) == 1 and org.isupper() and len(org) <= 3
    )


def _org_like_start(org: str) -> bool:
    """Return True unless the parties module rejects the name for a reason other than a month-like word."""
    probe = " ".join("X" + w[1:] if _MONTH.match(w[:3]) else w for w in org.split())
    return org_like(probe) or bool(ORG_LEGAL.fullmatch(org))


def _tidy(name: str | None) -> str | None:
    """Return an organisation's name without a leading body or article, or None when it is no name."""
    if not name:
        return None
    if "?" in name:
        return None  # 'Finance Dir (Graham?)': a guess at a person, no organisation
    name = trim_lead(_BODY_LEAD.sub("", name.strip())) or ""
    name = re.sub(r"['’]s?$", "", name.strip(" .,:;–—-\"'“”„"))
    words = name.split()
    while len(words) > 2 and is_common_word(words[0]) and not is_org_word(words[0]):
        words = words[1:]  # 'That Greyfriars Housing Co-operative Limited' -> 'Greyfriars …'
    name = " ".join(words)
    cut = max((i + 1 for i, w in enumerate(words[:3]) if _LEAD_ROLE.fullmatch(w)), default=0)
    if cut and len(words) - cut >= 2:
        name = " ".join(words[cut:])  # 'Technischer Geschäftsführer Stadtwerke X GmbH' -> 'Stadtwerke X GmbH'
    cleaned = clean_org(name)
    if cleaned and len(cleaned) <= 3 and name.startswith(cleaned + "."):
        cleaned = name  # 'St. Brigid's …' is not cut at the abbreviation
    if not cleaned or not (_name_like(cleaned) or ORG_LEGAL.fullmatch(cleaned)):
        return None
    words = cleaned.split()
    if all(is_common_word(w) for w in words) or (len(words) == 1 and _NOT_A_COMPANY.match(words[0])):
        return None
    if len(words) == 1 and any(_role_noun(w) for w in cleaned.split("/")):
        return None  # 'Syndikusanwältin', 'Schaden/Leistung': a role or a field, no organisation
    return cleaned


def _title(text: str) -> str:
    """Return the first line that says something (the title), without an e-mail subject's label."""
    for line in text.split("\n"):
        line = re.sub(r"^[#*_\s]+|[*_\s]+$", "", line)
        line = re.sub(r"^(?:betreff|subject)\s*:\s*(?:(?:aw|wg|re|fw|fwd)\s*:\s*)*", "", line, flags=re.I)
        if line.strip():
            return line.strip()
    return ""


def _fuller(new: str, old: str) -> bool:
    """Return True when a new spelling of the same organisation is the better name: a legal form, or more words."""
    if ORG_LEGAL.fullmatch(old) and not ORG_LEGAL.fullmatch(new):
        return False
    if ORG_LEGAL.fullmatch(new) and not ORG_LEGAL.fullmatch(old):
        return company_key(new).startswith(company_key(old)) or company_key(old).startswith(company_key(new))
    return len(new) > len(old) and (
        company_key(new).startswith(company_key(old)) or company_key(new).endswith(" " + company_key(old))
    )  # 'Hofmann Bau' -> 'Hofmann Bau AG'; 'Universität X' -> 'Technische Universität X'


class _Pool:
    """The organisations found so far, merged by folded name; the fullest spelling wins."""

    def __init__(self) -> None:
        self.orgs: list[Org] = []

    def find(self, name: str | None) -> Org | None:
        """Return the organisation of that name, if known."""
        key = company_key(name)
        if not key:
            return None
        return next((o for o in self.orgs if o.key == key or same_company(o.name, name)), None)

    def add(self, name: str | None, cue: str) -> Org | None:
        """Add or strengthen an organisation; return it (None for no name)."""
        name = _tidy(name)
        if not name:
            return None
        org = self.find(name)
        if org is None:
            org = Org(name=name)
            self.orgs.append(org)
        elif _fuller(name, org.name):
            org.name = name  # keep the fullest spelling ('Hofmann Bau' -> 'Hofmann Bau AG')
        org.support.add(cue)
        return org


_CAP_WORD = re.compile(r"[A-ZÄÖÜ0-9][\w&'’-]*")


def _domain_name(label: str, text: str) -> str | None:
    """Return the capitalised words of the text that spell an e-mail domain ('sunreach-solar' -> 'Sunreach Solar')."""
    want = _fold(label)
    if len(want) < 4:
        return None
    best = None
    for start in rx(rf"(?<![\w-]){re.escape(label[:3])}", re.IGNORECASE).finditer(text):
        words = []
        pos = start.start()
        for _ in range(4):
            m = _CAP_WORD.match(text, pos)
            if not m:
                break
            words.append(m)
            gap = re.match(r" & | |-", text[m.end() : m.end() + 3])
            if not gap:
                break
            pos = m.end() + len(gap.group(0))
        spelled = ""
        for j, m in enumerate(words):
            spelled += _fold(m.group(0))
            if spelled == want:
                cand = text[start.start() : m.end()]
                if best is None or len(cand) > len(best):
                    best = cand
                break
            if not want.startswith(spelled) or j == len(words) - 1:
                break
    return best


_ROLE_LIKE = re.compile(
    r"\b(?:ceo|cfo|cio|cto|coo|ciso|head|director|direktor\w*|manager\w*|mgmt|management|lead|leiter\w*|leitung|"
    r"chair\w*|officer|engineer\w*|architect|vorsitz\w*|vors|vorstand\w*|geschäftsführ\w*|gf|it|hr|admin\w*|"
    r"assistant|assistenz|analyst|member|mitglied|clerk|secretary|sekretär\w*|principal|partner|owner|inhaber\w*|"
    r"referent\w*|sachbearbeit\w*|buchhaltung|technik|einkauf|procurement|finance|finanzen|controlling|legal|"
    r"recht|vertrieb|sales|marketing|ops|operations|betrieb|verwaltung|kaufm\w*|prokurist\w*|rat|rätin|"
    r"dezernent\w*|kämmer\w*|amtsleit\w*|bürgermeister\w*|governor|trustee|treasurer|president|vp|svp|evp|"
    r"consultant|berater\w*|specialist|spezialist\w*|coordinator|koordinat\w*|supervisor|eng|dev|developer|"
    r"entwickl\w*|support|service|archives?|organisation|team|abteilung|department|dept|office|büro|"
    r"\w*leitung|\w*leiter(?:in)?|\w*management|\w*organisation|\w*direktor(?:in)?|\w*beauftragte?r?|"
    r"pflege\w*|clinical|medical|nursing|senior|junior|stv|deputy|interim|joined|late|remote|"
    r"online|video|dial\w*|zugeschaltet|entschuldigt|apologies|absent|notes?|protokoll|minutes|me|ich|us|wir)\b",
    re.IGNORECASE,
)


def _role_like(part: str) -> bool:
    """Return True for a role, a department or a remark in a person's brackets, not an organisation."""
    return bool(_ROLE_LIKE.search(part)) and not ORG_LEGAL.search(part)


def _shared_field(body: str) -> bool:
    """Return True for a bracket of fields joined by a slash, one a role or department ('Technik/Fuhrpark'): the
    person's remit, not an organisation."""
    pieces = [p.strip() for p in body.split("/") if p.strip()]
    return (
        len(pieces) >= 2
        and not re.search(r"[,;|]|\s[–—-]\s", body)
        and any(_role_like(p) for p in pieces)
        and not any(_legal_or_kind(p) or ORG_LEGAL.search(p) for p in pieces)
    )


def _legal_or_kind(part: str) -> bool:
    """Return True for a lone bracket part that names a company by its legal form or its kind of body."""
    return bool(ORG_LEGAL.fullmatch(part.strip()) or _ORG_NOUN.search(part) or ORG_PREFIXED.search(part))


_DECIDER_ROLE = re.compile(
    r"\b(?:vorstand\w*|geschäftsführ\w*|gf|ceo|coo|chair\w*|vorsitz\w*|bürgermeister\w*|trustee|governor|"
    r"president|principal|direktor\w*|superintendent|inhaber\w*|owner)\b",
    re.IGNORECASE,
)
_ORG_COLON = re.compile(rf"(?:^|[|;]|\s[–—-]{{1,2}}\s)\s*(?P<org>{ORG_ANY})\s*:\s*(?P<who>[^|;\n]+)")
_FOR_ORG = re.compile(
    rf"(?:^|[;:]\s*|\s)(?i:for|für|seitens|von)\s+(?:the\s+|die\s+|der\s+)?(?P<org>{ORG_ANY})\s*:"
)
_BOTH_ORG = re.compile(rf",?\s+(?i:both|beide|alle|all)\s+(?:(?i:of|von|from|at|bei)\s+)?(?P<org>{ORG_ANY})")
_ALL_OF = re.compile(
    r"^\s*\(\s*(?:alle|all|both|beide|jeweils|each)\s+(?:von\s+|of\s+|from\s+)?(?P<org>[^()\n]{2,80})\)\s*$",
    re.I,
)
_THEIR_SIDE = re.compile(
    r"\b(?:on|from)\s+their\s+side\s*[:,-]|\bauf\s+(?:ihrer|deren|kunden)seite\s*[:,-]|\bvon\s+ihrer\s+seite\b",
    re.I,
)
_OUR_SIDE = re.compile(
    r"\b(?:on|from)\s+our\s+side\s*[:,-]|\bauf\s+unserer\s+seite\s*[:,-]|\bvon\s+unserer\s+seite\b", re.I
)
_SIGN_PREFIX = re.compile(
    r"^(?:i\.\s?a\.|i\.\s?v\.|ppa\.|pp\.?|--|—|best|cheers|thanks|grüße|gruß)\s*,?\s*", re.I
)
# 'at X' / 'bei X' in running text: a candidate when it reads as an organisation
_AT_ORG = re.compile(
    rf"\b(?:(?i:at|from|with|w/)|bei(?:\s+(?:der|dem|den))?|für\s+(?:die|den|das))\s+(?P<org>{ORG_ANY})"
)


def _people_in(segment: str, people: list[Participant]) -> list[Participant]:
    """Return the participants named in a piece of text (full name, or surname / first name as a word)."""
    out = []
    for p in people:
        if p.name in segment:
            out.append(p)
            continue
        words = [w for w in p.name.split() if len(w) >= 3 and w in segment]  # cheap test before the regex
        if any(rx(rf"(?<![\w-]){re.escape(w)}(?![\w-])").search(segment) for w in words):
            out.append(p)
    return out


def _collect(
    text: str, people: list[Participant], own: str | None, current: tuple[str | None, str | None]
) -> tuple[_Pool, dict[str, Org]]:
    """Return the organisations the text names with support, and the organisation of each participant tied to one."""
    pool = _Pool()
    member: dict[str, Org] = {}

    def tie(person: Participant, org: Org | None, cue: str) -> None:
        if org is None:
            return
        org.members.add(person.name)
        org.support.add(cue)
        member.setdefault(person.name, org)

    if own:
        pool.add(own, "own")
    for m in ORG_LEGAL.finditer(text):
        pool.add(m.group("org"), "legal")
    for m in _ORG_NOUN.finditer(text):
        more = re.match(r"[ \t]+(?:District|Board|Trust|Authority|Council|Limited)\b", text[m.end() :])
        pool.add(m.group("org") + (more.group(0) if more else ""), "kind")
    for m in ORG_PREFIXED.finditer(text):
        pool.add(m.group("org"), "kind")
    for m in _AT_SIGN.finditer(text):  # '@ X, Leeds office': where the meeting is, the buyer's place
        if not not_an_org(m.group("org")):
            pool.add(m.group("org"), "prose")
    words = sorted({w for p in people for w in p.name.split() if len(w) >= 3}, key=len, reverse=True)
    name_word = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])") if words else None
    for m in _AT_ORG.finditer(text):
        raw = m.group("org")
        cut = name_word.search(raw) if name_word else None
        raw = raw[: cut.start()] if cut else raw  # never a participant's name in the organisation's
        kind = _ORG_NOUN.search(raw)
        name = _tidy(kind.group("org") if kind else raw)
        if not name or len(name.split()) < 2 or _role_like(name):
            continue
        if _BUYER_NAME.search(name) or len(rx(re.escape(name)).findall(text)) >= 2:
            pool.add(name, "prose")
    ours: set[str] = set()
    theirs: set[str] = set()
    domains: dict[str, Org] = {}
    for m in _EMAIL.finditer(text):
        label = m.group(1).lower()
        if _FREE_MAIL.match(label) or label in domains:
            continue
        same = [
            o for o in pool.orgs if len(label) >= 4 and _fold(company_key(o.name)).startswith(_fold(label))
        ]
        known = min(same, key=lambda o: len(o.key), default=None)  # the company before its product
        org = known or pool.add(_domain_name(label, text), "domain")
        if org is not None:
            org.support.add("domain")
            domains[label] = org
    lines = text.split("\n")
    short: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if len(line) <= 80:
            short.setdefault(_SIGN_PREFIX.sub("", line.strip(" -–—,")), []).append(i)
    for person in people:
        if person.email and "@" in person.email:
            label = person.email.split("@", 1)[1].split(".")[0].lower()
            tie(person, domains.get(label), "domain")
        for m in rx(re.escape(person.name) + _AFTER_NAME.format()).finditer(text):
            body = m.group("br") or (m.group("tail") or "")
            parts = [x for x in re.split(r"\s*[,;|/]\s*|\s+[–—-]\s+", body) if x.strip()]
            org = next((pool.find(x) for x in parts if pool.find(x)), None)
            if org is None and m.group("br") and (len(parts) >= 2 or (parts and _legal_or_kind(parts[0]))):
                last = parts[-1]
                org = pool.add(last, "person") if not _role_like(last) and not _shared_field(body) else None
            tie(person, org, "person")
        # a signature: the name on its own line, the organisation on one of the next three
        for i in short.get(person.name, []):
            for below in lines[i + 1 : i + 4]:
                org = pool.find(below.strip()) or next(
                    (pool.find(p) for p in re.split(r"\s*[|,·]\s*", below) if pool.find(p)), None
                )
                if org is not None:
                    tie(person, org, "person")
                    break
    known_before = {o.key: set(o.support) | o.members for o in pool.orgs}
    for name in current:
        pool.add(name, "current")
    firsts = {o.name.split()[0].casefold() for o in pool.orgs if o.name.split()}
    for line in lines:
        # 'A, B und C (Org)', 'us (Org): A, B' — everyone of the group belongs to the organisation
        for m in re.finditer(r"\((?P<org>[^()\n]{2,80})\)", line) if "(" in line else ():
            org = pool.find(m.group("org"))
            if org is None and _role_like(m.group("org")):
                continue
            before = re.split(r"[:;()|]|\s[–—-]{1,2}\s|\s--", line[: m.start()])[-1]
            group = _people_in(before, people)
            if org is None and len(group) >= 2:
                org = pool.add(m.group("org"), "group")
            if org is None:
                continue
            after = line[m.end() :]
            if re.match(r"\s*[:=]", after) and re.search(
                r"\b(?:us|we|wir|uns|them|they|sie)\s*$", before, re.I
            ):
                group = _people_in(re.split(r"[;|]|\s[–—-]{1,2}\s|\s--", after.lstrip(" :="))[0], people)
                if re.search(r"\b(?:us|we|wir|uns)\s*$", before, re.I):
                    org.seller += 1.5
                else:
                    org.customer += 1.5
            if len(group) >= 2 or (group and not re.search(r"\(", line[max(0, m.start() - 2) : m.start()])):
                for person in group:
                    tie(person, org, "group")
        # 'for Org: A (…) and B (…)', 'A, Role, and B, Role, both Org'
        low = line.casefold()
        for_cue = ":" in line and any(w in low for w in ("for ", "für ", "seitens", "von "))
        for m in _FOR_ORG.finditer(line) if for_cue else ():
            org = pool.find(m.group("org")) or pool.add(m.group("org"), "group")
            if org is not None:
                # the list ends at '; ', ' | ' or the end of a sentence: 'seitens X: A, B. C war verhindert'
                for person in _people_in(
                    re.split(r"[;|]|(?<=[\w)])\.\s+(?=[A-ZÄÖÜ])", line[m.end() :])[0], people
                ):
                    tie(person, org, "group")
        # 'Org: A, me' — a labelled group; 'me' / 'ich' in it makes it the writer's, the seller in most notes
        named = ":" in line and any(f in low for f in firsts)
        for m in _ORG_COLON.finditer(line) if named else ():
            org = pool.find(m.group("org"))
            if org is None:
                continue
            for person in _people_in(m.group("who"), people):
                tie(person, org, "group")
            if re.search(r"\b(?:me|ich|myself|I)\b", m.group("who")):
                org.seller += 2.0
        for m in _BOTH_ORG.finditer(line) if any(w in low for w in ("both", "beide", "all")) else ():
            org = pool.find(m.group("org")) or pool.add(m.group("org"), "group")
            start = max(line.rfind(":", 0, m.start()), line.rfind(";", 0, m.start()))
            if org is not None:
                for person in _people_in(line[start + 1 : m.start()], people):
                    tie(person, org, "group")
    for i, line in enumerate(lines):
        m = _ALL_OF.match(line)
        org = pool.find(m.group("org")) or pool.add(m.group("org"), "group") if m else None
        if org is not None:
            for above in reversed(lines[max(0, i - 12) : i]):
                if not above.strip() or not re.match(r"^\s*[-*•·]", above):
                    break
                for person in _people_in(above, people):
                    tie(person, org, "group")
        low = line.casefold()
        if "side" not in low and "seite" not in low:
            continue
        for m in _THEIR_SIDE.finditer(line):
            for person in _people_in(re.split(r"(?<=[a-z])\.\s", line[m.end() :])[0], people):
                theirs.add(person.name)
        for m in _OUR_SIDE.finditer(line):
            for person in _people_in(re.split(r"(?<=[a-z])\.\s", line[m.end() :])[0], people):
                ours.add(person.name)
    for line in lines:
        for pattern, side in ((_OURS, "seller"), (_THEIRS, "customer")):
            m = pattern.match(line)
            if not m:
                continue
            org = pool.add(m.group("org"), "group") if m.group("org") else None
            rest = re.split(r"\s\|\s|//|;|\s/\s", line[m.end() :])[0]  # 'us (X): A, B | them: C' ends at '|'
            tails = [pool.find(x) for x in re.findall(r"\(([^()\n]+)\)", rest)]
            group = _people_in(rest, people)
            for person in group:
                tie(person, org, "group")
            if org is None and not group and side == "customer":
                # 'Kunde: Acme Bau AG, Werk Nord' — the label names the organisation, no people
                org = pool.add(re.split(r"\s*[,;(]\s*|\s[–—-]\s", rest.strip())[0], "group")
            for o in [org, *[t for t in tails if t]]:
                if o is not None:
                    setattr(o, side, getattr(o, side) + 2.0)
    for name, side in zip(current, ("seller", "customer"), strict=True):
        org = pool.find(name)
        independent = org is not None and bool(
            (known_before.get(org.key, set()) - {"prose", "side"}) or org.members
        )
        if org is not None and side == "customer" and not current[0]:
            # no seller found beside it: the lists' only organisation, a default unless the title names it alone
            titled = [o for o in pool.orgs if o.key and o.key in company_key(_title(text))]
            org.customer += 0.75 if titled == [org] else LONE_CUSTOMER
        elif org is not None:
            setattr(org, side, getattr(org, side) + (1.5 if independent else 0.75))
    for name in theirs - ours:
        if name in member:
            member[name].customer += 1.0
    for name in ours - theirs:
        if name in member:
            member[name].seller += 1.0
    writer = _writer_org(text, pool)
    if writer is not None:
        prose = [ln for ln in lines if not _SPEAKER.match(ln)]
        pitch = sum(seller_statement(ln) for ln in prose)
        buys = sum(bool(_BUYER_SPEECH.search(ln)) for ln in prose)
        if pitch > buys:
            writer.seller += 2.0
        elif buys > pitch:
            writer.customer += 2.0
    return pool, member


def _writer_org(text: str, pool: _Pool) -> Org | None:
    """Return the organisation in the notes' closing signature ('-- Name, Org', 'Name / Org'), if one."""
    tail = [ln.strip() for ln in text.split("\n") if ln.strip()][-3:]
    if len(tail) >= 2 and re.fullmatch(r"[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){1,2}", tail[-2]):
        org = pool.find(tail[-1])
        if org is not None:
            return org  # 'Name' over 'Org' closing the text
    for line in reversed(tail):
        m = re.match(
            r"^(?:--+|—|–)?\s*[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,2}\s*[,/|]\s*(?P<org>.+)$", line
        )
        if m:
            org = pool.find(m.group("org").strip(" ."))
            if org is not None:
                return org
    return None


# what kind of body an organisation is, as its people call it: 'die Genossenschaft' for 'Agrargenossenschaft X eG'
_KINDS = (
    "genossenschaft",
    "verband",
    "verein",
    "stiftung",
    "gemeinde",
    "kanzlei",
    "klinikum",
    "versicherung",
    "trust",
    "council",
    "college",
    "school",
    "university",
    "universität",
    "hospital",
    "society",
    "association",
    "cooperative",
    "co-operative",
)


def _kind_acts(orgs: list[Org]) -> list[tuple[Org, str, re.Pattern[str]]]:
    """Return, for each organisation whose name says what kind of body it is (the only one of that kind), a pattern
    for that body deciding or buying ('the Trust enters into the agreement', 'die Genossenschaft wird … einführen')."""
    found: dict[str, list[Org]] = {}
    for org in orgs:
        for w in org.name.casefold().split():
            kind = next((k for k in _KINDS if w.endswith(k)), None)
            if kind:
                found.setdefault(kind, []).append(org)
                break
    return [
        (
            group[0],
            kind,
            rx(rf"\b(?:die|der|das|the|unsere?|our)\s+{kind}\b[^\n.;:]{{0,60}}?\b{_ACTS}\b", re.I),
        )
        for kind, group in found.items()
        if len(group) == 1
    ]


def _score(
    text: str, pool: _Pool, member: dict[str, Org], people: list[Participant], own: str | None
) -> None:
    """Add the evidence of offering (seller) and deciding (customer) to every organisation."""
    by_name = {p.name: p for p in people}
    patterns: list[tuple[Org, str, re.Pattern[str], re.Pattern[str]]] = []
    for org in pool.orgs:
        first = org.name.split()[0]
        word = re.escape(first)
        owned = rx(
            rf"\b{word}(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:standard|offer|proposal|quote|pricing|price|product|platform|"
            rf"solution|implementation|angebot|lösung|produkt)\b",
            re.IGNORECASE,
        )
        acts = rx(rf"\b{word}\b[^\n.;:]{{0,40}}?\b{_ACTS}\b", re.IGNORECASE)
        patterns.append((org, first.casefold(), owned, acts))
    kinds = _kind_acts(pool.orgs)
    if own:
        org = pool.find(own)
        if org is not None:
            org.seller += 10.0
    for name, org in member.items():
        p = by_name.get(name)
        role = " ".join(x for x in (p.role if p else None, p.organisation if p else None) if x)
        around = rx(re.escape(name) + r"\s*\(([^()\n]{2,120})\)").search(text)
        role += " " + (around.group(1) if around else "")
        if _VENDOR_ROLE.search(role):
            org.seller += 1.5
        if _BUYER_ROLE.search(role):
            org.customer += 1.0
        elif _DECIDER_ROLE.search(role) and not _VENDOR_ROLE.search(role):
            org.customer += 0.5
    _weigh_conduct(text, member, by_name)
    for line in text.split("\n"):
        sp = _SPEAKER.match(line)
        speaker = next((p for p in people if sp and sp.group("who").strip() == p.name), None) if sp else None
        own_org = member.get(speaker.name) if speaker is not None else None
        if own_org is not None and sp is not None:
            said = sp.group("said")
            own_org.seller += 0.5 * seller_statement(said)
            own_org.customer += 0.5 * bool(_BUYER_SPEECH.search(said))
        low = line.casefold()
        side_cue = "side" in low or "seite" in low or "seitens" in low or "(" in line or ", from" in low
        for m in _SIDE_OF.finditer(line) if side_cue or ", von" in low else ():
            raw = next(g for g in m.groups() if g)
            if _role_like(raw):
                continue  # 'von IT-Seite' is a department
            org = pool.find(raw) or pool.add(raw, "side")
            if org is None:
                continue
            org.support.add("side")
            if m.group("d"):
                org.seller += 1.5  # 'us (X)', 'from our side, from X'
            if speaker is not None:
                org.members.add(speaker.name)
                member.setdefault(speaker.name, org)
        for m in _ABOUT_SELLER.finditer(line) if any(w in low for w in _ABOUT_WORDS) else ():
            raw = next((g for g in m.groups() if g), "")
            for org in pool.orgs:
                if raw.startswith(org.name) or company_key(raw).startswith(org.key):
                    org.seller += 2.0
        for org, first, owned, acts in patterns:
            if first not in low:
                continue
            org.seller += 1.0 * bool(owned.search(line))
            org.customer += 1.0 * bool(acts.search(line))
        for org, kind, acts in kinds:
            if kind in low:
                org.customer += 1.0 * bool(
                    acts.search(line)
                )  # 'the Trust enters into …', 'die Genossenschaft führt … ein'
        for m in _BODY_OF.finditer(line) if any(w in low for w in _BODY_WORDS) else ():
            for org in pool.orgs:
                if company_key(m.group("org")).startswith(org.key):
                    org.customer += 2.0
                    org.support.add("body")
    for m in _LOCATION.finditer(text):
        at = m.group("at") or m.group("at2") or ""
        for org in pool.orgs:
            if company_key(at).startswith(org.key):
                org.customer += 1.0
    for org in pool.orgs:
        org.seller += 0.5 * bool(_VENDOR_NAME.search(org.name))
        org.customer += 0.5 * bool(_BUYER_NAME.search(org.name))
        for name in org.members:
            p = by_name.get(name)
            if p is not None and p.side == "seller":
                org.seller += 0.25
            elif p is not None and p.side == "customer":
                org.customer += 0.25


def _weigh_conduct(text: str, member: dict[str, Org], by_name: dict[str, Participant]) -> None:
    """Add what each organisation's people do in the prose (`pairing.prose_conduct`: present and send the offer ->
    seller; decide, approve, object -> customer) to the organisation's evidence."""
    from coach.minutes.pairing import _Group, prose_conduct  # pairing builds on this module

    orgs: list[Org] = []
    groups: list[_Group] = []
    for name, org in member.items():
        if name not in by_name:
            continue
        if org not in orgs:
            orgs.append(org)
            groups.append(_Group(org.name))
        groups[orgs.index(org)].members.append(by_name[name])
    if len(groups) < 2:
        return
    for org, lean in zip(orgs, prose_conduct(text, groups), strict=True):
        if lean > 0:
            org.seller += CONDUCT_WEIGHT * lean
        else:
            org.customer -= CONDUCT_WEIGHT * lean


CONDUCT_WEIGHT = 1.0
LONE_CUSTOMER = 0.25  # the list readers' customer when they found no seller: the one organisation they saw


_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z0-9]\w*\b|\b[A-Z]{2,4}$")  # 'PriceSense', 'Framestack DAM'


def _product(org: Org, title: str, seller: Org | None, text: str) -> bool:
    """Return True for the product or project rather than a company: named in the title with no other support, or
    carrying the seller's distinctive first word ('Stayloop Revenue Manager' beside 'Stayloop')."""
    if seller is not None and org is not seller:
        first = seller.key.split()[0] if seller.key else ""
        if first and org.key.split()[:1] == [first]:
            return True
    if (org.support & {"legal", "kind", "domain", "person", "group", "body"}) or org.members:
        return False
    # only the list readers' choice: a product's shape ('PriceSense', '… DAM', '… Platform')
    bare = org.name
    legal = ORG_LEGAL.fullmatch(bare)
    if legal:
        bare = re.sub(r"[\s,]+\S+$", "", bare)  # without its legal form
    shaped = _CAMEL.search(bare) and not bare.isupper()
    return bool(shaped or _VENDOR_NAME.search(org.name))


def decide_orgs(
    text: str,
    participants: Iterable[Participant],
    own_company: str | None = None,
    seller: str | None = None,
    customer: str | None = None,
) -> OrgDecision:
    """Return the seller and customer organisations weighed over the whole text, with each member's organisation;
    `seller` / `customer` are the list readers' choice, one piece of evidence among the others."""
    text = unmark(text)
    people = [p for p in participants if p.name]
    pool, member = _collect(text, people, own_company, (seller, customer))
    _score(text, pool, member, people, own_company)
    title = _title(text)
    ranked = [o for o in pool.orgs if o.strong]
    best_seller = max(ranked, key=lambda o: (o.seller - o.customer, len(o.members)), default=None)
    if best_seller is not None and best_seller.seller - best_seller.customer <= 0:
        best_seller = None
    rest = [o for o in ranked if o is not best_seller and not _product(o, title, best_seller, text)]
    best = max(
        rest,
        key=lambda o: (o.customer - o.seller, "current" in o.support, len(o.members), len(o.support)),
        default=None,
    )
    if best is not None and best_seller is None and best.customer - best.seller < 0:
        best = None
    if best is not None and best_seller is None:
        staffed = [o for o in ranked if o is not best and o.members and not _product(o, title, None, text)]
        if staffed:
            best_seller = max(staffed, key=lambda o: (o.seller - o.customer, len(o.members)))
    return OrgDecision(
        seller=best_seller.name if best_seller else None,
        customer=best.name if best else None,
        members={name: org.name for name, org in member.items()},
        orgs=pool.orgs,
    )


# roles that put a person on the selling side by themselves (a contractor of the buyer is not one of them)
_SELLING_ROLE = re.compile(
    r"\b(?:account\s*(?:exec\w*|manager\w*|director|lead)|ae|sdr|bdr|sales\w*|vertrieb\w*|verkauf\w*|"
    r"key[- ]account\w*|pre-?sales\w*|solutions?\s*(?:engineer\w*|architect\w*|consultant\w*)|"
    r"customer success\w*|csm|implementation\s+(?:lead|manager|consultant)|onboarding\w*|client director|"
    r"partner manager)\b",
    re.IGNORECASE,
)


def speaker_turns(text: str) -> list[tuple[str, str]]:
    """Return (speaker, what was said) for every speaker line of the text ('[00:01] Name: …', 'Name: …')."""
    out = []
    for line in text.split("\n"):
        sp = _SPEAKER.match(line) if ":" in line else None
        if sp:
            out.append((sp.group("who").strip(), sp.group("said")))
    return out


def side_by_conduct(text: str, person: Participant, turns: list[tuple[str, str]] | None = None) -> str | None:
    """Return 'seller' or 'customer' from what a person is (a selling or buying role in the brackets after the
    name) or says (clearly more pitch than a buyer's own decision, budget or board in the person's speaker lines,
    or the other way round); None when nothing tells."""
    role = person.role or ""
    around = rx(re.escape(person.name) + r"\s*\(([^()\n]{2,120})\)").search(text)
    if around:
        role += " " + around.group(1)
    selling, buying = bool(_SELLING_ROLE.search(role)), bool(_BUYER_ROLE.search(role))
    if selling != buying:
        return "seller" if selling else "customer"
    pitch = buys = 0
    for who, said in speaker_turns(text) if turns is None else turns:
        if who == person.name:
            pitch += seller_statement(said)
            buys += bool(_BUYER_SPEECH.search(said))
    if pitch - buys >= 2:
        return "seller"
    if buys - pitch >= 2:
        return "customer"
    return None
