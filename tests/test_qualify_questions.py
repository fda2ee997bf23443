"""Question rules: non-covered dimensions only, 3–8, no duplicates, framework order, language, real sources."""

from __future__ import annotations

import pytest

from coach.knowledge import knowledge_chunks
from coach.qualify import analyse
from coach.qualify.bank import dimensions
from coach.qualify.models import ALL_DIMENSIONS
from coach.qualify.questions import select_questions

ORDER = {d: i for i, d in enumerate(ALL_DIMENSIONS)}
NOTES = {
    "empty_de": "Kurzer Anruf bei Frau Albers, Rückruf am Donnerstag vereinbart.",
    "partial_en": "Call with Tom Baker, 3 Dec 2026. Budget exists but no figure. The board decides. "
    "They want to replace their CRM at some point. Goal: grow revenue.",
    "rich_de": (
        "Discovery 24.11.2026, Teilnehmer: Jana Roth (Leiterin Produktion)\n"
        "- Ziel: OEE von 61 % auf 72 % bis Ende 2027\n"
        "- Vorgehen: MES zuerst im Werk Lahr, danach Werk Offenburg\n"
        "- Problem: Stillstände werden auf Papier notiert\n"
        "- Zeitplan: Pilot ab 01.03.2027\n"
        "- Budget: 180 T€ im Investitionsplan 2027 freigegeben\n"
        "- Entscheidung: GF Dr. Stefan Brenner unterschreibt\n"
    ),
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_question_rules(name: str) -> None:
    result = analyse(NOTES[name])
    status = result.statuses()
    questions = result.next_questions
    assert 3 <= len(questions) <= 8
    assert len({q.question for q in questions}) == len(questions)
    assert all(status[q.dimension] != "covered" for q in questions)
    positions = [ORDER[q.dimension] for q in questions]
    assert positions == sorted(positions)
    ids = {c.chunk_id for c in knowledge_chunks()}
    for q in questions:
        assert q.sources and all(s.chunk_id in ids for s in q.sources)
        assert q.why.strip() and "\n" not in q.why
        bank = {x.id: x for x in dimensions()[q.dimension].questions}
        assert q.question == bank[q.question_id].text(result.language)


def test_language_follows_the_notes_or_the_flag() -> None:
    assert analyse(NOTES["empty_de"]).next_questions[0].question == dimensions()["goals"].questions[1].de
    forced = analyse(NOTES["empty_de"], lang="en")
    assert forced.language == "en"
    assert forced.next_questions[0].question == dimensions()["goals"].questions[1].en
    assert all("/en/" in s.source for q in forced.next_questions for s in q.sources)


def test_why_quotes_a_partial_mention() -> None:
    result = analyse(NOTES["partial_en"])
    by_dim = {q.dimension: q for q in result.next_questions}
    assert "grow revenue" in by_dim["goals"].why
    assert "board" in by_dim["authority"].why


def test_few_open_dimensions_still_give_three_questions() -> None:
    status = {d: "covered" for d in ALL_DIMENSIONS}
    status["budget"] = "partial"
    questions = select_questions(status, "en")
    assert len(questions) == 3 and {q.dimension for q in questions} == {"budget"}
    assert len({q.question_id for q in questions}) == 3


def test_everything_covered_gives_no_questions() -> None:
    assert select_questions({d: "covered" for d in ALL_DIMENSIONS}, "de") == []
