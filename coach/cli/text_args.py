"""The input flags every analysing command shares: --input-format, --seller, --seller-company."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coach.cli.help_messages import help_msg
from coach.text.model import FORMATS

if TYPE_CHECKING:
    from coach.text.model import Document


def add_text_arguments(p: argparse.ArgumentParser, lang: str = "en") -> None:
    """Add --input-format, --seller and --seller-company to a command's parser."""
    p.add_argument(
        "--input-format",
        choices=("auto", *FORMATS),
        default="auto",
        help=help_msg("help.text.input_format", lang),
    )
    p.add_argument(
        "--seller",
        action="append",
        default=[],
        metavar="NAME",
        help=help_msg("help.text.seller", lang),
    )
    p.add_argument(
        "--seller-company",
        metavar="NAME",
        help=help_msg("help.text.seller_company", lang),
    )


def read_document_from(args: argparse.Namespace, lang: str | None = None) -> Document:
    """Return the Document of the command's FILE|- argument, read with the text flags."""
    import os

    from coach.cli.common import cli_lang
    from coach.text.document import read_document
    from coach.textio import read_bytes, text_from_bytes

    fmt = None if args.input_format == "auto" else args.input_format
    # a file that cannot be read is said in the CLI's language, also after `coach --lang de COMMAND …`
    said = lang or cli_lang(args)
    data, shown = read_bytes(args.file, said)
    if not text_from_bytes(data, shown, said).strip():
        from coach.errors import InputError
        from coach.messages import msg

        raise InputError(msg("text.empty", said, name=shown))
    return read_document(
        data,
        name=shown,
        input_format=fmt,
        seller_company=args.seller_company or os.environ.get("COACH_COMPANY") or None,
        seller=tuple(args.seller or ()),
        lang=lang,
    )


def _words(name: str) -> list[str]:
    """Return a name's words, case and accents folded ('José Álvarez' -> ['jose', 'alvarez'])."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return plain.casefold().replace(".", " ").split()


def unknown_sellers(doc: Document, names: Sequence[str]) -> list[str]:
    """Return the seller names given by the user that match no speaker or participant of the document."""
    people = [_words(t.speaker) for t in doc.turns if t.speaker]
    people += [_words(p.name) for p in doc.participants if p.name]
    missing = []
    for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        wanted = _words(name)
        if wanted and not any(all(w in have for w in wanted) for have in people):
            missing.append(name)
    return missing


def seller_notices(doc: Document, names: Sequence[str], lang: str) -> list[str]:
    """Return one notice per seller name that matches nobody: the sides were then detected automatically."""
    from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI's messages
    from coach.messages import msg

    return [msg("seller_unknown", lang, name=name) for name in unknown_sellers(doc, names)]
