"""The decision in the general forms new writers use: a decision stated after 'ist:'/'is:', a wanted product,
an approval in board style, a 'yes to …', conditions as 'strings attached' or 'unter Vorbehalt', and paperwork
(an AV-Vertrag) that is not the purchase."""

from __future__ import annotations

import pytest

from coach.minutes.decision import find_decision
from coach.text.lines import segment


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        # a copula before the label's colon, and 'we want it' as the decision
        ("Kunde: Also, die Entscheidung ist: Wir wollen das Kassensystem. Preis passt.", "positive"),
        ("Lea: So the decision is: we want the planner. Price is fine.", "positive"),
        (
            "Lea: Die Entscheidung ist: Wir wollen das Kassensystem. Aber nur mit einer Bedingung: Laufzeit 12 Monate.",
            "positive_with_conditions",
        ),
        ("Entscheidung ist: wir wollen noch abwarten, bis das Budget steht.", "pending"),
        # an approval said as such
        ("The steering group approved Rosterly yesterday evening.", "positive"),
        ("Der Vorstand genehmigt die Anschaffung der Lagersoftware.", "positive"),
        ("Der Antrag auf Beschaffung der Sensorik wurde beschlossen.", "positive"),
        ("The purchase was unanimously approved by the trustees.", "positive"),
        ("Die Anschaffung muss noch vom Vorstand genehmigt werden.", "pending"),
        # 'yes to …' and conditions as an idiom
        ("Their answer: yes to both modules, with strings attached.", "positive_with_conditions"),
        ("Unterm Strich ein Ja zu allen drei Standorten.", "positive"),
        # 'no conditions' is a plain yes; 'only once …' and 'in principle' hang the yes on something
        ("Entscheidung: Go für alle vier Filialen, keine Bedingungen.", "positive"),
        ("Decision: go for all four stores, no conditions.", "positive"),
        (
            "Ergebnis: Go für das Lagersystem, aber erst wenn der Betriebsrat zustimmt.",
            "positive_with_conditions",
        ),
        ("Outcome: go for the planner, but only once the works council agrees.", "positive_with_conditions"),
        (
            "Die Leiterin sagt grundsätzlich Go für das Kassensystem, Start im Mai.",
            "positive_with_conditions",
        ),
        ("The board approved Rosterly in principle, start in May.", "positive_with_conditions"),
        # a release with a reservation; an AV-Vertrag signed later is paperwork, not the purchase
        (
            "2. Entscheidung\nDie Geschäftsführung gibt den Kauf für alle Filialen frei – unter Vorbehalt, dass der "
            "Betriebsrat zustimmt.\nFrau Kern merkt an, dass der AV-Vertrag schon unterschrieben ist.",
            "positive_with_conditions",
        ),
    ],
)
def test_general_decision_forms(notes: str, expected: str) -> None:
    assert find_decision(segment(notes)).outcome == expected


@pytest.mark.parametrize(
    "notes",
    [
        "The budget was approved in March; the decision on the vendor is still open.",
        "Das Budget ist noch nicht genehmigt, wir entscheiden im Mai.",
    ],
)
def test_a_budget_approval_or_an_open_approval_is_no_yes(notes: str) -> None:
    assert find_decision(segment(notes)).outcome == "pending"


def test_the_held_out_comparison_keeps_what_the_engine_keeps() -> None:
    """The by-author comparison scores the engine as it runs: a rules' yes-but with quoted conditions stands."""
    import numpy as np

    from coach.minutes.models import Decision
    from coach.minutes.outcome import keeps_rules
    from coach.minutes.outcome_train import combine

    kept = Decision(
        outcome="positive_with_conditions", conditions=["Betriebsrat stimmt zu"], evidence=["Ja, aber …"]
    )
    assert keeps_rules(kept)
    assert not keeps_rules(Decision(outcome="positive_with_conditions", evidence=["Ja, aber …"]))
    sure_yes = np.array([[0.97, 0.01, 0.01, 0.01], [0.97, 0.01, 0.01, 0.01]])
    got = combine(["positive_with_conditions", "pending"], sure_yes, 0.5, [True, False])
    assert got == ["positive_with_conditions", "positive"]
