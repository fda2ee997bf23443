"""What a salesperson saw using the deal workspace (QA of issue 16): labels, titles, stage, `deal sent`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.deals.service import DealService, item_title
from coach.settings import load_settings
from coach.storage import for_settings

DATA = Path(__file__).parent / "data" / "deals"
CALL_1 = (DATA / "call-1.de.txt").read_text(encoding="utf-8")
MINUTES = (DATA / "minutes.de.txt").read_text(encoding="utf-8")
VTT = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Markus Weber>Unsere Lösung reduziert Ihre Kosten um 30 Prozent.

00:00:06.000 --> 00:00:09.000
<v Anna Schulz>Wir wollen die Durchlaufzeit bis Q3 halbieren.
"""
PENDING = """Entscheidungsmeeting Nordwerk, 20.04.2027
Teilnehmer: Frau Petersen (CFO, Nordwerk AG), Herr Brandt (Vertrieb, Softline GmbH)
- Rückblick auf die bisherigen Gespräche bestätigt.
- Die Entscheidung ist vertagt: der Vorstand tagt am 15.12.2027 und entscheidet dann.
"""


@pytest.fixture
def service() -> DealService:
    return DealService(for_settings(load_settings()), None)


def test_a_transcript_item_is_titled_by_its_content_not_webvtt(service: DealService) -> None:
    deal = service.create("Nordwerk")
    item = service.add(deal, VTT, kind="notes", lang="de")
    assert "WEBVTT" not in item.title and item.title.startswith("Transkript ")
    from datetime import date

    assert item_title("WEBVTT\n\nNOTE x\n", date(2026, 3, 3), "en", None) != "WEBVTT"
    assert item_title("\n- Ziel: Ausschuss senken\n", date(2026, 3, 3), "de") == "Ziel: Ausschuss senken"


def test_a_pending_decision_keeps_the_deal_before_follow_through(service: DealService) -> None:
    deal = service.create("Nordwerk")
    service.add(deal, CALL_1)
    service.add(deal, PENDING, kind="minutes")
    view = service.show(deal)
    assert view.decision == "pending"
    assert view.stage == "decision_prepared"


def test_deal_show_and_list_print_labels_in_the_deal_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deal", "new", "Nordwerk PdM"]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert main(["deal", "add", deal_id, str(DATA / "call-1.de.txt")]) == 0
    capsys.readouterr()
    assert main(["deal", "show", deal_id]) == 0
    text = capsys.readouterr().out
    assert "not_ready" not in text and " notes " not in text
    assert "Gesprächsnotizen" in text and "Kerndimensionen abgedeckt" in text
    assert main(["deal", "list", "--lang", "de"]) == 0
    listed = capsys.readouterr().out
    assert "qualifying" not in listed and "Qualifizierung" in listed
    assert main(["deal", "list", "--lang", "en"]) == 0
    assert "Qualifying" in capsys.readouterr().out
    assert main(["deal", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["deals"][0]["stage"] == "qualifying"


def test_deal_sent_prints_one_line_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deal", "new", "Nordwerk PdM"]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert main(["deal", "add", deal_id, str(DATA / "minutes.de.txt"), "--kind", "minutes"]) == 0
    capsys.readouterr()
    assert main(["deal", "sent", deal_id]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and f"#{deal_id}" in out[0] and "gesendet" in out[0]
    assert main(["deal", "sent", deal_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["minutes_sent"] is True
