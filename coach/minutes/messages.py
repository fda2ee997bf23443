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
        "minutes.customer_part": {
            "de": "Kundenfassung: Teilnehmende, Angebot, Entscheidung, Bedingungen, Aufgaben und nächster Termin.",
            "en": "Customer version: participants, offer, decision, conditions, action items and next meeting.",
        },
    }
)
