"""Prompt files under prompts/, one per message and language, rendered with strict variables."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from coach.paths import PROMPTS_DIR


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(PROMPTS_DIR)),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


def render(name: str, lang: str, **variables: object) -> str:
    """Return prompts/<name>.<lang>.md rendered; a missing variable raises jinja2.UndefinedError."""
    return _env().get_template(f"{name}.{lang}.md").render(**variables).strip()


def chat_messages(name: str, lang: str, **variables: object) -> list[BaseMessage]:
    """Return [system, user] messages from prompts/<name>.system.<lang>.md and <name>.user.<lang>.md."""
    return [
        SystemMessage(render(f"{name}.system", lang, **variables)),
        HumanMessage(render(f"{name}.user", lang, **variables)),
    ]


def all_prompt_files() -> list[str]:
    """Return the names of every prompt file."""
    return sorted(p.name for p in PROMPTS_DIR.glob("*.md"))
