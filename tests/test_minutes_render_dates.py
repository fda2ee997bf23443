"""Dates in the minutes as each language writes them: English minutes never show ISO dates, German ones 03.11.2026."""

from __future__ import annotations

import re
from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.minutes.render import format_date

ISO = re.compile(r"\b20\d\d-\d\d-\d\d\b")


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (date(2026, 12, 2), "en", "2 December 2026"),
        (date(2027, 1, 15), "en", "15 January 2027"),
        (date(2027, 5, 31), "en", "31 May 2027"),
        (date(2026, 12, 2), "de", "02.12.2026"),
        (date(2027, 1, 15), "de", "15.01.2027"),
        (None, "en", ""),
        (None, "de", ""),
    ],
)
def test_format_date_writes_the_languages_own_form(value: date | None, lang: str, expected: str) -> None:
    assert format_date(value, lang) == expected


NOTES = {
    "en": (
        "Decision meeting – Harwick Foods – 3 March 2027\n"
        "Attendees: Lena Ortiz (COO, Harwick Foods Ltd), Sam Reed (Account Executive, Tallow Systems)\n"
        "Decision: yes, we go ahead with the rollout.\n"
        "Next steps:\n"
        "- Sam to send the order form by 10 March 2027\n"
        "Next meeting: 17 March 2027\n"
    ),
    "de": (
        "Entscheidungstermin – Harwick Foods – 03.03.2027\n"
        "Teilnehmer: Lena Ortiz (COO, Harwick Foods GmbH), Sam Reed (Vertrieb, Tallow Systems)\n"
        "Entscheidung: ja, wir starten den Rollout.\n"
        "Nächste Schritte:\n"
        "- Sam schickt das Bestellformular bis 10.03.2027\n"
        "Nächster Termin: 17.03.2027\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", ["3 March 2027", "4 March 2027", "10 March 2027", "17 March 2027"]),
        ("de", ["03.03.2027", "04.03.2027", "10.03.2027", "17.03.2027"]),
    ],
)
def test_the_minutes_write_meeting_send_by_due_and_next_dates_in_their_language(
    lang: str, shown: list[str]
) -> None:
    result = draft_minutes(NOTES[lang], lang=lang)
    assert result.send_by == date(2027, 3, 4)
    assert [a.due for a in result.action_items] == [date(2027, 3, 10)]
    for text in shown:
        assert text in result.markdown, result.markdown
    assert not ISO.search(result.markdown), result.markdown
    assert not ISO.search(result.title), result.title
