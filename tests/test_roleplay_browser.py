"""End-to-end in Chromium: upload an own scenario in the role-play tab; practise the next meeting from call notes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_web_browser import Visit, app_home, app_url, browser, visit  # noqa: E402, F401 - shared fixtures

from coach.roleplay.template import template  # noqa: E402

pytestmark = pytest.mark.browser

NOTES = """Gespräch mit Frau Anna Petersen (Leiterin Controlling, Nordholz AG) am 12.03.
- Ziel: Reisekostenabrechnung digitalisieren, Bearbeitungszeit halbieren
- Heute: Excel und Papierbelege, 3 Leute in der Buchhaltung
- Angebot: Spesen-Software für 800 Mitarbeitende, 42.000 € pro Jahr, 36 Monate
- Budget noch unklar
- Sie schauen sich auch Konkurrent SpesenFix an
"""


def _bot_messages(page) -> list[str]:
    return page.locator("#rp-chat [data-testid='bot']").all_inner_texts()


def test_upload_an_own_scenario_and_play_it(visit: Visit, tmp_path: Path) -> None:  # noqa: F811
    page = visit.page
    path = tmp_path / "my-scenario.yaml"
    path.write_text(template("en"), encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        page.click("#rp-upload")
    chooser.value.set_files(str(path))
    page.locator("#rp-status", has_text="geladen").wait_for()
    assert "Alex Example" in page.locator("#rp-card-box").inner_text()
    page.wait_for_function(
        "Array.from(document.querySelectorAll('#rp-chat [data-testid=\"bot\"]')).length === 1"
        " && document.querySelector('#rp-chat [data-testid=\"bot\"]').innerText.includes('Thanks for the presentation')"
    )
    page.fill(
        "#rp-reply textarea", "Thanks for being open. What exactly makes the offer feel too expensive to you?"
    )
    page.click("#rp-send")
    page.wait_for_function("document.querySelectorAll('#rp-chat [data-testid=\"bot\"]').length >= 2")
    page.wait_for_function(
        "Array.from(document.querySelectorAll('#rp-chat [data-testid=\"bot\"]')).pop().innerText.includes('budget')"
    )


def test_practise_the_next_meeting_from_call_notes(visit: Visit) -> None:  # noqa: F811
    page = visit.page
    visit.tab("Gesprächsnotizen")
    page.fill("#notes-input textarea", NOTES)
    page.click("#notes-practise")
    page.locator("#rp-status", has_text="Aus Ihren Notizen").wait_for()
    assert page.get_by_role("tab", name="Rollenspiel", exact=True).get_attribute("aria-selected") == "true"
    assert "Anna Petersen" in page.locator("#rp-card-box").inner_text()
    assert "SpesenFix" in _bot_messages(page)[0]
