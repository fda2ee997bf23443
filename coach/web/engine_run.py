"""What the call-notes and minutes tabs share: the seller fields, and running a text engine within the limits."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

import gradio as gr

from coach.settings import Settings
from coach.web import brains
from coach.web.common import cut_notes, require_text, seller_notices_for
from coach.web.i18n import Translator, t


def seller_fields(tr: Translator, settings: Settings, prefix: str) -> tuple[gr.Textbox, gr.Textbox]:
    """Add the 'our company' and 'our people' fields (the text layer's sides; default COACH_COMPANY)."""
    with gr.Row():
        company = tr.add(
            gr.Textbox(value=settings.company or "", max_lines=1, elem_id=f"{prefix}-company"),
            label="text.ui_our_company",
        )
        sellers = tr.add(
            gr.Textbox(value="", max_lines=1, elem_id=f"{prefix}-seller"), label="text.ui_seller_names"
        )
    return company, sellers


def run_text_engine(
    engine: Callable[..., Any],
    settings: Settings,
    notes: str,
    provider: str,
    lang: str,
    progress: Any = None,
    *,
    seller: str = "",
    seller_company: str = "",
    empty_key: str = "notes_empty",
    limit_kind: str = "notes",
) -> tuple[str, Any, Any]:
    """Return (text, result, brain): the notes cut before any work, the engine run within the server's limits.

    Big inputs offline run outside the server's process; the result carries the cut/seller notices and, offline,
    why the chosen provider is not used, in the UI language.
    """
    from coach.text.sides import seller_hints

    sides = seller_hints(seller, seller_company)
    text, notices = cut_notes(require_text(notes, lang, empty_key), lang, limit_kind)
    notices += seller_notices_for(text, sides, lang)  # a seller name that matches nobody is said, not ignored
    brain = brains.brain_for(settings, provider, lang, progress)
    model = brain if brain.chat is not None else None
    result = run_within_limits(
        partial(engine, lang=lang, **sides), text, model, lang, progress, by_sentences=limit_kind == "notes"
    )
    if brain.chat is None:
        notices += brain.notices_in(lang)
    if notices:
        result = result.model_copy(update={"notices": notices + result.notices})
    return text, result, brain


def run_within_limits(
    engine: Callable[..., Any],
    text: str,
    model: Any,
    lang: str,
    progress: Any = None,
    *,
    by_sentences: bool = True,
) -> Any:
    """Return engine(text, brain=model) run within the server's limits (admission, time budget).

    A big input is said at once (one progress line) and the line counts the seconds against the time budget, so
    the page never sits still. The bar follows the sentences the engine has read (`by_sentences`: the
    qualification, whose time is its sentence embedding, coach.web.progress_relay), else the time used of the
    budget (the minutes: their time goes to finding people and items, which report nothing). Big and offline, the
    job runs in the low-priority worker process (engine must then be picklable: a module-level function or a
    partial of one).
    """
    from coach.limits import BIG_INPUT, BUDGET_S, admission, fmt_number, offload, within_budget
    from coach.web.progress_relay import relayed, run_reporting

    big = len(text) >= BIG_INPUT
    if progress is None or not big:
        with admission(len(text), lang):
            if model is None and big:  # big and offline: out of the server's process
                return offload(engine, text, lang=lang)
            return within_budget(lambda: engine(text, brain=model), lang)
    # a job whose progress is measured may run while it moves (up to MOVING_BUDGET_S); the others get BUDGET_S
    budget = MOVING_BUDGET_S if by_sentences else BUDGET_S
    line = _ProgressLine(progress, lang, fmt_number(len(text), lang), budget, by_sentences)
    line.show()  # said at once: the user sees why it takes a while
    with admission(len(text), lang):
        if model is None:  # big and offline: out of the server's process, its progress relayed from there
            return relayed(
                lambda path: offload(run_reporting, engine, path, text, lang=lang, seconds=budget),
                line.report,
                tick=line.show,
            )
        return relayed(
            lambda path: within_budget(
                lambda: run_reporting(engine, path, text, brain=model), lang, seconds=budget
            ),
            line.report,
            tick=line.show,
        )


# Big call notes on a busy server: their sentences are read at a measured pace, so they are waited for as long as
# the reading moves — at most this long, and given up once it has stood still for the usual budget (coach.limits).
MOVING_BUDGET_S = 90.0


class _ProgressLine:
    """The progress line of one big job: the bar (sentences read, or time used of the budget) and the seconds."""

    def __init__(self, progress: Any, lang: str, size: str, budget: float, by_sentences: bool) -> None:
        self.progress, self.lang, self.size, self.budget = progress, lang, size, budget
        self.by_sentences = by_sentences
        self.start = self.moved = time.monotonic()
        self.fraction = 0.0
        self.shown: tuple[float, str] | None = None

    def report(self, fraction: float) -> None:
        """Take the engine's progress (0 to 1) and show it."""
        if fraction > self.fraction:
            self.fraction, self.moved = fraction, time.monotonic()
        self.show()

    def show(self) -> None:
        """Show the line when its bar or its whole seconds changed; give up when measured progress stood still.

        Raise BudgetError when a job measured by its sentences has not moved for the usual budget (coach.limits).
        """
        from coach.limits import BUDGET_S, BudgetError
        from coach.messages import msg

        now = time.monotonic()
        if self.by_sentences and now - self.moved > BUDGET_S:
            raise BudgetError(msg("limit_timeout", self.lang, seconds=f"{now - self.start:.0f}"))
        seconds = int(now - self.start)
        value = self.fraction if self.by_sentences else min(seconds / self.budget, 0.99)
        key = "big_sentences" if self.by_sentences else "big_minutes"
        desc = t(key, self.lang).format(size=self.size, seconds=seconds, budget=f"{self.budget:g}")
        if (value, desc) != self.shown:
            self.shown = (value, desc)
            self.progress(value, desc=desc)
