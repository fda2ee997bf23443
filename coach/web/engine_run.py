"""What the call-notes and minutes tabs share: the seller fields, and running a text engine within the limits."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import gradio as gr

from coach.messages import msg
from coach.settings import Settings
from coach.web import brains
from coach.web.common import cut_notes, require_text, seller_notices_for
from coach.web.i18n import Translator


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
    result = run_within_limits(partial(engine, lang=lang, **sides), text, model, lang, progress)
    if brain.chat is None:
        notices += brain.notices_in(lang)
    if notices:
        result = result.model_copy(update={"notices": notices + result.notices})
    return text, result, brain


def run_within_limits(
    engine: Callable[..., Any], text: str, model: Any, lang: str, progress: Any = None
) -> Any:
    """Return engine(text, brain=model) run within the server's limits (admission, time budget).

    A big input is said at once (one progress line) and its progress moves as the engine reports it (the
    qualification's sentence embedding, coach.web.progress_relay); big and offline, it runs in the low-priority
    worker process (engine must then be picklable: a module-level function or a partial of one).
    """
    from coach.limits import BIG_INPUT, admission, fmt_number, offload, within_budget
    from coach.web.progress_relay import relayed, run_reporting

    big = len(text) >= BIG_INPUT
    if progress is None or not big:
        with admission(len(text), lang):
            if model is None and big:  # big and offline: out of the server's process
                return offload(engine, text, lang=lang)
            return within_budget(lambda: engine(text, brain=model), lang)
    desc = msg("limit_big_wait", lang, size=fmt_number(len(text), lang))
    progress(0.0, desc=desc)  # said at once: the user sees why it takes a while

    def report(done: float) -> None:
        progress(done, desc=desc)

    with admission(len(text), lang):
        if model is None:  # big and offline: out of the server's process, its progress relayed from there
            return relayed(lambda path: offload(run_reporting, engine, path, text, lang=lang), report)
        return relayed(
            lambda path: within_budget(lambda: run_reporting(engine, path, text, brain=model), lang), report
        )
