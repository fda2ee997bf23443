"""A fake chat model for tests: answers from a queue or a function and records every call."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import RunnableLambda
from pydantic import BaseModel, ValidationError

from coach.llm.brain import Brain

Answer = str | dict | BaseModel | Exception


class FakeChatModel(BaseChatModel):
    """Answers with the next queued item (str, dict, model, or an exception to raise) or fn(messages)."""

    responses: list[Any] = []
    fn: Callable[[list[BaseMessage]], Answer] | None = None
    calls: list[list[BaseMessage]] = []

    @property
    def _llm_type(self) -> str:
        return "fake"

    def _next(self, messages: list[BaseMessage]) -> str:
        self.calls.append(list(messages))
        if self.fn is not None:
            answer = self.fn(messages)
        elif self.responses:
            answer = self.responses.pop(0)
        else:
            raise RuntimeError("FakeChatModel has no queued answer left")
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, BaseModel):
            return answer.model_dump_json()
        if isinstance(answer, dict):
            return json.dumps(answer)
        return str(answer)

    def _generate(
        self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=AIMessage(self._next(messages)))])

    def _stream(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any):
        text = self._next(messages)
        for i in range(0, len(text), 8):
            yield ChatGenerationChunk(message=AIMessageChunk(content=text[i : i + 8]))

    def with_structured_output(self, schema: Any, *, include_raw: bool = False, **kwargs: Any):
        """Return a runnable that parses the fake's text as JSON into the schema, like json_schema mode."""

        def run(messages: list[BaseMessage]) -> Any:
            raw = AIMessage(self._next(list(messages)))
            try:
                parsed, error = schema.model_validate_json(str(raw.content)), None
            except (ValidationError, ValueError) as exc:
                parsed, error = None, exc
            if include_raw:
                return {"raw": raw, "parsed": parsed, "parsing_error": error}
            if error:
                raise error
            return parsed

        return RunnableLambda(run)


def fake_brain(
    model: FakeChatModel, provider: str = "openai", leaves_machine: bool = False, redact: bool = False
) -> Brain:
    """Return a Brain around a fake model, for tests."""
    return Brain(provider=provider, chat=model, model="fake", leaves_machine=leaves_machine, redact=redact)  # type: ignore[arg-type]
