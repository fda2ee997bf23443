"""`coach deal show` (QA round 9): evidence is quoted with the marks of the output's language."""

from __future__ import annotations

import pytest

from coach.cli.main import main

NOTES_EN = "Call with Ms Reyes (Head of Operations, Larkfield Dairy Ltd)\n- Goal: cut forecast error to under 15 % by Q3 2027.\n"
NOTES_DE = "Telefonat mit Frau Berger (Leiterin Betrieb, Larkfeld Molkerei GmbH)\n- Ziel: Prognosefehler bis Q3 2027 unter 15 % senken.\n"


@pytest.mark.parametrize(
    ("lang", "notes", "marks", "foreign"),
    [("en", NOTES_EN, ("“", "”"), "„"), ("de", NOTES_DE, ("„", "“"), "”")],
)
def test_deal_show_quotes_in_the_output_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path,
    lang: str,
    notes: str,
    marks: tuple[str, str],
    foreign: str,
) -> None:
    monkeypatch.delenv("COACH_LANG", raising=False)
    note = tmp_path / "notes.txt"
    note.write_text(notes, encoding="utf-8")
    assert main(["deal", "new", "Forecasting", "--lang", lang]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert main(["deal", "add", deal_id, str(note), "--lang", lang]) == 0
    capsys.readouterr()
    assert main(["deal", "show", deal_id, "--lang", lang]) == 0
    out = capsys.readouterr().out
    left, right = marks
    assert f"{left}" in out and f"{right} (" in out, out
    assert foreign not in out, out
