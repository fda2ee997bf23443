"""The one quote checker: does a quote (from a model or a label file) occur in the text?"""

from __future__ import annotations

import re
from functools import lru_cache

_DOUBLE = re.compile(r"[„“”«»‟″\"]")
_SINGLE = re.compile(r"[‘’‚‛`´′]")
_DASH = re.compile(r"[–—‑‒−]")
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*")


def normalise(text: str) -> str:
    """Return text folded for comparison: case-folded, one space, plain quote marks and dashes."""
    text = _DOUBLE.sub('"', text.casefold())
    text = _SINGLE.sub("'", text)
    text = _DASH.sub("-", text)
    text = text.replace("\u00a0", " ").replace("ß", "ss")
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=8192)
def _bare(text: str) -> str:
    """Return normalised text without double quote marks (a quote may or may not carry them)."""
    return _SPACE.sub(" ", normalise(text).replace('"', " ")).strip()


def quote_in(quote: str, text: str, *, min_chars: int = 3) -> bool:
    """Return True when the quote occurs in the text, ignoring case, whitespace and quote/dash styles.

    Surrounding quote marks and end punctuation of the quote are ignored; an ellipsis ("…", "...") splits the quote
    into parts that must occur in this order.
    """
    q, parts = _parts(quote)
    if len(q) < min_chars:
        return False
    return _in_order(parts, _bare(text))


def quote_in_any(quote: str, texts: list[str], *, back_words: int = 0) -> bool:
    """Return True when the quote occurs in one of the texts, or (back_words > 0) one of those texts of at least
    back_words words occurs in the quote: `quote_in(quote, t) or (len(t.split()) >= back_words and quote_in(t, quote))`
    for any t, in one pass."""
    q, parts = _parts(quote)
    forward = len(q) >= 3
    hay = _bare(quote) if back_words > 0 else ""
    for text in texts:
        if forward and _in_order(parts, _bare(text)):
            return True
        if back_words > 0 and _words(text) >= back_words:
            t, text_parts = _parts(text)
            if len(t) >= 3 and _in_order(text_parts, hay):
                return True
    return False


@lru_cache(maxsize=8192)
def _words(text: str) -> int:
    return len(text.split())


def _in_order(parts: tuple[str, ...], hay: str) -> bool:
    """Return True when every part occurs in hay, each after the one before (and there is a part)."""
    pos = 0
    for part in parts:
        found = hay.find(part, pos)
        if found < 0:
            return False
        pos = found + len(part)
    return bool(parts)


@lru_cache(maxsize=8192)
def _parts(quote: str) -> tuple[str, tuple[str, ...]]:
    """Return the quote's bare text and its parts between ellipses (cached: one quote meets many sentences)."""
    q = _bare(quote).strip(" .;,:!?'")
    parts = (p.strip(" .;,:\"'") for p in _ELLIPSIS.split(q))
    return q, tuple(p for p in parts if p)
