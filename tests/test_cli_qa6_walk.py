"""Findings of the QA walk of 2026-12-01 on the command line: COACH_LANG chooses the language of a deal's view and of
its meeting preparation, as it does for `coach qualify`, even when the deal's notes are German."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli.main import main

NOTES_DE = (
    "Telefonat 18.11.2026 mit Herrn Stefan Vogt (IT-Leiter, Hafenwerk Bremen AG)\n"
    "- Ziel: Inventurdifferenz unter 1 % bis Herbst 2027\n"
    "- Budget ist eingeplant, ca. 150k, Freigabe durch den Vorstand Dr. Petra Lange\n"
    "- AP: Herr Vogt schickt uns bis 25.11.2026 die Prozessbeschreibung\n"
)


def _german_deal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    notes = tmp_path / "telefonat.txt"
    notes.write_text(NOTES_DE, encoding="utf-8")
    assert main(["deal", "new", "Hafenwerk", "--customer", "Hafenwerk Bremen AG"]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert main(["deal", "add", deal_id, str(notes)]) == 0
    capsys.readouterr()
    return deal_id


def test_deal_show_with_coach_lang_en_is_english_throughout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    deal_id = _german_deal(tmp_path, capsys)
    monkeypatch.setenv("COACH_LANG", "en")
    assert main(["deal", "show", deal_id]) == 0
    out = capsys.readouterr().out
    assert "Call notes" in out and "Gesprächsnotizen" not in out, out
    assert "Kerndimensionen" not in out and "core dimensions" in out, out
    monkeypatch.setenv("COACH_LANG", "de")
    assert main(["deal", "show", deal_id]) == 0
    assert "Gesprächsnotizen" in capsys.readouterr().out


def test_prepare_follows_coach_lang_and_says_a_missing_date_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    deal_id = _german_deal(tmp_path, capsys)
    monkeypatch.setenv("COACH_LANG", "en")
    assert main(["prepare", "--deal", deal_id, "--no-save"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# ") and "Checkliste" not in out and "Checklist" in out, out[:300]
    assert main(["prepare", "--deal", deal_id, "--no-save", "--format", "ics"]) == 2
    err = capsys.readouterr().err
    assert "needs a date" in err and "braucht" not in err, err
    assert main(["prepare", "--deal", deal_id, "--no-save", "--lang", "de"]) == 0
    assert "Checkliste" in capsys.readouterr().out
