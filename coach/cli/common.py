"""Helpers shared by the CLI commands: JSON output, progress, settings from flags."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
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
    """Return the language of notices about an input: the user's choice, else the input's language, else cli_lang.

    Notices that end up in a result speak the result's language (which follows the input when nothing is chosen);
    without an input this is the CLI's rule (cli_lang).
    """
    chosen = chosen_lang(args)
    if chosen:
        return chosen
    if text and text.strip():
        from coach.lang import detect_language

        return detect_language(text)
    return cli_lang(args)


def cli_lang(args: Any = None) -> str:
    """Return the language of the CLI's own messages: --lang, else COACH_LANG, else the locale, else English.

    The command's --lang comes first; `coach --lang X COMMAND` (before the command) counts where the command has none.
    """
    from coach.settings import default_language

    for flag in (getattr(args, "lang", None), getattr(args, "help_lang", None)):
        if flag in ("de", "en"):
            return flag
    return default_language()


# the options of every command that name a file to write (checked before the command runs)
OUTPUT_OPTIONS = ("output", "report")


def check_output(path: Path | str | None, lang: str) -> None:
    """Raise InputError (one line, exit 2) when a file to write has no existing folder or is itself a folder.

    Missing folders are never created: a typo in a path should not leave a new folder tree behind.
    """
    from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI's messages
    from coach.errors import InputError
    from coach.messages import msg

    if path is None or str(path) == "-":
        return
    path = Path(path)
    if path.is_dir():
        raise InputError(msg("cli.output_is_folder", lang, path=path))
    folder = path.parent
    if not folder.is_dir():
        raise InputError(msg("cli.output_folder_missing", lang, folder=folder, path=path))


def check_outputs(args: Any, lang: str) -> None:
    """Check every output file option of a parsed command (see check_output)."""
    for name in OUTPUT_OPTIONS:
        check_output(getattr(args, name, None), lang)


def write_output(path: Path, data: bytes, lang: str) -> None:
    """Write a result file and say so on stderr in the user's language; a write error is one line (exit 2)."""
    from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI's messages
    from coach.errors import InputError
    from coach.messages import msg

    check_output(path, lang)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InputError(msg("cli.cannot_write", lang, path=path, error=exc.strerror)) from None


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
