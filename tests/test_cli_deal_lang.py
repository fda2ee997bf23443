"""`coach deal --lang de …`: the language option works before the subcommand as well as after it (QA, round 7)."""

from __future__ import annotations

import pytest

from coach.cli.main import main


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_LANG", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, "C")


def _deal(capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["deal", "new", "Kranwartung", "--customer", "Kranwerk Ost GmbH"]) == 0
    return capsys.readouterr().out.strip()


def test_lang_before_the_subcommand_with_help_shows_the_german_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["deal", "--lang", "de", "--help"])
    captured = capsys.readouterr()
    assert stop.value.code == 0, captured.err
    assert "Aufruf: coach deal" in captured.out and "ungültige Wahl" not in captured.err


def test_lang_before_the_subcommand_is_the_subcommands_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deal", "--lang", "de", "list"]) == 0
    assert "Noch keine Deals" in capsys.readouterr().out
    deal_id = _deal(capsys)
    assert main(["deal", "--lang", "de", "show", deal_id]) == 0
    assert "Kerndimensionen" in capsys.readouterr().out
    assert main(["deal", "--lang", "de", "show", deal_id, "--lang", "en"]) == 0  # the later one wins
    out = capsys.readouterr().out
    assert "core dimensions" in out and "Kerndimensionen" not in out


def test_lang_after_the_subcommand_still_works_and_a_wrong_value_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    deal_id = _deal(capsys)
    assert main(["deal", "show", deal_id, "--lang", "de"]) == 0
    assert "Kerndimensionen" in capsys.readouterr().out
    with pytest.raises(SystemExit) as stop:
        main(["deal", "--lang", "xx", "list"])
    assert stop.value.code == 2 and "'xx'" in capsys.readouterr().err


def test_the_deal_list_speaks_the_cli_language_with_german_dates(
    capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    deal_id = _deal(capsys)
    notes = tmp_path / "notiz.txt"
    notes.write_text("- Ziel: Ausfallzeiten der Krane bis Juni halbieren.\n", encoding="utf-8")
    assert main(["deal", "add", deal_id, str(notes), "--date", "2026-11-12"]) == 0
    capsys.readouterr()
    assert main(["--lang", "de", "deal", "list"]) == 0
    out = capsys.readouterr().out
    assert "Qualifizierung" in out and "Einträge" in out and "12.11.2026" in out, out
    assert "2026-11-12" not in out and "Qualifying" not in out, out
    assert main(["deal", "list", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Qualifying" in out and "12 Nov 2026" in out and "Einträge" not in out, out


def test_prepare_errors_speak_the_cli_language_not_the_notes_language(
    capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    notes = tmp_path / "notiz.txt"
    notes.write_text("- Ziel: Ausfallzeiten der Krane bis Juni halbieren.\n", encoding="utf-8")
    assert main(["--lang", "de", "prepare"]) == 2  # `coach --lang de` counts for a command without its own
    assert "Geben Sie entweder DATEI|- oder --deal ID an." in capsys.readouterr().err
    assert main(["prepare", str(notes), "--format", "ics", "--no-save"]) == 2  # German notes, English CLI
    err = capsys.readouterr().err
    assert "needs a date" in err and "braucht" not in err, err
    assert (
        main(
            [
                "prepare",
                str(notes),
                "--meeting-date",
                "2026-12-03T10:00",
                "--format",
                "ics",
                "--timezone",
                "Mars/Base",
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "Unknown time zone" in err and "Unbekannte" not in err, err
    assert main(["prepare", str(notes), "--format", "ics", "--lang", "de"]) == 2
    assert "braucht einen Termin" in capsys.readouterr().err


def test_deal_errors_speak_the_locales_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):  # a German desktop, no COACH_LANG, no --lang
        monkeypatch.setenv(name, "de_DE.UTF-8")
    assert main(["deal", "show", "99"]) == 2
    assert "Kein Deal mit der ID 99." in capsys.readouterr().err
    deal_id = _deal(capsys)
    notes = tmp_path / "notiz.txt"
    notes.write_text("- Ziel: Ausfallzeiten der Krane bis Juni halbieren.\n", encoding="utf-8")
    assert main(["deal", "add", deal_id, str(notes), "--date", "31.02.2026"]) == 2
    assert "Ungültiges Datum" in capsys.readouterr().err


def test_a_deal_shown_in_german_names_every_dimension_in_german_whatever_its_items_language(
    capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    deal_id = _deal(capsys)
    notes = tmp_path / "notes.txt"
    notes.write_text("- Goal: halve crane downtime by June.\n- Budget approx. 80k.\n", encoding="utf-8")
    assert main(["deal", "add", deal_id, str(notes), "--date", "2026-11-12", "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["deal", "show", deal_id, "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "Ziele" in out and "Budget" in out and "Kerndimensionen" in out, out
    assert "Goals" not in out and "Challenges" not in out, out
