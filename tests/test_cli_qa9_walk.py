"""QA round 9 of the CLI: a file that cannot be read is said in the language chosen before the command
(`coach --lang de COMMAND …`), by every command that reads one — not only by those with their own --lang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.cli.main import main


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_LANG", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, "C")


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"  # a text name, binary content
    path.write_bytes(os.urandom(4096))
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["qualify", "{file}"],
        ["minutes", "{file}"],
        ["prepare", "{file}"],
        ["roleplay", "--from-notes", "{file}", "--no-save"],
        ["deal", "add", "{deal}", "{file}"],
    ],
    ids=["qualify", "minutes", "prepare", "roleplay-from-notes", "deal-add"],
)
@pytest.mark.parametrize(
    ("lang", "said", "not_said"), [("de", "ist kein Text", "is not text"), ("en", "is not text", "kein Text")]
)
def test_a_binary_file_is_refused_in_the_language_chosen_before_the_command(
    command: list[str],
    lang: str,
    said: str,
    not_said: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["deal", "new", "Kühlhaus"]) == 0
    deal = capsys.readouterr().out.strip()
    args = [a.format(file=_binary(tmp_path), deal=deal) for a in command]
    assert main(["--lang", lang, *args]) == 2
    err = capsys.readouterr().err
    assert said in err and not_said not in err and err.count("\n") == 1, err


@pytest.mark.parametrize(
    "command", [["qualify"], ["deal", "add", "1"], ["prepare"]], ids=["qualify", "deal-add", "prepare"]
)
def test_a_missing_file_is_said_in_german_before_the_command(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["deal", "new", "Kühlhaus"]) == 0
    capsys.readouterr()
    assert main(["--lang", "de", *command, str(tmp_path / "fehlt.txt")]) == 2
    assert "Datei nicht gefunden" in capsys.readouterr().err


def test_an_empty_script_is_said_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "script.txt"
    script.write_text("\n\n", encoding="utf-8")
    assert (
        main(
            [
                "roleplay",
                "--scenario",
                "de-price-energy",
                "--script",
                str(script),
                "--no-save",
                "--lang",
                "de",
            ]
        )
        == 2
    )
    assert "keine Zeilen" in capsys.readouterr().err
