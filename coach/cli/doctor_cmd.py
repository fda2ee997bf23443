"""`coach doctor`: what is configured and whether it works."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register the doctor command."""
    p = sub.add_parser("doctor", help="check the configuration: index, embeddings, language-model providers")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--provider", choices=["auto", "offline", "local", "openai"], help="check this provider")
    p.add_argument(
        "--local",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="load the local model and measure tokens/s (default: only when local is active)",
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
