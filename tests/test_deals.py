"""The deal workspace: dated items, the merged qualification, gates over the deal's life, follow-through, CRM export."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.deals.crm import COLUMNS, to_crm_csv, to_crm_json
from coach.deals.merge import Entry, merge_qualification
from coach.deals.service import DealService
from coach.errors import InputError
from coach.qualify import analyse
from coach.settings import load_settings
from coach.storage import for_settings

DATA = Path(__file__).parent / "data" / "deals"
CALL_1 = (DATA / "call-1.de.txt").read_text(encoding="utf-8")
CALL_2 = (DATA / "call-2.de.txt").read_text(encoding="utf-8")
MINUTES = (DATA / "minutes.de.txt").read_text(encoding="utf-8")


@pytest.fixture
def service() -> DealService:
    return DealService(for_settings(load_settings()), None)


@pytest.fixture
def deal(service: DealService) -> int:
    deal_id = service.create(
        "Nordwerk PdM", customer="Nordwerk AG", offer="Plattform für vorausschauende Wartung"
    )
    service.add(deal_id, CALL_1)
    service.add(deal_id, CALL_2)
    return deal_id


def test_the_timeline_stays_with_the_call_that_gave_it(service: DealService, deal: int) -> None:
    view = service.show(deal)
    timeline = next(d for d in view.qualification if d.key == "timeline")
    assert timeline.item_id == view.items[0].id


def test_two_german_call_notes_merge_into_one_qualification(service: DealService, deal: int) -> None:
    view = service.show(deal)
    assert [(i.kind, i.date) for i in view.items] == [
        ("notes", date(2027, 3, 3)),
        ("notes", date(2027, 3, 17)),
    ]
    dims = {d.key: d for d in view.qualification}
    # budget and authority come only from the second call; goals stay covered from the first
    assert dims["budget"].status == "covered" and dims["budget"].item_id == view.items[1].id
    assert "180.000 EUR" in dims["budget"].evidence[0] and dims["budget"].date == date(2027, 3, 17)
    # call 1 names no decision maker, call 2 does: covered from the second item on
    assert dims["authority"].status == "covered" and dims["authority"].history[-1] == "covered"
    assert dims["authority"].history[0] != "covered" and dims["authority"].item_id == view.items[1].id
    assert dims["timeline"].status == "covered"
    assert [p.covered for p in view.trend] == sorted(p.covered for p in view.trend)
    assert view.readiness.covered == sum(1 for d in view.qualification[:8] if d.status == "covered")
    assert [g.id for g in view.gates] == ["engagement_reviewed", "decision_in_writing", "contract_signed"]
    assert all(g.status == "not_met" for g in view.gates) and view.stage == "qualifying"
    owners = {a.owner for a in view.open_actions}
    assert "Frau Petersen" in owners and all(a.source == "notes" for a in view.open_actions)


def test_a_covered_dimension_stays_covered_unless_a_later_item_contradicts_it() -> None:
    first = analyse(CALL_2, lang="de")
    later = analyse("- Kurzer Anruf, nichts Neues.\n", lang="de")
    assert first.dimension("budget").status == "covered" and later.dimension("budget").status == "missing"
    merged, _ = merge_qualification(
        [Entry(1, "notes", date(2027, 3, 1), first), Entry(2, "notes", date(2027, 3, 8), later)]
    )
    budget = next(d for d in merged if d.key == "budget")
    assert budget.status == "covered" and budget.item_id == 1  # silence is no contradiction
    budget_dim = later.dimension("budget").model_copy(
        update={"status": "missing", "evidence": ["Das Budget wurde gestrichen."]}
    )
    contradicting = later.model_copy(
        update={"dimensions": [budget_dim if d.key == "budget" else d for d in later.dimensions]}
    )
    merged, _ = merge_qualification(
        [Entry(1, "notes", date(2027, 3, 1), first), Entry(3, "notes", date(2027, 3, 9), contradicting)]
    )
    budget = next(d for d in merged if d.key == "budget")
    assert (
        budget.status == "missing"
        and budget.contradicted
        and budget.evidence == ["Das Budget wurde gestrichen."]
    )


def test_minutes_update_gates_and_actions_and_the_send_by_date_until_sent(
    service: DealService, deal: int
) -> None:
    service.add(deal, MINUTES, kind="minutes")
    view = service.show(deal)
    assert view.items[-1].kind == "minutes" and view.decision == "positive"
    gates = {g.id: g.status for g in view.gates}
    assert gates["engagement_reviewed"] == "met" and gates["contract_signed"] == "not_met"
    assert view.stage == "follow_through"
    # the minutes' actions join the call notes' commitments that no later item reports done
    assert "minutes" in {a.source for a in view.open_actions}
    assert any(a.due == date(2027, 4, 22) for a in view.open_actions)
    assert view.minutes_send_by == date(2027, 4, 21) and not view.minutes_sent
    assert any("21.04.2027" in n for n in view.notices)  # the German notice writes dates as Germans do
    service.mark_minutes_sent(deal)
    view = service.show(deal)
    assert view.minutes_sent and not view.notices


def test_marking_minutes_sent_needs_minutes(service: DealService, deal: int) -> None:
    with pytest.raises(InputError, match="no minutes|kein Protokoll"):
        service.mark_minutes_sent(deal)


def test_each_user_sees_only_their_own_deals() -> None:
    db = for_settings(load_settings())
    anna, ben = DealService(db, "anna"), DealService(db, "ben")
    deal_id = anna.create("Nordwerk")
    assert [d.id for d in anna.list()] == [deal_id] and ben.list() == []
    with pytest.raises(InputError, match=f"No deal with id {deal_id}"):
        ben.show(deal_id)
    with pytest.raises(InputError):
        ben.add(deal_id, CALL_1)


def test_crm_csv_has_one_row_with_named_columns(service: DealService, deal: int) -> None:
    view = service.show(deal)
    rows = list(csv.DictReader(io.StringIO(to_crm_csv([view]).decode("utf-8-sig"))))
    assert len(rows) == 1 and len(rows[0]) >= 10 and list(rows[0]) == COLUMNS
    row = rows[0]
    assert row["Deal Name"] == "Nordwerk PdM" and row["Company Name"] == "Nordwerk AG"
    assert row["coach_budget_status"] == "covered" and "180.000 EUR" in row["coach_budget_evidence"]
    assert row["Last Activity Date"] == "2027-03-17" and row["coach_readiness"].startswith(
        f"{view.readiness.covered}/8"
    )
    assert row["coach_gate_contract_signed"] == "not_met" and "Frau Petersen" in row["coach_next_steps"]
    data = json.loads(to_crm_json(view))
    assert data["Deal Stage"] == "qualifying" and data["next_steps"][0]["owner"]


def test_crm_csv_cells_never_start_a_formula(service: DealService) -> None:
    deal_id = service.create('=HYPERLINK("http://x")')
    row = next(csv.DictReader(io.StringIO(to_crm_csv([service.show(deal_id)]).decode("utf-8-sig"))))
    assert row["Deal Name"].startswith("'=")


def test_cli_deal_new_add_show_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deal", "new", "Nordwerk PdM", "--customer", "Nordwerk AG"]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert deal_id.isdigit()
    assert main(["deal", "add", deal_id, str(DATA / "call-1.de.txt"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2027-03-03"
    assert main(["deal", "add", deal_id, str(DATA / "call-2.de.txt"), "--date", "2027-03-18"]) == 0
    capsys.readouterr()
    assert main(["deal", "show", deal_id, "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert {"qualification", "items", "gates", "stage"} <= set(view) and len(view["items"]) == 2
    assert view["items"][1]["date"] == "2027-03-18"
    assert main(["deal", "show", deal_id]) == 0
    text = capsys.readouterr().out
    assert "Nordwerk PdM" in text and "Budget" in text and "Rückblick bestätigt" in text
    out = tmp_path / "deal.csv"
    assert main(["deal", "export", deal_id, "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2 and len(rows[0]) >= 10
    assert main(["deal", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["deals"][0]["items"] == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["deal", "show", "999"],
        ["deal", "show", "abc"],
        ["deal", "add", "1", "-", "--date", "2027-13-01"],
        ["deal", "new", "  "],
    ],
)
def test_cli_input_errors_exit_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deal", "new", "X"]) == 0
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("coach: ") and err.count("\n") == 1 and "Traceback" not in err


def test_history_purge_deletes_the_users_deals(service: DealService, deal: int, capsys) -> None:
    assert main(["history", "--purge", "--yes", "--json"]) == 0
    capsys.readouterr()
    assert service.list() == []
    db = load_settings().history_db
    assert b"Stillstandsstatistik" not in db.read_bytes()  # compacted: the notes' text is gone from disk


def test_the_web_tab_shows_each_logged_in_user_only_their_deals() -> None:
    from types import SimpleNamespace

    from gradio.context import LocalContext

    from coach.web import deals_tab

    settings = load_settings()
    try:
        LocalContext.request.set(SimpleNamespace(username="anna"))
        out = deals_tab.create(settings, "Nordwerk", "Nordwerk AG", "Plattform", "de")
        assert "Deal #" in out[0] and "Nordwerk" in out[2]
        deal_id = out[1]["value"]
        out = deals_tab.add(settings, deal_id, CALL_2, "", "notes", "de")
        assert 'data-dim="budget"' in out[4] and "abgedeckt" in out[4]
        LocalContext.request.set(SimpleNamespace(username="ben"))
        assert deals_tab.choices(settings, "de")["choices"] == []
        with pytest.raises(InputError):
            deals_tab.show(settings, deal_id, "de")
    finally:
        LocalContext.request.set(None)
