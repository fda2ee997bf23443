"""Which organisation sells: the evidence for each organisation of the meeting, weighed before the sides are set.

Minutes by the seller, by the buyer and by a board name the same two organisations in different places. Instead of
trusting the first cue, every organisation named beside a participant (or chosen as seller/customer by the list
readers) collects evidence for both roles:

- seller: the user's own company setting; members with vendor roles (sales, account executive, solution engineer,
  pre-sales, customer success, consultant) or listed as guests / supplier; the organisation is what the buyer
  decides about ("Absage an X", "go with X", "award to X", "X's offer", "Angebot X"); first-person cues
  ("us (X)", "me from X"); its speakers pitch ("our customers", "we typically").
- customer: it titles the notes; it approves, decides or declines; members with buying roles (procurement,
  finance, controlling); it labels the attendance list; its speakers talk about their own budget and board.

The organisation with the clearly higher seller balance is the seller; the customer is the organisation most of the
other participants belong to. Sides then follow the organisations written beside the people. Without a clear
balance the earlier decision stands: unsure is better than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.minutes.markup import unmark
from coach.minutes.parties import ORG_ANY, clean_org, org_like, rx
from coach.minutes.patterns import word, word_start
from coach.text.model import Participant
from coach.text.names import is_org_word
from coach.text.readers.base import SELLER_ROLES
from coach.text.sides import company_key, seller_statement


def _alternatives(pattern: re.Pattern[str]) -> list[str]:
    """Return the top-level alternatives of an anchored '^(?:a|b|…)$' pattern."""
    inner = pattern.pattern.removeprefix("^(?:").removesuffix(")$")
    out, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        if ch == "\\":
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0 and (i == 0 or inner[i - 1] != "\\"):
            out.append(inner[start:i])
            start = i + 1
    out.append(inner[start:])
    return out


# The text layer's seller role words (speaker labels such as 'AE', 'Vertrieb'), found anywhere in a line here;
# the abbreviations that are ordinary words in running text ('am' 12.3., 'kam') stay labels only. The minutes add
# the words that tie a whole organisation to the selling side (supplier, Dienstleister, guests).
_LABEL_ONLY = {"am", "kam", "interviewer"}
_VENDOR_ROLE = re.compile(
    r"\b(?:"
    + "|".join(a for a in _alternatives(SELLER_ROLES) if a not in _LABEL_ONLY)
    + r"|account\s*(?:exec\w*|manager\w*|director|lead)|key[- ]account\w*|solutions?\s*(?:engineer\w*|architect\w*|"
    r"consultant\w*)|customer success\w*|fachberat\w*|consultant\w*|implementation\w*|onboarding|delivery|"
    r"partner manager|supplier|lieferant|dienstleister|auftragnehmer|hersteller|guests?|gäste?|gast|"
    r"(?:enterprise|key|strategic|major)\s+accounts?|bizdev)\b",
    re.IGNORECASE,
)
_BUYER_ROLE = re.compile(
    r"\b(?:einkauf\w*|procurement|purchasing|buyer|controlling|controller\w*|finance\w*|finanz\w*|kämmer\w*|"
    r"cfo|compliance|datenschutz\w*|betriebsrat|personalrat|works council|vergabe\w*|revision)\b",
    re.IGNORECASE,
)
# the buyer's decision about a vendor: what follows is the seller
_ABOUT = (
    r"(?:absage|zusage|auftrag|zuschlag|vergabe|bestellung|beauftragung|decision letter|award(?:ed|s)?(?: the contract)?|"
    r"go(?:ing)? (?:ahead )?with|gehen mit|select(?:ed|s)?|choose|chose|sign(?:ed)? with|entscheid\w* (?:uns )?für|"
    r"decided (?:for|on)|zugunsten|purchase (?:\w+ )?from|buy(?:ing)? from|kauf\w* (?:\w+ )?bei|offer from|"
    r"grünes licht für|green light (?:for|to)|opted for|go for|entscheid\w* sich für|"
    r"proposal from|quote from|angebot(?:s)? (?:der|des|von)|angebot|laut|per|contract with|vertrag mit|"
    r"selection of|appoint(?:ment of|s|ed)?)"
)
_PREP = r"(?:\s+[\w-]+){0,5}?(?:\s+(?:an|to|mit|with|für|for|von|from|bei))?(?:\s+(?:die|den|das|der|the))?"
_FIRST_PERSON = (
    r"(?:\b(?:us|wir|uns|ours|our side|our team)\s*\(\s*{org}"
    r"|\b(?:me|us|uns|mich|I|we|wir|ich)\b[^.\n]{{0,40}}\b(?:from|von|bei|at)\s+(?:the\s+|der\s+)?{org}"
    r"|\b(?:from|von)\s+(?:the\s+|der\s+)?{org}\s*:\s*(?:me|ich)\b)"
)
_CUSTOMER_ACT = (
    r"{org}\b[^.\n]{{0,30}}\b(?:approves?|approved|decided|decides|declines?|declined|will not (?:buy|purchase|"
    r"proceed)|beschlie\w*|beschloss\w*|entscheidet|entschied\w*|gibt\b[^.\n]{{0,40}}\bfrei|lehnt\b|wird\b[^.\n]{{0,60}}"
    r"\bnicht beschaffen)"
    r"|on behalf of (?:the\s+)?{org}"
    r"|(?:im namen|namens) (?:der\s+|des\s+)?{org}"
)
# the seller's own organisation: '<Org>: ich (Lukas), Emre', 'Notiz: Name (<Org>)', 'Aufzeichnung: <Org>'
# ('internal' says nothing: buyers keep internal minutes too)
_OWN_LABEL = (
    r"{org}\s*:\s*(?:ich|me|wir|us|myself)\b"
    r"|^\W*(?:notiz|aufzeichnung|recording|verfasst von|written by)\b[^\n]{{0,60}}{org}"
)
# the customer named as such: 'Kunde: <Org>', 'Kd.: <Org>', 'Customer: <Org>'
_CUSTOMER_LABEL = r"^\W*(?:kd\.?|kunde|kundin|customer|client|auftraggeber(?:in)?|buyer)\s*:\s*(?:the\s+|die\s+|der\s+)?{org}"
# where the seller went: 'met … at the <Org> depot', 'besucht … bei <Org>', 'alles Gute bei <Org>'
_VISITED = (
    r"\b(?:met|visited|besucht\w*|getroffen|vor ort|on site|onsite)\b[^.\n]{{0,60}}\b(?:at|bei|in)\s+(?:the\s+|der\s+)?{org}"
    r"|\b(?:alles gute|viel erfolg|good luck|all the best)\b[^.\n]{{0,20}}\b(?:bei|at|with)\s+(?:the\s+|der\s+)?{org}"
)
# who sends the answer decides: 'die Absage … vom <Org>', 'the go-ahead from <Org>' (the buyer; what the answer is
# about, 'Zusage für <Org>', is the seller — see _ABOUT)
_DECIDED_BY = (
    r"\b(?:absage|zusage|freigabe|rejection|go-?ahead|approval)\b[^.\n]{{0,40}}?\b(?:von|vom|from|by)\s+"
    r"(?:der\s+|dem\s+|the\s+)?{org}"
)
_MINUTES_LINE = re.compile(
    r"^\W*(?:minutes|protokoll|niederschrift|sitzungsprotokoll|board minutes)\b", re.IGNORECASE
)


def _holds_meeting(org: str, lines: list[str]) -> bool:
    """Return True when the minutes open with the organisation's name on its own line, then 'Minutes …': the
    organisation whose board or committee meets (board and buyer minutes)."""
    head = [ln.strip(" #*_\t") for ln in lines if ln.strip()][:2]
    return len(head) == 2 and _same(head[0], org) and bool(_MINUTES_LINE.match(head[1]))


_LIST_LABEL = re.compile(
    r"^\s*(?:teilnehm\w*|anwesend\w*|attendees|present|participants|kunde|customer|client)\b[^:\n]{0,20}?"
    r"\(\s*(?P<org>[^()\n]{3,80})\)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_FIRST_PERSON_ANY = re.compile(
    rf"\b(?:(?i:us|wir|uns|ours|our side|our team)\s*\(\s*(?P<a>{ORG_ANY})\s*\)"
    rf"|(?i:me|us|uns|mich|I|we|wir|ich)\b[^.\n]{{0,40}}\b(?i:here\s+)?(?i:from|von)\s+(?:the\s+|der\s+)?(?P<b>{ORG_ANY})"
    rf"|(?i:from|von)\s+(?:the\s+|der\s+)?(?P<c>{ORG_ANY})\s*:\s*(?i:me|ich)\b)"
)
_ROLEISH = re.compile(r"^(?:the|die|der|das)\b|\b(?:side|seite|team|college|client|customer|kunde)$", re.I)
ROLE_WORD = re.compile(
    r"\b(?:ceo|cfo|cio|cto|coo|head|director|manager|lead|leiter\w*|leitung|chair\w*|officer|engineer|architect|"
    r"vorsitz\w*|vorstand|geschäftsführ\w*|it|hr|admin\w*|assistant|analyst|member|mitglied|clerk|secretary)\b",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z0-9]\w*\b")  # a product name: ShelfWise, ArchiveIQ
_NOT_BUYER = re.compile(
    r"\b(?:project|projekt|programm?e?|rollout|platform|plattform|module?|modul|app|review|management|leitung|"
    r"sitzung\w*|protokoll\w*|minutes|notes|agenda|tagesordnung|pilot|phase|release|version|suite|cloud|"
    r"verfasser\w*|author|staff|in the room|attendees|teilnehm\w*)\b",
    re.IGNORECASE,
)
_GUEST_LABEL = re.compile(
    r"^\s*(?:[^:\n]{0,30}\b)?(?:gäste?|guests?|zugeschaltet|vendor|supplier|anbieter|lieferant|dienstleister)\b"
    r"[^:\n]{0,20}:",
    re.I,
)
_SELF_MARK = re.compile(r"\((?:me|ich|myself|wir|us|selbst)\)", re.I)
# a buyer speaking: a decision taken, their own budget, board or people
_BUYER_SPEECH = re.compile(
    r"\b(?:we|wir)\s+(?:have\s+|haben\s+)?(?:\w+\s+)?(?:decided|entschieden|approved|genehmigt|freigegeben|"
    r"go ahead|nehmen|machen das|sign|unterschreiben|beauftragen|bestellen|order)\b"
    r"|\b(?:our|unser\w*)\s+(?:budget|board|vorstand|aufsichtsrat|cfo|geschäftsführ\w*|einkauf|procurement|"
    r"it-abteilung|it department|betriebsrat|works council|staff|mitarbeiter\w*|standort\w*|sites?)\b",
    re.IGNORECASE,
)


@dataclass
class _Org:
    name: str
    members: list[Participant] = field(default_factory=list)
    seller: float = 0.0
    customer: float = 0.0

    @property
    def balance(self) -> float:
        return self.seller - self.customer


def _key_pattern(org: str) -> str | None:
    """Return a pattern matching the organisation by its distinctive first word (or its full name)."""
    key = company_key(org)
    words = [w for w in org.replace(",", " ").split() if w[:1].isupper() and len(w) >= 3]
    if not key or not words:
        return None
    first = re.escape(words[0])
    return rf"(?:{re.escape(org)}|{first}(?:[ \t]+[A-ZÄÖÜ][\w&.-]*){{0,4}})"


def _same(a: str | None, b: str | None) -> bool:
    ka, kb = company_key(a), company_key(b)
    if not ka or not kb:
        return False
    return ka == kb or ka.startswith(kb + " ") or kb.startswith(ka + " ")


def _line_of(text: str, person: Participant, people: list[Participant]) -> str:
    """Return the text right after a person's name up to the next person (their role and organisation as written)."""
    m = rx(rf"{word(person.name)}(?P<rest>[^\n;]{{0,80}})").search(text)
    if not m:
        return ""
    rest = re.split(r"(?<=[.)])\s|:", m.group("rest"), maxsplit=1)[0]
    for other in people:
        if other is not person:
            at = rest.find(other.name.split()[0])
            rest = rest[:at] if at >= 0 else rest
    return rest


def _guest_members(text: str, people: list[Participant]) -> set[str]:
    """Return the names listed under or beside a guests / vendor label."""
    out: set[str] = set()
    block = False
    for line in text.split("\n")[:60]:
        if not line.strip():
            block = False
            continue
        guest = bool(_GUEST_LABEL.match(line))
        if guest:
            block = True
        elif re.match(r"^\s*[\w ()./-]{2,40}:\s*", line) and not line.startswith((" ", "\t", "-", "*")):
            block = False
        if guest or block:
            out |= {p.name for p in people if p.name in line}
    return out


def weigh(
    text: str,
    people: list[Participant],
    orgs: dict[str, str],
    candidates: list[str],
    hint_seller: str | None = None,
) -> list[_Org]:
    """Return every candidate organisation with its members and the evidence for selling and for buying."""
    found: list[_Org] = []

    def org_of(name: str | None) -> _Org | None:
        if not name:
            return None
        hit = next((o for o in found if _same(o.name, name)), None)
        if hit is None:
            hit = _Org(name=name)
            found.append(hit)
        elif len(name) > len(hit.name):
            hit.name = name
        return hit

    for name in candidates:
        org_of(name)
    for person in people:
        org = org_of(orgs.get(person.name))
        if org is not None:
            org.members.append(person)
    for m in _LIST_LABEL.finditer(text):
        org = next((o for o in found if _same(o.name, m.group("org"))), None)
        if org is not None:
            org.customer += 3
    guests = _guest_members(text, people)
    lines = text.split("\n")
    for org in found:
        pattern = _key_pattern(org.name)
        if hint_seller and _same(org.name, hint_seller):
            org.seller += 100
        for person in org.members:
            said = f"{person.role or ''} {_line_of(text, person, people)}"
            if _VENDOR_ROLE.search(said) or person.name in guests:
                org.seller += 2
            elif _BUYER_ROLE.search(said):
                org.customer += 1
        if pattern is None:
            continue
        org.seller += 3 * min(2, len(rx(rf"\b{_ABOUT}{_PREP}\s+{pattern}", re.IGNORECASE).findall(text)))
        org.seller += 4 * min(1, len(rx(_FIRST_PERSON.format(org=pattern), re.IGNORECASE).findall(text)))
        org.seller += 4 * bool(rx(_OWN_LABEL.format(org=pattern), re.IGNORECASE | re.MULTILINE).search(text))
        org.customer += 6 * bool(
            rx(_CUSTOMER_LABEL.format(org=pattern), re.IGNORECASE | re.MULTILINE).search(text)
        )
        org.customer += 3 * bool(rx(_VISITED.format(org=pattern), re.IGNORECASE).search(text))
        org.customer += 6 * bool(rx(_DECIDED_BY.format(org=pattern), re.IGNORECASE).search(text))
        org.customer += 3 * bool(_holds_meeting(org.name, lines))
        org.customer += 3 * min(2, len(rx(_CUSTOMER_ACT.format(org=pattern)).findall(text)))
        said = [
            line.split(":", 1)[1]
            for person in org.members
            for line in lines
            if rx(rf"^\W*(?:\[[\d:.,]+\]\s*)?{re.escape(person.name)}\b[^:\n]{{0,40}}:").match(line)
        ]
        org.seller += min(3, sum(seller_statement(t) for t in said))
        org.customer += min(3, sum(bool(_BUYER_SPEECH.search(t)) for t in said))
        # a short line (signature, list entry) with this organisation and no other: its role words say the side
        vendor_lines = buyer_lines = signed = 0
        for i, line in enumerate(lines):
            if len(line) > 160 or not rx(pattern).search(line):
                continue
            if any(o is not org and (p := _key_pattern(o.name)) and rx(p).search(line) for o in found):
                continue
            rest = rx(pattern).sub(" ", line)
            if not rest.strip(" \t,|·–—-") and i > 0 and len(lines[i - 1]) <= 160:
                rest = lines[i - 1]  # a signature's organisation alone under its 'Name | Role' line
                signed += bool(_VENDOR_ROLE.search(rest))
            if _VENDOR_ROLE.search(rest) or _SELF_MARK.search(rest):
                vendor_lines += 1
            elif _BUYER_ROLE.search(rest):
                buyer_lines += 1
        org.seller += 2 * min(2, vendor_lines) + bool(signed)  # a seller's signature block tells most
        org.customer += min(2, buyer_lines)
    return found


def bracket_orgs(text: str, people: list[Participant]) -> dict[str, str]:
    """Return name -> organisation for people whose bracket two or more people share and that is no role:
    'Dmitri Volkov (Stackhouse Media Systems), Grace Obi (Stackhouse Media Systems)'."""
    text = unmark(text)
    found: dict[str, list[str]] = {}
    for person in people:
        for m in rx(rf"{word_start(person.name)}\s*\((?P<inner>[^()\n,;]{{3,60}})\)").finditer(text):
            found.setdefault(m.group("inner").strip(), []).append(person.name)
    out: dict[str, str] = {}
    for inner, names in found.items():
        org = clean_org(inner)
        if (
            len(set(names)) >= 2
            and org
            and org_like(org)
            and not _VENDOR_ROLE.search(inner)
            and not _BUYER_ROLE.search(inner)
            and not _ROLEISH.search(org)
            and not ROLE_WORD.search(inner)
        ):
            out.update({n: org for n in names})
    return out


def _written_orgs(text: str, people: list[Participant]) -> list[str]:
    """Return organisations the text ties to people: list labels, first-person cues, a bracket two people share."""
    out: list[str] = [m.group("org") for m in _LIST_LABEL.finditer(text)]
    for m in _FIRST_PERSON_ANY.finditer(text):
        out.append(m.group("a") or m.group("b") or m.group("c"))
    out += list(bracket_orgs(text, people).values())
    cleaned = [clean_org(o) for o in out]
    return [o for o in cleaned if o and org_like(o) and not _ROLEISH.search(o)]


def _text_orgs(text: str) -> list[str]:
    """Return the organisations the text writes with a legal form or a kind word ('… eG', '… Academy Trust')."""
    from coach.minutes.company import _ORG_NOUN, ORG_PREFIXED  # company imports this module: at call time
    from coach.minutes.parties import ORG_LEGAL

    legal = [clean_org(m.group("org")) for m in ORG_LEGAL.finditer(text)]
    kinds = [clean_org(m.group("org")) for m in _ORG_NOUN.finditer(text)]
    kinds += [m.group("org").strip().rstrip(".,;:") for m in ORG_PREFIXED.finditer(text)]
    return [o for o in legal if o] + [o for o in kinds if o and org_like(o)]


def _quality(org: _Org) -> float:
    """Return how much a candidate looks like a buying organisation: a legal form or kind word, people in it."""
    from coach.minutes.company import _ORG_NOUN, ORG_PREFIXED
    from coach.minutes.parties import ORG_LEGAL

    score = 0.5 * min(4, len(org.members))
    if ORG_LEGAL.search(org.name):
        score += 2
    elif (
        _ORG_NOUN.fullmatch(org.name)
        or ORG_PREFIXED.fullmatch(org.name)
        or any(is_org_word(w) for w in org.name.split())
    ):
        score += 1
    elif _CAMEL.search(org.name) or _NOT_BUYER.search(org.name) or ROLE_WORD.search(org.name):
        score -= 3  # a product ('PriceSense RMS'), a project or a heading, not who buys
    return score


def _customer(found: list[_Org], seller: str | None, customer: str | None, text: str) -> str | None:
    """Return the buying organisation: the best-supported candidate that is not the seller."""
    seller_first = company_key(seller).split()[0] if company_key(seller) else ""
    pool = [
        o
        for o in found
        if not _same(o.name, seller)
        and not (seller_first and company_key(o.name).split()[:1] == [seller_first])  # the seller's product
    ]
    if not pool:
        return None

    def score(o: _Org) -> float:
        mentions = len(re.findall(re.escape(o.name.split()[0]), text))
        return (
            (o.customer - o.seller)
            + _quality(o)
            + (1.5 if customer and _same(o.name, customer) else 0.0)
            + 0.25 * min(4, mentions)
        )

    best = max(pool, key=lambda o: (score(o), len(o.name)))
    return best.name if score(best) > 0.5 else None


# one word for what kind of body an organisation is, never its name ('die Hochschule', 'the Trust')
_KIND_WORD = re.compile(
    r"^(?i:hochschule|fachhochschule|universität|university|college|school|schule|academy|akademie|klinikum|"
    r"kliniken|hospital|trust|council|verein|verband|stiftung|foundation|genossenschaft|institut|institute|"
    r"gemeinde|stadt|landkreis|kanzlei|society|association|authority|ministry|ministerium|behörde)$"
)


def bare_kind(name: str) -> bool:
    """Return True for a lone word that says what kind of body an organisation is ('Hochschule', 'Trust')."""
    words = name.strip(" .,;:").split()
    return len(words) == 1 and (bool(_KIND_WORD.match(words[0])) or is_org_word(words[0]))


def decide(
    text: str,
    people: list[Participant],
    orgs: dict[str, str],
    seller: str | None,
    customer: str | None,
    hint_seller: str | None = None,
) -> tuple[str | None, str | None]:
    """Return (seller, customer) after weighing the evidence; the given pair where the evidence is not clear."""
    text = unmark(text)
    own = hint_seller if hint_seller and re.search(re.escape(hint_seller.strip()), text, re.I) else None
    candidates = [
        c
        for c in (own, seller, customer, *orgs.values(), *_written_orgs(text, people), *_text_orgs(text))
        if c and not bare_kind(c)
    ]
    found = weigh(text, people, orgs, candidates, hint_seller)
    if not found:
        return seller, customer
    ranked = sorted(found, key=lambda o: (-o.balance, -len(o.members), bool(_CAMEL.search(o.name))))
    best = ranked[0]
    current = next((o for o in found if _same(o.name, seller)), None)
    new_seller = seller
    if best.balance >= 3:
        weaker = (
            current is not None and not current.members and best.members and best.balance >= current.balance
        )
        if current is None or current is best or best.balance - current.balance >= 3 or weaker:
            new_seller = best.name
    else:
        # one side known and exactly one other organisation with people in the meeting: that is the other side
        staffed = [o for o in found if o.members]
        if (
            len(staffed) == 2
            and staffed[0].balance != staffed[1].balance
            and (seller is None or customer is None)
        ):
            new_seller = max(staffed, key=lambda o: o.balance).name  # the weak evidence there is decides
            customer = min(staffed, key=lambda o: o.balance).name
        elif (
            seller is None
            and customer
            and len(staffed) == 2
            and any(_same(o.name, customer) for o in staffed)
        ):
            new_seller = next(o.name for o in staffed if not _same(o.name, customer))
    if new_seller is not None and customer and _same(customer, new_seller):
        customer = None
    return new_seller, _customer(found, new_seller, customer, text) or (
        customer if customer and not _same(customer, new_seller) else None
    )


def settle_sides(
    people: list[Participant], orgs: dict[str, str], seller: str | None, customer: str | None
) -> None:
    """Set the side of everyone whose organisation is written beside them to that organisation's side."""
    for person in people:
        org = orgs.get(person.name)
        if not org:
            continue
        if seller and _same(org, seller):
            person.side = "seller"
            person.organisation = seller
        elif customer and _same(org, customer):
            person.side = "customer"
            person.organisation = customer


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def attach_emails(text: str, people: list[Participant]) -> None:
    """Give a participant the e-mail address written on the same line as their name, when the line names one
    participant and one address ('- Zach Holloway – zach@frameline.example')."""
    text = unmark(text)
    for line in text.split("\n"):
        emails = _EMAIL.findall(line)
        if len(emails) != 1:
            continue
        named = [p for p in people if rx(word(p.name)).search(line)]
        if len(named) == 1 and not named[0].email and not any(p.email == emails[0] for p in people):
            named[0].email = emails[0]


_GROUP_WORD = re.compile(r"^(?:alle|all|both|beide|jeweils|each)\s+(?:von\s+|of\s+|from\s+)?", re.IGNORECASE)


def _items(line: str) -> list[str]:
    """Split an attendance line at commas and semicolons outside brackets."""
    out, depth, buf = [], 0, ""
    for ch in line:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ",;" and depth == 0:
            out.append(buf)
            buf = ""
        else:
            buf += ch
    out.append(buf)
    return [x.strip() for x in out if x.strip()]


def list_orgs(text: str, people: list[Participant]) -> dict[str, str | None]:
    """Return name -> organisation from attendance lines where a bracket names the organisation of a run of names:
    'A, B, C (alle X), D, E (Y)' gives A, B, C to X and D, E to Y; 'A und B (beide X)' gives both to X. Everyone
    else on such a line maps to None: the line was read and names no organisation for them."""
    text = unmark(text)
    from coach.minutes.parties import ORG_LEGAL, shared_bracket_orgs

    shared = {company_key(o) for o in shared_bracket_orgs(text, people)}
    out: dict[str, str | None] = {}
    for line in text.split("\n")[:80]:
        named = [p for p in people if p.name in line]
        if len(named) < 2 or "(" not in line:
            continue
        pending: list[str] = []
        for item in _items(line):
            who = [p.name for p in people if p.name in item]
            bracket = re.search(r"\(([^()]*)\)\s*\.?$", item)
            org = None
            group = False
            if bracket:
                for part in bracket.group(1).split(","):
                    part = part.strip()
                    group = group or bool(_GROUP_WORD.match(part))
                    bare = _GROUP_WORD.sub("", part)
                    legal = ORG_LEGAL.search(bare)
                    cand = clean_org(legal.group("org") if legal else bare)
                    if cand and (legal or (group and org_like(cand)) or company_key(cand) in shared):
                        org = cand
                        break
            if org is None:
                if who and not bracket:
                    pending.extend(who)
                elif who:
                    pending = []  # a role bracket: this person's organisation is not written here
                continue
            run = (pending + who) if (group or not bracket.group(1).count(",")) else who
            for name in run:
                out[name] = org
            pending = []
        if any(out.get(p.name) for p in named):
            for p in named:
                out.setdefault(p.name, None)
    return out


_LEAD_NOISE = re.compile(
    r"^(?:teilnehm\w*|attendees|present|anwesend\w*|technische[rn]?(?!\s+(?:universität|hochschule))|kaufmännische[rn]?|stellvertretende[rn]?|"
    r"deputy|acting|interim|staff|mitarbeitende|\w*gespr(?:ä|ae)ch|besprechung|protokoll|minutes|notes|notizen|"
    r"meeting)[,:]?\s+",
    re.IGNORECASE,
)


_BARE_LEGAL = re.compile(r"(?i:gmbh|ag|ltd|inc|llc|kg|eg|se|plc|llp|co|corp|bv|nv|sa|sarl|oy|ab)\.?")


def tidy_company(name: str | None) -> str | None:
    """Return a company name without what the reading dragged along: a possessive 's, quotes, a list label or a
    role before it, a person after a semicolon ('Teilnehmer Klinikum X gGmbH' -> 'Klinikum X gGmbH')."""
    if not name:
        return name
    text = name.split(";")[0].strip(" \t\"'„“”‚‘’«»")
    text = re.sub(r"['’]s$", "", text)
    text = re.sub(r"^NOTE\s+(?=\S)", "", text)  # a caption file's comment keyword before its title
    while True:
        words = text.split()
        if (
            len(words) > 1
            and (_LEAD_NOISE.match(text) or ROLE_WORD.fullmatch(words[0]))
            and not (len(words) == 2 and _BARE_LEGAL.fullmatch(words[1]))
        ):
            text = " ".join(words[1:])
            continue
        break
    return text or name
