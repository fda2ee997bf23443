"""A deal's entry points cut oversized notes before any work and say so; big ones tell the user at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach import limits
from coach.deals.service import DealService
from coach.settings import load_settings
from coach.storage import for_settings

CALL = (Path(__file__).parent / "data" / "deals" / "call-2.de.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("lang", "word"), [("de", "Zeichen"), ("en", "characters")])
def test_the_service_cuts_notes_to_the_limit_and_keeps_the_notice(
    monkeypatch: pytest.MonkeyPatch, lang: str, word: str
) -> None:
    monkeypatch.setitem(limits.LIMITS, "notes", 400)
    svc = DealService(for_settings(load_settings()), lang=lang)
    deal = svc.create("Cut", customer="Nordwerk AG")
    svc.add(deal, CALL * 20)
    [row] = svc.rows(deal)
    assert len(CALL * 20) > 400 and 0 < len(row.text) <= 400
    notices = json.loads(row.result)["notices"]
    assert any(word in n and "400" in n for n in notices), notices


def test_the_web_tab_says_at_once_that_a_big_input_takes_a_while(monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.web import deals_tab

    monkeypatch.setattr(limits, "BIG_INPUT", 200)  # CALL counts as big: it runs in the worker process
    said: list[str] = []
    settings = load_settings()
    out = deals_tab.create(settings, "Big", "Nordwerk AG", "Plattform", "en")
    out = deals_tab.add(
        settings, out[1]["value"], CALL, "", "notes", "en", "offline", lambda _p, desc: said.append(desc)
    )
    assert said and "Large input" in said[0] and "characters" in said[0]
    assert 'data-dim="budget"' in out[4]  # the analysis from the worker process was stored and shown


def test_deal_add_on_the_command_line_says_on_stderr_that_the_notes_were_cut(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coach.cli.main import main

    monkeypatch.setitem(limits.LIMITS, "notes", 400)
    big = tmp_path / "big.txt"
    big.write_text(CALL * 20, encoding="utf-8")
    assert main(["deal", "new", "Cut", "--lang", "en"]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert main(["deal", "add", deal_id, str(big), "--lang", "en", "--json"]) == 0
    captured = capsys.readouterr()
    item = json.loads(captured.out)
    assert "longer than 400 characters" in captured.err and item["kind"] == "notes"
    assert len(item["notices"]) == 1 and "longer than 400 characters" in item["notices"][0]
