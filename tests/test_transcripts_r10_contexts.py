"""The context a customer's sentence is read with: the question it answers, in a call and in an e-mail thread."""

from __future__ import annotations

import pytest

from coach.qualify.learned import units as units_module
from coach.qualify.learned.units import Unit, context_units
from coach.text.document import parse_text

THREAD = """Von: Karl Ebert <k.ebert@nordholz.example>
An: Jana Roth <jana.roth@acme-software.example>
Betreff: AW: Ihre Anfrage
Datum: 19.11.2026, 16:22

Hallo Frau Roth,

wir haben 40 Stunden Stillstand im Monat an der Linie 2. Das Budget liegt bei 80.000 Euro.

Viele Grüße
Karl Ebert

Am 18.11.2026 um 09:07 schrieb Jana Roth <jana.roth@acme-software.example>:
> Hallo Herr Ebert,
>
> danke für das Gespräch. Wie viel Stillstand haben Sie heute, und welches Budget ist eingeplant?
>
> Mit freundlichen Grüßen
> Jana Roth
"""

CALL = """[00:01] Rep (Jana Roth, Acme Software): How many hours of downtime do you have a month?
[00:02] Customer (Karl Ebert, Nordholz AG): About forty hours on line two.
[00:03] Rep (Jana Roth, Acme Software): Wow. Okay.
[00:04] Customer (Karl Ebert, Nordholz AG): And every hour costs us around two thousand euros.
[00:05] Rep (Jana Roth, Acme Software): Thanks, that helps. Who signs off on a project like this?
[00:06] Customer (Karl Ebert, Nordholz AG): Our managing director, Petra Lang.
"""


def _unit(units: list[Unit], text: str) -> Unit:
    """Return the unit whose text starts with `text`."""
    return next(u for u in units if u.text.startswith(text))


def test_an_email_reply_answers_the_message_below_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(units_module, "MAIL_REPLY_BELOW", True)  # the reading a retrained model would use
    units = context_units(parse_text(THREAD))
    answer = _unit(units, "wir haben 40 Stunden")
    assert answer.role == "customer"
    assert answer.question == "Wie viel Stillstand haben Sie heute, und welches Budget ist eingeplant?"


def test_the_shipped_reading_of_a_thread_is_the_one_the_model_was_trained_on() -> None:
    assert units_module.MAIL_REPLY_BELOW is False  # switch it only with a retrain (see units.py)
    units = context_units(parse_text(THREAD))
    answer = _unit(units, "wir haben 40 Stunden")
    assert answer.question is None  # the newest message has nothing above it


def test_a_message_without_a_question_is_read_by_its_last_line_with_content(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(units_module, "MAIL_REPLY_BELOW", True)
    thread = THREAD.replace(
        "Wie viel Stillstand haben Sie heute, und welches Budget ist eingeplant?",
        "Schreiben Sie mir gern die Eckdaten Ihrer Linie.",
    )
    units = context_units(parse_text(thread))
    assert _unit(units, "wir haben 40 Stunden").question == "Schreiben Sie mir gern die Eckdaten Ihrer Linie."
    assert all(u.question is None for u in units if u.role == "vendor")


def test_a_customer_going_on_after_an_acknowledgement_still_answers_the_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(units_module, "SEE_THROUGH", True)  # the reading a retrained model would use
    units = context_units(parse_text(CALL))
    cost = _unit(units, "And every hour costs us")
    assert cost.question == "How many hours of downtime do you have a month?"
    assert cost.prev == "About forty hours on line two."


def test_the_shipped_reading_of_a_call_is_the_one_the_model_was_trained_on() -> None:
    assert units_module.SEE_THROUGH is False  # switch it only with a retrain (see units.py)
    cost = _unit(context_units(parse_text(CALL)), "And every hour costs us")
    assert (cost.question, cost.prev) == ("Okay.", None)


def test_a_turn_with_a_question_is_no_acknowledgement(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(units_module, "SEE_THROUGH", True)
    units = context_units(parse_text(CALL))
    who = _unit(units, "Our managing director")
    assert who.question == "Who signs off on a project like this?"
    assert who.prev is None
