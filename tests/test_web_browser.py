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


def _serve(home: Path, tmp: Path, *extra: str, env_extra: dict | None = None) -> Iterator[str]:
    """Start `coach ui` (offline brain, German UI) on a free loopback port; yield its URL; stop it afterwards."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COACH_"))}
    env.update(
        COACH_HOME=str(home),
        COACH_LANG="de",
        GRADIO_ANALYTICS_ENABLED="False",
        ANONYMIZED_TELEMETRY="False",
        TMPDIR=str(tmp),
        PYTHONUNBUFFERED="1",
        **(env_extra or {}),
    )
    log = (tmp / "server.log").open("w")
    cmd = [sys.executable, "-m", "coach.cli.main", "ui", "--port", str(port), "--provider", "offline", *extra]
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
def app_url(app_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `coach ui` (offline brain, German UI, no login) on a free loopback port and return its URL."""
    yield from _serve(app_home, tmp_path_factory.mktemp("web-tmp"))


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

    def __init__(
        self,
        browser,
        url: str,
        viewport: dict | None = None,
        locale: str = "de-DE",
        login: tuple | None = None,
    ) -> None:
        self.viewport = viewport or VIEWPORT
        self.context = browser.new_context(viewport=self.viewport, accept_downloads=True, locale=locale)
        self.context.set_default_timeout(TIMEOUT)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        if login:
            response = self.context.request.post(
                url + "login", form={"username": login[0], "password": login[1]}
            )
            assert response.ok, response.status
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
        """Open a tab by its label (on a phone, tabs that do not fit are in the '…' menu)."""
        tab = self.page.get_by_role("tab", name=name, exact=True)
        if tab.count() and tab.first.is_visible():
            tab.first.click()
            return
        self.page.locator("#coach-tabs .overflow-menu > button").click()
        self.page.locator("#coach-tabs .overflow-dropdown button", has_text=name).click()
        self.page.get_by_role("tab", name=name, exact=True).wait_for()

    def shot(self, name: str, max_height: int = 1900) -> None:
        """Save a PNG of the page to docs/screenshots/ when COACH_SCREENSHOTS=1."""
        if not SCREENSHOTS:
            return
        SHOT_DIR.mkdir(parents=True, exist_ok=True)
        self.page.wait_for_timeout(400)  # let charts and fonts settle
        height = min(self.page.evaluate("document.documentElement.scrollHeight"), max_height)
        clip = {"x": 0, "y": 0, "width": self.viewport["width"], "height": height}
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
    assert "Nächste Fragen" in questions.inner_text() and "Lead-Qualifizierung" in questions.inner_text()
    assert "lead-qualification-de#" not in questions.inner_text()  # titles, not raw chunk ids
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
    sent: list[str] = []
    for turn in range(3):
        page.click("#rp-suggest")
        page.wait_for_function(  # the suggestion for this turn, not the last one again
            "(prev) => { const v = document.querySelector('#rp-reply textarea').value;"
            " return v.length > 10 && !prev.includes(v); }",
            arg=sent,
        )
        sent.append(page.input_value("#rp-reply textarea"))
        page.click("#rp-send")
        page.wait_for_function(  # the reply went out, and the buyer's answer has fully arrived
            f"document.querySelectorAll('#rp-chat [data-testid=\"user\"]').length >= {turn + 1}"
            f" && document.querySelectorAll('#rp-chat [data-testid=\"bot\"]').length >= {turn + 2}"
            " && !Array.from(document.querySelectorAll('#rp-chat [data-testid=\"bot\"]')).pop().innerText.endsWith('…')"
            " && document.querySelector('#rp-reply textarea').value === ''"
        )
        page.locator("#rp-hint", has_text="Erkannt").wait_for()
        page.wait_for_timeout(300)  # the session state of this turn is stored before the next suggestion
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
    with page.expect_file_chooser() as chooser:
        page.click("#kb-add")
    chooser.value.set_files(str(playbook))
    page.locator("#kb-upload-status", has_text="Hinzugefügt").wait_for()
    page.locator("#kb-playbooks", has_text="Unser-Preis-Playbook.md").wait_for()
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


# --- phones, one language at a time, accounts -------------------------------------------------------------------

PHONE = {"width": 390, "height": 844}
TABS = {
    "de": ("Rollenspiel", "Gesprächsnotizen", "Protokoll", "Wissen", "Evals", "Einstellungen"),
    "en": ("Role-play", "Call notes", "Minutes", "Knowledge", "Evals", "Settings"),
}
# Words of the interface (labels, buttons, notices, Gradio's own texts) that must not show in the other language.
# Content is excluded on purpose: a German scenario's buyer speaks German in the English UI.
FOREIGN = {
    "de": (
        "Interface language",
        "Start a new conversation",
        "Send",
        "Insert an example reply",
        "Difficulty",
        "Offer:",
        "The customer's goals",
        "Business case:",
        "Analyse notes",
        "Upload a file",
        "Past analyses",
        "Draft minutes",
        "Past minutes",
        "Search the knowledge",
        "Add your own playbooks",
        "Run evals",
        "Brain for this session",
        "Text does not leave this machine",
        "Examples",
        "Drop File Here",
        "Click to Upload",
        "Hints during the conversation",
        "My history",
        "Test the connection",
        "Call notes",
        "Notes of the decision meeting",
        "Scenario",
    ),
    "en": (
        "Sprache der Oberfläche",
        "Neues Gespräch starten",
        "Senden",
        "Beispielantwort einfügen",
        "Schwierigkeit",
        "Angebot:",
        "Ziele des Kunden",
        "Notizen analysieren",
        "Datei hochladen",
        "Frühere Analysen",
        "Protokoll erstellen",
        "Frühere Protokolle",
        "Suche im Wissen",
        "Eigene Playbooks",
        "Evals starten",
        "Gehirn für diese Sitzung",
        "Text verlässt diesen Rechner",
        "Beispiele",
        "Datei hier ablegen",
        "Hochladen",
        "Tipps während des Gesprächs",
        "Mein Verlauf",
        "Verbindung testen",
        "Gesprächsnotizen",
        "Notizen des Entscheidungsmeetings",
        "Szenario",
    ),
}
# The browser speaks the other language on purpose: the chosen UI language must win over the browser's locale
# (Gradio's own texts follow the browser, so the app avoids them: upload buttons instead of drop zones, ...).
LOCALES = {"de": "en-US", "en": "de-DE"}


def _fits(page) -> tuple[int, int]:
    return page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")


def _in_view_width(page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_tab_fits_a_phone_and_the_chat_and_result_stay_usable(browser, app_url: str, lang: str):
    visit = Visit(browser, app_url, viewport=PHONE, locale=LOCALES[lang])
    try:
        page = visit.page
        if lang == "en":
            page.locator("#ui-lang").get_by_text("English").click()
            page.locator("#rp-card", has_text="Offer:").wait_for()
        assert _fits(page)[0] <= PHONE["width"]
        assert _in_view_width(page, "#rp-chat") and _in_view_width(page, "#rp-reply textarea")
        visit.shot(f"phone-roleplay-{lang}", max_height=1500)
        for name in TABS[lang][1:]:
            visit.tab(name)
            page.wait_for_timeout(300)
            width, inner = _fits(page)
            assert width <= inner, f"{name} scrolls sideways at {inner} px ({width} px wide)"
        visit.tab(TABS[lang][1])
        example = {
            "de": "DE · Discovery-Call Lebensmittelhersteller",
            "en": "EN · Discovery call, software company",
        }
        page.get_by_text(example[lang]).click()
        page.click("#notes-analyse")
        page.locator("#dimension-table").wait_for()
        assert _fits(page)[0] <= PHONE["width"] and _in_view_width(page, "#dimension-table")
        page.locator("#dimension-table").scroll_into_view_if_needed()
        assert page.locator("#dimension-table").is_visible()
        visit.shot(f"phone-notes-{lang}", max_height=2600)
    finally:
        visit.context.close()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_each_tab_speaks_one_language(browser, app_url: str, lang: str):
    import re

    visit = Visit(browser, app_url, locale=LOCALES[lang])
    try:
        page = visit.page
        if lang == "en":
            page.locator("#ui-lang").get_by_text("English").click()
            page.get_by_role("tab", name="Call notes").wait_for()
            page.locator("#rp-card", has_text="Offer:").wait_for()
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in FOREIGN[lang]))
        for name in TABS[lang]:
            visit.tab(name)
            page.wait_for_timeout(300)
            if name in ("Call notes", "Gesprächsnotizen"):
                page.click("#notes-analyse")  # an error in the UI language
                page.locator("#notes-status", has_text="notes" if lang == "en" else "Notizen").wait_for()
                page.get_by_text("DE · Discovery-Call Lebensmittelhersteller").click()
                page.wait_for_function("document.querySelector('#notes-input textarea').value.length > 50")
                page.wait_for_timeout(300)  # an example must not bring back the labels of the other language
            text = page.inner_text("body")
            found = sorted(set(pattern.findall(text)))
            assert not found, f"{lang} UI, tab {name}: words of the other language {found}"
        if lang == "en":
            visit.tab("Call notes")
            visit.shot("notes-en")
    finally:
        visit.context.close()


def test_the_language_choice_survives_a_reload(browser, app_url: str):
    visit = Visit(browser, app_url)
    try:
        page = visit.page
        page.locator("#ui-lang").get_by_text("English").click()
        page.get_by_role("tab", name="Call notes").wait_for()
        page.reload()
        page.get_by_role("tab", name="Call notes").wait_for()
        page.locator("#rp-card", has_text="Offer:").wait_for()  # the card re-renders after the tab labels
        assert page.locator("#ui-lang input[value='en']").is_checked()
        page.locator("#ui-lang").get_by_text("Deutsch").click()
        page.get_by_role("tab", name="Gesprächsnotizen").wait_for()
        page.reload()
        page.get_by_role("tab", name="Gesprächsnotizen").wait_for()
    finally:
        visit.context.close()


@pytest.fixture(scope="module")
def team_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `coach ui --auth` with a users file holding anna and ben (hashes only)."""
    from coach.accounts import add_user
    from coach.retrieval.store import build_index
    from coach.settings import load_settings

    home = tmp_path_factory.mktemp("team-home")
    build_index(load_settings(home=str(home)))
    users = home / "users.txt"
    add_user(users, "anna", "anna-Passwort-1")
    add_user(users, "ben", "ben-Passwort-22")
    assert "Passwort" not in users.read_text(encoding="utf-8")
    tmp = tmp_path_factory.mktemp("team-tmp")
    yield from _serve(home, tmp, "--auth", env_extra={"COACH_USERS_FILE": str(users)})


def test_two_accounts_never_see_each_others_data(browser, team_url: str):
    anna = Visit(browser, team_url, login=("anna", "anna-Passwort-1"))
    ben = Visit(browser, team_url, login=("ben", "ben-Passwort-22"))
    try:
        a, b = anna.page, ben.page
        anna.tab("Gesprächsnotizen")
        a.fill(
            "#notes-input textarea", "Call mit Nordwerk Feinmechanik\n- Ziel: Ausschuss um 12 % senken bis Q3"
        )
        a.click("#notes-analyse")
        a.locator("#dimension-table").wait_for()
        a.click("#notes-history")
        a.click("#notes-past input")
        a.get_by_role("option", name="Call mit Nordwerk Feinmechanik").first.wait_for()
        ben.tab("Gesprächsnotizen")
        b.reload()  # the list of past analyses is read when the page loads
        b.locator("#rp-chat [data-testid='bot']").first.wait_for()
        ben.tab("Gesprächsnotizen")
        b.click("#notes-history")
        b.click("#notes-past input")
        b.wait_for_timeout(500)
        assert b.get_by_role("option", name="Call mit Nordwerk Feinmechanik").count() == 0
        ben.tab("Einstellungen")
        b.locator("#settings-user", has_text="ben").wait_for()
        assert "anna" not in b.inner_text("#settings-data-box")
        anna.tab("Einstellungen")
        a.locator("#settings-user", has_text="anna").wait_for()
    finally:
        anna.context.close()
        ben.context.close()


def test_a_wrong_password_gets_no_page(browser, team_url: str):
    context = browser.new_context()
    try:
        response = context.request.post(team_url + "login", form={"username": "anna", "password": "falsch"})
        assert not response.ok
        page = context.new_page()
        page.goto(team_url)
        assert page.locator("#rp-chat").count() == 0
    finally:
        context.close()


# --- findings of the QA walk (scenario language, citations, Gradio's own texts, refused requests, login) -----------

SAID_JS = """window.__said = [];
new MutationObserver(() => {
  document.querySelectorAll('[role=status][aria-live]').forEach((e) => {
    const t = e.textContent.trim();
    if (t) window.__said.push(t);
  });
}).observe(document, {subtree: true, childList: true, characterData: true});"""


def _english(visit: Visit) -> None:
    """Switch the page to English and reload it, as a returning English-speaking user opens it."""
    page = visit.page
    page.locator("#ui-lang").get_by_text("English").click()
    page.get_by_role("tab", name="Call notes").wait_for()
    page.reload()
    page.locator("#rp-chat [data-testid='bot']").first.wait_for()
    page.get_by_role("tab", name="Call notes").wait_for()


def test_an_english_ui_plays_an_english_scenario_with_english_hints(browser, app_url: str):
    from coach.lang import detect_language

    visit = Visit(browser, app_url, locale="de-DE")
    try:
        page = visit.page
        _english(visit)
        page.wait_for_function("document.querySelector('#rp-scenario input').value.startsWith('EN')")
        first = page.locator("#rp-scenario input").input_value()
        assert detect_language(_bot_messages(page)[0]) == "en", _bot_messages(page)
        page.click("#rp-start")  # "Start a new conversation" keeps the English scenario
        page.wait_for_timeout(800)
        assert page.locator("#rp-scenario input").input_value() == first
        assert detect_language(_bot_messages(page)[0]) == "en"
        page.click("#rp-scenario input")  # the list starts with the scenarios of the UI language
        options = [o.strip("✓ \n") for o in page.locator("[role=option]").all_inner_texts()]
        page.keyboard.press("Escape")
        assert options[0].startswith("EN") and options[-1].startswith("DE"), options
        page.click("#rp-suggest")
        page.wait_for_function("document.querySelector('#rp-reply textarea').value.length > 10")
        page.click("#rp-send")
        page.locator("#rp-hint", has_text="Detected").wait_for()
        hint = page.inner_text("#rp-hint")
        assert "Erkannt" not in hint and "Tipp" not in hint
    finally:
        visit.context.close()


def test_results_cite_document_and_section_and_gradio_says_nothing_untranslated(browser, app_url: str):
    import re

    visit = Visit(browser, app_url, locale="de-DE")
    try:
        page = visit.page
        visit.context.add_init_script(SAID_JS)  # records what the screen-reader live region announces
        _english(visit)
        visit.tab("Call notes")
        page.get_by_text("EN · Discovery call, software company").click()
        page.click("#notes-analyse")
        page.locator("#dimension-table").wait_for()
        page.wait_for_timeout(1500)
        said = page.evaluate("window.__said")
        text = page.inner_text("body")
        assert said and not [s for s in said if "common." in s or s in ("Laden", "Fertig", "Fehler")], said
        assert "common." not in text
        questions = page.inner_text("#notes-questions")
        assert "›" in questions and not re.search(r"[a-z-]+-(de|en)#[a-z0-9-]+-\d", questions), questions
        footer = page.inner_text("#notes-footer")
        assert "›" in footer and not re.search(r"[a-z-]+-(de|en)#[a-z0-9-]+-\d", footer), footer
    finally:
        visit.context.close()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_refused_request_is_told_once_in_the_ui_language_and_clears(browser, app_url: str, lang: str):
    visit = Visit(browser, app_url, locale=LOCALES[lang])  # the browser speaks the other language
    try:
        page = visit.page
        if lang == "en":
            _english(visit)
        visit.tab(TABS[lang][1])
        page.evaluate(  # a body beyond what the textbox allows, as a script or an old browser could send
            """() => { const t = document.querySelector('#notes-input textarea'); t.removeAttribute('maxlength');
            t.value = 'Budget offen. '.repeat(80000); t.dispatchEvent(new Event('input', {bubbles: true})); }"""
        )
        page.click("#notes-analyse")
        toast = page.locator(".toast-body").first
        toast.wait_for()
        wanted, other = ("zu groß", "too large") if lang == "de" else ("too large", "zu groß")
        assert wanted in toast.inner_text() and other not in toast.inner_text()
        body = page.inner_text("body")
        assert "Error" not in body and "Fehler" not in body, body[-400:]
        assert page.locator("[data-testid=status-tracker]:has(span.error):visible").count() == 0
        page.get_by_text("DE · Discovery-Call Lebensmittelhersteller").click()  # the next action works
        page.click("#notes-analyse")
        page.locator("#dimension-table").wait_for()
        assert page.locator("[data-testid=status-tracker]:has(span.error):visible").count() == 0
    finally:
        visit.context.close()


@pytest.mark.parametrize(
    ("locale", "chosen", "words", "wrong"),
    [
        # the browser speaks English, the server's UI language is German (COACH_LANG=de): German
        ("en-US", None, ("Anmelden", "Benutzername", "Passwort"), "Falsche Anmeldedaten"),
        # the browser speaks German, the user chose English on an earlier visit: English
        ("de-DE", "en", ("Login", "username", "password"), "Incorrect Credentials"),
    ],
)
def test_the_login_page_speaks_the_ui_language_not_the_browsers(
    browser, team_url: str, locale, chosen, words, wrong
):
    """Gradio draws the login page before any app code runs; coach.web.locale gives it the UI language."""
    context = browser.new_context(locale=locale)
    try:
        if chosen:
            context.add_init_script(f"window.localStorage.setItem('coach-ui-lang', '{chosen}')")
        page = context.new_page()
        page.set_default_timeout(TIMEOUT)
        page.goto(team_url)
        page.locator("input[type=password]").wait_for()
        form = page.inner_text("body") + " ".join(
            page.locator("input").evaluate_all("(xs) => xs.map((x) => x.placeholder + ' ' + x.ariaLabel)")
        )
        assert all(w.lower() in form.lower() for w in words), form
        page.locator("input[type=text]").first.fill("anna")
        page.locator("input[type=password]").fill("falsch")
        page.locator("button", has_text=words[0]).click()
        page.get_by_text(wrong, exact=False).wait_for()
    finally:
        context.close()


def test_the_more_tabs_button_on_a_phone_follows_the_ui_language(browser, app_url: str):
    visit = Visit(browser, app_url, viewport=PHONE, locale="en-US")  # the browser speaks the other language
    try:
        page = visit.page
        more = page.locator("#coach-tabs .overflow-menu > button")
        more.wait_for()
        page.wait_for_function(
            "document.querySelector('#coach-tabs .overflow-menu > button').ariaLabel === 'Weitere Tabs'"
        )
        page.locator("#ui-lang").get_by_text("English").click()
        page.locator("#rp-card", has_text="Offer:").wait_for()
        page.wait_for_function(
            "document.querySelector('#coach-tabs .overflow-menu > button').ariaLabel === 'More tabs'"
        )
        visit.tab("Evals")  # the menu still opens and the tab is found by its label
        assert page.get_by_role("tab", name="Evals", exact=True).is_visible()
    finally:
        visit.context.close()
