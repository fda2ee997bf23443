"""Findings of the QA walk of 2026-11-30 in Chromium: quote marks, template, practise and uploads, deal language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_web_browser import Visit, app_home, app_url, browser, visit  # noqa: E402, F401 - shared fixtures

from coach.roleplay.template import template  # noqa: E402

pytestmark = pytest.mark.browser

TRANSCRIPT = """Priya Raman (Tallis Logistics)  00:00:04
Thanks for making the time, Greg. How do you plan routes today?

Greg Holloway  00:00:11
Honestly it's a mess. Our dispatchers build the routes in Excel every morning, it takes them two hours.

Priya Raman (Tallis Logistics)  00:00:25
Who else would be involved in a decision like this?

Greg Holloway  00:00:31
Our COO, Dana Whitfield, signs anything over 50k.
"""

DEAL_NOTES = """Call mit Fr. Lindqvist (Leiterin Instandhaltung, Brauerei Hohenfels GmbH), 24.11.2026
- Sie wollen die ungeplanten Stillstände der Abfülllinie 3 bis Ende Q2 halbieren
- Entscheidung trifft Hr. Brandauer (GF)
"""


def _english(v: Visit) -> None:
    v.page.locator("#ui-lang").get_by_text("English", exact=True).click()
    v.page.locator("#coach-tabs button[role=tab]:visible", has_text="Call notes").first.wait_for()


def test_english_results_quote_with_english_marks(visit: Visit) -> None:  # noqa: F811
    page = visit.page
    _english(visit)
    visit.tab("Call notes")
    page.fill("#notes-input textarea", TRANSCRIPT)
    page.click("#notes-analyse")
    table = page.locator("#dimension-table")
    table.wait_for()
    text = table.inner_text()
    assert "“" in text and "„" not in text  # “…”, not the German „…“


def test_the_template_download_follows_the_ui_language(visit: Visit, tmp_path: Path) -> None:  # noqa: F811
    page = visit.page
    _english(visit)
    page.locator("#rp-template", has_text="Download the template").wait_for()
    with page.expect_download() as download:
        page.click("#rp-template")
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    assert target.name.endswith("-en.yaml")
    assert "language: en" in target.read_text(encoding="utf-8")


def test_practising_from_an_empty_notes_box_says_so_in_english(visit: Visit) -> None:  # noqa: F811
    page = visit.page
    _english(visit)
    visit.tab("Call notes")
    page.fill("#notes-input textarea", "")
    page.click("#notes-practise")
    status = page.locator("#rp-status", has_text="That did not work")
    status.wait_for()
    assert "Notizen" not in status.inner_text() and "empty" in status.inner_text()


def test_a_broken_scenario_upload_names_the_file_and_a_png_is_refused(
    visit: Visit,  # noqa: F811
    tmp_path: Path,
) -> None:
    page = visit.page
    broken = tmp_path / "mein-termin.yaml"
    broken.write_text(template("de").replace("\ndifficulty:", "\ndificulty:", 1), encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        page.click("#rp-upload")
    chooser.value.set_files(str(broken))
    page.locator("#rp-status", has_text="mein-termin.yaml").wait_for()
    assert "difficulty" in page.locator("#rp-status").inner_text()
    picture = tmp_path / "foto.yaml"  # binary bytes under a YAML name
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with page.expect_file_chooser() as chooser:
        page.click("#rp-upload")
    chooser.value.set_files(str(picture))
    status = page.locator("#rp-status", has_text="foto.yaml")
    status.wait_for()
    assert "lässt sich nicht lesen" in status.inner_text() and "unacceptable" not in status.inner_text()
    png = tmp_path / "foto.png"
    png.write_bytes(picture.read_bytes())
    with page.expect_file_chooser() as chooser:
        page.click("#rp-upload")
    chooser.value.set_files(str(png))
    page.locator("#rp-status", has_text=".yaml, .yml").wait_for()


def test_an_open_deal_follows_the_language_switch(visit: Visit) -> None:  # noqa: F811
    page = visit.page
    visit.tab("Deals")
    page.fill("#deals-name input, #deals-name textarea", "QA Hohenfels")
    page.click("#deals-create")
    page.locator("#deals-status", has_text="angelegt").wait_for()
    page.fill("#deals-input textarea", DEAL_NOTES)
    page.click("#deals-add-notes")
    page.locator("#deals-status", has_text="hinzugefügt").wait_for()
    page.locator("#deals-qualification", has_text="Ziele").wait_for()
    _english(visit)
    page.locator("#deals-qualification", has_text="Goals").wait_for()
    assert "Ziele" not in page.locator("#deals-qualification").inner_text()


MEETING = """Entscheidungsmeeting Brauerei Hohenfels, 15.12.2026
Teilnehmer: Hr. Brandauer (GF, Brauerei Hohenfels), Jonas Keller (Vertrieb, Wartico AG)
- Hr. Brandauer gibt das Projekt frei, wenn die SAP-Schnittstelle bis März steht
- Jonas schickt bis 17.12. den angepassten Vertrag
"""


def test_results_on_screen_follow_the_language_switch(visit: Visit) -> None:  # noqa: F811
    page = visit.page
    visit.tab("Gesprächsnotizen")
    page.fill("#notes-input textarea", DEAL_NOTES)
    page.click("#notes-analyse")
    page.locator("#dimension-table", has_text="Ziele").wait_for()
    visit.tab("Protokoll")
    page.fill("#minutes-input textarea", MEETING)
    page.click("#minutes-draft")
    page.locator("#gate-checklist", has_text="Qualitätstore").wait_for()
    _english(visit)
    page.locator("#minutes-gates", has_text="Quality gates").wait_for()
    assert "Qualitätstore" not in page.locator("#minutes-gates").inner_text()
    assert "Teilnehmende" not in page.locator("#minutes-preview").inner_text()
    visit.tab("Call notes")
    page.locator("#dimension-table", has_text="Goals").wait_for()
    assert "Ziele" not in page.locator("#dimension-table").inner_text()
    assert "„" not in page.locator("#dimension-table").inner_text()


def test_gradios_progress_line_speaks_german(visit: Visit, tmp_path: Path) -> None:  # noqa: F811
    page = visit.page
    visit.tab("Gesprächsnotizen")
    big = tmp_path / "lange-notizen.txt"
    big.write_text(
        "- Kunde will Stillstände der Linie 3 halbieren, Budget offen.\n" * 60_000, encoding="utf-8"
    )
    seen: list[str] = []
    with page.expect_file_chooser() as chooser:
        page.click("#notes-upload")
    chooser.value.set_files(str(big))
    for _ in range(200):  # while the 3.6 MB file is read, Gradio's progress line shows
        text = page.locator("#notes-status").inner_text()
        if "|" in text:
            seen.append(text)
        if "100.000 Zeichen" in text:
            break
        page.wait_for_timeout(100)
    assert seen, "no progress line was shown"
    assert all("processing" not in s for s in seen) and any("in Arbeit" in s for s in seen), seen
