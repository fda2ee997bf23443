"""The engagement review is never `met` while the notes leave open whether the results were seen at all (issue 14):
a proof beside an open question is `unclear`, the open question alone is `unclear`, a question answered no is not
proof either."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

HEAD = {
    "de": "Entscheidungsmeeting – 03.03.2027\n"
    "Teilnehmer: Anna Roth (CFO, Kunde Nordwerk GmbH), Ben Sauer (Vertrieb, Lumen Soft GmbH)\n\n",
    "en": "Decision meeting – 3 March 2027\n"
    "Attendees: Anna Roth (CFO, Northwork Ltd), Ben Sauer (Account Executive, Lumen Soft Ltd)\n\n",
}


def review_status(notes: str) -> str:
    """Return the status of the engagement review gate for the notes."""
    result = draft_minutes(notes, today=date(2027, 3, 3))
    return next(g.status for g in result.gates if g.id == "engagement_reviewed")


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        (
            "en",
            "Anna confirmed that her team had reviewed the pilot results. "
            "She asked whether the plant managers had seen the pilot report at all; nobody knew.\n",
            "unclear",
        ),
        (
            "de",
            "Frau Roth bestätigt, dass ihr Team die Ergebnisse der Testphase verstanden hat. "
            "Ob der Aufsichtsrat die Auswertung je gelesen hat, blieb offen.\n",
            "unclear",
        ),
        ("en", "It was not recorded whether finance reviewed the pilot findings.\n", "unclear"),
        ("de", "Pilot: ob die Schichtleiter den Bericht gesehen haben?? eher nicht\n", "unclear"),
    ],
)
def test_an_open_question_whether_the_results_were_seen_is_no_proof(
    lang: str, body: str, expected: str
) -> None:
    assert review_status(HEAD[lang] + body) == expected


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Anna confirmed that her team had reviewed the pilot results and understood them fully.\n"),
        (
            "de",
            "Frau Roth bestätigt, dass ihr Team die Ergebnisse der Testphase geprüft und verstanden hat.\n",
        ),
    ],
)
def test_a_confirmed_review_without_an_open_question_still_counts(lang: str, body: str) -> None:
    assert review_status(HEAD[lang] + body) == "met"
