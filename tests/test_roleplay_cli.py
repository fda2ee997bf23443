"""The CLI contract of `coach check-reply`, `coach roleplay` and `coach history`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.roleplay.scenarios import get_scenario


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json(capsys) -> None:
    code, out, _ = run(capsys, "roleplay", "--list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 8
    assert set(rows[0]) == {"id", "title", "language", "difficulty", "objections"}
    assert {r["language"] for r in rows} == {"de", "en"}


def test_script_json_contract(capsys, tmp_path: Path) -> None:
    script = tmp_path / "rep.txt"
    script.write_text("\n".join(get_scenario("de-price-energy").good_rep_script) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "roleplay", "--scenario", "de-price-energy", "--script", str(script), "--json")
    data = json.loads(out)
    assert code == 0
    assert {"scenario", "turns", "outcome", "scorecard"} <= set(data)
    assert data["scenario"] == "de-price-energy" and data["outcome"] == "yes"
    assert {"speaker", "text", "techniques"} <= set(data["turns"][1]) and data["turns"][0][
        "speaker"
    ] == "buyer"
    assert {"criteria", "total"} <= set(data["scorecard"]) and 0 <= data["scorecard"]["total"] <= 100
    criterion = data["scorecard"]["criteria"][0]
    assert {"id", "passed", "score", "threshold", "evidence", "tip", "sources"} <= set(criterion)
    assert {"turn", "reply", "quote"} == set(criterion["evidence"][0])
    # the finished session is in the history
    code, out, _ = run(capsys, "history", "--json")
    history = json.loads(out)
    assert code == 0 and history["sessions"][0]["scenario"] == "de-price-energy"
    assert {t["id"] for t in history["trend"]} >= {"explored_root_cause", "agreed_next_steps"}


def test_script_human_output_with_hints(capsys, tmp_path: Path) -> None:
    script = tmp_path / "rep.txt"
    script.write_text(
        "Is the contract term the only issue?\nWhat happened with a vendor before?\n", encoding="utf-8"
    )
    code, out, _ = run(
        capsys,
        "roleplay",
        "--scenario",
        "en-contract-molding",
        "--script",
        str(script),
        "--hints",
        "--no-save",
    )
    assert code == 0 and "Hint:" in out and "Outcome: open" in out and "Score:" in out
    code, out, _ = run(capsys, "history")
    assert "No role-play sessions stored yet" in out


def test_check_reply_json_contract(capsys) -> None:
    code, out, _ = run(
        capsys,
        "check-reply",
        "--objection",
        "Das ist uns zu teuer.",
        "--reply",
        "Ich schaue mal, was Finance am Preis machen kann.",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert {
        "techniques",
        "explores_root_cause",
        "premature_concession",
        "feedback",
        "better_reply",
        "sources",
        "provider",
    } <= set(data)
    assert data["premature_concession"] is True and data["explores_root_cause"] is False
    assert data["provider"] == "offline" and data["sources"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["roleplay", "--scenario", "no-such-scenario", "--script", "{script}"],
            "Unknown scenario 'no-such-scenario'",
        ),
        (["check-reply", "--objection", "Zu teuer.", "--reply", "   "], "reply is empty"),
        (["check-reply", "--objection", "", "--reply", "Warum?"], "objection is empty"),
        (["roleplay", "--scenario", "de-price-energy", "--script", "{empty}"], "has no lines"),
        (["roleplay", "--scenario", "de-price-energy", "--script", "{comments}"], "has no lines"),
        (["roleplay", "--scenario", "de-price-energy", "--script", "{missing}"], "File not found"),
        (["roleplay", "--script", "{script}"], "--scenario"),
        (["history", "--purge"], "--yes"),
    ],
)
def test_user_errors_exit_2_without_traceback(capsys, tmp_path: Path, argv: list[str], message: str) -> None:
    files = {
        "{script}": tmp_path / "ok.txt",
        "{empty}": tmp_path / "empty.txt",
        "{comments}": tmp_path / "comments.txt",
        "{missing}": tmp_path / "missing.txt",
    }
    files["{script}"].write_text("Was genau ist zu teuer?\n", encoding="utf-8")
    files["{empty}"].write_text("", encoding="utf-8")
    files["{comments}"].write_text("# only a comment\n\n", encoding="utf-8")
    code, out, err = run(capsys, *[str(files.get(a, a)) for a in argv])
    assert code == 2
    assert message in err and "Traceback" not in err and out == ""


def test_interactive_session_reads_lines_until_end(capsys, monkeypatch) -> None:
    answers = iter(["Danke. Was genau lässt das Angebot zu teuer wirken?", "", "/end"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    code, out, err = run(capsys, "roleplay", "--scenario", "de-price-energy", "--hints")
    assert code == 0
    assert "Kunde: Danke für die Präsentation" in out and "Investitionsbudget" in out
    assert "Tipp:" in out and "Ergebnis: offen" in out and "kein Text verlässt diesen Rechner" in err


def test_interactive_eof_ends_the_session(capsys, monkeypatch) -> None:
    def eof(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", eof)
    code, out, _ = run(capsys, "roleplay", "--scenario", "en-need-retail")
    assert code == 0 and "nothing to score" in out


def test_history_purge_with_yes(capsys, tmp_path: Path) -> None:
    script = tmp_path / "rep.txt"
    script.write_text("Why?\n", encoding="utf-8")
    run(capsys, "roleplay", "--scenario", "en-need-retail", "--script", str(script), "--json")
    code, out, _ = run(capsys, "history", "--purge", "--yes", "--json")
    assert code == 0 and json.loads(out)["deleted"] == 1
    code, out, _ = run(capsys, "history", "--json")
    assert json.loads(out)["sessions"] == []


_ENGLISH_LABELS = (
    "Techniques:",
    "Explores the root cause",
    "Better reply",
    "Buyer:",
    "You:",
    "Outcome:",
    "Score:",
)


def test_coach_lang_de_labels_check_reply_in_german(capsys, monkeypatch) -> None:
    monkeypatch.setenv("COACH_LANG", "de")
    code, out, _ = run(
        capsys,
        "check-reply",
        "--objection",
        "Too expensive.",
        "--reply",
        "I can give you 10% off.",
        "--provider",
        "offline",
    )
    assert code == 0
    assert (
        "Techniken:" in out and "Erkundet die Ursache: nein" in out and "Vorschnelles Zugeständnis: ja" in out
    )
    assert "Bessere Antwort:" in out and "Quelle:" in out
    assert not any(label in out for label in _ENGLISH_LABELS)


def test_coach_lang_de_labels_an_english_scenario_in_german(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COACH_LANG", "de")
    script = tmp_path / "rep.txt"
    script.write_text("Thanks for raising that. What exactly is behind the concern?\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "roleplay", "--scenario", "en-need-retail", "--script", str(script), "--no-save"
    )
    assert code == 0
    assert "Kunde:" in out and "Sie:" in out and "Ergebnis:" in out and "Punkte:" in out
    assert "Ursache erkundet" in out and "Erstellt von: offline" in out
    assert not any(label in out for label in _ENGLISH_LABELS)


def test_english_labels_without_coach_lang_for_an_english_scenario(capsys, tmp_path: Path) -> None:
    script = tmp_path / "rep.txt"
    script.write_text("What exactly is behind the concern?\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "roleplay", "--scenario", "en-need-retail", "--script", str(script), "--no-save"
    )
    assert code == 0 and "Buyer:" in out and "Outcome:" in out and "Explored the root cause" in out
