"""Two-sided attendance lines ('Us: …' / 'Them: …', 'Wir: …' / 'Kunde: …') and the note-taker named in the title
('(notes Marta, …)'): the labels are no company, and 'me:' / 'ich:' in the action list is the note-taker."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes

_EN = """Warehouse deal – scanner rollout, decision meeting 08.12.2026
(notes Marta, typed on the train)

Us: Marta Kowal, Jonas Feld (Brightmoor Software GmbH)
Them: Paul Wendt (Head of Logistics, Nordhafen Freight Ltd), Ida Brandt (CFO)

No decision today, Ida wants the audit first.
Next steps:
- me: send two reference contacts by Thursday
- Jonas: pricing options, end of next week
"""
_DE = """Lagerprojekt – Scanner, Entscheidungstermin 08.12.2026
(Notizen Marta, im Zug getippt)

Wir: Marta Kowal, Jonas Feld (Brightmoor Software GmbH)
Kunde: Paul Wendt (Leiter Logistik, Nordhafen Spedition GmbH), Ida Brandt (CFO)

Keine Entscheidung heute, Ida möchte erst das Audit sehen.
Nächste Schritte:
- ich: zwei Referenzkontakte schicken bis Donnerstag
- Jonas: Preisoptionen, Ende nächster Woche
"""


@pytest.mark.parametrize(
    ("notes", "company", "task"),
    [
        (_EN, "Nordhafen Freight Ltd", "send two reference contacts"),
        (_DE, "Nordhafen Spedition GmbH", "zwei Referenzkontakte schicken"),
    ],
)
def test_labels_are_no_company_and_me_is_the_note_taker(notes: str, company: str, task: str) -> None:
    result = draft_minutes(notes)
    assert result.company == company
    assert [
        (a.owner, a.due.isoformat() if a.due else None) for a in result.action_items if task in a.task
    ] == [("Marta Kowal", "2026-12-10")]


@pytest.mark.parametrize("label", ["Them", "Us", "Wir", "Kunde", "Customer", "Vendor"])
def test_a_side_label_is_never_the_customer_company(label: str) -> None:
    from coach.minutes.company import plausible_customer

    assert not plausible_customer(label, "Brightmoor Software GmbH", [])
    assert plausible_customer("Nordhafen Spedition GmbH", "Brightmoor Software GmbH", [])
