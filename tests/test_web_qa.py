"""Findings of the QA walk through the web app: scenario language, citations, one error language."""

from __future__ import annotations

import re

import pytest

from coach.lang import detect_language
from coach.settings import load_settings
from coach.web import minutes_tab, notes_tab, roleplay_tab
from coach.web.examples import CALL_NOTES, MEETING_NOTES

CHUNK_ID = re.compile(r"[a-z0-9-]+-(de|en)#[a-z0-9-]+-\d+")


@pytest.fixture
def settings():
    return load_settings()


def _visible(html: str) -> str:
    """Return what a reader sees of an HTML fragment: tags and their attributes removed."""
    return re.sub(r"<[^>]+>", " ", html)


# --- 1. the role-play follows the UI language ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_scenario_list_and_default_follow_the_ui_language(lang: str):
    ids = [sid for _, sid in roleplay_tab.scenario_choices(lang=lang)]
    first_other = next(n for n, sid in enumerate(ids) if not sid.startswith(f"{lang}-"))
    assert first_other > 0 and all(not sid.startswith(f"{lang}-") for sid in ids[first_other:])
    assert roleplay_tab.default_scenario(lang) == ids[0]


def test_switching_to_english_before_answering_gives_an_english_buyer(settings):
    german = roleplay_tab.default_scenario("de")
    session = roleplay_tab.start_session(settings, german, None, True, "offline", "de")
    pick = roleplay_tab.scenario_for_language(german, session, "en")
    assert pick.startswith("en-")
    english = roleplay_tab.start_session(settings, pick, None, True, "offline", "en")
    assert detect_language(english.opening.text) == "en"
    assert "Offer:" in roleplay_tab.scenario_card(pick, "en")


def test_a_conversation_under_way_is_kept_on_a_language_switch(settings):
    german = roleplay_tab.default_scenario("de")
    session = roleplay_tab.start_session(settings, german, None, True, "offline", "de")
    session.reply("Danke für die Offenheit. Was genau steht hinter dem Zeitpunkt?")
    assert roleplay_tab.scenario_for_language(german, session, "en") == german
    english = roleplay_tab.default_scenario("en")
    assert roleplay_tab.scenario_for_language(english, None, "en") == english


def test_hints_follow_the_ui_language_on_a_german_scenario(settings):
    session = roleplay_tab.start_session(settings, "de-price-energy", "medium", True, "offline", "de")
    *_, (chat, hint) = roleplay_tab.reply_chat(
        session, "Danke. Was genau lässt das Angebot zu teuer wirken?", "en"
    )
    tip = session.turns[-2].hint
    assert tip and detect_language(tip) == "en"
    assert "**Detected:**" in hint and "Erkannt" not in hint


# --- 2. citations are titled 'document › section', never raw chunk ids -------------------------------------------


def test_call_note_results_cite_document_and_section_not_chunk_ids(settings):
    out = notes_tab.analyse_notes(settings, CALL_NOTES[0][1], "offline", "de")
    questions, footer = out[4], out[6]
    for html in (questions, footer):
        seen = _visible(html)
        assert "Lead-Qualifizierung" in seen and "›" in seen
        assert not CHUNK_ID.search(seen), CHUNK_ID.search(seen)
    assert CHUNK_ID.search(footer)  # the id is still there for the curious, in the hover title


def test_minutes_and_scorecard_cite_document_and_section(settings):
    out = minutes_tab.draft(settings, MEETING_NOTES[0][1], "offline", "en")
    html = " ".join(x for x in out if isinstance(x, str))
    assert "›" in _visible(html) and not CHUNK_ID.search(_visible(html))
    session = roleplay_tab.start_session(settings, "en-contract-molding", None, True, "offline", "en")
    for line in session.scenario.good_rep_script[:2]:
        session.reply(line)
    card = roleplay_tab.render_scorecard(session.result().scorecard, "en")
    assert "›" in _visible(card) and not CHUNK_ID.search(_visible(card))
