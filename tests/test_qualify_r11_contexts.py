"""The one context reading left after the round-11 retrain: a customer turn answers the other side's turn before it."""

from __future__ import annotations

from coach.qualify.learned import units as units_module
from coach.qualify.learned.units import Unit, context_units
from coach.text.document import parse_text
from tests.test_transcripts_r10_contexts import CALL, THREAD


def _unit(units: list[Unit], text: str) -> Unit:
    """Return the unit whose text starts with `text`."""
    return next(u for u in units if u.text.startswith(text))


def test_the_measured_switches_are_gone() -> None:
    assert not hasattr(units_module, "MAIL_REPLY_BELOW")
    assert not hasattr(units_module, "SEE_THROUGH")


def test_the_newest_reply_of_a_thread_has_no_question_above_it() -> None:
    answer = _unit(context_units(parse_text(THREAD)), "wir haben 40 Stunden")
    assert answer.role == "customer"
    assert answer.question is None


def test_a_customer_turn_answers_the_turn_just_before_it() -> None:
    units = context_units(parse_text(CALL))
    assert _unit(units, "About forty hours").question == "How many hours of downtime do you have a month?"
    cost = _unit(units, "And every hour costs us")
    assert (cost.question, cost.prev) == ("Okay.", None)
    assert _unit(units, "Our managing director").question == "Who signs off on a project like this?"
