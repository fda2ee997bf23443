"""Ask a Brain for a validated pydantic result or text; re-ask once, otherwise fall back with a notice."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TypeVar

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, ValidationError

from coach.llm.brain import Brain
from coach.llm.redact import redact
from coach.messages import msg

T = TypeVar("T", bound=BaseModel)
log = logging.getLogger("coach.llm")


def _prepare(brain: Brain, messages: list[BaseMessage]) -> list[BaseMessage]:
    """Return the messages as sent: user content redacted when the brain requires it."""
    if not brain.redact:
        return messages
    return [HumanMessage(redact(str(m.content))) if isinstance(m, HumanMessage) else m for m in messages]


def describe_failure(exc: BaseException, lang: str | None = "en") -> str:
    """Return a short, secret-free reason for a failed model call, in lang."""
    name = type(exc).__name__
    text = str(exc)
    status = getattr(exc, "status_code", None)
    if status:
        return msg("llm.reason.http", lang, status=status)
    if "timed out" in text.lower() or "timeout" in name.lower():
        return msg("llm.reason.timeout", lang)
    if "connect" in name.lower() or "connection" in text.lower():
        return msg("llm.reason.unreachable", lang)
    if isinstance(exc, ValidationError | ValueError):
        return msg("llm.reason.format", lang)
    return msg("llm.reason.failed", lang, name=name)


def _fell_back(exc: BaseException, lang: str | None) -> str:
    return msg("llm.offline_result", lang, reason=describe_failure(exc, lang))


def _fallback_value(fallback: T | Callable[[], T]) -> T:
    return fallback() if callable(fallback) else fallback


def ask_structured(
    brain: Brain,
    schema: type[T],
    messages: list[BaseMessage],
    fallback: T | Callable[[], T],
    notices: list[str],
    validate: Callable[[T], None] | None = None,
    lang: str | None = None,
) -> T:
    """Return the model's answer as `schema` (validated, re-asked once), else the offline fallback plus a notice."""
    if brain.chat is None:
        return _fallback_value(fallback)
    sent = _prepare(brain, messages)
    try:
        runnable = brain.chat.with_structured_output(schema, method="json_schema", include_raw=True)
    except Exception as exc:  # noqa: BLE001
        notices.append(_fell_back(exc, lang))
        return _fallback_value(fallback)
    last_error = ""
    for attempt in range(2):
        try:
            out = runnable.invoke(sent)
        except Exception as exc:  # noqa: BLE001 - any transport or server failure degrades to offline
            log.info("model call failed: %s", type(exc).__name__)
            notices.append(_fell_back(exc, lang))
            return _fallback_value(fallback)
        parsed, error = out.get("parsed"), out.get("parsing_error")
        if parsed is not None and error is None:
            try:
                result = parsed if isinstance(parsed, schema) else schema.model_validate(parsed)
                if validate:
                    validate(result)
                return result
            except (ValidationError, ValueError) as exc:
                error = exc
        last_error = str(error)[:500] if error else "empty answer"
        if attempt == 0:
            raw = out.get("raw")
            sent = [
                *sent,
                AIMessage(str(getattr(raw, "content", "")) or "(no answer)"),
                HumanMessage(
                    f"Your answer was not valid: {last_error}\nAnswer again with JSON matching the schema."
                ),
            ]
    notices.append(msg("llm.format_twice", lang))
    return _fallback_value(fallback)


def ask_text(
    brain: Brain, messages: list[BaseMessage], fallback: str, notices: list[str], lang: str | None = None
) -> str:
    """Return the model's text answer, or the fallback text plus a notice when the model fails."""
    if brain.chat is None:
        return fallback
    try:
        answer = brain.chat.invoke(_prepare(brain, messages))
        text = str(answer.content).strip()
        if not text:
            raise ValueError("empty answer")
        return text
    except Exception as exc:  # noqa: BLE001
        notices.append(_fell_back(exc, lang))
        return fallback


def stream_text(
    brain: Brain, messages: list[BaseMessage], fallback: str, notices: list[str], lang: str | None = None
) -> Iterator[str]:
    """Yield the growing answer as the model streams it; on failure yield the fallback and add a notice."""
    if brain.chat is None:
        yield fallback
        return
    text = ""
    try:
        for chunk in brain.chat.stream(_prepare(brain, messages)):
            text += str(chunk.content)
            yield text
        if not text.strip():
            raise ValueError("empty answer")
    except Exception as exc:  # noqa: BLE001 - includes a mid-stream disconnect
        notices.append(_fell_back(exc, lang))
        yield fallback


__all__ = ["ask_structured", "ask_text", "stream_text", "describe_failure", "SystemMessage", "HumanMessage"]
