"""Helpers shared by the tabs: friendly errors, the brain line, citations as Markdown."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import Any

from coach.errors import CoachError, IndexMissingError
from coach.web.i18n import t

log = logging.getLogger("coach.web")


def friendly_error(exc: BaseException, lang: str) -> str:
    """Return a message for the page (never a stack trace)."""
    if isinstance(exc, IndexMissingError):
        return f"⚠️ {t('index_missing', lang)}"
    if isinstance(exc, CoachError):
        return f"⚠️ {t('error_prefix', lang)}: {exc}"
    log.exception("unexpected error in the web app")
    return f"⚠️ {t('error_prefix', lang)}: {type(exc).__name__}."


def safe(fn: Callable[..., Any], lang_index: int | None = None, outputs: int = 1) -> Callable[..., Any]:
    """Wrap a handler so an exception becomes a friendly message in its first output and the app stays usable."""

    def wrapper(*args: Any) -> Any:
        try:
            return fn(*args)
        except Exception as exc:  # noqa: BLE001
            lang = args[lang_index] if lang_index is not None and lang_index < len(args) else "de"
            msg = friendly_error(exc, lang if lang in ("de", "en") else "de")
            return msg if outputs == 1 else (msg, *[None] * (outputs - 1))

    wrapper.__name__ = getattr(fn, "__name__", "handler")
    return wrapper


def md_escape(text: str) -> str:
    """Return text safe to embed in Markdown rendered by the page (HTML escaped)."""
    return html.escape(text, quote=False)
