"""The app's CSS: status colours, result tables, the brain line; theme variables so dark mode works too."""

CSS = """

.gradio-container {max-width: min(1280px, 100vw) !important; min-width: 0 !important;}
/* Centred above 1280 px by padding its parent, not by `margin: auto` on the container: in gradio-app's flex column
   an auto margin sizes the container to its content, so every keystroke in a big textbox re-measured the whole page
   (a 50,000-character paste froze it for minutes; tests/test_web_bigpaste_browser.py, test_web_layout_browser.py). */
gradio-app {padding-inline: max(0px, calc((100% - 1280px) / 2)) !important; box-sizing: border-box;}
footer {display: none !important;}
#coach-top {align-items: center;}
#coach-header {display: flex; gap: .9rem; align-items: center;}
#coach-header svg.logo {width: 46px; height: 46px; flex: none;}
svg.icon {display: inline-block !important; width: 1em; height: 1em; vertical-align: -0.15em; margin: 0 .25rem 0 0;}
#coach-header h1 {margin: 0; font-size: 1.45rem; font-weight: 700;}
#coach-header p {margin: .15rem 0 0; color: var(--body-text-color-subdued); font-size: .92rem;}
.coach-brain {display: flex; flex-wrap: wrap; justify-content: space-between; gap: .4rem 1rem;
  padding: .45rem .8rem; border-radius: 8px; font-size: .88rem; margin: .2rem 0;
  background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary);}
.coach-brain-remote {border-color: #f59e0b; background: rgba(245, 158, 11, .10);}
.coach-brain-local .coach-privacy {color: #047857;}
.dark .coach-brain-local .coach-privacy {color: #34d399;}
.coach-brain-remote .coach-privacy {color: #b45309; font-weight: 600;}
.badge {display: inline-block; padding: .08rem .55rem; border-radius: 999px; font-size: .8rem;
  font-weight: 600; white-space: nowrap; border: 1px solid transparent;}
.badge.big {font-size: .92rem; padding: .2rem .75rem;}
.badge.ok {background: #d1fae5; color: #065f46; border-color: #6ee7b7;}
.badge.warn {background: #fef3c7; color: #92400e; border-color: #fcd34d;}
.badge.bad {background: #fee2e2; color: #991b1b; border-color: #fca5a5;}
.badge.neutral {background: #e0e7ff; color: #3730a3; border-color: #a5b4fc;}
span.ok, b.ok, .mark.ok {color: #047857;} span.bad, b.bad, div.bad, .mark.bad {color: #b91c1c;}
.mark.warn {color: #b45309;} .mark {font-weight: 700; font-size: 1.05rem;}
.muted {color: var(--body-text-color-subdued);}
.coach-table {width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem;}
.coach-table th, .coach-table td {border: none !important; border-bottom: 1px solid var(--border-color-primary) !important;
  padding: .45rem .5rem; text-align: left; vertical-align: top;}
.coach-table, .coach-table tr, .coach-table thead, .coach-table tbody {border: none !important;}
.coach-table th {background: var(--background-fill-secondary); font-weight: 600;}
.coach-table td.dim {font-weight: 600; white-space: nowrap;}
.coach-table td.status {white-space: nowrap;}
.coach-table tr.section td {background: var(--background-fill-secondary); font-weight: 600; font-size: .82rem;
  text-transform: uppercase; letter-spacing: .04em; color: var(--body-text-color-subdued);}
.coach-table tr.dim-covered td.dim {border-left: 4px solid #10b981 !important;}
.coach-table tr.dim-partial td.dim {border-left: 4px solid #f59e0b !important;}
.coach-table tr.dim-missing td.dim {border-left: 4px solid #ef4444 !important;}
.coach-kv th {width: 38%;}
.quote {font-style: italic; margin: .1rem 0 .2rem; padding-left: .55rem; border-left: 3px solid var(--border-color-accent);}
.quote .turn {font-style: normal; font-size: .75rem; color: var(--body-text-color-subdued); margin-right: .25rem;}
.summary, .why, .cite {font-size: .82rem; color: var(--body-text-color-subdued);}
.ignored {font-size: .8rem; color: #b45309;}
.tag {font-size: .72rem; padding: 0 .35rem; border-radius: 4px; background: var(--background-fill-secondary);
  border: 1px solid var(--border-color-primary);}
.coach-readiness {display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; margin: .3rem 0 .5rem;}
.coach-bant {margin: .3rem 0; display: flex; gap: .35rem; align-items: center; flex-wrap: wrap;}
.coach-flags ul, .coach-questions {margin: .3rem 0 .6rem 1.1rem;}
.coach-questions li {margin-bottom: .55rem;}
.coach-sources, .coach-notices {font-size: .82rem; margin-top: .4rem; padding: .45rem .7rem; border-radius: 8px;
  background: var(--background-fill-secondary);}
.coach-sources ul, .coach-notices ul {margin: .2rem 0 0 1rem;}
.coach-notices {border-left: 3px solid #f59e0b;}
.coach-card {font-size: .88rem; padding: .6rem .8rem; border-radius: 8px; background: var(--background-fill-secondary);
  border: 1px solid var(--border-color-primary);}
.coach-card ul {margin: .2rem 0 .3rem 1rem;} .coach-card hr {margin: .45rem 0;}
.coach-scorecard .total {display: flex; gap: .7rem; align-items: center; margin: .4rem 0;}
.coach-scorecard .total .num {font-size: 2.4rem; font-weight: 800; line-height: 1;}
.coach-scorecard td.crit {white-space: nowrap; font-weight: 600;}
.coach-scorecard td.score {width: 130px; white-space: nowrap; font-variant-numeric: tabular-nums;}
.bar {display: inline-block; width: 80px; height: 8px; border-radius: 4px; margin-right: .4rem;
  background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary); vertical-align: middle;}
.bar div {height: 100%; border-radius: 4px; background: linear-gradient(90deg, #6366f1, #10b981);}
.tip {font-size: .85rem; margin-top: .2rem;}
.coach-review {padding: .5rem .8rem; border-left: 3px solid #6366f1; background: var(--background-fill-secondary);}
.coach-transcript {font-size: .88rem; margin-bottom: .8rem;}
.coach-transcript div {margin: .2rem 0;} .coach-transcript .turn-rep {padding-left: 1.2rem;}
.coach-decision h4, .coach-gates h4 {margin: .6rem 0 .35rem;}
.coach-decision .sendby {margin: .35rem 0; font-size: .88rem;}
.coach-gates ul, ul.coach-gates {list-style: none; padding-left: 0; margin: 0;}
.coach-gates li.gate {padding: .45rem .6rem; margin-bottom: .35rem; border-radius: 8px;
  border: 1px solid var(--border-color-primary);}
.coach-gates li.gate-met {border-left: 4px solid #10b981;}
.coach-gates li.gate-not_met {border-left: 4px solid #ef4444;}
.coach-gates li.gate-unclear {border-left: 4px solid #f59e0b;}
.coach-hit {margin-bottom: .7rem;} .coach-hit blockquote {margin: .25rem 0 0; font-size: .88rem;
  padding: .35rem .7rem; border-left: 3px solid var(--border-color-accent); background: var(--background-fill-secondary);}
iframe.coach-report {width: 100%; height: 640px; border: 1px solid var(--border-color-primary); border-radius: 8px;
  background: white;}
#rp-hint {min-height: 1.5rem;}
.coach-hint p {margin: .15rem 0 !important;}
.coach-suites {list-style: none; padding-left: 0; margin: .4rem 0;}
.coach-suites li.coach-suite {padding: .5rem .7rem; margin-bottom: .4rem; border-radius: 8px;
  border: 1px solid var(--border-color-primary);}
.coach-suites details {margin-top: .25rem; font-size: .85rem;}
.coach-suites summary {cursor: pointer; color: var(--body-text-color-subdued);}
.coach-metrics {columns: 2; font-size: .8rem; margin: .3rem 0 0 1rem;}
.coach-notice {font-size: .85rem; color: var(--body-text-color-subdued);}
.coach-intro {padding: 1rem 1.1rem !important; border-radius: 10px; border: 1px dashed var(--border-color-primary);
  color: var(--body-text-color-subdued); background: var(--background-fill-secondary);}

/* Phones and narrow tablets: one column, nothing wider than the screen (tested at 390 px on every tab).
   Gradio scopes rules inside @media to descendants of `.contain`, so the container itself is sized above. */
@media (max-width: 700px) {
  .row {flex-direction: column !important; flex-wrap: nowrap !important; gap: .5rem !important;}
  .row > *, .column {width: 100% !important; max-width: 100% !important;
    min-width: 0 !important; flex: 1 1 auto !important;}
  #coach-header svg.logo {width: 36px; height: 36px;}
  #coach-header h1 {font-size: 1.15rem;}
  #coach-header p {display: none;}
  .coach-table {table-layout: fixed; overflow-wrap: anywhere; font-size: .84rem;}
  .coach-table th, .coach-table td {padding: .35rem .3rem;}
  #dimension-table th:nth-child(1) {width: 33%;} #dimension-table th:nth-child(2) {width: 25%;}
  /* dimension names wrap between words only ("Nega-|tive" read badly); a little smaller to fit a phone */
  #dimension-table td.dim, #dimension-table th {overflow-wrap: normal; word-break: normal; font-size: .8rem;}
  .coach-scorecard th:nth-child(1) {width: 34%;} .coach-scorecard th:nth-child(2) {width: 22%;}
  .coach-table td.dim, .coach-table td.status, .coach-scorecard td.crit, .coach-scorecard td.score {
    white-space: normal;}
  .coach-scorecard td.score {width: 64px;} .bar {width: 40px;}
  .coach-kv th {width: 34%;}
  code {white-space: normal; word-break: break-all;}
  .coach-metrics {columns: 1;}
  .coach-brain {font-size: .8rem;}
  iframe.coach-report {height: 480px;}
  .tabs, .tab-wrapper {min-width: 0 !important; max-width: 100% !important;}
  .tab-container.visually-hidden {overflow: hidden !important; max-width: 100% !important; min-width: 0 !important;}
}
/* --- Deals tab (coach/web/deals_tab.py): qualification table stacks on a phone; trend chart legend --- */
#deals-dimensions td {word-break: normal; overflow-wrap: break-word; hyphens: auto;}
#deals-dimensions td:nth-child(3) {min-width: 12rem;}
.coach-legend {display: inline-flex; align-items: center; gap: .3rem; margin-right: .8rem; font-size: .8rem;}
.coach-legend i {display: inline-block; width: .7rem; height: .7rem; border-radius: 50%;}
.coach-trend-empty {color: var(--body-text-color-subdued); font-size: .9rem;}
@media (max-width: 640px) {
  #deals-dimensions, #deals-dimensions tbody, #deals-dimensions tr {display: block; width: 100%;}
  #deals-dimensions tr {padding: .4rem 0; border-bottom: 1px solid var(--border-color-primary);}
  #deals-dimensions td {display: inline-block; border: none !important; padding: .1rem .4rem .1rem 0;}
  #deals-dimensions td:nth-child(3) {display: block; width: 100%; min-width: 0;}
}
/* --- end of the Deals tab block --- */
/* A request the server refused (e.g. too large) is told once, in the toast, in the UI language: no stacked
   "Error" overlays from Gradio's status tracker over the result panels, and no English toast title. */
[data-testid="status-tracker"]:has(span.error) {display: none !important;}
.toast-title.error {display: none !important;}
"""

# Inline SVG icons: they render on every system (no emoji font needed) and load nothing from the network.
_SVG = 'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"'
ICON_LOCK = (
    f'<svg class="icon" {_SVG} stroke-linecap="round"><rect x="5" y="11" width="14" height="10" rx="2"/>'
    '<path d="M8 11V7a4 4 0 0 1 8 0v4"/></svg>'
)
ICON_REMOTE = (
    f'<svg class="icon" {_SVG} stroke-linecap="round"><circle cx="12" cy="12" r="9"/>'
    '<path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/></svg>'
)
ICON_CHIP = (
    f'<svg class="icon" {_SVG} stroke-linecap="round"><rect x="6" y="6" width="12" height="12" rx="2"/>'
    '<path d="M9 2v4M15 2v4M9 18v4M15 18v4M2 9h4M2 15h4M18 9h4M18 15h4"/></svg>'
)
LOGO = (
    '<svg class="logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" aria-hidden="true">'
    '<rect width="48" height="48" rx="12" fill="#4f46e5"/>'
    '<path d="M12 14h24a3 3 0 0 1 3 3v12a3 3 0 0 1-3 3H22l-7 6v-6h-3a3 3 0 0 1-3-3V17a3 3 0 0 1 3-3z" fill="#fff"/>'
    '<path d="M17 25l4 4 9-9" stroke="#10b981" stroke-width="3.2" fill="none" stroke-linecap="round" '
    'stroke-linejoin="round"/></svg>'
)
