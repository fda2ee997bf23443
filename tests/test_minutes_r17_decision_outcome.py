"""Round 17: a decision said with 'decided' outranks a reason that cannot commit; 'nicht weiterzuverfolgen' is a no."""

from __future__ import annotations

import pytest

from coach.minutes.decision import classify, find_decision
from coach.text.lines import segment

DECIDED_WITH_REASONS = """From: Wenke Kestrup <w.kestrup@orvalis.example>
To: Tammo Reinbek <t.reinbek@lindqvara.example>
Subject: Our decision on the sorter

Hi Tammo,

as promised, here is our position in writing. We have decided not to proceed with the sorter for the north site.

The reasons:
- volumes drop by a third from next spring
- we can't commit to a five-year lease while our main customer contract is open

Best,
Wenke
"""


def test_a_decided_no_outranks_a_reason_that_cannot_commit() -> None:
    decision = find_decision(segment(DECIDED_WITH_REASONS))
    assert decision.outcome == "negative"
    assert "decided not to proceed" in decision.evidence[0]


@pytest.mark.parametrize(
    "text",
    [
        "Der Ausschuss beschließt einstimmig, das Angebot der Orvalis GmbH nicht weiterzuverfolgen.",
        "Die Geschäftsführung hat entschieden, das Projekt nicht weiter zu verfolgen.",
        "Wir werden das Angebot nicht mehr weiterverfolgen.",
    ],
)
def test_not_pursuing_the_offer_is_a_no(text: str) -> None:
    assert classify(text) == "negative"


def test_a_decided_yes_stays_a_yes() -> None:
    notes = "Decision meeting, 4 May 2027\n- We decided to go ahead with Lindqvara for all four sites.\n"
    assert find_decision(segment(notes)).outcome == "positive"
