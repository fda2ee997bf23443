"""Draft the minutes of a decision meeting from raw notes: offline rules first, an LLM (if any) on top."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import date, timedelta

from coach import limits as _limits  # noqa: F401 - registers the limit messages
from coach.errors import InputError
from coach.knowledge import Source, section_sources
from coach.llm.brain import Brain
from coach.messages import Notice, msg
from coach.minutes import messages as _minutes_messages  # noqa: F401 - registers the minutes' messages
from coach.minutes.actions import extract_actions, initials_owner, team_not_person
from coach.minutes.company import align_by_domain, customer_fallback, fullest, plausible_customer
from coach.minutes.decision import find_decision
from coach.minutes.extract import agenda, engagement_review, objections, offer_points, open_questions
from coach.minutes.gates import check_gates, contract_finding, gate_note, load_rules
from coach.minutes.meeting import next_meeting
from coach.minutes.models import Decision, GateCheck, MinutesResult, OpportunityStatus
from coach.minutes.noise import not_a_task
from coach.minutes.orgs import decide_orgs, side_by_conduct, speaker_turns
from coach.minutes.outcome import decide as decide_outcome
from coach.minutes.owners import full_owner, fuller_participant, without_role_words
from coach.minutes.pairing import apply_sides, not_an_org, settle_pair, settle_unknown, turn_reversed_meeting
from coach.minutes.parties import ORG_LEGAL, bracket_org_of, rx, settle_people
from coach.minutes.patterns import sentences
from coach.minutes.render import OUTCOME_LABELS, format_date, to_markdown
from coach.minutes.vendor import attach_emails, bracket_orgs, list_orgs, settle_sides, tidy_company
from coach.minutes.vendor import decide as decide_vendor
from coach.settings import Language
from coach.text import messages as _text_messages  # noqa: F401 - registers the text layer's messages
from coach.text.cues import is_mail_header
from coach.text.dates import find_explicit, find_meeting_date
from coach.text.document import parse_text
from coach.text.lines import segment
from coach.text.model import Document, Participant, Turn
from coach.text.names import TOKEN, is_common_word, is_org_word
from coach.text.people import People, customer_recipients, extract_emails, find_people
from coach.text.quotes import quote_in
from coach.text.readers.base import is_role_label
from coach.text.sides import company_key, same_company
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
        "engagement_review": "Looking back on the project to date",
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
        "handover": "Übergabe an unser Projektteam: wir stimmen gemeinsam einen Termin für den Kick-off ab.",
        "onboarding": "Sie erhalten von uns den Onboarding-Plan; das Onboarding beginnt sofort.",
        "golive": "Technische Vorbereitung für den Go-Live gemeinsam klären (z. B. Firewall-Freigaben, IT-Integration).",
        "roadmap": "Kurzfristigen Fahrplan vereinbaren, um die Bedingungen zu erfüllen: {items}.",
        "after_conditions": "Ist jede Bedingung eingelöst, Übergabe und Onboarding wie bei einer Zusage starten.",
        "pending": "Einen Entscheidungstermin vereinbaren und die offenen Punkte bis dahin klären.",
        "negative": "Für die ehrliche Rückmeldung danken – wir bleiben gern in Kontakt.",
        "gate_writing": "Schriftliche Bestätigung der Entscheidung einholen (E-Mail, unterschriebene Bestellung oder PO).",
        "gate_contract": "Vertrag finalisieren und vom Kunden unterschreiben lassen.",
        "gate_contract_parts": "Offene Vertragsteile klären und unterschreiben lassen: {parts}.",
        "gate_review": "Rückblick auf das in den früheren Meilensteinen Erreichte nachholen und vom Kunden bestätigen lassen.",
        "debrief": "Interne Nachbesprechung (Debrief) mit allen Beteiligten unserer Seite: Was wurde besprochen, was vereinbart?",
        "lost": "Opportunity im CRM als „verloren“ markieren, die Gründe festhalten und keine weiteren Ressourcen einplanen.",
        "lost_learn": "Gründe intern auswerten (Angebot, Preis, Vorgehen in der Discovery, Prioritäten des Kunden).",
        "lost_touch": "Professionell in Kontakt bleiben – besonders, wenn ein Wettbewerber gewonnen hat.",
        "won_learn": "Festhalten, warum der Kunde uns gewählt hat, um den Erfolg zu wiederholen: {items}.",
        "gates_open": "Qualitätstore noch offen: {gates} – der Meilenstein ist erst mit allen drei erreicht.",
        "no_date": "Kein Meetingdatum in den Notizen: relative Fälligkeiten (z. B. „bis Freitag“) bitte selbst eintragen.",
    },
    "en": {
        "send": "Send the minutes to the customer's participants (by {date} at the latest).",
        "send_nodate": "Send the minutes to the customer's participants no later than one day after the meeting.",
        "handover": "Handover to our project team: agree the kick-off date together.",
        "onboarding": "You receive our onboarding plan; onboarding starts right away.",
        "golive": "Clarify the technical preparation for go-live together (e.g. firewall rules, IT integration).",
        "roadmap": "Agree a short-term roadmap to meet the conditions: {items}.",
        "after_conditions": "When every condition is met: start handover and onboarding as for an unconditional yes.",
        "pending": "Fix the date of the decision and clear the open points before it.",
        "negative": "Thank them for the candid feedback — we would be glad to keep in contact.",
        "gate_writing": "Get the decision confirmed in writing (e-mail, signed order or PO).",
        "gate_contract": "Finalise the contract and have the customer sign it.",
        "gate_contract_parts": "Agree the contract items still missing and have the customer sign them: {parts}.",
        "gate_review": "Catch up on reviewing earlier milestone results; have the customer confirm them.",
        "debrief": "Internal debrief with everyone involved on our side: what was discussed, what was agreed?",
        "lost": "Close the opportunity as lost, record the reasons and plan no further resources.",
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


def prepare_notes(notes: str) -> tuple[str, list[Notice]]:
    """Return cleaned notes and notices; raise InputError when there is nothing to draft from."""
    if not isinstance(notes, str):
        raise InputError("The notes must be text.")
    text = clean_text(notes)
    if not text.strip():
        raise InputError("The notes are empty: paste the notes of your decision meeting.")
    text, cut = truncate(text, MAX_NOTES_CHARS)
    notices = [Notice("limit_cut_minutes", limit=f"{MAX_NOTES_CHARS:,}")] if cut else []
    return text, notices


def draft_minutes(
    notes: str | Document,
    brain: Brain | None = None,
    lang: Language | None = None,
    today: date | None = None,
    *,
    seller: Sequence[str] = (),
    seller_company: str | None = None,
    input_format: str | None = None,
) -> MinutesResult:
    """Return minutes drafted from notes or a transcript; offline rules always, an LLM's prose and checked fields.

    A transcript is read through the text layer: each turn becomes a time-stamped speaker line marked with its
    side, so participants and action owners carry the side the text layer found.
    """
    doc = notes if isinstance(notes, Document) else None
    raw: str | None = None
    if doc is None:
        raw, notices = prepare_notes(notes)
        doc = parse_text(
            raw, lang=lang, seller=seller, seller_company=seller_company, input_format=input_format
        )
    # An e-mail thread is read whole: headers (date, subject, addresses), signatures and the quoted recap.
    if raw is not None and doc.format == "email":
        raw = re.sub(r"(?m)^(?:>\s?)+", "", raw)
    text, notices = prepare_notes(raw if raw is not None and doc.format == "email" else minutes_text(doc))
    language: Language = lang or doc.language
    result = offline_minutes(text, language, today or date.today(), doc=doc)
    merge_participants(result, doc)
    settle_result(
        result,
        text,
        doc,
        seller_company or (os.environ.get("COACH_COMPANY") or "").strip() or None,
        sellers=seller,
    )
    recheck_gates(result, text)
    ground_quotes(result, raw if raw is not None else doc.text)
    result.notices = (
        [n.text(language) for n in notices] + [msg(mid, language) for mid in doc.notices] + result.notices
    )
    if brain is not None:
        result.notices.extend(brain.notices_in(language))
        result.provider = brain.provider
        if brain.chat is not None:
            from coach.minutes.llm import enrich

            result = enrich(result, text, brain)
            if brain.leaves_machine:
                sent = "llm.sent_to_redacted" if brain.redact else "llm.sent_to"
                result.notices.append(msg(sent, language, label=brain.label))
    require_proof(result, raw if raw is not None else doc.text)
    finish(result)
    return result


def recheck_gates(result: MinutesResult, text: str) -> None:
    """Check the quality gates again with the sides settled (a proof counts only from the customer's side)."""
    lines = segment(split_private(text)[0])
    settled = People(participants=result.participants, company=result.company)
    people = sides_by_domain(settled, result.company, result.seller_company)  # an address's domain outranks
    finding = contract_finding(sentences(lines, sections=("header", "participants", "body")), people)
    again = check_gates(lines, people, result.language, finding)
    result.gates = [settled_gate(old, new) for old, new in zip(result.gates, again, strict=True)]
    result.engagement_review = engagement_review(lines, result.gates[0].evidence)


def require_proof(result: MinutesResult, original: str) -> None:
    """Call a gate met only with a proof quoted from the notes: a met gate whose quotes are gone or occur nowhere in
    the notes (after every re-check and the language model's pass) is not met."""
    rules = load_rules()
    for i, gate in enumerate(result.gates):
        if gate.status != "met" or any(quote_in(q, original) for q in gate.evidence):
            continue
        result.gates[i] = gate.model_copy(
            update={
                "status": "not_met",
                "evidence": [],
                "missing": [rules.gates[gate.id].requirement_id],
                "note": gate_note(gate.id, "silent", result.language),
            }
        )


def settled_gate(first: GateCheck, again: GateCheck) -> GateCheck:
    """Return a gate's check once the sides are settled: met only with a proof the re-check does not contradict.

    The first reading's proof stays only when the re-check found nothing at all on the gate (no doubt, no promise,
    no refusal quoted): the settled sides may then merely miss who spoke. Whatever the re-check quotes against it
    or is unsure about wins — unsure is not met."""
    if first.status == "met" and again.status == "not_met" and not again.evidence:
        return first
    return again


def rules_text(notes: str) -> str:
    """Return the text the offline rules read for raw notes, as `draft_minutes` prepares it (for training)."""
    raw, _ = prepare_notes(notes)
    doc = parse_text(raw)
    if doc.format == "email":
        return prepare_notes(re.sub(r"(?m)^(?:>\s?)+", "", raw))[0]
    return prepare_notes(minutes_text(doc))[0]


def minutes_text(doc: Document) -> str:
    """Return the text the minutes rules read: the notes, or a transcript as '[time] Name (side): text' lines."""
    if not doc.turns or doc.format in ("notes", "timestamped", "dialogue", "email", "crm"):
        return doc.text  # the minutes rules read these as they are (speaker lines, headers, action lists)
    head = doc.text[: doc.text.rfind("\n", 0, doc.turns[0].start) + 1].split("\n")
    if doc.format in ("zoom", "unnamed", "teams_docx"):
        head = head[:-2] if len(head) >= 2 else []
    lines = [
        line
        for line in head
        if line.strip() and "-->" not in line and line.strip() != "WEBVTT" and not line.strip().isdigit()
    ]
    if lines:
        lines.append("")  # the header / attendance block ends here: the turns below list no participants
    for turn in doc.turns:
        stamp = f"[{turn.time.split('.')[0].split(',')[0]}] " if turn.time else ""
        who = turn.speaker or ""
        mark = {"seller": " (wir)", "customer": "", "unknown": ""}[turn.side]
        person = doc.person_of(who)  # 'Pohl, Jana' is the participant 'Jana Pohl'
        if (
            person
            and person.organisation
            and (turn.side == "customer" or _own_label_names(doc, turn, person))
        ):
            mark = f" ({person.organisation})"  # the customer's org, or the org a voice of unknown side names
        lines.append(
            f"{stamp}{who}{mark}: {' '.join(turn.text.split())}" if who else " ".join(turn.text.split())
        )
    return "\n".join(lines)


def _own_label_names(doc: Document, turn: Turn, person: Participant) -> bool:
    """Return True when a turn of unknown side carries its speaker's org in its own label ('<v Name (Org)>')."""
    label = doc.text[doc.text.rfind("\n", 0, max(turn.start - 1, 0)) + 1 : turn.start]
    return turn.side == "unknown" and f"({person.organisation})" in label


def merge_participants(result: MinutesResult, doc: Document) -> None:
    """Add the text layer's participants the minutes rules missed, and take the side of every speaker from it."""
    spoken = {t.speaker for t in doc.turns if t.speaker and t.side != "unknown"}
    for person in doc.participants:
        if person.name.split()[0].lower() in ("speaker", "sprecher") or is_role_label(person.name):
            continue  # "Speaker 2" or "AE" is no one to write minutes to
        mine = next((p for p in result.participants if p.name.casefold() == person.name.casefold()), None)
        if mine is None and person.name not in spoken and not_a_person(person.name, doc.text):
            continue
        if mine is None and known_speaker(person.name, result.participants):
            continue
        if mine is None:
            result.participants.append(person.model_copy())
        elif person.name in spoken and person.side != "unknown":
            mine.side = person.side
            mine.organisation = mine.organisation if person.side == "customer" else None
    for item in result.action_items:
        if item.owner and item.owner_side is None:
            side = doc.side_of(item.owner)
            item.owner_side = side if side != "unknown" else None


_SIDE_LABEL = re.compile(
    r"^(?:(?:Kunde|Kundin|Customer|Client|Vertrieb|Sales|Anbieter|Vendor|Wir|Us)\s*[–—-]\s*)?"
    r"(?:(?:Hr|Fr|Herrn?|Frau|Dr|Mr|Ms|Mrs|Prof)\.?\s+)*"
)


def known_speaker(name: str, participants: list[Participant]) -> bool:
    """Return True when a speaker label ('Kunde – Dr. Hoffmann', 'Fr. Morozova') names a listed participant."""
    bare = _SIDE_LABEL.sub("", name).strip()
    if not bare or bare == name:
        return False
    words = bare.casefold().split()
    return any(
        p.name.casefold() == bare.casefold() or (len(words) == 1 and words[0] in p.name.casefold().split())
        for p in participants
    )


_PLACE_OR_THING = re.compile(
    r"^(?:project|projekt|programm?e?|phase|release|version|filiale|standort|site|werk|plant|branch|team|abteilung|"
    r"department|haus|raum|room|gebäude|building|halle|hall|campus|region|bereich|produkt|product|modul|module)$",
    re.IGNORECASE,
)


def not_a_person(name: str, text: str) -> bool:
    """Return True for a capitalised pair the text layer read as a name that is an organisation, place or project:
    initials in brackets after three words or more ('Northern Lights Broadcasting (NLB)'), an organisation or place word in it
    ('Filiale Ulm', 'Project Meridian'), or named only in the title line."""
    words = name.split()
    if any(is_org_word(w) or _PLACE_OR_THING.match(w) for w in words):
        return True
    initials = "".join(w[0] for w in words).upper()
    if len(words) >= 3 and re.search(rf"{re.escape(name)}\s*\({initials}\)", text):
        return True  # 'Eleanor Whitfield (EW)' is how minutes introduce a person, not an organisation
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and name in lines[0] and not any(name in ln for ln in lines[1:])


def _mail_head(line: str) -> bool:
    """Return True for an e-mail header line (the text layer's keys, a bare 'AW:'/'Re:' subject prefix aside)."""
    return is_mail_header(line, reply_prefix=False)


_YESTERDAY = re.compile(r"\b(?:gestern|yesterday)\b", re.IGNORECASE)


def email_meeting_date(text: str, sent: date | None) -> date | None:
    """Return the meeting date of an e-mail recap: a date in the subject, the day before when the mail says
    'yesterday'/'gestern', else the date the mail was sent."""
    lines = text.split("\n")
    if not any(_mail_head(line) for line in lines[:3]):
        return sent
    stamps = _thread_dates(lines, sent)
    sent = stamps[0] if stamps else sent  # the newest message's own date beats a date in its text
    if sent is None:
        return None
    oldest = min(stamps) if stamps else sent  # a reply thread: the recap replied to was written on the day
    subject = next((ln for ln in lines[:8] if re.match(r"^(?:betreff|subject)\s*:", ln, re.IGNORECASE)), "")
    for mention in find_explicit(subject, sent):
        if mention.value and mention.value <= sent:
            return mention.value
    start = 0
    while start < len(lines) and (_mail_head(lines[start]) or not lines[start].strip()):
        start += 1
    end = next(
        (
            i
            for i in range(start, len(lines))
            if _mail_head(lines[i])
            or lines[i].startswith(">")
            or "----" in lines[i]
            or re.search(r"\b(?:schrieb|wrote)\s*:?\s*$", lines[i])
        ),
        len(lines),
    )
    if _YESTERDAY.search("\n".join(lines[start:end])):
        return min(sent - timedelta(days=1), oldest)
    return oldest


_MINUTES_TITLE = re.compile(r"^\W*(?:minutes|\w*protokoll|niederschrift|meeting notes)\b", re.IGNORECASE)


def _title_date(text: str) -> date | None:
    """Return the dated year-bearing date of a minutes title line ('Minutes of the Committee, 1 December 2027')."""
    for line in [ln for ln in text.split("\n") if ln.strip()][:3]:
        if _MINUTES_TITLE.match(line):
            value = next((m.value for m in find_explicit(line) if m.value and m.has_year), None)
            if value is not None:
                return value
    return None


_THREAD_DATE = re.compile(
    r"^[>\s]*(?:(?:datum|date|sent|gesendet)\s*:|(?:on|am)\b.{0,160}\b(?:wrote|schrieb)\b)", re.IGNORECASE
)


def _thread_dates(lines: list[str], base: date | None) -> list[date]:
    """Return the dates of the messages of an e-mail thread, newest first (header and 'On … wrote' lines)."""
    out: list[date] = []
    for line in lines:
        if _THREAD_DATE.match(line):
            value = next((m.value for m in find_explicit(line, base) if m.value), None)
            if value is not None:
                out.append(value)
    return out


_SENDER = re.compile(
    r"^\s*(?:(?:von|from)\s*:\s*|(?:am|on)\b.{0,60}?,?\s+)(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})"
    r"(?:\s*<[^>]*>)?\s*(?:(?:schrieb|wrote)\s*:?)?\s*$",
    re.IGNORECASE,
)


_SENDER_AFTER = re.compile(
    r"^\s*(?:am|on)\b.{0,60}?\b(?:schrieb|wrote)\s+(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})"
    r"(?:\s*<[^>]*>)?\s*:?\s*$",
    re.IGNORECASE,
)


def email_authors(text: str) -> dict[int, str]:
    """Return, for each line of an e-mail thread, who wrote it (the sender of the message it belongs to)."""
    out: dict[int, str] = {}
    sender: str | None = None
    for i, line in enumerate(text.split("\n")):
        after = _SENDER_AFTER.match(line)  # 'Am 28.10.2027 um 18:03 schrieb Name <address>:'
        if after:
            sender = after.group("name")
            continue
        m = _SENDER.match(line)
        if m and (
            line.lower().lstrip().startswith(("von", "from"))
            or re.search(r"(?:schrieb|wrote)\s*:?\s*$", line)
        ):
            sender = m.group("name")
            continue
        if sender:
            out[i] = sender
    return out


def add_speakers(people: People, doc: Document) -> None:
    """Add the text layer's people (speakers, e-mail headers) the minutes' list reader did not find."""
    spoken = {t.speaker for t in doc.turns if t.speaker}
    for person in doc.participants:
        words = person.name.casefold().split()
        if not words or words[0] in ("speaker", "sprecher"):
            continue
        if any(
            p.name.casefold() == person.name.casefold()
            or (len(words) == 1 and words[0] in p.name.casefold().split())
            for p in people.participants
        ):
            continue
        if person.name not in spoken and not_a_person(person.name, doc.text):
            continue
        if known_speaker(person.name, people.participants):
            continue
        people.participants.append(person.model_copy())


def _by_initials(owner: str, people: People) -> Participant | None:
    """Return the one participant whose initials an owner like 'LB', 'B.S.', "SO'N", 'HdV' or 'S-N' gives."""
    return initials_owner(owner, people)


_SPEAKER_PREFIX = re.compile(r"^\s*(?:\[[\d:.,]+\]\s*)?[^:\n]{1,80}?:\s+")


def ground_quotes(result: MinutesResult, original: str) -> None:
    """Quote the notes as written: drop the 'Speaker (side): ' prefix a transcript line got for the rules."""

    def fix(quote: str) -> str:
        if len(quote.strip(" .;,:!?'\"")) >= 3 and quote in original:
            return quote  # written as is: no need to fold the whole text for the comparison
        if quote_in(quote, original):
            return quote
        bare = _SPEAKER_PREFIX.sub("", quote, count=1)
        return bare if bare != quote and quote_in(bare, original) else quote

    for gate in result.gates:
        gate.evidence = [fix(q) for q in gate.evidence]
    result.decision.evidence = [fix(q) for q in result.decision.evidence]


_ROLE_PREFIX = re.compile(
    r"(?:\w*(?:leiter|leiterin|führer|führerin|istin|ist|ent|entin|or|orin|rat|rätin|beauftragte[rn]?|"
    r"referent\w*|manager\w*|officer|chair\w*|director|direktor\w*|vorstand|vorsitz\w*|sekretär\w*|trustees?)"
    r"|(?-i:[A-ZÄÖÜ]{2,4}))",
    re.IGNORECASE,
)


_NOT_NAME_START = re.compile(r"^(?:zur|zum|der|die|das|den|dem|the|an|a)$", re.IGNORECASE)


def _tidy_names(people: People, text: str) -> None:
    """Drop labels read as people ('Attendees', 'Zur Testphase'), strip a role word before a full name
    ('Hauptamtsleiter Benedikt Stoiber'), and complete a lone surname the text writes in full elsewhere."""
    keep: list[Participant] = []
    for p in people.participants:
        words = p.name.split()
        if not p.email and (any(is_common_word(w) for w in words) or _NOT_NAME_START.match(words[0])):
            continue
        if len(words) >= 3 and _ROLE_PREFIX.fullmatch(words[0]):
            p.role = p.role or words[0]
            p.name = " ".join(words[1:])
        keep.append(p)
    people.participants[:] = keep
    names = {p.name for p in keep}
    for p in keep:
        if len(p.name.split()) != 1 or len(p.name) < 3:
            continue
        full = {
            m.group(0)
            for m in rx(rf"(?<![\w-])({TOKEN})[ \t]+{re.escape(p.name)}(?![\w-])").finditer(text)
            if not _TITLE_WORD.match(m.group(1))
            and not is_common_word(m.group(1))
            and not is_org_word(m.group(1))
            and not _BUSINESS_WORD.search(m.group(1))
        }
        if len(full) == 1 and next(iter(full)) not in names:
            p.name = next(iter(full))
            names.add(p.name)


_BUSINESS_WORD = re.compile(
    r"(?:erei|haus|werk|werke|bau|hof|markt|handel|technik|logistik|verlag|studio)$", re.I
)
_TITLE_WORD = re.compile(
    r"^(?:herrn?|frau|hr|fr|dr|prof|mr|mrs|ms|miss|dear|liebe[rn]?|hallo|hi|hello|von|an|cc|mit|with|und|and)$",
    re.IGNORECASE,
)


def _merge_titled(people: People) -> None:
    """Merge a participant read with a role word before the name ('Prokuristin Aleksandra Wójcik') into the one
    read without it ('Aleksandra Wójcik'): same person, the role kept."""
    full = [p for p in people.participants if len(p.name.split()) >= 2]
    keep: list[Participant] = []
    for p in people.participants:
        twin = next((q for q in full if q is not p and p.name.endswith(" " + q.name)), None)
        if twin is None or not _ROLE_PREFIX.fullmatch(p.name[: -len(twin.name)].strip()):
            keep.append(p)
            continue
        twin.role = twin.role or p.name[: -len(twin.name)].strip()
        twin.email = twin.email or p.email
        if people.author is p:
            people.author = twin
    people.participants[:] = keep


def settle_result(
    result: MinutesResult,
    text: str,
    doc: Document,
    own_company: str | None = None,
    sellers: Sequence[str] = (),
) -> None:
    """Settle participants, sides and both companies once the text layer's people are merged in.

    `own_company` is the user's own (selling) company as set (`--seller-company`, `COACH_COMPANY`), if any;
    `sellers` are people the user named as the selling side (`--seller`)."""
    people = People(participants=result.participants)
    named = sellers_named(people.participants, sellers)
    if not own_company and named:  # the organisation written beside a named seller is the seller's
        probe = settle_people(text, People(participants=[p.model_copy() for p in people.participants]))
        own_company = next((probe.orgs[p.name] for p in named if probe.orgs.get(p.name)), None) or next(
            (org for p in named if (org := bracket_org_of(text, p))), None
        )
    own_company = own_company or internal_org(text)
    parties = settle_people(text, people, doc.seller_company, doc.customer_company, own_company)
    attach_emails(text, people.participants)
    for name, org in bracket_orgs(text, people.participants).items():
        parties.orgs.setdefault(name, org)
    for name, org in list_orgs(text, people.participants).items():
        if org:
            parties.orgs[name] = org
        else:
            parties.orgs.pop(name, None)
    seller, customer = decide_vendor(
        text, people.participants, parties.orgs, parties.seller, parties.customer, own_company
    )
    if (seller, customer) != (parties.seller, parties.customer):
        parties.seller, parties.customer = seller, customer
        result.company = customer
        settle_sides(people.participants, parties.orgs, seller, customer)
        for person in people.participants:
            if person.organisation and seller and company_key(person.organisation) == company_key(seller):
                person.organisation = seller if person.side == "seller" else customer
    for person in sellers_named(people.participants, sellers):
        person.side = "seller"
        person.organisation = parties.seller or person.organisation
    _merge_titled(people)
    _tidy_names(people, text)
    result.participants = people.participants
    result.company = parties.customer or result.company
    result.seller_company = parties.seller or result.seller_company or (own_company or "").strip() or None
    if result.company and not plausible_customer(result.company, result.seller_company, result.participants):
        result.company = None  # the seller, its product, a person or a board is not the customer's company
    if not result.company:  # named only in brackets, a signature or a sentence
        result.company = customer_fallback(text, result.participants, result.seller_company, result.topic)
        if not plausible_customer(result.company, result.seller_company, result.participants):
            result.company = None
    result.company = fullest(tidy_company(result.company), text)
    result.seller_company = tidy_company(result.seller_company)
    weigh_orgs(result, text, own_company, tied=set(parties.orgs))
    settle_by_people(result, text, doc, own_company)
    align_by_domain(result.participants, result.company, result.seller_company)
    settle_unknown(text, result.participants)  # colleagues, the other group, or how they speak
    if not sellers:  # the one organisation decision over the people grouped once; never against --seller
        result.seller_company, result.company = turn_reversed_meeting(
            text,
            result.participants,
            result.seller_company,
            result.company,
            parties.orgs,
            doc.participants,
            own_company,
            lambda: note_taker(text, people),
        )
    for item in result.action_items:
        if item.owner:
            owner = people.resolve(item.owner) or _by_initials(item.owner, people)
            if owner is not None and team_not_person(item.owner, owner):
                owner = None  # 'Einkauf' is the team, though a participant works in purchasing
            if owner is not None and len(owner.name) > len(item.owner):
                item.owner = owner.name  # a first name or surname resolved to the participant's full name
            elif owner is None or owner.name == item.owner:
                item.owner = full_owner(item.owner, result.participants, text)
                owner = owner or people.resolve(item.owner)
            if owner is not None and item.owner == owner.name:
                # a part of a name the list read as a person of its own: 'Mendes Oliveira' is 'Carla Mendes Oliveira'
                item.owner = fuller_participant(owner.name, result.participants) or item.owner
            item.owner = without_role_words(item.owner, result.participants) or item.owner
            item.owner_side = owner.side if owner and owner.side != "unknown" else item.owner_side


def weigh_orgs(
    result: MinutesResult, text: str, own_company: str | None, tied: set[str] | None = None
) -> None:
    """Take the whole-text decision of who offers and who decides (`orgs.decide_orgs`) for both companies and the
    sides of the people tied to one, where it names a plausible customer. When the two companies turn out swapped,
    only people the lists tied to an organisation (`tied`, all when None) swap sides with them."""
    found = decide_orgs(text, result.participants, own_company, result.seller_company, result.company)
    swapped = bool(found.seller and result.company and same_company(found.seller, result.company))
    customer = fullest(tidy_company(found.customer), text)
    if customer and plausible_customer(customer, found.seller, result.participants):
        result.company = customer
    if found.seller and not own_company:
        result.seller_company = tidy_company(found.seller)
    both = bool(result.company and result.seller_company)
    turns = speaker_turns(text) if both else []
    for person in result.participants:
        org = found.members.get(person.name)
        conduct = side_by_conduct(text, person, turns) if both and not org else None
        if org and result.company and same_company(org, result.company):
            person.side, person.organisation = "customer", result.company
        elif org and result.seller_company and same_company(org, result.seller_company):
            person.side, person.organisation = "seller", result.seller_company
        elif conduct:
            person.side = conduct  # a selling or buying role, or how the person speaks
        elif swapped and person.side in ("seller", "customer") and (tied is None or person.name in tied):
            person.side = (
                "customer" if person.side == "seller" else "seller"
            )  # the lists had the two reversed
        if swapped and person.organisation and same_company(person.organisation, found.seller):
            # the lists' organisation of an untied person followed the reversed pair: take the side's
            person.organisation = result.seller_company if person.side == "seller" else result.company


def settle_by_people(result: MinutesResult, text: str, doc: Document, own_company: str | None) -> None:
    """Let the organisations people speak for have the last word on seller and customer (`pairing.settle_pair`)."""
    for person in result.participants:
        if not person.organisation:
            same = next((p for p in doc.participants if p.name == person.name and p.organisation), None)
            person.organisation = same.organisation if same else None
    if not_an_org(result.seller_company):
        result.seller_company = None
    pair = settle_pair(text, result.participants, result.seller_company, result.company, own_company)
    if pair.changed:
        result.seller_company = tidy_company(pair.seller) or result.seller_company
        result.company = fullest(tidy_company(pair.customer), text)
        apply_sides(result.participants, pair)
    elif not_an_org(result.company):
        result.company = None


# the seller's own notes mark their company as internal in the title: '(Acme GmbH, intern)', '(internal notes, Acme Ltd)'
_INTERNAL_ORG = re.compile(
    r"\((?:(?:interne?\s+notizen|internal(?:\s+notes)?|intern)\s*[,:–—-]\s*(?P<a>[^(),\n]{3,60})|"
    r"(?P<b>[^(),\n]{3,60}?)\s*[,:–—-]\s*(?:interne?\s+notizen|internal(?:\s+notes)?|intern|internal only))\)|"
    r"^\W*(?P<c>[^–—(),:\n]{3,60}?)\s+[–—-]\s+(?:interne?\s+notizen|internal\s+notes)\b",
    re.IGNORECASE,
)


def internal_org(text: str) -> str | None:
    """Return the organisation the first lines mark as internal (the seller writing its own notes), if any."""
    for line in [ln for ln in text.split("\n") if ln.strip()][:3]:
        m = _INTERNAL_ORG.search(line)
        if m:
            org = (m.group("a") or m.group("b") or m.group("c") or "").strip()
            if is_org_word(org.split()[-1]) or len(org.split()) >= 2:
                return org
    return None


def sides_by_domain(people: People, customer: str | None, seller: str | None) -> People:
    """Return a copy of the people with sides set by e-mail domain (the customer's domain vs any other)."""
    copies = [p.model_copy() for p in people.participants]
    author = next((c for p, c in zip(people.participants, copies, strict=True) if p is people.author), None)
    align_by_domain(copies, customer, seller)
    return People(participants=copies, author=author, company=people.company)


# who wrote the notes, named in the first lines: '(notes Kateryna, …)', 'Notizen L. Fuchs', 'Protokoll: A. Weber'
_NOTE_TAKER = re.compile(
    r"(?:^|[(\[,;–—-])\s*(?:notes|notizen|protokoll|minutes|mitschrift)\s*(?:by|von|:)?\s*"
    r"(?P<who>(?:[A-ZÄÖÜ]\.\s*)?[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)",
    re.IGNORECASE,
)


# a closing signature: '— Dev', '-- Hannah Lindgren, Org', 'Wojciech / Org', 'Gruß, Jana'
_SIGNED = re.compile(
    r"^\s*(?:--+|—|–|~)?\s*(?:(?:cheers|thanks|best|grüße|gruß|lg|vg|viele grüße|beste grüße)\s*,?\s*)?"
    r"(?P<who>[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){0,2})\s*(?:[,/|]\s*[^\n]{2,80})?\s*$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'll|I'm|me|my|ich|mir|mich|mein\w*)\b")


def signer(text: str, people: People) -> Participant | None:
    """Return the participant who signs the notes in their last lines, when the notes speak in the first person."""
    if not _FIRST_PERSON.search(text):
        return None
    for line in reversed([ln for ln in text.split("\n") if ln.strip()][-2:]):
        m = _SIGNED.match(line)
        if not m or len(line) > 90:
            continue
        person = people.resolve(m.group("who"))
        if person is not None:
            return person
    return None


_NAME_RX = r"[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’.-]+){0,3}"
# the writer naming themselves: 'me (Hannah Lind)', 'ich (Lars Bauer)', '(ich, Lars Bauer)', 'Lars Bauer (me)',
# 'Verfasser: Name', 'written by Name'
_WRITER = re.compile(
    rf"\b(?i:me|ich|myself)\s*\(\s*(?P<a>{_NAME_RX})\s*[,)]"
    rf"|\(\s*(?i:ich|me|myself)\s*[,:]\s*(?P<b>{_NAME_RX})\s*\)"
    rf"|(?P<c>{_NAME_RX})[ \t]*\(\s*(?i:ich|me|myself)\s*\)"  # on one line: '…Woche\n(ich) …' is no name
    rf"|^\W*(?i:verfasser(?:in)?|verfasst(?:\s+von)?|autor(?:in)?|author|written by|notes by|notes taken by|erstellt von|"
    rf"protokollant(?:in)?|minutes by|minute-taker|note-taker)\s*:?\s*(?P<d>{_NAME_RX})"
    # a field of a header line: '**Date:** 5 Oct · notes: Ciarán', 'Protokoll: Jana'
    rf"|(?:^|[·|])[ \t]*(?i:notes|notizen|protokoll)[ \t]*:[ \t]*(?P<e>{_NAME_RX})[ \t]*(?=$|[·|,])",
    re.MULTILINE,
)


def self_named(text: str, people: People) -> Participant | None:
    """Return the participant the notes' writer names as themselves in the first lines ('me (Name)',
    'ich, Name', 'Verfasser: Name'), when exactly one participant fits."""
    head = "\n".join(text.split("\n")[:20])
    found: list[Participant] = []
    for m in _WRITER.finditer(head):
        who = next(g for g in m.groups() if g).strip()
        if (
            is_common_word(who.split()[0])
            or any(is_org_word(w) for w in who.split())
            or ORG_LEGAL.search(who)
        ):
            continue  # 'ich (FeldDaten GmbH)' names the writer's company, not the writer
        person = people.resolve(who)
        if person is None and who.isupper() and len(who) <= 4:  # 'Note-taker: ES': initials, not a new person
            from coach.minutes.pairing import initials_of

            initials = initials_of(people.participants)
            person = next((p for p in people.participants if initials.get(p.name) == who), None)
            if person is None:
                continue
        if person is None and len(who.split()) <= 3:
            person = Participant(name=who)  # named only here: the writer takes part all the same
            people.participants.append(person)
        if person is not None and person not in found:
            found.append(person)
    return found[0] if len(found) == 1 else None


def note_taker(text: str, people: People) -> Participant | None:
    """Return the participant the first lines name as the one who wrote the notes ('ich' / 'me' in them), the
    one who names themselves ('me (Name)', 'Verfasser: Name'), or the one who signs them at the end, if one."""
    signed = signer(text, people) or self_named(text, people)
    for line in [ln for ln in text.split("\n") if ln.strip()][:3]:
        for m in _NOTE_TAKER.finditer(line):
            who = re.sub(r"^[A-ZÄÖÜ]\.\s*", "", m.group("who"))  # 'L. Fuchs' -> 'Fuchs'
            if not who[:1].isupper():
                continue
            found = [p for p in people.participants if who in p.name.split() or p.name == who]
            if len(found) == 1:
                return found[0]
    return signed


def _words(name: str) -> list[str]:
    """Return a name's words, case and accents folded."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return plain.casefold().replace(".", " ").split()


def sellers_named(people: list[Participant], names: Sequence[str]) -> list[Participant]:
    """Return the participants the user named as sellers ('Anna Berg', 'Berg', 'jose alvarez')."""
    wanted = [_words(n) for n in names if n and n.strip()]
    return [p for p in people if any(w and all(x in _words(p.name) for x in w) for w in wanted)]


_PRIVATE = re.compile(
    r"^\s*(?:[-*•·–]\s*)?(?:\*\*)?(?:nur\s+intern|interne?r?\s+(?:notiz(?:en)?|hinweis|vermerk)|intern|"
    r"internal\s+(?:notes?|remarks?)|internal(?:\s+only)?|note\s+to\s+self|notiz\s+an\s+mich|nur\s+für\s+uns|"
    r"nicht\s+für\s+den\s+kunden|not\s+for\s+the\s+customer)(?:\*\*)?\s*(?::|\s[–-])\s*",
    re.IGNORECASE,
)


def split_private(text: str) -> tuple[str, list[str]]:
    """Return the notes without the seller's private lines ('Intern: …', an 'Internal:' block) and those lines."""
    kept: list[str] = []
    private: list[str] = []
    in_block = False
    for raw in text.split("\n"):
        if not raw.strip():
            in_block = False
            kept.append(raw)
            continue
        m = _PRIVATE.match(raw)
        if m and raw[m.end() :].strip():
            private.append(raw[m.end() :].strip())
        elif m:
            in_block = True  # a heading: the lines below it, up to a blank line, are private too
        elif in_block:
            private.append(raw.strip().lstrip("-*•· ").strip())
        else:
            kept.append(raw)
    return "\n".join(kept), private


def _plain(text: str) -> str:
    """Return a text without punctuation, spacing or case, to compare a task with the decision's quote."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def offline_minutes(
    text: str, language: Language, today: date | None = None, doc: Document | None = None
) -> MinutesResult:
    """Return the rule-based minutes (no language model); the skeleton every LLM result is checked against."""
    text, private = split_private(text)
    lines = segment(text)
    notices: list[str] = []
    mdate, _, assumed_year = find_meeting_date(text.split("\n"), today)
    mdate = mdate or _title_date(text)
    mdate = email_meeting_date(text, mdate)
    if assumed_year:
        notices.append(msg("text.date_year_assumed", language, year=assumed_year))
    people = find_people(lines)
    if doc is not None:
        add_speakers(people, doc)
    people.author = people.author or note_taker(text, people)
    parties = settle_people(text, people)
    decision = decide_outcome(lines, find_decision(lines))  # the document model may overrule the rules
    # who signed or sent what: the gates read the sides the e-mail domains give
    judged = sides_by_domain(people, parties.customer, parties.seller)
    finding = contract_finding(sentences(lines, sections=("header", "participants", "body")), judged)
    gates = check_gates(lines, judged, language, finding)
    authors = email_authors(text) if doc is not None and doc.format == "email" else None
    actions = extract_actions(lines, people, mdate, authors=authors)
    orgs = [parties.seller, parties.customer, *(p.organisation for p in people.participants)]
    named_orgs = [o for o in orgs if o]
    actions = [
        a for a in actions if not not_a_task(a.task, people.participants, named_orgs, dated=a.due is not None)
    ]
    # the decision itself is no task: the same sentence, or one that differs in punctuation and names nobody
    said, said_plain = {e.strip() for e in decision.evidence}, {_plain(e) for e in decision.evidence}
    actions = [
        a
        for a in actions
        if a.due or (a.task.strip() not in said and (a.owner or _plain(a.task) not in said_plain))
    ]
    for item in actions:
        owner = people.resolve(item.owner) if item.owner else None
        item.owner_side = owner.side if owner else None
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
        company=parties.customer,
        seller_company=parties.seller,
        meeting_date=mdate,
        send_by=mdate + timedelta(days=1) if mdate else None,
        next_meeting=next_meeting(text, mdate),
        topic=topic_of(text),
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
        private_notes=private,
    )
    if mdate is None:
        result.notices.append(msg("minutes.no_meeting_date", language))
    elif today and result.send_by and result.send_by < today:
        result.notices.append(
            msg("minutes.send_by_passed", language, date=format_date(result.send_by, language))
        )
    return result


_LANG_TAG = re.compile(r"^\s*(?:de|en)\s*:\s*", re.IGNORECASE)
_TOPIC_NOISE = re.compile(
    r"^(?:webvtt|note|notes|protokoll|minutes|notizen|transcript|recording|von|from|an|to|subject|betreff)\b\W*",
    re.IGNORECASE,
)


def topic_of(text: str) -> str | None:
    """Return a short topic from the notes' first line (for the title when no customer company is known)."""
    for line in text.split("\n")[:3]:
        line = _TOPIC_NOISE.sub("", re.sub(r"^[#*_\s]+|[*_\s]+$", "", line)).strip(" –—-:|")
        if len(line) >= 4 and "-->" not in line and not re.fullmatch(r"[\d\s.:,/-]+", line):
            return line[:60].rstrip(" –—-:|,")
    return None


def finish(result: MinutesResult) -> None:
    """Fill the derived parts: title, summary, next steps, internal notes, sources and the Markdown text."""
    lang = result.language
    d = result.decision
    d.conditions = [_LANG_TAG.sub("", c) for c in d.conditions]  # a model's stray 'en: ' before a condition
    d.reasons = [_LANG_TAG.sub("", r) for r in d.reasons]
    for item in result.action_items:
        item.task = _LANG_TAG.sub("", item.task)
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
    subject = result.company or result.topic
    company = f" {subject}" if subject else ""
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
            + " ging es um den Weg bis hierher, um unser Angebot und um die Entscheidung."
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
            + " looked back on the project to date, then covered the offer and the decision."
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
    """Return the customer-facing next steps for the decision (handover, roadmap for the conditions, next date)."""
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
    return steps


def coaching_steps(result: MinutesResult) -> list[str]:
    """Return our own to-dos from the framework: what the open quality gates still need, and sending the minutes."""
    from coach.minutes.gates import load_rules

    s = _STEPS[result.language]
    d = result.decision
    steps: list[str] = []
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
    notes = [*result.private_notes, s["debrief"], *coaching_steps(result)]
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
