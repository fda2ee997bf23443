"""The Wissen / Knowledge tab: search with cited hits."""

from __future__ import annotations

import gradio as gr

from coach.retrieval import get_retriever
from coach.settings import Settings
from coach.web.common import md_escape, safe
from coach.web.i18n import Translator, t

EXAMPLES = [
    "Bis wann muss das Protokoll beim Kunden sein?",
    "Kunde sagt „zu teuer“ – wie finde ich die eigentliche Ursache?",
    "Which questions uncover the prospect's goals?",
    "What are the three quality gates of milestone 6?",
]


def render_hits(query: str, lang: str, settings: Settings, k: int = 5) -> str:
    """Return the hits for a query as Markdown with 'document › section' citations."""
    if not query or not query.strip():
        return t("search_empty", lang)
    hits = get_retriever(settings).search(query, k=k)
    if not hits:
        return t("no_hits", lang)
    parts = []
    for n, h in enumerate(hits, 1):
        snippet = " ".join(h.text.split())
        parts.append(
            f"**{n}. {md_escape(h.citation)}** · `{h.language}` · `{h.source}` · `{h.chunk_id}`\n\n"
            f"> {md_escape(snippet[:700])}{'…' if len(snippet) > 700 else ''}"
        )
    return "\n\n".join(parts)


def build(settings: Settings, tr: Translator, lang_state: gr.State) -> None:
    """Add the knowledge tab's components and events to the current Blocks context."""
    with gr.Row():
        query = tr.add(
            gr.Textbox(scale=5, elem_id="kb-query"), label="search_query", placeholder="search_placeholder"
        )
        button = tr.add(gr.Button(variant="primary", scale=1, elem_id="kb-search"), value="search_button")
    results = gr.Markdown(elem_id="kb-results")
    gr.Examples(examples=EXAMPLES, inputs=[query], label=t("examples", tr.lang))

    def search(q: str, lang: str) -> str:
        return render_hits(q, lang, settings)

    handler = safe(search, lang_index=1)
    button.click(handler, [query, lang_state], results)
    query.submit(handler, [query, lang_state], results)
