"""The Einstellungen / Settings tab: the active brain, a test-connection button, the privacy line, the data folder."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from coach.llm.brain import resolve_provider
from coach.settings import Settings
from coach.web import brains
from coach.web.common import md_escape, safe
from coach.web.history import history_path
from coach.web.i18n import Translator, t


def provider_choices(settings: Settings, lang: str) -> list[tuple[str, str]]:
    """Return (label, provider) for the brains that can answer here (the smoke-test model named as such)."""
    labels = []
    for p in brains.available_providers(settings):
        key = "provider_" + p
        if p == "local" and settings.local_model is None:
            key = "provider_local_smoke"
        labels.append((t(key, lang), p))
    return labels


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
    from coach.web.users import playbook_dir

    playbooks = playbook_dir(settings)
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
    return users_line(lang) + f'<table class="coach-table coach-kv" id="settings-data">{body}</table>'


def test_connection(settings: Settings, provider: str, lang: str, progress: Any = None) -> Iterator[str]:
    """Yield whether the session's brain answers: a one-token request, or a short local generation streamed."""
    from coach.doctor import check_openai

    chosen = brains.session_settings(settings, provider)
    name = resolve_provider(chosen)
    if name == "offline":
        yield f"✓ {t('test_offline', lang)}"
        return
    if name == "local":
        yield from _stream_local(chosen, lang)
        return
    yield f"… {t('test_running', lang)}"
    outcome = check_openai(chosen)
    mark = "✓" if outcome.get("ok") else "✗"
    yield f"{mark} **{name}**: {md_escape(str(outcome.get('detail', '')))}"


def _stream_local(chosen: Settings, lang: str) -> Iterator[str]:
    """Yield the local model's start, then its answer token by token, then the speed (no silent wait)."""
    import time

    from coach.llm.local import local_brain

    yield f"… {t('loading_local', lang)}"
    brain = local_brain(chosen)
    if brain.chat is None:
        yield f"✗ **local**: {md_escape('; '.join(brain.notices_in(lang)))}"
        return
    label = t("brain_local_smoke" if brain.smoke_test else "brain_local", lang).format(model=brain.model)
    text, started, chunks = "", time.perf_counter(), 0
    try:
        for chunk in brain.chat.bind(max_tokens=40).stream(t("test_prompt", lang)):
            text += str(chunk.content)
            chunks += 1
            yield f"… **{md_escape(label)}**\n\n> {md_escape(text)}"
    except Exception as exc:  # noqa: BLE001 - a failing model is a finding, shown in words
        yield f"✗ **{md_escape(label)}**: {type(exc).__name__}"
        return
    rate = chunks / max(time.perf_counter() - started, 1e-6)
    mark = "✓" if text.strip() else "✗"
    note = f"\n\n{t('test_smoke_note', lang)}" if brain.smoke_test else ""
    yield (
        f"{mark} **{md_escape(label)}** · {t('test_speed', lang).format(rate=f'{rate:.0f}')}\n\n"
        f"> {md_escape(text)}{note}"
    )


def users_line(lang: str) -> str:
    """Return who this page belongs to: the logged-in user, or the single-user note of an app without --auth."""
    from coach.web.users import current_user, is_multi_user

    if is_multi_user():
        return f"<p id='settings-user'>{t('set_user', lang).format(name=md_escape(current_user()))}</p>"
    return f"<p id='settings-user'>{t('set_single_user', lang)}</p>"


def build(
    settings: Settings, tr: Translator, lang_state: gr.State, provider_state: gr.State, brain_line: gr.HTML
) -> dict[str, Any]:
    """Add the settings tab's components and events; the provider choice applies to this browser session."""
    lang = tr.lang
    first = brains.initial_provider(settings)
    with gr.Row(equal_height=False, elem_classes=["coach-stack"]):
        with gr.Column(scale=5, min_width=280):
            provider = tr.add_custom(
                gr.Radio(
                    choices=provider_choices(settings, lang),
                    value=first,
                    label=t("set_brain_pick", lang),
                    info=t("set_brain_info", lang),
                    elem_id="settings-provider",
                ),
                lambda lg: {
                    "choices": provider_choices(settings, lg),
                    "label": t("set_brain_pick", lg),
                    "info": t("set_brain_info", lg),
                },
            )
            details = gr.HTML(brain_details(settings, first, lang), elem_id="settings-details")
            test_btn = tr.add(gr.Button(variant="secondary", elem_id="settings-test"), value="test_button")
            test_result = gr.Markdown(elem_id="settings-test-result")
        with gr.Column(scale=5, min_width=280):
            tr.add(gr.Markdown(elem_id="settings-howto"), value="set_howto")
            data = gr.HTML(data_details(settings, lang), elem_id="settings-data-box")

    def on_provider(choice: str, lang: str) -> tuple:
        info = brains.describe(settings, choice)
        return "", choice, brains.brain_html(info, lang), brain_details(settings, choice, lang)

    def on_test(choice: str, lang: str) -> Iterator[str]:
        yield from test_connection(settings, choice, lang)

    def on_lang(choice: str, lang: str) -> tuple:
        return brain_details(settings, choice, lang), data_details(settings, lang)

    provider.change(
        safe(on_provider, outputs=4),
        [provider, lang_state],
        [test_result, provider_state, brain_line, details],
    )
    test_btn.click(
        safe(on_test), [provider_state, lang_state], test_result, concurrency_id="model", concurrency_limit=1
    )

    def on_load(lang: str) -> str:
        return data_details(settings, lang)

    return {
        "relabel": (on_lang, [provider_state, lang_state], [details, data]),
        "load": (safe(on_load), [lang_state], [data]),
    }
