"""The companies a header labels by their role: 'Kunde: X GmbH', 'Company: X (XY)', 'Supplier: Y Ltd'.

Minutes and steering-committee protocols often open with a block of labelled fields. A label that names one
organisation by its role in the deal is the most direct evidence there is of which company buys and which sells, so
the organisation readers let it outweigh everything they infer from lists, speech and addresses. A label followed
by people ('Kunde: Frau A (CFO), Herr B') is an attendance list, not a company, and is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coach.minutes.markup import unmark
from coach.minutes.parties import ORG_LEGAL, clean_org, org_like
from coach.text.model import Participant
from coach.text.sides import same_company

# the buyer's label and the seller's label at the start of a header line
_BUYER = (
    r"kunde|kundin|customer|client|company|firma|unternehmen|organi[sz]ation|auftraggeber(?:in)?|buyer|käufer"
)
_SELLER = r"vendor|supplier|anbieter|lieferant|auftragnehmer(?:in)?|dienstleister|seller|verkäufer|contractor"
_LINE = r"^[ \t]*(?:[-*•][ \t]+)?(?P<label>{labels})[ \t]*:[ \t]*(?P<org>[^\n:;,]{{3,80}}?)[ \t]*(?:\((?P<abbr>[^()\n]{{1,15}})\))?[ \t]*$"
_BUYER_LINE = re.compile(_LINE.format(labels=_BUYER), re.IGNORECASE | re.MULTILINE)
_SELLER_LINE = re.compile(_LINE.format(labels=_SELLER), re.IGNORECASE | re.MULTILINE)
# words that make a labelled value a person or a list of people, not a company
_PERSONISH = re.compile(r"\b(?:herr|frau|hr\.|fr\.|mr\.?|mrs\.?|ms\.?|dr\.)\s", re.IGNORECASE)


@dataclass(frozen=True)
class LabelledPair:
    """The seller and customer a header labels by role (None where no label names one)."""

    seller: str | None = None
    customer: str | None = None


def _labelled(pattern: re.Pattern[str], text: str) -> str | None:
    """Return the one organisation the label lines of a kind name (None for none, several or a person)."""
    found: list[str] = []
    for m in pattern.finditer(text):
        org = clean_org(m.group("org"))
        if not org or _PERSONISH.search(m.group("org")):
            continue
        if not (ORG_LEGAL.search(org) or (org_like(org) and len(org.split()) >= 2)):
            continue
        if org not in found:
            found.append(org)
    return found[0] if len(found) == 1 else None


def labelled_pair(text: str) -> LabelledPair:
    """Return the seller and customer named by role labels in the first lines of the notes."""
    head = "\n".join(unmark(text).split("\n")[:25])
    seller, customer = _labelled(_SELLER_LINE, head), _labelled(_BUYER_LINE, head)
    if seller and customer and seller.casefold() == customer.casefold():
        return LabelledPair()
    return LabelledPair(seller=seller, customer=customer)


def _abbreviation(pattern: re.Pattern[str], text: str) -> str | None:
    """Return the short form written in brackets after a labelled organisation ('Company: X Sp. z o.o. (XSS)')."""
    m = pattern.search("\n".join(unmark(text).split("\n")[:25]))
    return m.group("abbr").strip() if m and m.group("abbr") else None


def _is(tag: str, org: str | None, abbr: str | None) -> bool:
    """Return True when a team's tag ('WSS', 'Trellano') names the labelled organisation."""
    tag = tag.strip(" *:–—-")
    return bool(org and tag and (same_company(tag, org) or (abbr and tag.casefold() == abbr.casefold())))


# a team line of an attendance block: 'WSS – A (role), B', 'Trellano: C, D'
_TEAM_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<tag>[^\s:–—-][^:–—\n]{0,40}?)[ \t]*(?:[–—:]|\s-\s)[ \t]*(?P<body>.+)$"
)


def label_teams(text: str, participants: Sequence[Participant], pair: LabelledPair) -> dict[str, str]:
    """Return participant name -> labelled organisation for the people a team line of either company lists."""
    out: dict[str, str] = {}
    abbrs = {"customer": _abbreviation(_BUYER_LINE, text), "seller": _abbreviation(_SELLER_LINE, text)}
    for line in unmark(text).split("\n")[:60]:
        m = _TEAM_LINE.match(line)
        if not m:
            continue
        org = next(
            (
                o
                for kind, o in (("customer", pair.customer), ("seller", pair.seller))
                if _is(m.group("tag"), o, abbrs[kind])
            ),
            None,
        )
        if org is None:
            continue
        for p in participants:
            if p.name and re.search(rf"(?<!\w){re.escape(p.name)}(?!\w)", m.group("body")):
                out.setdefault(p.name, org)
    return out


# an attendance line labelled by the role in the deal: 'für die Auftraggeberin: A, B', 'Supplier (X Ltd): C, D',
# 'Customer side – E'; the people on it sit on that side
_PEOPLE_ROLE = (
    r"kunde|kundin|kundenseite|customer(?:\s+side)?|client(?:\s+side)?|auftraggeber(?:in|seite)?|buyer(?:\s+side)?|"
    r"käufer(?:in)?|bieter(?:in)?|bidder|vendor(?:\s+side)?|supplier(?:\s+side)?|anbieter(?:in|seite)?|lieferant(?:in)?|"
    r"auftragnehmer(?:in|seite)?|dienstleister(?:in)?|seller(?:\s+side)?|verkäufer(?:in)?|contractor"
)
_ROLE_PEOPLE_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:(?:für|seitens|von|for|on behalf of)[ \t]+(?:der|die|den|dem|des|the)?[ \t]*)?"
    rf"(?P<label>{_PEOPLE_ROLE})[ \t]*(?:\((?P<org>[^()\n]{{2,80}})\))?[ \t]*[:–—][ \t]*(?P<body>\S.*)$",
    re.IGNORECASE,
)
_SELLING_LABEL = re.compile(
    r"^(?:bieter|bidder|vendor|supplier|anbieter|lieferant|auftragnehmer|dienstleister|seller|"
    r"verkäufer|contractor)",
    re.IGNORECASE,
)


def role_people(text: str, participants: Sequence[Participant]) -> dict[str, tuple[str, str | None]]:
    """Return participant name -> (side, organisation in the label's brackets) for the people that an attendance
    line labelled by the role in the deal lists."""
    out: dict[str, tuple[str, str | None]] = {}
    for line in unmark(text).split("\n")[:60]:
        m = _ROLE_PEOPLE_LINE.match(line)
        if not m:
            continue
        side = "seller" if _SELLING_LABEL.match(m.group("label")) else "customer"
        org = clean_org(m.group("org")) if m.group("org") else None
        for p in participants:
            if p.name and any(
                re.search(rf"(?<!\w){re.escape(w)}(?!\w)", m.group("body"))
                for w in (p.name, p.name.split()[-1])
                if len(w) >= 3
            ):
                out.setdefault(p.name, (side, org if org and org_like(org) else None))
    return out


def pin_to_labels(
    text: str, participants: Sequence[Participant], seller: str | None, customer: str | None
) -> tuple[str | None, str | None]:
    """Return (seller, customer) with the labelled companies put first, and set the sides of the people the
    labels' teams list; a pair the readers had reversed is turned."""
    pair = labelled_pair(text)
    listed = role_people(text, participants)
    sides = {side for side, _ in listed.values()}
    if len(sides) == 2:  # both sides labelled by their role: the lines say who sits where
        for p in participants:
            if p.name in listed:
                p.side = listed[p.name][0]  # type: ignore[assignment]
        named = {side: org for side, org in listed.values() if org}
        if not pair.seller and named.get("seller") and not same_company(named["seller"], customer):
            pair = LabelledPair(seller=named["seller"], customer=pair.customer)
        if not pair.customer and named.get("customer") and not same_company(named["customer"], seller):
            pair = LabelledPair(seller=pair.seller, customer=named["customer"])
    if not pair.customer and not pair.seller:
        return seller, customer
    reversed_ = bool(
        (pair.customer and same_company(seller, pair.customer))
        or (pair.seller and same_company(customer, pair.seller))
    )
    new_customer = pair.customer or (None if same_company(customer, pair.seller) else customer)
    new_seller = pair.seller or (None if same_company(seller, pair.customer) else seller)
    if reversed_:
        for p in participants:
            if p.side in ("seller", "customer"):
                p.side = "customer" if p.side == "seller" else "seller"
    teams = label_teams(text, participants, LabelledPair(seller=new_seller, customer=new_customer))
    for p in participants:
        org = teams.get(p.name)
        if org and org == new_customer:
            p.side, p.organisation = "customer", new_customer
        elif org and org == new_seller:
            p.side, p.organisation = "seller", new_seller
    return new_seller, new_customer
