"""`coach doctor`: what is configured and whether it works."""

from __future__ import annotations

import argparse

from coach.cli.help_messages import help_msg


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register the doctor command."""
    p = sub.add_parser("doctor", help=help_msg("help.doctor", lang))
    p.add_argument("--json", action="store_true", help=help_msg("help.doctor.json", lang))
    p.add_argument(
        "--provider",
        choices=["auto", "offline", "local", "openai"],
        help=help_msg("help.doctor.provider", lang),
    )
    p.add_argument(
        "--local",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=help_msg("help.doctor.local", lang),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print one ok/problem line per check (or JSON) and return 1 if a required check failed."""
    from coach.cli.common import print_json, settings_from
    from coach.doctor import diagnose

    report = diagnose(settings_from(args), local=args.local)
    if args.json:
        print_json(report)
    else:
        for line in report.lines():
            print(line)
    return 0 if report.ok else 1
