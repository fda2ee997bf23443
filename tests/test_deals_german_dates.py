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


def test_deal_add_says_the_item_in_the_cli_language_with_its_dates(
    capsys: pytest.CaptureFixture[str], tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach.cli.main import main

    monkeypatch.delenv("COACH_LANG", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, "C")
    notes = tmp_path / "notiz.txt"
    notes.write_text("- Ziel: Ausfallzeiten der Krane bis Juni halbieren.\n", encoding="utf-8")
    assert main(["deal", "new", "Kranwartung"]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert main(["--lang", "de", "deal", "add", deal_id, str(notes), "--date", "2026-11-12"]) == 0
    out = capsys.readouterr().out
    assert "12.11.2026" in out and "Gesprächsnotizen" in out, out
    assert "2026-11-12" not in out and "\tnotes\t" not in out, out
    assert main(["deal", "add", deal_id, str(notes), "--date", "13.11.2026", "--kind", "minutes"]) == 0
    out = capsys.readouterr().out
    assert "13 Nov 2026" in out and "Minutes" in out and "2026-11-13" not in out, out
    assert main(["deal", "add", deal_id, str(notes), "--date", "2026-11-14", "--json"]) == 0
    assert '"date": "2026-11-14"' in capsys.readouterr().out  # JSON stays ISO
