"""A role-play session: start → the buyer's opening; reply(text) → the buyer's answer; end() → the scorecard.

Sessions are plain objects, independent of each other; `to_dict()` / `RoleplaySession.from_dict()` save and resume one.
The brain (language model) is not part of the saved state: pass it again when resuming.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from coach import limits as _limits  # noqa: F401 - registers the limit messages
from coach.errors import InputError
from coach.llm.brain import Brain
from coach.messages import msg
from coach.roleplay import buyer as buyer_rules
from coach.roleplay.buyer import BuyerMove, BuyerState, Decision, Move
from coach.roleplay.matching import mentions_goals
from coach.roleplay.scenarios import Difficulty, Scenario, get_scenario
from coach.roleplay.scorecard import Scorecard, build_scorecard
from coach.roleplay.techniques import TECHNIQUES, ReplyAnalysis, Technique, analyse_reply
from coach.roleplay.transcript import Turn

MAX_REPLY_CHARS = 2000
SCHEMA_VERSION = 1


class SessionClosedError(InputError):
    """The buyer has ended the conversation; only end() is possible now."""


class SessionState(BaseModel):
    """Everything a session needs to continue: the scenario id, options, the buyer's state and the transcript."""

    model_config = ConfigDict(extra="forbid")

    version: int = SCHEMA_VERSION
    scenario_id: str
    difficulty: Difficulty
    hints: bool = False
    seed: int = 0
    use_embeddings: bool = True
    ui_lang: Literal["de", "en"] | None = (
        None  # tips and scorecard in this language (default: the scenario's)
    )
    buyer: BuyerState
    turns: list[Turn] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    scorecard: Scorecard | None = None


class BuyerReply(BaseModel):
    """The buyer's answer to one rep turn."""

    model_config = ConfigDict(extra="forbid")

    text: str
    move: Move
    objection: int
    revealed_layer: int | None = None
    fact: str | None = None


class ReplyResult(BaseModel):
    """What reply(text) returns: the buyer's answer, the rep's classified techniques and an optional hint."""

    model_config = ConfigDict(extra="forbid")

    turn: int
    techniques: list[Technique]
    buyer: BuyerReply
    hint: str | None = None
    decision: Decision
    finished: bool
    provider: str
    notices: list[str] = Field(default_factory=list)


class ReplyChunk(BaseModel):
    """One step of a streamed reply: the buyer's text so far; the last chunk has done=True and the full result."""

    model_config = ConfigDict(extra="forbid")

    text: str
    done: bool = False
    result: ReplyResult | None = None


class RoleplayResult(BaseModel):
    """A finished conversation as `coach roleplay --json` prints it."""

    model_config = ConfigDict(extra="forbid")

    scenario: str
    title: str
    language: Literal["de", "en"]
    difficulty: Difficulty
    turns: list[Turn]
    outcome: Literal["yes", "yes_but", "no", "open"]
    scorecard: Scorecard
    provider: str
    notices: list[str] = Field(default_factory=list)


class RoleplaySession:
    """One role-play conversation with an AI buyer; holds no global state."""

    def __init__(self, scenario: Scenario, state: SessionState, brain: Brain | None = None) -> None:
        self.scenario = scenario
        self.state = state
        self.brain = brain

    # --- life cycle ---------------------------------------------------------------------------------------------------
    @classmethod
    def start(
        cls,
        scenario_id: str,
        difficulty: Difficulty | None = None,
        hints: bool = False,
        brain: Brain | None = None,
        seed: int = 0,
        scenarios_dir: Path | None = None,
        use_embeddings: bool = True,
    ) -> RoleplaySession:
        """Return a new session whose transcript holds the buyer's opening (first objection)."""
        scenario = get_scenario(scenario_id, scenarios_dir)
        return cls.from_scenario(
            scenario,
            difficulty=difficulty,
            hints=hints,
            brain=brain,
            seed=seed,
            use_embeddings=use_embeddings,
        )

    @classmethod
    def from_scenario(
        cls,
        scenario: Scenario,
        difficulty: Difficulty | None = None,
        hints: bool = False,
        brain: Brain | None = None,
        seed: int = 0,
        use_embeddings: bool = True,
        ui_lang: Literal["de", "en"] | None = None,
    ) -> RoleplaySession:
        """Return a new session on a scenario object (a user's file or one built from notes)."""
        buyer = buyer_rules.initial_state(scenario, difficulty, seed)
        state = SessionState(
            scenario_id=scenario.id,
            difficulty=buyer.difficulty,
            hints=hints,
            seed=seed,
            use_embeddings=use_embeddings,
            ui_lang=ui_lang,
            buyer=buyer,
        )
        session = cls(scenario, state, brain)
        move = buyer_rules.opening_move(scenario, buyer)
        state.turns.append(Turn(speaker="buyer", text=move.line, move="opening", objection=0))
        return session

    @property
    def provider(self) -> str:
        """Return the provider voicing the buyer: 'offline' or the brain's provider."""
        return self.brain.provider if self.brain is not None and self.brain.chat is not None else "offline"

    @property
    def opening(self) -> Turn:
        """Return the buyer's opening turn."""
        return self.state.turns[0]

    @property
    def turns(self) -> list[Turn]:
        """Return the transcript so far."""
        return self.state.turns

    @property
    def finished(self) -> bool:
        """Return True once the buyer has ended the conversation (said no) or end() was called."""
        return self.state.buyer.finished or self.state.scorecard is not None

    @property
    def decision(self) -> Decision:
        """Return the buyer's decision so far: open, yes, yes_but or no."""
        return self.state.buyer.decision

    # --- turns --------------------------------------------------------------------------------------------------------
    def _prepare(self, text: str) -> tuple[str, list[str]]:
        if self.state.scorecard is not None:
            raise SessionClosedError("This session has ended; start a new one.")
        if self.state.buyer.finished:
            raise SessionClosedError("The buyer has ended the conversation; call end() for the scorecard.")
        text = (text or "").strip()
        if not text:
            raise InputError("The reply is empty: write what you would say to the buyer.")
        notices: list[str] = []
        if len(text) > MAX_REPLY_CHARS:
            text = text[:MAX_REPLY_CHARS]
            notices.append(
                msg("limit_cut_reply", self.state.ui_lang or self.scenario.language, limit=MAX_REPLY_CHARS)
            )
        return text, notices

    def _analyse(self, text: str) -> ReplyAnalysis:
        analysis, sentences = analyse_reply(text)
        deal = self.scenario.deal
        # questions ask about the customer's world; only statements and proposals can tie the offer to its goals
        statements = " ".join(s.text for s in sentences if s.question in ("none", "proposal"))
        if (
            not analysis.has("value_link")
            and not analysis.has("concession")
            and not analysis.has("defend")
            and mentions_goals(statements, deal.goals, deal.business_case)
        ):
            # the rep names the customer's own goals or business-case figures: that is a link to value
            analysis.techniques = [t for t in TECHNIQUES if t in {*analysis.techniques, "value_link"}]  # type: ignore[misc]
            analysis.evidence["value_link"] = statements
        return analysis

    def _advance(self, text: str) -> tuple[ReplyAnalysis, BuyerMove, Turn]:
        analysis = self._analyse(text)
        objection = self.state.buyer.current
        move = buyer_rules.decide(self.scenario, self.state.buyer, analysis, text, self.state.use_embeddings)
        rep = Turn(
            speaker="rep",
            text=text,
            techniques=analysis.techniques,
            evidence=analysis.evidence,
            objection=objection,
            premature_concession=move.premature_concession,
            decision=self.state.buyer.decision,
        )
        if self.state.hints:
            rep.hint = buyer_rules.next_hint(
                self.scenario, self.state.buyer, move, analysis, self.state.ui_lang
            )
        self.state.turns.append(rep)
        return analysis, move, rep

    def _finish(
        self, rep: Turn, move: BuyerMove, text: str, provider: str, notices: list[str]
    ) -> ReplyResult:
        buyer = Turn(
            speaker="buyer",
            text=text,
            move=move.move,
            objection=move.next_objection if move.next_objection is not None else move.objection,
            revealed_layer=move.revealed_layer,
            fact=move.fact,
            decision=move.decision,
            provider=provider,
        )
        self.state.turns.append(buyer)
        self.state.notices.extend(n for n in notices if n not in self.state.notices)
        return ReplyResult(
            turn=len(self.state.turns) - 1,
            techniques=rep.techniques,
            buyer=BuyerReply(
                text=text,
                move=move.move,
                objection=buyer.objection,
                revealed_layer=move.revealed_layer,
                fact=move.fact,
            ),
            hint=rep.hint,
            decision=self.state.buyer.decision,
            finished=self.state.buyer.finished,
            provider=provider,
            notices=notices,
        )

    def reply(self, text: str) -> ReplyResult:
        """Return the buyer's answer to the rep's text, the techniques found in it and (with hints on) a hint."""
        for chunk in self.reply_stream(text):
            if chunk.done and chunk.result is not None:
                return chunk.result
        raise RuntimeError("reply_stream ended without a result")  # cannot happen: the last chunk carries it

    def reply_stream(self, text: str) -> Iterator[ReplyChunk]:
        """Yield the buyer's answer as it grows (streamed from the model when there is one), then the full result.

        If the caller stops reading early, the buyer's turn is still recorded (with the text shown so far).
        """
        text, notices = self._prepare(text)
        history = list(self.state.turns)
        _, move, rep = self._advance(text)
        line = move.line
        provider = self.provider
        recorded = False
        try:
            if provider != "offline":
                from coach.roleplay.llm import voice_stream

                before = len(notices)
                for line in voice_stream(
                    self.brain, self.scenario, self.state.buyer, move, history, text, notices
                ):  # type: ignore[arg-type]
                    yield ReplyChunk(text=line)
                if len(notices) > before and line == move.line:
                    provider = "offline"
            else:
                yield ReplyChunk(text=line)
            result = self._finish(rep, move, line, provider, notices)
            recorded = True
            yield ReplyChunk(text=line, done=True, result=result)
        finally:
            if not recorded:
                self._finish(rep, move, line or move.line, provider, notices)

    def end(self) -> Scorecard:
        """Return the scorecard (criteria grounded in the classified turns; a judged review when a model is there)."""
        if self.state.scorecard is not None:
            return self.state.scorecard
        if not any(t.speaker == "rep" for t in self.state.turns):
            raise InputError("Nothing to score: the rep has not said anything yet.")
        card = build_scorecard(
            self.scenario, self.state.buyer, self.state.turns, provider=self.provider, lang=self.state.ui_lang
        )
        card.notices = list(self.state.notices)
        if self.brain is not None and self.brain.chat is not None:
            from coach.roleplay.llm import review

            notices: list[str] = []
            card.review = review(self.brain, self.scenario, self.state.turns, card, notices)
            card.notices.extend(notices)
            if card.review is None:
                card.provider = "offline"
        self.state.scorecard = card
        return card

    def result(self) -> RoleplayResult:
        """Return the whole conversation with its scorecard (ends the session if it is still open)."""
        card = self.end()
        return RoleplayResult(
            scenario=self.scenario.id,
            title=self.scenario.title,
            language=self.scenario.language,
            difficulty=self.state.difficulty,
            turns=self.state.turns,
            outcome=card.outcome,
            scorecard=card,
            provider=self.provider,
            notices=list(self.state.notices),
        )

    # --- persistence --------------------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Return the session as plain JSON-ready data (no model, no scenario copy: the id is enough)."""
        return self.state.model_dump(mode="json")

    @classmethod
    def from_dict(
        cls,
        data: dict[str, Any],
        brain: Brain | None = None,
        scenarios_dir: Path | None = None,
        scenario: Scenario | None = None,
    ) -> RoleplaySession:
        """Return a session resumed from to_dict() data (pass the scenario when it is not a built-in one)."""
        state = SessionState.model_validate(data)
        if scenario is not None and scenario.id != state.scenario_id:
            raise InputError(
                f"The saved session belongs to scenario '{state.scenario_id}', not '{scenario.id}'."
            )
        return cls(scenario or get_scenario(state.scenario_id, scenarios_dir), state, brain)


def start(
    scenario_id: str,
    difficulty: Difficulty | None = None,
    hints: bool = False,
    brain: Brain | None = None,
    seed: int = 0,
) -> RoleplaySession:
    """Return a new role-play session (see RoleplaySession.start)."""
    return RoleplaySession.start(scenario_id, difficulty=difficulty, hints=hints, brain=brain, seed=seed)


def play_script(session: RoleplaySession, lines: list[str]) -> list[str]:
    """Play the rep's lines until the buyer ends the conversation; return the lines that were not played."""
    for n, line in enumerate(lines):
        if session.finished:
            return lines[n:]
        session.reply(line)
    return []
