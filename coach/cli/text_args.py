"""The input flags every analysing command shares: --input-format, --seller, --seller-company."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from coach.text.model import FORMATS

if TYPE_CHECKING:
    from coach.text.model import Document


def add_text_arguments(p: argparse.ArgumentParser) -> None:
    """Add --input-format, --seller and --seller-company to a command's parser."""
    p.add_argument(
        "--input-format",
        choices=("auto", *FORMATS),
        default="auto",
        help="how to read the input (default: detected from the file)",
    )
    p.add_argument(
        "--seller",
        action="append",
        default=[],
        metavar="NAME",
        help="a speaker on the selling side (repeatable); corrects the detected sides",
    )
    p.add_argument(
        "--seller-company",
        metavar="NAME",
        help="the selling company (default COACH_COMPANY); its people are the seller's side",
    )


def read_document_from(args: argparse.Namespace, lang: str | None = None) -> Document:
    """Return the Document of the command's FILE|- argument, read with the text flags."""
    import os

    from coach.text.document import read_document

    fmt = None if args.input_format == "auto" else args.input_format
    return read_document(
        args.file,
        input_format=fmt,
        seller_company=args.seller_company or os.environ.get("COACH_COMPANY") or None,
        seller=tuple(args.seller or ()),
        lang=lang,
    )
