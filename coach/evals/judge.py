"""The optional LLM judge: rubric scores with a reason for prose outputs, and its calibration on labelled cases."""

from __future__ import annotations

import statistics
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from coach.llm import ask_structured
from coach.llm.brain import Brain
from coach.paths import EVALS_DIR
from coach.prompts import chat_messages

RUBRICS: dict[str, str] = {
    "minutes": "Minutes of a decision meeting: clear structure, complete decision and action items, ready to send "
    "to the customer, no invented facts.",
    "feedback": "Coaching feedback on a sales rep's answer to an objection: specific, actionable, true to the rule "
    "'explore the root cause with open questions before answering; no premature discount'.",
    "buyer": "A buyer's line in a sales role-play: realistic, in character, consistent with the objection, "
    "not revealing more than asked.",
}


class JudgeScore(BaseModel):
    """The judge's rubric score (1-5) with a one-sentence reason."""

    model_config = ConfigDict(extra="forbid")

    score: int = Field(ge=1, le=5)
    reason: str = Field(max_length=400)


class JudgeLabel(BaseModel):
    """The judge's yes/no answer for a labelled case (used for calibration)."""

    model_config = ConfigDict(extra="forbid")

    answer: Literal["yes", "no"]
    reason: str = Field(max_length=400)


def score(brain: Brain, kind: str, text: str, notices: list[str]) -> JudgeScore | None:
    """Return the judge's rubric score for one output, or None when the judge fails."""
    messages = chat_messages("judge", "en", rubric=RUBRICS[kind], output=text[:6000])
    result = ask_structured(
        brain, JudgeScore, messages, JudgeScore(score=1, reason="judge unavailable"), notices, lang="en"
    )
    return None if result.reason == "judge unavailable" else result


def judge_samples(brain: Brain, samples: list[dict[str, str]], limit: int = 8) -> dict[str, Any]:
    """Return the mean judge score and per-sample scores with reasons for up to `limit` samples."""
    notices: list[str] = []
    scored = []
    for sample in samples[:limit]:
        result = score(brain, sample["kind"], sample["text"], notices)
        if result:
            scored.append(
                {
                    "case": sample["case"],
                    "kind": sample["kind"],
                    "score": result.score,
                    "reason": result.reason,
                }
            )
    mean = round(statistics.mean(s["score"] for s in scored), 2) if scored else None
    return {"mean_score": mean, "scored": scored, "notices": sorted(set(notices))}


def calibrate(brain: Brain, limit: int = 20) -> dict[str, Any]:
    """Return the judge's agreement with the labelled replies (does the reply explore the root cause?)."""
    cases = yaml.safe_load((EVALS_DIR / "datasets" / "replies.yaml").read_text(encoding="utf-8"))["cases"][
        :limit
    ]
    agree, asked, notices = 0, 0, []
    for case in cases:
        messages = chat_messages("judge_calibration", "en", objection=case["objection"], reply=case["reply"])
        got = ask_structured(
            brain, JudgeLabel, messages, JudgeLabel(answer="no", reason="unavailable"), notices, lang="en"
        )
        if got.reason == "unavailable":
            continue
        asked += 1
        agree += (got.answer == "yes") == bool(case["explores_root_cause"])
    return {
        "task": "explores_root_cause on labelled replies",
        "cases": asked,
        "agreement": round(agree / asked, 3) if asked else None,
        "notices": sorted(set(notices)),
    }
