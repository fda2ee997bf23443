"""The one factory that turns settings into a Brain: which provider runs, its chat model, and privacy facts."""

from __future__ import annotations

import ipaddress
import threading
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlparse

from coach.llm import messages as _messages  # noqa: F401 - registers the message ids
from coach.messages import Notice, render
from coach.settings import Settings

ProviderName = Literal["offline", "local", "openai"]


@dataclass
class Brain:
    """What answers: the provider, its chat model (None offline), and whether text leaves this machine."""

    provider: ProviderName
    chat: Any = None
    model: str | None = None
    leaves_machine: bool = False
    smoke_test: bool = False
    redact: bool = False
    notices: list[str | Notice] = field(default_factory=list)

    def notices_in(self, lang: str | None) -> list[str]:
        """Return the brain's notices (why a provider is not used) in lang."""
        return [render(n, lang) for n in self.notices]

    @property
    def label(self) -> str:
        """Return a short human label, e.g. 'openai (gpt-4o-mini)' or 'offline'."""
        if self.provider == "offline":
            return "offline (rule-based, no language model)"
        tag = " — smoke-test model, too small for real coaching" if self.smoke_test else ""
        return f"{self.provider} ({self.model}){tag}"


def offline_brain(*notices: str | Notice) -> Brain:
    """Return the always-available offline brain."""
    return Brain(provider="offline", notices=list(notices))


def resolve_provider(settings: Settings) -> ProviderName:
    """Return the provider 'auto' stands for: openai with a key or base URL, else local with a model, else offline."""
    if settings.provider != "auto":
        return settings.provider
    if settings.openai_api_key or settings.openai_base_url:
        return "openai"
    if settings.local_model:
        return "local"
    return "offline"


def is_loopback_url(url: str | None) -> bool:
    """Return True when the URL points at this machine (localhost or a loopback address)."""
    if not url:
        return False
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _redact_for(settings: Settings, remote: bool) -> bool:
    if settings.redact == "on":
        return True
    if settings.redact == "off":
        return False
    return remote


def openai_chat(settings: Settings, base_url: str | None, api_key: str, model: str, max_retries: int = 2):
    """Return a ChatOpenAI with timeouts and retries suitable for an interactive UI."""
    import httpx
    from langchain_openai import ChatOpenAI

    timeout = httpx.Timeout(settings.timeout, connect=settings.connect_timeout)
    return ChatOpenAI(
        model=model,
        base_url=base_url,
        api_key=api_key,
        timeout=timeout,
        max_retries=max_retries,
        temperature=0.3,
    )


_cache: dict[tuple, Brain] = {}
_lock = threading.Lock()


def get_brain(settings: Settings) -> Brain:
    """Return the Brain for these settings (cached); a provider that cannot start gives offline with a notice."""
    provider = resolve_provider(settings)
    key = (provider, settings.openai_base_url, settings.model, str(settings.local_model), settings.redact)
    with _lock:
        if key in _cache:
            return _cache[key]
        brain = _build(settings, provider)
        _cache[key] = brain
        return brain


def _build(settings: Settings, provider: ProviderName) -> Brain:
    if provider == "offline":
        return offline_brain()
    if provider == "openai":
        if not (settings.openai_api_key or settings.openai_base_url):
            return offline_brain(Notice("llm.openai_unconfigured"))
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"
        remote = not is_loopback_url(settings.openai_base_url or "https://api.openai.com/v1")
        return Brain(
            provider="openai",
            chat=openai_chat(settings, settings.openai_base_url, key, settings.model),
            model=settings.model,
            leaves_machine=remote,
            redact=_redact_for(settings, remote),
        )
    from coach.llm.local import local_brain

    return local_brain(settings)
