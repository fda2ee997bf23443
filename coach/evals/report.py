"""Render an eval run as one self-contained HTML file (with an SVG chart per suite) or as Markdown."""

from __future__ import annotations

import json
from html import escape

from coach.evals.runner import EvalRun, SuiteResult

_CSS = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1f2937;padding:0 1rem}
h1{margin-bottom:.2rem} .muted{color:#6b7280} table{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem}
th,td{border:1px solid #e5e7eb;padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#f9fafb} .pass{color:#047857;font-weight:600} .fail{color:#b91c1c;font-weight:600}
code,pre{font-family:ui-monospace,monospace;font-size:.82rem;white-space:pre-wrap;word-break:break-word;margin:0}
section{border-top:2px solid #e5e7eb;padding-top:.5rem;margin-top:1.5rem}
"""


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
    return str(value)


def _rule(rule: dict[str, float]) -> str:
    return " ".join(f"{'≥' if k == 'min' else '≤'} {_fmt(v)}" for k, v in rule.items())


def _chart(result: SuiteResult) -> str:
    """Return an inline SVG bar chart of the suite's 0..1 metrics with threshold marks."""
    items = [
        (k, v) for k, v in result.metrics.items() if 0 <= v <= 1 and not k.endswith(("_dev", "_holdout"))
    ]
    if not items:
        return ""
    width, bar_h, label_w = 640, 22, 230
    height = bar_h * len(items) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for i, (name, value) in enumerate(items):
        y = 5 + i * bar_h
        rule = result.thresholds.get(name, {})
        ok = name not in result.below
        w = (width - label_w - 60) * value
        parts.append(f'<text x="0" y="{y + 15}" font-size="12">{escape(name)}</text>')
        parts.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{bar_h - 8}" '
            f'fill="{"#10b981" if ok else "#ef4444"}"/>'
        )
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 15}" font-size="11">{_fmt(value)}</text>')
        if "min" in rule:
            x = label_w + (width - label_w - 60) * rule["min"]
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y}" y2="{y + bar_h}" stroke="#111" stroke-dasharray="3"/>'
            )
    parts.append("</svg>")
    return "".join(parts)


def to_html(run: EvalRun) -> str:
    """Return the report as one HTML document with no external resources."""
    status = lambda ok: f'<span class="{"pass" if ok else "fail"}">{"passed" if ok else "FAILED"}</span>'  # noqa: E731
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>coach eval report</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>coach eval — {status(run.passed)}</h1>",
        f"<p class='muted'>provider {escape(run.provider)} · coach {escape(run.version)} · {escape(run.started)} · "
        f"{run.seconds:.1f} s</p>",
        "<table><tr><th>suite</th><th>status</th><th>cases</th><th>key metrics</th><th>failing cases</th></tr>",
    ]
    for name, r in run.suites.items():
        key = ", ".join(f"{escape(k)} {_fmt(v)}" for k, v in r.metrics.items() if k in r.thresholds)
        out.append(
            f"<tr><td><a href='#{escape(name)}'>{escape(name)}</a></td><td>{status(r.passed)}</td>"
            f"<td>{r.cases}</td><td>{key or escape(r.error or '')}</td><td>{len(r.failures)}</td></tr>"
        )
    out.append("</table>")
    if run.judge_calibration:
        out.append(f"<p>Judge calibration: <code>{escape(json.dumps(run.judge_calibration))}</code></p>")
    for name, r in run.suites.items():
        out.append(f"<section id='{escape(name)}'><h2>{escape(name)} — {status(r.passed)}</h2>")
        if r.error:
            out.append(f"<p class='fail'>{escape(r.error)}</p>")
        out.append(_chart(r))
        out.append("<table><tr><th>metric</th><th>value</th><th>threshold</th></tr>")
        for k, v in r.metrics.items():
            rule = r.thresholds.get(k)
            mark = "" if not rule else (" ✓" if k not in r.below else " ✗")
            out.append(
                f"<tr><td>{escape(k)}</td><td>{_fmt(v)}</td><td>{escape(_rule(rule)) if rule else ''}{mark}</td></tr>"
            )
        out.append("</table>")
        if run.flipped and name in run.flipped:
            f = run.flipped[name]
            out.append(
                f"<p>Against the baseline: regressed {escape(', '.join(f['regressed']) or '—')}; "
                f"fixed {escape(', '.join(f['fixed']) or '—')}</p>"
            )
        if r.judge:
            out.append(f"<p>LLM judge mean score: {escape(str(r.judge.get('mean_score')))} / 5</p>")
        if r.failures:
            out.append("<h3>Failing cases</h3><table><tr><th>case</th><th>expected</th><th>got</th></tr>")
            for fail in r.failures[:200]:
                out.append(
                    f"<tr><td>{escape(fail.case)}</td><td><pre>{escape(_show(fail.expected))}</pre></td>"
                    f"<td><pre>{escape(_show(fail.got))}</pre></td></tr>"
                )
            out.append("</table>")
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out)


def _show(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1, default=str)


def to_markdown(run: EvalRun) -> str:
    """Return the report as Markdown."""
    lines = [
        f"# coach eval — {'passed' if run.passed else 'FAILED'}",
        "",
        f"provider {run.provider} · coach {run.version} · {run.started} · {run.seconds:.1f} s",
        "",
        "| suite | status | cases | metrics |",
        "|---|---|---|---|",
    ]
    for name, r in run.suites.items():
        metrics = ", ".join(f"{k} {_fmt(v)}" for k, v in r.metrics.items())
        lines.append(
            f"| {name} | {'passed' if r.passed else 'FAILED'} | {r.cases} | {metrics or r.error or ''} |"
        )
    for name, r in run.suites.items():
        if r.failures:
            lines += ["", f"## {name}: failing cases", "", "| case | expected | got |", "|---|---|---|"]
            for fail in r.failures[:100]:
                cell = lambda v: _show(v).replace("|", "\\|").replace("\n", " ")[:300]  # noqa: E731
                lines.append(f"| {fail.case} | {cell(fail.expected)} | {cell(fail.got)} |")
    return "\n".join(lines) + "\n"
