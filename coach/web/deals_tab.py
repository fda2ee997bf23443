"""The Deals tab: pick or create a deal, add dated notes and minutes, see the merged qualification with its trend,
the gates as a checklist and the open actions, prepare the decision meeting, download the invitation and the CRM
export. Thin: the work is done by coach.deals and coach.prepare.

The "practise" button builds a role-play from the deal's call notes (coach.roleplay.from_notes) and opens the
Role-play tab with it (the app wires the role-play tab's "practise" hook to this tab's button and hidden notes box).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import gradio as gr

from coach.deals.messages import day_text
from coach.limits import LIMITS
from coach.settings import Settings
from coach.web.common import HEAVY_LIMIT, md_escape, new_export_dir, quoted, safe, sources_md
from coach.web.i18n import Translator, t

PREP_FORMATS = ("eml", "ics", "docx", "md")
CRM_FORMATS = ("csv", "json")
MINUTES_FORMATS = ("md", "docx", "eml")
_STATUS_CLASS = {
    "covered": "ok",
    "partial": "warn",
    "missing": "bad",
    "met": "ok",
    "not_met": "bad",
    "unclear": "warn",
}
_CHECK_MARK = {"done": "☑", "open": "☐", "unknown": "?"}


def current_user() -> str:
    """Return the logged-in user of the current request ('local' without --auth)."""
    from gradio.context import LocalContext

    from coach.storage import user_name

    request = LocalContext.request.get(None)
    return user_name(getattr(request, "username", None) if request is not None else None)


def service(settings: Settings, lang: str) -> Any:
    """Return the deal service for the current user on the configured database."""
    from coach.deals.service import DealService
    from coach.storage import for_settings

    return DealService(for_settings(settings), current_user(), lang)


def _picked(choice: Any, lang: str) -> int:
    from coach.errors import InputError

    if choice in (None, ""):
        raise InputError(t("deals_none", lang))
    return int(choice)


def choices(settings: Settings, lang: str, value: Any = None) -> Any:
    """Return a dropdown update listing the user's deals (newest change first)."""
    deals = service(settings, lang).list()
    return gr.update(choices=[(f"#{d.id} · {d.name}", d.id) for d in deals], value=value)


def render_header(view: Any, lang: str) -> str:
    """Return the deal's name, customer, stage and the send-by reminder."""
    sub = " · ".join(md_escape(x) for x in (view.customer, view.offer) if x)
    send = ""
    if view.minutes_send_by and not view.minutes_sent:
        send = (
            f'<div class="badge warn" id="deals-send-by">{t("deals_send_by", lang)} '
            f"{day_text(view.minutes_send_by, lang)}</div>"
        )
    return (
        f'<div class="coach-deal-head"><h3>#{view.id} {md_escape(view.name)}</h3><div>{sub}</div>'
        f'<div>{t("deals_stage", lang)}: <span class="badge big" id="deals-stage" data-stage="{view.stage}"'
        f' data-by-hand="{1 if view.stage_by_hand else 0}">'
        f"{md_escape(view.stage_label)}</span></div>{render_stage_by_hand(view)}{send}</div>"
    )


def render_stage_by_hand(view: Any) -> str:
    """Return the line saying the stage was set by hand (date, note) and, when won, the gates the minutes lack."""
    hand = view.stage_by_hand
    if hand is None:
        return ""
    return (
        f'<div class="coach-stage-hand" id="deals-stage-hand" data-date="{hand.date.isoformat()}"'
        f' style="overflow-wrap:anywhere">{md_escape(view.stage_text)}</div>'
    )


def stage_choices(lang: str) -> list[tuple[str, str]]:
    """Return the stages a salesperson can set by hand, labelled in the UI language."""
    import coach.deals.messages  # noqa: F401 - registers the message ids
    from coach.deals.models import SETTABLE
    from coach.messages import msg

    return [(msg(f"deal.stage.{s}", lang), s) for s in SETTABLE]


def render_timeline(view: Any, lang: str) -> str:
    """Return the items of the deal, oldest first."""
    if not view.items:
        return f"<p>{t('deals_empty', lang)}</p>"
    rows = "".join(
        f'<li data-kind="{i.kind}"><b>{day_text(i.date, lang)}</b> · {t("deals_kind_" + i.kind, lang)} · '
        f"{md_escape(i.title)}</li>"
        for i in view.items
    )
    return f'<h4>{t("deals_timeline", lang)}</h4><ol class="coach-timeline">{rows}</ol>'


def _dimension_label(dimension: Any, lang: str) -> str:
    """Return a dimension's label in the UI language (the stored one is in the language of the deal's notes)."""
    from coach.qualify.bank import dimensions

    known = dimensions().get(dimension.key)
    return known.label(lang) if known else dimension.label


def render_qualification(view: Any, lang: str) -> str:
    """Return the merged qualification as a table: status, newest evidence, its date."""
    rows = []
    for d in view.qualification:
        badge = f'<span class="badge {_STATUS_CLASS[d.status]}">{t("status_" + d.status, lang)}</span>'
        if d.contradicted:
            badge += f' <span class="badge warn" data-contradicted="1">{t("deals_contradicted", lang)}</span>'
        quote = "".join(f'<div class="quote">{quoted(e, lang)}</div>' for e in d.evidence[:2])
        when = day_text(d.date, lang) if d.date and d.evidence else ""
        rows.append(
            f'<tr data-dim="{d.key}"><td>{md_escape(_dimension_label(d, lang))}</td><td>{badge}</td>'
            f"<td>{quote}</td><td>{when}</td></tr>"
        )
    ready = view.readiness
    return (
        f"<h4>{t('deals_qualification', lang)} — {ready.covered}/{ready.total}</h4>"
        f'<table class="coach-table" id="deals-dimensions"><tbody>{"".join(rows)}</tbody></table>'
    )


def render_trend(view: Any, lang: str) -> str:
    """Return the covered core dimensions over the notes' dates as an SVG chart (0 to 8), or a friendly hint."""
    points = view.trend
    title = t("deals_trend", lang)
    if not points:
        return f'<h4>{title}</h4><p class="coach-trend-empty" id="deals-trend-empty">{t("deals_trend_empty", lang)}</p>'
    top = view.readiness.total or 8
    width, height, left, right, up, down = 360, 180, 34, 14, 12, 34
    plot_w, plot_h = width - left - right, height - up - down
    n = len(points)

    def x(i: int) -> float:
        return left + (plot_w / 2 if n == 1 else plot_w * i / (n - 1))

    def y(v: int) -> float:
        return up + plot_h * (1 - v / top)

    grid = "".join(
        f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e5e7eb"/>'
        f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11" fill="#6b7280">{v}</text>'
        for v in range(0, top + 1, 2 if top > 6 else 1)
    )
    series = []
    for key, colour in (("covered", "#10b981"), ("partial", "#f59e0b")):
        xy = [(x(i), y(getattr(p, key))) for i, p in enumerate(points)]
        path = " ".join(f"{a:.1f},{b:.1f}" for a, b in xy)
        dots = "".join(
            f'<circle cx="{a:.1f}" cy="{b:.1f}" r="4" fill="{colour}" data-series="{key}" '
            f'data-value="{getattr(p, key)}"><title>{getattr(p, key)}</title></circle>'
            for (a, b), p in zip(xy, points, strict=True)
        )
        series.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>{dots}')

    def anchor(i: int) -> str:  # the outer labels point inwards, so the last one is not cut at the edge
        return "middle" if n == 1 or 0 < i < n - 1 else ("start" if i == 0 else "end")

    dates = "".join(
        f'<text x="{x(i):.1f}" y="{height - down + 16}" text-anchor="{anchor(i)}" font-size="11" fill="#6b7280">'
        f"{_short_date(p.date, lang)}</text>"
        for i, p in enumerate(points)
    )
    legend = " ".join(
        f'<span class="coach-legend"><i style="background:{c}"></i>{t("status_" + k, lang)}</span>'
        for k, c in (("covered", "#10b981"), ("partial", "#f59e0b"))
    )
    axis = md_escape(t("deals_trend_axis", lang).format(total=top))
    return (
        f"<h4>{title}</h4>"
        f'<svg id="deals-trend-svg" viewBox="0 0 {width} {height}" role="img" aria-label="{axis}" '
        f'style="width:100%;max-width:520px;height:auto" data-points="{n}">{grid}{"".join(series)}{dates}'
        f'<text x="10" y="{up + plot_h / 2:.1f}" font-size="10" fill="#6b7280" '
        f'transform="rotate(-90 10 {up + plot_h / 2:.1f})" text-anchor="middle">{axis}</text></svg>'
        f"<div>{legend}</div>"
    )


def _short_date(day: Any, lang: str) -> str:
    return day.strftime("%d.%m.") if lang == "de" else day.strftime("%d %b").lstrip("0")


def _gate_label(rules: Any, gate: Any, lang: str) -> str:
    """Return a gate's label in the UI language (a stored minutes result keeps the language it was made in)."""
    found = rules.gates.get(gate.id)
    return found.label.get(lang, gate.label) if found else gate.label


def render_gates(view: Any, lang: str) -> str:
    """Return the three gates as a checklist, with their evidence."""
    from coach.minutes.gates import load_rules

    rules = load_rules()
    items = []
    for g in view.gates:
        mark = "☑" if g.status == "met" else "☐"
        evidence = "".join(f'<div class="quote">{quoted(e, lang)}</div>' for e in g.evidence[:1])
        missing = "".join(
            f'<div class="missing">{md_escape(rules.part_label(m, lang))}</div>' for m in g.missing[:2]
        )
        items.append(
            f'<li class="gate gate-{g.status}" data-gate="{g.id}">{mark} <b>{md_escape(_gate_label(rules, g, lang))}</b> '
            f'<span class="badge {_STATUS_CLASS[g.status]}">{t("deals_gate_" + g.status, lang)}</span>'
            f"{evidence}{missing}</li>"
        )
    return (
        f'<h4>{t("deals_gates", lang)}</h4><ul class="coach-gates" id="deals-gate-list">{"".join(items)}</ul>'
    )


def _owner_due(text: str, owner: str | None, due: dt.date | None, lang: str) -> str:
    """Return ' — owner — due' for an action or a check, the date as the UI language writes it, none already said."""
    parts = [owner] if owner else []
    if due is not None and due.isoformat() not in text and day_text(due, lang) not in text:
        parts.append(day_text(due, lang))
    return "".join(f" — {md_escape(p)}" for p in parts)


def render_actions(view: Any, lang: str) -> str:
    """Return the open actions with owners and due dates."""
    if not view.open_actions:
        return ""
    items = "".join(
        f"<li>{md_escape(a.task)}{_owner_due('', a.owner, a.due, lang)}</li>" for a in view.open_actions
    )
    return f"<h4>{t('deals_actions', lang)}</h4><ul>{items}</ul>"


def render_prep(prep: Any, lang: str) -> str:
    """Return the preparation: checklist, one-pager, invitation and likely objections."""
    from coach.messages import msg
    from coach.prepare.messages import objection_label

    if prep is None:
        return ""
    checks = "".join(
        f'<li data-check="{c.id}">{_CHECK_MARK[c.status]} {md_escape(c.note)}'
        f"{_owner_due(c.note, c.owner, c.due, lang)}</li>"
        for c in prep.checklist
    )
    pager = "".join(
        f'<div class="one-pager" data-element="{e.element}"><b>{md_escape(e.title)}</b><p>{md_escape(e.text)}</p></div>'
        for e in prep.one_pager
    )
    inv = prep.invitation
    people = "".join(
        f"<li>{md_escape(a.name)}{', ' + md_escape(a.role) if a.role else ''}{' ★' if a.decision_maker else ''}</li>"
        for a in inv.attendees
    )
    agenda = "".join(f"<li>{md_escape(a)}</li>" for a in inv.agenda)
    objections = "".join(
        f'<li data-objection="{o.type}"><b>{md_escape(objection_label(o.type, lang))}</b>: '
        f"{md_escape(o.reason)}<ul>"
        + "".join(f"<li>{md_escape(q)}</li>" for q in o.questions[:3])
        + "</ul>"
        + (
            f'<div class="cite">{t("deals_practise", lang)} {quoted(_scenario_title(o.practise.scenario), lang)}</div>'
            if o.practise.scenario
            else ""
        )
        + "</li>"
        for o in prep.likely_objections
    )
    return (
        f'<h4>{t("deals_prep", lang)}</h4><h5>{t("deals_checklist", lang)}</h5><ul class="coach-checklist">{checks}</ul>'
        f"<h5>{t('deals_one_pager', lang)}</h5>{pager}"
        f'<h5>{t("deals_invitation", lang)}</h5><p id="deals-subject"><b>{md_escape(inv.subject)}</b></p>'
        f"<ul>{people}</ul><ol>{agenda}</ol>"
        f"<h5>{t('deals_objections', lang)}</h5>"
        + (f"<ul>{objections}</ul>" if objections else f"<p>{md_escape(msg('prep.no_objections', lang))}</p>")
    )


def _write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def _scenario_title(scenario_id: str) -> str:
    """Return a role-play scenario's title (what a salesperson recognises), else its id."""
    from coach.roleplay.scenarios import scenario_library

    found = scenario_library().scenarios.get(scenario_id)
    return found.title if found else scenario_id


def sentences(parts: list[str]) -> str:
    """Join a status and its notices into one paragraph, each ending like a sentence."""
    out = [p.strip() for p in parts if p and p.strip()]
    return " ".join(p if p[-1] in ".!?…:)" else p + "." for p in out)


def prep_downloads(prep: Any, settings: Settings | None = None) -> list[Any]:
    """Return download-button updates for the invitation (.eml, .ics if dated), one-pager (.docx) and Markdown.

    The invitations carry the user's address (COACH_SENDER) or a placeholder, and the configured time zone."""
    from coach.prepare.export import export, suggested_filename

    if prep is None:
        return [gr.update(visible=False) for _ in PREP_FORMATS]
    folder = new_export_dir()
    out = []
    for fmt in PREP_FORMATS:
        if fmt == "ics" and prep.meeting_date is None:
            out.append(gr.update(visible=False))
            continue
        out.append(
            gr.update(
                value=_write(
                    folder,
                    suggested_filename(prep, fmt),
                    export(
                        prep,
                        fmt,  # type: ignore[arg-type]
                        settings.sender if settings else None,
                        settings.timezone if settings else "Europe/Berlin",
                    ),
                ),
                visible=True,
            )
        )
    return out


def minutes_downloads(svc: Any, deal_id: int, lang: str) -> list[Any]:
    """Return download-button updates for the newest minutes (.md, .docx, .eml customer version), or hidden."""
    from coach.minutes.models import MinutesResult
    from coach.web.minutes_tab import write_exports

    stored = [r for r in svc.rows(deal_id) if r.kind == "minutes"]
    if not stored:
        return [gr.update(visible=False) for _ in MINUTES_FORMATS]
    newest = max(stored, key=lambda r: (r.item_date, r.id))
    paths = write_exports(MinutesResult.model_validate_json(newest.result), lang)
    return [gr.update(value=str(paths[fmt]), visible=True) for fmt in MINUTES_FORMATS]


def deal_notes(svc: Any, deal_id: int) -> str:
    """Return the deal's call notes, oldest first, as one text (what the "practise" role-play is built from)."""
    return "\n\n".join(r.text for r in svc.rows(deal_id) if r.kind == "notes" and r.text.strip())


def crm_downloads(view: Any) -> list[Any]:
    """Return download-button updates for the CRM export (CSV and JSON)."""
    from coach.deals.crm import to_crm_csv, to_crm_json

    folder = new_export_dir()
    return [
        gr.update(value=_write(folder, f"deal-{view.id}-crm.csv", to_crm_csv([view])), visible=True),
        gr.update(value=_write(folder, f"deal-{view.id}-crm.json", to_crm_json(view)), visible=True),
    ]


def latest_preparation(svc: Any, deal_id: int) -> Any:
    """Return the deal's newest stored preparation (a PrepareResult), or None."""
    from coach.prepare.models import PrepareResult

    stored = [r for r in svc.rows(deal_id) if r.kind == "preparation"]
    if not stored:
        return None
    newest = max(stored, key=lambda r: r.id)
    return PrepareResult.model_validate_json(newest.result)


def show(settings: Settings, deal_id: Any, lang: str, status: str = "", prep: Any = None) -> tuple:
    """Return every output of the tab for one deal (status, picker, views, chart, downloads)."""
    svc = service(settings, lang)
    view = svc.show(_picked(deal_id, lang), lang)
    prep = prep or latest_preparation(svc, view.id)
    producers = ", ".join(dict.fromkeys(i.provider for i in view.items)) or "offline"
    footer = sources_md(view.sources + (prep.sources if prep else []), lang) + (
        f'<div class="coach-brain"><span>{t("produced_by", lang)}: <code>{md_escape(producers)}</code></span></div>'
    )
    return (
        status,
        choices(settings, lang, view.id),
        render_header(view, lang),
        render_timeline(view, lang),
        render_qualification(view, lang),
        render_trend(view, lang),
        render_gates(view, lang) + render_actions(view, lang),
        render_prep(prep, lang),
        *prep_downloads(prep, settings),
        *crm_downloads(view),
        *minutes_downloads(svc, view.id, lang),
        deal_notes(svc, view.id),
        footer,
    )


def create(settings: Settings, name: str, customer: str, offer: str, lang: str) -> tuple:
    """Create a deal and show it (with a warning when another deal of the user has the same name)."""
    import coach.deals.messages  # noqa: F401 - registers the message ids
    from coach.messages import msg

    svc = service(settings, lang)
    deal_id = svc.create(name, customer, offer)
    twins = svc.same_name(name, but=deal_id)
    status = t("deals_created", lang).format(id=deal_id)
    if twins:  # said as on the command line: the same name twice is usually a slip
        status = msg("deal.same_name", lang, ids=", #".join(str(i) for i in twins), id=deal_id)
    return show(settings, deal_id, lang, status)


def add(
    settings: Settings,
    deal_id: Any,
    text: str,
    day: str,
    kind: str,
    lang: str,
    provider: str = "offline",
    progress: Any = None,
) -> tuple:
    """Add notes or minutes to the picked deal (analysed by the session's brain, within the server's limits)."""
    from functools import partial

    from coach.deals.service import analyse_item, parse_day
    from coach.lang import detect_language
    from coach.web import brains
    from coach.web.common import cut_notes, require_text
    from coach.web.engine_run import run_within_limits

    svc = service(settings, lang)
    picked = _picked(deal_id, lang)
    svc.get(picked)  # the deal exists and is the user's, before any work
    on = parse_day(day or None, lang)
    # cut before any work, said in the UI language
    text, notices = cut_notes(require_text(text, lang), lang, kind)
    brain = brains.brain_for(settings, provider, lang, progress)
    model = brain if brain.chat is not None else None
    engine = partial(analyse_item, kind=kind, lang=detect_language(text), on=on)
    result = run_within_limits(engine, text, model, lang, progress, by_sentences=kind == "notes")
    item = svc.add(picked, text, kind=kind, on=on, brain=model, result=result)  # type: ignore[arg-type]
    status = t("deals_added", lang).format(kind=t("deals_kind_" + kind, lang), date=day_text(item.date, lang))
    return show(settings, deal_id, lang, sentences([status, *notices]))


def prepare(settings: Settings, deal_id: Any, meeting: str, lang: str) -> tuple:
    """Prepare the decision meeting of the picked deal, store it in the deal and show it with the downloads."""
    from coach.cli.prepare_cmd import parse_meeting
    from coach.prepare.engine import prepare_deal

    svc = service(settings, lang)
    day, at = parse_meeting(meeting, lang)
    prep = prepare_deal(svc, _picked(deal_id, lang), lang=lang, meeting_date=day, meeting_time=at)
    svc.add_preparation(int(deal_id), prep)
    from coach.prepare.export import sender_notice

    notices = [*prep.notices, *filter(None, [sender_notice(settings.sender, lang, web=True)])]
    status = sentences([t("deals_prepared", lang), *notices])
    return show(settings, deal_id, lang, status, prep)


def mark_sent(settings: Settings, deal_id: Any, lang: str) -> tuple:
    """Mark the newest minutes as sent and show the deal."""
    service(settings, lang).mark_minutes_sent(_picked(deal_id, lang))
    return show(settings, deal_id, lang, t("deals_marked_sent", lang))


def set_stage(settings: Settings, deal_id: Any, stage: Any, note: str, day: str, lang: str) -> tuple:
    """Record the picked stage of the picked deal by hand (note, date) and show the deal; gates stay as proven."""
    from coach.deals.service import parse_day
    from coach.deals.stage import parse_stage
    from coach.messages import msg

    svc = service(settings, lang)
    picked = _picked(deal_id, lang)
    chosen = parse_stage(stage or "", lang)
    item = svc.set_stage(picked, chosen, note, parse_day(day or None, lang), lang=lang)
    status = t("deals_stage_done", lang).format(
        stage=msg(f"deal.stage.{chosen}", lang), date=day_text(item.date, lang)
    )
    return show(settings, picked, lang, status)


def build(
    settings: Settings, tr: Translator, lang_state: gr.State, provider_state: gr.State
) -> dict[str, Any]:
    """Add the Deals tab's components and events to the current Blocks context."""
    with gr.Row(equal_height=False):
        with gr.Column(scale=5):
            picker = tr.add(gr.Dropdown(choices=[], elem_id="deals-pick"), label="deals_pick")
            with tr.add(gr.Accordion(open=True, elem_id="deals-new"), label="deals_new"):
                name = tr.add(gr.Textbox(elem_id="deals-name", max_lines=1), label="deals_name")
                customer = tr.add(gr.Textbox(elem_id="deals-customer", max_lines=1), label="deals_customer")
                offer = tr.add(gr.Textbox(elem_id="deals-offer", max_lines=2), label="deals_offer")
                create_btn = tr.add(gr.Button(elem_id="deals-create"), value="deals_create")
            text = tr.add(
                gr.Textbox(lines=10, max_lines=30, max_length=LIMITS["notes"], elem_id="deals-input"),
                label="deals_text",
                placeholder="deals_text_ph",
            )
            day = tr.add(gr.Textbox(max_lines=1, elem_id="deals-date"), label="deals_date")
            with gr.Row():
                add_notes = tr.add(
                    gr.Button(variant="primary", elem_id="deals-add-notes"), value="deals_add_notes"
                )
                add_minutes = tr.add(gr.Button(elem_id="deals-add-minutes"), value="deals_add_minutes")
            meeting = tr.add(
                gr.Textbox(max_lines=1, elem_id="deals-meeting-date"), label="deals_meeting_date"
            )
            with gr.Row():
                prepare_btn = tr.add(
                    gr.Button(variant="primary", elem_id="deals-prepare"), value="deals_prepare"
                )
                sent_btn = tr.add(gr.Button(elem_id="deals-sent"), value="deals_sent")
            with tr.add(gr.Accordion(open=False, elem_id="deals-stage-set"), label="deals_set_stage"):
                stage_pick = tr.add_custom(
                    gr.Dropdown(
                        choices=stage_choices(tr.lang),
                        label=t("deals_stage_pick", tr.lang),
                        elem_id="deals-stage-pick",
                    ),
                    lambda lang: {"choices": stage_choices(lang), "label": t("deals_stage_pick", lang)},
                )
                stage_note = tr.add(
                    gr.Textbox(max_lines=2, max_length=500, elem_id="deals-stage-note"),
                    label="deals_stage_note",
                    placeholder="deals_stage_note_ph",
                )
                stage_day = tr.add(
                    gr.Textbox(max_lines=1, elem_id="deals-stage-date"), label="deals_stage_date"
                )
                stage_btn = tr.add(gr.Button(elem_id="deals-stage-button"), value="deals_stage_button")
            with tr.add(gr.Accordion(open=True, elem_id="deals-downloads"), label="deals_downloads"):
                downloads = [
                    tr.add(
                        gr.DownloadButton(visible=False, size="sm", elem_id=f"deals-dl-{fmt}"),
                        label=f"deals_dl_{fmt}",
                    )
                    for fmt in (*PREP_FORMATS, *CRM_FORMATS)
                ]
                downloads += [
                    tr.add(
                        gr.DownloadButton(visible=False, size="sm", elem_id=f"deals-dl-minutes-{fmt}"),
                        label=f"deals_dl_minutes_{fmt}",
                    )
                    for fmt in MINUTES_FORMATS
                ]
            practise_btn = tr.add(gr.Button(size="sm", elem_id="deals-practise"), value="deals_practise_btn")
            notes_all = gr.Textbox(visible=False, elem_id="deals-notes-all")
        with gr.Column(scale=7):
            status = gr.Markdown(elem_id="deals-status")
            tr.add(gr.Markdown(elem_id="deals-intro", elem_classes=["coach-intro"]), value="deals_intro")
            header = gr.HTML(elem_id="deals-header")
            timeline = gr.HTML(elem_id="deals-timeline")
            qualification = gr.HTML(elem_id="deals-qualification")
            chart = gr.HTML(elem_id="deals-trend")
            gates = gr.HTML(elem_id="deals-gates")
            prep = gr.HTML(elem_id="deals-prep")
            footer = gr.HTML(elem_id="deals-footer")

    outputs = [
        status,
        picker,
        header,
        timeline,
        qualification,
        chart,
        gates,
        prep,
        *downloads,
        notes_all,
        footer,
    ]
    n = len(outputs)

    def on_pick(deal_id: Any, lang: str) -> tuple:
        if deal_id in (None, ""):
            return tuple(gr.skip() for _ in range(n))
        return show(settings, deal_id, lang)

    def on_create(name: str, customer: str, offer: str, lang: str) -> tuple:
        return create(settings, name, customer, offer, lang)

    def on_notes(
        deal_id: Any,
        text: str,
        day: str,
        lang: str,
        provider: str,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple:
        return add(settings, deal_id, text, day, "notes", lang, provider, progress)

    def on_minutes(
        deal_id: Any,
        text: str,
        day: str,
        lang: str,
        provider: str,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple:
        return add(settings, deal_id, text, day, "minutes", lang, provider, progress)

    def on_prepare(deal_id: Any, meeting: str, lang: str) -> tuple:
        return prepare(settings, deal_id, meeting, lang)

    def on_sent(deal_id: Any, lang: str) -> tuple:
        return mark_sent(settings, deal_id, lang)

    def on_stage(deal_id: Any, stage: Any, note: str, day: str, lang: str) -> tuple:
        return set_stage(settings, deal_id, stage, note, day, lang)

    def on_load(lang: str) -> Any:
        return choices(settings, lang)

    picker.input(safe(on_pick, outputs=n), [picker, lang_state], outputs)
    create_btn.click(
        safe(on_create, outputs=n), [name, customer, offer, lang_state], outputs, api_name="deal_create"
    )
    add_notes.click(
        safe(on_notes, outputs=n),
        [picker, text, day, lang_state, provider_state],
        outputs,
        api_name="deal_add_notes",
        concurrency_limit=HEAVY_LIMIT,
        concurrency_id="heavy",
        show_progress_on=status,
    )
    add_minutes.click(
        safe(on_minutes, outputs=n),
        [picker, text, day, lang_state, provider_state],
        outputs,
        api_name="deal_add_minutes",
        concurrency_limit=HEAVY_LIMIT,
        concurrency_id="heavy",
        show_progress_on=status,
    )
    prepare_btn.click(
        safe(on_prepare, outputs=n), [picker, meeting, lang_state], outputs, api_name="deal_prepare"
    )
    sent_btn.click(safe(on_sent, outputs=n), [picker, lang_state], outputs, api_name="deal_sent")
    stage_btn.click(
        safe(on_stage, outputs=n),
        [picker, stage_pick, stage_note, stage_day, lang_state],
        outputs,
        api_name="deal_set_stage",
    )
    return {
        "load": (safe(on_load), [lang_state], [picker]),
        "relabel": (
            safe(on_pick, outputs=n),
            [picker, lang_state],
            outputs,
        ),  # the open deal in the new language
        "practise_from": (
            practise_btn,
            notes_all,
        ),  # app.py opens the Role-play tab with a scenario from them
    }
