"""The decision from the whole text: refusals, passive yeses, yes-but labels, questions, votes and decision words."""

from __future__ import annotations

import pytest

from coach.minutes.decision import find_decision
from coach.text.lines import segment


def outcome(notes: str) -> str:
    """Return the outcome the rules read from a short note."""
    return find_decision(segment(notes)).outcome


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        # a yes-phrase negated right after it is a no
        ("Frau Kessler: Ehrlich gesagt, wir machen es nicht.", "negative"),
        ("Herr Lanz hat zugesagt nicht.", "negative"),
        # 'wir werden … nicht beauftragen' is a no, like 'wird … nicht beauftragen'
        ("Nach Rücksprache im Vorstand werden wir die Plattform nicht beauftragen.", "negative"),
        ("The committee agreed unanimously not to award the tender to the bidder.", "negative"),
        ("Kurzfassung: NO GO, wir bleiben beim Altsystem.", "negative"),
        # 'Entscheidung: keine <Sache>' is a no; 'Entscheidung: keine.' stays pending
        ("Entscheidung: keine Einführung des Portals in diesem Jahr.", "negative"),
        ("Entscheidung: keine.", "pending"),
        # 'keine Entscheidung gegen Sie' is not the absence of a decision
        ("Wir haben uns gegen das Tool entschieden. Das ist keine Entscheidung gegen Ihr Team.", "negative"),
        # 'the decision is yes' / 'die Entscheidung ist ein klares Ja'
        ("So, to sum up: the decision is yes.", "positive"),
        ("Die Entscheidung ist ein klares Ja.", "positive"),
        ("Our decision was no, sorry.", "negative"),
        # a labelled decision whose verb is buying or ordering is a yes (with its condition); negated it is not
        ("Beschluss: Die Stadtwerke kaufen das Modul.", "positive"),
        (
            "Beschluss: Nordholz kauft die Suite, sofern die Prüfung bis 30.11. positiv ist.",
            "positive_with_conditions",
        ),
        ("Decision: the district orders 40 licences, provided the pilot passes.", "positive_with_conditions"),
        ("Decision: the district will purchase the licences.", "positive"),
        ("Beschluss: Wir kaufen das Modul vorerst nicht.", "negative"),
        # 'ZUSAGE: …' as the heading of a line
        ("- ZUSAGE: Kunde nimmt das Paket M für alle Filialen", "positive"),
        # a passive 'wird eingeführt' states a yes; with 'nicht' it does not
        ("Beschluss der GF: Das Ticketsystem wird zum Quartalsbeginn eingeführt.", "positive"),
        # a labelled yes with conditions and no yes-word
        (
            "Entscheidung: Das Lager-Modul wird für beide Standorte eingeführt, aber nur unter drei Bedingungen.",
            "positive_with_conditions",
        ),
        (
            "The answer is yes, but with a few conditions we still have to write down.",
            "positive_with_conditions",
        ),
        ("Ja, wir machen das – mit ein paar Bedingungen.", "positive_with_conditions"),
        (
            "Hiermit bestätige ich die Bestellung der Lizenzen, unter dem Vorbehalt der Budgetfreigabe.",
            "positive_with_conditions",
        ),
        ("We hereby confirm the order of 40 seats.", "positive"),
        # a question decides nothing; a task 'machen wir' is no yes
        ("Sollen wir dann im März einen Termin machen, machen wir das?", "pending"),
        ("Die Schulung der Disponenten machen wir.", "pending"),
        (
            "Die Schulung der Disponenten machen wir. Wir brauchen noch etwas Zeit für die Entscheidung.",
            "pending",
        ),
        ("We need more time before we can commit to anything.", "pending"),
        # a vote decides the motion just before it, with the motion's conditions
        (
            "Motion: that the council buys the parking app, subject to a positive privacy review.\n"
            "Carried 7-2.",
            "positive_with_conditions",
        ),
        ("Antrag: Beschaffung der Software.\nEinstimmig angenommen.", "positive"),
    ],
)
def test_outcome_from_the_whole_text(notes: str, expected: str) -> None:
    assert outcome(notes) == expected
