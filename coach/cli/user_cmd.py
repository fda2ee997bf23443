"""`coach user add|list|remove`: the accounts of a team in the users file (hashes only)."""

from __future__ import annotations

import argparse
import getpass
import sys

from coach.cli.help_messages import help_msg
from coach.errors import InputError


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register the user command and its subcommands."""
    p = sub.add_parser("user", help=help_msg("help.user", lang))
    acts = p.add_subparsers(dest="user_action", metavar="ACTION")
    add = acts.add_parser("add", help=help_msg("help.user.add", lang))
    add.add_argument("name", help=help_msg("help.user.name", lang))
    add.add_argument(
        "--password-stdin", action="store_true", help=help_msg("help.user.add.password_stdin", lang)
    )
    add.add_argument("--replace", action="store_true", help=help_msg("help.user.add.replace", lang))
    add.add_argument("--lang", choices=["de", "en"], help=help_msg("help.user.lang", lang))
    add.set_defaults(func=run_add)
    ls = acts.add_parser("list", help=help_msg("help.user.list", lang))
    ls.add_argument("--json", action="store_true", help=help_msg("help.user.list.json", lang))
    ls.set_defaults(func=run_list)
    rm = acts.add_parser("remove", help=help_msg("help.user.remove", lang))
    rm.add_argument("name", help=help_msg("help.user.remove.name", lang))
    rm.add_argument("--lang", choices=["de", "en"], help=help_msg("help.user.lang", lang))
    rm.set_defaults(func=run_remove)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _settings():  # type: ignore[no-untyped-def]
    from coach.settings import load_settings

    return load_settings()


def _password(args: argparse.Namespace, lang: str | None) -> str:
    """Return the new password: one line of stdin, or typed twice without echo."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: " if lang != "de" else "Passwort: ")
    second = getpass.getpass("Repeat: " if lang != "de" else "Wiederholen: ")
    if first != second:
        raise InputError("The passwords differ." if lang != "de" else "Die Passwörter sind verschieden.")
    return first


def run_add(args: argparse.Namespace) -> int:
    """Add a user or replace their password; print where the hash was written."""
    from coach.accounts import add_user, check_name, users_file

    settings = _settings()
    lang = args.lang or settings.lang
    check_name(args.name, lang)
    path = users_file(settings)
    add_user(path, args.name, _password(args, lang), replace=args.replace, lang=lang)
    print(f"coach: {args.name} -> {path}", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print the user names, one a line (or as JSON)."""
    from coach.accounts import read_users, users_file
    from coach.cli.common import print_json

    names = sorted(read_users(users_file(_settings())))
    if args.json:
        print_json(names)
    else:
        for name in names:
            print(name)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove a user from the users file."""
    from coach.accounts import remove_user, users_file

    settings = _settings()
    remove_user(users_file(settings), args.name, lang=args.lang or settings.lang)
    return 0
