"""The role-play tab's handlers: the user's own scenarios in the picker, a fresh buyer per scenario, UI-language cards."""

from __future__ import annotations

from coach.roleplay.from_notes import scenario_from_notes
from coach.roleplay.template import template
from coach.roleplay.userfiles import parse_scenario, save_scenario, user_dir
from coach.settings import load_settings
from coach.web.roleplay_tab import _template_file, scenario_card, scenario_choices, start_session


def test_uploaded_and_notes_scenarios_are_listed_and_playable() -> None:
    settings = load_settings()
    own = parse_scenario(template("en"))
    save_scenario(own, user_dir(settings.home), template("en"))
    notes = scenario_from_notes(
        "- Goal: halve onboarding time\n- Budget unclear\n- Also looking at Rippling\n"
    )
    save_scenario(notes, user_dir(settings.home))
    ids = [sid for _, sid in scenario_choices(settings.home)]
    assert ids[-2:] == sorted([own.id, notes.id]) and "de-price-energy" in ids
    for scenario_id in (own.id, notes.id):
        session = start_session(settings, scenario_id, "medium", True, "offline", "en")
        assert session.scenario.id == scenario_id and len(session.turns) == 1
        assert session.reply(session.scenario.good_rep_script[0]).buyer.text


def test_each_start_is_a_new_buyer_for_the_chosen_scenario() -> None:
    settings = load_settings()
    first = start_session(settings, "de-price-energy", "medium", True, "offline", "de")
    first.reply(first.scenario.good_rep_script[0])
    second = start_session(settings, "en-risk-pharma", "medium", True, "offline", "de")
    assert second.scenario.id == "en-risk-pharma" and len(second.turns) == 1
    assert second.state.buyer.objections[0].layers_revealed == 0


def test_card_labels_follow_the_ui_language_for_a_scenario_in_the_other_language() -> None:
    german_ui = scenario_card("en-risk-pharma", "de")
    english_ui = scenario_card("en-risk-pharma", "en")
    assert german_ui != english_ui and "Dr. Anil Mehta" in german_ui


def test_the_template_download_is_the_valid_template_in_the_ui_language() -> None:
    settings = load_settings()
    path = _template_file(settings, "de")
    scenario = parse_scenario(open(path, encoding="utf-8").read())
    assert scenario.language == "de"


def test_tips_and_scorecard_follow_the_ui_language() -> None:
    settings = load_settings()
    session = start_session(settings, "en-risk-pharma", "medium", True, "offline", "de")
    result = session.reply("Thanks. Which part of the move worries you most?")
    assert result.hint and any(w in result.hint for w in ("Sie", "Fragen", "Ebene"))
    card = session.end()
    assert card.language == "de" and "Sie" in " ".join(c.tip for c in card.criteria)
