"""A deal's dates and housekeeping (QA round 2): items are dated when they happened, preparing again replaces the
earlier preparation, duplicate names are pointed out, output folders are not invented, dates read as people write."""

from __future__ import annotations

import datetime as dt
import email
import json
from email import policy
from pathlib import Path

import pytest
from test_deals_merge import notes

from coach.cli.main import main
from coach.deals.commitments import notes_date
from coach.deals.merge import Entry
from coach.deals.messages import day_text
from coach.deals.service import DealService
from coach.prepare.engine import Material, prepare
from coach.settings import load_settings
from coach.storage import for_settings

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def service() -> DealService:
    return DealService(for_settings(load_settings()), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a CRM record's dates are plans: dated today, never by its close date
        ("deal: Harbor Mills\ncompany: Harbor Mills Ltd\nstage: proposal\nclose_date: 2027-06-30\n", TODAY),
        ("Anruf bei Harbor Mills, 14.10.2026\n- Ziel: Ausschuss senken\n", dt.date(2026, 10, 14)),
        ("- Ziel: Ausschuss senken\n", TODAY),
    ],
)
def test_notes_are_dated_when_they_happened(text: str, expected: dt.date) -> None:
    assert notes_date(text, TODAY) == expected


def _prep(meeting: dt.date | None) -> object:
    material = Material(
        language="de",
        deal_name="Harbor",
        offer="Wartungsplattform",
        notes=[(Entry(1, "notes", dt.date(2026, 10, 1), notes()), "Ziel: Ausschuss senken.")],
    )
    return prepare(material, meeting, "09:00" if meeting else None)


def test_preparing_the_same_meeting_again_replaces_it_and_is_dated_today(service: DealService) -> None:
    deal = service.create("Harbor")
    meeting = dt.date.today() + dt.timedelta(days=40)
    for _ in range(3):
        service.add_preparation(deal, _prep(meeting))
    other = dt.date.today() + dt.timedelta(days=70)
    service.add_preparation(deal, _prep(other))
    items = [i for i in service.show(deal).items if i.kind == "preparation"]
    assert len(items) == 2  # one per meeting, not one per export
    assert all(i.date == dt.date.today() for i in items)  # never the (future) meeting date
    assert service.show(deal).last_activity == dt.date.today()


def test_a_duplicate_deal_name_is_pointed_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deal", "new", "Harbor Mills", "--lang", "de"]) == 0
    first = capsys.readouterr()
    assert first.err == ""
    assert main(["deal", "new", " harbor  mills ", "--lang", "de"]) == 0
    second = capsys.readouterr()
    assert second.out.strip() == "2" and "#1" in second.err and "gibt schon" in second.err


def test_an_output_folder_that_does_not_exist_is_an_error_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["deal", "new", "Harbor"]) == 0
    capsys.readouterr()
    missing = tmp_path / "no-such-folder" / "deal.csv"
    assert main(["deal", "export", "1", "--format", "csv", "-o", str(missing)]) == 2
    assert not missing.parent.exists() and "does not exist" in capsys.readouterr().err
    target = tmp_path / "prep.md"
    assert main(["prepare", "--deal", "1", "-o", str(tmp_path / "nope" / "prep.md")]) == 2
    assert main(["prepare", "--deal", "1", "-o", str(target)]) == 0 and target.exists()


def test_prepare_warns_about_a_past_date_and_a_missing_sender(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["deal", "new", "Harbor"]) == 0
    capsys.readouterr()
    out = tmp_path / "inv.eml"
    assert (
        main(["prepare", "--deal", "1", "--lang", "de", "--meeting-date", "2020-01-01T10:00", "-o", str(out)])
        == 0
    )
    err = capsys.readouterr().err
    assert "Vergangenheit" in err and "Absender" in err
    assert email.message_from_bytes(out.read_bytes(), policy=policy.default)["From"]
    monkeypatch.setenv("COACH_SENDER", "kim@seller.example")
    assert main(["prepare", "--deal", "1", "--meeting-date", "2031-05-06T10:00", "-o", str(out)]) == 0
    assert "sender" not in capsys.readouterr().err.lower()
    assert email.message_from_bytes(out.read_bytes(), policy=policy.default)["From"] == "kim@seller.example"
    assert (
        main(["prepare", "--deal", "1", "--meeting-date", "2031-05-06T10:00", "--timezone", "Mars/Olympus"])
        == 2
    )
    assert main(["deal", "show", "1", "--json"]) == 0
    kinds = [i["kind"] for i in json.loads(capsys.readouterr().out)["items"]]
    assert kinds.count("preparation") == 2  # the 2020 meeting and the 2031 one


@pytest.mark.parametrize(("lang", "expected"), [("de", "09.12.2026"), ("en", "9 Dec 2026")])
def test_dates_read_as_people_write_them(lang: str, expected: str) -> None:
    assert day_text(dt.date(2026, 12, 9), lang) == expected
