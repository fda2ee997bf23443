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


def provider_choices(settings: Settings, lang: str) -> list[tuple[str, str]]:
    """Return (label, provider) for the brain under test: only the brains that can answer here."""
    return [(t("provider_" + p, lang), p) for p in brains.available_providers(settings)]


# The one figure each suite is summed up by, and how many things it counts per case.
HEADLINE = {
    "qualify": "label_accuracy",
    "minutes": "outcome_accuracy",
    "replies": "explores_root_cause_accuracy",
    "roleplay": "good_beats_bad",
    "retrieval": "recall_at_5",
}


def _of_100(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}"


def plain_sentence(name: str, r: Any, lang: str) -> str:
    """Return one plain sentence for a suite: its headline figure as 'N of 100', with the held-out figure."""
    key = HEADLINE.get(name)
    metrics = r.metrics
    value = metrics.get(key) if key else None
    if value is None:
        return t("evals_plain_generic", lang).format(suite=t("suite_" + name, lang), cases=r.cases)
    text = t("evals_plain_" + name, lang).format(
        n=_of_100(value), cases=r.cases, count=round(value * r.cases)
    )
    for split in ("holdout", "blind"):
        other = metrics.get(f"{key}_{split}")
        if other is not None and name != "roleplay":
            text += " " + t(f"evals_plain_{split}", lang).format(n=_of_100(other))
    return text


def technical_details(r: Any) -> str:
    """Return every metric of a suite (name, value, threshold) as a compact HTML list, for the curious."""
    items = []
    for k, v in r.metrics.items():
        if isinstance(v, int | float):
            items.append(f"<li>{_metric(k, float(v), r.thresholds.get(k), r.below)}</li>")
    return f'<ul class="coach-metrics">{"".join(items)}</ul>'


def _metric(name: str, value: float, rule: dict[str, float] | None, below: list[str]) -> str:
    shown = f"{value:.3f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
    if not rule:
        return f"{md_escape(name)} {shown}"
    limit = " ".join(f"{'≥' if k == 'min' else '≤'} {v:g}" for k, v in rule.items())
    cls = "bad" if name in below else "ok"
    return f'<span class="{cls}">{md_escape(name)} {shown}</span> <span class="muted">({limit})</span>'


def render_summary(run: Any, lang: str) -> str:
    """Return the run's verdict and one plain sentence per suite, the technical figures one click away."""
    verdict = "ok" if run.passed else "bad"
    passed = sum(r.passed for r in run.suites.values())
    rows = []
    for name, r in run.suites.items():
        badge = f'<span class="badge {"ok" if r.passed else "bad"}">{t("passed" if r.passed else "failed", lang)}</span>'
        error = f'<div class="bad">{md_escape(r.error)}</div>' if r.error else ""
        rows.append(
            f'<li class="coach-suite" data-suite="{name}">{badge} <b>{md_escape(t("suite_" + name, lang))}:</b> '
            f"{md_escape(plain_sentence(name, r, lang))}{error}"
            f"<details><summary>{t('evals_details', lang)}</summary>"
            f'<p class="muted">{t("col_cases", lang)}: {r.cases} · {t("col_time", lang)}: {r.seconds:.1f} s</p>'
            f"{technical_details(r)}</details></li>"
        )
    title = t("evals_verdict", lang).format(
        passed=passed, total=len(run.suites), seconds=f"{run.seconds:.1f}"
    )
    return (
        f'<div class="coach-readiness"><span class="badge big {verdict}">{t("passed" if run.passed else "failed", lang)}'
        f"</span> <b>{title}</b> <code>{md_escape(run.provider)}</code></div>"
        f'<ul class="coach-suites" id="evals-table">{"".join(rows)}</ul>'
        f'<p class="muted">{t("evals_plain_note", lang)}</p>'
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
    path = new_export_dir() / t("evals_file", lang)
    path.write_text(report, encoding="utf-8")
    notice = "\n\n".join(f"ℹ {md_escape(n)}" for n in brain.notices_in(lang))
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
                choices=provider_choices(settings, lang),
                value="offline",
                label=t("evals_provider", lang),
                scale=2,
                elem_id="evals-provider",
            ),
            lambda lg: {"choices": provider_choices(settings, lg), "label": t("evals_provider", lg)},
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

    run_btn.click(
        safe(run, outputs=4),
        [suites, provider, lang_state],
        [status, summary, report, download],
        concurrency_id="evals",
        concurrency_limit=1,
    )
    return {}
