"""Gates from the customer's own words: the review reported done and understood, a hedged review, the customer's
e-mail that is itself the written decision (a yes or a no), a signed item handed to the seller, and contract parts
'not attached' or 'still blank' after a signature."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

HEAD = {
    "de": "Entscheidungstermin – 14.04.2027\n"
    "Teilnehmer: Vera Linde (COO, Kunde Hallberg AG), Paul Esser (Vertrieb, Quellnetz GmbH)\n\n"
    "Entscheidung: Ja.\n\n",
    "en": "Decision meeting – 14 April 2027\n"
    "Attendees: Vera Linde (COO, Hallberg Ltd), Paul Esser (Account Executive, Quellnetz Ltd)\n\n"
    "Decision: yes.\n\n",
}


def gates(lang: str, body: str) -> dict[str, str]:
    """Return each gate's status for the notes."""
    result = draft_minutes(HEAD[lang] + body, today=date(2027, 4, 14))
    return {g.id: g.status for g in result.gates}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("de", "Vera sagt, der Vorstand habe die Pilotergebnisse durchgesprochen, alles nachvollziehbar.\n"),
        ("de", "Der Lenkungskreis hat die Auswertung des Piloten geprüft, Rückfragen gibt es keine.\n"),
        ("en", "Vera said her board had gone through the pilot results and had no further questions.\n"),
        ("en", "Vera: We went through the workshop findings as a team and we are comfortable with them.\n"),
    ],
)
def test_the_customer_reporting_the_review_done_and_understood_meets_the_gate(lang: str, body: str) -> None:
    assert gates(lang, body)["engagement_reviewed"] == "met"


@pytest.mark.parametrize(
    ("lang", "body", "status"),
    [
        ("en", "Vera said they had not gone through the pilot results yet, no time.\n", "not_met"),
        ("en", "Pilot results: Vera mostly skimmed them??\n", "unclear"),
        ("de", "Pilotergebnisse: ob der Vorstand die Auswertung gelesen hat, weiß ich nicht.\n", "unclear"),
        (
            "en",
            "Vera will go through the pilot results with her board next week, all clear so far.\n",
            "not_met",
        ),
        ("en", "Paul: Have you all gone through the pilot results and are they clear?\n", "not_met"),
    ],
)
def test_a_review_not_done_hedged_or_asked_is_never_met(lang: str, body: str, status: str) -> None:
    assert gates(lang, body)["engagement_reviewed"] == status


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Vera: Please take this email as our formal confirmation that we go ahead.\n"),
        ("de", "Vera: Hiermit bestätigen wir verbindlich die Beauftragung für alle Standorte.\n"),
        ("en", "Vera sent the formal no by email an hour after the meeting.\n"),
        ("de", "Der unterschriebene Beschluss wurde Herrn Esser am Ende der Sitzung übergeben.\n"),
        ("de", "Die Zusage wurde Quellnetz heute von Frau Linde per Mail schriftlich mitgeteilt.\n"),
    ],
)
def test_the_customers_own_written_decision_meets_the_gate(lang: str, body: str) -> None:
    assert gates(lang, body)["decision_in_writing"] == "met"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Paul: Confirming in writing what we offered: price held for 24 months.\n"),
        ("en", "Approval is subject to Quellnetz confirming EU hosting in writing.\n"),
        ("en", "Recap: you confirmed in writing: nothing yet, the formal letter follows next week.\n"),
    ],
)
def test_our_own_or_a_conditional_confirmation_is_no_written_decision(lang: str, body: str) -> None:
    assert gates(lang, body)["decision_in_writing"] != "met"


@pytest.mark.parametrize(
    "body",
    [
        "Vera signed the MSA during the meeting.\nBut annex B (service levels) is still not attached.\n",
        "Vera signed the master agreement; the SLA annex and the exit plan are still blank.\n",
    ],
)
def test_a_signature_with_parts_not_attached_is_no_complete_contract(body: str) -> None:
    assert gates("en", body)["contract_signed"] == "not_met"
