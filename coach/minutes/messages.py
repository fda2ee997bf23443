"""The minutes' user-facing notices, by id, in German and English."""

from __future__ import annotations

from coach.messages import define

define(
    {
        "minutes.send_by_passed": {
            "de": "Der Versandtermin ({date}) ist schon vorbei: das Protokoll bitte sofort an den Kunden senden.",
            "en": "The send-by date ({date}) has already passed: send the minutes to the customer now.",
        },
        "minutes.next_meeting": {"de": "Nächster Termin", "en": "Next meeting"},
        "minutes.eml_is_for_the_customer": {
            "de": "Der E-Mail-Entwurf geht an den Kunden und enthält den internen Teil nie: "
            "--internal mit --format md oder docx verwenden.",
            "en": "The e-mail draft goes to the customer and never holds the internal part: "
            "use --internal with --format md or docx.",
        },
        "minutes.docx_needs_output": {
            "de": "--format docx schreibt eine Word-Datei: -o DATEI.docx angeben.",
            "en": "--format docx writes a Word file: add -o FILE.docx.",
        },
        "minutes.no_meeting_date": {
            "de": "Kein Meeting-Datum in den Notizen: Versandtermin und relative Fälligkeiten bleiben leer.",
            "en": "No meeting date found in the notes: send_by and relative due dates are empty.",
        },
        "minutes.customer_part": {
            "de": "Kundenfassung: Teilnehmende, Angebot, Entscheidung, Bedingungen, Aufgaben und nächster Termin.",
            "en": "Customer version: participants, offer, decision, conditions, action items and next meeting.",
        },
    }
)
