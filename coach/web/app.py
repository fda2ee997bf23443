"""Build the whole Gradio app: header with the language switch and the brain line, and one tab per area."""

from __future__ import annotations

import gradio as gr

from coach.settings import Settings
from coach.web import (
    brains,
    deals_tab,
    evals_tab,
    knowledge_tab,
    minutes_tab,
    notes_tab,
    roleplay_tab,
    sessions,
    settings_tab,
)
from coach.web.common import log
from coach.web.i18n import Translator, remember_language, t
from coach.web.style import CSS, LOGO

__all__ = ["CSS", "build_app", "theme"]

TABS = (
    ("roleplay", "tab_roleplay", roleplay_tab),
    ("notes", "tab_notes", notes_tab),
    ("minutes", "tab_minutes", minutes_tab),
    ("deals", "tab_deals", deals_tab),
    ("knowledge", "tab_knowledge", knowledge_tab),
    ("evals", "tab_evals", evals_tab),
)


def theme() -> gr.themes.Base:
    """Return a theme with system fonts only (nothing is fetched from a font CDN)."""
    return gr.themes.Soft(
        primary_hue="indigo",
        secondary_hue="sky",
        neutral_hue="slate",
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "monospace"],
    )


def _header(lang: str) -> str:
    return (
        f'<div id="coach-header">{LOGO}<div><h1>{t("app_title", lang)}</h1>'
        f"<p>{t('app_subtitle', lang)}</p></div></div>"
    )


def build_app(settings: Settings) -> gr.Blocks:
    """Return the app; every browser session has its own state (language, brain choice, chats, results)."""
    sessions.install()  # a new session's block configs are built when read, not all on its first request
    lang = settings.lang or "de"
    tr = Translator(lang=lang)
    with gr.Blocks(title="coach", analytics_enabled=False, delete_cache=(1800, 3600)) as demo:
        lang_state = gr.State(lang)
        provider_state = gr.State(settings.provider)
        with gr.Row(elem_id="coach-top", equal_height=True):
            with gr.Column(scale=5):
                tr.add_custom(
                    gr.HTML(_header(lang), elem_id="coach-title"), lambda lg: {"value": _header(lg)}
                )
            with gr.Column(scale=2, min_width=200):
                switch = gr.Radio(
                    choices=[("Deutsch", "de"), ("English", "en")],
                    value=lang,
                    elem_id="ui-lang",
                    label=t("ui_language", lang),
                )
                tr.add(switch, label="ui_language")
        brain_line = gr.HTML(
            brains.brain_html(brains.describe(settings, settings.provider), lang), elem_id="brain-line"
        )
        hooks: list[dict] = []
        with gr.Tabs(elem_id="coach-tabs") as tabs:
            for tab_id, key, module in TABS:
                with gr.Tab(t(key, lang), id=tab_id, elem_id=f"tab-{tab_id}") as tab:
                    tr.add(tab, label=key)
                    hooks.append(module.build(settings, tr, lang_state, provider_state))
            with gr.Tab(t("tab_settings", lang), id="settings", elem_id="tab-settings") as tab:
                tr.add(tab, label="tab_settings")
                hooks.append(settings_tab.build(settings, tr, lang_state, provider_state, brain_line))

        def switch_language(new: str) -> list:
            return [new, *tr.updates(new)]

        def relabel_brain(provider: str, new: str) -> str:
            return brains.brain_html(brains.describe(settings, provider), new)

        event = switch.change(switch_language, [switch], [lang_state, *tr.components], show_progress="hidden")
        event = event.then(relabel_brain, [provider_state, lang_state], [brain_line], show_progress="hidden")
        for hook in hooks:
            if "relabel" in hook:
                fn, inputs, outputs = hook["relabel"]
                event.then(fn, inputs, outputs, show_progress="hidden")
            if "load" in hook:
                fn, inputs, outputs, *js = hook[
                    "load"
                ]  # an optional js runs first (e.g. the remembered language)
                demo.load(fn, inputs, outputs, show_progress="hidden", js=js[0] if js else None)
            if "past" in hook:
                loader = _past_loader(settings, hook["kind"])
                demo.load(loader, [lang_state], [hook["past"]], show_progress="hidden")
        # "practise the next meeting" in the notes and minutes tabs opens the role-play with a scenario from the notes
        practise = next((h["practise"] for h in hooks if "practise" in h), None)
        for hook in hooks:
            if practise and "practise_from" in hook:
                button, notes_box = hook["practise_from"]
                fn, inputs, outputs = practise
                button.click(fn, [notes_box, *inputs], outputs).then(
                    lambda: gr.Tabs(selected="roleplay"), None, tabs, show_progress="hidden"
                )
        remember_language(demo, switch)
    return demo


def _past_loader(settings: Settings, kind: str):
    """Return a page-load handler that lists the stored results of one kind."""
    from coach.web import history

    def load(lang: str):
        try:
            return history.choices(settings, kind, lang)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - an unreadable history leaves the list empty; the page still works
            log.exception("cannot list past %s results", kind)
            return gr.skip()

    return load
