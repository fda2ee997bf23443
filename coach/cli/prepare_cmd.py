"""`coach prepare`: prepare the decision meeting — checklist, one-pager, invitation, likely objections."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

FORMATS = ("md", "docx", "eml", "ics")


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register the prepare command."""
    from coach.cli.help_messages import help_msg

    p = sub.add_parser(
        "prepare",
        help=help_msg("help.prepare", lang),
        description=help_msg("help.prepare.description", lang),
    )
    p.add_argument("file", metavar="FILE|-", nargs="?", help=help_msg("help.prepare.file", lang))
    p.add_argument("--deal", metavar="ID", help=help_msg("help.prepare.deal", lang))
    p.add_argument(
        "--meeting-date", metavar="YYYY-MM-DD[THH:MM]", help=help_msg("help.prepare.meeting_date", lang)
    )
    p.add_argument("--offer", metavar="TEXT", help=help_msg("help.prepare.offer", lang))
    p.add_argument("--customer", metavar="ORG", help=help_msg("help.prepare.customer", lang))
    p.add_argument("--json", action="store_true", help=help_msg("help.prepare.json", lang))
    p.add_argument("--format", choices=FORMATS, help=help_msg("help.prepare.format", lang))
    p.add_argument("-o", "--output", metavar="OUT", type=Path, help=help_msg("help.prepare.output", lang))
    p.add_argument("--sender", metavar="EMAIL", help=help_msg("help.prepare.sender", lang))
    p.add_argument(
        "--timezone",
        metavar="TZ",
        help=help_msg("help.prepare.timezone", lang),
    )
    p.add_argument("--no-save", action="store_true", help=help_msg("help.prepare.no_save", lang))
    p.add_argument("--lang", choices=["de", "en"], help=help_msg("help.prepare.lang", lang))
    p.add_argument("--user", help=help_msg("help.prepare.user", lang))
    p.add_argument(
        "--provider",
        choices=["offline", "local", "openai", "auto"],
        help=help_msg("help.prepare.provider", lang),
    )
    p.set_defaults(func=run)


def parse_meeting(value: str | None, lang: str) -> tuple[dt.date | None, str | None]:
    """Return (date, "HH:MM" or None) from YYYY-MM-DD[THH:MM] or DD.MM.YYYY [HH:MM]; raise InputError otherwise."""
    from coach.errors import InputError
    from coach.messages import msg

    if not value:
        return None, None
    german = re.fullmatch(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(.*)", value, re.S)
    if german:  # TT.MM.JJJJ [HH:MM], as German users type it
        day_, month, year, rest = german.groups()
        value = f"{year}-{int(month):02d}-{int(day_):02d}{rest}"
    m = re.fullmatch(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2}))?\s*", value)
    try:
        if not m:
            raise ValueError
        day = dt.date.fromisoformat(m.group(1))
        at = f"{int(m.group(2)):02d}:{m.group(3)}" if m.group(2) else None
        if at:
            dt.time(int(m.group(2)), int(m.group(3)))
    except ValueError:
        import coach.deals.messages  # noqa: F401

        raise InputError(msg("deal.bad_date", lang, value=value)) from None
    return day, at


def timezone_of(name: str, lang: str) -> str:
    """Return a valid IANA time-zone name; raise InputError (exit 2) for an unknown one."""
    from zoneinfo import ZoneInfo

    from coach.errors import InputError
    from coach.messages import msg
    from coach.prepare import messages as _messages  # noqa: F401 - registers the message ids

    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        raise InputError(msg("prep.bad_timezone", lang, value=name)) from None
    return name


def check_output(path: Path, lang: str) -> None:
    """Raise InputError (exit 2) when the output's folder does not exist: a typo is not silently created."""
    from coach.errors import InputError
    from coach.messages import msg
    from coach.prepare import messages as _messages  # noqa: F401 - registers the message ids

    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(msg("prep.no_folder", lang, folder=folder))


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = args.output.suffix.lower().lstrip(".") if args.output else ""
    return suffix if suffix in FORMATS else "md"


def run(args: argparse.Namespace) -> int:
    """Prepare the meeting and print or write the result."""
    from coach.cli.common import chosen_lang, cli_lang, print_json, settings_from, write_output
    from coach.errors import InputError
    from coach.limits import fmt_number
    from coach.messages import msg
    from coach.prepare import messages as _messages  # noqa: F401 - registers the message ids
    from coach.prepare.export import export, sender_notice

    settings = settings_from(args)
    lang = cli_lang(args)  # errors: --lang (after or before the command), COACH_LANG, the locale
    if bool(args.deal) == bool(args.file):
        raise InputError(msg("prep.file_or_deal", lang))
    fmt = _format(args)
    if fmt == "docx" and not args.output and not args.json:
        raise InputError(msg("prep.docx_needs_output", lang))
    day, at = parse_meeting(args.meeting_date, lang)
    chosen = chosen_lang(args)  # --lang, else COACH_LANG (as for qualify), else the notes' language
    if args.deal:
        from coach.cli.deal_cmd import service
        from coach.prepare.engine import prepare_deal

        svc = service(args)
        prep = prepare_deal(svc, args.deal, lang=chosen, meeting_date=day, meeting_time=at)
        if not args.no_save:
            svc.add_preparation(args.deal, prep)
    else:
        from coach.prepare.engine import prepare_notes
        from coach.textio import read_input

        text = read_input(args.file, cli_lang(args))
        brain = None
        if settings.provider != "offline":
            from coach.llm.brain import get_brain

            try:
                brain = get_brain(settings)
            except ModuleNotFoundError:
                brain = None
        prep = prepare_notes(
            text,
            lang=chosen,
            brain=brain,
            offer=args.offer,
            customer=args.customer,
            meeting_date=day,
            meeting_time=at,
        )
    sender = args.sender or settings.sender
    tz = timezone_of(args.timezone or settings.timezone, lang)
    if args.output:
        check_output(args.output, lang)
    if fmt == "ics" and prep.meeting_date is None and (args.output or not args.json):
        raise InputError(msg("prep.ics_needs_date", lang))  # an error speaks the CLI's language
    data = export(prep, fmt, sender, tz) if (args.output or not args.json) else b""  # type: ignore[arg-type]
    if fmt in ("eml", "ics") and (notice := sender_notice(sender, prep.language)):
        prep.notices.append(notice)
    if not args.json:
        for notice in prep.notices:
            print(f"coach: {notice}", file=sys.stderr)
    if args.output:
        write_output(args.output, data, prep.language)
        said = cli_lang(args)  # a CLI message: --lang, COACH_LANG or the locale
        print(
            f"coach: {msg('cli.wrote', said, path=args.output, fmt=fmt, size=fmt_number(len(data), said))}",
            file=sys.stderr,
        )
    if args.json:
        print_json(prep)
    elif not args.output:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
