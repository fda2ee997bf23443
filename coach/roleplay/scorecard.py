"""The scorecard at the end of a role-play: six criteria grounded in the classified turns, a total and the outcome."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.knowledge import Source, section_sources
from coach.roleplay.buyer import BuyerState
from coach.roleplay.checker import best_question
from coach.roleplay.library import principles_sources, section_id
from coach.roleplay.scenarios import Difficulty, Scenario
from coach.roleplay.transcript import Turn

CriterionId = Literal[
    "explored_root_cause",
    "no_premature_concession",
    "acknowledged_concern",
    "linked_to_value",
    "asked_for_decision",
    "agreed_next_steps",
]
CRITERIA: tuple[str, ...] = CriterionId.__args__  # type: ignore[attr-defined]
Outcome = Literal["yes", "yes_but", "no", "open"]
WEIGHTS: dict[str, float] = {
    "explored_root_cause": 0.25,
    "no_premature_concession": 0.20,
    "acknowledged_concern": 0.10,
    "linked_to_value": 0.20,
    "asked_for_decision": 0.15,
    "agreed_next_steps": 0.10,
}
MAX_EVIDENCE = 4
# A criterion passes when its score reaches its threshold (shown next to the score in every view).
THRESHOLDS: dict[str, float] = {
    "explored_root_cause": 0.75,
    "no_premature_concession": 1.0,
    "acknowledged_concern": 0.5,
    "linked_to_value": 0.5,
    "asked_for_decision": 0.7,
    "agreed_next_steps": 1.0,
}

_TIPS: dict[str, dict[bool, dict[str, str]]] = {
    "explored_root_cause": {
        False: {
            "de": "Fragen Sie offen nach der Ursache, bevor Sie antworten, z. B. „{question}“ – meist liegen mehrere Ebenen darunter.",
            "en": "Ask open questions about the cause before you answer, e.g. “{question}” – there are usually several layers.",
        },
        True: {
            "de": "Sie haben die Ursache mit offenen Fragen Schicht für Schicht freigelegt.",
            "en": "You uncovered the cause layer by layer with open questions.",
        },
    },
    "no_premature_concession": {
        False: {
            "de": "Kein Rabatt und keine Zugabe, solange die Ursache unklar ist; später nur gegen Gegenleistung (Laufzeit, Referenz, Zahlungsziel).",
            "en": "No discount or freebie while the cause is unclear; later, concede only in exchange (term, reference, payment terms).",
        },
        True: {
            "de": "Keine vorschnellen Zugeständnisse – der Wert Ihres Angebots blieb glaubwürdig.",
            "en": "No premature concessions – the value of your offer stayed credible.",
        },
    },
    "acknowledged_concern": {
        False: {
            "de": "Danken Sie für die Offenheit und fassen Sie den Einwand in eigenen Worten zusammen, statt zu widersprechen.",
            "en": "Thank the buyer for being open and restate the objection in your own words instead of contradicting it.",
        },
        True: {
            "de": "Sie haben die Einwände ernst genommen, bevor Sie nachgefragt haben.",
            "en": "You took the objections seriously before asking about them.",
        },
    },
    "linked_to_value": {
        False: {
            "de": "Verknüpfen Sie Ihren Vorschlag mit den Zielen und dem Business Case des Kunden: {goal}; {business_case}.",
            "en": "Tie your proposal to the customer's goals and business case: {goal}; {business_case}.",
        },
        True: {
            "de": "Ihre Lösungen knüpften an die Ziele des Kunden und seinen Business Case an.",
            "en": "Your solutions were tied to the customer's goals and business case.",
        },
    },
    "asked_for_decision": {
        False: {
            "de": "Fragen Sie nach der Entscheidung, sobald die Ursache gelöst ist („Können wir auf dieser Basis zusagen?“).",
            "en": "Ask for the decision once the cause is resolved (“On that basis, can we agree to go ahead?”).",
        },
        True: {
            "de": "Sie haben zum richtigen Zeitpunkt nach der Entscheidung gefragt.",
            "en": "Your request for a decision came at the right moment.",
        },
    },
    "agreed_next_steps": {
        False: {
            "de": "Vereinbaren Sie konkrete nächste Schritte: Protokoll bis zum nächsten Tag, Termin mit Datum, Verantwortliche.",
            "en": "Agree concrete next steps: minutes by the next day, a dated meeting, owners.",
        },
        True: {
            "de": "Die nächsten Schritte sind konkret vereinbart.",
            "en": "The next steps are concrete and agreed.",
        },
    },
}


class Evidence(BaseModel):
    """A quote from the rep: its reply number (1 = the rep's first reply) and its turn in the transcript."""

    model_config = ConfigDict(extra="forbid")

    turn: int = Field(ge=1)  # position in the whole transcript (1 = the buyer's opening)
    reply: int = Field(default=1, ge=1)  # the rep's n-th reply: what the UI shows as #n
    quote: str


class Criterion(BaseModel):
    """One framework criterion: passed, a 0–1 score, the quotes it rests on, a tip and the knowledge cited."""

    model_config = ConfigDict(extra="forbid")

    id: CriterionId
    passed: bool
    score: float = Field(ge=0.0, le=1.0)
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)  # passed means score >= threshold
    evidence: list[Evidence] = Field(default_factory=list)
    tip: str
    sources: list[Source] = Field(default_factory=list)


class Scorecard(BaseModel):
    """The result of a role-play: criteria, a total from 0 to 100, the buyer's outcome and an optional review."""

    model_config = ConfigDict(extra="forbid")

    scenario: str
    language: Literal["de", "en"]
    difficulty: Difficulty
    criteria: list[Criterion]
    total: int = Field(ge=0, le=100)
    outcome: Outcome
    review: str | None = None
    provider: str = "offline"
    notices: list[str] = Field(default_factory=list)

    def criterion(self, criterion_id: str) -> Criterion:
        """Return one criterion by id."""
        return next(c for c in self.criteria if c.id == criterion_id)


def outcome_of(state: BuyerState) -> Outcome:
    """Return the buyer's outcome: yes, yes_but (with conditions), no, or open when no decision was reached."""
    return state.decision


def _quote(turn: Turn, technique: str) -> str:
    return turn.evidence.get(technique, turn.text)


def _reply_numbers(turns: list[Turn]) -> dict[int, int]:
    """Return transcript index -> the rep's reply number (1-based) for every rep turn."""
    reps = [n for n, t in enumerate(turns) if t.speaker == "rep"]
    return {n: k for k, n in enumerate(reps, 1)}


def _evidence(turns: list[Turn], technique: str) -> list[Evidence]:
    numbers = _reply_numbers(turns)
    found = [
        Evidence(turn=n + 1, reply=numbers[n], quote=_quote(t, technique))
        for n, t in enumerate(turns)
        if t.speaker == "rep" and technique in t.techniques
    ]
    return found[:MAX_EVIDENCE]


def _buyer_after(turns: list[Turn], index: int) -> Turn | None:
    return turns[index + 1] if index + 1 < len(turns) and turns[index + 1].speaker == "buyer" else None


def build_scorecard(
    scenario: Scenario,
    state: BuyerState,
    turns: list[Turn],
    provider: str = "offline",
    lang: str | None = None,
) -> Scorecard:
    """Return the scorecard for a conversation, every criterion computed from the classified turns and the state.

    Tips and cited knowledge are in `lang` (the UI language) when given, else in the scenario's language.
    """
    lang = lang if lang in ("de", "en") else scenario.language
    raised = [k for k, o in enumerate(state.objections) if o.raised]
    reps = [(n, t) for n, t in enumerate(turns) if t.speaker == "rep"]
    types = [section_id(scenario.objections[k].type) for k in raised]
    type_sources = [s for ty in dict.fromkeys(types) for s in section_sources("objection-library", ty, lang)]
    handling = section_sources("decision-agreement", "objection-handling", lang)
    current = scenario.objections[state.current]
    fill = {
        "question": best_question(current.statement, current.type, lang, use_embeddings=False),
        "goal": scenario.deal.goals[0],
        "business_case": scenario.deal.business_case,
    }

    def per_objection(technique: str) -> float:
        hits = {t.objection for _, t in reps if technique in t.techniques}
        return sum(k in hits for k in raised) / len(raised) if raised else 0.0

    # explored_root_cause: share of the required hidden layers uncovered, over the objections raised
    # a concession made before the cause was uncovered caps that objection's share: the deal was bought, not explored
    explored = sum(
        min(
            0.5 if state.objections[k].concessions else 1.0,
            state.objections[k].layers_revealed / state.objections[k].required_layers,
        )
        for k in raised
    )
    explored = explored / len(raised) if raised else 0.0

    concessions = [(n, t) for n, t in reps if t.premature_concession]
    no_concession = 1.0 if not concessions else (0.4 if len(concessions) == 1 else 0.0)

    defends = sum("defend" in t.techniques for _, t in reps)
    acknowledged = max(0.0, per_objection("acknowledge") - 0.25 * defends)

    linked = per_objection("value_link")

    timely = {"yes", "next_objection", "resolve"}
    closes = [(n, t) for n, t in reps if "close" in t.techniques]
    close_moves = [(_buyer_after(turns, n) or t).move for n, t in closes]
    if any(m in timely for m in close_moves):
        decided = 1.0
    elif closes and state.decision in ("yes", "yes_but"):
        decided = 0.7
    elif closes:
        decided = 0.4
    else:
        decided = 0.0

    steps = [(n, t) for n, t in reps if "next_step" in t.techniques]
    if any(t.decision in ("yes", "yes_but") for _, t in steps):
        next_steps = 1.0
    elif steps:
        next_steps = 0.5
    else:
        next_steps = 0.0

    scores: dict[str, tuple[float, bool, list[Evidence], list[Source]]] = {
        "explored_root_cause": (
            explored,
            explored >= 0.75,
            _evidence(turns, "explore"),
            handling + type_sources,
        ),
        "no_premature_concession": (
            no_concession,
            not concessions,
            [
                Evidence(turn=n + 1, reply=_reply_numbers(turns)[n], quote=_quote(t, "concession"))
                for n, t in concessions
            ][:MAX_EVIDENCE],
            principles_sources(lang) + type_sources,
        ),
        "acknowledged_concern": (
            acknowledged,
            acknowledged >= 0.5,
            _evidence(turns, "acknowledge"),
            principles_sources(lang),
        ),
        "linked_to_value": (
            linked,
            linked >= 0.5,
            _evidence(turns, "value_link"),
            section_sources("decision-agreement", "offer-core-elements", lang) + type_sources,
        ),
        "asked_for_decision": (
            decided,
            decided >= 0.7,
            _evidence(turns, "close"),
            section_sources("decision-agreement", "final-decision", lang) + principles_sources(lang),
        ),
        "agreed_next_steps": (
            next_steps,
            next_steps >= 1.0,
            _evidence(turns, "next_step"),
            section_sources("decision-agreement", "answer-yes-but", lang)
            + section_sources("decision-agreement", "after-meeting", lang),
        ),
    }
    criteria = []
    for cid in CRITERIA:
        score, passed, evidence, sources = scores[cid]
        passed = score >= THRESHOLDS[cid] if cid != "no_premature_concession" else passed
        tip = _TIPS[cid][passed][lang].format(**fill)
        criteria.append(
            Criterion(
                id=cid,
                passed=passed,
                score=round(score, 2),
                threshold=THRESHOLDS[cid],
                evidence=evidence,
                tip=tip,
                sources=sources,
            )  # type: ignore[arg-type]
        )
    total = round(100 * sum(WEIGHTS[c.id] * c.score for c in criteria))
    return Scorecard(
        scenario=scenario.id,
        language=lang,
        difficulty=state.difficulty,
        criteria=criteria,
        total=max(0, min(100, total)),
        outcome=outcome_of(state),
        provider=provider,
    )
