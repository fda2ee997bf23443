"""CRM records: YAML or key-value blocks (`stage: discovery`, `contact: …`, `notes: …`)."""

from __future__ import annotations

import re

from coach.text.model import Participant
from coach.text.names import is_name
from coach.text.readers.base import Parsed, parse_label
from coach.text.sides import same_company

_KEY = re.compile(r"^\s*(?P<key>[A-Za-zÄÖÜäöü][\w .-]{0,30}?)\s*:\s*(?P<value>.*)$")
CRM_KEYS = re.compile(
    r"^(?:stage|phase|deal\w*|opportunity\w*|opp\w*|account\w*|company|firma|unternehmen|kunde|customer|client|"
    r"contact\w*|kontakt\w*|ansprechpartner\w*|owner|besitzer|amount|betrag|value|wert|volume|volumen|close[ _]?date|"
    r"closing\w*|abschluss\w*|next[ _]?step\w*|nächste\w*|probability|wahrscheinlichkeit|pipeline|status|source|"
    r"quelle|lead\w*|created|erstellt|last[ _]?activity|industry|branche|region|segment|forecast\w*|type|typ|"
    r"record\w*|id|rep|sales[ _]?rep|email|e-mail|phone|telefon|notes?|notiz\w*|beschreibung|description)$",
    re.I,
)
_CONTACT = re.compile(
    r"^(?:contact\w*|kontakt\w*|ansprechpartner\w*|decision[ _]?maker|entscheider\w*)$", re.I
)
_OWNER = re.compile(
    r"^(?:owner|besitzer|rep|sales[ _]?rep|account[ _]?owner|deal[ _]?owner|betreuer\w*|verantwortlich\w*|"
    r"zuständig\w*|bearbeiter\w*|erfasst von|created by|assigned to|account[ _]?manager|key[ _]?account\w*)$",
    re.I,
)
# The seller's partner on the deal (an implementation partner, a reseller): its people sit on the seller's side.
_PARTNER = re.compile(
    r"^(?:partner\w*|implementation[ _]?partner|umsetzungspartner|reseller|integrator)$", re.I
)
# A unit of the account after a dash: "Bundesamt X – Referat 4", "Acme Corp - Procurement".
_UNIT = re.compile(
    r"\s+[-–—]\s+(?i:referat|abteilung|abt\.|bereich|fachbereich|team|department|dept\.?|division|standort|site|"
    r"niederlassung|branch|procurement|einkauf)\b.*$"
)
_COMPANY = re.compile(r"^(?:account(?:[ _]?name)?|company|firma|unternehmen|kunde|customer|client)$", re.I)
# A deal is named "Account – what is sold": "Northgate Media – Archive DAM", "Ridgeway Vets - PMS migration".
_DEAL = re.compile(r"^(?:deal|opportunity|opp)(?:[ _]?name)?$", re.I)
_DEAL_ACCOUNT = re.compile(r"^(?P<account>[A-ZÄÖÜ][^:–—|]{1,60}?)\s+[-–—|]\s+\S")


# The seller's own pipeline fields: our price, our forecast, our next step — never the customer's situation.
# A field named in parts ("amount_forecast", "close_date_forecast", "Deal Value EUR") counts by any of its parts.
_SELLER_FIELDS = re.compile(
    r"^(?![^:\n]*budget)\s*(?:[a-zäöü]+[ _-])*(?:amount|betrag|deal[ _]?value|value|wert|volume[n]?|arr|mrr|acv|tcv|price|preis|"
    r"close[ _]?date|closing[ _]?date|abschluss[ _]?datum|expected[ _]?close|probability|wahrscheinlichkeit|"
    r"forecast\w*|stage|phase|pipeline|owner|besitzer|next[ _]?steps?|nächste[r]?[ _]?schritt\w*|offer|quote|"
    r"proposal|angebot)(?:[ _-][a-zäöü]+)*\s*:",
    re.IGNORECASE,
)


def seller_field(fmt: str, sentence: str) -> bool:
    """Return True for a CRM record's pipeline field (amount, close date, stage, next step): the seller's data."""
    return fmt == "crm" and bool(_SELLER_FIELDS.match(sentence))


def looks_like(text: str) -> bool:
    """Return True when most lines are `key: value` and at least three keys are CRM field names."""
    lines = [line for line in text.split("\n") if line.strip() and not line.startswith((" ", "\t", "-"))]
    keys = [m.group("key").strip() for line in lines if (m := _KEY.match(line))]
    crm = {k.lower() for k in keys if CRM_KEYS.match(k) or "_" in k}
    return len(crm) >= 3 and len(keys) >= 0.6 * max(1, len(lines))


# Free-text fields of a record: their value is the seller's notes of the call, content like any call notes.
_FREE_TEXT = re.compile(
    r"^(?P<head>[ \t]*(?:-[ \t]+)?(?P<key>notes?|notiz\w*|description|beschreibung|comments?|kommentar\w*|"
    r"bemerkung\w*|remarks?|summary|zusammenfassung|call[ _]?notes?|gesprächsnotiz\w*)[ \t]*:)[ \t]*"
    r"(?P<value>[^|>\s].*)$",
    re.IGNORECASE,
)


def free_text_blocks(text: str) -> str:
    """Return the record with each inline free-text value (`notes: …`) moved under its key, as a YAML block.

    A key on the line reads as a field label ("notes", "description"), and engines leave a label's line out as a
    header; the value under its key is read as the content it is (`notes: |` and the lines below it).
    """
    out: list[str] = []
    for line in text.split("\n"):
        m = _FREE_TEXT.match(line)
        if not m:
            out.append(line)
            continue
        indent = " " * (len(m.group("head")) - len(m.group("head").lstrip(" \t-")) + 2)
        out.append(f"{m.group('head')}\n{indent}{m.group('value').rstrip()}")
    return "\n".join(out)


_NESTED = re.compile(r"^\s*(?P<item>-\s+)?(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*)$")


def _nested(line: str, side: str, people: list[Participant]) -> None:
    """Read one line of a nested contact list (`- name: …`, `role: …`, `email: …`) into the people list."""
    m = _NESTED.match(line)
    if not m:
        return
    key, value = m.group("key").lower(), m.group("value").strip().strip("\"'")
    if key == "name":
        if is_name(value):
            people.append(Participant(name=value, side=side))  # type: ignore[arg-type]
        return
    if m.group("item") or not people or not value:
        return
    person = people[-1]
    if key in ("role", "title", "position", "job") and person.role is None:
        person.role = value
    elif key in ("email", "e-mail", "mail") and person.email is None:
        person.email = value
    elif key in ("company", "organisation", "organization", "org", "firma") and person.organisation is None:
        person.organisation = value


def read(text: str) -> Parsed:
    """Return a record without turns; the contact and owner fields give people, the account the customer company."""
    people: list[Participant] = []
    customer_company = None
    deal_account: str | None = None
    block: str | None = None  # the side of a nested list of contacts ("contact:" then "  - name: …")
    for line in text.split("\n"):
        if block and line.startswith((" ", "\t")):
            _nested(line, block, people)
            continue
        block = None
        m = _KEY.match(line)
        if not m or line.startswith((" ", "\t")):
            continue
        key, value = m.group("key").strip(), m.group("value").strip().strip("\"'")
        if not value:
            block = "customer" if _CONTACT.match(key) else "seller" if _OWNER.match(key) else None
            continue
        if _COMPANY.match(key) and customer_company is None:
            customer_company = _UNIT.sub("", value) or value
        elif _PARTNER.match(key) and (pm := re.fullmatch(r"(?P<org>[^()]+?)\s*\((?P<who>[^)]+)\)", value)):
            for who in re.split(r",|;|\s\+\s|\s&\s|\s(?:und|and)\s", pm.group("who")):
                if is_name(who.strip()):
                    people.append(Participant(name=who.strip(), organisation=pm.group("org"), side="seller"))
        elif _DEAL.match(key) and deal_account is None and (m := _DEAL_ACCOUNT.match(value)):
            deal_account = m.group("account").strip()
        side = "customer" if _CONTACT.match(key) else "seller" if _OWNER.match(key) else None
        if side:
            for item in re.split(r";|\s\+\s|\s&\s", value):
                label = parse_label(item.strip())
                bare = re.sub(r"\s*\([^)]*\)\s*$", "", item.strip())
                if not (label.name and is_name(label.name)) and bare != item.strip():
                    label = parse_label(bare)  # "Espen Lund, CEO (not met yet)": a note in brackets
                if label.name and is_name(label.name):
                    people.append(
                        Participant(
                            name=label.name,
                            role=label.role,
                            organisation=label.organisation,
                            side=side,
                            email=label.email,
                        )
                    )
    account = customer_company or deal_account
    for p in people:
        if (
            p.side == "customer"
            and p.organisation
            and not p.role
            and account
            and not same_company(p.organisation, account)
        ):
            p.role, p.organisation = (
                p.organisation,
                None,
            )  # "Ingrid Lund, Produksjonssjef": a job, the account is known
    return Parsed(format="crm", text=free_text_blocks(text), people=people, customer_company=account)
