"""Helpers shared by the CLI commands: JSON output, progress, settings from flags."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel

from coach.settings import Settings, load_settings


def settings_from(args: Any) -> Settings:
    """Return settings from the environment, overridden by the command's flags where given."""
    return load_settings(
        provider=getattr(args, "provider", None),
        lang=getattr(args, "lang", None),
    )


def chosen_lang(args: Any) -> str | None:
    """Return the language the user chose: the --lang flag, else COACH_LANG, else None (follow the input)."""
    flag = getattr(args, "lang", None)
    if flag in ("de", "en"):
        return flag
    return load_settings().lang


def message_lang(args: Any, text: str | None = None) -> str:
    """Return the language of the CLI's messages: the user's choice, else the input's language, else English."""
    chosen = chosen_lang(args)
    if chosen:
        return chosen
    if text and text.strip():
        from coach.lang import detect_language

        return detect_language(text)
    return "en"


def print_json(obj: Any) -> None:
    """Print a pydantic model, or plain data, as one JSON document."""
    if isinstance(obj, BaseModel):
        text = obj.model_dump_json(indent=2)
    else:
        text = json.dumps(
            obj,
            indent=2,
            ensure_ascii=False,
            default=lambda o: o.model_dump() if isinstance(o, BaseModel) else str(o),
        )
    sys.stdout.write(text + "\n")


@contextmanager
def progress(label: str, enabled: bool = True):
    """Yield (start(total), advance(n)) callbacks drawing a progress bar on a terminal, else doing nothing."""
    if not (enabled and sys.stderr.isatty()):
        yield (lambda total: None), (lambda n: None)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
    ) as bar:
        task = bar.add_task(label, total=None)
        start: Callable[[int], None] = lambda total: bar.update(task, total=total)  # noqa: E731
        advance: Callable[[int], None] = lambda n: bar.advance(task, n)  # noqa: E731
        yield start, advance
