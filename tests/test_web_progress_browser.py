"""In Debian's Chromium: big call notes show a progress bar that moves while the sentences are read (QA round 7: it
stayed at 0 % until the end), with the big-input notice on it."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

import pytest
from test_web_browser import TIMEOUT, VIEWPORT, _serve, browser  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def progress_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `coach ui` on an empty COACH_HOME (German UI, offline) and return its URL."""
    yield from _serve(tmp_path_factory.mktemp("progress-home"), tmp_path_factory.mktemp("progress-tmp"))


def _big_notes(chars: int) -> str:
    """Return invented note lines, none alike (no sentence is in the cache), of at least `chars` characters."""
    r = random.Random(5)
    who = ["Frau Kessler", "Herr Albrecht", "Die Werkleitung", "Der Einkauf", "Das Controlling", "Die IT"]
    what = [
        "die Ausschussquote an Linie",
        "den Energieverbrauch in Halle",
        "Stillstände der Presse",
        "Rüstzeiten in Werk",
    ]
    lines: list[str] = []
    while sum(len(x) + 1 for x in lines) < chars:
        lines.append(
            f"- {r.choice(who)} prüft {r.choice(what)} {r.randint(1, 9999)} bis KW {r.randint(1, 52)}."
        )
    return "\n".join(lines)


def test_the_progress_bar_moves_while_big_notes_are_analysed(browser, progress_url: str) -> None:  # noqa: F811
    context = browser.new_context(viewport=VIEWPORT, locale="de-DE")
    context.set_default_timeout(
        TIMEOUT * 4
    )  # pasting 20,000 characters into the page takes a while on 2 cores
    page = context.new_page()
    page.goto(progress_url)
    page.get_by_role("tab", name="Gesprächsnotizen", exact=True).click()
    page.locator("#notes-input textarea").fill(_big_notes(21_000))
    page.click("#notes-analyse")
    widths: list[float] = []
    notices: set[str] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        state = page.evaluate(
            """() => ({bar: [...document.querySelectorAll('#notes-table .progress-bar')].map(b => b.style.width),
                      text: [...document.querySelectorAll('#notes-table .progress-level-inner')]
                               .map(e => e.textContent.trim())})"""
        )
        widths += [float(w.rstrip("%")) for w in state["bar"] if w.endswith("%")]
        notices.update(state["text"])
        if page.locator("#dimension-table").count() or page.locator("#notes-status", has_text="⚠").count():
            break
        time.sleep(0.3)
    moved = sorted({round(w, 1) for w in widths if 0 < w < 100})
    assert len(moved) >= 2, widths  # at least two different positions between start and end: it moved
    assert any("Große Eingabe" in n for n in notices), notices  # the notice stays on the bar
    context.close()
