"""The Evals tab (for enablement leads): pick suites and a brain, run with progress, read the summary and report."""

from __future__ import annotations

import html
from typing import Any

import gradio as gr

from coach.errors import InputError
from coach.settings import Settings
from coach.web import brains
from coach.web.common import md_escape, new_export_dir, safe
from coach.web.i18n import Translator, t

SUITES = ("qualify", "minutes", "replies", "roleplay", "retrieval")


def suite_choices(lang: str) -> list[tuple[str, str]]:
    """Return (label, suite) for the suite picker in the UI language."""
    return [(t("suite_" + s, lang), s) for s in SUITES]


def provider_choices(lang: str) -> list[tuple[str, str]]:
    """Return (label, provider) for the brain under test."""
    return [(t("provider_" + p, lang), p) for p in ("offline", "auto", "local", "openai")]


def _metric(name: str, value: float, rule: dict[str, float] | None, below: list[str]) -> str:
    shown = f"{value:.3f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
    if not rule:
        return f"{md_escape(name)} {shown}"
    limit = " ".join(f"{'≥' if k == 'min' else '≤'} {v:g}" for k, v in rule.items())
    cls = "bad" if name in below else "ok"
    return f'<span class="{cls}">{md_escape(name)} {shown}</span> <span class="muted">({limit})</span>'


def render_summary(run: Any, lang: str) -> str:
    """Return the run's verdict and one row per suite (status, cases, thresholded metrics, time) as HTML."""
    verdict = "ok" if run.passed else "bad"
    passed = sum(r.passed for r in run.suites.values())
    head = "".join(
        f"<th>{t(k, lang)}</th>" for k in ("col_suite", "col_status", "col_cases", "col_metrics", "col_time")
    )
    rows = []
    for name, r in run.suites.items():
        badge = f'<span class="badge {"ok" if r.passed else "bad"}">{t("passed" if r.passed else "failed", lang)}</span>'
        metrics = "<br>".join(
            _metric(k, v, r.thresholds.get(k), r.below) for k, v in r.metrics.items() if k in r.thresholds
        )
        if r.error:
            metrics += f'<div class="bad">{md_escape(r.error)}</div>'
        rows.append(
            f'<tr data-suite="{name}"><td><b>{md_escape(t("suite_" + name, lang))}</b></td><td>{badge}</td>'
            f"<td>{r.cases}</td><td>{metrics}</td><td>{r.seconds:.1f} s</td></tr>"
        )
    title = t("evals_verdict", lang).format(
        passed=passed, total=len(run.suites), seconds=f"{run.seconds:.1f}"
    )
    return (
        f'<div class="coach-readiness"><span class="badge big {verdict}">{t("passed" if run.passed else "failed", lang)}'
        f"</span> <b>{title}</b> <code>{md_escape(run.provider)}</code></div>"
        f'<table class="coach-table" id="evals-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def report_frame(report_html: str) -> str:
    """Return the self-contained HTML report in a sandboxed iframe (its styles stay inside)."""
    return (
        f'<iframe class="coach-report" sandbox="" title="eval report" srcdoc="{html.escape(report_html, quote=True)}">'
        "</iframe>"
    )


def run_evals(settings: Settings, suites: list[str], provider: str, lang: str, progress: Any = None) -> tuple:
    """Run the chosen suites with the chosen brain; return (status, summary, report frame, report download)."""
    from coach.evals.report import to_html
    from coach.evals.runner import count_cases, run_suites
    from coach.retrieval.store import build_index, index_exists

    chosen = [s for s in SUITES if s in (suites or [])]
    if not chosen:
        raise InputError(t("evals_none", lang))
    brain = brains.brain_for(settings, provider, lang, progress)
    if "retrieval" in chosen and not index_exists(settings):
        build_index(settings)
    total, done = max(count_cases(chosen), 1), [0]

    def advance(n: int) -> None:
        done[0] += n
        if progress is not None:
            progress((min(done[0], total), total), desc=t("evals_running", lang), unit="cases")

    advance(0)
    run = run_suites(settings, brain, chosen, progress=advance)
    report = to_html(run)
    path = new_export_dir() / "coach-eval-report.html"
    path.write_text(report, encoding="utf-8")
    notice = "\n\n".join(f"ℹ {md_escape(n)}" for n in brain.notices)
    return notice, render_summary(run, lang), report_frame(report), gr.update(value=str(path), visible=True)


def build(
    settings: Settings, tr: Translator, lang_state: gr.State, provider_state: gr.State
) -> dict[str, Any]:
    """Add the evals tab's components and events to the current Blocks context."""
    lang = tr.lang
    tr.add(gr.Markdown(elem_id="evals-intro"), value="evals_intro")
    with gr.Row():
        suites = tr.add_custom(
            gr.CheckboxGroup(
                choices=suite_choices(lang),
                value=list(SUITES),
                label=t("evals_suites", lang),
                scale=3,
                elem_id="evals-suites",
            ),
            lambda lg: {"choices": suite_choices(lg), "label": t("evals_suites", lg)},
        )
        provider = tr.add_custom(
            gr.Radio(
                choices=provider_choices(lang),
                value="offline",
                label=t("evals_provider", lang),
                scale=2,
                elem_id="evals-provider",
            ),
            lambda lg: {"choices": provider_choices(lg), "label": t("evals_provider", lg)},
        )
    with gr.Row():
        run_btn = tr.add(gr.Button(variant="primary", elem_id="evals-run"), value="evals_run")
        download = tr.add(gr.DownloadButton(visible=False, elem_id="evals-download"), label="evals_download")
    status = gr.Markdown(elem_id="evals-status")
    summary = gr.HTML(elem_id="evals-summary")
    with tr.add(gr.Accordion(open=False, elem_id="evals-report-box"), label="evals_report"):
        report = gr.HTML(elem_id="evals-report")

    def run(chosen: list[str], provider: str, lang: str, progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
        return run_evals(settings, chosen, provider, lang, progress)

    run_btn.click(safe(run, outputs=4), [suites, provider, lang_state], [status, summary, report, download])
    return {}
