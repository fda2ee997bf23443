"""Role-play sessions: the scripted good rep beats the bad rep everywhere; sessions are independent and serialisable;
a language model voices the buyer without seeing unrevealed layers, and a failing model leaves the session offline."""

from __future__ import annotations

import json

import pytest
from langchain_core.messages import BaseMessage

from coach.errors import InputError
from coach.llm.fake import FakeChatModel, fake_brain
from coach.roleplay.llm import hidden_layers
from coach.roleplay.scenarios import load_scenarios
from coach.roleplay.session import RoleplaySession, SessionClosedError, play_script

SCENARIOS = load_scenarios().scenarios


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_scripted_good_rep_outscores_bad_rep(scenario_id: str) -> None:
    scenario = SCENARIOS[scenario_id]
    cards = {}
    for kind, script in (("good", scenario.good_rep_script), ("bad", scenario.bad_rep_script)):
        session = RoleplaySession.start(scenario_id)
        play_script(session, list(script))
        cards[kind] = session.end()
    assert cards["good"].total > cards["bad"].total
    assert cards["good"].outcome in ("yes", "yes_but")
    assert cards["bad"].outcome in ("no", "open")


def _texts(session: RoleplaySession) -> list[tuple[str, str]]:
    return [(t.speaker, t.text) for t in session.turns]


GOOD = SCENARIOS["de-price-energy"].good_rep_script


def test_session_survives_a_round_trip_through_json() -> None:
    straight = RoleplaySession.start("de-price-energy", seed=7)
    play_script(straight, GOOD)
    resumed = RoleplaySession.start("de-price-energy", seed=7)
    play_script(resumed, GOOD[:3])
    resumed = RoleplaySession.from_dict(json.loads(json.dumps(resumed.to_dict())))
    play_script(resumed, GOOD[3:])
    assert _texts(resumed) == _texts(straight)
    assert resumed.end().model_dump() == straight.end().model_dump()


def test_sessions_are_independent() -> None:
    alone = RoleplaySession.start("en-need-retail")
    play_script(alone, SCENARIOS["en-need-retail"].good_rep_script)
    a, b = RoleplaySession.start("en-need-retail"), RoleplaySession.start("en-need-retail")
    for line in SCENARIOS["en-need-retail"].good_rep_script:
        a.reply(line)
        if not b.finished:
            b.reply("Is price the only issue?")
    assert _texts(a) == _texts(alone)
    assert b.decision != "yes"


def test_opening_reply_and_result_shapes() -> None:
    session = RoleplaySession.start("en-risk-pharma", hints=True)
    assert session.opening.speaker == "buyer"
    assert session.opening.text.endswith(SCENARIOS["en-risk-pharma"].objections[0].statement)
    result = session.reply("Is that really such a big risk?")
    assert result.techniques == [] and result.buyer.move == "restate"
    assert result.hint is not None and "closed question" in result.hint
    assert result.provider == "offline" and not result.finished


def test_empty_reply_and_closed_session_are_input_errors() -> None:
    session = RoleplaySession.start("de-price-energy")
    with pytest.raises(InputError, match="empty"):
        session.reply("   ")
    play_script(session, SCENARIOS["de-price-energy"].bad_rep_script)
    assert session.finished and session.decision == "no"
    with pytest.raises(SessionClosedError):
        session.reply("Was genau steckt dahinter?")
    with pytest.raises(InputError, match="Nothing to score"):
        RoleplaySession.start("de-price-energy").end()


def test_offline_stream_yields_the_line_then_the_result() -> None:
    session = RoleplaySession.start("de-price-energy")
    chunks = list(session.reply_stream("Danke. Was genau lässt das Angebot zu teuer wirken?"))
    assert [c.done for c in chunks] == [False, True]
    assert chunks[-1].result is not None and chunks[-1].result.buyer.move == "reveal"
    assert chunks[-1].text == SCENARIOS["de-price-energy"].objections[0].layers[0].reveal


def _all_text(messages: list[BaseMessage]) -> str:
    return "\n".join(str(m.content) for m in messages)


def test_llm_voices_the_buyer_and_never_sees_unrevealed_layers() -> None:
    holder: dict[str, RoleplaySession] = {}
    seen: list[str] = []

    def answer(messages: list[BaseMessage]) -> str:
        session = holder["s"]
        prompt = _all_text(messages)
        for secret in hidden_layers(session.scenario, session.state.buyer):
            assert secret not in prompt
        seen.append(prompt)
        return "Hm, da muss ich kurz ausholen."

    fake = FakeChatModel(fn=answer)
    session = RoleplaySession.start("de-price-energy", brain=fake_brain(fake))
    holder["s"] = session
    chunks = list(session.reply_stream("Danke. Was genau lässt das Angebot zu teuer wirken?"))
    assert len(chunks) > 2 and chunks[-1].text == "Hm, da muss ich kurz ausholen."
    assert chunks[-1].result.provider == "openai"
    play_script(session, GOOD[1:])
    assert len(seen) == len(GOOD)
    first_layer = SCENARIOS["de-price-energy"].objections[0].layers[0].reveal
    assert first_layer in seen[0]  # the layer being revealed now is passed on, the later ones never
    assert SCENARIOS["de-price-energy"].objections[0].layers[1].reveal not in seen[0]
    # the rep's text is quoted data in the user message, not part of the system prompt
    assert "Was genau lässt das Angebot zu teuer wirken?" not in str(fake.calls[0][0].content)
    assert session.end().outcome == "yes"


def test_failing_model_continues_offline_with_a_notice() -> None:
    fake = FakeChatModel(responses=[ConnectionError("connection refused"), "Gut, reden wir weiter."])
    session = RoleplaySession.start("de-price-energy", brain=fake_brain(fake))
    first = session.reply("Danke. Was genau lässt das Angebot zu teuer wirken?")
    assert first.buyer.text == SCENARIOS["de-price-energy"].objections[0].layers[0].reveal
    assert first.provider == "offline" and first.notices
    second = session.reply("Wie läuft bei Ihnen die Freigabe?")
    assert second.buyer.text == "Gut, reden wir weiter." and second.provider == "openai"
    assert session.state.notices


def test_model_line_that_leaks_a_hidden_layer_is_replaced() -> None:
    hidden_name = "Brandt"  # the CFO only appears in layer 2 of de-price-energy
    fake = FakeChatModel(responses=[f"Das Budget ist knapp, und Herr {hidden_name} will 100.000 € Grenze."])
    session = RoleplaySession.start("de-price-energy", brain=fake_brain(fake))
    result = session.reply("Danke. Was genau lässt das Angebot zu teuer wirken?")
    assert result.buyer.text == SCENARIOS["de-price-energy"].objections[0].layers[0].reveal
    assert any("reveal" in n for n in result.notices)


def test_review_adds_prose_but_keeps_the_criteria() -> None:
    offline = RoleplaySession.start("en-need-retail")
    play_script(offline, SCENARIOS["en-need-retail"].good_rep_script)
    expected = offline.end()
    fake = FakeChatModel(
        fn=lambda messages: (
            "Strong opening question."
            if "review" not in _all_text(messages).lower()
            else "You explored well and asked for the decision."
        )
    )
    session = RoleplaySession.start("en-need-retail", brain=fake_brain(fake))
    play_script(session, SCENARIOS["en-need-retail"].good_rep_script)
    card = session.end()
    assert card.review == "You explored well and asked for the decision."
    assert [c.model_dump() for c in card.criteria] == [c.model_dump() for c in expected.criteria]
    assert card.total == expected.total


def test_failing_review_gives_no_review_and_a_notice() -> None:
    fake = FakeChatModel(fn=lambda messages: (_ for _ in ()).throw(TimeoutError("timed out")))
    session = RoleplaySession.start("en-need-retail", brain=fake_brain(fake))
    play_script(session, SCENARIOS["en-need-retail"].good_rep_script)
    card = session.end()
    assert card.review is None and card.notices and card.outcome == "yes"


def test_abandoned_stream_still_records_the_buyer_turn() -> None:
    fake = FakeChatModel(responses=["Es geht eigentlich um den Zeitpunkt, nicht um die Summe."])
    session = RoleplaySession.start("de-price-energy", brain=fake_brain(fake))
    stream = session.reply_stream("Danke. Was genau lässt das Angebot zu teuer wirken?")
    first = next(stream)
    stream.close()
    assert [t.speaker for t in session.turns] == ["buyer", "rep", "buyer"]
    assert session.turns[-1].text == first.text and session.turns[-1].move == "reveal"
    assert session.reply("Wie läuft bei Ihnen die Freigabe?").buyer.move == "reveal"
