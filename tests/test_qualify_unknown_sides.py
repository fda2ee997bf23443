"""The seller's words are never the customer's evidence: a pitch in a turn of unknown side, a status the rules quote the seller for."""

from __future__ import annotations

from coach.qualify import analyse
from coach.qualify.engine import unknown_side_pitches
from coach.text.document import parse_text
from coach.text.model import Document

CALL = """Jonas Wendt  00:00:03
Guten Tag Frau Haberl, hier ist Wendt, passt es gerade?

Maria Haberl  00:00:10
Kurz geht es, zwischen zwei Terminen. Worum geht es?

Jonas Wendt  00:00:14
Viele unserer Handelskunden sparen mit der Vorbestellung per App im Schnitt 15 Prozent Retouren.

Maria Haberl  00:00:25
Retouren sind bei uns kein Thema. Aber die Kassen sind zwölf Jahre alt und fallen jede Woche aus.

Jonas Wendt  00:00:32
Was zahlen Sie heute für die Wartung?

Maria Haberl  00:00:40
So um die 700 Euro im Monat, glaube ich.
"""
PITCH = "Viele unserer Handelskunden sparen mit der Vorbestellung per App im Schnitt 15 Prozent Retouren."


def _sides_unknown(doc: Document) -> Document:
    """Return the document as the text layer reads a call when it cannot tell who sells."""
    return doc.model_copy(
        update={
            "turns": [t.model_copy(update={"side": "unknown"}) for t in doc.turns],
            "sentences": [s.model_copy(update={"side": "unknown"}) for s in doc.sentences],
            "participants": [p.model_copy(update={"side": "unknown"}) for p in doc.participants],
        }
    )


def test_a_pitch_in_a_turn_of_unknown_side_is_no_evidence() -> None:
    doc = _sides_unknown(parse_text(CALL))
    assert doc.turns and all(t.side == "unknown" for t in doc.turns)
    assert unknown_side_pitches(doc) == [PITCH]
    result = analyse(doc)
    quoted = [q for d in [*result.dimensions, *result.extensions] for q in d.evidence]
    assert PITCH not in quoted
    # the customer's own words still count
    challenges = next(d for d in result.dimensions if d.key == "challenges")
    assert challenges.status != "missing"
    assert any("Kassen" in q for q in challenges.evidence)


def test_notes_without_turns_have_no_unknown_side_pitches() -> None:
    # in notes the writer is the seller; what the notes say about the customer is judged by the model, not here
    doc = parse_text("- Unsere Kunden sparen im Schnitt 15 % Retouren\n- Kunde: Kassen fallen jede Woche aus")
    assert not doc.turns
    assert unknown_side_pitches(doc) == []


def _assessment(model_quote: str | None) -> tuple[object, dict[str, str], dict[str, list[str]]]:
    from datetime import date

    from coach.qualify.assess import Assessment, Mention
    from coach.qualify.segment import Segment

    seller = Segment(index=0, text="Wir würden die Einführung in drei Phasen machen.", block=0)
    rules = [Mention("plans", seller, "specific", "concrete plan")]
    own = (
        [Mention("plans", Segment(index=1, text=model_quote, block=1), "specific", "concrete plan")]
        if model_quote
        else []
    )
    a = Assessment(
        status={"plans": "covered"},
        mentions={"plans": rules},
        ref=date(2026, 12, 1),
        segments=[],
        model_mentions={"plans": own},
    )
    return a, dict(a.status), {"plans": a.evidence("plans")}


def test_a_status_the_rules_explain_with_the_seller_keeps_the_customers_own_evidence() -> None:
    from coach.qualify.engine import _drop_seller_evidence
    from coach.text.evidence import CustomerView

    view = CustomerView(text="", seller_sentences=["Wir würden die Einführung in drei Phasen machen."])
    customer = "Zuerst ein Pilot an Linie 3 ab Februar, danach die übrigen Linien."
    a, status, evidence = _assessment(customer)
    assert evidence["plans"] == ["Wir würden die Einführung in drei Phasen machen."]
    _drop_seller_evidence(view, a, status, evidence, {}, "de")  # type: ignore[arg-type]
    assert status["plans"] == "covered" and evidence["plans"] == [customer]
    # with nothing of the customer's to quote, the seller's words alone leave the dimension missing
    a, status, evidence = _assessment(None)
    summaries: dict[str, str] = {}
    _drop_seller_evidence(view, a, status, evidence, summaries, "de")  # type: ignore[arg-type]
    assert status["plans"] == "missing" and evidence["plans"] == [] and summaries["plans"].startswith("Fehlt")
