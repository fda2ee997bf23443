"""A yes tied to conditions around the decision sentence, and hearsay about a written decision."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes

HEAD = "Decision meeting, 6 April 2027\nAttendees: Greta Holm (CFO), Arne Lutz (AE)\n\n"


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("DECISION: GO for all 12 sites, IF:\n- price held for 24 months\n", "positive_with_conditions"),
        (
            "Greta: The answer is yes, but it's conditional on the security review.\n",
            "positive_with_conditions",
        ),
        ("Entscheidung: Zusage.\nBedingungen: Betriebsrat stimmt zu.\n", "positive_with_conditions"),
        ("Decision: yes, we go ahead. No conditions attached.\n", "positive"),
        ("Decision: yes, we go ahead.\nContract signed BUT annex B still open.\n", "positive"),
    ],
)
def test_conditions_near_the_decision(body: str, outcome: str) -> None:
    assert draft_minutes(HEAD + body).decision.outcome == outcome


def test_hearsay_about_a_sent_decision_is_never_proof() -> None:
    body = (
        "Decision: yes.\n"
        "Whether a formal letter is needed is open – Greta thinks procurement may already have emailed it, "
        "nobody could confirm.\n"
    )
    writing = next(g for g in draft_minutes(HEAD + body).gates if g.id == "decision_in_writing")
    assert writing.status != "met"
