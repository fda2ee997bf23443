"""`coach index` and `coach search`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI's messages
from coach.cli.common import message_lang, print_json, progress, settings_from
from coach.cli.help_messages import help_msg
from coach.messages import msg


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register the index and search commands."""
    p = sub.add_parser("index", help=help_msg("help.index", lang))
    p.add_argument("paths", nargs="*", type=Path, help=help_msg("help.index.paths", lang))
    p.add_argument("--rebuild", action="store_true", help=help_msg("help.index.rebuild", lang))
    p.add_argument("--json", action="store_true", help=help_msg("help.index.json", lang))
    p.set_defaults(func=run_index)

    s = sub.add_parser("search", help=help_msg("help.search", lang))
    s.add_argument("query", nargs="+", help=help_msg("help.search.query", lang))
    s.add_argument("-k", type=int, default=5, help=help_msg("help.search.k", lang))
    s.add_argument("--lang", choices=["de", "en"], help=help_msg("help.search.lang", lang))
    s.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid", help=argparse.SUPPRESS)
    s.add_argument("--json", action="store_true", help=help_msg("help.search.json", lang))
    s.set_defaults(func=run_search)


def run_index(args: argparse.Namespace) -> int:
    """Index and print a one-line summary."""
    from coach.retrieval.store import build_index

    settings = settings_from(args)
    with progress(msg("cli.index.progress", message_lang(args)), enabled=not args.json) as (start, advance):
        report = build_index(settings, args.paths, rebuild=args.rebuild, on_start=start, on_progress=advance)
    if args.json:
        print_json(report.__dict__)
    else:
        print(report.summary())
    return 0


def run_search(args: argparse.Namespace) -> int:
    """Search and print the hits with their citations."""
    from coach.limits import limit_text
    from coach.retrieval import get_retriever

    settings = settings_from(args)
    if args.k < 1:
        print(f"coach search: {msg('cli.search.k', message_lang(args))}", file=sys.stderr)
        return 2
    query, cut = limit_text(" ".join(args.query), "query", args.lang or settings.lang or "en")
    for notice in cut:
        print(f"coach: {notice}", file=sys.stderr)
    hits = get_retriever(settings, args.mode).search(query, k=args.k, language=args.lang)
    if args.json:
        print_json([h.model_dump() for h in hits])
        return 0
    for n, h in enumerate(hits, 1):
        print(f"{n}. [{h.language}] {h.citation}  ({h.source}, {h.chunk_id}, score {h.score:.3f})")
        snippet = " ".join(h.text.split())
        print(f"   {snippet[:300]}{'…' if len(snippet) > 300 else ''}")
    if not hits:
        print(msg("cli.search.none", message_lang(args, query)))
    return 0
