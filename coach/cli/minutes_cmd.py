"""`coach minutes`: draft the minutes of a decision meeting from notes, with the quality gates checked."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("md", "docx", "eml")


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register the minutes command."""
    from coach.cli.help_messages import help_msg

    p = sub.add_parser(
        "minutes",
        help=help_msg("help.minutes", lang),
        description=help_msg("help.minutes.description", lang),
    )
    p.add_argument(
        "file",
        metavar="FILE|-",
        help=help_msg("help.minutes.file", lang),
    )
    p.add_argument("--json", action="store_true", help=help_msg("help.minutes.json", lang))
    p.add_argument("--format", choices=FORMATS, help=help_msg("help.minutes.format", lang))
    p.add_argument("-o", "--output", metavar="OUT", type=Path, help=help_msg("help.minutes.output", lang))
    part = p.add_mutually_exclusive_group()
    part.add_argument(
        "--internal",
        action="store_true",
        help=help_msg("help.minutes.internal", lang),
    )
    part.add_argument(
        "--customer",
        action="store_true",
        help=help_msg("help.minutes.customer", lang),
    )
    p.add_argument("--lang", choices=["de", "en"], help=help_msg("help.minutes.lang", lang))
    p.add_argument(
        "--provider",
        choices=["offline", "local", "openai", "auto"],
        help=help_msg("help.minutes.provider", lang),
    )
    from coach.cli.text_args import add_text_arguments

    add_text_arguments(p, lang)
    p.set_defaults(func=run)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output and args.output.suffix.lower().lstrip(".") in FORMATS:
        return args.output.suffix.lower().lstrip(".")
    return "md"


def run(args: argparse.Namespace) -> int:
    """Draft the minutes and print or write them; return 0 (input problems raise InputError, exit 2)."""
    from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI's messages
    from coach.cli.common import cli_lang, print_json, settings_from, write_output
    from coach.cli.text_args import read_document_from, seller_notices
    from coach.errors import InputError
    from coach.limits import limit_text
    from coach.llm.brain import get_brain, offline_brain
    from coach.messages import msg
    from coach.minutes import draft_minutes
    from coach.minutes import messages as _messages  # noqa: F401 - registers the minutes' messages
    from coach.minutes.export import export

    fmt = _format(args)
    settings = settings_from(args)
    ui_lang = cli_lang(args)  # the CLI's own messages: --lang, else COACH_LANG, else the locale
    if fmt == "docx" and not args.output and not args.json:
        raise InputError(msg("minutes.docx_needs_output", ui_lang))
    if fmt == "eml" and args.internal:
        raise InputError(msg("minutes.eml_is_for_the_customer", ui_lang))
    internal = True if args.internal else False if args.customer else None
    if (
        str(args.file).lower().endswith((".csv", ".tsv"))
    ):  # a spreadsheet export is no meeting (the web refuses it too)
        raise InputError(msg("cli.minutes_table", ui_lang, name=Path(str(args.file)).name))
    doc = read_document_from(args, args.lang or settings.lang)  # notes, transcripts, e-mail threads
    result_lang = args.lang or settings.lang or doc.language  # notices in the result speak its language
    text, cut = limit_text(doc.text, "minutes", result_lang)
    unknown = seller_notices(doc, args.seller, result_lang)  # a --seller naming nobody is said, not ignored
    try:
        brain = get_brain(settings)
    except ModuleNotFoundError as exc:
        brain = offline_brain(
            msg("cli.provider_missing", result_lang, provider=settings.provider, module=exc.name)
        )
    result = draft_minutes(
        doc if not cut else text,  # a cut text is read again, with the same flags
        brain=brain,
        lang=args.lang or settings.lang,
        seller=tuple(args.seller),
        seller_company=args.seller_company,
        input_format=None if args.input_format == "auto" else args.input_format,
    )
    if cut or unknown:
        result = result.model_copy(update={"notices": cut + unknown + result.notices})
    if not args.json:
        for notice in result.notices:
            print(f"coach: {notice}", file=sys.stderr)
    if args.output:
        data = export(result, fmt, internal)  # type: ignore[arg-type]
        write_output(args.output, data, ui_lang)  # never creates missing folders (exit 2 instead)
        size = f"{len(data):,}".replace(",", "." if ui_lang == "de" else ",")
        print(f"coach: {msg('cli.wrote', ui_lang, path=args.output, fmt=fmt, size=size)}", file=sys.stderr)
    if args.json:
        print_json(result)
    elif not args.output:
        sys.stdout.write(export(result, fmt, internal).decode("utf-8"))  # type: ignore[arg-type]
    return 0
