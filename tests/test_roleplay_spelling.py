"""A rep's typo does not hide the question: a word one slip away from a scenario word is read as that word."""

from __future__ import annotations

import pytest

from coach.roleplay.answering import match_question, one_edit, scenario_index
from coach.roleplay.scenarios import get_scenario


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("anbeiter", "anbieter", True),  # two letters swapped
        ("wettbewrber", "wettbewerber", True),  # a letter dropped
        ("budgget", "budget", True),  # a letter doubled
        ("kosfen", "kosten", True),  # a letter changed
        ("decide", "decides", False),  # an inflection is not a typo
        ("rennen", "kennen", False),  # another word: the first letter differs
        ("anbieter", "anbieter", False),  # the same word
        ("planung", "zahlung", False),  # more than one slip
    ],
)
def test_one_edit(a: str, b: str, expected: bool) -> None:
    assert one_edit(a, b) is expected


def test_typos_are_corrected_against_the_scenario_words_only() -> None:
    index = scenario_index(get_scenario("de-price-energy"))
    assert (
        index.correct("Welche Alterntaiven haben Sie noch geprüft?")
        == "Welche Alternativen haben Sie noch geprüft?"
    )
    assert index.correct("Mit welchen Wettbewrbern haben Sie gesprochen?").split()[2] == "Wettbewerbern"
    unchanged = "Wie viele Schichten fahren Ihre Werke?"  # no scenario word one slip away: left alone
    assert index.correct(unchanged) == unchanged


def test_a_question_with_a_typo_gets_the_fact() -> None:
    scenario = get_scenario("de-price-energy")
    match = match_question(scenario, "Wie hoch sind Ihre Enregiekosten heute?", 0, 0)
    assert match.target == "fact" and match.fact == "energy-cost" and match.above > 0
