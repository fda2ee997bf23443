"""Limits before work: oversized input is cut (or refused) with a message in the user's language, at every entry."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from coach import limits
from coach.errors import InputError
from coach.limits import LIMITS, BudgetError, BusyError, admission, limit_text, refuse_long, within_budget

HUGE = 5 * 1024 * 1024  # what a careless paste or a script sends


@pytest.mark.parametrize("kind", list(LIMITS))
def test_text_over_the_limit_is_cut_with_a_notice_in_each_language(kind: str):
    text = ("Ziel: Ausschuss senken bis Q3.\n" * (LIMITS[kind] // 10))[: LIMITS[kind] * 3]
    for lang, word in (("de", "Zeichen"), ("en", "characters")):
        kept, notices = limit_text(text, kind, lang)  # type: ignore[arg-type]
        assert LIMITS[kind] // 2 < len(kept) <= LIMITS[kind]
        assert text.startswith(kept)
        assert len(notices) == 1 and word in notices[0]
    assert limit_text(text[:10], kind, "de") == (text[:10], [])  # type: ignore[arg-type]


def test_the_cut_uses_the_languages_number_style():
    _, de = limit_text("x" * 200_000, "notes", "de")
    _, en = limit_text("x" * 200_000, "notes", "en")
    assert "100.000" in de[0] and "100,000" in en[0]


def test_refusing_names_the_size_and_the_limit():
    assert refuse_long("kurz", "query", "de") == "kurz"
    with pytest.raises(InputError, match="höchstens 500"):
        refuse_long("x" * 501, "query", "de")


def test_file_size_is_refused_above_ten_megabytes():
    limits.check_file_size(limits.MAX_UPLOAD_BYTES, "ok.txt", "en")
    with pytest.raises(InputError, match="larger than 10 MB"):
        limits.check_file_size(limits.MAX_UPLOAD_BYTES + 1, "big.txt", "en")


def test_small_jobs_never_wait_and_a_second_big_job_is_told_to_come_back(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(limits, "_big", threading.BoundedSemaphore(1))
    inside, release = threading.Event(), threading.Event()

    def big_job() -> None:
        with admission(limits.BIG_INPUT, "en"):
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=big_job)
    worker.start()
    try:
        assert inside.wait(10)
        with admission(100, "en"):  # small input passes while the big slot is taken
            pass
        with pytest.raises(BusyError, match="try again"), admission(limits.BIG_INPUT, "en", wait=0.05):
            pass
    finally:
        release.set()
        worker.join(10)
    with admission(limits.BIG_INPUT, "de", wait=1):  # the slot is free again
        pass


def test_a_job_over_its_time_budget_is_answered_in_the_users_language():
    assert within_budget(lambda: 42, "de") == 42
    with pytest.raises(BudgetError, match="länger als 0.2 s"):
        within_budget(lambda: time.sleep(1.0), "de", seconds=0.2)


def test_the_retriever_guards_its_own_entry(indexed_settings):
    from coach.retrieval import get_retriever

    hits = get_retriever(indexed_settings).search("Protokoll an den Kunden " + "x" * HUGE, k=3)
    assert hits  # the 5 MB tail never reaches the tokenizer: the query is cut to its limit first


# --- the command line ---------------------------------------------------------------------------------------------


def test_search_cli_cuts_a_120_kb_query_and_says_so(indexed_settings, capsys):
    from coach.cli.main import main

    query = "Bis wann muss das Protokoll beim Kunden sein? " * 2700  # ~120 KB
    assert main(["search", query, "--lang", "de", "--json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out) and "500" in out.err and "Suchanfrage" in out.err


def test_qualify_cli_cuts_notes_before_the_analysis(tmp_path: Path, capsys):
    from coach.cli.main import main

    notes = tmp_path / "notes.txt"
    notes.write_text("- Ziel: Ausschuss um 12 % senken bis Q3 2027\n" * 4000, encoding="utf-8")  # ~180 KB
    assert main(["qualify", str(notes), "--json", "--lang", "en"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert any("100,000 characters" in n for n in result["notices"])


def test_minutes_cli_cuts_meeting_notes_before_the_draft(tmp_path: Path, capsys):
    from coach.cli.main import main

    notes = tmp_path / "meeting.txt"
    notes.write_text("Entscheidung: Ja. Anna sendet das Angebot bis Freitag.\n" * 3000, encoding="utf-8")
    assert main(["minutes", str(notes), "--json", "--lang", "de"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert any("60.000 Zeichen" in n for n in result["notices"])


def test_check_reply_cli_cuts_a_huge_reply(capsys):
    from coach.cli.main import main

    reply = "Was genau macht den Preis für Sie schwierig? " * 20_000
    assert main(["check-reply", "--objection", "Zu teuer.", "--reply", reply, "--lang", "en", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert any("2,000 characters" in n for n in result["notices"])


# --- the web handlers -------------------------------------------------------------------------------------------


def test_web_search_with_five_megabytes_answers_with_hits_and_a_notice(indexed_settings):
    from coach.web import knowledge_tab

    html = knowledge_tab.render_hits("Protokoll " * (HUGE // 10), "en", indexed_settings)
    assert "coach-hit" in html and "500 characters" in html


def test_web_reply_of_five_megabytes_reaches_the_chat_cut(tmp_path: Path):
    from coach.settings import load_settings
    from coach.web import roleplay_tab

    settings = load_settings()
    session = roleplay_tab.start_session(settings, "de-price-energy", None, True, "offline", "de")
    steps = list(roleplay_tab.reply_chat(session, "Was genau? " * (HUGE // 11), "de"))
    chat, hint = steps[-1]
    rep = [m["content"] for m in chat if m["role"] == "user"]
    assert len(rep) == 1 and len(rep[0]) <= LIMITS["reply"]
    assert "2.000 Zeichen" in hint


def test_web_notes_of_five_megabytes_are_cut_before_analysis_and_storage():
    from gradio.context import LocalContext

    from coach.settings import load_settings
    from coach.web import history, notes_tab

    settings = load_settings()
    notes = "- Ziel: Ausschuss um 12 % senken bis Q3 2027\n" * (HUGE // 45)
    LocalContext.request.set(None)
    out = notes_tab.analyse_notes(settings, notes, "offline", "en")
    assert "100,000 characters" in out[6]  # the footer's notices
    stored_notes, _ = history.load_result(
        settings, history.result_store(settings).list("qualify")[0].id, "qualify", "en"
    )
    assert len(stored_notes) <= LIMITS["notes"]


def test_web_upload_of_a_large_file_is_cut_before_it_reaches_the_textbox(tmp_path: Path):
    from coach.web.common import upload_to_notes

    big = tmp_path / "notes.txt"
    big.write_text("- Budget: 80.000 € freigegeben\n" * 20_000, encoding="utf-8")  # ~640 KB
    status, text = upload_to_notes(SimpleNamespace(name=str(big)), "de")
    assert len(text) <= LIMITS["notes"] and "100.000 Zeichen" in status


def test_the_door_refuses_oversized_bodies_but_not_uploads_or_small_requests():
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from coach.web.guard import BodyLimit

    async def echo(request):  # type: ignore[no-untyped-def]
        return PlainTextResponse(str(len(await request.body())))

    app = Starlette(
        routes=[
            Route("/gradio_api/queue/join", echo, methods=["POST"]),
            Route("/gradio_api/upload", echo, methods=["POST"]),
        ],
        middleware=[Middleware(BodyLimit, max_bytes=1000)],
    )
    client = TestClient(app)
    assert client.post("/gradio_api/queue/join", content=b"x" * 1000).text == "1000"
    refused = client.post("/gradio_api/queue/join", content=b"x" * 5000)
    assert refused.status_code == 413 and "zu groß" in refused.json()["error"]  # no language known: German
    assert "too large" not in refused.json()["error"]  # one language at a time
    english = client.post(
        "/gradio_api/queue/join", content=b"x" * 5000, headers={"cookie": "coach_ui_lang=en"}
    )  # the page's UI language wins over the browser's
    assert "too large" in english.json()["error"] and "zu groß" not in english.json()["error"]
    browser = client.post(
        "/gradio_api/queue/join", content=b"x" * 5000, headers={"accept-language": "en-US,en"}
    )
    assert "too large" in browser.json()["error"]
    chunked = client.post(
        "/gradio_api/queue/join", content=iter([b"x" * 800, b"x" * 800])
    )  # no Content-Length
    assert chunked.status_code == 413
    assert client.post("/gradio_api/upload", content=b"x" * 5000).text == "5000"
