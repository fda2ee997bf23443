"""argparse's usage errors speak the user's language: --lang, else COACH_LANG."""

from __future__ import annotations

import pytest

from coach.cli.main import main


@pytest.mark.parametrize(
    ("argv", "env", "expected", "absent"),
    [
        (
            ["minutes", "--lang", "de", "--format", "xyz", "-"],
            "en",
            "ungültige Wahl: 'xyz'",
            "invalid choice",
        ),
        (["minutes", "--format", "xyz", "-"], "de", "Fehler: Angabe --format", "error:"),
        (["qualify", "--lang=en"], "de", "the following arguments are required", "fehlen"),
        (["qualify"], "de", "diese Angaben fehlen: FILE|-", "required"),
    ],
)
def test_usage_errors_follow_the_cli_language(
    argv: list[str],
    env: str,
    expected: str,
    absent: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COACH_LANG", env)
    with pytest.raises(SystemExit) as stop:
        main(argv)
    err = capsys.readouterr().err
    assert stop.value.code == 2 and expected in err and absent not in err
