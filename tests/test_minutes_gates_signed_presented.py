"""Proof a QA walk found missed: a named customer who signed the contract, results presented and confirmed."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

HEAD = {
    "de": "Entscheidungsmeeting Nordwerk GmbH – 12.03.2027\n"
    "Teilnehmer: Dr. Jana Lindner (Geschäftsführerin, Nordwerk GmbH), Petra Scholz (Leiterin Produktion, "
    "Nordwerk GmbH), Tom Berger (Vertrieb, Softline AG)\n\n"
    "- Entscheidung: Ja zum Rollout.\n",
    "en": "Decision meeting Nordwerk Ltd – 12 March 2027\n"
    "Attendees: Dr. Jana Lindner (CEO, Nordwerk Ltd), Petra Scholz (Head of Production, Nordwerk Ltd), "
    "Tom Berger (Account Executive, Softline Ltd)\n\n"
    "- Decision: yes to the rollout.\n",
}


def gate(lang: str, sentence: str, gate_id: str) -> tuple[str, list[str]]:
    """Return the status and evidence of one gate for a short note: a header and one more bullet."""
    result = draft_minutes(HEAD[lang] + "- " + sentence + "\n", today=date(2027, 3, 12))
    check = next(g for g in result.gates if g.id == gate_id)
    return check.status, check.evidence


@pytest.mark.parametrize(
    ("lang", "sentence", "want"),
    [
        ("de", "Vertrag wurde heute von Dr. Lindner unterschrieben.", "met"),
        ("en", "The contract was signed today by Dr. Lindner.", "met"),
        ("de", "Frau Lindner hat den Rahmenvertrag im Termin unterzeichnet.", "met"),
        ("en", "Jana Lindner signed the master agreement during the meeting.", "met"),
        ("de", "Vertrag soll nächste Woche von Dr. Lindner unterschrieben werden.", "not_met"),
        ("de", "Vertrag soll nächste Woche unterschrieben werden.", "not_met"),
        ("en", "Signature expected Friday.", "not_met"),
        ("en", "Contract signature by Dr. Lindner expected Friday.", "not_met"),
        ("en", "No contract signed yet, Dr. Lindner wants to wait for legal.", "not_met"),
        ("de", "Vertrag: nichts unterschrieben, Frau Lindner wartet auf die Rechtsabteilung.", "not_met"),
        (
            "de",
            "Vertrag wurde heute von Dr. Lindner unterschrieben, das Preisblatt ist aber noch offen.",
            "not_met",
        ),
        (
            "en",
            "The contract was signed today by Tom Berger.",
            "unclear",
        ),  # our side: not the customer's signature
        ("de", "Dr. Lindner hat den Vertrag wohl schon unterschrieben.", "unclear"),
        (
            "en",
            "Dr. Lindner mentioned that their legal team has basically signed off the contract.",
            "unclear",
        ),
        (
            "de",
            "Der AV-Vertrag ist von Dr. Lindner unterschrieben, der Liefervertrag aber noch nicht.",
            "unclear",  # never met: the signed one is not the final contract
        ),
    ],
)
def test_a_named_customer_signature_done_is_proof(lang: str, sentence: str, want: str) -> None:
    status, evidence = gate(lang, sentence, "contract_signed")
    assert status == want
    if want == "met":
        assert evidence == [sentence]


@pytest.mark.parametrize(
    ("lang", "sentence", "want"),
    [
        (
            "de",
            "Ergebnisse des Piloten vorgestellt, Frau Scholz bestätigt: Stillstände von 9 auf 4 Std.",
            "met",
        ),
        ("en", "Pilot results presented, Ms Scholz confirmed: downtime down from 9 to 4 hours.", "met"),
        ("de", "Auswertung der Workshops präsentiert – Dr. Lindner bestätigt die Zahlen.", "met"),
        ("en", "We walked them through the pilot findings; Petra Scholz confirmed the figures.", "met"),
        ("en", "The pilot results will be presented next week, Ms Scholz to confirm.", "not_met"),
        ("de", "Die Ergebnisse werden nächste Woche vorgestellt, Frau Scholz bestätigt dann.", "not_met"),
        ("en", "Results will be presented at the board meeting.", "not_met"),
        ("en", "Pilot results presented, Tom Berger confirmed the figures.", "not_met"),  # the seller's word
        ("de", "Ergebnisse des Piloten vorgestellt, Frau Scholz hat sie nicht bestätigt.", "not_met"),
        ("en", "Pilot results presented, Ms Scholz probably confirmed them.", "not_met"),
    ],
)
def test_results_presented_and_confirmed_by_the_customer_is_the_review(
    lang: str, sentence: str, want: str
) -> None:
    status, evidence = gate(lang, sentence, "engagement_reviewed")
    assert status == want
    if want == "met":
        assert evidence == [sentence]
