"""`coach deal`: a deal workspace — new, add notes or minutes, show, list, mark minutes sent, CRM export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coach.cli.help_messages import help_msg

_QUOTES = {"de": ("„", "“"), "en": ("“", "”")}  # the quotation marks of each language


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register `coach deal` and its subcommands."""
    p = sub.add_parser(
        "deal",
        help=help_msg("help.deal", lang),
        description=help_msg("help.deal.description", lang),
    )
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])
    # `coach deal --lang de show 1` as well as `coach deal show 1 --lang de` (the one after the subcommand wins)
    p.add_argument("--lang", choices=["de", "en"], help=help_msg("help.deal.lang", lang))
    deal = p.add_subparsers(dest="deal_command", metavar="SUBCOMMAND")

    def common(q: argparse.ArgumentParser, json_flag: bool = True) -> None:
        if json_flag:
            q.add_argument("--json", action="store_true", help=help_msg("help.deal.json", lang))
        # suppressed unless given: a subcommand without --lang keeps the one given before it
        q.add_argument(
            "--lang", choices=["de", "en"], default=argparse.SUPPRESS, help=help_msg("help.deal.lang", lang)
        )
        q.add_argument("--user", help=help_msg("help.deal.user", lang))

    q = deal.add_parser(
        "new",
        help=help_msg("help.deal.new", lang),
        description=help_msg("help.deal.new.description", lang),
    )
    q.add_argument("name", metavar="NAME")
    q.add_argument("--customer", metavar="ORG", help=help_msg("help.deal.customer", lang))
    q.add_argument("--offer", metavar="TEXT", help=help_msg("help.deal.offer", lang))
    common(q)
    q.set_defaults(func=run_new)

    q = deal.add_parser(
        "add",
        help=help_msg("help.deal.add", lang),
        description=help_msg("help.deal.add.description", lang),
    )
    q.add_argument("id", metavar="ID")
    q.add_argument("file", metavar="FILE|-", help=help_msg("help.deal.add.file", lang))
    q.add_argument("--date", metavar="YYYY-MM-DD", help=help_msg("help.deal.add.date", lang))
    q.add_argument(
        "--kind", choices=["notes", "minutes"], default="notes", help=help_msg("help.deal.add.kind", lang)
    )
    q.add_argument(
        "--provider",
        choices=["offline", "local", "openai", "auto"],
        help=help_msg("help.deal.add.provider", lang),
    )
    common(q)
    q.set_defaults(func=run_add)

    q = deal.add_parser("show", help=help_msg("help.deal.show", lang))
    q.add_argument("id", metavar="ID")
    common(q)
    q.set_defaults(func=run_show)

    q = deal.add_parser("list", help=help_msg("help.deal.list", lang))
    common(q)
    q.set_defaults(func=run_list)

    import coach.deals.messages  # noqa: F401 - registers the help texts of `deal set --stage`
    from coach.deals.models import SETTABLE

    q = deal.add_parser(
        "set", help=help_msg("help.deal.set", lang), description=help_msg("help.deal.set.description", lang)
    )
    q.add_argument("id", metavar="ID")
    q.add_argument("--customer", metavar="ORG", help=help_msg("help.deal.customer", lang))
    q.add_argument("--offer", metavar="TEXT", help=help_msg("help.deal.offer", lang))
    # no argparse choices: a wrong stage is one line in the user's language (and German names are understood)
    q.add_argument(
        "--stage",
        metavar="STAGE",
        help=help_msg("help.deal.set.stage", lang).format(stages="|".join(SETTABLE)),
    )
    q.add_argument("--note", metavar="TEXT", help=help_msg("help.deal.set.note", lang))
    q.add_argument("--date", metavar="YYYY-MM-DD", help=help_msg("help.deal.set.date", lang))
    common(q)
    q.set_defaults(func=run_set)

    q = deal.add_parser("sent", help=help_msg("help.deal.sent", lang))
    q.add_argument("id", metavar="ID")
    common(q)
    q.set_defaults(func=run_sent)

    q = deal.add_parser(
        "export",
        help=help_msg("help.deal.export", lang),
        description=help_msg("help.deal.export.description", lang),
    )
    q.add_argument("id", metavar="ID")
    q.add_argument(
        "--format", choices=["json", "csv"], required=True, help=help_msg("help.deal.export.format", lang)
    )
    q.add_argument("-o", "--output", metavar="OUT", type=Path, help=help_msg("help.deal.export.output", lang))
    common(q, json_flag=False)
    q.set_defaults(func=run_export)


def service(args: argparse.Namespace) -> Any:
    """Return the deal service for the configured database and the user of the command."""
    from coach.cli.common import cli_lang, settings_from
    from coach.deals.service import DealService
    from coach.storage import for_settings

    settings = settings_from(args)
    svc = DealService(for_settings(settings), getattr(args, "user", None), args.lang or settings.lang)
    if (
        svc.chosen_lang is None
    ):  # its messages ("no deal with id …") speak the CLI's language, e.g. the locale's
        svc.lang = cli_lang(args)
    return svc


def _write(data: bytes, output: Path | None, lang: str = "en") -> None:
    """Write the export to OUTPUT (stdout without one) and say so on stderr in the user's language."""
    from coach.cli.common import write_output
    from coach.limits import fmt_number
    from coach.messages import msg

    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    write_output(output, data, lang)
    fmt = output.suffix.lstrip(".") or "data"
    size = fmt_number(len(data), lang)
    print(f"coach: {msg('cli.wrote', lang, path=output, fmt=fmt, size=size)}", file=sys.stderr)


def run_new(args: argparse.Namespace) -> int:
    """Create a deal and print its id."""
    import coach.deals.messages  # noqa: F401 - registers the message ids
    from coach.cli.common import cli_lang, print_json
    from coach.messages import msg

    svc = service(args)
    deal_id = svc.create(args.name, args.customer, args.offer)
    twins = svc.same_name(args.name, but=deal_id)
    if twins:
        lang = svc.chosen_lang or cli_lang(args)
        ids = ", #".join(str(i) for i in twins)
        print(f"coach: {msg('deal.same_name', lang, ids=ids, id=deal_id)}", file=sys.stderr)
    if args.json:
        print_json({"id": deal_id, "name": args.name, "customer": args.customer, "offer": args.offer})
    else:
        print(deal_id)
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Analyse the file and add it to the deal as a dated item."""
    from coach.cli.common import cli_lang, print_json, settings_from
    from coach.deals.service import parse_day
    from coach.textio import read_input

    svc = service(args)
    on = parse_day(args.date, svc.lang)
    svc.get(args.id)  # fail early (exit 2) before reading stdin or analysing
    text = read_input(args.file, cli_lang(args))
    settings = settings_from(args)
    brain = None
    if settings.provider != "offline":
        from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI messages
        from coach.llm.brain import get_brain, offline_brain
        from coach.messages import msg

        try:
            brain = get_brain(settings)
        except ModuleNotFoundError as exc:
            brain = offline_brain(
                msg(
                    "cli.provider_missing",
                    args.lang or settings.lang,
                    provider=settings.provider,
                    module=exc.name,
                )
            )
    from coach.limits import limit_text

    text, notices = limit_text(text, args.kind, svc.lang)  # cut before any work, and said on stderr
    for notice in notices:
        print(notice, file=sys.stderr)
    item = svc.add(args.id, text, kind=args.kind, on=on, brain=brain, lang=args.lang)
    if args.json:
        print_json({**item.model_dump(mode="json"), "notices": notices})
    else:  # a CLI message: its date and kind as the CLI's language writes them (JSON stays ISO)
        import coach.deals.messages  # noqa: F401 - registers the message ids
        from coach.cli.common import cli_lang
        from coach.deals.messages import day_text
        from coach.messages import msg

        lang = svc.chosen_lang or cli_lang(args)
        kind = msg(f"deal.kind.{item.kind}", lang)
        print(f"{item.id}\t{day_text(item.date, lang)}\t{kind}\t{item.title}")
    return 0


def render(view: Any, lang: str) -> str:
    """Return a deal as readable text: stage, items, qualification, gates, open actions."""
    from coach.deals.messages import day_text
    from coach.messages import msg
    from coach.minutes.gates import load_rules

    rules = load_rules()

    lines = [
        f"#{view.id} {view.name}" + (f" — {view.customer}" if view.customer else ""),
        f"  {view.stage_text or view.stage_label}",
    ]
    if view.offer:
        lines.append(f"  {view.offer}")
    lines.append("")
    for item in view.items:
        lines.append(
            f"  {day_text(item.date, lang):11} {msg('deal.kind.' + item.kind, lang):17} {item.title}"
        )
    lines.append("")
    from coach.qualify.bank import dimensions

    bank = dimensions()  # labels in the view's language, whatever language each item was analysed in
    marks = {"covered": "✓", "partial": "~", "missing": "✗"}
    for d in view.qualification:
        left, right = _QUOTES.get(lang, _QUOTES["de"])
        quote = f"  {left}{d.evidence[0]}{right} ({day_text(d.date, lang)})" if d.evidence and d.date else ""
        flag = " (!)" if d.contradicted else ""
        label = bank[d.key].label(lang) if d.key in bank else d.label
        lines.append(f"  {marks[d.status]} {label + flag:28}{quote}")
    r = view.readiness
    level = msg(f"deal.level.{r.level}", lang)
    lines.append("  " + msg("deal.readiness", lang, covered=r.covered, total=r.total, level=level))
    lines.append("")
    gate_marks = {"met": "[x]", "not_met": "[ ]", "unclear": "[?]"}
    for g in view.gates:
        lines.append(f"  {gate_marks[g.status]} {g.label}")
        for m in g.missing[:2]:
            lines.append(f"      – {rules.part_label(m, lang)}")
    if view.open_actions:
        lines.append("")
        for a in view.open_actions:
            due = day_text(a.due, lang) if a.due else None
            lines.append(f"  → {a.task}" + "".join(f" — {x}" for x in (a.owner, due) if x))
    for notice in view.notices:
        lines.append(f"\n  ! {notice}")
    lines.append("")
    lines.append("  " + " · ".join(dict.fromkeys(f"{s.source} › {s.section}" for s in view.sources)))
    lines.append(f"  {msg('deal.produced_by', lang)}: offline")
    return "\n".join(lines) + "\n"


def run_show(args: argparse.Namespace) -> int:
    """Print the deal (merged view) as JSON or text."""
    from coach.cli.common import print_json

    svc = service(args)
    view = svc.show(args.id)
    if args.json:
        print_json(view)
    else:
        # the language the view was made in: --lang, else COACH_LANG, else the newest item's
        lang = svc.chosen_lang or (view.items[-1].language if view.items else svc.lang)
        sys.stdout.write(render(view, lang))
    return 0


def run_list(args: argparse.Namespace) -> int:
    """List the user's deals."""
    from coach.cli.common import cli_lang, print_json
    from coach.deals.messages import day_text
    from coach.messages import msg

    svc = service(args)
    deals = svc.list()
    if args.json:
        print_json({"deals": [d.model_dump(mode="json") for d in deals]})
        return 0
    lang = svc.chosen_lang or cli_lang(args)  # --lang (before or after `list`), COACH_LANG, `coach --lang`
    if not deals:
        print(msg("deal.none_yet", lang))
    for d in deals:
        stage = msg(f"deal.stage.{d.stage}", lang)
        items = f"{d.items:>3} {msg('deal.items', lang)}"
        last = day_text(d.last_activity, lang) if d.last_activity else ""
        print(f"{d.id:>4}  {stage:34} {items:12} {last:11} {d.name}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    """Set the customer or offer of a deal, or record its stage set by hand (with a note and a date)."""
    import coach.deals.messages  # noqa: F401 - registers the message ids
    from coach.cli.common import cli_lang, print_json
    from coach.deals.messages import day_text
    from coach.deals.service import parse_day
    from coach.deals.stage import clean_note, gate_words, parse_stage
    from coach.errors import InputError
    from coach.messages import msg

    svc = service(args)
    lang = svc.chosen_lang or cli_lang(args)
    item = None
    if args.stage is None and (args.note is not None or args.date is not None):
        raise InputError(msg("deal.note_needs_stage", lang))
    if args.stage is not None:  # every input checked before anything is written
        parse_stage(args.stage, lang)
        clean_note(args.note, lang)
    on = parse_day(args.date, lang)
    svc.get(args.id)
    svc.update(args.id, customer=args.customer, offer=args.offer)
    if args.stage is not None:
        item = svc.set_stage(args.id, args.stage, args.note, on, lang=svc.chosen_lang)
    if args.json:
        print_json(svc.show(args.id))
    elif (
        item is not None
    ):  # said in the CLI's language; the stage as the deal now stands (a later item may lead)
        view = svc.show(args.id, lang)
        stage = msg(f"deal.stage.{parse_stage(args.stage, lang)}", lang)
        print(msg("deal.stage_set", lang, id=view.id, stage=stage, date=day_text(item.date, lang)))
        print(f"  {view.stage_text}")
        print("  " + msg("deal.gates_stay", lang, gates=gate_words(view.gates, lang)))
    return 0


def run_sent(args: argparse.Namespace) -> int:
    """Mark the deal's newest minutes as sent."""
    import coach.deals.messages  # noqa: F401 - registers the message ids
    from coach.cli.common import print_json
    from coach.messages import msg

    svc = service(args)
    svc.mark_minutes_sent(args.id)
    if args.json:
        print_json(svc.show(args.id))
    else:
        view = svc.show(args.id)
        lang = args.lang or svc.chosen_lang or (view.items[-1].language if view.items else "en")
        print(msg("deal.sent", lang, id=view.id))
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the CRM record of a deal as JSON or CSV."""
    from coach.cli.common import cli_lang
    from coach.deals.crm import to_crm_csv, to_crm_json

    view = service(args).show(args.id)
    data = to_crm_json(view) if args.format == "json" else to_crm_csv([view])
    _write(
        data, args.output, cli_lang(args)
    )  # a CLI message: --lang, COACH_LANG or the locale, not the notes
    return 0
