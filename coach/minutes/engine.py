"""Draft the minutes of a decision meeting from raw notes: offline rules first, an LLM (if any) on top."""

from __future__ import annotations

from datetime import date, timedelta

from coach.errors import InputError
from coach.knowledge import Source, section_sources
from coach.lang import detect_language
from coach.llm.brain import Brain
from coach.minutes.actions import extract_actions
from coach.minutes.dates import meeting_date
from coach.minutes.decision import find_decision
from coach.minutes.extract import agenda, engagement_review, objections, offer_points, open_questions
from coach.minutes.gates import check_gates, contract_finding
from coach.minutes.models import Decision, GateCheck, MinutesResult, OpportunityStatus
from coach.minutes.people import customer_recipients, extract_emails, extract_people
from coach.minutes.render import OUTCOME_LABELS, format_date, to_markdown
from coach.minutes.segment import segment, sentences
from coach.settings import Language
from coach.textio import clean_text, truncate

MAX_NOTES_CHARS = 60_000

_AGENDA = {
    "de": {
        "engagement_review": "Rückblick auf das bisherige Engagement",
        "offer": "Vorstellung des Angebots",
        "objections": "Fragen und Einwände",
        "decision": "Kaufentscheidung",
        "next_steps": "Nächste Schritte",
    },
    "en": {
        "engagement_review": "Review of the engagement so far",
        "offer": "Presentation of the offer",
        "objections": "Questions and objections",
        "decision": "Purchase decision",
        "next_steps": "Next steps",
    },
}

_STEPS = {
    "de": {
        "send": "Protokoll an die Teilnehmenden des Kunden senden (spätestens {date}).",
        "send_nodate": "Protokoll spätestens am Tag nach dem Meeting an die Teilnehmenden des Kunden senden.",
        "handover": "Übergabe vorbereiten: Pre-Sales, Delivery und Customer Success stimmen den Kick-off gemeinsam ab.",
        "onboarding": "Onboarding-Plan sofort starten und dem Kunden schicken.",
        "golive": "Technische Vorbereitung für den Go-Live klären (z. B. Firewall-Freigaben, IT-Integration, Abstimmung der internen Teams).",
        "roadmap": "Kurzfristigen Fahrplan vereinbaren, um die Bedingungen zu erfüllen: {items}.",
        "after_conditions": "Sobald die Bedingungen erfüllt sind: Übergabe und Onboarding wie bei einer Zusage starten.",
        "pending": "Termin für die Entscheidung festhalten und die offenen Punkte bis dahin klären.",
        "negative": "Vielen Dank für die offene Rückmeldung – wir bleiben gern in Kontakt.",
        "gate_writing": "Schriftliche Bestätigung der Entscheidung einholen (E-Mail, unterschriebene Bestellung oder PO).",
        "gate_contract": "Vertrag finalisieren und vom Kunden unterschreiben lassen.",
        "gate_contract_parts": "Offene Vertragsteile klären und unterschreiben lassen: {parts}.",
        "gate_review": "Rückblick auf die Ergebnisse der bisherigen Meilensteine nachholen und vom Kunden bestätigen lassen.",
        "debrief": "Interne Nachbesprechung (Debrief) mit allen Beteiligten unserer Seite: Was wurde besprochen, was vereinbart?",
        "lost": "Opportunity als verloren markieren, die Gründe festhalten und keine weiteren Ressourcen einplanen.",
        "lost_learn": "Gründe intern auswerten (Angebot, Preis, Vorgehen in der Discovery, Prioritäten des Kunden).",
        "lost_touch": "Professionell in Kontakt bleiben – besonders, wenn ein Wettbewerber gewonnen hat.",
        "won_learn": "Festhalten, warum der Kunde uns gewählt hat, um den Erfolg zu wiederholen: {items}.",
        "gates_open": "Qualitätstore noch offen: {gates} – der Meilenstein ist erst mit allen drei erreicht.",
        "no_date": "Kein Meetingdatum in den Notizen: relative Fälligkeiten (z. B. „bis Freitag“) bitte selbst eintragen.",
    },
    "en": {
        "send": "Send the minutes to the customer's participants (by {date} at the latest).",
        "send_nodate": "Send the minutes to the customer's participants by the day after the meeting.",
        "handover": "Prepare the handover: pre-sales, delivery and customer success agree the kick-off together.",
        "onboarding": "Start the onboarding plan at once and send it to the customer.",
        "golive": "Clarify the technical preparation for go-live (e.g. firewall whitelisting, IT integration, aligning internal teams).",
        "roadmap": "Agree a short-term roadmap to meet the conditions: {items}.",
        "after_conditions": "Once the conditions are met: start handover and onboarding as for an unconditional yes.",
        "pending": "Fix the date of the decision and clear the open points before it.",
        "negative": "Thank you for the open feedback — we would be glad to stay in touch.",
        "gate_writing": "Get the decision confirmed in writing (e-mail, signed order or PO).",
        "gate_contract": "Finalise the contract and have the customer sign it.",
        "gate_contract_parts": "Settle the open parts of the contract and get them signed: {parts}.",
        "gate_review": "Catch up on the review of the earlier milestones' results and have the customer confirm it.",
        "debrief": "Internal debrief with everyone involved on our side: what was discussed, what was agreed?",
        "lost": "Mark the opportunity as lost, record the reasons and plan no further resources.",
        "lost_learn": "Review the reasons internally (offer content, pricing, discovery approach, the customer's priorities).",
        "lost_touch": "Stay in touch professionally — especially if a competitor won.",
        "won_learn": "Record why the customer chose us, to repeat the success: {items}.",
        "gates_open": "Quality gates still open: {gates} — the milestone is reached only with all three.",
        "no_date": "No meeting date in the notes: fill in relative due dates (e.g. 'by Friday') yourself.",
    },
}

_OPPORTUNITY: dict[str, OpportunityStatus] = {
    "positive": "won",
    "positive_with_conditions": "won_with_conditions",
    "negative": "lost",
    "pending": "open",
}


def prepare_notes(notes: str) -> tuple[str, list[str]]:
    """Return cleaned notes and notices; raise InputError when there is nothing to draft from."""
    if not isinstance(notes, str):
        raise InputError("The notes must be text.")
    text = clean_text(notes)
    if not text.strip():
        raise InputError("The notes are empty: paste the notes of the decision meeting.")
    text, cut = truncate(text, MAX_NOTES_CHARS)
    notices = [f"The notes were longer than {MAX_NOTES_CHARS:,} characters and were cut."] if cut else []
    return text, notices


def draft_minutes(
    notes: str,
    brain: Brain | None = None,
    lang: Language | None = None,
    today: date | None = None,
) -> MinutesResult:
    """Return minutes drafted from raw notes; offline rules always, an LLM's prose and checked fields when present."""
    text, notices = prepare_notes(notes)
    language: Language = lang or detect_language(text)
    result = offline_minutes(text, language, today or date.today())
    result.notices = notices + result.notices
    if brain is not None:
        result.notices.extend(brain.notices)
        result.provider = brain.provider
        if brain.chat is not None:
            from coach.minutes.llm import enrich

            result = enrich(result, text, brain)
            if brain.leaves_machine:
                note = " (personal data redacted)" if brain.redact else ""
                result.notices.append(f"The notes were sent to {brain.label}{note}.")
    finish(result)
    return result


def offline_minutes(text: str, language: Language, today: date | None = None) -> MinutesResult:
    """Return the rule-based minutes (no language model); the skeleton every LLM result is checked against."""
    lines = segment(text)
    notices: list[str] = []
    mdate, _, date_notices = meeting_date(text.split("\n"), today)
    notices += date_notices
    people = extract_people(lines)
    decision = find_decision(lines)
    gates = check_gates(lines, people, language)
    finding = contract_finding(sentences(lines, sections=("header", "participants", "body")), people)
    actions = extract_actions(lines, people, mdate)
    emails = extract_emails(text)
    objection_list = objections(lines, people)
    offer = offer_points(lines)
    review = engagement_review(lines, gates[0].evidence)
    contract_open = [g for g in gates if g.id == "contract_signed" and g.status == "not_met" and finding.open]
    open_q = open_questions(lines, contract_open[0].evidence if contract_open else [])
    found = {"engagement_review": bool(review), "offer": bool(offer), "objections": bool(objection_list)}
    result = MinutesResult(
        language=language,
        provider="offline",
        notices=notices,
        title="",
        company=people.company,
        meeting_date=mdate,
        send_by=mdate + timedelta(days=1) if mdate else None,
        participants=people.participants,
        agenda=agenda(lines, _AGENDA[language], found),
        engagement_review=review,
        offer=offer,
        objections=objection_list,
        decision=decision,
        opportunity_status=_OPPORTUNITY[decision.outcome],
        action_items=actions,
        open_questions=open_q,
        emails=emails,
        recipients=customer_recipients(emails, people),
        gates=gates,
    )
    if mdate is None:
        result.notices.append("No meeting date found in the notes: send_by and relative due dates are empty.")
    return result


def finish(result: MinutesResult) -> None:
    """Fill the derived parts: title, summary, next steps, internal notes, sources and the Markdown text."""
    lang = result.language
    result.opportunity_status = _OPPORTUNITY[result.decision.outcome]
    result.title = title(result)
    if not result.summary:
        result.summary = offline_summary(result)
    result.next_steps = next_steps(result)
    result.internal_notes = internal_notes(result)
    result.sources = sources(result.decision, lang, bool(result.objections))
    result.markdown = to_markdown(result)


def title(result: MinutesResult) -> str:
    """Return the minutes' title, e.g. 'Protokoll: Entscheidungsmeeting Hartmann GmbH vom 03.11.2026'."""
    day = format_date(result.meeting_date, result.language)
    company = f" {result.company}" if result.company else ""
    if result.language == "de":
        return f"Protokoll: Entscheidungsmeeting{company}" + (f" vom {day}" if day else "")
    return f"Minutes: decision meeting{company}" + (f" on {day}" if day else "")


def offline_summary(result: MinutesResult) -> str:
    """Return a short factual summary built from the structured fields."""
    lang = result.language
    d = result.decision
    day = format_date(result.meeting_date, lang)
    customers = [p.name for p in result.participants if p.side == "customer"]
    outcome = OUTCOME_LABELS[lang][d.outcome]
    if lang == "de":
        parts = [
            "Im Entscheidungsmeeting"
            + (f" mit {result.company}" if result.company else "")
            + (f" am {day}" if day else "")
            + " wurden der bisherige Weg, das Angebot und die Entscheidung besprochen."
        ]
        if customers:
            parts.append(f"Auf Kundenseite nahmen {', '.join(customers)} teil.")
        parts.append(f"Ergebnis: {outcome}.")
        if d.conditions:
            parts.append(f"Bedingungen: {'; '.join(d.conditions)}.")
        if d.reasons:
            parts.append(f"Gründe: {'; '.join(d.reasons)}.")
        if result.action_items:
            parts.append(f"Es wurden {len(result.action_items)} Aufgaben vereinbart.")
    else:
        parts = [
            "The decision meeting"
            + (f" with {result.company}" if result.company else "")
            + (f" on {day}" if day else "")
            + " covered the engagement so far, the offer and the decision."
        ]
        if customers:
            parts.append(f"Attending for the customer: {', '.join(customers)}.")
        parts.append(f"Outcome: {outcome}.")
        if d.conditions:
            parts.append(f"Conditions: {'; '.join(d.conditions)}.")
        if d.reasons:
            parts.append(f"Reasons: {'; '.join(d.reasons)}.")
        if result.action_items:
            parts.append(f"{len(result.action_items)} action items were agreed.")
    return " ".join(parts)


def _gate(result: MinutesResult, gate_id: str) -> GateCheck | None:
    return next((g for g in result.gates if g.id == gate_id), None)


def next_steps(result: MinutesResult) -> list[str]:
    """Return the customer-facing next steps for the decision, plus what the open gates still need."""
    from coach.minutes.gates import load_rules

    s = _STEPS[result.language]
    d = result.decision
    steps: list[str] = []
    if d.outcome == "positive":
        steps += [s["handover"], s["onboarding"], s["golive"]]
    elif d.outcome == "positive_with_conditions":
        steps.append(s["roadmap"].format(items="; ".join(d.conditions) or "—"))
        steps.append(s["after_conditions"])
    elif d.outcome == "pending":
        steps.append(s["pending"])
    else:
        steps.append(s["negative"])
    if d.outcome != "negative":
        review, writing, contract = (
            _gate(result, g) for g in ("engagement_reviewed", "decision_in_writing", "contract_signed")
        )
        if review and review.status != "met":
            steps.append(s["gate_review"])
        if d.outcome != "pending" and writing and writing.status != "met":
            steps.append(s["gate_writing"])
        if d.outcome != "pending" and contract and contract.status != "met":
            rules = load_rules()
            parts = [
                rules.part_label(p, result.language)
                for p in contract.missing
                if p in {x.id for x in rules.parts}
            ]
            steps.append(
                s["gate_contract_parts"].format(parts=", ".join(parts)) if parts else s["gate_contract"]
            )
    date_text = format_date(result.send_by, result.language)
    steps.append(s["send"].format(date=date_text) if date_text else s["send_nodate"])
    return steps


def internal_notes(result: MinutesResult) -> list[str]:
    """Return the vendor-internal reminders: the debrief, a lost opportunity, learnings and open gates."""
    s = _STEPS[result.language]
    d = result.decision
    notes = [s["debrief"]]
    if d.outcome == "negative":
        notes += [s["lost"], s["lost_learn"], s["lost_touch"]]
    elif d.outcome in ("positive", "positive_with_conditions") and d.learnings:
        notes.append(s["won_learn"].format(items="; ".join(d.learnings)))
    open_gates = [g.label for g in result.gates if g.status != "met"]
    if open_gates and d.outcome != "negative":
        notes.append(s["gates_open"].format(gates=", ".join(open_gates)))
    if result.meeting_date is None:
        notes.append(s["no_date"])
    return notes


def sources(decision: Decision, lang: str, objections_found: bool) -> list[Source]:
    """Return the knowledge sections the minutes follow (after-meeting, gates, the decision's section)."""
    ids = ["after-meeting", "quality-gates"]
    ids.append(
        {
            "positive": "positive-decision",
            "positive_with_conditions": "answer-yes-but",
            "negative": "negative-decision",
            "pending": "final-decision",
        }[decision.outcome]
    )
    if objections_found:
        ids.append("objection-handling")
    out: list[Source] = []
    for section_id in ids:
        out.extend(section_sources("decision-agreement", section_id, lang))
    return out
