"""UI texts in German and English, and a registry that relabels components when the language switches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "app_title": {"de": "coach — Vertriebscoach für B2B", "en": "coach — B2B sales coach"},
    "app_subtitle": {
        "de": "Einwände üben, Gesprächsnotizen qualifizieren, Entscheidungsprotokolle erstellen — nach dem "
        "Value Accelerator Framework (Meilenstein 6) und GPCTBA/C&I.",
        "en": "Practise objections, qualify call notes, draft decision minutes — by the Value Accelerator "
        "Framework (milestone 6) and GPCTBA/C&I.",
    },
    "ui_language": {"de": "Sprache der Oberfläche", "en": "Interface language"},
    "tab_knowledge": {"de": "Wissen", "en": "Knowledge"},
    "search_query": {"de": "Suche im Wissen", "en": "Search the knowledge"},
    "search_placeholder": {
        "de": "z. B. Bis wann muss das Protokoll beim Kunden sein?",
        "en": "e.g. When do the minutes have to reach the customer?",
    },
    "search_button": {"de": "Suchen", "en": "Search"},
    "search_hits": {"de": "Treffer", "en": "Hits"},
    "search_empty": {
        "de": "Bitte einen Suchbegriff eingeben.",
        "en": "Please type what you are looking for.",
    },
    "no_hits": {"de": "Keine Treffer.", "en": "No hits."},
    "examples": {"de": "Beispiele", "en": "Examples"},
    "error_prefix": {"de": "Das hat nicht geklappt", "en": "That did not work"},
    "index_missing": {
        "de": "Der Wissensindex fehlt noch. Starten Sie mit `make run` oder `coach index`.",
        "en": "The knowledge index is missing. Start with `make run` or `coach index`.",
    },
}


def t(key: str, lang: str) -> str:
    """Return the UI text for key in the language (German if unknown)."""
    entry = TEXTS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["de"]


@dataclass
class Translator:
    """Remembers which component property shows which text, to relabel everything on a language switch."""

    lang: str = "de"
    entries: list[tuple[Any, Callable[[str], dict[str, Any]]]] = field(default_factory=list)

    def add(self, component: Any, **props: str) -> Any:
        """Register component properties (label=key, placeholder=key, value=key, ...) and set them now."""

        def update(lang: str) -> dict[str, Any]:
            return {prop: t(key, lang) for prop, key in props.items()}

        for prop, value in update(self.lang).items():
            setattr(component, prop, value)
        self.entries.append((component, update))
        return component

    def add_custom(self, component: Any, update: Callable[[str], dict[str, Any]]) -> Any:
        """Register a component whose texts are computed by update(lang) -> properties."""
        self.entries.append((component, update))
        return component

    @property
    def components(self) -> list[Any]:
        """Return every registered component, in order."""
        return [c for c, _ in self.entries]

    def updates(self, lang: str) -> list[Any]:
        """Return gr.update(...) for every registered component in the new language."""
        import gradio as gr

        return [gr.update(**fn(lang)) for _, fn in self.entries]
