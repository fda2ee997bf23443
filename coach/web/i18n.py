"""Look up UI texts (coach.web.texts) and relabel registered components when the language switches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coach.web.texts import TEXTS


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
