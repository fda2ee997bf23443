"""Messages by id, each with its German and English text, chosen by the result's (or the user's) language.

Every area keeps its own table (``coach/<area>/messages.py`` or similar) and registers it with ``define``; the
engines store ids (or render with ``msg``), never English sentences that are translated later.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

LANGS = ("de", "en")

_TABLE: dict[str, dict[str, str]] = {}
_FALLBACK = ["de"]  # the language of msg(id, None); the CLI sets its rule for the length of a command


class MessageError(KeyError):
    """An unknown message id, or a table entry without every language."""


def define(table: Mapping[str, Mapping[str, str]]) -> None:
    """Register message ids with their texts; every entry needs a text for each of LANGS."""
    for mid, texts in table.items():
        missing = [lang for lang in LANGS if not texts.get(lang)]
        if missing:
            raise MessageError(f"message {mid!r} lacks {', '.join(missing)}")
        old = _TABLE.get(mid)
        if old is not None and dict(old) != dict(texts):
            raise MessageError(f"message {mid!r} is defined twice with different texts")
        _TABLE[mid] = dict(texts)


def msg(mid: str, lang: str | None, /, **values: object) -> str:
    """Return the text of message mid in lang (the fallback language, German by default, when lang is unknown)."""
    texts = _TABLE.get(mid)
    if texts is None:
        raise MessageError(f"unknown message id {mid!r}")
    text = texts.get(lang or _FALLBACK[-1]) or texts["de"]
    return text.format(**values) if values else text


@contextmanager
def fallback_language(lang: str) -> Iterator[None]:
    """Within the block, messages asked for without a language speak lang (the CLI: its language rule)."""
    _FALLBACK.append(lang if lang in LANGS else "de")
    try:
        yield
    finally:
        _FALLBACK.pop()


def known() -> dict[str, dict[str, str]]:
    """Return a copy of every registered message (id -> {lang: text})."""
    return {k: dict(v) for k, v in _TABLE.items()}


class Notice:
    """A notice kept as an id with its values, rendered when the language of the result is known."""

    __slots__ = ("mid", "values")

    def __init__(self, mid: str, /, **values: object) -> None:
        self.mid, self.values = mid, values

    def text(self, lang: str | None) -> str:
        """Return the notice in lang."""
        return msg(self.mid, lang, **self.values)

    def __repr__(self) -> str:
        return f"Notice({self.mid!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Notice) and (self.mid, self.values) == (other.mid, other.values)

    __hash__ = None  # type: ignore[assignment]


def render(notice: str | Notice, lang: str | None) -> str:
    """Return a notice as text in lang: a Notice or a registered id is rendered, any other text is kept."""
    if isinstance(notice, Notice):
        return notice.text(lang)
    return msg(notice, lang) if notice in _TABLE else notice
