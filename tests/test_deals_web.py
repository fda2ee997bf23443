"""The Deals tab as a salesperson saw it (QA of issue 16): trend chart, labels, minutes downloads, practise."""

from __future__ import annotations

import re
from pathlib import Path

from coach.deals.service import DealService
from coach.settings import load_settings
from coach.storage import for_settings
from coach.web import deals_tab

DATA = Path(__file__).parent / "data" / "deals"
CALL_1 = (DATA / "call-1.de.txt").read_text(encoding="utf-8")
CALL_2 = (DATA / "call-2.de.txt").read_text(encoding="utf-8")
MINUTES = (DATA / "minutes.de.txt").read_text(encoding="utf-8")
# positions of show()'s outputs: status, picker, header, timeline, qualification, chart, gates, prep, downloads…
CHART, PREP, DOWNLOADS = 5, 7, 8
N_PREP, N_CRM, N_MINUTES = (
    len(deals_tab.PREP_FORMATS),
    len(deals_tab.CRM_FORMATS),
    len(deals_tab.MINUTES_FORMATS),
)


def _deal() -> tuple[DealService, int]:
    svc = DealService(for_settings(load_settings()), None)
    return svc, svc.create("Nordwerk PdM", "Nordwerk AG", "Plattform für vorausschauende Wartung")


def test_the_trend_chart_is_numeric_has_a_point_per_notes_item_and_a_friendly_empty_state() -> None:
    svc, deal = _deal()
    empty = deals_tab.render_trend(svc.show(deal, "de"), "de")
    assert "<svg" not in empty and "Noch keine Gesprächsnotizen" in empty
    svc.add(deal, CALL_1)
    one = deals_tab.render_trend(svc.show(deal, "en"), "en")
    assert 'data-points="1"' in one and len(re.findall(r'data-series="covered"', one)) == 1
    assert "Core dimensions (of 8)" in one
    svc.add(deal, CALL_2)
    view = svc.show(deal, "de")
    two = deals_tab.render_trend(view, "de")
    values = [int(v) for v in re.findall(r'data-series="covered" data-value="(\d+)"', two)]
    assert values == [p.covered for p in view.trend] and values[1] >= values[0]
    ys = [float(y) for y in re.findall(r'cy="([\d.]+)" r="4" fill="#10b981"', two)]
    assert (ys[1] <= ys[0]) == (values[1] >= values[0])  # more covered is higher up (y grows downwards)
    assert "Kerndimensionen (von 8)" in two and ">0</text>" in two and ">8</text>" in two


def test_likely_objections_show_their_type_in_words() -> None:
    from coach.prepare.engine import prepare_deal

    svc, deal = _deal()
    svc.add(deal, CALL_1)
    svc.add(deal, CALL_2)
    html = deals_tab.render_prep(prepare_deal(svc, deal, lang="de"), "de")
    names = re.findall(r'data-objection="[a-z_]+"><b>([^<]+)</b>', html)
    assert names and "Preis" in names and not any("_" in n or n.islower() for n in names)


def test_after_draft_minutes_the_tab_offers_the_minutes_and_the_deals_notes_for_practice() -> None:
    svc, deal = _deal()
    settings = load_settings()
    out = deals_tab.add(settings, deal, CALL_1, "", "notes", "de")
    minutes_dl = out[DOWNLOADS + N_PREP + N_CRM : DOWNLOADS + N_PREP + N_CRM + N_MINUTES]
    assert all(u.get("visible") is False for u in minutes_dl)
    notes_all = out[DOWNLOADS + N_PREP + N_CRM + N_MINUTES]
    assert "Nordwerk" in notes_all or CALL_1.strip()[:30] in notes_all
    out = deals_tab.add(settings, deal, MINUTES, "", "minutes", "de")
    minutes_dl = out[DOWNLOADS + N_PREP + N_CRM : DOWNLOADS + N_PREP + N_CRM + N_MINUTES]
    files = [Path(u["value"]) for u in minutes_dl]
    assert [f.suffix for f in files] == [".md", ".docx", ".eml"] and all(f.stat().st_size > 0 for f in files)
    assert all(u["visible"] for u in minutes_dl)


def test_the_practise_button_builds_a_playable_scenario_from_the_deals_notes() -> None:
    from coach.roleplay.from_notes import scenario_from_notes

    svc, deal = _deal()
    svc.add(deal, CALL_1)
    svc.add(deal, CALL_2)
    scenario = scenario_from_notes(deals_tab.deal_notes(svc, deal))
    assert scenario.objections and scenario.language == "de"


def test_without_a_sender_the_web_names_the_setting_in_the_ui_language_not_a_cli_flag() -> None:
    svc, deal = _deal()
    svc.add(deal, CALL_2)
    settings = load_settings()
    assert settings.sender is None
    for lang, word in (("de", "Absenderadresse"), ("en", "sender address")):
        status = deals_tab.prepare(settings, deal, "2027-04-20", lang)[0]
        assert word in status and "COACH_SENDER" in status and "--sender" not in status, status
