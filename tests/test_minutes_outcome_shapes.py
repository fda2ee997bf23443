"""Decisions in shapes the cues missed: deciding against the offer or awarding the contract to another bidder,
a signature written noun first ('Vertrag heute unterschrieben'), and hearsay about a signature beside the real
(conditional) yes."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

HEAD = {
    "de": "Auswahlsitzung – 03.03.2027\n"
    "Teilnehmer: Anna Roth (Leitung Einkauf, Nordwerk GmbH), Ben Sauer (Vertrieb, Lumen Soft GmbH)\n\n",
    "en": "Selection meeting – 3 March 2027\n"
    "Attendees: Anna Roth (Head of Procurement, Northwork Ltd), Ben Sauer (Account Executive, Lumen Soft Ltd)\n\n",
}


def outcome(lang: str, body: str) -> str:
    """Return the outcome drafted from a header and the given lines."""
    return draft_minutes(HEAD[lang] + body, today=date(2027, 3, 3)).decision.outcome


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("de", "Der Verband entscheidet sich gegen das Portal von Lumen Soft.\n", "negative"),
        ("de", "Bewertung abgeschlossen. Den Zuschlag bekommt ein anderer Anbieter.\n", "negative"),
        ("en", "The association decides against the Lumen Soft portal.\n", "negative"),
        ("en", "Scoring is done. The contract goes to another bidder.\n", "negative"),
        ("de", "- Vertrag heute unterschrieben, alle Anlagen drin\n- Kick-off am 10.3.\n", "positive"),
        (
            "en",
            "- Contract signed this morning, all schedules included\n- Kick-off on 10 March\n",
            "positive",
        ),
        (
            "de",
            "Nordwerk sagt zu, unter der Bedingung, dass die Schnittstelle bis Mai läuft.\n"
            "Angeblich hat der Geschäftsführer die Bestellung schon unterschrieben, gesehen habe ich sie nicht.\n",
            "positive_with_conditions",
        ),
        (
            "en",
            "Northwork says yes, provided the interface runs by May.\n"
            "I believe their MD may have signed the order form already, but I have not seen it.\n",
            "positive_with_conditions",
        ),
    ],
)
def test_the_outcome_of_these_shapes(lang: str, body: str, expected: str) -> None:
    assert outcome(lang, body) == expected


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("de", "- Vertrag noch nicht unterschrieben, Entscheidung vertagt\n", "pending"),
        ("en", "- Contract to be signed once the board has met; no decision yet\n", "pending"),
        ("en", "The contract goes to Lumen Soft, the board approved the purchase.\n", "positive"),
    ],
)
def test_what_these_cues_leave_alone(lang: str, body: str, expected: str) -> None:
    assert outcome(lang, body) == expected
