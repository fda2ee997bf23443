"""`coach ui`: start the web app."""

from __future__ import annotations

import argparse

from coach.cli.help_messages import help_msg


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register the ui command."""
    p = sub.add_parser("ui", help=help_msg("help.ui", lang))
    p.add_argument("--host", default="127.0.0.1", help=help_msg("help.ui.host", lang))
    p.add_argument("--port", type=int, default=7860, help=help_msg("help.ui.port", lang))
    p.add_argument(
        "--auth",
        nargs="?",
        const="",
        metavar="USER:PASS",
        help=help_msg("help.ui.auth", lang),
    )
    p.add_argument(
        "--provider", choices=["auto", "offline", "local", "openai"], help=help_msg("help.ui.provider", lang)
    )
    p.add_argument("--lang", choices=["de", "en"], help=help_msg("help.ui.lang", lang))
    p.add_argument("--open", action="store_true", help=help_msg("help.ui.open", lang))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the app and serve it until interrupted."""
    from coach.cli.common import settings_from
    from coach.web.server import serve

    serve(settings_from(args), host=args.host, port=args.port, auth=args.auth, open_browser=args.open)
    return 0
