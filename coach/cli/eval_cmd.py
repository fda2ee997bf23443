"""`coach eval`: run the eval suites against their thresholds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coach.cli.help_messages import help_msg
from coach.evals.runner import SUITES


def add_parsers(sub: argparse._SubParsersAction, lang: str) -> None:
    """Register the eval command."""
    p = sub.add_parser("eval", help=help_msg("help.eval", lang))
    p.add_argument("--suite", action="append", choices=list(SUITES), help=help_msg("help.eval.suite", lang))
    p.add_argument(
        "--provider",
        choices=["auto", "offline", "local", "openai"],
        default="offline",
        help=help_msg("help.eval.provider", lang),
    )
    p.add_argument("--dataset", type=Path, help=help_msg("help.eval.dataset", lang))
    p.add_argument("--json", action="store_true", help=help_msg("help.eval.json", lang))
    p.add_argument("--report", type=Path, help=help_msg("help.eval.report", lang))
    p.add_argument("--baseline", type=Path, help=help_msg("help.eval.baseline", lang))
    p.add_argument("--judge", action="store_true", help=help_msg("help.eval.judge", lang))
    p.add_argument("--quiet", action="store_true", help=help_msg("help.eval.quiet", lang))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the suites, print the verdict (or JSON), write the report; exit 1 when a threshold is missed."""
    from coach.cli.common import print_json, progress, settings_from
    from coach.errors import InputError
    from coach.evals.judge import calibrate
    from coach.evals.runner import compare, count_cases, load_run, run_suites
    from coach.llm import get_brain
    from coach.retrieval.store import build_index, index_exists

    settings = settings_from(args)
    suites = args.suite or list(SUITES)
    if args.report and args.report.suffix.lower() not in (".html", ".htm", ".md"):
        from coach.cli import messages as _cli_messages  # noqa: F401 - registers the CLI's messages
        from coach.messages import msg

        raise InputError(msg("cli.report_suffix", settings.lang or "en"))
    baseline = load_run(args.baseline) if args.baseline else None
    brain = get_brain(settings)
    judge = None
    if args.judge:
        if brain.chat is None:
            raise InputError(
                "--judge needs a language model: set --provider local|openai (and its settings)."
            )
        judge = brain
    if "retrieval" in suites and not index_exists(settings):
        build_index(settings)
    with progress("Evaluating", enabled=not args.json) as (start, advance):
        start(count_cases(suites, args.dataset))
        result = run_suites(settings, brain, suites, args.dataset, advance, judge=judge)
    if baseline:
        result.flipped = compare(result, baseline)
    if judge:
        result.judge_calibration = calibrate(judge)
    if args.report:
        from coach.evals.report import to_html, to_markdown

        args.report.parent.mkdir(parents=True, exist_ok=True)
        text = to_markdown(result) if args.report.suffix.lower() == ".md" else to_html(result)
        args.report.write_text(text, encoding="utf-8")
    if args.json:
        print_json(result)
    else:
        _print_summary(result, quiet=args.quiet)
    return 0 if result.passed else 1


def _print_summary(result, quiet: bool) -> None:
    for name, r in result.suites.items():
        if quiet and r.passed:
            continue
        status = "ok    " if r.passed else "FAILED"
        shown = {k: v for k, v in r.metrics.items() if k in r.thresholds or not quiet}
        metrics = ", ".join(f"{k}={v:g}" for k, v in shown.items() if not k.endswith(("_dev", "_holdout")))
        print(f"{status} {name:<10} {r.cases:>4} cases  {metrics}{'  ' + r.error if r.error else ''}")
        if r.below:
            print(f"       below threshold: {', '.join(r.below)}", file=sys.stderr)
        if result.flipped and name in result.flipped:
            f = result.flipped[name]
            print(f"       vs baseline: regressed {f['regressed'] or '-'}; fixed {f['fixed'] or '-'}")
    verdict = "passed" if result.passed else "FAILED"
    print(
        f"coach eval {verdict}: {sum(r.passed for r in result.suites.values())}/{len(result.suites)} suites "
        f"in {result.seconds:.1f} s (provider {result.provider})"
    )
