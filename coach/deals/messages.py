"""Messages of the deal workspace, by id, in German and English."""

from __future__ import annotations

import datetime as dt

from coach.messages import define

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_text(day: dt.date, lang: str) -> str:
    """Return a date as people of the language write it: '09.12.2026' / '9 Dec 2026' (JSON and CSV stay ISO)."""
    if lang == "de":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


define(
    {
        "deal.stage.new": {"de": "Neu", "en": "New"},
        "deal.stage.qualifying": {"de": "Qualifizierung", "en": "Qualifying"},
        "deal.stage.ready_for_decision": {
            "de": "Bereit für die Entscheidung",
            "en": "Ready for the decision",
        },
        "deal.stage.decision_prepared": {
            "de": "Entscheidungsmeeting vorbereitet",
            "en": "Decision meeting prepared",
        },
        "deal.stage.follow_through": {"de": "Nachbereitung", "en": "Follow-through"},
        "deal.stage.won": {"de": "Gewonnen", "en": "Won"},
        "deal.stage.lost": {"de": "Verloren", "en": "Lost"},
        "deal.stage.on_hold": {"de": "Pausiert", "en": "On hold"},
        "deal.kind.stage": {"de": "Phase von Hand", "en": "Stage set by hand"},
        "deal.kind.notes": {"de": "Gesprächsnotizen", "en": "Call notes"},
        "deal.kind.minutes": {"de": "Protokoll", "en": "Minutes"},
        "deal.kind.preparation": {"de": "Vorbereitung", "en": "Preparation"},
        "deal.level.ready": {"de": "bereit", "en": "ready"},
        "deal.level.almost": {"de": "fast bereit", "en": "almost ready"},
        "deal.level.not_ready": {"de": "noch nicht bereit", "en": "not ready yet"},
        "deal.readiness": {
            "de": "{covered} von {total} Kerndimensionen abgedeckt — {level}",
            "en": "{covered} of {total} core dimensions covered — {level}",
        },
        "deal.transcript_title": {"de": "Transkript {date}", "en": "Transcript {date}"},
        "deal.email_title": {"de": "E-Mail: {subject}", "en": "E-mail: {subject}"},
        "deal.email_title_dated": {"de": "E-Mail {date}", "en": "E-mail {date}"},
        "deal.sent": {
            "de": "Protokoll von Deal #{id} als gesendet markiert.",
            "en": "Minutes of deal #{id} marked as sent.",
        },
        "deal.none_yet": {
            "de": "Noch keine Deals. Legen Sie einen an mit `coach deal new NAME`.",
            "en": "No deals yet. Create one with `coach deal new NAME`.",
        },
        "deal.items": {"de": "Einträge", "en": "items"},
        "deal.produced_by": {"de": "erstellt von", "en": "produced by"},
        "deal.not_found": {"de": "Kein Deal mit der ID {id}.", "en": "No deal with id {id}."},
        "deal.name_empty": {"de": "Der Deal braucht einen Namen.", "en": "The deal needs a name."},
        "deal.text_empty": {"de": "Der Text ist leer.", "en": "The text is empty."},
        "deal.bad_date": {
            "de": "Ungültiges Datum {value!r}: erwartet TT.MM.JJJJ oder JJJJ-MM-TT.",
            "en": "Invalid date {value!r}: expected YYYY-MM-DD or DD.MM.YYYY.",
        },
        "deal.gate.no_minutes": {
            "de": "Noch kein Protokoll im Deal.",
            "en": "No minutes in the deal yet.",
        },
        "deal.minutes_due": {
            "de": "Protokoll an den Kunden bis {date} senden (noch nicht als gesendet markiert).",
            "en": "Send the minutes to the customer by {date} (not marked as sent yet).",
        },
        "deal.same_name": {
            "de": "Es gibt schon einen Deal mit diesem Namen: #{ids}. Neuer Deal #{id} trotzdem angelegt.",
            "en": "A deal with this name exists already: #{ids}. New deal #{id} created anyway.",
        },
        "deal.no_minutes_to_send": {
            "de": "Der Deal hat noch kein Protokoll, das gesendet werden könnte.",
            "en": "The deal has no minutes that could be sent yet.",
        },
    }
)

define(
    {
        "deal.by_hand": {
            "de": "{stage} (von Hand gesetzt am {date})",
            "en": "{stage} (set by hand on {date})",
        },
        "deal.by_hand_note": {
            "de": "{stage} (von Hand gesetzt am {date}: {note})",
            "en": "{stage} (set by hand on {date}: {note})",
        },
        "deal.gate_status.met": {"de": "erfüllt", "en": "met"},
        "deal.gate_status.not_met": {"de": "nicht erfüllt", "en": "not met"},
        "deal.gate_status.unclear": {"de": "unklar", "en": "unclear"},
        "deal.stage_title": {"de": "Phase von Hand: {stage}", "en": "Stage set by hand: {stage}"},
        "deal.stage_set": {
            "de": "Deal #{id}: Phase {stage} von Hand gesetzt ({date}).",
            "en": "Deal #{id}: stage {stage} set by hand ({date}).",
        },
        "deal.gates_stay": {
            "de": "Die Quality Gates bleiben, was die Protokolle belegen: {gates}.",
            "en": "The quality gates stay what the minutes prove: {gates}.",
        },
        "deal.bad_stage": {
            "de": "Unbekannte Phase {value!r}: erlaubt sind {allowed}.",
            "en": "Unknown stage {value!r}: allowed are {allowed}.",
        },
        "deal.note_needs_stage": {
            "de": "--note und --date gehören zu --stage: bitte auch --stage angeben.",
            "en": "--note and --date belong to --stage: please give --stage too.",
        },
        "deal.note_too_long": {
            "de": "Die Notiz ist zu lang ({size} Zeichen, höchstens {limit}).",
            "en": "The note is too long ({size} characters, at most {limit}).",
        },
        "help.deal.set.description": {
            "de": "Kunde oder Angebot eines Deals setzen, oder die Phase von Hand (was außerhalb des Tools geschah: "
            "per Post unterschrieben, an einen Wettbewerber verloren, pausiert). Die Quality Gates bleiben, was die "
            "Protokolle belegen.",
            "en": "Set a deal's customer or offer, or its stage by hand (what happened outside the tool: signed by "
            "post, lost to a competitor, put on hold). The quality gates stay what the minutes prove.",
        },
        "help.deal.set.stage": {
            "de": "Phase von Hand setzen: {stages}",
            "en": "set the stage by hand: {stages}",
        },
        "help.deal.set.note": {
            "de": "Notiz zur Phase, z. B. warum (höchstens 500 Zeichen)",
            "en": "a note on the stage, e.g. why (at most 500 characters)",
        },
        "help.deal.set.date": {
            "de": "wann es geschah (Standard: heute)",
            "en": "when it happened (default: today)",
        },
    }
)
