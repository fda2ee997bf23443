"""The model path: quotes must occur in the notes, invented ones are downgraded, garbage falls back to offline."""

from __future__ import annotations

from coach.llm.fake import FakeChatModel, fake_brain
from coach.qualify import analyse
from coach.qualify.llm import merge, normalise, quote_in_notes
from coach.qualify.models import ModelAssessment, ModelDimension, ModelQuestion

NOTES = (
    "Call with Priya Natarajan, 2 Dec 2026. They want to cut time-to-hire from 38 days to under 20.\n"
    "We have not discussed money yet - Priya said pricing comes later.\n"
    "Her CFO, Mark Owens, signs anything above 25k.\n"
)


def _answer(**status: tuple[str, list[str]]) -> dict:
    dims = [{"key": k, "status": s, "evidence": ev, "summary": "model view"} for k, (s, ev) in status.items()]
    return {"dimensions": dims, "questions": []}


def test_invented_quotes_are_downgraded() -> None:
    fake = FakeChatModel(
        responses=[
            _answer(
                budget=("covered", ["The customer has a budget of 90k EUR approved."]),
                timeline=("covered", ["Go-live is planned for March 2027."]),
            )
        ]
    )
    result = analyse(NOTES, brain=fake_brain(fake))
    assert result.dimension("budget").status == "missing"
    assert result.dimension("timeline").status == "missing"
    assert any("offline" in n for n in result.notices)
    assert fake.calls, "the model was asked"


def test_verified_quote_upgrades_and_counts_as_model_evidence() -> None:
    quote = "Her CFO, Mark Owens, signs anything above 25k."
    fake = FakeChatModel(
        responses=[
            _answer(
                authority=("covered", ["  her cfo, MARK OWENS, signs anything above 25k. "]),
                challenges=("partial", ["They want to cut time-to-hire from 38 days to under 20."]),
            )
        ]
    )
    offline = analyse(NOTES)
    result = analyse(NOTES, brain=fake_brain(fake))
    assert result.provider == "openai"
    assert result.dimension("authority").status == "covered"
    if offline.dimension("challenges").status != "partial":
        assert result.dimension("challenges").status == "partial"
        assert result.dimension("challenges").source == "model"
    assert quote_in_notes(quote, normalise(NOTES))


def test_model_cannot_erase_offline_evidence() -> None:
    fake = FakeChatModel(responses=[_answer(goals=("missing", []))])
    result = analyse(NOTES, brain=fake_brain(fake))
    assert result.dimension("goals").status == "covered"


def test_garbage_answer_falls_back_to_offline_with_a_notice() -> None:
    fake = FakeChatModel(responses=["this is not json", "still not json {"])
    offline = analyse(NOTES)
    result = analyse(NOTES, brain=fake_brain(fake))
    assert result.statuses() == offline.statuses()
    assert result.notices and "offline" in result.notices[-1]
    assert "fallback" in result.provider
    assert len(fake.calls) == 2


def test_model_error_falls_back() -> None:
    fake = FakeChatModel(responses=[TimeoutError("timed out")])
    result = analyse(NOTES, brain=fake_brain(fake))
    assert result.statuses() == analyse(NOTES).statuses()
    assert any("did not answer in time" in n for n in result.notices)


def test_tailored_questions_keep_dimension_and_sources() -> None:
    fake = FakeChatModel(
        responses=[
            {
                "dimensions": [],
                "questions": [
                    {
                        "dimension": "timeline",
                        "question": "By when does Priya need the new ATS live in the Leeds depot?",
                        "why": "Only the pilot is named.",
                    },
                    {
                        "dimension": "goals",
                        "question": "Which goals do you have?",
                        "why": "goals are covered",
                    },
                ],
            }
        ]
    )
    offline = analyse(NOTES)
    result = analyse(NOTES, brain=fake_brain(fake))
    tl = [q for q in result.next_questions if q.dimension == "timeline"][0]
    assert tl.tailored and "Priya" in tl.question
    assert tl.sources == [q for q in offline.next_questions if q.dimension == "timeline"][0].sources
    assert all(q.dimension != "goals" for q in result.next_questions)
    assert len({q.question for q in result.next_questions}) == len(result.next_questions)


def test_merge_rules_directly() -> None:
    offline = {"goals": "partial", "budget": "missing", "authority": "partial"}
    answer = ModelAssessment(
        dimensions=[
            ModelDimension(
                key="goals", status="covered", evidence=["cut time-to-hire from 38 days to under 20"]
            ),
            ModelDimension(key="budget", status="partial", evidence=["budget is around 50k"]),
            ModelDimension(key="authority", status="missing", evidence=[]),
        ],
        questions=[ModelQuestion(dimension="budget", question="What budget is planned?", why="x")],
    )
    m = merge(offline, answer, NOTES, "en")
    assert m.status == {"goals": "covered", "budget": "missing", "authority": "partial"}
    assert m.from_model == {"goals"}
    assert m.notices and "Budget" in m.notices[0]


def test_prompts_render_in_both_languages() -> None:
    from coach.prompts import chat_messages

    for lang in ("de", "en"):
        msgs = chat_messages(
            "qualify", lang, notes="x", dimensions=[{"key": "goals", "label": "G", "offline": "missing"}]
        )
        assert len(msgs) == 2 and "goals" in str(msgs[1].content)


def test_redacted_quotes_are_accepted_when_the_brain_redacts() -> None:
    notes = "Decision: Frau Dr. Keller entscheidet allein über das Budget von 50.000 €.\n"
    fake = FakeChatModel(
        responses=[
            _answer(
                authority=(
                    "covered",
                    ["Decision: Frau [NAME] entscheidet allein über das Budget von 50.000 €."],
                )
            )
        ]
    )
    brain = fake_brain(fake, redact=True)
    result = analyse(notes, brain=brain)
    assert result.dimension("authority").status == "covered"
    sent = str(fake.calls[0][-1].content)
    assert "Keller" not in sent
