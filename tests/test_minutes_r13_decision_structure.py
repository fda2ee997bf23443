"""The decision from how minutes are built: a label on its own line, the outcome as the label, a motion's polarity,
a yes qualified in the same turn, a shorthand 'Go'; and a written order that waits for something is no proof."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes
from coach.minutes.decision import find_decision
from coach.minutes.gates import unconfirmed
from coach.text.lines import segment


@pytest.mark.parametrize(
    ("notes", "outcome"),
    [
        # the label alone on its line: the next line states the decision, whatever follows it
        (
            "Beschluss:\nDer Stadtrat lehnt den Kauf der Software ab.\n\n"
            "Frau Lenz wird beauftragt, bis Mai eine günstigere Variante zu prüfen.",
            "negative",
        ),
        ("Resolution:\nThe council approves the purchase of the scheduling suite.", "positive"),
        # the outcome as the label itself
        (
            "3. Decision\nAPPROVED: award of the fleet software contract to Northwind Ltd, 24 months.",
            "positive",
        ),
        ("Vergabe\nABGELEHNT: Beschaffung des Leitstandmoduls in diesem Jahr.", "negative"),
        # 'no resolution' as the label's answer is no decision taken, not a no
        ("**Beschluss:** keiner – wir vertagen auf die Aprilsitzung.", "pending"),
        # a carried vote adopts what the motion says: here a no
        (
            "MOTION by the treasurer, seconded by the chair, not to proceed with the new platform this year. "
            "Motion carried 5-2.",
            "negative",
        ),
        ("MOTION to purchase the new platform. Motion carried 5-2.", "positive"),
        # a yes qualified by the same speaker in the next sentence
        (
            "Lea Brandt: Gut, wir wollen das machen. Die Zusage gilt aber nur, wenn die Schulung im Preis ist.",
            "positive_with_conditions",
        ),
        # shorthand: a 'Go' leading the line, with a reservation
        ("- Budget ok\n=> Go unter Vorbehalt: Rabatt, Schulung\n", "positive_with_conditions"),
        ("=> Go!\n", "positive"),
    ],
)
def test_decision_from_structure(notes: str, outcome: str) -> None:
    assert find_decision(segment(notes)).outcome == outcome


def test_a_go_live_or_a_go_no_go_is_no_decision() -> None:
    assert (
        find_decision(segment("Go-live is planned for May.\nGo/no-go meeting next week.")).outcome
        == "pending"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Bestellung geht erst raus, wenn die Freigabe des Vorstands da ist.",
        "The purchase order goes out only once the board has signed off.",
        "They will not send the signed order until the audit is closed.",
    ],
)
def test_written_item_waiting_for_something_is_unconfirmed(sentence: str) -> None:
    assert unconfirmed(sentence)


def test_signed_order_received_is_confirmed() -> None:
    assert not unconfirmed("The signed order form was received on Monday.")


def test_written_condition_is_not_the_written_decision() -> None:
    notes = (
        "Abschlussgespräch 09.02.2027\n"
        "Teilnehmer: Karin Vogel (Geschäftsführerin, Hafenlogistik Nord GmbH), "
        "Tim Busch (Vertrieb, Lagerwerk Software GmbH)\n\n"
        "Entscheidung: Go, aber unter Vorbehalt. Bedingung von Frau Vogel: Hosting in Deutschland, schriftlich bestätigt.\n"
        "Unterschrift: noch nichts Schriftliches.\n"
    )
    gates = {g.id: g.status for g in draft_minutes(notes).gates}
    assert gates["decision_in_writing"] != "met"


def test_review_confirmed_by_a_customer_speaker_counts_after_the_sides_are_settled() -> None:
    notes = (
        "Decision meeting 12.03.2027\n"
        "Participants: Maria Olsen (COO, Fjordline Freight AS), Peter Grant (Account Executive, Routewise Ltd)\n\n"
        "Maria Olsen: Before we start, our team went through the pilot results and the workshop findings, "
        "all clear and understood, no open questions.\n"
        "Peter Grant: Great, thank you.\n"
        "Maria Olsen: Then it's a yes from us.\n"
    )
    result = draft_minutes(notes)
    gates = {g.id: g.status for g in result.gates}
    assert gates["engagement_reviewed"] == "met"
    assert result.decision.outcome == "positive"
