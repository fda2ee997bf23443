"""Findings of the QA walk of 2026-11-30 on the command line: CLI messages in the user's language, not the notes'."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli.main import main

NOTES_DE = (
    "Call mit Fr. Lindqvist (Leiterin Instandhaltung, Brauerei Hohenfels GmbH), 24.11.2026\n"
    "- Sie wollen die ungeplanten Stillstände der Abfülllinie 3 bis Ende Q2 halbieren\n"
    "- Budget noch offen, Entscheidung trifft Hr. Brandauer (GF)\n"
)


def _deal_with_german_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES_DE, encoding="utf-8")
    assert main(["deal", "new", "Hohenfels", "--customer", "Brauerei Hohenfels GmbH"]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert main(["deal", "add", deal_id, str(notes)]) == 0
    capsys.readouterr()
    return deal_id


@pytest.mark.parametrize(
    ("lang", "said", "unit"), [("en", "wrote ", " bytes)"), ("de", " geschrieben (", " Bytes)")]
)
def test_the_deal_export_says_wrote_in_the_users_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    said: str,
    unit: str,
) -> None:
    deal_id = _deal_with_german_notes(tmp_path, capsys)
    monkeypatch.setenv("COACH_LANG", lang)
    out = tmp_path / "deal.csv"
    assert main(["deal", "export", deal_id, "--format", "csv", "-o", str(out)]) == 0
    err = capsys.readouterr().err.strip()
    assert said in err and unit in err, err
    size = f"{out.stat().st_size:,}"
    assert (size if lang == "en" else size.replace(",", ".")) in err


def test_the_preparation_says_wrote_in_english_for_german_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    deal_id = _deal_with_german_notes(tmp_path, capsys)
    monkeypatch.setenv("COACH_LANG", "en")
    out = tmp_path / "prep.md"
    assert main(["prepare", "--deal", deal_id, "--no-save", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"coach: wrote {out} (md, " in err and "geschrieben" not in err


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Gehirn: offline (regelbasiert, ohne Sprachmodell) — kein Text verlässt diesen Rechner"),
        ("en", "Brain: offline (rule-based, no language model) — nothing leaves this machine"),
    ],
)
def test_the_role_plays_brain_line_is_one_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str, line: str
) -> None:
    import io

    monkeypatch.setenv("COACH_LANG", lang)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    main(["roleplay", "--scenario", "de-price-energy", "--no-save", "--provider", "offline"])
    assert line in capsys.readouterr().err
