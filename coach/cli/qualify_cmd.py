"""`coach qualify`: call notes in, qualification assessment and next questions out."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.qualify.models import QualifyResult

_COLOURS = {"covered": "green", "partial": "yellow", "missing": "red"}
_HEAD = {
    "en": ("Dimension", "Status", "Evidence / note", "Next questions", "Flags", "Sources"),
    "de": ("Dimension", "Status", "Beleg / Hinweis", "Nächste Fragen", "Warnungen", "Quellen"),
}
_STATUS = {
    "en": {"covered": "covered", "partial": "partial", "missing": "missing"},
    "de": {"covered": "abgedeckt", "partial": "teilweise", "missing": "fehlt"},
}


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register the qualify command."""
    from coach.cli.help_messages import help_msg

    p = sub.add_parser(
        "qualify",
        help=help_msg("help.qualify", lang),
        description=help_msg("help.qualify.description", lang),
    )
    p.add_argument(
        "file",
        metavar="FILE|-",
        help=help_msg("help.qualify.file", lang),
    )
    p.add_argument("--json", action="store_true", help=help_msg("help.qualify.json", lang))
    p.add_argument(
        "--lang",
        choices=["de", "en"],
        help=help_msg("help.qualify.lang", lang),
    )
    p.add_argument(
        "--provider",
        choices=["offline", "local", "openai", "auto"],
        help=help_msg("help.qualify.provider", lang),
    )
    from coach.cli.text_args import add_text_arguments

    add_text_arguments(p, lang)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read the notes, analyse them and print JSON or a readable report."""
    from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI's messages
    from coach.cli.common import chosen_lang, message_lang, print_json, settings_from
    from coach.cli.text_args import read_document_from, seller_notices
    from coach.limits import limit_text
    from coach.llm import get_brain
    from coach.messages import msg
    from coach.qualify import analyse

    settings = settings_from(args)
    lang = chosen_lang(args)  # --lang, else COACH_LANG, else the notes' own language
    doc = read_document_from(args, lang)  # any format: notes, transcripts, e-mail, CRM records
    text, notices = limit_text(doc.text, "notes", message_lang(args, doc.text))  # cut before any work
    source = doc if not notices else text  # a cut text is read again, with the same flags
    notices += seller_notices(doc, args.seller, lang or doc.language)  # a --seller naming nobody is said
    brain = None
    if settings.provider != "offline":
        try:
            brain = get_brain(settings)
        except ImportError as exc:  # a provider module that is not installed: stay offline, say so
            notices.append(
                msg(
                    "cli.provider_missing",
                    message_lang(args, text),
                    provider=settings.provider,
                    module=exc.name,
                )
            )
    from coach.cli.common import progress
    from coach.qualify.learned import messages as _messages  # noqa: F401 - registers the progress label
    from coach.qualify.learned.features import reporting_progress

    label = msg("qualify.progress", message_lang(args, text))
    with progress(label, enabled=not args.json) as (start, advance), reporting_progress(start, advance):
        result = analyse(
            source,
            brain=brain,
            lang=lang,
            seller=tuple(args.seller),
            seller_company=args.seller_company,
            input_format=None if args.input_format == "auto" else args.input_format,
        )
    if notices:
        result = result.model_copy(update={"notices": notices + result.notices})
    if args.json:
        print_json(result)
    else:
        render(result)
    return 0


def render(result: QualifyResult, file=None) -> None:
    """Print the result as a readable report: a table of dimensions, flags, then numbered questions."""
    from rich.console import Console
    from rich.table import Table

    from coach.knowledge import citation

    console = Console(file=file or sys.stdout, highlight=False, soft_wrap=False)
    lang = result.language
    head = _HEAD[lang]
    for notice in result.notices:
        console.print(f"[dim]! {notice}[/dim]")
    console.print(f"[bold]{result.readiness.summary}[/bold]  [dim]({result.provider})[/dim]")
    table = Table(show_lines=False, expand=False)
    table.add_column(head[0], no_wrap=True)
    table.add_column(head[1], no_wrap=True)
    table.add_column(head[2], overflow="fold", max_width=80)
    for i, d in enumerate([*result.dimensions, *result.extensions]):
        if i == len(result.dimensions):
            table.add_section()
        colour = _COLOURS[d.status]
        note = " ".join(d.evidence[0].split()) if d.evidence else d.summary
        if d.evidence:
            note = f"„{note}“" if lang == "de" else f"“{note}”"
        elif d.ignored:
            note = f"{d.summary}: {' '.join(d.ignored[0].sentence.split())}"
        table.add_row(d.label, f"[{colour}]{_STATUS[lang][d.status]}[/{colour}]", note)
    console.print(table)
    bant = result.bant
    console.print(
        "BANT: " + "  ".join(f"{k[0].upper()}={_STATUS[lang][v]}" for k, v in bant.model_dump().items())
    )
    if result.flags:
        console.print(f"\n[bold]{head[4]}[/bold]")
        for f in result.flags:
            console.print(f"  [yellow]⚑[/yellow] {f.message}")
    if result.next_questions:
        console.print(f"\n[bold]{head[3]}[/bold]")
        for n, q in enumerate(result.next_questions, 1):
            console.print(f"{n}. {q.question}")
            console.print(f"   [dim]{q.why}[/dim]")
            cites = "; ".join(dict.fromkeys(citation(s) for s in q.sources))  # ids only in --json
            console.print(f"   [dim]{head[5]}: {cites}[/dim]")
