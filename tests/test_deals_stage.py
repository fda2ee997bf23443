"""A stage set by hand (`coach deal set ID --stage …`): signed by post, lost to a competitor, on hold — on real SQLite.

The stage item is dated and honoured in date order; later minutes or a preparation move the deal on as before;
the gates stay what the minutes prove; show, CRM export and the web tab say "set by hand" with date and note.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from coach.deals.crm import COLUMNS, to_crm_csv, to_crm_json
from coach.deals.service import DealService
from coach.errors import InputError
from coach.settings import load_settings
from coach.storage import for_settings

DATA = Path(__file__).parent / "data" / "deals"
CALL_1 = (DATA / "call-1.de.txt").read_text(encoding="utf-8")
MINUTES = (DATA / "minutes.de.txt").read_text(encoding="utf-8")  # 20.04.2027, positive; not every gate met
NEGATIVE = (
    "Protokoll Entscheidungsmeeting Kranwerk Ost GmbH, 10.06.2027\n"
    "Teilnehmer: Frau Jansen (Kranwerk Ost GmbH, Geschäftsführerin), Tim Berger (Vertrieb)\n"
    "Entscheidung: Frau Jansen teilt mit, dass Kranwerk Ost sich gegen unser Angebot entschieden hat und den "
    "Auftrag an einen Wettbewerber vergibt.\n"
)


def _service() -> DealService:
    return DealService(for_settings(load_settings()), None)


@pytest.fixture
def followed() -> tuple[DealService, int]:
    """A deal with call notes (03.03.2027) and positive minutes (20.04.2027): follow-through, gates not all met."""
    svc = _service()
    deal = svc.create("Nordwerk PdM", "Nordwerk AG", "Plattform für vorausschauende Wartung")
    svc.add(deal, CALL_1)
    svc.add(deal, MINUTES, kind="minutes")
    view = svc.show(deal)
    assert view.stage == "follow_through" and not all(g.status == "met" for g in view.gates)
    return svc, deal


def test_won_by_hand_is_the_stage_and_the_gates_stay_what_the_minutes_prove(followed) -> None:
    svc, deal = followed
    before = [(g.id, g.status, g.evidence) for g in svc.show(deal).gates]
    item = svc.set_stage(deal, "won", "Vertrag kam per Post unterschrieben zurück", date(2027, 5, 2))
    view = _service().show(deal, "de")  # a new service: it was stored, not kept in memory
    assert item.kind == "stage" and [i.kind for i in view.items][-1] == "stage"
    assert view.stage == "won" and view.stage_label == "Gewonnen"
    hand = view.stage_by_hand
    assert hand is not None and (hand.stage, hand.date, hand.item_id) == ("won", date(2027, 5, 2), item.id)
    assert hand.note == "Vertrag kam per Post unterschrieben zurück"
    assert [(g.id, g.status, g.evidence) for g in view.gates] == before  # no gate turned met by hand
    assert view.stage_text.startswith("Gewonnen (von Hand gesetzt am 02.05.2027: „Vertrag kam per Post")
    unproven = [g for g in view.gates if g.status != "met"]
    assert "Vertrag unterschrieben: nicht erfüllt" in view.stage_text
    assert view.stage_text.count(": nicht erfüllt") + view.stage_text.count(": unklar") == len(unproven)
    english = svc.show(deal, "en").stage_text
    assert (
        english.startswith("Won (set by hand on 2 May 2027: “Vertrag kam")
        and "Contract signed: not met" in english
    )
    assert view.last_activity == date(2027, 5, 2)


def test_a_stage_set_before_later_minutes_is_moved_on_by_them(followed) -> None:
    svc, deal = followed
    svc.set_stage(deal, "on_hold", "Budgetstopp bis zum Sommer", date(2027, 4, 1))  # before the minutes
    view = svc.show(deal)
    assert view.stage == "follow_through" and view.stage_by_hand is None
    assert view.stage_text == view.stage_label  # nothing said "by hand" once the items lead again
    svc.add(deal, NEGATIVE, kind="minutes")  # 10.06.2027: the customer says no
    assert svc.show(deal).stage == "lost"


def test_won_by_hand_then_a_later_no_in_the_minutes_is_lost(followed) -> None:
    svc, deal = followed
    svc.set_stage(deal, "won", None, date(2027, 5, 2))
    assert svc.show(deal).stage == "won"
    svc.add(deal, NEGATIVE, kind="minutes")
    view = svc.show(deal)
    assert view.stage == "lost" and view.stage_by_hand is None


def test_lost_by_hand_stays_lost_after_notes_and_a_preparation_opens_it_again() -> None:
    from coach.prepare.engine import prepare_deal

    svc = _service()
    deal = svc.create("Kranwartung", "Kranwerk Ost GmbH")
    svc.add(deal, CALL_1, on=date(2027, 3, 3))
    svc.set_stage(deal, "verloren", "an einen Wettbewerber verloren", date(2027, 3, 10))  # the German name
    svc.add(deal, "- Kurzer Anruf, nichts Neues.\n", on=date(2027, 3, 20))
    view = svc.show(deal)
    assert view.stage == "lost" and view.stage_by_hand is not None
    assert view.stage_by_hand.date == date(2027, 3, 10)
    svc.add_preparation(deal, prepare_deal(svc, deal, lang="de"), on=date(2027, 3, 25))
    view = svc.show(deal)
    assert view.stage == "decision_prepared" and view.stage_by_hand is None


def test_on_hold_by_hand_and_new_call_notes_resume_the_deal() -> None:
    svc = _service()
    deal = svc.create("Kranwartung", "Kranwerk Ost GmbH")
    svc.add(deal, CALL_1, on=date(2027, 3, 3))
    svc.set_stage(deal, "On hold", "", date(2027, 3, 10))  # the English label works too
    view = svc.show(deal, "en")
    assert view.stage == "on_hold" and view.stage_text == "On hold (set by hand on 10 Mar 2027)"
    svc.add(deal, "- Projekt wieder aufgenommen, neuer Termin mit dem Werksleiter.\n", on=date(2027, 4, 2))
    view = svc.show(deal)
    assert view.stage in ("qualifying", "ready_for_decision") and view.stage_by_hand is None


@pytest.mark.parametrize("wrong", ["wonn", "", "new", "gewinnen"])
def test_an_unknown_stage_is_an_input_error_and_nothing_is_stored(wrong: str) -> None:
    svc = DealService(for_settings(load_settings()), None, "de")
    deal = svc.create("Kranwartung")
    with pytest.raises(InputError, match="Unbekannte Phase") as error:
        svc.set_stage(deal, wrong)
    assert "won" in str(error.value) and "\n" not in str(error.value)
    assert svc.show(deal).items == [] and svc.show(deal).stage == "new"


def test_a_note_over_the_limit_is_refused() -> None:
    svc = _service()
    deal = svc.create("Kranwartung")
    with pytest.raises(InputError, match="too long"):
        svc.set_stage(deal, "lost", "x" * 501)
    assert svc.show(deal).items == []


def test_the_crm_export_says_set_by_hand_with_date_and_note_and_keeps_the_gates(followed) -> None:
    svc, deal = followed
    svc.set_stage(deal, "won", "Vertrag per Post", date(2027, 5, 2))
    view = svc.show(deal, "de")
    record = json.loads(to_crm_json(view))
    assert record["Deal Stage"] == "won" and record["coach_stage_set_by_hand"] == "yes"
    assert record["coach_stage_set_on"] == "2027-05-02" and record["coach_stage_note"] == "Vertrag per Post"
    assert record["coach_gate_contract_signed"] == next(
        g.status for g in view.gates if g.id == "contract_signed"
    )
    assert record["coach_gate_contract_signed"] != "met"
    assert record["coach_stage_text"].startswith("Gewonnen (von Hand gesetzt am 02.05.2027")
    rows = list(csv.DictReader(io.StringIO(to_crm_csv([view]).decode("utf-8-sig"))))
    assert list(rows[0]) == COLUMNS and rows[0]["coach_stage_set_by_hand"] == "yes"
    plain = json.loads(to_crm_json(_service().show(svc.create("Ohne Phase"))))
    assert (plain["coach_stage_set_by_hand"], plain["coach_stage_set_on"], plain["coach_stage_note"]) == (
        "no",
        "",
        "",
    )


def test_the_web_tab_sets_the_stage_and_shows_it_set_by_hand(followed) -> None:
    from coach.web import deals_tab

    svc, deal = followed
    settings = load_settings()
    out = deals_tab.set_stage(settings, deal, "won", "Vertrag per Post <zurück>", "02.05.2027", "de")
    status, header, timeline = out[0], out[2], out[3]
    assert "Phase Gewonnen von Hand gesetzt (02.05.2027)" in status and "Qualitätstore bleiben" in status
    assert 'data-stage="won"' in header and 'data-by-hand="1"' in header
    assert 'id="deals-stage-hand"' in header and "von Hand gesetzt am 02.05.2027" in header
    assert "&lt;zurück&gt;" in header and "<zurück>" not in header  # the note is escaped
    assert 'data-kind="stage"' in timeline and "Phase von Hand" in timeline
    gates = out[6]
    assert gates.count("gate-met") == sum(1 for g in svc.show(deal).gates if g.status == "met")
    english = deals_tab.render_header(svc.show(deal, "en"), "en")
    assert "set by hand on 2 May 2027" in english
    assert [v for _, v in deals_tab.stage_choices("de")] == [v for _, v in deals_tab.stage_choices("en")]
    assert ("Pausiert", "on_hold") in deals_tab.stage_choices("de") and ("On hold", "on_hold") in (
        deals_tab.stage_choices("en")
    )
    with pytest.raises(InputError, match="Unbekannte Phase"):
        deals_tab.set_stage(settings, deal, "irgendwas", "", "", "de")
