"""The decision meeting's preparation (milestone 6, "before the meeting"): gather what earlier meetings agreed and
check it is done, write the offer's four core elements as a one-pager, invite the buying centre with a subject that
names the decision and an agenda aiming at a final decision, and expect the likely objections.

Facts come from the engines' results (qualification of call notes, minutes) and the notes' own sentences; a fact the
notes do not give is marked missing, never invented.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from coach.deals.commitments import Commitment, find_commitments, notes_date
from coach.deals.merge import Entry, done_by, merge_qualification
from coach.deals.models import MergedDimension
from coach.knowledge import Source, section_sources
from coach.lang import detect_language
from coach.messages import msg
from coach.minutes.models import MinutesResult
from coach.prepare import amounts, facts
from coach.prepare.messages import human_when
from coach.prepare.models import (
    Attendee,
    ChecklistItem,
    Invitation,
    LikelyObjection,
    OnePagerElement,
    Practise,
    PrepareResult,
)
from coach.qualify.models import CORE, QualifyResult

AGENDA = ("welcome", "purpose", "review", "offer", "questions", "decision", "next_steps")


@dataclass
class Material:
    """Everything the preparation reads: the deal's data, its notes and their results."""

    language: str
    provider: str = "offline"
    deal_id: int | None = None
    deal_name: str | None = None
    customer: str | None = None
    offer: str | None = None
    notes: list[tuple[Entry, str]] = field(default_factory=list)  # (entry with QualifyResult, text)
    minutes: list[tuple[Entry, MinutesResult]] = field(default_factory=list)
    minutes_unsent: dt.date | None = None


def _strip_label(sentence: str) -> str:
    head, sep, rest = sentence.partition(":")
    return rest.strip() if sep and len(head) <= 30 and rest.strip() else sentence


def _sentence(part: str) -> str:
    """Return a part as one sentence: capitalised, ending in exactly one mark ('Pilot?' stays 'Pilot?')."""
    part = part.strip().rstrip(".;:, ")
    if not part:
        return ""
    return part[:1].upper() + part[1:] + ("" if part.endswith(("?", "!", "…")) else ".")


def _is_action(sentence: str) -> bool:
    """Return whether a sentence is an action item ('AP: Tim schickt …'), not a goal or a fact."""
    return bool(find_commitments(sentence, dt.date.today(), "de"))


def _dims(material: Material) -> dict[str, MergedDimension]:
    merged, _ = merge_qualification([e for e, _ in material.notes])
    return {d.key: d for d in merged}


def _element(
    element: str, lang: str, evidence: list[str], missing: list[str], lead: str | None = None
) -> OnePagerElement:
    evidence = list(dict.fromkeys(evidence))
    parts = ([lead] if lead else []) + [_strip_label(s) for s in evidence]
    text = " ".join(_sentence(p) for p in parts if p)
    if missing:
        names = ", ".join(msg(f"prep.fact.{m}", lang) for m in missing)
        text = (text + " " if text else "") + msg("prep.missing_text", lang, facts=names)
    return OnePagerElement(
        element=element,  # type: ignore[arg-type]
        title=msg(f"prep.element.{element}", lang),
        text=text,
        evidence=evidence,
        missing=missing,
    )


def _all_evidence(material: Material, *keys: str) -> list[str]:
    """Return the evidence of dimensions over every notes item, oldest first, without repeats."""
    found: list[str] = []
    for entry, _ in material.notes:
        if isinstance(entry.result, QualifyResult):
            for key in keys:
                dim = entry.result.dimension(key)
                if dim.status != "missing":
                    found.extend(dim.evidence)
    return list(dict.fromkeys(found))


def one_pager(
    material: Material, dims: dict[str, MergedDimension], sents: list[str], quoted: list[str] | None = None
) -> list[OnePagerElement]:
    """Return the four core elements of the offer with their evidence from the notes (our quoted prices: terms)."""
    lang = material.language

    def ev(*keys: str) -> list[str]:
        return [s for k in keys if k in dims and dims[k].status != "missing" for s in dims[k].evidence]

    value = facts.value_sentences(sents) or [s for s in ev("positive_implications") if facts.has_figure(s)]
    contract = facts.contract_sentences([s for s in sents + (quoted or []) if s not in value])
    terms = {s for part in contract.values() for s in part}

    def own_kind(s: str) -> bool:  # a goal or challenge is no action item, business case or contract term
        return s not in value and s not in terms and not _is_action(s)

    goals = [s for s in _all_evidence(material, "goals") if own_kind(s)]
    challenges = [s for s in _all_evidence(material, "challenges", "negative_consequences") if own_kind(s)]
    missing_gc = [m for m, found in (("goals", goals), ("challenges", challenges)) if not found]
    # the offer text may state term and price ("12 months, 110k"): then they are not missing
    price = amounts.offer_price(material.offer)
    stated = {"term": amounts.offer_term(material.offer), "price": price.text if price else None}
    from_offer = {part: found for part, found in stated.items() if found and not contract[part]}
    for point in (p for _, m in material.minutes for p in m.offer):
        key = {
            "term": "term",
            "price": "price",
            "service_level": "service_levels",
            "prerequisite": "prerequisites",
        }
        if point.kind in key:
            contract[key[point.kind]].append(point.text)
    concept = ev("offer_fit") + facts.scope_sentences(sents)
    concept = [
        s
        for s in concept
        if s not in value and not any(s in v for v in contract.values()) and not _is_action(s)
    ]
    contract_evidence = [
        s for part in ("term", "price", "service_levels", "prerequisites") for s in contract[part]
    ]
    offer_lead = msg("prep.from_offer", lang, terms=", ".join(from_offer.values())) if from_offer else None
    return [
        _element("goals_and_challenges", lang, goals + challenges, missing_gc),
        _element("business_opportunity", lang, value, [] if value else ["business_case"]),
        _element(
            "offer_concept",
            lang,
            concept[:4],
            [] if (material.offer or concept) else ["offer"],
            lead=material.offer,
        ),
        _element(
            "contract_frame",
            lang,
            contract_evidence,
            [
                p
                for p in ("term", "price", "service_levels", "prerequisites")
                if not contract[p] and p not in from_offer
            ],
            lead=offer_lead,
        ),
    ]


def attendees(material: Material, dims: dict[str, MergedDimension]) -> list[Attendee]:
    """Return the buying centre found in the notes and minutes (customer side), decision makers first."""
    people: dict[str, Attendee] = {}
    for _entry, text in material.notes:
        found = facts.find_people(text, material.customer)
        known = {facts.surname(p.name) for p in found}
        found += [
            p
            for p in facts.text_layer_people(text, material.customer, material.language)
            if facts.surname(p.name) not in known
        ]
        for p in found:
            key = facts.surname(p.name)
            old = people.get(key)
            people[key] = Attendee(
                name=p.name if old is None or len(p.name) >= len(old.name) else old.name,
                role=p.role or (old.role if old else None),
                organisation=p.organisation or (old.organisation if old else None),
                side="customer",
                decision_maker=p.decision_maker or bool(old and old.decision_maker),
                email=p.email or (old.email if old else None),
            )
    for _, minutes in material.minutes:
        for p in minutes.participants:
            if p.side != "customer":
                continue
            key = facts.surname(p.name)
            old = people.get(key)
            people[key] = Attendee(
                name=old.name if old else p.name,
                role=(old.role if old and old.role else p.role),
                organisation=(
                    old.organisation if old and old.organisation else p.organisation or material.customer
                ),
                side="customer",
                decision_maker=bool(old and old.decision_maker)
                or bool(p.role and facts.DECISION_ROLE.search(p.role)),
                email=(old.email if old and old.email else p.email),
            )
    people = _merge_partial_names(people)
    ours = _our_side(material)
    customer_words = facts.org_words(material.customer)
    written = " ".join(text for _, text in material.notes).lower()
    if not any(word in written for word in customer_words):
        customer_words = set()  # the notes spell the customer otherwise: the organisation tells nothing here
    # e-mail domains of the customer: when someone writes from one, an address at another domain is not theirs
    # (the customer's e-mail "To: jan.berger@velotrak…" names us, the seller)
    domains = {_domain(p.email) for p in people.values() if p.email}
    customer_domains = {d for d in domains if any(w in d for w in customer_words)}
    authority = " ".join(dims["authority"].evidence) if "authority" in dims else ""
    names = {p.name.casefold() for p in people.values()} | {
        " ".join(_name_words(p.name)) for p in people.values()
    }
    out = []
    for key, person in people.items():
        if ours.has(person.name, person.organisation, person.role):
            continue  # our own people are never invitees
        org = facts.org_words(person.organisation)
        if customer_words and org and not org & customer_words:
            continue  # another organisation's person (a partner, a consultant) is not the buying centre
        if customer_domains and person.email and _domain(person.email) not in customer_domains:
            continue  # an address at another organisation's domain
        if not person.decision_maker and key in authority.lower() and dims["authority"].status != "missing":
            person = person.model_copy(update={"decision_maker": True})
        out.append(_tidy(person, names))
    return sorted(out, key=lambda a: not a.decision_maker)


def _domain(email: str | None) -> str:
    """Return the domain of an e-mail address, lower case ('' without one)."""
    return (email or "").rpartition("@")[2].lower()


def _tidy(person: Attendee, names: set[str] | frozenset[str] = frozenset()) -> Attendee:
    """Return the attendee with role and organisation said once: "CFO" in both is the role, "Velotrak" in both the
    organisation, and a person's name (theirs or another attendee's, in `names`) is neither."""
    role, org = person.role, person.organisation
    people = {person.name.casefold(), *names}
    role = None if role and role.casefold() in people else role
    org = None if org and org.casefold() in people else org
    if role and org and role.casefold() == org.casefold():
        is_role = facts.DECISION_ROLE.search(role) or facts.ROLE_WORDS.search(role)
        role, org = (role, None) if is_role else (None, org)
    if (role, org) == (person.role, person.organisation):
        return person
    return person.model_copy(update={"role": role, "organisation": org})


_TITLE_WORDS = {"herr", "herrn", "hr", "frau", "fr", "dr", "prof", "mr", "mrs", "ms", "mag", "ing", "dipl"}


def _name_words(name: str) -> list[str]:
    """Return a name's words without forms of address and titles ('Herr Dr. Olaf Brandt' -> ['olaf', 'brandt'])."""
    return [w for w in re.findall(r"[^\W\d_]+", name.casefold()) if w not in _TITLE_WORDS]


def _merge_partial_names(people: dict[str, Attendee]) -> dict[str, Attendee]:
    """Return the people without bare titles ('Dr') and without a partial name of someone listed in full."""
    kept = {key: a for key, a in people.items() if _name_words(a.name)}
    out: dict[str, Attendee] = {}
    for key, person in kept.items():
        words = set(_name_words(person.name))
        fuller = [
            other for okey, other in kept.items() if okey != key and words < set(_name_words(other.name))
        ]
        if fuller:
            continue  # "Herr Olaf" when "Herr Olaf Brandt" is there: one person
        out[key] = person
    return out


def _our_side(material: Material) -> facts.SellerSide:
    """Return our own people and organisations across the deal's notes and minutes (never the customer's)."""
    import os

    company = (os.environ.get("COACH_COMPANY") or "").strip() or None
    ours = facts.seller_side([text for _, text in material.notes], material.language, company)
    for _, minutes in material.minutes:
        ours.orgs |= facts.org_words(minutes.seller_company)
        for p in minutes.participants:
            if p.side == "seller":
                ours.add(p.name, p.organisation, p.role)
    ours.orgs -= facts.org_words(material.customer)
    return ours


def invitation(
    material: Material, people: list[Attendee], when: dt.date | None, at: str | None
) -> Invitation:
    """Return the invitation: subject naming the decision, agenda aiming at a final decision, attendees, body."""
    lang = material.language
    offer = (
        amounts.without_prices(material.offer or "") or material.deal_name or msg("prep.offer_missing", lang)
    )
    agenda = [msg(f"prep.agenda.{a}", lang) for a in AGENDA]
    day = human_when(when, at, lang) if when else msg("prep.date_missing", lang)
    body = msg(
        "prep.body",
        lang,
        date=day,
        offer=offer,
        agenda="\n".join(f"{n}. {a}" for n, a in enumerate(agenda, 1)),
    )
    return Invitation(
        subject=msg("prep.subject", lang, offer=offer), agenda=agenda, attendees=people, body=body
    )


def _commitments(material: Material) -> list[tuple[Commitment, bool]]:
    """Return the commitments of the deal's notes and minutes, each with whether a later note reports it done or
    received ("Danke für das Angebot, ist angekommen")."""
    found = [
        (c, (e.date, e.id))
        for e, text in material.notes
        for c in find_commitments(text, e.date, material.language)
    ]
    for entry, minutes in material.minutes:
        found += [
            (Commitment(task=a.task, owner=a.owner, due=a.due), (entry.date, entry.id))
            for a in minutes.action_items
        ]
    later = [((e.date, e.id), facts.sentences(text)) for e, text in material.notes]
    return [(c, any(done_by(c, sents) for when, sents in later if when > at)) for c, at in found]


def checklist(
    material: Material,
    dims: dict[str, MergedDimension],
    pager: list[OnePagerElement],
    inv: Invitation,
    sents: list[str] | None = None,
) -> list[ChecklistItem]:
    """Return what to check and do before the meeting, each done, open or unknown."""
    lang = material.language
    items: list[ChecklistItem] = []
    for n, (c, done) in enumerate(_commitments(material), 1):
        items.append(
            ChecklistItem(
                id=f"commitment_{n}",
                status="done" if done else "unknown",
                note=msg("prep.check.commitment", lang, task=c.task),
                owner=c.owner,
                due=c.due,
            )
        )
    gaps = [k for k in CORE if dims.get(k) is None or dims[k].status != "covered"]
    for key in gaps:
        d = dims.get(key)
        status = d.status if d else "missing"
        makers = [a.name for a in inv.attendees if a.decision_maker]
        note = (
            msg("prep.check.gap_authority_named", lang, names=", ".join(makers))
            if key == "authority" and makers
            else msg("prep.check.gap_authority", lang)
            if key == "authority"
            else msg(
                "prep.check.gap", lang, label=d.label if d else key, status=msg(f"prep.status.{status}", lang)
            )
        )
        items.append(ChecklistItem(id=f"gap_{key}", status="open", note=note))
    if not gaps:
        items.append(
            ChecklistItem(id="qualification_complete", status="done", note=msg("prep.check.qualified", lang))
        )
    makers = [a.name for a in inv.attendees if a.decision_maker]
    items.append(
        ChecklistItem(
            id="decision_maker_invited",
            status="done" if makers else "open",
            note=msg("prep.check.decision_maker_invited", lang, names=", ".join(makers))
            if makers
            else msg("prep.check.decision_maker_missing", lang),
        )
    )
    price = amounts.offer_price(material.offer)
    total = amounts.contract_value(material.offer)  # a recurring price counts over the whole term
    limits = amounts.signing_limits(sents or []) if price and total else []
    for n, limit in enumerate((x for x in limits if total and total.value > x.amount.value), 1):
        recurring = price is not None and total is not None and total.value > price.value
        items.append(
            ChecklistItem(
                id=f"signing_limit_{n}",
                status="open",
                note=msg(
                    "prep.check.signing_limit_total" if recurring else "prep.check.signing_limit",
                    lang,
                    price=price.text if price else "",
                    term=amounts.offer_term(material.offer) or "",
                    total=amounts.total_text(total, lang) if total else "",
                    sentence=limit.sentence,
                ),
            )
        )
    missing = [m for e in pager for m in e.missing]
    items.append(
        ChecklistItem(
            id="one_pager",
            status="open" if missing else "done",
            note=msg(
                "prep.check.one_pager_open",
                lang,
                facts=", ".join(msg(f"prep.fact.{m}", lang) for m in missing),
            )
            if missing
            else msg("prep.check.one_pager_done", lang),
        )
    )
    items.append(
        ChecklistItem(id="full_offer_not_sent_ahead", status="open", note=msg("prep.check.full_offer", lang))
    )
    items.append(
        ChecklistItem(
            id="invitation", status="open", note=msg("prep.check.invitation", lang, subject=inv.subject)
        )
    )
    if material.minutes_unsent:
        items.append(
            ChecklistItem(
                id="minutes_sent",
                status="open",
                note=msg(
                    "prep.check.minutes_unsent", lang, date=human_when(material.minutes_unsent, None, lang)
                ),
                due=material.minutes_unsent,
            )
        )
    return items


def _practise(objection_type: str, lang: str) -> Practise:
    from coach.roleplay.scenarios import scenario_library

    library = scenario_library()
    scenarios = [s for s in library.scenarios.values() if s.objections]

    def rank(s: Any) -> tuple[int, int]:
        # the user's language first; then a scenario opening with this objection, then one raising it later
        types = [o.type for o in s.objections]
        lead = 0 if types[0] == objection_type else 1 if objection_type in types else 2
        return (0 if s.language == lang else 1, lead)

    ranked = sorted((s for s in scenarios if rank(s)[1] < 2), key=rank)
    best = ranked[0] if ranked else None
    if best is None:
        return Practise()
    return Practise(scenario=best.id, command=f"coach roleplay --scenario {best.id}")


def likely_objections(
    material: Material,
    dims: dict[str, MergedDimension],
    sents: list[str],
    flags: set[str],
    contract: dict[str, list[str]],
) -> list[LikelyObjection]:
    """Return objections to expect, from the qualification's gaps and the notes, with the library's questions."""
    from coach.roleplay.library import exploring_questions, objection_sources

    lang = material.language

    def status(key: str) -> str:
        return dims[key].status if key in dims else "missing"

    competitor = [s for s in sents if facts.COMPETITOR.search(s)]
    cheaper = [s for s in competitor if facts.CHEAPER.search(s)]
    found: list[tuple[str, str, list[str]]] = []
    if cheaper:
        found.append(("price", msg("prep.obj.price_competitor", lang), cheaper))
    elif status("budget") != "covered" or "budget_before_goals" in flags:
        found.append(
            (
                "price",
                _budget_reason(dims.get("budget"), lang),
                dims["budget"].evidence if "budget" in dims else [],
            )
        )
    if competitor:
        found.append(("competitor", msg("prep.obj.competitor", lang), competitor))
    if status("authority") != "covered":
        found.append(
            (
                "authority",
                msg("prep.obj.authority", lang),
                dims["authority"].evidence if "authority" in dims else [],
            )
        )
    if status("timeline") != "covered" or "timeline_far" in flags:
        found.append(
            ("timing", msg("prep.obj.timing", lang), dims["timeline"].evidence if "timeline" in dims else [])
        )
    if status("negative_consequences") == "missing" or "weak_will_to_change" in flags:
        found.append(("status_quo", msg("prep.obj.status_quo", lang), []))
    it_needs = facts.evidence_for("it_readiness", contract.get("prerequisites", []))
    if it_needs:
        found.append(("it_readiness", msg("prep.obj.it_readiness", lang), it_needs))
    if contract.get("term"):
        found.append(("contract_terms", msg("prep.obj.contract_terms", lang), contract["term"]))
    if "poor_offer_fit" in flags:
        found.append(
            ("need", msg("prep.obj.need", lang), dims["offer_fit"].evidence if "offer_fit" in dims else [])
        )
    rival = facts.competitor_name(competitor)
    return [
        LikelyObjection(
            type=kind,
            reason=reason,
            evidence=facts.evidence_for(kind, list(dict.fromkeys(evidence)))[:3],
            questions=[facts.name_placeholder(q, rival) for q in exploring_questions(kind, lang)[:4]],
            practise=_practise(kind, lang),
            sources=objection_sources(kind, lang),
        )
        for kind, reason, evidence in found
    ]


def _budget_reason(budget: MergedDimension | None, lang: str) -> str:
    """Return why price will come up, in words that agree with the budget evidence quoted under it."""
    if budget is not None and budget.contradicted:
        return msg("prep.obj.price_budget_withdrawn", lang)
    if budget is not None and any(facts.APPROVED.search(s) for s in budget.evidence):
        return msg("prep.obj.price_budget_fit", lang)
    return msg("prep.obj.price_budget", lang)


def _sources(lang: str) -> list[Source]:
    return (
        section_sources("decision-agreement", "before-meeting", lang)
        + section_sources("decision-agreement", "offer-core-elements", lang)
        + section_sources("decision-agreement", "purpose", lang)
    )


def prepare(
    material: Material, meeting_date: dt.date | None = None, meeting_time: str | None = None
) -> PrepareResult:
    """Return the preparation of the decision meeting from the gathered material."""
    dims = _dims(material)
    texts = [text for _, text in material.notes]
    read = [facts.read_sentences(text, material.language) for text in texts]
    sents = [s for customer, _ in read for s in customer]
    quoted = [
        s for _, ours in read for s in ours
    ]  # our price per unit and period: a contract term, no customer fact
    newest = [e.result for e, _ in material.notes if isinstance(e.result, QualifyResult)][-1:]
    flags = {
        f.id for result in newest for f in result.flags
    }  # the newest notes' view; older flags may be resolved
    pager = one_pager(material, dims, sents, quoted)
    inv = invitation(material, attendees(material, dims), meeting_date, meeting_time)
    contract = facts.contract_sentences(sents + quoted)
    notices = []
    if meeting_date is not None and meeting_date < dt.date.today():
        notices.append(
            msg(
                "prep.meeting_past", material.language, date=human_when(meeting_date, None, material.language)
            )
        )
    no_email = [a.name for a in inv.attendees if not a.email]
    if no_email:
        notices.append(msg("prep.attendees_no_email", material.language, names=", ".join(no_email)))
    result = PrepareResult(
        language=material.language,  # type: ignore[arg-type]
        provider=material.provider,
        notices=notices,
        deal_id=material.deal_id,
        deal_name=material.deal_name,
        customer=material.customer,
        offer=material.offer,
        meeting_date=meeting_date,
        meeting_time=meeting_time,
        checklist=checklist(material, dims, pager, inv, sents),
        one_pager=pager,
        invitation=inv,
        likely_objections=likely_objections(material, dims, sents, flags, contract),
        sources=_sources(material.language),
    )
    return result


def prepare_notes(
    text: str,
    lang: str | None = None,
    brain: Any = None,
    offer: str | None = None,
    customer: str | None = None,
    meeting_date: dt.date | None = None,
    meeting_time: str | None = None,
) -> PrepareResult:
    """Return the preparation from one file of call notes (qualified by the engine first)."""
    from coach.qualify import analyse

    language = lang or detect_language(text)
    result = analyse(text, brain=brain, lang=language)
    entry = Entry(id=0, kind="notes", date=notes_date(text, dt.date.today()), result=result)
    material = Material(
        language=language, provider=result.provider, offer=offer, customer=customer, notes=[(entry, text)]
    )
    prep = prepare(material, meeting_date, meeting_time)
    prep.notices = list(result.notices) + prep.notices
    return prep


def prepare_deal(
    service: Any,
    deal_id: int | str,
    lang: str | None = None,
    meeting_date: dt.date | None = None,
    meeting_time: str | None = None,
) -> PrepareResult:
    """Return the preparation of a deal's decision meeting from its stored notes and minutes."""
    deal = service.get(deal_id)
    pairs = service.entries(deal_id)
    notes = [(e, r.text) for e, r in pairs if e.kind == "notes"]
    minutes = [(e, e.result) for e, _ in pairs if e.kind == "minutes"]
    language = lang or (detect_language(notes[-1][1]) if notes else service.lang)
    view = service.show(deal_id, language)
    material = Material(
        language=language,
        provider="offline",
        deal_id=deal.id,
        deal_name=deal.name,
        customer=deal.customer,
        offer=deal.offer,
        notes=notes,
        minutes=minutes,
        minutes_unsent=view.minutes_send_by if not view.minutes_sent else None,
    )
    return prepare(material, meeting_date, meeting_time)
