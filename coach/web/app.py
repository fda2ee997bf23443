"""Build the whole Gradio app: header, language switch, and one tab per area."""

from __future__ import annotations

import gradio as gr

from coach.settings import Settings
from coach.web import knowledge_tab
from coach.web.i18n import Translator, t

CSS = """
.gradio-container {max-width: 1200px !important; margin: auto;}
footer {display: none !important;}
"""


def theme() -> gr.themes.Base:
    """Return a theme with system fonts only (nothing is fetched from a font CDN)."""
    return gr.themes.Soft(
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "monospace"],
    )


def build_app(settings: Settings) -> gr.Blocks:
    """Return the app; every session has its own state (language, chats, results)."""
    lang = settings.lang or "de"
    tr = Translator(lang=lang)
    with gr.Blocks(title="coach", analytics_enabled=False) as demo:
        lang_state = gr.State(lang)
        with gr.Row():
            with gr.Column(scale=4):
                tr.add_custom(
                    gr.Markdown(f"## {t('app_title', lang)}\n{t('app_subtitle', lang)}", elem_id="header"),
                    lambda lg: {"value": f"## {t('app_title', lg)}\n{t('app_subtitle', lg)}"},
                )
            with gr.Column(scale=1, min_width=180):
                switch = gr.Radio(
                    choices=[("Deutsch", "de"), ("English", "en")],
                    value=lang,
                    elem_id="ui-lang",
                    show_label=True,
                )
                tr.add(switch, label="ui_language")
        with gr.Tabs():
            with gr.Tab(t("tab_knowledge", lang), id="knowledge", elem_id="tab-knowledge") as tab:
                tr.add(tab, label="tab_knowledge")
                knowledge_tab.build(settings, tr, lang_state)

        def switch_language(new: str):
            return [new, *tr.updates(new)]

        switch.change(switch_language, [switch], [lang_state, *tr.components])
    return demo
