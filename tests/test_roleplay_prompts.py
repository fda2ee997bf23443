"""The role-play and checker prompts render strictly in both languages with the variables the engine passes."""

from __future__ import annotations

import pytest

from coach.prompts import chat_messages
from coach.roleplay.buyer import MOVES

PERSONA = {"name": "Anna", "role": "CFO", "company": "X", "industry": "Y", "temperament": "calm"}
DEAL = {"offer": "O", "price": "1 €", "term": "1 y", "goals": ["g1", "g2"], "business_case": "bc"}


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("move", MOVES)
def test_buyer_prompt_renders_for_every_move(lang: str, move: str) -> None:
    system, user = chat_messages(
        "roleplay.buyer",
        lang,
        persona=PERSONA,
        deal=DEAL,
        objection="obj",
        objection_type="price",
        raised=["obj"],
        revealed=["layer one"],
        move=move,
        guide="guide line",
        condition="cond",
        resolution="res",
        next_objection="next",
        history=["Rep: hi"],
        reply="REP TEXT",
    )
    assert "Anna" in str(system.content) and "REP TEXT" not in str(system.content)
    assert "REP TEXT" in str(user.content) and "guide line" in str(user.content)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_review_and_checker_prompts_render(lang: str) -> None:
    chat_messages(
        "roleplay.review",
        lang,
        title="T",
        persona=PERSONA,
        deal=DEAL,
        transcript=["1. a"],
        criteria=[{"id": "explored_root_cause", "passed": True, "score": 1.0, "evidence": ["q"]}],
        outcome="yes",
        total=90,
    )
    chat_messages(
        "checker",
        lang,
        objection="o",
        objection_type="price",
        reply="r",
        techniques=["explore"],
        explores_root_cause=True,
        premature_concession=False,
        feedback="f",
        questions=["q?"],
    )
