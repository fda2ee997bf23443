"""The Einstellungen / Settings tab: the active brain, a test-connection button, the privacy line, the data folder."""

from __future__ import annotations

from typing import Any

import gradio as gr

from coach.llm.brain import resolve_provider
from coach.settings import Settings
from coach.web import brains
from coach.web.common import md_escape, safe
from coach.web.history import history_path
from coach.web.i18n import Translator, t


def provider_choices(lang: str) -> list[tuple[str, str]]:
    """Return (label, provider) for the session's brain picker."""
    return [(t("provider_" + p, lang), p) for p in brains.PROVIDERS]


def brain_details(settings: Settings, provider: str, lang: str) -> str:
    """Return the brain line and a table of what the brain is, where it runs and where text goes."""
    info = brains.describe(settings, provider)
    chosen = brains.session_settings(settings, provider)
    yes, no = t("yes", lang), t("no", lang)
    rows = [
        (t("set_provider", lang), f"<code>{md_escape(info.provider)}</code>"),
        (t("set_model", lang), md_escape(brains.brain_label(info, lang))),
        (
            t("set_leaves", lang),
            f'<b class="{"bad" if info.leaves_machine else "ok"}">{yes if info.leaves_machine else no}</b>',
        ),
    ]
    if info.provider == "openai":
        rows.append((t("set_endpoint", lang), f"<code>{md_escape(info.host or '')}</code>"))
        rows.append(
            (
                t("set_redact", lang),
                yes if chosen.redact == "on" or (chosen.redact == "auto" and info.leaves_machine) else no,
            )
        )
    if info.provider == "local":
        path = str(chosen.local_model) if chosen.local_model else t("set_packaged", lang)
        rows.append((t("set_local_file", lang), f"<code>{md_escape(path)}</code>"))
    if resolve_provider(chosen) != info.provider:
        rows.append((t("set_note", lang), t("set_not_configured", lang)))
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return (
        brains.brain_html(info, lang)
        + f'<table class="coach-table coach-kv" id="settings-brain">{body}</table>'
    )


def data_details(settings: Settings, lang: str) -> str:
    """Return where the coach keeps its data: home, index, history, playbooks."""
    from coach.retrieval.store import index_exists

    playbooks = settings.home / "playbooks"
    count = len([p for p in playbooks.glob("*") if p.is_file()]) if playbooks.is_dir() else 0
    index = t("yes", lang) if index_exists(settings) else t("set_index_missing", lang)
    rows = [
        (t("set_home", lang), f"<code>{md_escape(str(settings.home))}</code>"),
        (
            t("set_index", lang),
            f"{index} · <code>{md_escape(settings.chroma_url or str(settings.index_dir))}</code>",
        ),
        (t("set_history", lang), f"<code>{md_escape(str(history_path(settings)))}</code>"),
        (t("set_playbooks", lang), str(count)),
    ]
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<table class="coach-table coach-kv" id="settings-data">{body}</table>'


def test_connection(settings: Settings, provider: str, lang: str, progress: Any = None) -> str:
    """Return whether the session's brain answers (a one-token request, or a short local generation)."""
    from coach.doctor import check_local, check_openai

    chosen = brains.session_settings(settings, provider)
    name = resolve_provider(chosen)
    if name == "offline":
        return f"✓ {t('test_offline', lang)}"
    if name == "local":
        if progress is not None:
            progress(0.1, desc=t("loading_local", lang))
        outcome = check_local(chosen, generate=True)
    else:
        if progress is not None:
            progress(0.1, desc=t("test_running", lang))
        outcome = check_openai(chosen)
    mark = "✓" if outcome.get("ok") else "✗"
    return f"{mark} **{name}**: {md_escape(str(outcome.get('detail', '')))}"


def build(
    settings: Settings, tr: Translator, lang_state: gr.State, provider_state: gr.State, brain_line: gr.HTML
) -> dict[str, Any]:
    """Add the settings tab's components and events; the provider choice applies to this browser session."""
    lang = tr.lang
    with gr.Row(equal_height=False):
        with gr.Column(scale=5):
            provider = tr.add_custom(
                gr.Radio(
                    choices=provider_choices(lang),
                    value=settings.provider,
                    label=t("set_brain_pick", lang),
                    info=t("set_brain_info", lang),
                    elem_id="settings-provider",
                ),
                lambda lg: {
                    "choices": provider_choices(lg),
                    "label": t("set_brain_pick", lg),
                    "info": t("set_brain_info", lg),
                },
            )
            details = gr.HTML(brain_details(settings, settings.provider, lang), elem_id="settings-details")
            test_btn = tr.add(gr.Button(variant="secondary", elem_id="settings-test"), value="test_button")
            test_result = gr.Markdown(elem_id="settings-test-result")
        with gr.Column(scale=5):
            tr.add(gr.Markdown(elem_id="settings-howto"), value="set_howto")
            data = gr.HTML(data_details(settings, lang), elem_id="settings-data-box")

    def on_provider(choice: str, lang: str) -> tuple:
        info = brains.describe(settings, choice)
        return "", choice, brains.brain_html(info, lang), brain_details(settings, choice, lang)

    def on_test(choice: str, lang: str, progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008
        return test_connection(settings, choice, lang, progress)

    def on_lang(choice: str, lang: str) -> tuple:
        return brain_details(settings, choice, lang), data_details(settings, lang)

    provider.change(
        safe(on_provider, outputs=4),
        [provider, lang_state],
        [test_result, provider_state, brain_line, details],
    )
    test_btn.click(safe(on_test), [provider_state, lang_state], test_result)

    def on_load(lang: str) -> str:
        return data_details(settings, lang)

    return {
        "relabel": (on_lang, [provider_state, lang_state], [details, data]),
        "load": (safe(on_load), [lang_state], [data]),
    }
