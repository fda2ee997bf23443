"""argparse's own words in the user's language (argparse asks gettext for them; we answer in German).

That is its error messages and the fixed words of every --help ("usage:", "options:", ...); the help texts of the
commands themselves are messages by id (coach/cli/help_messages.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

_GERMAN = {
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Wahl: %(value)r (möglich: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "Angabe %(argument_name)s: %(message)s",
    "expected one argument": "erwartet einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "invalid %(type)s value: %(value)r": "ungültiger Wert (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s passt zu %(matches)s",
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "one of the arguments %s is required": "eine dieser Angaben ist nötig: %s",
    "ignored explicit argument %r": "Wert ignoriert: %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "unbekannter Befehl %(parser_name)r (möglich: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' lässt sich nicht öffnen: %(error)s",
    # the fixed words of --help (read when a parser is built, or when its help is formatted)
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe anzeigen und beenden",
}


def early_language(argv: Sequence[str]) -> str:
    """Return the CLI's language before parsing: `--lang de|en` on the command line, else COACH_LANG / the locale."""
    from coach.settings import default_language

    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in ("de", "en"):
            return value
    return default_language()


def speak(lang: str) -> None:
    """Make argparse's own words (errors, "usage:", "options:", -h) speak lang (German or English)."""
    table = _GERMAN if lang == "de" else {}
    argparse._ = lambda text: table.get(text, text)  # type: ignore[attr-defined]
