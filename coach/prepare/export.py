"""Exports of a preparation: Markdown (everything), a Word one-pager, an e-mail invitation (.eml, no offer
attached) and a calendar invitation (.ics, RFC 5545 via the icalendar library) with the attendees."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Literal

from coach.errors import InputError
from coach.messages import define, msg
from coach.minutes.export import safe_text
from coach.prepare.messages import objection_label
from coach.prepare.models import PrepareResult

Format = Literal["md", "docx", "eml", "ics"]
FORMATS: tuple[Format, ...] = ("md", "docx", "eml", "ics")
MEETING_MINUTES = 60

define(
    {
        "prep.md.title": {"de": "Vorbereitung Entscheidungsmeeting", "en": "Decision meeting preparation"},
        "prep.md.checklist": {"de": "Checkliste", "en": "Checklist"},
        "prep.md.one_pager": {
            "de": "One-Pager: die vier Kernelemente",
            "en": "One-pager: the four core elements",
        },
        "prep.md.invitation": {"de": "Einladung", "en": "Invitation"},
        "prep.md.subject": {"de": "Betreff", "en": "Subject"},
        "prep.md.attendees": {"de": "Teilnehmende", "en": "Attendees"},
        "prep.md.objections": {"de": "Wahrscheinliche Einwände", "en": "Likely objections"},
        "prep.md.questions": {"de": "Fragen zur Ursache", "en": "Root-cause questions"},
        "prep.md.practise": {"de": "Üben", "en": "Practise"},
        "prep.md.decision_maker": {"de": "Entscheider", "en": "decision maker"},
        "prep.md.sources": {"de": "Quellen im Wissen", "en": "Knowledge sources"},
        "prep.md.produced_by": {"de": "erstellt von", "en": "produced by"},
        "prep.md.evidence": {"de": "Belege", "en": "Evidence"},
        "prep.status.done": {"de": "erledigt", "en": "done"},
        "prep.status.open": {"de": "offen", "en": "open"},
        "prep.status.unknown": {"de": "unbekannt", "en": "unknown"},
        "prep.no_sender": {
            "de": "Keine Absenderadresse eingestellt: die Einladung trägt „{placeholder}“ als Absender; "
            "mit --sender oder COACH_SENDER Ihre Adresse setzen.",
            "en": 'No sender address set: the invitation carries "{placeholder}" as its sender; set yours with '
            "--sender or COACH_SENDER.",
        },
        "prep.no_sender_web": {
            "de": "Keine Absenderadresse eingestellt: die Einladung trägt „{placeholder}“ als Absender; "
            "setzen Sie COACH_SENDER=Ihre@Adresse, bevor die App startet, oder ändern Sie den Absender im "
            "E-Mail-Programm.",
            "en": 'No sender address set: the invitation carries "{placeholder}" as its sender; set '
            "COACH_SENDER=your@address before the app starts, or change the sender in your mail program.",
        },
    }
)
_MARK = {"done": "[x]", "open": "[ ]", "unknown": "[?]"}


def _day(day: dt.date, lang: str) -> str:
    """Return a date as the output's language writes it: 03.12.2026 in German; English keeps ISO (2026-12-03)."""
    return day.strftime("%d.%m.%Y") if lang == "de" else day.isoformat()


def _owner_due(note: str, owner: str | None, due: dt.date | None, lang: str) -> str:
    """Return ' (owner, due)' after a checklist note; in German a due date the note already says is not repeated."""
    said = lang == "de" and due is not None and due.strftime("%d.%m.%Y") in note
    extra = ", ".join(x for x in (owner or "", _day(due, lang) if due and not said else "") if x)
    return f" ({extra})" if extra else ""


def _attendee_line(a, lang: str) -> str:  # type: ignore[no-untyped-def]
    parts = list(dict.fromkeys(p for p in (a.name, a.role, a.organisation) if p))  # never "CFO, CFO"
    line = ", ".join(parts)
    if a.decision_maker:
        line += f" ({msg('prep.md.decision_maker', lang)})"
    return line + (f" <{a.email}>" if a.email else "")


def to_md(prep: PrepareResult) -> str:
    """Return the whole preparation as Markdown."""
    lang = prep.language
    out = [f"# {msg('prep.md.title', lang)}: {prep.deal_name or prep.offer or prep.invitation.subject}", ""]
    out += [f"## {msg('prep.md.checklist', lang)}", ""]
    for item in prep.checklist:
        note = " ".join(item.note.split())  # a quoted sentence's line break would end the list item
        out.append(f"- {_MARK[item.status]} {note}{_owner_due(item.note, item.owner, item.due, lang)}")
    out += ["", f"## {msg('prep.md.one_pager', lang)}", ""]
    for element in prep.one_pager:
        out += [f"### {element.title}", "", element.text or msg("prep.missing", lang), ""]
    inv = prep.invitation
    out += [
        f"## {msg('prep.md.invitation', lang)}",
        "",
        f"**{msg('prep.md.subject', lang)}:** {inv.subject}",
        "",
    ]
    out += [f"**{msg('prep.md.attendees', lang)}:**", ""] + [
        f"- {_attendee_line(a, lang)}" for a in inv.attendees
    ]
    out += ["", "```text", inv.body, "```", "", f"## {msg('prep.md.objections', lang)}", ""]
    if not prep.likely_objections:
        out += [msg("prep.no_objections", lang), ""]
    for o in prep.likely_objections:
        out.append(f"### {objection_label(o.type, lang)}: {o.reason}")
        out += [f"> {e}" for e in o.evidence] + [""]
        out += [f"{msg('prep.md.questions', lang)}:"] + [f"- {q}" for q in o.questions]
        if o.practise.command:
            out.append(f"\n{msg('prep.md.practise', lang)}: `{o.practise.command}`")
        out.append("")
    cites = list(dict.fromkeys(f"{s.source} › {s.section}" for s in prep.sources))
    out += [f"## {msg('prep.md.sources', lang)}", ""] + [f"- {c}" for c in cites]
    out += ["", f"_{msg('prep.md.produced_by', lang)}: {prep.provider}_", ""]
    return "\n".join(out)


def to_docx(prep: PrepareResult) -> bytes:
    """Return the one-pager (the four core elements, missing facts marked) as a Word document."""
    import docx

    document = docx.Document()
    document.add_heading(safe_text(prep.offer or prep.deal_name or prep.invitation.subject), level=1)
    if prep.customer:
        document.add_paragraph(safe_text(prep.customer))
    for element in prep.one_pager:
        document.add_heading(safe_text(element.title), level=2)
        document.add_paragraph(safe_text(element.text or msg("prep.missing", prep.language)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _recipients(prep: PrepareResult) -> list[str]:
    return [a.email for a in prep.invitation.attendees if a.email]


SENDER_PLACEHOLDER = "your.name@example.invalid"
DEFAULT_TZ = "Europe/Berlin"


def sender_notice(sender: str | None, lang: str, web: bool = False) -> str | None:
    """Return the notice to show when no sender address is configured (the draft carries a placeholder).

    The web app's users cannot pass --sender: they are told the setting instead.
    """
    if sender:
        return None
    return msg("prep.no_sender_web" if web else "prep.no_sender", lang, placeholder=SENDER_PLACEHOLDER)


def to_eml(prep: PrepareResult, sender: str | None = None) -> bytes:
    """Return the invitation as an e-mail draft: subject naming the decision, the attendees, the body — no offer.

    Without a sender address the From is a clear placeholder (`your.name@example.invalid`) to replace.
    """
    message = EmailMessage(policy=policy.default.clone(max_line_length=998))
    message["Subject"] = re.sub(r"\s+", " ", safe_text(prep.invitation.subject)).strip()
    message["From"] = sender or SENDER_PLACEHOLDER
    if _recipients(prep):
        message["To"] = ", ".join(_recipients(prep))
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="coach.local")
    message["X-Unsent"] = "1"
    message.set_content(safe_text(prep.invitation.body), subtype="plain", charset="utf-8")
    return bytes(message)


def _start(prep: PrepareResult, tz: str = DEFAULT_TZ) -> dt.date | dt.datetime:
    from zoneinfo import ZoneInfo

    if prep.meeting_date is None:
        raise InputError(msg("prep.ics_needs_date", prep.language))
    if prep.meeting_time:
        hour, minute = (int(x) for x in prep.meeting_time.split(":"))
        return dt.datetime.combine(prep.meeting_date, dt.time(hour, minute), tzinfo=ZoneInfo(tz))
    return prep.meeting_date


def to_ics(prep: PrepareResult, sender: str | None = None, tz: str = DEFAULT_TZ) -> bytes:
    """Return an iCalendar invitation (METHOD:REQUEST, one VEVENT starting in the time zone `tz`, with the
    attendees that have an e-mail address)."""
    from icalendar import Calendar, Event, Timezone, vCalAddress, vText

    start = _start(prep, tz)
    calendar = Calendar()
    calendar.add("prodid", "-//coach//decision meeting//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = Event()
    event.add("uid", f"{uuid.uuid4()}@coach.local")
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("dtstart", start)
    if isinstance(start, dt.datetime):
        event.add("dtend", start + dt.timedelta(minutes=MEETING_MINUTES))
    else:
        event.add("dtend", start + dt.timedelta(days=1))
    event.add("summary", safe_text(prep.invitation.subject))
    event.add("description", safe_text(prep.invitation.body))
    event.add("organizer", vCalAddress(f"mailto:{sender or SENDER_PLACEHOLDER}"))
    for a in prep.invitation.attendees:
        if not a.email:
            continue
        address = vCalAddress(f"mailto:{a.email}")
        address.params["cn"] = vText(a.name)
        address.params["role"] = vText("REQ-PARTICIPANT")
        address.params["partstat"] = vText("NEEDS-ACTION")
        address.params["rsvp"] = vText("TRUE")
        event.add("attendee", address, encode=0)
    if isinstance(start, dt.datetime):
        calendar.add_component(
            Timezone.from_tzinfo(start.tzinfo, first_date=start.date(), last_date=start.date())
        )
    calendar.add_component(event)
    return calendar.to_ical()


def suggested_filename(prep: PrepareResult, fmt: Format) -> str:
    """Return a file name such as 'einladung-2027-04-20-nordwerk.ics' or 'one-pager-….docx'."""
    stem = {"md": "vorbereitung" if prep.language == "de" else "preparation", "docx": "one-pager"}.get(
        fmt, "einladung" if prep.language == "de" else "invitation"
    )
    parts = (
        [stem]
        + ([prep.meeting_date.isoformat()] if prep.meeting_date else [])
        + [prep.customer or prep.deal_name or ""]
    )
    text = "-".join(parts).lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return f"{re.sub(r'[^a-z0-9]+', '-', text).strip('-')[:80] or stem}.{fmt}"


def export(prep: PrepareResult, fmt: Format, sender: str | None = None, tz: str = DEFAULT_TZ) -> bytes:
    """Return the preparation in one format as bytes."""
    if fmt == "md":
        return to_md(prep).encode("utf-8")
    if fmt == "docx":
        return to_docx(prep)
    if fmt == "eml":
        return to_eml(prep, sender)
    if fmt == "ics":
        return to_ics(prep, sender, tz)
    raise ValueError(f"unknown format: {fmt}")
