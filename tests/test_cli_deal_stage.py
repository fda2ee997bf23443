"""`coach deal set ID --stage … [--note TEXT] [--date D]`: a stage set by hand, on the command line (real SQLite)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli.main import main

DATA = Path(__file__).parent / "data" / "deals"


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_LANG", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, "C")


@pytest.fixture
def deal(capsys: pytest.CaptureFixture[str]) -> str:
    """A German deal with minutes of 20.04.2027 (positive decision, not every gate met)."""
    assert main(["deal", "new", "Nordwerk PdM", "--customer", "Nordwerk AG"]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert main(["deal", "add", deal_id, str(DATA / "minutes.de.txt"), "--kind", "minutes"]) == 0
    capsys.readouterr()
    return deal_id


def test_set_won_by_hand_says_so_and_the_gates_stay_honest(
    deal: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["deal", "set", deal, "--stage", "won", "--note", "Vertrag per Post", "--date", "2027-05-02"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"Deal #{deal}: stage Won set by hand (2 May 2027)." in out
    assert "The quality gates stay what the minutes prove:" in out and "Contract signed: not met" in out
    assert main(["deal", "show", deal, "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert view["stage"] == "won" and view["items"][-1]["kind"] == "stage"
    assert view["stage_by_hand"] == {
        "stage": "won",
        "date": "2027-05-02",
        "note": "Vertrag per Post",
        "item_id": view["items"][-1]["id"],
    }
    assert {g["id"]: g["status"] for g in view["gates"]}["contract_signed"] != "met"
    assert main(["deal", "show", deal]) == 0  # the deal's language: German
    text = capsys.readouterr().out
    assert "Gewonnen (von Hand gesetzt am 02.05.2027: „Vertrag per Post“); " in text
    assert "Vertrag unterschrieben: nicht erfüllt" in text and "Phase von Hand" in text
    assert main(["deal", "show", deal, "--lang", "en"]) == 0
    assert "Won (set by hand on 2 May 2027: “Vertrag per Post”)" in capsys.readouterr().out


def test_set_stage_in_german_with_a_german_date_and_json(
    deal: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["deal", "--lang", "de", "set", deal, "--stage", "pausiert", "--date", "05.05.2027", "--json"]
    )
    assert code == 0
    view = json.loads(capsys.readouterr().out)
    assert view["stage"] == "on_hold" and view["stage_label"] == "Pausiert"
    assert view["stage_text"] == "Pausiert (von Hand gesetzt am 05.05.2027)"
    assert main(["deal", "list", "--lang", "de"]) == 0
    assert "Pausiert" in capsys.readouterr().out


def test_customer_and_offer_still_set_as_before(deal: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deal", "set", deal, "--offer", "Wartungsplattform"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["deal", "show", deal, "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert view["offer"] == "Wartungsplattform" and view["stage_by_hand"] is None
    assert [i["kind"] for i in view["items"]] == ["minutes"]


@pytest.mark.parametrize(
    ("args", "lang", "expected"),
    [
        (["--stage", "wonn"], "en", "Unknown stage 'wonn': allowed are qualifying"),
        (["--stage", "wonn"], "de", "Unbekannte Phase 'wonn': erlaubt sind qualifying"),
        (["--stage", "new"], "en", "Unknown stage 'new'"),
        (["--note", "ohne Phase"], "de", "--note und --date gehören zu --stage"),
        (["--stage", "lost", "--date", "2027-13-01"], "en", "Invalid date '2027-13-01'"),
    ],
)
def test_wrong_input_is_exit_2_with_one_line_in_the_users_language(
    deal: str, capsys: pytest.CaptureFixture[str], args: list[str], lang: str, expected: str
) -> None:
    code = main(["deal", "set", deal, *args, "--lang", lang, "--customer", "Andere AG"])
    err = capsys.readouterr().err
    assert code == 2 and expected in err and len(err.strip().splitlines()) == 1
    assert main(["deal", "show", deal, "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert [i["kind"] for i in view["items"]] == ["minutes"]  # nothing was written
    assert view["customer"] == "Nordwerk AG"


def test_set_help_lists_the_stages_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    for lang, word in (("de", "Phase von Hand setzen"), ("en", "set the stage by hand")):
        with pytest.raises(SystemExit) as stop:
            main(["deal", "set", "--help", "--lang", lang])
        out = " ".join(capsys.readouterr().out.split())
        assert stop.value.code == 0 and word in out and "on_hold" in out and "--note" in out
