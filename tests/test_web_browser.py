"""End-to-end: `coach ui` in a subprocess on a free loopback port, driven in Debian's Chromium as a rep would.

Set COACH_SCREENSHOTS=1 to save a PNG of each tab to docs/screenshots/ (that is what `make screenshots` does).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("COACH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = os.environ.get("COACH_SCREENSHOTS", "").lower() in ("1", "true", "yes")
SHOT_DIR = ROOT / "docs" / "screenshots"
VIEWPORT = {"width": 1360, "height": 900}
TIMEOUT = 30_000  # ms for one result to appear


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _seed_history(settings) -> None:
    """Store three earlier role-play sessions (a weak start, then better), so the history has a trend to show."""
    from coach.roleplay.history import HistoryStore
    from coach.roleplay.session import RoleplaySession, play_script

    store = HistoryStore(settings.history_db)
    now = datetime.now(UTC)
    for days, scenario, kind in (
        (9, "de-price-energy", "bad"),
        (6, "de-competitor-machinery", "half"),
        (3, "de-price-energy", "good"),
    ):
        session = RoleplaySession.start(scenario, use_embeddings=False)
        script = session.scenario.good_rep_script
        lines = {"bad": session.scenario.bad_rep_script, "half": script[: len(script) // 2], "good": script}[
            kind
        ]
        play_script(session, lines)
        store.save(session.result(), when=now - timedelta(days=days))


@pytest.fixture(scope="module")
def app_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a COACH_HOME with a fresh knowledge index and three past role-play sessions, private to these tests."""
    from coach.retrieval.store import build_index
    from coach.settings import load_settings

    home = tmp_path_factory.mktemp("web-home")
    settings = load_settings(home=str(home))
    build_index(settings)
    _seed_history(settings)
    return home


@pytest.fixture(scope="module")
def app_url(app_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `coach ui` (offline brain, German UI) on a free loopback port and return its URL."""
    port = _free_port()
    tmp = tmp_path_factory.mktemp("web-tmp")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COACH_"))}
    env.update(
        COACH_HOME=str(app_home),
        COACH_LANG="de",
        GRADIO_ANALYTICS_ENABLED="False",
        ANONYMIZED_TELEMETRY="False",
        TMPDIR=str(tmp),
        PYTHONUNBUFFERED="1",
    )
    log = (tmp / "server.log").open("w")
    cmd = [sys.executable, "-m", "coach.cli.main", "ui", "--port", str(port), "--provider", "offline"]
    proc = subprocess.Popen(cmd, cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("coach ui did not start:\n" + (tmp / "server.log").read_text()[-3000:])
        time.sleep(0.2)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """Return Debian's Chromium driven by Playwright (the Playwright browser download does not work offline)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: `make chromium` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Visit:
    """A browser context on the app that records every request, so the test can check nothing left loopback."""

    def __init__(self, browser, url: str) -> None:
        self.context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="de-DE")
        self.context.set_default_timeout(TIMEOUT)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(url)
        self.page.locator("#rp-chat [data-testid='bot']").first.wait_for()

    def foreign_hosts(self) -> set[str]:
        """Return every host the page asked that is not this machine."""
        hosts = {
            urlparse(u).hostname
            for u in self.requests
            if urlparse(u).scheme in ("http", "https", "ws", "wss")
        }
        return {h for h in hosts if h not in ("127.0.0.1", "localhost", "::1")}

    def tab(self, name: str) -> None:
        """Open a tab by its label."""
        self.page.get_by_role("tab", name=name, exact=True).click()

    def shot(self, name: str, max_height: int = 1900) -> None:
        """Save a PNG of the page to docs/screenshots/ when COACH_SCREENSHOTS=1."""
        if not SCREENSHOTS:
            return
        SHOT_DIR.mkdir(parents=True, exist_ok=True)
        self.page.wait_for_timeout(400)  # let charts and fonts settle
        height = min(self.page.evaluate("document.documentElement.scrollHeight"), max_height)
        clip = {"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height}
        self.page.screenshot(path=str(SHOT_DIR / f"{name}.png"), full_page=True, clip=clip)

    def shot_element(self, selector: str, name: str) -> None:
        """Save a PNG of one part of the page to docs/screenshots/ when COACH_SCREENSHOTS=1."""
        if SCREENSHOTS:
            self.page.wait_for_timeout(600)
            self.page.locator(selector).screenshot(path=str(SHOT_DIR / f"{name}.png"))


@pytest.fixture
def visit(browser, app_url: str) -> Iterator[Visit]:
    """Return a fresh browser context on the app; fail if the page made any request beyond loopback."""
    v = Visit(browser, app_url)
    yield v
    foreign = v.foreign_hosts()
    v.context.close()
    assert not foreign, f"the page contacted hosts beyond this machine: {foreign}"


def _bot_messages(page) -> list[str]:
    return page.locator("#rp-chat [data-testid='bot']").all_inner_texts()


def test_call_notes_give_the_dimension_table_and_questions(visit: Visit):
    page = visit.page
    visit.tab("Gesprächsnotizen")
    page.click("#notes-analyse")
    page.locator("#notes-status", has_text="Die Notizen sind leer").wait_for()
    page.get_by_text("DE · Discovery-Call Lebensmittelhersteller").click()
    page.click("#notes-analyse")
    table = page.locator("#dimension-table")
    table.wait_for()
    assert table.locator("tr.dim-covered").count() >= 4 and table.locator("tr.dim-missing").count() >= 1
    assert "Ziele" in table.inner_text() and "Reklamationsquote" in table.inner_text()
    assert page.locator("#notes-status").inner_text().strip() == ""  # the earlier error is gone
    questions = page.locator("#notes-questions")
    assert "Nächste Fragen" in questions.inner_text() and "lead-qualification.md" in questions.inner_text()
    assert "Text verlässt diesen Rechner nicht" in page.locator("#notes-footer").inner_text()
    visit.shot("notes")
    page.fill("#notes-input textarea", "")  # the stored analysis brings its notes back
    page.click("#notes-history")
    page.click("#notes-past input")
    page.get_by_role("option", name="Discovery-Call Feinkost Wagner").first.click()
    page.click("#notes-reopen")
    page.locator("#notes-footer", has_text="wieder geöffnet").wait_for()
    assert "Feinkost Wagner" in page.input_value("#notes-input textarea")


def test_three_role_play_turns_and_a_scorecard(visit: Visit):
    page = visit.page
    opening = _bot_messages(page)
    assert len(opening) == 1
    for turn in range(3):
        page.click("#rp-suggest")
        page.wait_for_function("document.querySelector('#rp-reply textarea').value.length > 10")
        page.click("#rp-send")
        page.wait_for_function(
            f"document.querySelectorAll('#rp-chat [data-testid=\"bot\"]').length >= {turn + 2}"
            " && !document.querySelector('#rp-chat [data-testid=\"bot\"]:last-of-type')?.innerText.endsWith('…')"
        )
        page.locator("#rp-hint", has_text="Erkannt").wait_for()
    assert len(page.locator("#rp-chat [data-testid='user']").all()) == 3
    page.click("#rp-end")
    card = page.locator("#scorecard")
    card.wait_for()
    assert "/100" in card.inner_text() and card.locator("tr[data-criterion]").count() == 6
    assert "Ursache erkundet" in card.inner_text()
    assert "knowledge/de/" in page.locator("#rp-scorecard").inner_text()
    page.click("#rp-history")
    page.locator("#rp-sessions", has_text="Tourenplanung").wait_for()
    sessions = page.locator("#rp-sessions").inner_text()  # three stored earlier, one just played
    assert "Energiemonitoring" in sessions and "Angebotskonfigurator" in sessions
    page.locator("#rp-chart canvas, #rp-chart svg").first.wait_for()
    visit.shot("roleplay", max_height=1700)
    visit.shot_element("#rp-history", "history")


def test_two_browsers_have_independent_chats(browser, app_url: str):
    a, b = Visit(browser, app_url), Visit(browser, app_url)
    try:
        a.page.fill(
            "#rp-reply textarea",
            "Danke für die Offenheit – was genau spricht aus Ihrer Sicht für den Sommer?",
        )
        a.page.click("#rp-send")
        a.page.locator("#rp-chat [data-testid='user']").first.wait_for()
        b.page.fill("#rp-reply textarea", "Welche Erfahrungen haben Sie mit Umstellungen gemacht?")
        b.page.click("#rp-send")
        b.page.locator("#rp-chat [data-testid='user']").first.wait_for()
        b.page.wait_for_timeout(500)
        chat_a, chat_b = a.page.inner_text("#rp-chat"), b.page.inner_text("#rp-chat")
        assert "Sommer?" in chat_a and "Sommer?" not in chat_b
        assert "Umstellungen gemacht" in chat_b and "Umstellungen gemacht" not in chat_a
    finally:
        a.context.close()
        b.context.close()


def test_minutes_with_gates_and_a_docx_download(visit: Visit, tmp_path: Path):
    import docx

    page = visit.page
    visit.tab("Protokoll")
    page.get_by_text("DE · Entscheidung: Ja, aber …").click()
    page.click("#minutes-draft")
    gates = page.locator("#gate-checklist")
    gates.wait_for()
    assert gates.locator("li.gate").count() == 3 and "1 von 3 erfüllt" in gates.inner_text()
    assert "Ja, aber" in page.locator("#minutes-decision").inner_text()
    assert "Kessler" in page.locator("#minutes-preview").inner_text()
    with page.expect_download() as download:
        page.click("#minutes-dl-docx")
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    assert target.suffix == ".docx"
    document = docx.Document(str(target))
    assert any("Kessler" in p.text for p in document.paragraphs)
    visit.shot("minutes")


def test_knowledge_search_and_a_new_playbook(visit: Visit, app_home: Path, tmp_path: Path):
    page = visit.page
    visit.tab("Wissen")
    page.fill("#kb-query textarea, #kb-query input", "Bis wann muss das Protokoll beim Kunden sein?")
    page.click("#kb-search")
    hits = page.locator("#kb-hits")
    hits.wait_for()
    assert "›" in hits.inner_text() and "knowledge/de/decision-agreement.md" in hits.inner_text()
    visit.shot("knowledge")
    playbook = tmp_path / "Unser Preis-Playbook.md"
    playbook.write_text(
        "# Preis\n\n## Die Leuchtturm-Frage\n\nFragen Sie nach dem Leuchtturmprojekt des Kunden.\n"
    )
    page.locator("#kb-upload input[type=file]").set_input_files(str(playbook))
    page.locator("#kb-upload", has_text="Unser Preis-Playbook.md").wait_for()
    page.click("#kb-add")
    page.locator("#kb-upload-status", has_text="Hinzugefügt").wait_for()
    assert (app_home / "playbooks" / "Unser-Preis-Playbook.md").is_file()
    page.fill("#kb-query textarea, #kb-query input", "Leuchtturm-Frage")
    page.click("#kb-search")
    page.locator("#kb-hits", has_text="playbooks/Unser-Preis-Playbook.md").wait_for()


def test_language_switch_relabels_the_page(visit: Visit):
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT)
    page = visit.page
    assert page.get_by_role("tab", name="Gesprächsnotizen").is_visible()
    page.locator("#ui-lang").get_by_text("English").click()
    page.get_by_role("tab", name="Call notes").wait_for()
    expect(page.locator("#rp-end")).to_have_text("End & score the conversation")
    expect(page.locator("#brain-line")).to_contain_text("Text does not leave this machine")
    visit.tab("Call notes")
    expect(page.locator("#notes-analyse")).to_have_text("Analyse notes")
    page.click("#notes-analyse")
    page.locator("#notes-status", has_text="The notes are empty").wait_for()


def test_evals_run_and_settings_show_the_brain(visit: Visit):
    page = visit.page
    visit.tab("Evals")
    for suite in ("Protokolle", "Antworten auf Einwände", "Rollenspiel-Szenarien", "Wissenssuche"):
        page.locator("#evals-suites").get_by_text(suite, exact=True).click()
    page.click("#evals-run")
    table = page.locator("#evals-table")
    table.wait_for(timeout=90_000)
    assert "Qualifizierung" in table.inner_text() and "bestanden" in table.inner_text()
    page.locator("#evals-download").wait_for()
    page.click("#evals-report-box")
    page.locator("#evals-report iframe").wait_for()
    visit.shot("evals")
    visit.tab("Einstellungen")
    page.click("#settings-test")
    page.locator("#settings-test-result", has_text="Offline ist immer verfügbar").wait_for()
    assert "Text verlässt diesen Rechner" in page.inner_text("#settings-details")
    visit.shot("settings")
