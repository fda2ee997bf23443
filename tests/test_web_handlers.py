"""The tabs' handlers called directly (no browser): what each tab shows, stores and offers for download."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coach.errors import InputError
from coach.settings import load_settings
from coach.web import evals_tab, history, knowledge_tab, minutes_tab, notes_tab, roleplay_tab, settings_tab
from coach.web.common import safe
from coach.web.examples import CALL_NOTES, MEETING_NOTES
from coach.web.store import ResultStore, title_from


@pytest.fixture(autouse=True)
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the tabs' downloads (customer data in real use) inside the test's own folder."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()


@pytest.fixture
def settings():
    return load_settings()


# --- call notes -----------------------------------------------------------------------------------------------------


def test_call_notes_show_every_dimension_with_status_and_questions_with_sources(settings):
    out = notes_tab.analyse_notes(settings, CALL_NOTES[0][1], "offline", "de")
    status, intro, summary, table, questions, copy, footer, past, result = out
    assert status == "" and intro["visible"] is False
    assert table.count('class="dim-') == 11 and 'data-dim="goals"' in table
    assert "dim-covered" in table and "dim-missing" in table and "Beirat" in table
    assert "Nächste Fragen" in questions and "lead-qualification.md" in questions
    assert copy["value"].startswith("1. ") and copy["visible"]
    assert "Offline" in footer and "verlässt diesen Rechner nicht" in footer and "Quellen" in footer
    assert len(past["choices"]) == 1 and result.readiness.covered >= 4


def test_empty_notes_give_a_friendly_message_and_the_next_analysis_works(settings):
    def run(notes: str, provider: str, lang: str):
        return notes_tab.analyse_notes(settings, notes, provider, lang)

    handler = safe(run, outputs=9)
    failed = handler("   ", "offline", "en")
    assert failed[0].startswith("⚠") and "notes are empty" in failed[0]
    ok = handler(CALL_NOTES[2][1], "offline", "en")
    assert ok[0] == "" and "dimension-table" in ok[3]


def test_past_analyses_can_be_reopened(settings):
    notes_tab.analyse_notes(settings, CALL_NOTES[1][1], "offline", "de")
    records = ResultStore(settings.history_db).list("qualify")
    assert [r.title for r in records] == [title_from(CALL_NOTES[1][1])]
    notes, data = history.load_result(settings, records[0].id, "qualify", "de")
    assert notes.startswith("Telefonat Stadtwerke") and '"dimensions"' in data
    with pytest.raises(InputError, match="gespeichertes Ergebnis"):
        history.load_result(settings, None, "qualify", "de")


def test_result_store_uses_wal_and_keeps_results_apart(tmp_path: Path):
    store = ResultStore(tmp_path / "h.sqlite3")
    a = store.save("qualify", "A", "de", "offline", "notes a", "{}")
    store.save("minutes", "B", "en", "offline", "notes b", "{}")
    with store.connect() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r.title for r in store.list("qualify")] == ["A"]
    assert store.load(a, "qualify") == ("notes a", "{}")
    assert store.purge() == 2 and store.list("minutes") == []


# --- minutes --------------------------------------------------------------------------------------------------------


def test_minutes_show_decision_gates_and_offer_three_downloads(settings):
    import tempfile

    import docx

    out = minutes_tab.draft(settings, MEETING_NOTES[0][1], "offline", "de")
    status, intro, decision, gates, preview, md, docx_file, eml, footer, past, result = out
    assert status == "" and "Ja, aber" in decision and "SAP-PM-Schnittstelle" in decision
    assert gates.count('class="gate gate-') == 3 and "gate-met" in gates and "Fehlt noch" in gates
    assert "written_decision" not in gates  # requirement ids are shown as words
    assert preview.startswith("# ") or "Protokoll" in preview
    paths = {Path(u["value"]).suffix: Path(u["value"]) for u in (md, docx_file, eml)}
    assert all(p.is_relative_to(Path(tempfile.gettempdir())) for p in paths.values())
    assert set(paths) == {".md", ".docx", ".eml"} and all(u["visible"] for u in (md, docx_file, eml))
    document = docx.Document(io.BytesIO(paths[".docx"].read_bytes()))
    assert any("Kessler" in p.text for p in document.paragraphs)
    assert b"Subject:" in paths[".eml"].read_bytes()
    assert "Quellen" in footer and len(past["choices"]) == 1


def test_empty_meeting_notes_are_refused_in_the_ui_language(settings):
    with pytest.raises(InputError, match="notes of the decision meeting"):
        minutes_tab.draft(settings, "", "offline", "en")


# --- role-play ------------------------------------------------------------------------------------------------------


def test_two_role_play_sessions_are_independent(settings):
    a = roleplay_tab.start_session(settings, "de-price-energy", "medium", True, "offline", "de")
    b = roleplay_tab.start_session(settings, "de-price-energy", "medium", True, "offline", "de")
    a.reply("Danke für die Offenheit. Was genau lässt das Angebot zu teuer wirken?")
    assert len(a.turns) == 3 and len(b.turns) == 1
    assert roleplay_tab.chat_messages(b.turns) == [{"role": "assistant", "content": b.opening.text}]


def test_a_played_session_gives_a_scorecard_and_fills_the_history(settings):
    session = roleplay_tab.start_session(settings, "de-price-energy", None, True, "offline", "de")
    for line in session.scenario.good_rep_script[:3]:
        result = session.reply(line)
    assert "Erkannt" in roleplay_tab.render_hint(result, "de")
    record = session.result()
    history.session_store(settings).save(record)
    html = roleplay_tab.render_scorecard(record.scorecard, "en")
    assert "/100" in html and html.count("data-criterion=") == 6 and "Explored the root cause" in html
    table = history.sessions_frame(settings, "en")
    assert list(table.columns)[:2] == ["Date", "Scenario"] and len(table) == 1
    chart = history.trend_frame(settings, "de")
    assert len(chart) == 6 and set(chart.columns) == {"session", "score", "criterion"}
    assert history.session_choices(settings, "de")["choices"][0][1] == 1


def test_scenario_picker_lists_german_first_and_easy_first():
    ids = [sid for _, sid in roleplay_tab.scenario_choices()]
    assert ids[0].startswith("de-") and ids[-1].startswith("en-")
    assert roleplay_tab.default_scenario("en").startswith("en-")
    assert "Angebot" in roleplay_tab.scenario_card(ids[0], "de")


# --- knowledge ------------------------------------------------------------------------------------------------------


def test_search_shows_cited_hits(indexed_settings):
    html = knowledge_tab.render_hits("Bis wann muss das Protokoll beim Kunden sein?", "de", indexed_settings)
    assert "coach-hit" in html and "›" in html and "knowledge/de/" in html and "**" not in html


def test_search_can_be_limited_to_one_language(indexed_settings):
    html = knowledge_tab.render_hits("quality gates", "en", indexed_settings, language="en")
    assert "knowledge/en/" in html and "knowledge/de/" not in html


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.md", "passwd.md"),
        ("Über uns – Playbook!.MD", "Uber-uns-Playbook.md"),
        ("..\\..\\win.txt", "win.txt"),
        ("....pdf", "playbook.pdf"),
    ],
)
def test_playbook_names_are_sanitised(name: str, expected: str):
    assert knowledge_tab.safe_filename(name) == expected


def test_uploaded_playbooks_are_copied_into_coach_home_and_indexed(tmp_path: Path):
    from coach.retrieval.store import build_index

    home = tmp_path / "home"
    settings = load_settings(home=str(home))
    build_index(settings)
    upload = tmp_path / "upload" / "Preis-Playbook ÄÖÜ.md"
    upload.parent.mkdir()
    upload.write_text(
        "# Preisgespräche\n\n## Die Zebrastreifen-Methode\n\nErst den Wert klären, dann den Preis.\n"
    )
    bad = tmp_path / "upload" / "virus.exe"
    bad.write_bytes(b"MZ")
    steps: list = []
    status, listing = knowledge_tab.add_playbooks(
        settings, [str(upload), str(bad)], "de", progress=lambda *a, **k: steps.append(a)
    )
    stored = home / "playbooks" / "Preis-Playbook-AOU.md"
    assert stored.is_file() and "Hinzugefügt: Preis-Playbook-AOU.md" in status
    assert "virus.exe" in status and "nicht unterstützt" in status
    assert "Preis-Playbook-AOU.md" in listing and steps
    hits = knowledge_tab.render_hits("Zebrastreifen-Methode", "de", settings)
    assert "playbooks/Preis-Playbook-AOU.md" in hits


def test_only_bad_playbooks_give_a_message_and_nothing_is_indexed(tmp_path: Path):
    settings = load_settings(home=str(tmp_path / "home"))
    bad = tmp_path / "slides.pptx"
    bad.write_bytes(b"PK")
    with pytest.raises(InputError, match="not supported"):
        knowledge_tab.add_playbooks(settings, [str(bad)], "en")
    assert not (tmp_path / "home" / "playbooks").exists()


# --- evals and settings ---------------------------------------------------------------------------------------------


def test_evals_run_with_progress_and_give_a_summary_and_a_report(settings):
    seen: list = []
    status, summary, frame, download = evals_tab.run_evals(
        settings, ["qualify"], "offline", "en", progress=lambda *a, **k: seen.append(a)
    )
    assert 'data-suite="qualify"' in summary and "passed" in summary
    assert frame.startswith("<iframe") and 'sandbox=""' in frame
    assert Path(download["value"]).read_text(encoding="utf-8").startswith("<!doctype html>")
    assert seen and seen[-1][0][0] == seen[-1][0][1]


def test_evals_need_a_suite(settings):
    with pytest.raises(InputError, match="at least one suite"):
        evals_tab.run_evals(settings, [], "offline", "en")


def test_settings_show_the_brain_and_test_offline(settings):
    html = settings_tab.brain_details(settings, "auto", "en")
    assert "Text leaves this machine" in html and ">no<" in html
    assert list(settings_tab.test_connection(settings, "offline", "de"))[-1].startswith("✓")
    assert "COACH_HOME" in settings_tab.data_details(settings, "de")


def test_unconfigured_openai_test_says_what_to_set(settings):
    message = list(settings_tab.test_connection(settings, "openai", "en"))[-1]
    assert message.startswith("✗") and "OPENAI_API_KEY" in message


def test_the_buyer_streams_into_the_chat_with_a_language_model(settings):
    from coach.llm.fake import FakeChatModel, fake_brain
    from coach.roleplay.session import RoleplaySession

    line = "Ehrlich gesagt liegt es am Zeitpunkt: Unser Budget für dieses Jahr ist schon verplant."
    session = RoleplaySession.start("de-price-energy", brain=fake_brain(FakeChatModel(fn=lambda m: line)))
    steps = list(roleplay_tab.reply_chat(session, "Danke für die Offenheit. Was genau wirkt zu teuer?", "de"))
    assert len(steps) >= 4  # placeholder, several growing chunks, the final transcript with the hint
    assert steps[0][0][-1] == {"role": "assistant", "content": "…"}
    growing = [s[0][-1]["content"] for s in steps[1:-1]]
    assert all(len(a) <= len(b) for a, b in zip(growing, growing[1:], strict=False))
    final_chat, hint = steps[-1]
    assert final_chat == roleplay_tab.chat_messages(session.turns) and "Erkannt" in hint


def test_a_closed_session_refuses_more_replies_in_the_ui_language(settings):
    session = roleplay_tab.start_session(settings, "en-need-retail", None, False, "offline", "en")
    session.reply("Thanks for being open. What exactly makes you unsure?")
    session.end()
    with pytest.raises(InputError, match="has ended"):
        list(roleplay_tab.reply_chat(session, "One more thing", "en"))


def test_settings_offer_only_brains_that_can_answer(tmp_path: Path):
    from coach.web import brains

    plain = load_settings(local_model=str(tmp_path / "missing.gguf"))
    assert brains.available_providers(plain) == ["offline"]  # no endpoint, and the model file is not there
    assert [p for _, p in settings_tab.provider_choices(plain, "de")] == ["offline"]
    model = tmp_path / "real.gguf"
    model.write_bytes(b"GGUF")
    with_model = load_settings(local_model=str(model), openai_base_url="http://127.0.0.1:11434/v1")
    offered = brains.available_providers(with_model)
    assert "openai" in offered and ("local" in offered) == brains._installed("xllamacpp")
    assert brains.initial_provider(load_settings(provider="openai")) == "offline"


def test_the_smoke_test_model_is_named_as_such_in_the_picker():
    from coach.web import brains

    settings = load_settings()
    labels = dict((p, label) for label, p in settings_tab.provider_choices(settings, "en"))
    if "local" in brains.available_providers(settings):
        assert "smoke-test" in labels["local"]
    assert "openai" not in labels


@pytest.mark.integration
def test_the_local_smoke_test_streams_instead_of_waiting_silently():
    from coach.web import brains

    settings = load_settings()
    if "local" not in brains.available_providers(settings):
        pytest.skip("no local model here")
    steps = list(settings_tab.test_connection(settings, "local", "en"))
    assert steps[0].startswith("…") and "Loading" in steps[0]  # said at once, before the model loads
    assert len(steps) >= 4  # tokens arrive one by one
    assert steps[-1].startswith("✓") and "smoke-test" in steps[-1] and "COACH_LOCAL_MODEL" in steps[-1]


def test_evals_are_summed_up_in_plain_sentences(settings):
    _, summary, _, _ = evals_tab.run_evals(settings, ["qualify", "roleplay"], "offline", "en")
    assert "of 100 facts in call notes read right" in summary and "On the part we did not tune on" in summary
    assert "scenarios the good rep scores higher" in summary
    assert "<details>" in summary and "label_accuracy" in summary  # the figures, one click away
    _, german, _, _ = evals_tab.run_evals(settings, ["qualify"], "offline", "de")
    assert "von 100 Angaben" in german and "label_accuracy" in german


def test_download_names_follow_the_ui_language(settings):
    from coach.web.examples import MEETING_NOTES

    german_notes = next(text for name, text in MEETING_NOTES if name.startswith("DE"))
    out = minutes_tab.draft(settings, german_notes, "offline", "en")
    names = [Path(u["value"]).name for u in out[5:8]]
    assert all(n.startswith("minutes-") for n in names), names
    out = minutes_tab.draft(settings, german_notes, "offline", "de")
    assert all(Path(u["value"]).name.startswith("protokoll-") for u in out[5:8])
    _, _, _, report = evals_tab.run_evals(settings, ["roleplay"], "offline", "de")
    assert Path(report["value"]).name == "coach-eval-bericht.html"
