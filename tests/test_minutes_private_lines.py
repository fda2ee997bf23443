"""The seller's own lines ('Intern: …') go to the internal notes, never into the customer's minutes; the decision
sentence is not listed again as a task."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes, split_private
from coach.minutes.export import export

DE = """Abschlussgespräch Lagerverwaltung, 03.02.2027
Teilnehmer: Frau Okonkwo (Einkauf, Halbach Logistik GmbH), Tim Sauer (Vertrieb, Ordwell AG)
- Frau Okonkwo gibt die Bestellung frei, unter der Bedingung, dass die Schulung bis April erfolgt
- Tim schickt bis 05.02. den finalen Vertrag
- Intern: Okonkwo wirkte beim Preis genervt, beim nächsten Mal früher über Nutzen reden
"""
EN = """Final review, warehouse software, 3 Feb 2027
Attendees: Ms Okafor (Procurement, Halden Freight Ltd), Tom Sayer (Sales, Ordwell Inc)
- Ms Okafor approves the order, on condition that training is done by April
- Tom sends the final contract by 5 Feb
Internal:
- Okafor seemed annoyed about price, raise value earlier next time
"""


@pytest.mark.parametrize(
    ("notes", "lang", "private"), [(DE, "de", "Okonkwo wirkte"), (EN, "en", "Okafor seemed")]
)
def test_private_lines_stay_internal(notes: str, lang: str, private: str) -> None:
    result = draft_minutes(notes, lang=lang)
    assert any(private in n for n in result.internal_notes)
    assert not any(private in o.objection for o in result.objections)
    customer = export(result, "md", internal=False).decode("utf-8") + export(result, "eml").decode(
        "utf-8", "replace"
    )
    assert private not in customer
    assert private in export(result, "md", internal=True).decode("utf-8")
    tasks = [a.task for a in result.action_items]
    assert tasks and not any(t in result.decision.evidence for t in tasks)  # the approval is no task


def test_split_private_keeps_everything_else() -> None:
    text, private = split_private("A\n- intern: x\nInternal:\n- y\n- z\n\nB")
    assert private == ["x", "y", "z"] and text.split("\n") == ["A", "", "B"]
