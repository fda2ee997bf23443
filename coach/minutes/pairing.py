"""The last word on who sells and who buys: the organisations whose people speak and act, weighed against each other.

The list readers and the whole-text weighing (`vendor`, `orgs`) settle the two companies from labels, legal forms and
cues. They can still swap the two when the buyer's name looks like a vendor's, or take a word that is no
organisation ("Transkript", "MS Teams", a steering group). This step looks only at the organisations that people
belong to: the one whose people pitch, present and send the offer sells; the one whose people decide, approve, sign
or object buys. It changes the pair only when the people tell clearly, and never against the user's own company.

Last comes the one organisation decision over the people grouped once (`decide_teams`): the participants grouped by
business e-mail domain and the organisation written beside them, each group weighed as a whole (the user's own
company, "our offer (X)", the writer's pitch, selling against buying roles, its people's turns and acts, the
organisation deciding or hosting the meeting). A meeting whose sides came out reversed as a whole is turned only
when one group clearly sells (`TEAM_MARGIN`): one weak cue never turns a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from coach.minutes.company import _PROJECT, not_an_org, plausible_customer
from coach.minutes.markup import unmark
from coach.minutes.orgs import (
    _BUYER_NAME,
    _DECIDER_ROLE,
    _LOCATION,
    _SELLING_ROLE,
    _VENDOR_NAME,
    speaker_turns,
)
from coach.minutes.parties import clean_org, rx
from coach.minutes.role_labels import pin_to_labels
from coach.minutes.vendor import _BUYER_ROLE, _BUYER_SPEECH
from coach.text.model import Participant, Side
from coach.text.sides import company_key, same_company, seller_statement, speech_score


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
    text = unmark(text)
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


def _turns_by_person(text: str, people: list[Participant]) -> dict[str, list[str]]:
    """Return what each of the people said in a call's speaker turns, by name."""
    said: dict[str, list[str]] = {}
    for who, turn in speaker_turns(_MARKUP.sub("", text)):
        person = _speaker_of(who, people)
        if person is not None:
            said.setdefault(person.name, []).append(turn)
    return said


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
    text = unmark(text)
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
    loose = [p for p in people if p.side == "unknown" and _group_key(p) is None]
    if BY_GROUPS and UNTIED_OTHER and len(loose) >= 2 and not open_groups:
        # several people tied to no organisation beside one known organisation: the other team
        open_groups = [loose]
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
UNTIED_OTHER = True  # several people tied to no organisation are one group (the labels name only one side)


# ---- the one organisation decision: people grouped once, the groups weighed against each other -----------------

_FREE_MAIL = re.compile(
    r"^(?:gmail|googlemail|outlook|hotmail|live|yahoo|gmx|web|t-online|icloud|proton\w*|aol|mail|posteo)$"
)
# the writer or the speaker names their own organisation: 'our offer (X)', 'von unserer Seite, also von X',
# 'us (X)', 'ich (X)', 'from our side, X'
_OWN_ORG = re.compile(
    r"\b(?:our|unser\w*)\s+(?:offer|proposal|quote|pricing|angebot\w*|preis\w*)\s*\((?P<a>[^()\n]{2,60})\)"
    r"|\b(?:von|auf)\s+unserer\s+seite\b[,;:\s]*(?:(?:also|d\.h\.|i\.e\.|sprich)\s+)?(?:von|bei)\s+(?P<b>[^\n.,;:()]{2,60})"
    r"|\b(?:from|on)\s+our\s+side\b[,;:\s]*(?:(?:that is|i\.e\.)\s+)?(?:from|at)\s+(?P<c>[^\n.,;:()]{2,60})"
    r"|(?:^|[\s,;+(])(?:ich|me|myself|wir|us)\s*\((?P<d>[^()\n]{2,60})\)",
    re.IGNORECASE | re.MULTILINE,
)
# the buying organisation deciding, named: 'X goes ahead with', 'X sagt Ja', 'X approves', 'X will not proceed'
_ORG_DECIDES = (
    r"(?:goes|go|will\s+go|going)\s+ahead\b|\bapprov(?:es|ed)\b|\bdecid(?:es|ed)\b|\bdeclin(?:es|ed)\b|"
    r"\bwill\s+not\s+(?:buy|proceed)\b|\bsagt\s+(?:ja|nein|zu|ab)\b|\bentscheidet\b|\bentschied\b|\blehnt\b|"
    r"\bbeauftragt\b|\bbestellt\b|\bunterschreibt\b|\bsigns\b"
)


_GROUP_WORD = re.compile(r"^(?:all|alle|both|beide|jeweils)\s+(?:of\s+|von\s+|from\s+)?", re.IGNORECASE)


@dataclass
class Team:
    """People of one organisation, grouped once by e-mail domain and the organisation written beside them."""

    members: list[Participant] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    domains: set[str] = field(default_factory=set)
    lean: float = 0.0  # above 0 the team sells, below 0 it buys

    def has(self, org: str | None) -> bool:
        """Return True when the team is the organisation of that name (written beside a member or in a domain)."""
        if not org or not company_key(org):
            return False
        first = _plain(company_key(org).split()[0])
        return any(same_company(o, org) for o in self.orgs) or (
            len(first) >= 3
            and any(d.startswith(first) or first.startswith(d) and len(d) >= 4 for d in self.domains)
        )

    @property
    def name(self) -> str | None:
        """Return the team's organisation as written (the longest spelling), if one is written."""
        names = [_GROUP_WORD.sub("", o).strip() for o in self.orgs]
        return max(names, key=len) if names else None


def _plain(text: str) -> str:
    return re.sub(r"[^0-9a-zäöüßéèáàóòúùíìñçłśźżćńęąøåæ]", "", text.casefold())


def _domain(person: Participant) -> str | None:
    """Return the business part of a person's e-mail domain ('kingfisher-media' -> 'kingfishermedia')."""
    if not person.email or "@" not in person.email:
        return None
    label = person.email.split("@", 1)[1].split(".")[0].casefold()
    return None if _FREE_MAIL.match(label) else _plain(label)


def teams_of(participants: Sequence[Participant], written: dict[str, str]) -> list[Team]:
    """Return the participants grouped into organisations once: same business e-mail domain, or the same
    organisation written beside them (`written`: name -> organisation as the lists, brackets and labels read it);
    a domain that spells a written organisation joins the two."""
    teams: list[Team] = []
    for person in participants:
        org = written.get(person.name)
        org = org if org and company_key(org) and not not_an_org(org) else None
        domain = _domain(person)
        if org is None and domain is None:
            continue
        probe = Team(orgs=[org] if org else [], domains={domain} if domain else set())
        hits = [
            t
            for t in teams
            if (domain and domain in t.domains) or (org and t.has(org)) or any(probe.has(o) for o in t.orgs)
        ]
        team = hits[0] if hits else Team()
        if not hits:
            teams.append(team)
        for other in hits[1:]:  # the person ties two teams: one organisation
            team.members += other.members
            team.orgs += other.orgs
            team.domains |= other.domains
            teams.remove(other)
        team.members.append(person)
        if org and not any(o == org for o in team.orgs):
            team.orgs.append(org)
        if domain:
            team.domains.add(domain)
    return teams


# a team named like a vendor ('… Software', 'Data', 'Cloud') or like a buyer ('… Council', 'Klinikum')
NAME_HINT = 1.0


def _role_text(text: str, person: Participant) -> str:
    """Return what the text writes beside a person: role, bracket, a signature line ('Name | Role | Org') or the
    line under a name standing alone (a signature's role line)."""
    out = [person.role or ""]
    around = rx(re.escape(person.name) + r"\s*\(([^()\n]{2,120})\)").search(text)
    out.append(around.group(1) if around else "")
    signed = rx(r"(?m)^\W*" + re.escape(person.name) + r"\s*[|,–—]\s*([^\n]{2,120})$").search(text)
    out.append(signed.group(1) if signed else "")
    below = rx(r"(?m)^\W*" + re.escape(person.name) + r"\s*$\n^\W*([^\n]{2,120})$").search(text)
    out.append(below.group(1) if below else "")
    return " ".join(out)


# a team's people speaking for their organisation's own decision: 'we're not going ahead', 'wir nehmen das'
_OWN_DECISION = re.compile(
    r"\b(?:we|we['’]re|we are|we['’]ll|we will|wir)\b[^.?!\n]{0,30}\b(?:going ahead|go ahead|proceed\w*|decided|"
    r"approved?|sign(?:ed)?|entschieden|nehmen|freigegeben|beauftragen|bestellen)\b",
    re.IGNORECASE,
)


def _team_leans(text: str, teams: list[Team], own_company: str | None, writer: Participant | None) -> None:
    """Weigh each team (above 0 it sells): the user's own company; its organisation named as ours ('our offer
    (X)', 'ich (X)'); the writer's team by whether the notes pitch or speak of the buyer's own budget and board;
    selling against buying and deciding roles; pitch against own decisions in its people's turns; what its people
    do in the prose (present, send the offer vs decide, approve, object); its organisation deciding or hosting
    the meeting."""
    turns = _turns_by_person(text, [p for t in teams for p in t.members])
    groups = [_Group(t.name or "?", members=list(t.members)) for t in teams]
    prose = prose_conduct(text, groups)
    own_named = [_own_org_name(m.group(m.lastindex or 0)) for m in _OWN_ORG.finditer(text) if m.lastindex]
    head = "\n".join(text.split("\n")[:4])
    hosts = [m.group("at") or m.group("at2") or "" for m in _LOCATION.finditer(head)]
    pitch = buys = 0
    if writer is not None:
        for line in text.split("\n"):
            if line.strip() and not _HEADER.match(line) and not line.lstrip().startswith(">"):
                if not _TURN.match(line):
                    pitch += seller_statement(line)
                    buys += bool(_BUYER_SPEECH.search(line))
    for team, lean in zip(teams, prose, strict=True):
        roles = 0.0
        for person in team.members:
            said = _role_text(text, person)
            selling = bool(_SELLING_ROLE.search(said))
            roles += (
                selling
                - bool(_BUYER_ROLE.search(said))
                - 0.5 * (not selling and bool(_DECIDER_ROLE.search(said)))
            )
        said = [t for p in team.members for t in turns.get(p.name, [])]
        spoken = sum(seller_statement(t) for t in said) - sum(
            bool(_BUYER_SPEECH.search(t) or _OWN_DECISION.search(t)) for t in said
        )
        team.lean = max(-2.0, min(2.0, roles)) + lean + max(-2.0, min(2.0, float(spoken)))
        if any(team.has(o) for o in own_named):
            team.lean += 3.0
        if writer is not None and writer in team.members and pitch != buys:
            team.lean += 2.0 if pitch > buys else -2.0
        for org in team.orgs:
            first = re.escape(org.split()[0])
            if rx(rf"\b{first}\b[^\n.;:]{{0,40}}?(?:{_ORG_DECIDES})", re.IGNORECASE).search(text):
                team.lean -= 1.0
                break
        if any(team.has(h.strip()) for h in hosts if h.strip()):
            team.lean -= 1.0  # the meeting is held at the buyer's: the seller travels
        if own_company and team.has(own_company):
            team.lean += 10.0
        if team.name and NAME_HINT:
            vendor, buyer = bool(_VENDOR_NAME.search(team.name)), bool(_BUYER_NAME.search(team.name))
            team.lean += NAME_HINT * (vendor - buyer)


_TURN = re.compile(r"^\s*(?:\[[\d:.,]+\]\s*)?[^:\n()\[\]]{2,40}?(?:\s*\([^()\n]*\))?\s*:\s+\S")


def _own_org_name(raw: str) -> str:
    """Return an organisation named as ours without a trailing role ('X GmbH, Vertrieb' -> 'X GmbH')."""
    return raw.split(",")[0].strip()


TEAM_MARGIN = (
    2.0  # how much more the one team must look like the seller than the other to turn a whole meeting
)


@dataclass
class TeamDecision:
    """The two organisations' teams as weighed, and whether the sides had the whole meeting reversed."""

    seller: Team | None = None
    customer: Team | None = None
    reversed: bool = False


def speaking_teams(text: str, participants: Sequence[Participant], written: dict[str, str]) -> list[Team]:
    """Return the teams of `teams_of`; beside exactly one team, the speakers tied to no organisation or domain are
    the other team when they all sit on one side (a call whose one side lost its labels)."""
    teams = [t for t in teams_of(participants, written) if t.members]
    if not LOOSE_SPEAKERS or len(teams) != 1:
        return teams
    tied = {p.name for p in teams[0].members}
    people = [p for p in participants if p.name]
    spoken = {s.name for who, _ in speaker_turns(_MARKUP.sub("", text)) if (s := _speaker_of(who, people))}
    loose = [p for p in people if p.name not in tied and p.name in spoken and _domain(p) is None]
    if not loose or len({p.side for p in loose}) != 1 or not {p.side for p in loose} <= set(_OTHER_SIDE):
        return teams
    return [*teams, Team(members=loose)]


LOOSE_SPEAKERS = True  # speakers tied to no organisation, beside one team, are the other team


def decide_teams(
    text: str,
    participants: Sequence[Participant],
    written: dict[str, str],
    own_company: str | None = None,
    writer: Participant | None = None,
) -> TeamDecision:
    """Return the one organisation decision over the people grouped once: with exactly two teams, the one that
    clearly sells (by `TEAM_MARGIN`) is the seller; `reversed` when every member of the selling team sits on the
    customer's side and every member of the other on the seller's — a whole meeting turned, not one weak cue."""
    teams = speaking_teams(text, participants, written)
    if len(teams) != 2:
        return TeamDecision()
    _team_leans(text, teams, own_company, writer)
    heard = _speech_turned(text, teams)
    if heard is not None:
        return TeamDecision(seller=heard[0], customer=heard[1], reversed=True)
    a, b = sorted(teams, key=lambda t: -t.lean)
    if a.lean > b.lean and _one_side_speaking(text, teams):
        return TeamDecision(seller=a, customer=b, reversed=True)  # two organisations speaking never both buy
    if a.lean - b.lean < TEAM_MARGIN:
        return TeamDecision()
    turned = all(p.side == "customer" for p in a.members) and all(p.side == "seller" for p in b.members)
    return TeamDecision(seller=a, customer=b, reversed=turned)


SPEECH_MARGIN = 0.25  # how much more the customer side's turns must sound like selling to turn a whole call
SPEECH_TURNS = 3  # turns each team needs before how it speaks counts


def _speech_turned(text: str, teams: Sequence[Team]) -> tuple[Team, Team] | None:
    """Return (selling team, buying team) when two teams on opposite sides both speak and the customer side's
    turns sound clearly more like selling (`speech_score`: pitch, questions, 'you' against own needs) than the
    seller side's, while the other cues do not clearly say otherwise; None when the sides stand."""
    sides = [{p.side for p in t.members} for t in teams]
    if len(teams) != 2 or any(len(s) != 1 for s in sides) or sides[0] == sides[1]:
        return None
    if not all(s <= set(_OTHER_SIDE) for s in sides):
        return None
    sells, buys = (teams[0], teams[1]) if sides[0] == {"seller"} else (teams[1], teams[0])
    said = _turns_by_person(text, [p for t in teams for p in t.members])
    heard = [[t for p in team.members for t in said.get(p.name, [])] for team in (sells, buys)]
    if any(len(h) < SPEECH_TURNS for h in heard):
        return None
    if speech_score(heard[1]) - speech_score(heard[0]) < SPEECH_MARGIN or buys.lean < sells.lean - 1.0:
        return None
    return buys, sells


def _one_side_speaking(text: str, teams: Sequence[Team]) -> bool:
    """Return True when the people of both teams all sit on one side and each team has a speaker: in a call
    between two organisations one of them sells, whatever side a first-person 'we' put them on."""
    sides = {p.side for t in teams for p in t.members}
    if len(sides) != 1 or not sides <= {"seller", "customer"}:
        return False
    people = [p for t in teams for p in t.members]
    spoken = {s.name for who, _ in speaker_turns(_MARKUP.sub("", text)) if (s := _speaker_of(who, people))}
    return all(any(p.name in spoken for p in t.members) for t in teams)


def settle_teams(
    participants: Sequence[Participant],
    seller: str | None,
    customer: str | None,
    decision: TeamDecision,
) -> tuple[str | None, str | None]:
    """Turn a whole meeting the sides had reversed (`decision.reversed`): both teams' people to the other side, the
    two companies after the teams (the names written beside their people, else the pair swapped); return
    (seller, customer). Anything else stays as it is."""
    if decision.seller is None or decision.customer is None:
        return seller, customer
    if not (decision.reversed or (BY_COMPANIES and _companies_turned(decision, seller, customer))):
        return seller, customer
    for person in decision.seller.members:
        person.side = "seller"
    for person in decision.customer.members:
        person.side = "customer"
    new_seller = _spelling(decision.seller, decision.customer, (seller, customer)) or customer
    new_customer = _spelling(decision.customer, decision.seller, (customer, seller)) or seller
    if not plausible_customer(new_customer, new_seller, participants):
        new_customer = seller if plausible_customer(seller, new_seller, participants) else None
    for person in participants:
        if person in decision.seller.members:
            person.organisation = new_seller or person.organisation
        elif person in decision.customer.members:
            person.organisation = new_customer or person.organisation
    return new_seller, new_customer


def _spelling(team: Team, other: Team, known: tuple[str | None, str | None]) -> str | None:
    """Return the team's organisation in its fullest spelling (a known company it is, when written longer); for a
    team named by no organisation ('Speakers'), the known company the other team is not."""
    name = team.name if team.name and clean_org(team.name) else None
    if name is None:
        return next((k for k in known if k and not other.has(k)), None)
    longer = [k for k in known if k and team.has(k) and len(k) > len(name)]
    return max(longer, key=len) if longer else name


def _companies_turned(decision: TeamDecision, seller: str | None, customer: str | None) -> bool:
    """Return True when the two companies sit the wrong way round against a clear team decision: the seller
    company is the buying team's organisation or the customer company the selling team's, and neither is right."""
    sells, buys = decision.seller, decision.customer
    if sells is None or buys is None or not sells.name or not buys.name:
        return False
    wrong = bool(seller and buys.has(seller)) or bool(customer and sells.has(customer))
    right = bool(seller and sells.has(seller)) or bool(customer and buys.has(customer))
    return wrong and not right


BY_COMPANIES = True  # a clear team decision also turns a pair of companies named the wrong way round


TEAM_DOC_ORGS = True  # the text layer's organisations (speaker labels, signatures) group people too


# a speaker's own organisation in the label of a transcript line: '[00:00:02] Sam Whitaker (Routewise Analytics): …'
_LABEL_ORG = re.compile(r"(?m)^\s*\[[\d:.,]+\]\s*(?P<who>[^()\n:]{2,60}?)\s*\((?P<org>[^()\n]{2,80})\)\s*:")
_SELF_WORDS = frozenset({"wir", "we", "us", "me", "ich", "uns"})


def label_orgs(text: str, participants: Sequence[Participant]) -> dict[str, str]:
    """Return name -> organisation for the speakers whose transcript labels carry it ('Name (Org): …')."""
    out: dict[str, str] = {}
    for m in _LABEL_ORG.finditer(text):
        org = m.group("org").strip()
        person = _speaker_of(m.group("who").strip(), participants)
        if person is not None and org.casefold() not in _SELF_WORDS and not not_an_org(org):
            out[person.name] = org
    return out


_OTHER_SIDE: dict[str, Side] = {"seller": "customer", "customer": "seller"}


def other_team_side(teams: Sequence[Team], seller: str | None, customer: str | None) -> str | None:
    """With two teams, one of them the customer's (or the seller's) organisation, turn the other team when all its
    people sit on that same side: two organisations in a sales meeting do not both buy (or both sell). Return the
    seller company, the other team's name when none was known."""
    if len(teams) != 2:
        return seller
    for mine, other in ((teams[0], teams[1]), (teams[1], teams[0])):
        if not other.name:
            continue
        for side, company, counter in (("customer", customer, seller), ("seller", seller, customer)):
            if (
                not company
                or not mine.has(company)
                or other.has(company)
                or (counter and not other.has(counter))
            ):
                continue
            if all(p.side == side for p in other.members):
                for person in other.members:
                    person.side = _OTHER_SIDE[side]
                return seller or (other.name if side == "customer" else None)
    return seller


# a speaker naming their own people: 'von uns, also von X, sind Giuseppe und ich da', 'from our side, Ana and I'
_OUR_PEOPLE = re.compile(
    r"\b(?i:von uns|von unserer seite|auf unserer seite|unsererseits|from us|from our side|on our side|"
    r"for our side|with me|joining me|mit mir)\b"
)
_YOUR_PEOPLE = re.compile(
    r"\b(?i:von euch|von ihnen|from you|on your side|your side|eurer seite|ihrer seite)\b"
)


def _group_side(
    group: Sequence[Participant], sentence: str, seller: str | None, customer: str | None
) -> Side | None:
    """Return the side of a speaker and the colleagues they named: the company the sentence names, else the side
    most of them sit on, the speaker's own on a tie."""
    named = [
        org for org in (seller, customer) if org and company_key(org) and _mention_org(org).search(sentence)
    ]
    if len(named) == 1:
        return "seller" if named[0] == seller else "customer"
    votes = [p.side for p in group if p.side in _OTHER_SIDE]
    if not votes:
        return None
    sells, buys = votes.count("seller"), votes.count("customer")
    if sells == buys:
        return group[0].side if group[0].side in _OTHER_SIDE else None
    return "seller" if sells > buys else "customer"


def _mention_org(org: str) -> re.Pattern[str]:
    """Return a pattern for an organisation's first word as written ('Rheinfarm' of 'Rheinfarm Pharma AG')."""
    return rx(r"(?<![\w-])" + re.escape(org.split()[0]) + r"(?![\w-])", re.IGNORECASE)


def colleagues_named(
    text: str, participants: Sequence[Participant], seller: str | None = None, customer: str | None = None
) -> None:
    """Put a speaker and the people they name as their own ('von uns sind X und ich da', 'from our side, X and I')
    on one side (`_group_side`); a question or a sentence about the other side names no colleague."""
    people = [p for p in participants if p.name]
    for who, said in speaker_turns(_MARKUP.sub("", text)):
        speaker = _speaker_of(who, people)
        if speaker is None:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", said):
            cue = _OUR_PEOPLE.search(sentence)
            if not cue or _YOUR_PEOPLE.search(sentence) or sentence.rstrip().endswith("?"):
                continue
            after = sentence[cue.end() :]
            group = [speaker] + [p for p in people if p is not speaker and _mention(p.name).search(after)]
            side = _group_side(group, after, seller, customer) if len(group) > 1 else None
            for person in group if side else ():
                person.side = side


# the writer named by a header field: 'Notetaker: Marisol (…)', 'Minute taker – J. Doe', 'Schriftführer: …'
_TAKER_LABEL = re.compile(
    r"^\W*(?i:note[- ]?taker|minute[- ]?taker|scribe|recorder|protokollführ\w*|schriftführ\w*|protokollant\w*)"
    r"[^\w\n]*?[:–—-][^\w\n]*(?P<who>[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’.-]+){0,2})"
)


def spelled_in_brackets(text: str, org: str | None, members: Sequence[Participant]) -> str | None:
    """Return the fuller spelling of an organisation a member's bracket gives ('Quorvane Cloud' -> 'Quorvane Cloud
    Services' from 'Name (Quorvane Cloud Services, IT Ops)'); the organisation as given otherwise."""
    key = company_key(org)
    if not org or not key:
        return org
    for person in members:
        brackets = rx(rf"{_mention(person.name).pattern}\s*\((?P<inner>[^()\n]*)\)").finditer(text)
        for parts in [[x.strip() for x in m.group("inner").split(",")] for m in brackets]:
            for part in parts:
                if (
                    company_key(part).startswith(key + " ")
                    and not not_an_org(part)
                    and len(part.split()) <= 6
                ):
                    return part.strip()
    return org


def labelled_writer(text: str, participants: Sequence[Participant]) -> Participant | None:
    """Return the one participant a note-taker field of the first lines names ('Notetaker: Marisol (…)'), if any."""
    for line in unmark(text).split("\n")[:15]:
        m = _TAKER_LABEL.match(line)
        if m:
            return _speaker_of(m.group("who").strip(), [p for p in participants if p.name])
    return None


def turn_reversed_meeting(
    text: str,
    participants: Sequence[Participant],
    seller: str | None,
    customer: str | None,
    tied: dict[str, str],
    read: Iterable[Participant] = (),
    own_company: str | None = None,
    writer: Callable[[], Participant | None] | None = None,
) -> tuple[str | None, str | None]:
    """Return (seller, customer) after the one organisation decision over the people grouped once (`tied`: the
    organisations the lists wrote beside people; `read`: the text layer's people with the organisation their label
    or signature gives; `writer` finds who wrote the notes, asked only when there are two teams); a meeting the
    sides had reversed as a whole is turned. Before, the people a speaker names as their own join the speaker's
    side; after, of two organisations tied by labels and lists, a whole team sitting on the other one's side
    is turned (`other_team_side`)."""
    text = unmark(text)
    colleagues_named(text, participants, seller, customer)
    written = {p.name: p.organisation for p in read if p.organisation} if TEAM_DOC_ORGS else {}
    written.update({k: v for k, v in tied.items() if v})
    if len(speaking_teams(text, participants, written)) == 2:
        found = (writer() if writer else None) or labelled_writer(text, participants)
        decision = decide_teams(text, participants, written, own_company, found)
        turned = settle_teams(participants, seller, customer, decision)
        if turned != (seller, customer):
            if decision.customer is not None:
                turned = (turned[0], spelled_in_brackets(text, turned[1], decision.customer.members))
            return turned
    # the labels and lists alone: the text layer's other organisations can be misread
    strict = {**label_orgs(text, participants), **{k: v for k, v in tied.items() if v}}
    teams = [t for t in teams_of(participants, strict) if t.members]
    seller = other_team_side(teams, seller, customer)
    return pin_to_labels(
        text, participants, seller, customer
    )  # a header's 'Customer:' / 'Supplier:' has the last word
