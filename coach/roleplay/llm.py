"""Language-model enrichment of the role-play: the buyer voiced in character, a judged review, checker phrasing.

The rule-based engine decides everything; a model only words it. The buyer prompt holds the persona, the layers the
state has revealed (never the others) and the move the state machine chose; the rep's text goes in as quoted data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from coach.llm.brain import Brain
from coach.llm.structured import ask_structured, ask_text, stream_text
from coach.prompts import chat_messages
from coach.roleplay.buyer import BuyerMove, BuyerState
from coach.roleplay.checker import ReplyCheck
from coach.roleplay.library import exploring_questions
from coach.roleplay.matching import significant_numbers
from coach.roleplay.scenarios import Scenario
from coach.roleplay.techniques import classify_reply
from coach.roleplay.transcript import Turn

HISTORY_TURNS = 6
MAX_BUYER_CHARS = 900


def allowed_layers(scenario: Scenario, state: BuyerState) -> list[tuple[int, int, str]]:
    """Return (objection, layer, text) of every hidden layer the state has revealed so far — nothing else."""
    return [
        (k, j, scenario.objections[k].layers[j].reveal)
        for k, o in enumerate(state.objections)
        for j in range(o.layers_revealed)
    ]


def hidden_layers(scenario: Scenario, state: BuyerState) -> list[str]:
    """Return the text of every layer the state has not revealed yet."""
    return [
        layer.reveal
        for k, obj in enumerate(scenario.objections)
        for j, layer in enumerate(obj.layers)
        if j >= state.objections[k].layers_revealed
    ]


def _speaker(lang: str, speaker: str) -> str:
    return {"de": {"rep": "Verkäufer", "buyer": "Kunde"}, "en": {"rep": "Sales rep", "buyer": "Buyer"}}[lang][
        speaker
    ]


def buyer_messages(scenario: Scenario, state: BuyerState, move: BuyerMove, turns: list[Turn], reply: str):
    """Return the chat messages that ask a model to voice the buyer's chosen move (only revealed layers included)."""
    lang = scenario.language
    i = move.objection
    obj = scenario.objections[i]
    resolving = move.resolved_now or move.move in ("resolve", "next_objection")
    raised = [scenario.objections[k].statement for k, o in enumerate(state.objections) if o.raised]
    history = [f"{_speaker(lang, t.speaker)}: {t.text}" for t in turns[-HISTORY_TURNS:]]
    return chat_messages(
        "roleplay.buyer",
        lang,
        persona=scenario.persona.model_dump(),
        deal=scenario.deal.model_dump(),
        objection=obj.statement,
        objection_type=obj.type,
        raised=raised,
        revealed=[text for _, _, text in allowed_layers(scenario, state)],
        move=move.move,
        guide=move.line,
        condition=move.condition or "",
        resolution=obj.resolution if resolving else "",
        next_objection=scenario.objections[move.next_objection].statement
        if move.next_objection is not None
        else "",
        history=history,
        reply=reply,
    )


_HONORIFIC_NAME = re.compile(r"\b(?:Herrn?|Frau|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?)\s+([A-ZÄÖÜ][\wäöüß-]+)")
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{3,}\b")
_EN_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z][\w-]+")


def distinctive_tokens(text: str, lang: str) -> set[str]:
    """Return the figures and names in a text that would give it away (German nouns are capitalised, so only names)."""
    tokens = {f"#{n}" for n in significant_numbers(text)}
    tokens |= set(_HONORIFIC_NAME.findall(text)) | set(_ACRONYM.findall(text))
    if lang == "en":
        tokens |= set(_EN_NAME.findall(text))
    return tokens


def _present(token: str, text: str) -> bool:
    if token.startswith("#"):
        return token[1:] in significant_numbers(text)
    return re.search(rf"\b{re.escape(token)}\b", text) is not None


def leaked_tokens(text: str, secret: str, allowed_context: str, lang: str) -> set[str]:
    """Return the distinctive tokens of a secret text that a text repeats although the allowed context lacks them."""
    return {
        t for t in distinctive_tokens(secret, lang) if _present(t, text) and not _present(t, allowed_context)
    }


def leaks(text: str, scenario: Scenario, state: BuyerState, allowed_context: str) -> bool:
    """Return True when a text names figures or names that only an unrevealed layer holds."""
    return any(
        leaked_tokens(text, secret, allowed_context, scenario.language)
        for secret in hidden_layers(scenario, state)
    )


def _allowed_context(
    scenario: Scenario, state: BuyerState, move: BuyerMove, turns: list[Turn], reply: str
) -> str:
    parts = [
        scenario.persona.model_dump_json(),
        scenario.deal.model_dump_json(),
        scenario.opening,
        move.line,
        reply,
        *(t.text for t in turns),
        *(scenario.objections[k].statement for k, o in enumerate(state.objections) if o.raised),
        *(text for _, _, text in allowed_layers(scenario, state)),
    ]
    return " ".join(parts)


def voice_stream(
    brain: Brain,
    scenario: Scenario,
    state: BuyerState,
    move: BuyerMove,
    turns: list[Turn],
    reply: str,
    notices: list[str],
) -> Iterator[str]:
    """Yield the buyer's growing line as the model streams it; the authored line on failure or a leak (with a notice)."""
    messages = buyer_messages(scenario, state, move, turns, reply)
    before = len(notices)
    text = move.line
    for text in stream_text(brain, messages, move.line, notices, lang=scenario.language):
        yield text
    if len(notices) > before:
        return
    final = text.strip().strip('"„“”').strip()
    if len(final) > MAX_BUYER_CHARS:
        final = final[:MAX_BUYER_CHARS].rsplit(" ", 1)[0] + " …"
    if leaks(final, scenario, state, _allowed_context(scenario, state, move, turns, reply)):
        notices.append(
            "the model's buyer line went beyond what the buyer may reveal yet; showing the authored line."
        )
        yield move.line
    elif final != text:
        yield final


def review(brain: Brain, scenario: Scenario, turns: list[Turn], card, notices: list[str]) -> str | None:
    """Return a judged prose review of the conversation, or None offline or when the model fails."""
    if brain.chat is None:
        return None
    lang = scenario.language
    messages = chat_messages(
        "roleplay.review",
        lang,
        title=scenario.title,
        persona=scenario.persona.model_dump(),
        deal=scenario.deal.model_dump(),
        transcript=[f"{n}. {_speaker(lang, t.speaker)}: {t.text}" for n, t in enumerate(turns, 1)],
        criteria=[
            {"id": c.id, "passed": c.passed, "score": c.score, "evidence": [e.quote for e in c.evidence]}
            for c in card.criteria
        ],
        outcome=card.outcome,
        total=card.total,
    )
    text = ask_text(brain, messages, "", notices, lang=lang).strip()
    return text or None


class CheckPhrasing(BaseModel):
    """A model's wording of the checker's feedback and better reply."""

    model_config = ConfigDict(extra="forbid")

    feedback: str = Field(min_length=5, max_length=400)
    better_reply: str = Field(min_length=10, max_length=800)


def _validate_phrasing(p: CheckPhrasing) -> None:
    if "\n" in p.feedback.strip():
        raise ValueError("feedback must be a single line")
    better = classify_reply(p.better_reply)
    if not better.explores_root_cause:
        raise ValueError("better_reply must ask an open question about the cause of the objection")
    if better.has("concession") or better.has("defend"):
        raise ValueError("better_reply must not concede or argue")


def phrase_check(brain: Brain, result: ReplyCheck, objection: str, reply: str) -> ReplyCheck:
    """Return the check with feedback and better reply worded by the model; techniques and flags stay offline."""
    notices = list(result.notices)
    fallback = CheckPhrasing(feedback=result.feedback, better_reply=result.better_reply)
    messages = chat_messages(
        "checker",
        result.language,
        objection=objection,
        objection_type=result.objection_type,
        reply=reply,
        techniques=result.techniques,
        explores_root_cause=result.explores_root_cause,
        premature_concession=result.premature_concession,
        feedback=result.feedback,
        questions=exploring_questions(result.objection_type, result.language),
    )
    before = len(notices)
    phrased = ask_structured(
        brain, CheckPhrasing, messages, fallback, notices, validate=_validate_phrasing, lang=result.language
    )
    used_model = len(notices) == before
    return result.model_copy(
        update={
            "feedback": phrased.feedback.strip(),
            "better_reply": phrased.better_reply.strip(),
            "provider": brain.provider if used_model else "offline",
            "notices": notices,
        }
    )
