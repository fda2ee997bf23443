"""The context a customer's sentence is read with: the question it answers, in a call and in an e-mail thread."""

from __future__ import annotations

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


def test_the_shipped_reading_of_a_thread_is_the_one_the_model_was_trained_on() -> None:
    units = context_units(parse_text(THREAD))
    answer = _unit(units, "wir haben 40 Stunden")
    assert answer.question is None  # the newest message has nothing above it


def test_the_shipped_reading_of_a_call_is_the_one_the_model_was_trained_on() -> None:
    cost = _unit(context_units(parse_text(CALL)), "And every hour costs us")
    assert (cost.question, cost.prev) == ("Okay.", None)
