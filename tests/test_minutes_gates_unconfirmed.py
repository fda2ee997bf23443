"""A gate is met only by a statement that something happened: sentences that ask, request or plan it never are."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

HEAD = {
    "de": "Entscheidungsmeeting – 03.03.2027\n"
    "Teilnehmer: Anna Roth (CFO, Kunde Nordwerk GmbH), Ben Sauer (Vertrieb, Lumen Soft GmbH)\n\n"
    "Entscheidung: Ja.\n",
    "en": "Decision meeting – 3 March 2027\n"
    "Attendees: Anna Roth (CFO, Northwork Ltd), Ben Sauer (Account Executive, Lumen Soft Ltd)\n\n"
    "Decision: yes.\n",
}


def met_gates(lang: str, sentence: str) -> list[str]:
    """Return the gates met in a short note made of a header and one bullet."""
    result = draft_minutes(HEAD[lang] + "- " + sentence + "\n", today=date(2027, 3, 3))
    return [g.id for g in result.gates if g.status == "met"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Sobald die Bestellung eingegangen ist, starten wir das Onboarding."),
        ("de", "Der Vertrag soll nächste Woche unterschrieben werden, inkl. aller Anlagen."),
        ("de", "Bitte schicken Sie uns die unterschriebene Bestellung per E-Mail."),
        (
            "de",
            "Nachdem der Rahmenvertrag mit allen Anlagen vom Kunden unterschrieben ist, beginnt das Projekt.",
        ),
        ("de", "Hat Frau Roth den Vertrag mit allen Anlagen schon unterschrieben?"),
        ("en", "The signed contract including all schedules is expected by Friday."),
        ("en", "Could you send the signed contract with all annexes back by Friday?"),
        ("en", "After the contract with all schedules has been signed by the customer, we kick off."),
        ("en", "Once the signed PO has been received by us, onboarding starts."),
    ],
)
def test_a_planned_or_asked_signature_or_confirmation_meets_no_gate(lang: str, sentence: str) -> None:
    assert met_gates(lang, sentence) == []


@pytest.mark.parametrize(
    ("lang", "sentence", "gate"),
    [
        ("de", "Frau Roth hat die Bestellung noch im Meeting per E-Mail geschickt.", "decision_in_writing"),
        ("en", "Anna sent the purchase order by e-mail during the meeting.", "decision_in_writing"),
    ],
)
def test_a_statement_that_it_happened_still_meets_the_gate(lang: str, sentence: str, gate: str) -> None:
    assert gate in met_gates(lang, sentence)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Vertrag soll bis 10.03. unterschrieben sein"),
        ("de", "Der Vertrag muss bis 1.4.2027 unterzeichnet werden."),
        ("en", "The contract should be signed by 10.03.2027"),
    ],
)
def test_a_signature_due_by_a_date_is_pending_not_signed(lang: str, sentence: str) -> None:
    result = draft_minutes(HEAD[lang] + "- " + sentence + "\n", today=date(2027, 3, 3))
    gate = result.gate("contract_signed")
    assert gate.status == "not_met" and gate.missing == [
        "customer_signature"
    ]  # pending, not "signed, parts unproven"
