"""German users type dates as TT.MM.JJJJ: deals and the meeting preparation take them as well as ISO dates."""

from __future__ import annotations

from datetime import date

import pytest

from coach.cli.prepare_cmd import parse_meeting
from coach.deals.service import parse_day
from coach.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-18", date(2026, 11, 18)),
        ("18.11.2026", date(2026, 11, 18)),
        ("3.2.2027", date(2027, 2, 3)),
        (" 01.12.2026 ", date(2026, 12, 1)),
    ],
)
def test_a_deal_date_reads_iso_and_german(text: str, expected: date) -> None:
    assert parse_day(text) == expected


@pytest.mark.parametrize("text", ["31.02.2026", "18/11/2026", "morgen", "2026-13-01"])
def test_an_impossible_or_unknown_date_is_an_input_error_in_the_users_language(text: str) -> None:
    with pytest.raises(InputError, match="TT.MM.JJJJ"):
        parse_day(text, "de")


def test_a_meeting_date_with_a_time_reads_german_and_iso() -> None:
    assert parse_meeting("04.12.2026 14:30", "de") == (date(2026, 12, 4), "14:30")
    assert parse_meeting("2026-12-04T09:05", "en") == (date(2026, 12, 4), "09:05")
    assert parse_meeting("4.12.2026", "de") == (date(2026, 12, 4), None)
    with pytest.raises(InputError):
        parse_meeting("32.12.2026", "de")


def test_a_wrong_choice_in_a_scenario_file_is_named_in_german_without_english_words() -> None:
    from coach.roleplay.userfiles import field_problem

    err = {"type": "literal_error", "ctx": {"expected": "'easy', 'medium' or 'hard'"}}
    assert field_problem(err, "de") == "erlaubt: 'easy', 'medium' oder 'hard'"
    assert field_problem(err, "en") == "allowed: 'easy', 'medium' or 'hard'"
