"""In Debian's Chromium: pasting 50,000 characters into a big text box leaves the page responsive (QA round 7: the
call-notes, minutes and deals boxes froze the page for 30-40 s at 20,000 characters and three minutes at 50,000,
because every gr.Examples Dataset on the page re-measured itself on each change; a bare textbox took 2.6 s)."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

import pytest
from test_web_browser import VIEWPORT, _serve, browser  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

# Fill 50,000 characters, then the page must answer a click. The work is counted as the page's main-thread CPU
# time (Chromium's ThreadTime): on an idle machine it is what the user waits; on a machine shared with other jobs
# the wall clock measures the neighbours too (QA round 8: 7-15 s wall for 3.5-5 s CPU at a load of 14).
# Centred with `margin: auto` it took 79 s of CPU (330 s wall); without, 3.5-5 s.
BOUND_CPU_S = 15.0
BOUND_S = 45.0  # wall clock, for a machine that is busy with other work


@pytest.fixture(scope="module")
def paste_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `coach ui` on an empty COACH_HOME (German UI, offline) and return its URL."""
    yield from _serve(tmp_path_factory.mktemp("paste-home"), tmp_path_factory.mktemp("paste-tmp"))


def _big_text(chars: int) -> str:
    """Return invented note lines of exactly `chars` characters."""
    r = random.Random(7)
    lines: list[str] = []
    while sum(len(x) + 1 for x in lines) < chars:
        lines.append(
            f"- Punkt {r.randint(1, 99999)}: Angebot prüfen bis KW {r.randint(1, 52)}, Budget offen."
        )
    return "\n".join(lines)[:chars]


def _main_thread_cpu(cdp) -> float:
    """Return the CPU seconds the page's main thread has used so far (Chromium's performance metric ThreadTime)."""
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return float(metrics["ThreadTime"])


def _open_tab(page, name: str) -> None:
    """Click a tab by name, through the overflow menu when the tab row is too narrow to show it."""
    page.wait_for_selector("[role=tab]")
    tab = page.get_by_role("tab", name=name, exact=True)
    if tab.is_visible():
        tab.click()
    else:
        page.locator("#coach-tabs .overflow-menu > button").click()
        page.locator("#coach-tabs .overflow-dropdown button", has_text=name).click()


@pytest.mark.parametrize(
    ("tab", "box"),
    [("Gesprächsnotizen", "#notes-input"), ("Protokoll", "#minutes-input"), ("Deals", "#deals-input")],
)
def test_a_50000_character_paste_leaves_the_page_responsive(
    browser,  # noqa: F811
    paste_url: str,
    tab: str,
    box: str,
) -> None:
    text = _big_text(50_000)
    context = browser.new_context(viewport=VIEWPORT, locale="de-DE")
    context.set_default_timeout(60_000)  # a frozen page fails here (before the fix: about 170 s per box)
    try:
        page = context.new_page()
        page.goto(paste_url)
        page.wait_for_selector("[role=tab]")
        page.wait_for_timeout(1500)  # the tab row settles (which tabs fit, which go to the overflow menu)
        _open_tab(page, tab)
        area = page.locator(f"{box} textarea")
        area.wait_for()
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        cpu = _main_thread_cpu(cdp)
        start = time.monotonic()
        area.fill(text)
        _open_tab(page, "Wissen")  # the page answers a click
        page.locator("#kb-search").wait_for()
        elapsed = time.monotonic() - start
        cpu = _main_thread_cpu(cdp) - cpu
        _open_tab(page, tab)
        assert len(area.input_value()) == 50_000  # the whole text stayed in the box
        assert cpu < BOUND_CPU_S, f"{tab}: {cpu:.1f} s of CPU until the page answered a click after the paste"
        assert elapsed < BOUND_S, f"{tab}: {elapsed:.1f} s until the page answered a click after the paste"
    finally:
        context.close()
