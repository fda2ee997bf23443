"""`coach check-reply`, `coach roleplay` and `coach history`: thin wrappers around coach.roleplay."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import get_args

from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI's messages
from coach.cli import roleplay_messages as _rp_messages  # noqa: F401 - registers the role-play labels
from coach.cli.common import chosen_lang, cli_lang, message_lang, print_json, settings_from
from coach.cli.help_messages import help_msg
from coach.errors import InputError
from coach.messages import msg
from coach.roleplay.scenarios import ObjectionType

PROVIDERS = ["auto", "offline", "local", "openai"]


def _ui_lang(args: argparse.Namespace, scenario_lang: str) -> str:
    """Return the language of labels and tips: --lang or COACH_LANG, else the scenario's language."""
    return chosen_lang(args) or scenario_lang


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register the check-reply, roleplay and history commands."""
    c = sub.add_parser("check-reply", help=help_msg("help.check_reply", lang))
    c.add_argument("--objection", required=True, help=help_msg("help.check_reply.objection", lang))
    c.add_argument("--reply", required=True, help=help_msg("help.check_reply.reply", lang))
    c.add_argument(
        "--type",
        dest="objection_type",
        help=help_msg("help.check_reply.type", lang),
        choices=list(get_args(ObjectionType)),
    )
    c.add_argument("--lang", choices=["de", "en"], help=help_msg("help.check_reply.lang", lang))
    c.add_argument("--provider", choices=PROVIDERS, help=help_msg("help.check_reply.provider", lang))
    c.add_argument("--json", action="store_true", help=help_msg("help.check_reply.json", lang))
    c.set_defaults(func=run_check_reply)

    r = sub.add_parser("roleplay", help=help_msg("help.roleplay", lang))
    r.add_argument("--list", action="store_true", help=help_msg("help.roleplay.list", lang))
    r.add_argument("--scenario", help=help_msg("help.roleplay.scenario", lang))
    r.add_argument("--scenario-file", metavar="FILE", help=help_msg("help.roleplay.scenario_file", lang))
    r.add_argument("--template", action="store_true", help=help_msg("help.roleplay.template", lang))
    r.add_argument(
        "--from-notes",
        metavar="FILE",
        help=help_msg("help.roleplay.from_notes", lang),
    )
    r.add_argument("--lang", choices=["de", "en"], help=help_msg("help.roleplay.lang", lang))
    r.add_argument(
        "--difficulty", choices=["easy", "medium", "hard"], help=help_msg("help.roleplay.difficulty", lang)
    )
    r.add_argument("--hints", action="store_true", help=help_msg("help.roleplay.hints", lang))
    r.add_argument("--script", metavar="FILE", help=help_msg("help.roleplay.script", lang))
    r.add_argument("--seed", type=int, default=0, help=help_msg("help.roleplay.seed", lang))
    r.add_argument("--no-save", action="store_true", help=help_msg("help.roleplay.no_save", lang))
    r.add_argument("--provider", choices=PROVIDERS, help=help_msg("help.roleplay.provider", lang))
    r.add_argument("--json", action="store_true", help=help_msg("help.roleplay.json", lang))
    r.set_defaults(func=run_roleplay)

    h = sub.add_parser("history", help=help_msg("help.history", lang))
    h.add_argument("--limit", type=int, help=help_msg("help.history.limit", lang))
    h.add_argument("--purge", action="store_true", help=help_msg("help.history.purge", lang))
    h.add_argument("--yes", action="store_true", help=help_msg("help.history.yes", lang))
    h.add_argument("--json", action="store_true", help=help_msg("help.history.json", lang))
    h.set_defaults(func=run_history)


def _brain(args: argparse.Namespace):
    from coach.llm import get_brain, offline_brain

    settings = settings_from(args)
    if settings.provider == "offline":
        return offline_brain()
    return get_brain(settings)


def _privacy_line(brain, lang: str) -> str:
    mid = "cli.rp.privacy_remote" if brain.leaves_machine else "cli.rp.privacy_local"
    label = msg("cli.rp.brain_offline", lang) if brain.provider == "offline" else brain.label
    return msg(mid, lang, label=label)


def run_check_reply(args: argparse.Namespace) -> int:
    """Check one reply and print techniques, feedback, a better reply and sources."""
    from coach.roleplay.checker import check_reply

    if not args.objection.strip():
        raise InputError(msg("cli.rp.objection_empty", message_lang(args)))
    if not args.reply.strip():
        raise InputError(msg("cli.rp.reply_empty", message_lang(args)))
    from coach.limits import limit_text

    objection, cut = limit_text(args.objection, "objection", message_lang(args, args.objection))
    reply, cut_reply = limit_text(args.reply, "reply", message_lang(args, args.objection))
    brain = _brain(args)
    result = check_reply(
        objection, reply, brain=brain, lang=chosen_lang(args), objection_type=args.objection_type
    )
    result.notices = [*cut, *cut_reply, *brain.notices_in(result.language), *result.notices]
    if args.json:
        print_json(result)
        return 0
    lang = result.language

    def yes_no(flag: bool) -> str:
        return msg("cli.rp.yes" if flag else "cli.rp.no", lang)

    techniques = ", ".join(msg(f"cli.rp.tech.{t}", lang) for t in result.techniques) or "—"
    kind = msg(f"cli.rp.type.{result.objection_type}", lang)
    print(f"{msg('cli.rp.techniques', lang)}: {techniques}  ({msg('cli.rp.objection_type', lang)}: {kind})")
    print(f"{msg('cli.rp.explores', lang)}: {yes_no(result.explores_root_cause)}")
    print(f"{msg('cli.rp.concession', lang)}: {yes_no(result.premature_concession)}")
    print(f"{msg('cli.rp.feedback', lang)}: {result.feedback}")
    print(f"{msg('cli.rp.better_reply', lang)}: {result.better_reply}")
    for s in result.sources:
        print(f"  {msg('cli.rp.source', lang)}: {s.source} › {s.section}")
    for n in result.notices:
        print(f"{msg('cli.rp.note', lang)}: {n}", file=sys.stderr)
    return 0


def _read_script(source: str, lang: str = "en") -> list[str]:
    from coach.textio import read_bytes, text_from_bytes

    data, name = read_bytes(source, lang)
    text = text_from_bytes(data, name, lang)
    if not text.strip():
        raise InputError(msg("cli.rp.script_empty", lang, source=source))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise InputError(msg("cli.rp.script_empty", lang, source=source))
    return lines


def _choose_scenario(args: argparse.Namespace, ask: Callable[[str], str]) -> str:
    from coach.roleplay.scenarios import scenario_library

    if args.scenario:
        return args.scenario
    lang = message_lang(args)
    if args.script or not sys.stdin.isatty():
        raise InputError(msg("cli.rp.need_scenario", lang))
    summaries = scenario_library().summaries()
    if not summaries:
        raise InputError(msg("cli.rp.no_scenarios", lang))
    for n, s in enumerate(summaries, 1):
        print(f"{n:2}. {s.id:28} [{s.language}, {s.difficulty}] {s.title}")
    choice = ask(msg("cli.rp.pick_scenario", lang)).strip()
    if choice.isdigit() and 1 <= int(choice) <= len(summaries):
        return summaries[int(choice) - 1].id
    return choice


def _print_scorecard(card, lang: str) -> None:
    print(
        f"\n{msg('cli.rp.outcome', lang)}: {msg(f'cli.rp.outcome.{card.outcome}', lang)}   {msg('cli.rp.score', lang)}: {card.total}/100"
    )
    for c in card.criteria:
        mark = "✓" if c.passed else "✗"
        label = msg(f"cli.rp.crit.{c.id}", lang)
        print(f" {mark} {label:34} {c.score:.2f} ({msg('cli.rp.needs', lang)} {c.threshold:.2f})  {c.tip}")
        for e in c.evidence[:2]:
            quote = e.quote if len(e.quote) <= 110 else e.quote[:107] + "…"
            print(f"      #{e.reply}: “{quote}”")
    if card.review:
        print(f"\n{card.review}")
    cited = {(src.section, src.source) for c in card.criteria for src in c.sources}
    if cited:
        listed = "; ".join(f"{section} ({source})" for section, source in sorted(cited))
        print(f"\n{msg('cli.rp.sources', lang)}: {listed}")
    print(f"{msg('cli.rp.produced_by', lang)}: {card.provider}")
    for n in card.notices:
        print(f"{msg('cli.rp.note', lang)}: {n}", file=sys.stderr)


def _save(session, args: argparse.Namespace) -> None:
    if args.no_save:
        return
    from coach.roleplay.history import HistoryStore

    HistoryStore(settings_from(args).history_db).save(session.result())


def run_roleplay(args: argparse.Namespace, ask: Callable[[str], str] | None = None) -> int:
    """List scenarios, play a script, or run an interactive session in the terminal."""
    ask = ask or input
    from coach.roleplay.scenarios import scenario_library
    from coach.roleplay.session import RoleplaySession, play_script
    from coach.roleplay.userfiles import find_scenario, user_dir, user_scenarios

    if args.list:
        library = scenario_library()
        for err in library.errors:
            print(f"coach: {msg('cli.rp.skipped', message_lang(args), error=err)}", file=sys.stderr)
        own = user_scenarios(user_dir(settings_from(args).home))
        rows = library.summaries() + [
            s.summary() for k, s in sorted(own.items()) if k not in library.scenarios
        ]
        if args.json:
            print_json([r.model_dump() for r in rows])
        else:
            for s in rows:
                print(f"{s.id:28} {s.language}  {s.difficulty:6}  {', '.join(s.objections):28}  {s.title}")
        return 0

    if args.template:
        from coach.roleplay.template import template

        sys.stdout.write(template(chosen_lang(args) or "de"))
        return 0
    chosen = [
        n
        for n, v in (
            ("--scenario", args.scenario),
            ("--scenario-file", args.scenario_file),
            ("--from-notes", args.from_notes),
        )
        if v
    ]
    if len(chosen) > 1:
        raise InputError(msg("cli.rp.choose_one", message_lang(args), options=", ".join(chosen)))
    lines = _read_script(args.script, message_lang(args)) if args.script else None
    brain = _brain(args)
    scenario = _scenario_from_args(args, brain)
    if scenario is None:
        scenario = find_scenario(_choose_scenario(args, ask), settings_from(args).home, message_lang(args))
    session = RoleplaySession.from_scenario(
        scenario,
        difficulty=args.difficulty,
        hints=args.hints,
        brain=brain,
        seed=args.seed,
        ui_lang=chosen_lang(args),  # type: ignore[arg-type]
    )
    session.state.notices.extend(brain.notices_in(chosen_lang(args) or scenario.language))

    if lines is not None:
        left = play_script(session, lines)
        if left:
            session.state.notices.append(msg("cli.rp.lines_left", message_lang(args), n=len(left)))
        result = session.result()
        _save(session, args)
        if args.json:
            print_json(result)
        else:
            lang = _ui_lang(args, session.scenario.language)
            _print_transcript(session, lang, show_hints=args.hints)
            _print_scorecard(result.scorecard, lang)
        return 0

    return _interactive(session, args, ask)


def _scenario_from_args(args: argparse.Namespace, brain):
    """Return the scenario of --scenario-file or --from-notes (the latter saved under COACH_HOME), or None."""
    from pathlib import Path

    from coach.roleplay.userfiles import read_scenario_file, save_scenario, user_dir

    if args.scenario_file:
        return read_scenario_file(Path(args.scenario_file), message_lang(args))
    if args.from_notes:
        from coach.roleplay.from_notes import scenario_from_notes
        from coach.textio import read_input

        if args.from_notes == "-" and args.script == "-":
            raise InputError(msg("cli.rp.stdin_twice", message_lang(args)))
        scenario = scenario_from_notes(read_input(args.from_notes, cli_lang(args)), lang=chosen_lang(args))
        path = save_scenario(scenario, user_dir(settings_from(args).home))
        print(msg("cli.rp.saved", message_lang(args), path=path, id=scenario.id), file=sys.stderr)
        return scenario
    return None


def _print_transcript(session, lang: str, show_hints: bool = False) -> None:
    for t in session.turns:
        who = msg("cli.rp.buyer" if t.speaker == "buyer" else "cli.rp.you", lang)
        names = ", ".join(msg(f"cli.rp.tech.{k}", lang) for k in t.techniques)
        tech = f"  [{names}]" if t.speaker == "rep" and t.techniques else ""
        print(f"{who}: {t.text}{tech}")
        if show_hints and t.hint:
            print(f"  {msg('cli.rp.hint', lang)}: {t.hint}")


def _interactive(session, args: argparse.Namespace, ask: Callable[[str], str]) -> int:
    lang = _ui_lang(args, session.scenario.language)
    buyer, you = msg("cli.rp.buyer", lang), msg("cli.rp.you", lang)
    print(_privacy_line(session.brain, lang), file=sys.stderr)
    persona = session.scenario.persona
    print(
        f"{session.scenario.title} — {persona.name}, {persona.role}, {persona.company}  {msg('cli.rp.end', lang)}\n"
    )
    print(f"{buyer}: {session.opening.text}\n")
    while not session.finished:
        try:
            text = ask(f"{you}: ")
        except EOFError:
            print()
            break
        if text.strip().lower() in ("/end", "/quit", "/exit"):
            break
        if not text.strip():
            continue
        shown = ""
        print(f"{buyer}: ", end="", flush=True)
        result = None
        for chunk in session.reply_stream(text):
            if chunk.text.startswith(shown):
                print(chunk.text[len(shown) :], end="", flush=True)
            else:  # the model failed mid-stream: show the authored line instead
                print(f"\n{buyer}: {chunk.text}", end="", flush=True)
            shown = chunk.text
            result = chunk.result or result
        print()
        if result is not None:
            if args.hints and result.hint:
                print(f"  {msg('cli.rp.hint', lang)}: {result.hint}")
            for n in result.notices:
                print(f"  {msg('cli.rp.note', lang)}: {n}", file=sys.stderr)
        print()
    if not any(t.speaker == "rep" for t in session.turns):
        print(msg("cli.rp.nothing_to_score", lang))
        return 0
    result = session.result()
    _save(session, args)
    if args.json:
        print_json(result)
    else:
        _print_scorecard(result.scorecard, lang)
    return 0


def run_history(args: argparse.Namespace, ask: Callable[[str], str] | None = None) -> int:
    """Print past sessions and the trend per criterion, or purge them."""
    ask = ask or input
    from coach.roleplay.history import HistoryStore

    store = HistoryStore(settings_from(args).history_db)
    lang = message_lang(args)
    if args.purge:
        count = len(store.sessions()) if store.path.exists() else 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise InputError(msg("cli.rp.purge_confirm_needed", lang))
            answer = ask(msg("cli.rp.purge_ask", lang, count=count, path=store.path)).strip().lower()
            if answer not in ("y", "yes", "j", "ja"):
                print(msg("cli.rp.purge_none", lang))
                return 0
        from coach.web.store import ResultStore

        deleted = results = 0
        user_files = sorted(
            store.path.parent.glob("users/*/history.sqlite3")
        )  # per-user files of `ui --auth`
        for path in [store.path, *user_files]:
            results += ResultStore(path).purge()  # saved analyses and minutes hold customer notes too
            deleted += HistoryStore(
                path
            ).purge()  # compacts the file afterwards: deleted text is gone from disk
        if args.json:
            print_json({"deleted": deleted, "deleted_results": results, "database": str(store.path)})
        else:
            print(msg("cli.rp.purged", lang, deleted=deleted, results=results, path=store.path))
        return 0
    if args.limit is not None and args.limit < 1:
        raise InputError(msg("cli.rp.limit", lang))
    report = store.report(limit=args.limit)
    if args.json:
        print_json(report)
        return 0
    if not report.sessions:
        print(msg("cli.rp.history_empty", lang))
        return 0
    for s in report.sessions:
        print(f"{s.created_at}  #{s.id:<4} {s.scenario:28} {s.difficulty:6} {s.outcome:8} {s.total:3}/100")
    arrows = {"up": "↑", "down": "↓", "flat": "→", "new": "·", "none": " "}
    print(f"\n{msg('cli.rp.trend', lang)}")
    for t in report.trend:
        scores = " ".join(f"{v:.2f}" for v in t.scores[-8:])
        avg = msg("cli.rp.average", lang, value=f"{t.average:.2f}") if t.average is not None else ""
        print(f" {arrows[t.direction]} {t.id:26} {avg:9} {scores}")
    return 0
