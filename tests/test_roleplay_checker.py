"""check_reply: flags, one line of feedback in the reply's language, a better reply, knowledge sources, LLM wording."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.llm.fake import FakeChatModel, fake_brain
from coach.roleplay.checker import check_reply
from coach.roleplay.objections import detect_objection_type
from coach.roleplay.techniques import classify_reply


@pytest.mark.parametrize(
    ("objection", "reply", "explores", "concedes", "lang", "words"),
    [
        (
            "Das ist uns zu teuer.",
            "Ich schaue mal, was Finance am Preis machen kann.",
            False,
            True,
            "de",
            "Zugeständnis",
        ),
        (
            "Das ist uns zu teuer.",
            "Sind Sie sicher, dass das Budget nicht reicht?",
            False,
            False,
            "de",
            "Geschlossene",
        ),
        ("It's too expensive.", "let me see what I can do on the number", False, True, "en", "concession"),
        ("It's too expensive.", "We're the market leader, the price is fair.", False, False, "en", "argue"),
        ("Not now.", "Thanks for being open. What's making now difficult?", True, False, "en", "Good"),
    ],
)
def test_check_reply_flags_and_feedback(objection, reply, explores, concedes, lang, words) -> None:
    result = check_reply(objection, reply)
    assert result.explores_root_cause is explores and result.premature_concession is concedes
    assert result.language == lang and words in result.feedback and "\n" not in result.feedback
    assert classify_reply(result.better_reply).explores_root_cause
    assert not classify_reply(result.better_reply).premature_concession
    assert result.provider == "offline"


def test_sources_cite_objection_handling_and_the_type_section() -> None:
    result = check_reply("Unsere IT hat dafür keine Kapazität.", "Verstehe.")
    assert result.objection_type == "it_readiness"
    ids = [s.chunk_id for s in result.sources]
    assert ids[0].startswith("decision-agreement-de#objection-handling")
    assert any(i.startswith("objection-library-de#it-readiness") for i in ids)


@pytest.mark.parametrize(
    ("objection", "kind"),
    [
        ("Das ist uns zu teuer.", "price"),
        ("Lassen Sie uns das im Sommer noch mal angehen.", "timing"),
        ("Das muss noch durch den Vorstand.", "authority"),
        ("Brauchen wir das wirklich?", "need"),
        ("Trakstar quoted us $29 a truck, same features.", "competitor"),
        ("If this goes wrong, it's an FDA finding.", "risk"),
        ("Five years without an exit clause? No.", "contract_terms"),
        ("Our IT can't support another integration.", "it_readiness"),
        ("Unser Prozess funktioniert doch.", "status_quo"),
    ],
)
def test_objection_type_detection(objection: str, kind: str) -> None:
    assert detect_objection_type(objection) == kind


def test_empty_inputs_are_input_errors() -> None:
    with pytest.raises(InputError, match="reply is empty"):
        check_reply("Zu teuer.", "  ")
    with pytest.raises(InputError, match="objection is empty"):
        check_reply(" ", "Warum?")


def test_llm_words_feedback_but_techniques_stay_offline() -> None:
    fake = FakeChatModel(
        responses=[
            {
                "feedback": "You jumped to a discount.",
                "better_reply": "Thanks for saying so. What makes it feel too expensive?",
            }
        ]
    )
    result = check_reply("It's too expensive.", "I'll give you 10% off.", brain=fake_brain(fake))
    assert result.provider == "openai" and result.feedback == "You jumped to a discount."
    assert result.techniques == ["concession"] and result.premature_concession
    assert "<reply>\nI'll give you 10% off.\n</reply>" in str(fake.calls[0][-1].content)


def test_llm_better_reply_that_concedes_is_rejected_then_offline() -> None:
    bad = {"feedback": "Fine.", "better_reply": "Sure, I can give you a 10% discount today."}
    fake = FakeChatModel(responses=[bad, bad])
    result = check_reply("It's too expensive.", "Is price the only issue?", brain=fake_brain(fake))
    assert result.provider == "offline" and result.notices
    assert classify_reply(result.better_reply).explores_root_cause and len(fake.calls) == 2


def test_failing_llm_falls_back_with_a_notice() -> None:
    fake = FakeChatModel(responses=[ConnectionError("connection refused")])
    result = check_reply("Das ist zu teuer.", "Was genau ist zu teuer?", brain=fake_brain(fake))
    assert (
        result.provider == "offline" and "nicht erreichbar" in result.notices[0]
    )  # a German check speaks German
