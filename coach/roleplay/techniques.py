"""Classify a rep's reply to an objection into techniques, offline: sentences, question form and cue lexicons (DE+EN)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.roleplay import lexicon as lx
from coach.text.sentences import sentence_texts

Technique = Literal["acknowledge", "explore", "value_link", "concession", "defend", "close", "next_step"]
TECHNIQUES: tuple[str, ...] = Technique.__args__  # type: ignore[attr-defined]
QuestionKind = Literal["open", "closed", "alternative", "rhetorical", "proposal", "scheduling", "none"]


# --- sentence splitting ---------------------------------------------------------------------------------------------
def split_sentences(text: str) -> list[str]:
    """Return the sentences of a reply (the text layer's one splitter), without surrounding quote marks."""
    parts = (p.strip(" \t\"'“”»«") for p in sentence_texts(text))
    return [p for p in parts if p and re.search(r"\w", p)]


_CLAUSE = re.compile(r"\s*(?:[,;:]|\s[–—-]\s)\s*")


def clauses(sentence: str) -> list[str]:
    """Return the clauses of a sentence, split at commas, semicolons, colons and dashes."""
    return [c for c in _CLAUSE.split(sentence) if c.strip()]


_WORD = re.compile(r"[\wäöüßÄÖÜ'’]+")


def words(text: str) -> list[str]:
    """Return the lower-case words of a text (apostrophes kept: what's, don't)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@dataclass
class SentenceInfo:
    """What one sentence of a reply is: its question form and the techniques it shows."""

    text: str
    question: QuestionKind = "none"
    techniques: set[str] = field(default_factory=set)


class ReplyAnalysis(BaseModel):
    """The techniques found in a reply, with the sentence that shows each one."""

    model_config = ConfigDict(extra="forbid")

    techniques: list[Technique] = Field(default_factory=list)
    evidence: dict[str, str] = Field(default_factory=dict)
    open_questions: list[str] = Field(default_factory=list)
    closed_questions: list[str] = Field(default_factory=list)
    asked: list[str] = Field(
        default_factory=list
    )  # questions the buyer can answer (not decision asks or proposals)
    asked_too: list[str] = Field(default_factory=list)  # decision asks and scheduling questions: facts only

    @property
    def explores_root_cause(self) -> bool:
        """Return True when the reply asks an open question on the cause."""
        return "explore" in self.techniques

    @property
    def premature_concession(self) -> bool:
        """Return True when the reply gives something away (discount, freebie, downscope, 'I'll ask finance')."""
        return "concession" in self.techniques

    def has(self, technique: str) -> bool:
        """Return True when the reply shows the technique."""
        return technique in self.techniques


def _strip_leading(tokens: list[str]) -> list[str]:
    i = 0
    while i < len(tokens) - 1 and tokens[i] in lx.LEADING_FILLER:
        i += 1
    return tokens[i:]


def _clause_starts_open(clause: str) -> bool:
    toks = _strip_leading(words(clause))
    if not toks:
        return False
    if toks[0] in lx.OPEN_WORDS:
        return True
    # "Und wo genau …", "in welchem Bereich …", "aus welchem Grund …", "for what reason …"
    return len(toks) > 1 and toks[0] in lx.PREPOSITIONS and toks[1] in lx.OPEN_WORDS


_CASED = re.compile(r"[\w'’-]+")


def _named(sentence: str, index: int) -> bool:
    """Return True when the word at index (after leading fillers are skipped) is capitalised: a name, any name."""
    cased = [w for w in _CASED.findall(sentence) if not w.isdigit()]
    lowered = [w.lower() for w in cased]
    start = 0
    while start < len(lowered) - 1 and lowered[start] in lx.LEADING_FILLER:
        start += 1
    k = start + index
    return k < len(cased) and cased[k][:1].isupper()


def question_kind(sentence: str) -> QuestionKind:
    """Return the question form of a sentence: open, closed, alternative, rhetorical, proposal, scheduling or none."""
    s = sentence.strip()
    low = s.lower()
    toks = _strip_leading(words(s))
    if not toks:
        return "none"
    ends_q = s.rstrip("\"'”“»« )").endswith("?")
    parts = clauses(s)
    first_open = bool(parts) and _clause_starts_open(parts[0]) and not lx.W_STATEMENT.search(low)
    # without a question mark only the opening clause counts: "…, wie das Werk dazukommt." is a statement
    starts_open = first_open or (ends_q and any(_clause_starts_open(c) for c in parts))
    raw = words(s)
    # "Dann sollten wir …" is a German statement (verb second after 'dann'); without '?' the verb must open the sentence
    english_was = (
        toks[0] == "was" and len(toks) > 1 and toks[1] in {"it", "that", "this", "there", "he", "she", "i"}
    )
    verb_first = (toks[0] in lx.CLOSED_STARTS or english_was) and (
        ends_q or (raw[0] == toks[0] and (len(toks) == 1 or toks[1] in lx.PRONOUN_AFTER_VERB or _named(s, 1)))
    )
    imperative = bool(lx.IMPERATIVE_EXPLORE.search(low))
    trailing_open = len(toks) <= 4 and toks[-1] in lx.OPEN_WORDS
    if not (ends_q or starts_open or verb_first or imperative or trailing_open):
        return "none"
    if lx.PROPOSAL.search(low):
        return "proposal"
    if lx.RHETORICAL.search(low):
        return "rhetorical"
    if lx.SCHEDULING.search(low):
        return "scheduling"
    if imperative:
        return "open"
    if len(toks) <= 4 and toks[-1] in lx.OPEN_WORDS:
        return "open"
    if ends_q and not verb_first and len(toks) <= 6 and any(t in lx.OPEN_WORDS for t in toks[1:]):
        # "risky in what way?", "compared to what?"
        return "open"
    if first_open or (starts_open and not verb_first):
        # "Welche … – geht es um X oder um Y?" stays open; "how" + adjective only ("how risky?") too.
        return "open"
    if starts_open and verb_first and ends_q:
        # "Können Sie mir sagen, was …?" is handled as imperative; "Ist es so, dass …, wie …?" stays closed.
        return "closed"
    if verb_first or ends_q:
        if re.search(r"\b(oder|or)\b", low) and not re.search(
            r"\b(oder|or) (etwas|something|anything) (anderes|else)\b", low
        ):
            return "alternative"
        return "closed"
    return "none"


def _negated(clause: str, match: re.Match[str]) -> bool:
    """Return True when a cue is negated inside its clause ('kein Rabatt', 'no discount', 'can't waive')."""
    if lx.CONCESSION_WITH_NEGATION.search(match.group(0)):
        return False
    text = lx.NEGATION_NEUTRAL.sub(" ", clause.lower())
    return bool(lx.NEGATION.search(text))


def _concession_in(sentence: str) -> bool:
    low = sentence.lower()
    if lx.CONCESSION_BLOCK.search(low) and not re.search(
        r"\b(for free|free (trial|pilot|month|months|year|quarter))\b", low
    ):
        low = lx.CONCESSION_BLOCK.sub(" ", low)
    for clause in clauses(low) or [low]:
        for m in lx.CONCESSION.finditer(clause):
            if not _negated(clause, m):
                return True
    # cues spanning a clause boundary ("Let me talk to my manager about some flexibility on the number")
    m = lx.CONCESSION.search(low)
    return (
        bool(m)
        and len(clauses(low)) > 1
        and not any(lx.CONCESSION.search(c) for c in clauses(low))
        and not _negated(low, m)
    )


def _ack_in(sentence: str, index: int) -> bool:
    low = sentence.lower()
    if lx.ACK_BLOCK.search(low):
        return False
    m = lx.ACK.search(low)
    if not m:
        return False
    # acknowledgement phrases count at the start of the reply, or as a short sentence of their own
    return index <= 1 or m.start() < 12 or len(words(low)) <= 6


def _asks_for_decision(sentence: str, kind: QuestionKind) -> bool:
    """Return True when the sentence asks the buyer for the decision (not a third party, not inside an if-clause)."""
    low = sentence.lower()
    if not (kind in {"closed", "alternative", "proposal", "open"} or lx.LET_US.search(low)):
        return False
    for clause in clauses(low) or [low]:
        for m in lx.CLOSE.finditer(clause):
            if lx.CONDITIONAL.search(clause) or lx.THIRD_PARTY.search(clause[: m.start()]):
                continue
            if lx.ACK.search(clause[: m.start()]):
                # "I hear you on the commitment piece": the buyer's concern acknowledged, not a decision asked for
                continue
            if kind == "open" and not lx.SECOND_PERSON_DECISION.search(low):
                continue
            return True
    return False


def analyse_sentence(sentence: str, index: int = 0) -> SentenceInfo:
    """Return the question form and techniques of one sentence of a reply."""
    info = SentenceInfo(text=sentence, question=question_kind(sentence))
    low = sentence.lower()
    concession = _concession_in(sentence)
    if concession:
        info.techniques.add("concession")
    if _ack_in(sentence, index):
        info.techniques.add("acknowledge")
    if lx.DEFEND.search(low):
        info.techniques.add("defend")
    if lx.VALUE.search(low) and not concession and info.question != "rhetorical":
        info.techniques.add("value_link")
    if _asks_for_decision(sentence, info.question):
        info.techniques.add("close")
    if info.question == "open" and not concession:
        if "close" not in info.techniques or lx.NEEDS.search(low):
            # "Was fehlt Ihnen noch für eine Entscheidung?" both asks for the decision and explores what is left.
            info.techniques.add("explore")
    if info.question == "scheduling" or (lx.NEXT_ACTION.search(low) and lx.TIME_ANCHOR.search(low)):
        info.techniques.add("next_step")
    elif re.search(r"\blet'?s start with (a|an) (\w+ ){0,3}(pilot|trial|workshop|session)\b", low):
        info.techniques.add("next_step")
    return info


_WE = re.compile(r"\b(wir|uns|we|us|let's|lets)\b", re.IGNORECASE)


def analyse_reply(text: str) -> tuple[ReplyAnalysis, list[SentenceInfo]]:
    """Return the techniques of a reply and the per-sentence analysis behind them."""
    sentences = [analyse_sentence(s, i) for i, s in enumerate(split_sentences(text))]
    found: dict[str, str] = {}
    for info in sentences:
        for tech in TECHNIQUES:
            if tech in info.techniques and tech not in found:
                found[tech] = info.text
    analysis = ReplyAnalysis(
        techniques=[t for t in TECHNIQUES if t in found],  # type: ignore[misc]
        evidence=found,
        open_questions=[s.text for s in sentences if s.question == "open"],
        closed_questions=[s.text for s in sentences if s.question in {"closed", "alternative", "rhetorical"}],
        asked=[
            s.text
            for s in sentences
            if s.question in {"open", "closed", "alternative"}
            and ("close" not in s.techniques or "explore" in s.techniques)
            and "concession" not in s.techniques
        ],
        asked_too=[
            s.text
            for s in sentences
            if s.question in {"open", "closed", "alternative", "scheduling"}
            and ("close" in s.techniques or s.question == "scheduling")
            and not _WE.search(s.text)  # "Can we sign today?" asks for the decision, not for a fact
            and "explore" not in s.techniques
            and "concession" not in s.techniques
        ],
    )
    return analysis, sentences


@lru_cache(maxsize=2048)
def _cached(text: str) -> ReplyAnalysis:
    return analyse_reply(text)[0]


def classify_reply(text: str) -> ReplyAnalysis:
    """Return the techniques a reply shows (acknowledge, explore, value_link, concession, defend, close, next_step)."""
    return _cached(text.strip()).model_copy(deep=True)
