"""The Wissen / Knowledge tab: search with cited hits, and add your own playbooks to the index."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import gradio as gr

from coach.errors import CoachError, InputError
from coach.settings import Settings
from coach.web.common import check_upload, md_escape, safe, upload_path
from coach.web.examples import SEARCH_QUERIES
from coach.web.i18n import Translator, t

PLAYBOOKS = "playbooks"


def playbook_dir(settings: Settings) -> Path:
    """Return COACH_HOME/playbooks, where uploaded playbooks are kept."""
    return settings.home / PLAYBOOKS


def display_source(source: str, settings: Settings) -> str:
    """Return a hit's source for display: playbooks relative to COACH_HOME, knowledge as stored."""
    path = Path(source)
    if path.is_absolute():
        try:
            return str(path.relative_to(settings.home))
        except ValueError:
            return path.name
    return source


def plain_snippet(text: str, limit: int = 600) -> str:
    """Return a chunk as one line of plain text: Markdown headings and emphasis removed, bullets as '•'."""
    text = re.sub(r"^\s*#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*]\s+", "• ", text, flags=re.MULTILINE)
    text = " ".join(text.replace("**", "").replace("__", "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_hits(query: str, lang: str, settings: Settings, language: str = "all", k: int = 5) -> str:
    """Return the hits for a query as HTML, each with its 'document › section' citation, source and chunk id."""
    from coach.retrieval import get_retriever

    if not query or not query.strip():
        raise InputError(t("search_empty", lang))
    hits = get_retriever(settings).search(query, k=k, language=language if language in ("de", "en") else None)
    if not hits:
        return f"<p>{t('no_hits', lang)}</p>"
    parts = []
    for n, h in enumerate(hits, 1):
        parts.append(
            f'<div class="coach-hit"><div class="cite"><b>{n}. {md_escape(h.citation)}</b> '
            f'<span class="tag">{md_escape(h.language)}</span> <code>{md_escape(display_source(h.source, settings))}'
            f"</code> <code>{md_escape(h.chunk_id)}</code></div><blockquote>{md_escape(plain_snippet(h.text))}"
            "</blockquote></div>"
        )
    return f'<div id="kb-hits">{"".join(parts)}</div>'


def safe_filename(name: str) -> str:
    """Return a plain file name (ASCII letters, digits, '.', '-', '_') keeping the suffix; never a path."""
    base = Path(name.replace("\\", "/")).name
    suffix = Path(base).suffix.lower()
    stem = unicodedata.normalize("NFKD", Path(base).stem).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip(".-_")[:80] or "playbook"
    return f"{stem}{suffix}"


def store_playbook(settings: Settings, file: Any, lang: str) -> Path:
    """Check an uploaded playbook (type, size, readable text) and copy it into COACH_HOME/playbooks/."""
    from coach.textio import text_from_bytes

    path = upload_path(file)
    if path is None:
        raise InputError(t("upload_none", lang))
    check_upload(path, lang)
    data = path.read_bytes()
    try:
        text = text_from_bytes(data, path.name)
    except InputError:
        raise InputError(t("upload_unreadable", lang).format(name=path.name)) from None
    if not text.strip():
        raise InputError(t("upload_empty", lang).format(name=path.name))
    folder = playbook_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    dest = (folder / safe_filename(path.name)).resolve()
    if dest.parent != folder.resolve():
        raise InputError(t("upload_bad_name", lang).format(name=path.name))
    dest.write_bytes(data)
    return dest


def list_playbooks(settings: Settings, lang: str) -> str:
    """Return the playbooks in COACH_HOME/playbooks as a Markdown list."""
    folder = playbook_dir(settings)
    files = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    if not files:
        return t("playbooks_none", lang)
    items = "\n".join(f"- `{md_escape(p.name)}` ({max(1, p.stat().st_size // 1024)} KB)" for p in files)
    return f"**{t('playbooks_list', lang)}** (`{md_escape(str(folder))}`)\n\n{items}"


def add_playbooks(settings: Settings, files: Any, lang: str, progress: Any = None) -> tuple[str, str]:
    """Copy uploaded playbooks into COACH_HOME/playbooks, index them with progress; return (status, list)."""
    from coach.retrieval.store import build_index

    files = [f for f in (files if isinstance(files, list) else [files]) if f is not None]
    if not files:
        raise InputError(t("upload_none", lang))
    added, problems = [], []
    for f in files:
        try:
            added.append(store_playbook(settings, f, lang).name)
        except CoachError as exc:
            problems.append(str(exc))
    if not added:
        raise InputError(" ".join(problems))
    done, total = [0], [0]

    def on_start(n: int) -> None:
        total[0] = n
        if progress is not None:
            progress((0, max(n, 1)), desc=t("indexing", lang), unit="chunks")

    def on_progress(n: int) -> None:
        done[0] += n
        if progress is not None and total[0]:
            progress((min(done[0], total[0]), total[0]), desc=t("indexing", lang), unit="chunks")

    if progress is not None:
        progress(0, desc=t("indexing", lang))
    report = build_index(settings, [playbook_dir(settings)], on_start=on_start, on_progress=on_progress)
    message = "✓ " + t("playbooks_added", lang).format(
        names=", ".join(added), chunks=report.chunks, seconds=f"{report.seconds:.1f}"
    )
    if problems:
        message += "\n\n⚠ " + " ".join(md_escape(p) for p in problems)
    return message, list_playbooks(settings, lang)


def build(
    settings: Settings, tr: Translator, lang_state: gr.State, provider_state: gr.State
) -> dict[str, Any]:
    """Add the knowledge tab's components and events to the current Blocks context."""
    lang = tr.lang
    with gr.Row():
        query = tr.add(
            gr.Textbox(scale=5, elem_id="kb-query"), label="search_query", placeholder="search_placeholder"
        )
        language = tr.add_custom(
            gr.Radio(
                choices=_language_choices(lang),
                value="all",
                scale=2,
                elem_id="kb-lang",
                label=t("kb_lang", lang),
            ),
            lambda lg: {"choices": _language_choices(lg), "label": t("kb_lang", lg)},
        )
        button = tr.add(
            gr.Button(variant="primary", scale=1, min_width=110, elem_id="kb-search"), value="search_button"
        )
    examples = gr.Examples(examples=[[q] for q in SEARCH_QUERIES], inputs=[query], label=t("examples", lang))
    tr.add(examples.dataset, label="examples")
    status = gr.Markdown(elem_id="kb-status")
    results = gr.HTML(elem_id="kb-results")
    with tr.add(gr.Accordion(open=True, elem_id="kb-upload-box"), label="playbooks_title"):
        tr.add(gr.Markdown(), value="playbooks_intro")
        with gr.Row():
            upload = tr.add(
                gr.File(
                    file_count="multiple",
                    file_types=[".md", ".txt", ".pdf", ".docx"],
                    height=110,
                    elem_id="kb-upload",
                ),
                label="playbooks_upload",
            )
            add = tr.add(gr.Button(variant="primary", elem_id="kb-add"), value="playbooks_add")
        upload_status = gr.Markdown(elem_id="kb-upload-status")
        listing = gr.Markdown(list_playbooks(settings, lang), elem_id="kb-playbooks")

    def search(q: str, language: str, lang: str) -> tuple[str, str]:
        return "", render_hits(q, lang, settings, language)

    def add_files(files: Any, lang: str, progress: gr.Progress = gr.Progress()) -> tuple[str, str]:  # noqa: B008
        return add_playbooks(settings, files, lang, progress)

    handler = safe(search, outputs=2)
    button.click(handler, [query, language, lang_state], [status, results], api_name="search")
    query.submit(handler, [query, language, lang_state], [status, results], api_visibility="undocumented")
    add.click(safe(add_files, outputs=2), [upload, lang_state], [upload_status, listing])
    return {}


def _language_choices(lang: str) -> list[tuple[str, str]]:
    return [(t("kb_lang_all", lang), "all"), ("DE", "de"), ("EN", "en")]
