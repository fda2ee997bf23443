"""The CLI's shared output: one message language, -o never creates folders, --seller naming nobody is said, and
knowledge cited by title and section (ids only in --json)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.settings import default_language

NOTES_EN = (
    "Call with Priya Shah, Harbor Foods, 2 Dec 2026.\n"
    "- Goal: cut scrap by 12 % before Q3\n"
    "- Budget is not set yet; we talk again on Tuesday\n"
)
TRANSCRIPT = (
    "WEBVTT\n\n"
    "00:00:01.000 --> 00:00:05.000\n<v Anna Weber>Thanks for your time. What is your goal for this year?\n\n"
    "00:00:06.000 --> 00:00:12.000\n<v Tom Baker>We want to cut scrap by 12 percent before Q3.\n\n"
    "00:00:13.000 --> 00:00:18.000\n<v Tom Baker>Our CFO decides, and the budget is not set yet.\n"
)
LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def locale(monkeypatch: pytest.MonkeyPatch):
    """Return a setter for the process locale (LANG), the other locale variables cleared."""
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)

    def set_locale(value: str | None) -> None:
        if value is None:
            monkeypatch.delenv("LANG", raising=False)
        else:
            monkeypatch.setenv("LANG", value)

    return set_locale


# --- one rule for the language of messages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("coach_lang", "env", "expected"),
    [
        (None, {}, "en"),
        (None, {"LANG": "de_DE.UTF-8"}, "de"),
        (None, {"LANG": "de_AT"}, "de"),
        (None, {"LANG": "C.UTF-8"}, "en"),
        (None, {"LANG": "de_DE.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),  # LC_ALL wins (POSIX)
        (None, {"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "de"),
        ("en", {"LANG": "de_DE.UTF-8"}, "en"),  # COACH_LANG wins over the locale
        ("de", {"LANG": "C"}, "de"),
    ],
)
def test_the_message_language_is_coach_lang_else_the_locale_else_english(
    monkeypatch: pytest.MonkeyPatch, locale, coach_lang: str | None, env: dict[str, str], expected: str
) -> None:
    locale(None)
    if coach_lang:
        monkeypatch.setenv("COACH_LANG", coach_lang)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default_language() == expected


@pytest.mark.parametrize(
    ("lang_env", "not_found", "short_password"),
    [
        ("de_DE.UTF-8", "Datei nicht gefunden", "Das Passwort ist zu kurz"),
        ("C.UTF-8", "File not found", "password is too short"),
    ],
)
def test_every_cli_error_follows_the_same_rule_by_default(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locale,
    lang_env: str,
    not_found: str,
    short_password: str,
) -> None:
    locale(lang_env)
    monkeypatch.setenv("COACH_USERS_FILE", str(tmp_path / "users.txt"))
    assert main(["qualify", str(tmp_path / "missing.txt")]) == 2
    assert not_found in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("kurz\n"))
    assert main(["user", "add", "anna", "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert short_password.lower() in err.lower() and err.count("\n") == 1


@pytest.mark.parametrize(("lang", "wrote"), [("de", "geschrieben"), ("en", "wrote")])
def test_the_written_file_is_announced_in_the_users_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str, wrote: str
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES_EN, encoding="utf-8")
    monkeypatch.setenv("COACH_LANG", lang)
    out = tmp_path / "minutes.md"
    assert main(["minutes", str(notes), "-o", str(out), "--provider", "offline"]) == 0
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("coach: ") and wrote in last and str(out) in last and out.exists()


# --- -o into a folder that does not exist ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["minutes", "{notes}", "-o", "{out}"],
        ["minutes", "{notes}", "--format", "docx", "-o", "{out}"],
        ["prepare", "{notes}", "-o", "{out}"],
        ["deal", "export", "1", "--format", "csv", "-o", "{out}"],
        ["eval", "--suite", "retrieval", "--report", "{out}"],
    ],
)
@pytest.mark.parametrize(("lang", "words"), [("de", "existiert nicht"), ("en", "does not exist")])
def test_an_output_into_a_missing_folder_is_one_line_and_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    lang: str,
    words: str,
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES_EN, encoding="utf-8")
    monkeypatch.setenv("COACH_LANG", lang)
    missing = tmp_path / "no" / "such" / "dir"
    out = missing / ("x.html" if "--report" in command else "x.md")
    argv = [a.format(notes=notes, out=out) for a in command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words in err and str(missing) in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "no").exists()  # no folder was created


def test_an_output_that_is_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES_EN, encoding="utf-8")
    assert main(["minutes", str(notes), "-o", str(tmp_path), "--lang", "en"]) == 2
    assert "is a folder" in capsys.readouterr().err


# --- --seller that names nobody --------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["qualify", "minutes"])
@pytest.mark.parametrize(
    ("lang", "notice"),
    [("de", "Kein Sprecher namens „Nobody Here“"), ("en", "No speaker named “Nobody Here”")],
)
def test_a_seller_name_that_matches_no_speaker_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, lang: str, notice: str
) -> None:
    path = tmp_path / "call.vtt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    base = [command, str(path), "--json", "--provider", "offline", "--lang", lang]
    assert main([*base, "--seller", "Nobody Here", "--seller", "anna"]) == 0
    notices = json.loads(capsys.readouterr().out)["notices"]
    assert sum(notice in n for n in notices) == 1
    assert not any("anna" in n for n in notices)  # a name that matches a speaker is no notice
    assert main([*base, "--seller", "Anna Weber"]) == 0
    assert not any("Nobody" in n for n in json.loads(capsys.readouterr().out)["notices"])


def test_unknown_sellers_fold_case_and_accents() -> None:
    from coach.cli.text_args import unknown_sellers
    from coach.text import parse_text

    doc = parse_text(
        "Lena Vogt: Was ist Ihr Ziel für dieses Jahr?\nJosé Álvarez: Wir wollen bis Q3 live sein.\n"
        "Lena Vogt: Wer entscheidet am Ende?\nJosé Álvarez: Das macht unser Geschäftsführer.\n"
    )
    assert {t.speaker for t in doc.turns} == {"Lena Vogt", "José Álvarez"}
    assert unknown_sellers(doc, ["jose alvarez", "LENA", "Lena Vogt", "Nobody Here", " "]) == ["Nobody Here"]


# --- knowledge cited by title and section ----------------------------------------------------------------------------

CHUNK_ID = re.compile(r"\b[a-z0-9-]+-(?:de|en)#[a-z0-9-]+\b")


def test_qualify_cites_the_knowledge_by_title_and_section_and_keeps_ids_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES_EN, encoding="utf-8")
    assert main(["qualify", str(path), "--provider", "offline", "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert not CHUNK_ID.search(out), CHUNK_ID.search(out)
    assert "Lead-Qualifizierung" in out and "›" in out
    assert main(["qualify", str(path), "--provider", "offline", "--lang", "de", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = [s["chunk_id"] for q in data["next_questions"] for s in q["sources"]]
    assert ids and all(CHUNK_ID.fullmatch(i) for i in ids)


@pytest.mark.parametrize(
    ("lang_env", "words"), [("de_DE.UTF-8", "ohne Passwort"), ("C.UTF-8", "without a password")]
)
def test_coach_ui_speaks_the_same_rule_in_the_terminal(
    capsys: pytest.CaptureFixture[str], locale, lang_env: str, words: str
) -> None:
    locale(lang_env)
    assert main(["ui", "--host", "0.0.0.0", "--port", "7999"]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
