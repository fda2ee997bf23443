"""In Debian's Chromium: the page is centred on wide screens and fills a phone (QA round 8: after the big-paste fix
dropped `margin: auto`, the page hugged the left edge above 1280 px)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_web_browser import _serve, browser  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

MAX_WIDTH = 1280


@pytest.fixture(scope="module")
def layout_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `coach ui` on an empty COACH_HOME (German UI, offline) and return its URL."""
    yield from _serve(tmp_path_factory.mktemp("layout-home"), tmp_path_factory.mktemp("layout-tmp"))


def _box(browser, url: str, width: int) -> dict:  # noqa: F811
    """Return the page container's left and right gap, its width and the page's scroll width at a viewport width."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="de-DE")
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector("[role=tab]")
        return page.evaluate(
            """() => { const r = document.querySelector('.gradio-container').getBoundingClientRect();
              const view = document.documentElement.clientWidth;
              return {left: r.left, right: view - r.right, width: r.width, view: view,
                      scroll: document.documentElement.scrollWidth}; }"""
        )
    finally:
        context.close()


@pytest.mark.parametrize("width", [1366, 1600, 1920])
def test_the_page_is_centred_on_a_wide_screen(browser, layout_url: str, width: int) -> None:  # noqa: F811
    box = _box(browser, layout_url, width)
    assert box["width"] == pytest.approx(MAX_WIDTH, abs=1), box
    assert box["left"] == pytest.approx(box["right"], abs=2), box  # the same gap on either side
    assert box["left"] == pytest.approx((box["view"] - MAX_WIDTH) / 2, abs=2), box
    assert box["scroll"] <= box["view"], box  # no sideways scrolling


@pytest.mark.parametrize("width", [390, 1024])
def test_a_narrow_screen_is_filled_edge_to_edge(browser, layout_url: str, width: int) -> None:  # noqa: F811
    box = _box(browser, layout_url, width)
    assert box["left"] == pytest.approx(0, abs=1) and box["right"] == pytest.approx(0, abs=1), box
    assert box["scroll"] <= box["view"], box


@pytest.mark.parametrize("lang", ["en", "de"])
def test_on_a_phone_no_dimension_name_is_split_inside_a_word(browser, layout_url: str, lang: str) -> None:  # noqa: F811
    """QA round 8: at 390 px the dimension column broke "Challenges", "Authority", "Dimension" mid-word."""
    context = browser.new_context(viewport={"width": 390, "height": 900}, locale="de-DE")
    context.set_default_timeout(60_000)
    try:
        page = context.new_page()
        page.goto(layout_url)
        page.wait_for_selector("[role=tab]")
        if lang == "en":
            page.get_by_label("English").check()
        notes = "Call notes" if lang == "en" else "Gesprächsnotizen"
        page.get_by_role("tab", name="Role-play" if lang == "en" else "Rollenspiel", exact=True).wait_for()
        page.wait_for_timeout(1000)  # the tab row settles (which tabs fit, which go to the overflow menu)
        tab = page.get_by_role("tab", name=notes, exact=True)
        if tab.is_visible():
            tab.click()
        else:
            page.locator("#coach-tabs .overflow-menu > button").click()
            page.locator("#coach-tabs .overflow-dropdown button", has_text=notes).click()
        page.locator("#notes-examples-0").click()
        page.locator("#notes-analyse").click()
        page.locator("#dimension-table td.dim").first.wait_for()
        split = page.evaluate(
            """() => {
              const split = [];
              for (const cell of document.querySelectorAll('#dimension-table td.dim, #dimension-table th')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const m of node.textContent.matchAll(/\\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                    const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                    if (lines.size > 1) split.push(m[0]);
                  }
                }
              }
              return split;
            }"""
        )
        assert split == [], split
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    finally:
        context.close()
