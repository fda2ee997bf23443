"""A seller's turn saying 'we sent our signed copy back' is the seller's signature, not the customer's written
decision: sides come from the e-mail domains before the gates are judged (DE and EN)."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes

_EN = """# Line sensors – decision call
Date: 2027-08-19 · Teams
Attendees: Ida Brandt <ida.brandt@kesselwerk.example>, Paul Wendt <p.wendt@kesselwerk.example> (IT, Kesselwerk GmbH), Ravi Nair <ravi.nair@sensorio.example>
**[00:00:12] Ravi:** Thanks for joining.
**[00:00:18] Ida:** Short version: we are going ahead with the sensors.
**[00:01:01] Ravi:** And the contract, we sent our signed copy back to your legal team last week.
**[00:01:09] Paul:** Legal has it, I have not seen anything come back yet.
"""
_DE = """# Sensorik Linie 3 – Entscheidungstermin
Datum: 19.08.2027 · Teams
Teilnehmende: Ida Brandt <ida.brandt@kesselwerk.example>, Paul Wendt <p.wendt@kesselwerk.example> (IT, Kesselwerk GmbH), Ravi Nair <ravi.nair@sensorio.example>
**[00:00:12] Ravi:** Danke fürs Dazukommen.
**[00:00:18] Ida:** Kurz gesagt: Wir machen das mit den Sensoren.
**[00:01:01] Ravi:** Zum Vertrag: Wir haben unser unterschriebenes Exemplar letzte Woche an Ihre Rechtsabteilung geschickt.
**[00:01:09] Paul:** Die Rechtsabteilung hat es, zurück kam noch nichts.
"""


@pytest.mark.parametrize("notes", [_EN, _DE])
def test_the_sellers_own_signed_copy_is_no_written_decision(notes: str) -> None:
    result = draft_minutes(notes)
    writing = next(g for g in result.gates if g.id == "decision_in_writing")
    assert writing.status != "met"
    assert {p.name: p.side for p in result.participants}["Ravi Nair"] == "seller"
