"""The Gesprächsnotizen / Call notes tab: notes in, GPCTBA/C&I table, flags and the next questions out."""

from __future__ import annotations

from typing import Any

import gradio as gr

from coach.settings import Settings
from coach.text import messages as _text_messages  # noqa: F401 - labels of the seller fields
from coach.web import brains, history, roleplay_tab
from coach.web.common import (
    HEAVY_LIMIT,
    cite_html,
    md_escape,
    notes_input_panel,
    notices_md,
    quoted,
    safe,
    sources_md,
    upload_to_notes,
)
from coach.web.engine_run import run_text_engine, seller_fields
from coach.web.examples import CALL_NOTES
from coach.web.i18n import Translator, t

STATUS_CLASS = {"covered": "ok", "partial": "warn", "missing": "bad"}


def render_summary(result: Any, lang: str) -> str:
    """Return readiness, the BANT view and the flags as HTML."""
    level = {"ready": "ok", "almost": "warn", "not_ready": "bad"}[result.readiness.level]
    bant = " ".join(
        f'<span class="badge {STATUS_CLASS[v]}">{k[0].upper()} · {t("status_" + v, lang)}</span>'
        for k, v in result.bant.model_dump().items()
    )
    parts = [
        f'<div class="coach-readiness"><span class="badge big {level}">{t("readiness_" + result.readiness.level, lang)}'
        f"</span> <b>{md_escape(result.readiness.summary)}</b></div>",
        f'<div class="coach-bant"><b>BANT:</b> {bant}</div>',
    ]
    if result.flags:
        items = "".join(
            f"<li><b>⚑ {md_escape(f.message)}</b>"
            + "".join(f'<div class="quote">{quoted(e, lang)}</div>' for e in f.evidence[:2])
            + "</li>"
            for f in result.flags
        )
        parts.append(f'<div class="coach-flags"><b>{t("flags", lang)}</b><ul>{items}</ul></div>')
    return "".join(parts)


def _row(d: Any, lang: str) -> str:
    badge = f'<span class="badge {STATUS_CLASS[d.status]}">{t("status_" + d.status, lang)}</span>'
    evidence = "".join(
        f'<div class="quote">{quoted(" ".join(e.split()), lang)}</div>' for e in d.evidence[:3]
    )
    ignored = "".join(
        f'<div class="ignored">✗ {quoted(i.sentence, lang)} — {md_escape(i.reason)}</div>'
        for i in d.ignored[:2]
    )
    model = f' <span class="tag">{t("from_model", lang)}</span>' if d.source == "model" else ""
    return (
        f'<tr class="dim-{d.status}" data-dim="{d.key}"><td class="dim">{md_escape(d.label)}{model}</td>'
        f'<td class="status">{badge}</td><td>{evidence}<div class="summary">{md_escape(d.summary)}</div>'
        f"{ignored}</td></tr>"
    )


def render_dimensions(result: Any, lang: str) -> str:
    """Return the dimension table (status colours, evidence quoted from the notes) as HTML."""
    head = "".join(f"<th>{t(k, lang)}</th>" for k in ("col_dimension", "col_status", "col_evidence"))
    core = "".join(_row(d, lang) for d in result.dimensions)
    ext = "".join(_row(d, lang) for d in result.extensions)
    section = f'<tr class="section"><td colspan="3">{t("weak_spots", lang)}</td></tr>'
    return (
        f'<table class="coach-table" id="dimension-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{core}{section}{ext}</tbody></table>"
    )


def render_questions(result: Any, lang: str) -> str:
    """Return the next questions with why and the knowledge each comes from, as HTML."""
    if not result.next_questions:
        return f"<p>{t('no_questions', lang)}</p>"
    items = []
    for q in result.next_questions:
        cites = " · ".join(dict.fromkeys(cite_html(s) for s in q.sources))
        items.append(
            f'<li><b>{md_escape(q.question)}</b><div class="why">{md_escape(q.why)}</div>'
            f'<div class="cite">{t("source", lang)}: {cites}</div></li>'
        )
    return f'<h4>{t("next_questions", lang)}</h4><ol class="coach-questions">{"".join(items)}</ol>'


def questions_text(result: Any) -> Any:
    """Return the next questions as plain numbered lines in a visible copy box (for the clipboard)."""
    text = "\n".join(f"{n}. {q.question}" for n, q in enumerate(result.next_questions, 1))
    return gr.update(value=text, visible=bool(text))


def render_result(result: Any, lang: str, info: brains.BrainInfo) -> tuple[str, str, str, str, str]:
    """Return (summary, table, questions, clipboard text, footer) for a qualification result."""
    sources = [s for q in result.next_questions for s in q.sources]
    footer = (
        brains.brain_html(info, lang, produced_by=result.provider)
        + notices_md(result.notices, lang)
        + sources_md(sources, lang)
    )
    return (
        render_summary(result, lang),
        render_dimensions(result, lang),
        render_questions(result, lang),
        questions_text(result),
        footer,
    )


def analyse_notes(
    settings: Settings,
    notes: str,
    provider: str,
    lang: str,
    progress: Any = None,
    *,
    seller: str = "",
    seller_company: str = "",
) -> tuple:
    """Run the qualification engine on the notes, store the result, and return what the tab shows."""
    from coach.qualify import analyse

    # the result speaks the UI language (labels, statuses, reasons, flags); only quotes keep the notes' language
    text, result, brain = run_text_engine(
        analyse, settings, notes, provider, lang, progress, seller=seller, seller_company=seller_company
    )
    info = brains.describe(settings, provider, brain)
    from coach.web.store import title_from

    history.save_result(settings, "qualify", title_from(text), result, text)
    shown = render_result(result, lang, info)
    return ("", gr.update(visible=False), *shown, history.choices(settings, "qualify", lang), result)


def build(
    settings: Settings, tr: Translator, lang_state: gr.State, provider_state: gr.State
) -> dict[str, Any]:
    """Add the call-notes tab's components and events to the current Blocks context."""
    result_state = gr.State(None)
    source_state = gr.State(
        None
    )  # (notes, seller, company) of the result shown: a language switch re-reads them
    with gr.Row(equal_height=False):
        with gr.Column(scale=5):
            notes, upload, analyse_btn = notes_input_panel(
                tr, "notes", "notes_label", "notes_ph", "analyse_button", CALL_NOTES
            )
            company, sellers = seller_fields(tr, settings, "notes")
            practise = roleplay_tab.practise_button(tr.lang, "notes-practise", tr)  # opens the role-play tab
            with tr.add(gr.Accordion(open=False, elem_id="notes-history"), label="past_analyses"):
                past = tr.add(gr.Dropdown(choices=[], elem_id="notes-past"), label="past_pick")
                reopen = tr.add(gr.Button(size="sm", elem_id="notes-reopen"), value="reopen_button")
        with gr.Column(scale=7):
            status = gr.Markdown(elem_id="notes-status")
            intro = tr.add(
                gr.Markdown(elem_id="notes-intro", elem_classes=["coach-intro"]), value="notes_intro"
            )
            summary = gr.HTML(elem_id="notes-summary")
            table = gr.HTML(elem_id="notes-table")
            questions = gr.HTML(elem_id="notes-questions")
            copy = tr.add(
                gr.Textbox(
                    lines=3,
                    max_lines=12,
                    interactive=False,
                    buttons=["copy"],
                    visible=False,
                    elem_id="notes-copy",
                ),
                label="copy_label",
            )
            footer = gr.HTML(elem_id="notes-footer")

    def run(
        notes: str,
        provider: str,
        lang: str,
        seller: str = "",
        seller_company: str = "",
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple:
        shown = analyse_notes(
            settings, notes, provider, lang, progress, seller=seller, seller_company=seller_company
        )
        return (*shown, (notes, seller, seller_company))

    def on_language(source: Any, provider: str, lang: str) -> tuple:
        return rerender_in(settings, source, provider, lang)

    def reopen_past(choice: Any, lang: str) -> tuple:
        from coach.qualify import QualifyResult

        notes_text, data = history.load_result(settings, choice, "qualify", lang)
        result = QualifyResult.model_validate_json(data)
        *shown, _ = render_result(result, lang, brains.describe(settings, "offline"))
        sources = [s for q in result.next_questions for s in q.sources]
        footer = history.reopened_html(result.provider, lang) + notices_md(result.notices, lang)
        return (
            "",
            gr.update(visible=False),
            notes_text,
            *shown,
            footer + sources_md(sources, lang),
            result,
            (notes_text, "", ""),
        )

    outputs = [status, intro, summary, table, questions, copy, footer, past, result_state, source_state]
    upload.upload(safe(upload_to_notes, outputs=2), [upload, lang_state], [status, notes])
    analyse_btn.click(
        safe(run, outputs=len(outputs)),
        [notes, provider_state, lang_state, sellers, company],
        outputs,
        api_name="analyse_notes",
        concurrency_limit=HEAVY_LIMIT,
        concurrency_id="heavy",
        show_progress_on=table,  # one progress line (the big-input message), not one per output
    )
    reopen.click(
        safe(reopen_past, outputs=10),
        [past, lang_state],
        [status, intro, notes, summary, table, questions, copy, footer, result_state, source_state],
    )
    shown_outputs = [status, summary, table, questions, copy, footer, result_state]
    return {
        "past": past,
        "kind": "qualify",
        "practise_from": (practise, notes),
        # a result on screen follows the UI language: the same notes are read again in the new language
        "relabel": (
            safe(on_language, outputs=len(shown_outputs)),
            [source_state, provider_state, lang_state],
            shown_outputs,
        ),
    }


def rerender_in(settings: Settings, source: Any, provider: str, lang: str) -> tuple:
    """Return (status, summary, table, questions, copy, footer, result) of the shown notes in the language lang.

    Nothing is shown yet (or the notes are big, which takes a while to read again): every output is left as it is.
    """
    from coach.limits import BIG_INPUT
    from coach.qualify import analyse

    if not source or len(source[0] or "") >= BIG_INPUT:
        return (gr.skip(),) * 7
    notes, seller, company = source
    _, result, brain = run_text_engine(
        analyse, settings, notes, provider, lang, None, seller=seller, seller_company=company
    )
    info = brains.describe(settings, provider, brain)
    return ("", *render_result(result, lang, info), result)
