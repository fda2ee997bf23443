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
        from coach.messages import MessageError, msg

        try:
            return msg(key, lang)  # ids defined by other areas (limits, accounts, ...)
        except MessageError:
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


# Gradio's own texts that it lacks or that would speak the browser's language instead of the UI's: the
# screen-reader notice after each event ("common.complete" has no text in Gradio 6.31, so its key showed on the
# page), the error badge, "Loading". Language-neutral signs, so they fit either UI language.
# (The login page under --auth cannot use this table: Gradio draws it before the app's config, and so these
# translations, are loaded. coach.web.locale hands Gradio the UI language instead of the browser's, so the login
# page shows Gradio's own German or English texts in the UI language.)
NEUTRAL = {"common.complete": "✓", "common.error": "⚠", "common.loading": "…"}
GRADIO_TEXTS = {"de": dict(NEUTRAL), "en": dict(NEUTRAL)}


def gradio_i18n() -> Any:
    """Return Gradio's translation table with our texts for its built-in keys (status notice, error badge)."""
    import gradio as gr

    return gr.I18n(**GRADIO_TEXTS)


STORAGE_KEY = "coach-ui-lang"
COOKIE_KEY = "coach_ui_lang"
# The same two letters in a first-party cookie, so that the server can word a refusal it sends before any
# handler runs (a request too large to read, coach.web.guard) in the UI language. Nothing else is stored.
_COOKIE_JS = f'document.cookie = "{COOKIE_KEY}=" + lang + "; path=/; max-age=31536000; SameSite=Strict";'
RESTORE_JS = f"""(current) => {{
  let lang = current;
  try {{
    const saved = window.localStorage.getItem("{STORAGE_KEY}");
    if (saved === "de" || saved === "en") {{ lang = saved; document.documentElement.lang = saved; }}
    {_COOKIE_JS}
  }} catch (e) {{}}
  return lang;
}}"""
LOAD_JS = f"""(lang, ...rest) => {{
  try {{
    const saved = window.localStorage.getItem("{STORAGE_KEY}");
    if (saved === "de" || saved === "en") {{ return [saved, ...rest]; }}
  }} catch (e) {{}}
  return [lang, ...rest];
}}"""
REMEMBER_JS = f"""(chosen) => {{
  const lang = chosen;
  try {{
    window.localStorage.setItem("{STORAGE_KEY}", chosen); document.documentElement.lang = chosen;
    {_COOKIE_JS}
  }} catch (e) {{}}
  return chosen;
}}"""


def remember_language(demo: Any, switch: Any) -> None:
    """Keep the chosen UI language in the browser (localStorage) and bring it back on the next visit.

    On page load a small script reads the stored choice and sets the switch, whose change event then relabels
    the page as if the user had clicked it; every change is stored. A cookie carries only the two letters, so
    that a refusal the server sends before any handler runs speaks the same language; nothing else is stored.
    """
    demo.load(None, [switch], [switch], js=RESTORE_JS, show_progress="hidden")
    switch.change(None, [switch], None, js=REMEMBER_JS, show_progress="hidden")
