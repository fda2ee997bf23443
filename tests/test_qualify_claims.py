"""The seller's success stories (another customer's result) are never evidence of this customer's situation."""

from __future__ import annotations

import pytest

from coach.qualify import analyse
from coach.qualify.claims import reference_claim
from coach.qualify.engine import reference_claims
from coach.text.document import parse_text

# Sentences a salesperson would write (invented here): True = another customer's result told by the seller.
CASES = [
    ("Referenzkunde Sonnfeld Logistik spart damit 25 % Leerfahrten.", True),
    ("Bei Markwald Pharma haben wir 30 Prozent weniger Abweichungen gesehen.", True),
    ("At Orvik Dairy we cut changeover time by 35%.", True),
    ("Case study: a regional hospital halved its waiting list in 9 months.", True),
    ("Referenz: Stadtwerke Hollberg, Ablesekosten um 40 % gesenkt", True),
    # the customer's own figures and wishes stay theirs
    ("Bei uns haben wir 40 % mehr Retouren als im Vorjahr.", False),
    ("Wir verlieren jedes Quartal rund 12 % der Aufträge an schnellere Anbieter.", False),
    ("Sie will eine Referenz mit ähnlich 20 % Einsparung sehen.", False),
    ("The CFO asked for two references before the board meeting.", False),
    ("Ausschuss aktuell 4 %, Ziel unter 2 % bis Jahresende.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_reference_claims(sentence: str, expected: bool) -> None:
    assert reference_claim(sentence) is expected


NOTES = """Call Hollweg Verpackung, 12.11.2026
- Problem: Etiketten werden von Hand geprüft, 3 Reklamationen seit September
- Referenzkunde Dornbach Druck spart mit der Kamera-Prüfung 30 % Ausschuss
- Budget: 40.000 EUR für 2027 freigegeben
"""


def test_a_reference_story_in_the_sellers_notes_is_no_evidence() -> None:
    doc = parse_text(NOTES)
    story = "Referenzkunde Dornbach Druck spart mit der Kamera-Prüfung 30 % Ausschuss"
    assert reference_claims(doc) == [story]
    result = analyse(doc)
    quoted = [q for d in [*result.dimensions, *result.extensions] for q in d.evidence]
    assert not any("Dornbach" in q for q in quoted)
    # the customer's own challenge still counts
    challenges = next(d for d in result.dimensions if d.key == "challenges")
    assert challenges.status != "missing" and any("Etiketten" in q for q in challenges.evidence)


def test_a_customer_turn_telling_a_result_elsewhere_is_not_dropped() -> None:
    call = (
        "**Vertrieb:** Wie lief das beim letzten Anbieter?\n\n"
        "**Kunde:** Bei Brennwerk Metall haben wir damals 20 % weniger Stillstand gesehen, das wollen wir wieder.\n"
    )
    doc = parse_text(call)
    customer = [s for s in doc.sentences if s.side == "customer"]
    assert customer and "Brennwerk" in customer[0].text
    assert reference_claims(doc) == []
