"""The seller's private lines never reach the customer, whatever label marks them ('Interne Notiz:', 'Internal note:')."""

from __future__ import annotations

import pytest

from coach.minutes.engine import split_private


@pytest.mark.parametrize(
    "line",
    [
        "- Interne Notiz: beim Preis zögerlich, keinen Rabatt anbieten",
        "Interner Hinweis: der Einkauf drückt auf die Laufzeit",
        "* Internal note: finance looked nervous about the ramp-up",
        "Internal remarks - do not push the add-on yet",
        "Nur für uns: Referenzkunde anfragen",
        "Intern: Wettbewerber ist günstiger",
    ],
)
def test_a_private_label_keeps_the_line_out_of_the_customer_text(line: str) -> None:
    kept, private = split_private(f"Entscheidung: Go.\n{line}\nNächster Termin: 10.12.")
    assert line not in kept and "Entscheidung: Go." in kept
    assert len(private) == 1 and private[0] in line


@pytest.mark.parametrize(
    "line",
    ["- Interne Abstimmung beim Kunden bis Freitag", "Internal teams at the customer align by Friday"],
)
def test_a_line_that_only_mentions_internal_work_stays(line: str) -> None:
    kept, private = split_private(line)
    assert kept == line and private == []
