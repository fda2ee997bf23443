"""COACH_LANG sets the result language of the CLI, and every CLI message comes in that language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.errors import IndexMissingError
from coach.lang import detect_language

NOTES_DE = (
    "Discovery-Call Brenner GmbH, 24.11.2026\n"
    "- Ziel: OEE von 61 % auf 72 % bis Ende 2027\n"
    "- Budget steht noch nicht fest\n"
    "- Wir telefonieren am Dienstag wieder\n"
)
NOTES_EN = (
    "Call with Priya at Harbor Foods, 2 Dec 2026.\n"
    "- Goal: cut scrap by 12 % before Q3\n"
    "- Budget is not set yet; we talk again on Tuesday\n"
)


def _qualify(tmp_path: Path, capsys: pytest.CaptureFixture[str], notes: str, *flags: str) -> dict:
    path = tmp_path / "notes.txt"
    path.write_text(notes, encoding="utf-8")
    assert main(["qualify", str(path), "--json", "--provider", "offline", *flags]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("env", "notes", "flags", "expected"),
    [
        ("en", NOTES_DE, (), "en"),  # COACH_LANG sets the result language ...
        ("de", NOTES_EN, (), "de"),
        ("de", NOTES_EN, ("--lang", "en"), "en"),  # ... the flag still wins ...
        (None, NOTES_DE, (), "de"),  # ... and without either, the notes' own language
        (None, NOTES_EN, (), "en"),
    ],
)
def test_coach_lang_sets_the_result_language_of_qualify(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    env: str | None,
    notes: str,
    flags: tuple[str, ...],
    expected: str,
) -> None:
    if env:
        monkeypatch.setenv("COACH_LANG", env)
    else:
        monkeypatch.delenv("COACH_LANG", raising=False)
    data = _qualify(tmp_path, capsys, notes, *flags)
    assert data["language"] == expected
    questions = " ".join(q["question"] for q in data["next_questions"])
    assert questions and detect_language(questions) == expected  # written in the result language


def test_the_truncation_notice_follows_coach_lang(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_LANG", "de")
    long_notes = NOTES_EN + "- We discussed the rollout plan in detail.\n" * 2_600  # > 100,000 characters
    data = _qualify(tmp_path, capsys, long_notes)
    assert any(n.startswith("Die Notizen waren länger als 100.000 Zeichen") for n in data["notices"])
    assert not any("longer than" in n for n in data["notices"])


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (["--scenario", "no-such-scenario"], "Unbekanntes Szenario", "Unknown scenario"),
        (["--scenario-file", "missing.yaml"], "Szenario-Datei nicht gefunden", "Scenario file not found"),
    ],
)
def test_roleplay_errors_follow_coach_lang(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    german: str,
    english: str,
) -> None:
    script = tmp_path / "script.txt"
    script.write_text("Was genau meinen Sie?\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for lang, wanted, unwanted in (("de", german, english), ("en", english, german)):
        monkeypatch.setenv("COACH_LANG", lang)
        assert main(["roleplay", *args, "--script", str(script), "--provider", "offline"]) == 2
        err = capsys.readouterr().err
        assert wanted in err and unwanted not in err and err.count("\n") == 1


def test_empty_check_reply_is_refused_in_coach_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_LANG", "de")
    assert main(["check-reply", "--objection", "Zu teuer.", "--reply", "  "]) == 2
    assert "Die Antwort ist leer" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "wanted"), [("de", "Noch kein Wissensindex"), ("en", "No knowledge index yet")]
)
def test_the_missing_index_error_follows_coach_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, wanted: str
) -> None:
    from coach.retrieval import get_retriever
    from coach.settings import load_settings

    monkeypatch.setenv("COACH_LANG", lang)
    settings = load_settings(home=str(tmp_path / "fresh-home"))
    with pytest.raises(IndexMissingError, match=wanted):
        get_retriever(settings).search("Budget", k=3)
