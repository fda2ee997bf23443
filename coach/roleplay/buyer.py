"""The buyer: a state machine per scenario that picks the next move from the classified reply, and its authored lines."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.roleplay import answering, lines
from coach.roleplay.answering import QuestionMatch, match_question
from coach.roleplay.checker import best_question
from coach.roleplay.matching import matches_resolution, term_overlap
from coach.roleplay.scenarios import DIFFICULTIES, Difficulty, Scenario
from coach.roleplay.techniques import ReplyAnalysis

Move = Literal[
    "opening",
    "reveal",
    "probe",
    "soften",
    "restate",
    "value_too_early",
    "steps_too_early",
    "harden",
    "push_for_more",
    "await_proposal",
    "resolve",
    "next_objection",
    "await_close",
    "yes",
    "yes_but",
    "deflect",
    "no",
    "confirm_next_steps",
    "after_decision",
    "answer",
    "unknown",
    "hold_back",
]
Decision = Literal["open", "yes", "yes_but", "no"]
MOVES: tuple[str, ...] = Move.__args__  # type: ignore[attr-defined]


class ObjectionState(BaseModel):
    """Where one objection stands: layers uncovered, resolved, how hard the buyer has become, concessions."""

    model_config = ConfigDict(extra="forbid")

    required_layers: int = Field(ge=1)
    layers_revealed: int = 0
    raised: bool = False
    resolved: bool = False
    hardness: int = 0
    concessions: int = 0
    probes: int = 0


class BuyerState(BaseModel):
    """The buyer's whole state; plain data, so a session can be saved and resumed."""

    model_config = ConfigDict(extra="forbid")

    difficulty: Difficulty
    patience: int
    patience_left: int
    current: int = 0
    objections: list[ObjectionState]
    decision: Decision = "open"
    condition: str | None = None
    doubts: int = 0
    seed: int = 0
    counters: dict[str, int] = Field(default_factory=dict)

    @property
    def finished(self) -> bool:
        """Return True once the buyer has said no: the conversation is over."""
        return self.decision == "no"

    @property
    def all_resolved(self) -> bool:
        """Return True when every objection's root cause is resolved."""
        return all(o.resolved for o in self.objections)


class BuyerMove(BaseModel):
    """What the buyer does in answer to one rep turn, and the authored line that says it."""

    model_config = ConfigDict(extra="forbid")

    move: Move
    objection: int
    revealed_layer: int | None = None
    fact: str | None = None
    next_objection: int | None = None
    resolved_now: bool = False
    condition: str | None = None
    decision: Decision = "open"
    progress: bool = False
    patience_cost: int = 0
    premature_concession: bool = False
    line: str = ""


def _rank(d: str) -> int:
    return DIFFICULTIES.index(d)


def initial_state(scenario: Scenario, difficulty: Difficulty | None = None, seed: int = 0) -> BuyerState:
    """Return the buyer's opening state; an easier level needs fewer layers and grants more patience."""
    level = difficulty or scenario.difficulty
    easier_by = _rank(scenario.difficulty) - _rank(level)
    patience = scenario.patience + (2 * easier_by if easier_by > 0 else easier_by)
    patience = max(2, min(10, patience))
    objections = [
        ObjectionState(required_layers=max(1, len(o.layers) - max(0, easier_by))) for o in scenario.objections
    ]
    objections[0].raised = True
    return BuyerState(
        difficulty=level, patience=patience, patience_left=patience, objections=objections, seed=seed
    )


def slots(scenario: Scenario) -> dict[str, str]:
    """Return the persona and deal values authored lines may use as {slots}."""
    p, d = scenario.persona, scenario.deal
    return {
        "name": p.name,
        "role": p.role,
        "company": p.company,
        "industry": p.industry,
        "offer": d.offer,
        "price": d.price,
        "term": d.term,
        "goal": d.goals[0],
        "business_case": d.business_case,
    }


def _pick(state: BuyerState, key: str, options: list[str], reply: str = "") -> str:
    """Return a line: the one that answers the rep's words best when one shares terms with them, else the next in turn."""
    n = state.counters.get(key, 0)
    state.counters[key] = n + 1
    if reply:
        fits = [(term_overlap(reply, o)[0], -k) for k, o in enumerate(options)]
        best, neg_k = max(fits)
        if best >= 1 and sum(f[0] == best for f in fits) == 1:
            return options[-neg_k]
    return lines.pick(options, state.seed + sum(map(ord, key)), n)


def _condition(scenario: Scenario, index: int) -> str:
    return scenario.conditions[min(index, len(scenario.conditions) - 1)]


def authored_line(scenario: Scenario, state: BuyerState, move: BuyerMove, reply: str = "") -> str:
    """Return the offline line for a move: the scenario's own lines, varied by seed and slot-filled."""
    lang = scenario.language
    i = move.objection
    obj = scenario.objections[i]
    key = f"{i}:{move.move}"
    text: str
    match move.move:
        case "opening":
            text = f"{scenario.opening} {obj.statement}"
        case "reveal":
            text = obj.layers[move.revealed_layer or 0].reveal
            if move.fact:
                text = f"{next(f.say for f in scenario.facts if f.id == move.fact)} {text}"
        case "restate":
            text = _pick(state, f"{i}:restate", obj.restatements)
        case "harden":
            text = _pick(state, key, obj.hardened, reply)
        case "push_for_more":
            text = _pick(state, key, obj.push_for_more, reply)
        case "deflect":
            text = f"{scenario.lines.deflect} {_pick(state, f'{i}:restate', obj.restatements)}"
        case "answer":
            text = next(f.say for f in scenario.facts if f.id == move.fact)
        case "unknown" | "hold_back":
            own = scenario.lines.unknown if move.move == "unknown" else []
            text = f"{_pick(state, move.move, own or lines.generic(move.move, lang))} {_pick(state, f'{i}:restate', obj.restatements)}"
        case "value_too_early":
            text = f"{_pick(state, key, lines.generic(move.move, lang))} {_pick(state, f'{i}:restate', obj.restatements)}"
        case "resolve":
            text = obj.resolved_line
        case "next_objection":
            text = f"{obj.resolved_line} {scenario.objections[move.next_objection or i + 1].statement}"
        case "yes":
            text = scenario.lines.yes
        case "yes_but":
            text = scenario.lines.yes_but.replace("{condition}", move.condition or _condition(scenario, i))
        case "no":
            text = scenario.lines.no
        case _:
            text = _pick(state, key, lines.generic(move.move, lang))
    if move.resolved_now and move.move in ("yes", "yes_but"):
        text = f"{obj.resolved_line} {text}"
    return lines.fill(text, slots(scenario))


def decide(
    scenario: Scenario, state: BuyerState, analysis: ReplyAnalysis, reply: str, use_embeddings: bool = True
) -> BuyerMove:
    """Return the buyer's next move for a classified rep reply and update the state (the one place rules live)."""
    i = state.current
    obj, os_ = scenario.objections[i], state.objections[i]
    has = analysis.has
    layers_done = os_.layers_revealed >= os_.required_layers
    proposes = has("value_link") or matches_resolution(reply, obj.resolution)
    easy = state.difficulty == "easy"

    def move(kind: Move, cost: int = 1, progress: bool = False, **extra: object) -> BuyerMove:
        return BuyerMove(move=kind, objection=i, patience_cost=cost, progress=progress, **extra)  # type: ignore[arg-type]

    if state.decision == "no":
        m = move("no", cost=0)
    elif state.decision == "yes":
        m = move("confirm_next_steps" if has("next_step") else "after_decision", cost=0)
    elif has("concession") and not (layers_done and proposes):
        os_.concessions += 1
        state.doubts += 1
        m = move("push_for_more", premature_concession=not os_.resolved)
    elif has("defend") and not (has("acknowledge") and has("explore")):
        os_.hardness += 1
        m = move("harden", cost=1 if easy else 2)
    elif os_.resolved and state.all_resolved:
        # every point is settled: the buyer waits for the question about the decision
        m = _final(scenario, state, i) if has("close") else move("await_close")
    elif layers_done and proposes:
        os_.resolved = True
        if state.all_resolved:
            m = _final(scenario, state, i, resolved_now=True) if has("close") else move("resolve", 0, True)
            m.resolved_now = True
        else:
            nxt = next(k for k, o in enumerate(state.objections) if not o.resolved)
            state.current = nxt
            state.objections[nxt].raised = True
            m = move("next_objection", 0, True, next_objection=nxt, resolved_now=True)
    elif (asked := ask(scenario, state, analysis, use_embeddings, reply)) is not None and (
        asked.target in ("fact", "layer") or has("explore")
    ):
        if asked.target == "fact":
            m = move("answer", cost=0, fact=asked.fact)
        elif asked.target == "hold_back":
            m = move("hold_back")
        elif asked.target == "none":
            m = move("unknown")
        elif asked.layer is None:
            m = move("await_proposal")
        elif os_.hardness > 0 and not has("acknowledge"):
            os_.hardness -= 1
            m = move("soften", cost=0)
        elif state.difficulty == "hard" and os_.probes == 0 and asked.generic:
            # a hard buyer answers a vague or closed question vaguely; asking again, or precisely, opens up
            os_.probes += 1
            m = move("probe", cost=0)
        else:
            os_.probes = 0
            os_.hardness = 0
            os_.layers_revealed += 1
            m = move("reveal", 0, True, revealed_layer=os_.layers_revealed - 1, fact=asked.also_fact)
    elif has("close"):
        if os_.layers_revealed > 0 or any(o.resolved for o in state.objections):
            state.decision = "yes_but"
            state.condition = _condition(scenario, i)
            m = move("yes_but", condition=state.condition)
        else:
            m = move("deflect")
    elif has("next_step") and state.decision == "yes_but":
        m = move("confirm_next_steps", 0, True)
    elif has("value_link") or proposes:
        m = move("value_too_early")
    elif has("next_step"):
        m = move("steps_too_early")
    else:
        m = move("restate")

    state.patience_left -= m.patience_cost
    if state.patience_left <= 0 and state.decision not in ("yes", "no"):
        state.decision = "no"
        m = BuyerMove(**{**m.model_dump(), "move": "no", "decision": "no"})
    m.decision = state.decision
    m.line = authored_line(scenario, state, m, reply)
    return m


_JOIN = re.compile(
    r",\s*(?:und|and|oder|or)\s+|;\s*|\s(?:und|and)\s+(?=(?:was|wie|wer|welche\w*|wo\w*|warum|what|how|who|which|where|why|when)\b)",
    re.I,
)


def _parts(question: str) -> list[str]:
    """Return a question and, when it asks two things at once ("…, und wer …?"), each of its parts."""
    parts = [c for c in _JOIN.split(question) if len(c.split()) >= 3]
    return [question, *parts] if len(parts) > 1 else [question]


def ask(
    scenario: Scenario,
    state: BuyerState,
    analysis: ReplyAnalysis,
    use_embeddings: bool = True,
    reply: str = "",
) -> QuestionMatch | None:
    """Return what the rep's questions get from the buyer (the most specific, best-matching one), or None without one.

    A reply that asks about a fact and, in another clause, about the next hidden layer gets both: the layer opens and
    the fact is said first (returned as `also_fact`).
    """
    i = state.current
    revealed = state.objections[i].layers_revealed
    learned = answering.learned_decision(use_embeddings)
    found: list[QuestionMatch] = []
    for q in analysis.asked:
        # the learned decision reads a question whole; the thresholds also try each part of a double question
        for part in [q] if learned else _parts(q):
            m = match_question(scenario, part, i, revealed, use_embeddings)
            if m.target == "layer" and q not in analysis.open_questions and m.via != "layer":
                # a closed question opens a layer only when it names it ("Is it the validation?"), not by its form
                m = m.model_copy(update={"target": "none"})
            found.append(m)
    if found and reply and reply.strip() not in analysis.asked:
        # the whole reply, for questions whose topic sits in the sentence before ("Sie haben doch verglichen. Und?")
        m = match_question(scenario, reply, i, revealed, use_embeddings)
        if learned or m.target == "fact" or (m.target == "layer" and analysis.has("explore")):
            found.append(m)
    for q in analysis.asked_too:
        # "Is this your call, or does it go higher up?" asks for a fact, not for the decision; an open question that
        # names signing but asks about the next hidden layer by its content (the learned decision read it so) opens it
        m = match_question(scenario, q, i, revealed, use_embeddings)
        if (m.target == "fact" and m.above >= answering.PARAMS.decision_margin) or (
            learned and m.target == "layer" and m.via == "layer" and q in analysis.open_questions
        ):
            found.append(m)
    if not found:
        return None
    rank = {"fact": 2.0, "layer": 2.0, "hold_back": 1.0, "none": 0.0}
    best = max(found, key=lambda m: (rank[m.target] - 0.5 * m.generic, m.score))
    layers = [m for m in found if m.target == "layer" and m.via == "layer" and m.layer is not None]
    facts = [m for m in found if m.target == "fact"]
    if layers and facts and (best.target == "fact" or best.generic):
        layer = max(layers, key=lambda m: m.score)
        fact = max(facts, key=lambda m: m.score)
        if fact.question != layer.question:
            return layer.model_copy(update={"also_fact": fact.fact})
    return best


def _final(scenario: Scenario, state: BuyerState, i: int, resolved_now: bool = False) -> BuyerMove:
    """Return the decision once every objection is resolved: yes, or yes-but when concessions left doubts."""
    if state.doubts > 0:
        state.decision = "yes_but"
        state.condition = _condition(scenario, len(scenario.objections) - 1)
        return BuyerMove(
            move="yes_but", objection=i, condition=state.condition, progress=True, resolved_now=resolved_now
        )
    state.decision = "yes"
    return BuyerMove(move="yes", objection=i, progress=True, resolved_now=resolved_now)


def opening_move(scenario: Scenario, state: BuyerState) -> BuyerMove:
    """Return the buyer's first move: the opening words leading into the first objection."""
    m = BuyerMove(move="opening", objection=0)
    m.line = authored_line(scenario, state, m)
    return m


def next_hint(
    scenario: Scenario, state: BuyerState, move: BuyerMove, analysis: ReplyAnalysis, lang: str | None = None
) -> str | None:
    """Return a live hint for the rep's next turn (in the UI language), from the state after the buyer's move."""
    lang = lang or scenario.language
    i = state.current
    obj, os_ = scenario.objections[i], state.objections[i]
    question = best_question(obj.statement, obj.type, lang, use_embeddings=False)
    if state.decision == "no":
        return lines.hint("ended", lang)
    if state.decision == "yes":
        return None if move.move == "confirm_next_steps" else lines.hint("next_steps", lang)
    if move.move == "push_for_more":
        return lines.hint("after_concession", lang, question=question)
    if move.move in ("harden", "soften"):
        return lines.hint("after_defend", lang)
    if state.all_resolved:
        return lines.hint("ask_decision", lang)
    if os_.layers_revealed >= os_.required_layers:
        if move.move == "yes_but":
            return lines.hint("roadmap", lang)
        return lines.hint("link_value", lang, goal=scenario.deal.goals[0])
    # the hint follows what this reply did and what the buyer did with it (one judgement of the reply)
    if move.move == "answer":
        return lines.hint("fact_answered", lang, question=question)
    if move.move == "unknown":
        return lines.hint("off_topic", lang)
    if move.move == "hold_back":
        return lines.hint("too_deep", lang)
    if move.move == "probe":
        return lines.hint("probe_again", lang)
    if analysis.closed_questions and not analysis.has("explore") and not analysis.has("close"):
        return lines.hint("closed_question", lang)
    if move.move == "reveal":
        return lines.hint("explore_deeper", lang)
    return lines.hint("explore", lang, question=question)
