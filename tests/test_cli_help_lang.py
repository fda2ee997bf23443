"""`coach --help` and every subcommand's `--help` speak the user's language: --lang, else COACH_LANG."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from coach.cli.argparse_lang import speak
from coach.cli.main import build_parser, main
from coach.messages import LANGS, known

# help texts that may read the same in both languages (none so far: names and option lists get a German frame)
SAME_IN_BOTH: set[str] = set()


def _walk(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Yield (command path, parser) for the parser and every subcommand below it."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))


def _texts(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Return the parser's own texts: its description, and the help of each argument and listed subcommand."""
    texts = {"description": parser.description} if parser.description else {}
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.help in (None, argparse.SUPPRESS):
            continue
        texts[action.dest] = action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                texts[f"command {choice.dest}"] = choice.help
    return texts


def _parsers(lang: str) -> dict[tuple[str, ...], dict[str, str]]:
    """Return the texts of every parser (by command path) as built for lang."""
    return {path: _texts(p) for path, p in _walk(build_parser(lang))}


def _flat(text: str) -> str:
    """Return text with every run of whitespace made one space (help output is wrapped)."""
    return re.sub(r"\s+", " ", text)


COMMANDS = sorted(_parsers("en"))


@pytest.fixture(autouse=True)
def _english_argparse() -> Iterator[None]:
    """Leave argparse's own words in English after each test (main switches them per language)."""
    yield
    speak("en")


def test_the_cli_help_table_loads_with_both_languages() -> None:
    from coach.cli import help_messages  # noqa: F401 - registers the help texts (define() raises on a gap)

    table = {mid: texts for mid, texts in known().items() if mid.startswith("help.")}
    assert len(table) > 100
    for mid, texts in table.items():
        assert all(texts.get(lang, "").strip() for lang in LANGS), mid
        assert "%" not in texts["de"] + texts["en"], mid  # argparse formats help with %


def test_every_command_has_the_same_help_entries_in_both_languages() -> None:
    german, english = _parsers("de"), _parsers("en")
    assert german.keys() == english.keys()
    for path in english:
        assert german[path].keys() == english[path].keys(), path


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "coach")
def test_german_help_translates_every_text(
    path: tuple[str, ...], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    english, german = _parsers("en")[path], _parsers("de")[path]
    for key, text in english.items():
        if text not in SAME_IN_BOTH:
            assert german[key] != text, (path, key, text)
    monkeypatch.setenv("COLUMNS", "1000")  # no wrapping: every help text appears in one piece
    monkeypatch.setenv("COACH_LANG", "en")
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "de", *path, "--help"])
    out = _flat(capsys.readouterr().out)
    assert stop.value.code == 0
    assert out.startswith("Aufruf: coach") and "-h, --help diese Hilfe anzeigen und beenden" in out
    assert "usage:" not in out and "options:" not in out and "show this help" not in out
    for key, text in german.items():
        assert _flat(text) in out, (path, key)
    for key, text in english.items():
        if text not in SAME_IN_BOTH and len(text) > 12:  # short ones ("print JSON") hide inside longer ones
            assert _flat(text) not in out, (path, key)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "coach")
def test_english_help_stays_english(
    path: tuple[str, ...], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    monkeypatch.setenv("COACH_LANG", "de")
    with pytest.raises(SystemExit) as stop:
        main([*path, "--help", "--lang", "en"])
    out = _flat(capsys.readouterr().out)
    assert stop.value.code == 0
    assert out.startswith("usage: coach") and "show this help message and exit" in out
    for key, text in _parsers("en")[path].items():
        assert _flat(text) in out, (path, key)
    assert "Aufruf:" not in out and "Optionen:" not in out


def test_the_english_texts_are_the_known_ones() -> None:
    """A few English help texts existing users (and docs) know, word for word."""
    texts = _parsers("en")
    assert texts[("qualify",)]["input_format"] == "how to read the input (default: detected from the file)"
    assert texts[("minutes",)]["file"].startswith("the notes or a transcript (.txt, .md, .docx")
    assert texts[()]["description"].startswith("Coaching assistant for B2B sales")


def test_the_help_language_follows_coach_lang(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    monkeypatch.setenv("COACH_LANG", "de")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = _flat(capsys.readouterr().out)
    assert "Coaching-Assistent für den B2B-Vertrieb" in out and "Optionen:" in out
    monkeypatch.setenv("COACH_LANG", "en")
    with pytest.raises(SystemExit):
        main(["minutes", "--help"])
    assert "Draft minutes of a decision meeting" in _flat(capsys.readouterr().out)


@pytest.mark.parametrize("argv", [["qualify", "--lang", "de", "--help"], ["minutes", "--help", "--lang=de"]])
def test_the_commands_own_lang_flag_switches_its_help(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    monkeypatch.setenv("COACH_LANG", "en")
    with pytest.raises(SystemExit):
        main(argv)
    out = _flat(capsys.readouterr().out)
    assert "Aufruf: coach" in out and "Format der Eingabe (Standard: an der Datei erkannt)" in out


def test_a_command_without_subcommand_prints_its_help_in_german(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    monkeypatch.setenv("COACH_LANG", "de")
    assert main(["deal"]) == 2
    out = _flat(capsys.readouterr().out)
    assert "Ein Deal sammelt datierte Gesprächsnotizen" in out and "Deal anlegen und seine ID ausgeben" in out


def test_the_lang_flag_before_the_command_sets_the_cli_language() -> None:
    from coach.cli.common import cli_lang

    args = build_parser("en").parse_args(["--lang", "de", "doctor"])
    assert cli_lang(args) == "de"
    args = build_parser("en").parse_args(["--lang", "de", "qualify", "--lang", "en", "notes.txt"])
    assert cli_lang(args) == "en" and args.lang == "en"  # the command's own --lang wins


def test_coach_qualify_help_in_a_subprocess_speaks_german() -> None:
    env = {**os.environ, "COACH_LANG": "de", "COLUMNS": "200"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from coach.cli.main import main; sys.exit(main())",
            "qualify",
            "--help",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Aufruf: coach qualify" in done.stdout
    assert "Format der Eingabe (Standard: an der Datei erkannt)" in done.stdout
    assert "Person auf der Verkäuferseite" in done.stdout
    assert "how to read the input" not in done.stdout
