"""An owner written after the task with an arrow ('Referenzliste -> ich, bis Freitag', 'hosting evidence -> Sven'):
the task without the arrow, the owner resolved (the writer for 'ich'/'me'), the due date after the comma."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

_DE = """Abschlusstermin Leitstand – 16.02.2027
Dabei: Frau Greta Lindholm (Geschäftsführerin, Brauerei Lindholm GmbH); von uns Sven Roloff und ich (Mira Stanic), beide Tourwerk Software GmbH.

Entscheidung: Ja.

To-dos:
- Referenzliste mit zwei Brauereien -> ich, bis Freitag
- Hosting-Nachweis für die IT -> Sven
"""

_EN = """16 Feb 2027 - decision call, dispatch board
ppl: Greta Lindholm (COO) - Lindholm Brewing Ltd
us (Tourwerk Ltd): me (Mira Stanic) + Sven Roloff (SE)

- result: yes

AI: reference list with two breweries -> me, Friday
AI: hosting evidence for their IT -> Sven
"""


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            _DE,
            [
                ("Referenzliste mit zwei Brauereien", "Mira Stanic", date(2027, 2, 19)),
                ("Hosting-Nachweis für die IT", "Sven Roloff", None),
            ],
        ),
        (
            _EN,
            [
                ("reference list with two breweries", "Mira Stanic", date(2027, 2, 19)),
                ("hosting evidence for their IT", "Sven Roloff", None),
            ],
        ),
    ],
)
def test_the_owner_after_the_arrow(notes: str, expected: list[tuple[str, str, date | None]]) -> None:
    result = draft_minutes(notes, today=date(2027, 2, 16))
    assert [(a.task, a.owner, a.due) for a in result.action_items] == expected
