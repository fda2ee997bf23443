"""Entry point of the `coach` command: parse the subcommand, run it, turn errors into messages and exit codes."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from coach import __version__
from coach.errors import CoachError

COMMAND_MODULES = [
    "coach.cli.index_cmd",
    "coach.cli.qualify_cmd",
    "coach.cli.roleplay_cmd",
    "coach.cli.minutes_cmd",
    "coach.cli.eval_cmd",
    "coach.cli.doctor_cmd",
    "coach.cli.ui_cmd",
    "coach.cli.deal_cmd",
    "coach.cli.prepare_cmd",
    "coach.cli.user_cmd",
]


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand registered, its help texts in lang (default: the CLI's rule).

    argparse's own words ("usage:", "options:", errors) follow `argparse_lang.speak`, which main calls first.
    """
    import importlib

    from coach.cli.help_messages import help_msg

    if lang not in ("de", "en"):
        from coach.settings import default_language

        lang = default_language()
    parser = argparse.ArgumentParser(prog="coach", description=help_msg("help.coach.description", lang))
    parser.add_argument(
        "--version",
        action="version",
        version=f"coach {__version__}",
        help=help_msg("help.coach.version", lang),
    )
    # `coach --lang de --help` / `coach --lang de doctor`: help, usage errors and the CLI's messages (cli_lang);
    # a command's own --lang (its result's language) is a separate option and wins
    parser.add_argument(
        "--lang", choices=["de", "en"], dest="help_lang", help=help_msg("help.coach.lang", lang)
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.add_parsers(sub, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the coach CLI and return its exit code."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    from coach.cli.argparse_lang import early_language, speak

    early = early_language(sys.argv[1:] if argv is None else argv)
    speak(early)  # argparse's own words and usage errors in the user's language too
    parser = build_parser(early)  # and every help text
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI's messages
    from coach.cli.common import check_outputs, cli_lang
    from coach.messages import fallback_language, msg

    lang = cli_lang(args)  # --lang, else COACH_LANG, else the locale (de… → German), else English
    with fallback_language(lang):  # every message asked for without a language follows the same rule
        try:
            check_outputs(args, lang)  # -o/--report into a folder that does not exist: one line, exit 2
            return int(args.func(args) or 0)
        except CoachError as exc:
            print(f"coach: {exc}", file=sys.stderr)
            return exc.exit_code
        except KeyboardInterrupt:
            print(f"coach: {msg('cli.interrupted', lang)}", file=sys.stderr)
            return 130
        except BrokenPipeError:
            return 0


if __name__ == "__main__":
    sys.exit(main())
