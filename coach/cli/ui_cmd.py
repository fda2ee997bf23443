"""`coach ui`: start the web app."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register the ui command."""
    p = sub.add_parser("ui", help="start the web app (http://127.0.0.1:7860)")
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)"
    )
    p.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    p.add_argument(
        "--auth",
        nargs="?",
        const="",
        metavar="USER:PASS",
        help="require a login: alone, the accounts of the users file (COACH_USERS_FILE, `coach user add`); "
        "or one user:password (or COACH_AUTH); needed for a public --host",
    )
    p.add_argument("--provider", choices=["auto", "offline", "local", "openai"], help="which brain to use")
    p.add_argument("--lang", choices=["de", "en"], help="interface language (default COACH_LANG or de)")
    p.add_argument("--open", action="store_true", help="open the app in the default web browser")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the app and serve it until interrupted."""
    from coach.cli.common import settings_from
    from coach.web.server import serve

    serve(settings_from(args), host=args.host, port=args.port, auth=args.auth, open_browser=args.open)
    return 0
