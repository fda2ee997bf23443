"""The last word on who sells and who buys: the organisations whose people speak and act, weighed against each other.

The list readers and the whole-text weighing (`vendor`, `orgs`) settle the two companies from labels, legal forms and
cues. They can still swap the two when the buyer's name looks like a vendor's, or take a word that is no
organisation ("Transkript", "MS Teams", a steering group). This step looks only at the organisations that people
belong to: the one whose people pitch, present and send the offer sells; the one whose people decide, approve, sign
or object buys. It changes the pair only when the people tell clearly, and never against the user's own company.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from coach.minutes.company import _PROJECT, not_an_org, plausible_customer
from coach.minutes.orgs import _SELLING_ROLE, speaker_turns
from coach.minutes.parties import rx
from coach.minutes.vendor import _BUYER_ROLE, _BUYER_SPEECH
from coach.text.model import Participant
from coach.text.sides import company_key, same_company, seller_statement


@dataclass
class _Group:
    """One organisation with the participants tied to it and how much their conduct says 'seller'."""

    name: str
    members: list[Participant] = field(default_factory=list)
    turns: list[str] = field(default_factory=list)
    roles: float = 0.0
    prose: float = 0.0

    def score(self) -> float:
        """Return the group's lean: above 0 it sells, below 0 it buys (speech per turn, roles and prose acts)."""
        return speech(self.turns) + self.roles + self.prose


_YOU = re.compile(r"\b(?i:you|your|yours)\b|\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")


def speech(turns: list[str]) -> float:
    """Return how much turns sound like the seller's, per turn: pitch, questions and 'you' minus the buyer's own
    decisions, budget and board (0 without turns)."""
    if not turns:
        return 0.0
    pitch = sum(seller_statement(t) for t in turns)
    buys = sum(bool(_BUYER_SPEECH.search(t)) for t in turns)
    asks = sum(t.count("?") for t in turns)
    you = sum(len(_YOU.findall(t)) for t in turns)
    return (1.5 * pitch - 1.5 * buys + 0.5 * (asks + you)) / len(turns)


# what a person named in the notes' prose does: the seller's people present, offer, send and adapt the offer; the
# buyer's people decide, approve, set conditions, raise concerns and confirm the results or the decision
_SELLS = re.compile(
    r"\b(?:präsentier\w*|presented|presents|demonstrat\w*|demoed|pitched|stellt\b[^.;]{0,60}\bvor\b|"
    r"(?:outlined|outlines|walked\s+\w+\s+through|erläutert\w*)\b[^.;]{0,40}\b(?:proposal|offer|angebot\w*|quote|"
    r"pricing|preis\w*)|"
    r"bietet\b[^.;]{0,60}\ban\b|offered|offers\s+(?:to|a|an|the)\b|"
    r"(?:schickt|sendet|sends|sent|passt|überarbeitet|aktualisiert|erstellt|revises|revised|updates|updated|adapts|"
    r"adapted|prepares|drafts)\b[^.;]{0,60}\b(?:angebot\w*|offer|proposal|quote|vertragsentw\w*|entwurf|draft|"
    r"preisblatt|pricing|order form))",
    re.IGNORECASE,
)
_BUYS = re.compile(
    r"\b(?:entscheid\w*|entschieden|decides|decided|decision|genehmig\w*|approves|approved|gibt\b[^.;]{0,40}\bfrei|"
    r"freigegeben|signs? off|signed off|bedenken|concerns?|einw[aä]nd\w*|objects|objected|objection|bedingung\w*|"
    r"questioned|hinterfragt\w*|"
    r"conditions?|betriebsrat|works council|abwarten|"
    r"(?:bestätigt|confirmed|confirms)\b[^.;]{0,120}\b(?:ergebnis\w*|results?|findings|verstanden|understood|"
    r"nachvollzogen|gone through|reviewed|gelesen|entscheidung|decision|budget|freigabe|approval|order|bestellung|"
    r"auftrag))",
    re.IGNORECASE,
)
_OUR = re.compile(r"\b(?:unser\w*|our)\b", re.IGNORECASE)
# the writer is at the customer's: the notes are the seller's
_AT_CUSTOMER = re.compile(
    r"\b(?:beim kunden|bei[m]? kunde|kundentermin|vor ort beim kunden|at the (?:customer|client)(?:['’]s)?|"
    r"(?:customer|client)(?:['’]s)? (?:site|office|premises))\b",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^\W*(?:from|von|to|an|cc|bcc|sent|gesendet|date|datum|subject|betreff|[\w ]{0,30}?(?:present|attendees|"
    r"attendance|participants|teilnehm\w*|anwesend\w*|gäste|guests|staff|apologies|entschuldigt|in attendance))\s*:",
    re.IGNORECASE,
)
# 'Name (Role, Org)', 'Name <address>', 'Name | Role': a listing, not an act
_LISTED = re.compile(r"\s*[(<|]")
_DOMAIN = re.compile(r"@([\w.-]+)")


def _mention(name: str, initials: str | None = None) -> re.Pattern[str]:
    """Return a pattern for a person's full name, surname or first name, standing alone, or their initials
    ('BS presented …') when those name only them."""
    words = [w for w in name.split() if len(w) >= 3]
    forms = sorted({name, *words}, key=len, reverse=True)
    alts = "|".join(re.escape(f) for f in forms)
    if initials:
        alts += r"|(?-i:" + re.escape(initials) + r")"
    return rx(r"(?<![\w-])(?:" + alts + r")(?![\w-])")


# letters that are an abbreviation in notes before they are anyone's initials
_NOT_INITIALS = frozenset(
    "IT HR PO GF AE AP AI AM PM CC VP MD QA UK US EU DE EN OK NO TN SE CS BI ER ID PR KW CO TOP".split()
)


def initials_of(people: Sequence[Participant]) -> dict[str, str]:
    """Return each participant's initials ('Beatriz Soto' -> 'BS') where no other participant shares them and
    they are no common abbreviation."""
    seen: dict[str, list[str]] = {}
    for person in people:
        words = [w for w in re.split(r"[\s-]+", person.name) if w[:1].isupper()]
        if len(words) >= 2:
            seen.setdefault("".join(w[0] for w in words), []).append(person.name)
    return {names[0]: ini for ini, names in seen.items() if len(names) == 1 and ini not in _NOT_INITIALS}


def _domains_agree(groups: Sequence[_Group]) -> bool:
    """Return True unless two organisations' people share an e-mail domain (one of them is tied wrongly)."""
    seen: dict[str, int] = {}
    for i, group in enumerate(groups):
        for person in group.members:
            m = _DOMAIN.search(person.email or "")
            if m and seen.setdefault(m.group(1).casefold(), i) != i:
                return False
    return True


def prose_conduct(text: str, groups: Sequence[_Group]) -> list[float]:
    """Return each group's lean from the prose (above 0 sells): what the sentences that name only that group's
    people say they do, and the writer's own side for the group the notes call 'ours' ('with our partner')."""
    initials = initials_of([p for g in groups for p in g.members])
    names = [[_mention(p.name, initials.get(p.name)) for p in g.members] for g in groups]
    sells = [0] * len(groups)
    buys = [0] * len(groups)
    ours = [0] * len(groups)
    writer = 1 if _AT_CUSTOMER.search(text) else 0
    for line in text.split("\n"):
        if not line.strip() or _HEADER.match(line):
            continue
        for sent in re.split(r"(?<=[.!?])\s+", line):
            hit = [
                i
                for i, pats in enumerate(names)
                if any((m := pat.search(sent)) and not _LISTED.match(sent, m.end()) for pat in pats)
            ]
            if len(hit) != 1:
                if not hit:
                    writer += seller_statement(sent) - bool(_BUYER_SPEECH.search(sent))
                continue
            i = hit[0]
            sells[i] += bool(_SELLS.search(sent))
            buys[i] += bool(_BUYS.search(sent))
            ours[i] += bool(_OUR.search(sent))
    lean = [0.5 * max(-4, min(4, s - b)) for s, b in zip(sells, buys, strict=True)]
    if writer and sum(1 for o in ours if o) == 1:
        i = next(i for i, o in enumerate(ours) if o)
        lean[i] += 0.5 if writer > 0 else -0.5
    return lean


def _groups(participants: Sequence[Participant], text: str, turns: list[tuple[str, str]]) -> list[_Group]:
    groups: list[_Group] = []
    for person in participants:
        org = person.organisation
        if not org or not company_key(org) or not_an_org(org):
            continue
        group = next((g for g in groups if same_company(g.name, org)), None)
        if group is None:
            group = _Group(org)
            groups.append(group)
        group.members.append(person)
        said = [t for who, t in turns if who == person.name]
        group.turns.extend(said)
        role = person.role or ""
        around = rx(re.escape(person.name) + r"\s*\(([^()\n]{2,120})\)").search(text)
        role += " " + (around.group(1) if around else "")
        signed = rx(r"(?m)^\W*" + re.escape(person.name) + r"\s*[|,]\s*([^\n]{2,120})$").search(text)
        role += " " + (signed.group(1) if signed else "")  # a signature: 'Name | Role | Org'

        selling, buying = bool(_SELLING_ROLE.search(role)), bool(_BUYER_ROLE.search(role))
        group.roles += 0.5 * (selling - buying)
    return groups


@dataclass
class Pair:
    """The seller and customer organisation after the people's conduct is weighed, and whether it changed."""

    seller: str | None
    customer: str | None
    changed: bool = False


MARGIN = 0.5  # how much more the one group must sound like the seller than the other


def settle_pair(
    text: str,
    participants: Iterable[Participant],
    seller: str | None,
    customer: str | None,
    own_company: str | None = None,
    turns: list[tuple[str, str]] | None = None,
) -> Pair:
    """Return the seller and customer from the two organisations people speak for, when their turns and roles
    tell clearly which one sells; else the pair as given (a customer that is no organisation dropped)."""
    people = list(participants)
    turns = speaker_turns(text) if turns is None else turns
    customer = None if not_an_org(customer) else customer
    seller = None if not_an_org(seller) else seller
    groups = _groups(people, text, turns)
    if _domains_agree(groups):  # people tied to the wrong organisation would turn the pair on a misreading
        for group, lean in zip(groups, prose_conduct(text, groups), strict=True):
            group.prose = lean
    groups = [g for g in groups if g.turns or g.roles or g.prose]
    if own_company or len(groups) != 2:
        if customer is None:
            others = [
                g
                for g in groups
                if not same_company(g.name, seller)
                and not same_company(g.name, own_company)
                and plausible_customer(g.name, seller, people)
                and not _PROJECT.match(g.name)
            ]
            if len(others) == 1:
                return Pair(seller, others[0].name, changed=True)
        return Pair(seller, customer)
    a, b = sorted(groups, key=lambda g: -g.score())
    if (
        a.score() - b.score() < MARGIN
        or _PROJECT.match(b.name)
        or not plausible_customer(b.name, a.name, people)
    ):
        return Pair(seller, customer)
    swapped = same_company(a.name, customer) and (seller is None or same_company(b.name, seller))
    if swapped or (customer is None and not same_company(b.name, seller)):
        return Pair(a.name, b.name, changed=True)
    return Pair(seller, customer)


def apply_sides(participants: Iterable[Participant], pair: Pair) -> None:
    """Put every participant tied to one of the two organisations on that organisation's side."""
    for person in participants:
        if not person.organisation:
            continue
        if pair.seller and same_company(person.organisation, pair.seller):
            person.side = "seller"
        elif pair.customer and same_company(person.organisation, pair.customer):
            person.side = "customer"


_MARKUP = re.compile(r"\*\*|__")


def _speaker_of(who: str, people: Sequence[Participant]) -> Participant | None:
    """Return the participant a speaker label names: the full name, or a first name only one participant has."""
    who = re.sub(r"\s*\([^()]*\)\s*$", "", who).strip()
    exact = next((p for p in people if p.name == who), None)
    if exact is not None or not who:
        return exact
    first = [p for p in people if p.name.split()[0] == who.split()[0]]
    return first[0] if len(first) == 1 and len(who.split()) == 1 else None


def _group_key(person: Participant) -> str | None:
    """Return what ties a person to others: their organisation, else their e-mail's (business) domain."""
    if person.organisation and company_key(person.organisation):
        return "org:" + company_key(person.organisation)
    if person.email and "@" in person.email:
        return "mail:" + person.email.split("@", 1)[1].casefold()
    return None


def settle_unknown(text: str, participants: Sequence[Participant]) -> None:
    """Give a side to participants still `unknown` after the organisation decision: the side of a colleague (same
    organisation or e-mail domain), the other side than the one other group when that group's side is known, else
    how their group speaks (pitch and 'you' sell, own decisions and budget buy). Sides already set never change."""
    people = [p for p in participants if p.name]
    if not any(p.side == "unknown" for p in people):
        return
    turns: dict[str, list[str]] = {}
    for who, said in speaker_turns(_MARKUP.sub("", text)):
        person = _speaker_of(who, people)
        if person is not None:
            turns.setdefault(person.name, []).append(said)
    groups: dict[str, list[Participant]] = {}
    for person in people:
        key = _group_key(person)
        if key is not None:
            groups.setdefault(key, []).append(person)
    for members in groups.values():  # a colleague's side is one's own
        sides = {p.side for p in members} - {"unknown"}
        if len(sides) == 1:
            side = sides.pop()
            for p in members:
                if p.side == "unknown":
                    p.side = side
    open_groups = [m for m in groups.values() if all(p.side == "unknown" for p in m)]
    sided = [m for m in groups.values() if any(p.side != "unknown" for p in m)]
    if BY_GROUPS and len(open_groups) == 1 and len(sided) == 1:
        known = {p.side for p in sided[0]} - {"unknown"}
        if len(known) == 1:
            other = "customer" if known.pop() == "seller" else "seller"
            for p in open_groups[0]:
                p.side = other  # type: ignore[assignment]
            open_groups = []
    if BY_GROUPS and len(open_groups) == 2 and not sided:
        scored = sorted(open_groups, key=lambda m: -speech([t for p in m for t in turns.get(p.name, [])]))
        top = speech([t for p in scored[0] for t in turns.get(p.name, [])])
        low = speech([t for p in scored[1] for t in turns.get(p.name, [])])
        if top - low >= UNKNOWN_MARGIN:
            for p in scored[0]:
                p.side = "seller"
            for p in scored[1]:
                p.side = "customer"
    for person in people:  # on their own: how they speak
        if person.side == "unknown" and person.name in turns:
            lean = speech(turns[person.name])
            if abs(lean) >= UNKNOWN_MARGIN:
                person.side = "seller" if lean > 0 else "customer"


UNKNOWN_MARGIN = 0.25  # an unknown side is always wrong: a small lean is enough
BY_GROUPS = True  # the other group's side, or how a whole group speaks
