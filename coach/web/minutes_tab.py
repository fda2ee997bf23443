"""The Protokoll / Minutes tab: meeting notes in; minutes, decision, gate checklist and downloads out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from coach.settings import Settings
from coach.text import messages as _text_messages  # noqa: F401 - labels of the seller fields
from coach.web import brains, history, roleplay_tab
from coach.web.common import (
    HEAVY_LIMIT,
    md_escape,
    new_export_dir,
    notes_input_panel,
    notices_md,
    quoted,
    safe,
    sources_md,
    upload_to_notes,
)
from coach.web.engine_run import run_text_engine, seller_fields
from coach.web.examples import MEETING_NOTES
from coach.web.i18n import Translator, t

FORMATS = ("md", "docx", "eml")
OUTCOME_CLASS = {
    "positive": "ok",
    "positive_with_conditions": "warn",
    "negative": "bad",
    "pending": "neutral",
}
GATE_MARK = {"met": ("☑", "ok"), "not_met": ("☐", "bad"), "unclear": ("☐?", "warn")}


def _quotes(items: list[str], lang: str, cls: str = "quote") -> str:
    return "".join(f'<div class="{cls}">{quoted(" ".join(q.split()), lang)}</div>' for q in items)


def _list(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return f"<b>{title}</b><ul>" + "".join(f"<li>{md_escape(i)}</li>" for i in items) + "</ul>"


def render_decision(result: Any, lang: str) -> str:
    """Return the decision (outcome, conditions or reasons, evidence) and the send-by date as HTML."""
    from coach.deals.messages import day_text  # 05.12.2026 / 5 Dec 2026, as the UI language writes it

    d = result.decision
    outcome = f'<span class="badge big {OUTCOME_CLASS[d.outcome]}">{t("decision_" + d.outcome, lang)}</span>'
    send_by = ""
    if result.send_by:
        send_by = f'<div class="sendby">✉ {t("send_by", lang)}: <b>{day_text(result.send_by, lang)}</b></div>'
    company = f" — {md_escape(result.company)}" if result.company else ""
    return (
        f'<div class="coach-decision" id="minutes-decision-box"><h4>{t("decision", lang)}{company}</h4>{outcome}'
        f"{send_by}{_list(t('conditions', lang), d.conditions)}{_list(t('reasons', lang), d.reasons)}"
        f"{_quotes(d.evidence[:2], lang)}</div>"
    )


def render_gates(result: Any, lang: str) -> str:
    """Return the three quality gates as a checklist with evidence, what is missing, and a note."""
    from coach.minutes.gates import load_rules

    rules = load_rules()
    rows = []
    for g in result.gates:
        mark, cls = GATE_MARK[g.status]
        missing = _list(t("missing", lang), [rules.part_label(m, result.language) for m in g.missing])
        note = f'<div class="summary">{md_escape(g.note)}</div>' if g.note else ""
        rows.append(
            f'<li class="gate gate-{g.status}" data-gate="{g.id}"><span class="mark {cls}">{mark}</span> '
            f'<b>{md_escape(g.label)}</b> <span class="badge {cls}">{t("gate_" + g.status, lang)}</span>'
            f"{_quotes(g.evidence[:3], lang)}{missing}{note}</li>"
        )
    met = sum(g.status == "met" for g in result.gates)
    head = t("gates_title", lang).format(met=met, total=len(result.gates))
    return f'<div class="coach-gates" id="gate-checklist"><h4>{head}</h4><ul>{"".join(rows)}</ul></div>'


def write_exports(result: Any, lang: str | None = None) -> dict[str, Path]:
    """Write the minutes as .md, .docx and .eml into a fresh private temp folder and return the paths.

    The file names follow the UI language ('protokoll-…' / 'minutes-…'); the documents keep the result's language.
    """
    from coach.minutes.export import export, suggested_filename

    named = result.model_copy(update={"language": lang}) if lang in ("de", "en") else result
    folder = new_export_dir()
    paths = {}
    for fmt in FORMATS:
        path = folder / suggested_filename(named, fmt)  # type: ignore[arg-type]
        path.write_bytes(export(result, fmt))  # type: ignore[arg-type]
        paths[fmt] = path
    return paths


def render_result(result: Any, lang: str, footer_head: str) -> tuple:
    """Return (decision, gates, preview, md, docx, eml, footer) for a minutes result."""
    paths = write_exports(result, lang)
    footer = footer_head + notices_md(result.notices, lang) + sources_md(result.sources, lang)
    downloads = [gr.update(value=str(paths[f]), visible=True) for f in FORMATS]
    return (render_decision(result, lang), render_gates(result, lang), result.markdown, *downloads, footer)


def draft(
    settings: Settings,
    notes: str,
    provider: str,
    lang: str,
    progress: Any = None,
    *,
    seller: str = "",
    seller_company: str = "",
) -> tuple:
    """Run the minutes engine, store the result and return what the tab shows."""
    from coach.minutes import draft_minutes

    text, result, brain = run_text_engine(
        draft_minutes,
        settings,
        notes,
        provider,
        lang,
        progress,
        seller=seller,
        seller_company=seller_company,
        empty_key="meeting_notes_empty",
        limit_kind="minutes",
    )
    history.save_result(settings, "minutes", result.title, result, text)
    info = brains.describe(settings, provider, brain)
    shown = render_result(result, lang, brains.brain_html(info, lang, produced_by=result.provider))
    return ("", gr.update(visible=False), *shown, history.choices(settings, "minutes", lang), result)


def build(
    settings: Settings, tr: Translator, lang_state: gr.State, provider_state: gr.State
) -> dict[str, Any]:
    """Add the minutes tab's components and events to the current Blocks context."""
    result_state = gr.State(None)
    source_state = gr.State(
        None
    )  # (notes, seller, company) of the minutes shown: a language switch re-drafts them
    with gr.Row(equal_height=False):
        with gr.Column(scale=5):
            notes, upload, draft_btn = notes_input_panel(
                tr, "minutes", "meeting_notes_label", "meeting_notes_ph", "draft_button", MEETING_NOTES
            )
            company, sellers = seller_fields(tr, settings, "minutes")
            practise = roleplay_tab.practise_button(
                tr.lang, "minutes-practise", tr
            )  # opens the role-play tab
            decision = gr.HTML(elem_id="minutes-decision")
            gates = gr.HTML(elem_id="minutes-gates")
            with tr.add(gr.Accordion(open=False, elem_id="minutes-history"), label="past_minutes"):
                past = tr.add(gr.Dropdown(choices=[], elem_id="minutes-past"), label="past_pick")
                reopen = tr.add(gr.Button(size="sm", elem_id="minutes-reopen"), value="reopen_button")
        with gr.Column(scale=7):
            status = gr.Markdown(elem_id="minutes-status")
            intro = tr.add(
                gr.Markdown(elem_id="minutes-intro", elem_classes=["coach-intro"]), value="minutes_intro"
            )
            with gr.Row():
                downloads = [
                    tr.add(
                        gr.DownloadButton(visible=False, size="sm", elem_id=f"minutes-dl-{fmt}"),
                        label=f"download_{fmt}",
                    )
                    for fmt in FORMATS
                ]
            preview = tr.add(
                gr.Markdown(elem_id="minutes-preview", container=True, padding=True, max_height=640),
                label="preview",
            )
            footer = gr.HTML(elem_id="minutes-footer")

    def run(
        notes: str,
        provider: str,
        lang: str,
        seller: str = "",
        seller_company: str = "",
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple:
        shown = draft(settings, notes, provider, lang, progress, seller=seller, seller_company=seller_company)
        return (*shown, (notes, seller, seller_company))

    def on_language(source: Any, provider: str, lang: str) -> tuple:
        return rerender_in(settings, source, provider, lang)

    def reopen_past(choice: Any, lang: str) -> tuple:
        from coach.minutes import MinutesResult

        notes_text, data = history.load_result(settings, choice, "minutes", lang)
        result = MinutesResult.model_validate_json(data)
        return (
            "",
            notes_text,
            *render_result(result, lang, history.reopened_html(result.provider, lang)),
            result,
            (notes_text, "", ""),
        )

    shown = [decision, gates, preview, *downloads, footer]
    upload.upload(safe(upload_to_notes, outputs=2), [upload, lang_state], [status, notes])
    outputs = [status, intro, *shown, past, result_state, source_state]
    draft_btn.click(
        safe(run, outputs=len(outputs)),
        [notes, provider_state, lang_state, sellers, company],
        outputs,
        api_name="draft_minutes",
        concurrency_limit=HEAVY_LIMIT,
        concurrency_id="heavy",
        show_progress_on=decision,  # one progress line (the big-input message), not one per output
    )
    reopen_outputs = [status, intro, notes, *shown, result_state, source_state]
    reopen.click(safe(reopen_past, outputs=len(reopen_outputs)), [past, lang_state], reopen_outputs)
    relabel_outputs = [status, *shown, result_state]
    return {
        "past": past,
        "kind": "minutes",
        "practise_from": (practise, notes),
        # minutes on screen follow the UI language: the same notes are drafted again in the new language
        "relabel": (
            safe(on_language, outputs=len(relabel_outputs)),
            [source_state, provider_state, lang_state],
            relabel_outputs,
        ),
    }


def rerender_in(settings: Settings, source: Any, provider: str, lang: str) -> tuple:
    """Return (status, decision, gates, preview, downloads…, footer, result) of the shown minutes in lang.

    Nothing is shown yet (or the notes are big, which takes a while to read again): every output is left as it is.
    """
    from coach.limits import BIG_INPUT
    from coach.minutes import draft_minutes

    if not source or len(source[0] or "") >= BIG_INPUT:
        return (gr.skip(),) * (len(FORMATS) + 6)
    notes, seller, company = source
    _, result, brain = run_text_engine(
        draft_minutes,
        settings,
        notes,
        provider,
        lang,
        None,
        seller=seller,
        seller_company=company,
        empty_key="meeting_notes_empty",
        limit_kind="minutes",
    )
    info = brains.describe(settings, provider, brain)
    shown = render_result(result, lang, brains.brain_html(info, lang, produced_by=result.provider))
    return ("", *shown, result)
