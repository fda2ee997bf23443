"""Round 10: decision shapes that recur across writers — votes, deferrals, a yes tied to conditions, a soft no."""

from __future__ import annotations

import pytest

from coach.minutes.decision import find_decision
from coach.text.lines import segment
from coach.text.negation import NEGATED, negated, negated_before, negated_just_before


def _outcome(text: str) -> str:
    return find_decision(segment(text)).outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a counted vote outranks an item deferred elsewhere in the minutes
        (
            "3. Budget review (postponed to next session)\n"
            "4. Motion to approve the fleet software, subject to a data audit. Motion carried 4-2.\n",
            "positive_with_conditions",
        ),
        ("1. Catering – deferred.\n2. The motion to buy the licences failed 2-5.\n", "negative"),
        # the decision itself deferred wins over whatever else was voted on
        (
            "Protokoll genehmigt, einstimmig beschlossen (5:0).\nDie Entscheidung zum Kauf wird vertagt.\n",
            "pending",
        ),
        # a labelled decision taken back later
        (
            "Beschluss: Das Portal wird freigegeben.\n"
            "Nachtrag: Der Beschluss wird zurückgestellt, bis die Förderung bewilligt ist.\n",
            "pending",
        ),
        # a yes in other words
        ("Der Vorstand beschließt einstimmig, das Portal einzuführen.\n", "positive"),
        ("Decision: SIGNED.\n", "positive"),
        ("Entscheidung: Die Kanzlei führt die Software zum Quartal ein.\n", "positive"),
        ("Decision: you are moving ahead with the tool in all branches.\n", "positive"),
        # a yes with a condition around it
        ("Entscheidung: Wir machen's. Aber nur, wenn die Schnittstelle läuft.\n", "positive_with_conditions"),
        ("We want to go ahead. But — three things must be settled first.\n", "positive_with_conditions"),
        ("Wir sagen grundsätzlich ja zum Tool. Details folgen.\n", "positive_with_conditions"),
        ("Decision: no go-live unless the load test passes.\n", "positive_with_conditions"),
        (
            "Ergebnis: Die Firma will das Tool einführen, allerdings nur, wenn der Preis hält.\n",
            "positive_with_conditions",
        ),
        # a no in other words
        ("Wir haben entschieden, das Tool nicht einzuführen.\n", "negative"),
        ("Entscheidung: Sie führen das System nicht ein.\n", "negative"),
        ("Leider müssen wir absagen.\n", "negative"),
        # not yet a decision
        ("Ich entscheide das heute nicht.\n", "pending"),
        ("We'd like to go ahead but can't commit before the budget is released.\n", "pending"),
        ("Honestly, we're in the middle of a reorganisation; we will decide in May.\n", "pending"),
    ],
)
def test_decision_shapes(text: str, outcome: str) -> None:
    assert _outcome(text) == outcome


def test_a_yes_saying_no_conditions_stays_plain() -> None:
    assert _outcome("Decision: a clear yes, no conditions attached.\nBUT: one annex is open.\n") == "positive"


def test_shared_negation_cues() -> None:
    assert negated("nothing signed yet") and negated("hasn't signed") and not negated("signed today")
    assert NEGATED.search("nix unterschrieben")
    text = "hat noch nicht zugesagt"
    assert negated_before(text, text.index("zugesagt"))
    text = "bitte nicht als Absage verstehen"
    assert negated_just_before(text, text.index("Absage"))
    text = "keine Einwände, klare Absage an den Wettbewerb"
    assert not negated_just_before(text, text.index("Absage"))
