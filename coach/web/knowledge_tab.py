"""The Wissen / Knowledge tab: search with cited hits, and add your own playbooks to the index."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import gradio as gr

from coach.errors import CoachError, InputError
from coach.settings import Settings
from coach.web import users
from coach.web.common import PLAYBOOK_TYPES, check_upload, md_escape, safe, upload_path
from coach.web.example_buttons import example_buttons
from coach.web.examples import SEARCH_QUERIES
from coach.web.i18n import Translator, t

PLAYBOOKS = "playbooks"


def playbook_dir(settings: Settings) -> Path:
    """Return the current user's playbook folder (COACH_HOME/playbooks, or COACH_HOME/users/<name>/playbooks)."""
    return users.playbook_dir(settings)


def display_source(source: str, settings: Settings) -> str:
    """Return a hit's source for display: a playbook as 'playbooks/<file>', knowledge as stored."""
    path = Path(source)
    if path.is_absolute():
        return f"{PLAYBOOKS}/{path.name}"
    return source


def plain_snippet(text: str, limit: int = 600) -> str:
    """Return a chunk as one line of plain text: Markdown headings and emphasis removed, bullets as '•'."""
    text = re.sub(r"^\s*#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*]\s+", "• ", text, flags=re.MULTILINE)
    text = " ".join(text.replace("**", "").replace("__", "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def search_hits(
    query: str, lang: str, settings: Settings, language: str = "all", k: int = 5
) -> tuple[list, list]:
    """Return (hits the current user may see, notices): the query is cut to its limit before it is embedded."""
    from coach.limits import limit_text
    from coach.retrieval import get_retriever

    if not query or not query.strip():
        raise InputError(t("search_empty", lang))
    query, notices = limit_text(query.strip(), "query", lang)
    found = get_retriever(settings).search(
        query, k=k * 3, language=language if language in ("de", "en") else None
    )
    user = users.current_user()
    return [h for h in found if users.owns_source(settings, h.source, user)][:k], notices


def render_hits(query: str, lang: str, settings: Settings, language: str = "all", k: int = 5) -> str:
    """Return the hits as HTML, each titled 'document › section' with its language and file (no raw ids)."""
    hits, notices = search_hits(query, lang, settings, language, k)
    note = "".join(f'<p class="coach-notice">ℹ {md_escape(n)}</p>' for n in notices)
    if not hits:
        return f"{note}<p>{t('no_hits', lang)}</p>"
    parts = []
    for n, h in enumerate(hits, 1):
        parts.append(
            f'<div class="coach-hit" title="{md_escape(h.chunk_id)}"><div class="cite"><b>{n}. '
            f'{md_escape(h.citation)}</b> <span class="tag">{md_escape(h.language.upper())}</span> '
            f'<span class="muted">{md_escape(display_source(h.source, settings))}</span></div>'
            f"<blockquote>{md_escape(plain_snippet(h.text))}</blockquote></div>"
        )
    return f'{note}<div id="kb-hits">{"".join(parts)}</div>'


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
    check_upload(path, lang, PLAYBOOK_TYPES)  # only what the index reads
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


def playbook_files(settings: Settings) -> list[Path]:
    """Return the current user's playbook files, sorted by name."""
    folder = playbook_dir(settings)
    return sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []


def list_playbooks(settings: Settings, lang: str) -> str:
    """Return the current user's playbooks as a Markdown list (read now, so it is never stale)."""
    files = playbook_files(settings)
    if not files:
        return t("playbooks_none", lang)
    items = "\n".join(f"- `{md_escape(p.name)}` ({max(1, p.stat().st_size // 1024)} KB)" for p in files)
    return f"**{t('playbooks_list', lang)}**\n\n{items}"


def playbook_choices(settings: Settings) -> Any:
    """Return a dropdown update with the current user's playbook file names."""
    return gr.update(choices=[p.name for p in playbook_files(settings)], value=[])


def delete_playbooks(settings: Settings, names: Any, lang: str) -> tuple[str, str, Any]:
    """Delete the chosen playbooks of the current user and drop them from the index; return (status, list, choices)."""
    from coach.retrieval.store import build_index

    names = [n for n in (names if isinstance(names, list) else [names]) if n]
    if not names:
        raise InputError(t("playbooks_pick", lang))
    folder = playbook_dir(settings).resolve()
    gone = []
    for name in names:
        path = (folder / safe_filename(str(name))).resolve()
        if path.parent == folder and path.is_file():
            path.unlink()
            gone.append(path.name)
    if not gone:
        raise InputError(t("playbooks_pick", lang))
    build_index(settings, [folder] if folder.is_dir() else [])  # a removed file's chunks leave the index
    message = "✓ " + t("playbooks_deleted", lang).format(names=", ".join(gone))
    return message, list_playbooks(settings, lang), playbook_choices(settings)


def add_playbooks(settings: Settings, files: Any, lang: str, progress: Any = None) -> tuple[str, str]:
    """Copy uploaded playbooks into the user's playbook folder, index them with progress; return (status, list)."""
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
    from coach.limits import LIMITS

    lang = tr.lang
    with gr.Row(elem_classes=["coach-stack"]):
        query = tr.add(
            gr.Textbox(scale=5, min_width=200, max_length=LIMITS["query"], elem_id="kb-query"),
            label="search_query",
            placeholder="search_placeholder",
        )
        language = tr.add_custom(
            gr.Radio(
                choices=_language_choices(lang),
                value="all",
                scale=2,
                min_width=160,
                elem_id="kb-lang",
                label=t("kb_lang", lang),
            ),
            lambda lg: {"choices": _language_choices(lg), "label": t("kb_lang", lg)},
        )
        button = tr.add(
            gr.Button(variant="primary", scale=1, min_width=110, elem_id="kb-search"), value="search_button"
        )
    example_buttons(tr, query, [(q, q) for q in SEARCH_QUERIES], "kb-examples")
    status = gr.Markdown(elem_id="kb-status")
    results = gr.HTML(elem_id="kb-results")
    with tr.add(gr.Accordion(open=True, elem_id="kb-upload-box"), label="playbooks_title"):
        tr.add(gr.Markdown(), value="playbooks_intro")
        # An upload button (not a drop zone): its label is ours, so it follows the UI language, and the server
        # checks the file type and answers in that language too.
        add = tr.add(
            gr.UploadButton(file_count="multiple", variant="primary", elem_id="kb-add"), label="playbooks_add"
        )
        upload_status = gr.Markdown(elem_id="kb-upload-status")
        listing = gr.Markdown(list_playbooks(settings, lang), elem_id="kb-playbooks")
        with gr.Row(elem_classes=["coach-stack"]):
            chosen = tr.add(
                gr.Dropdown(choices=[], multiselect=True, scale=4, min_width=200, elem_id="kb-delete-pick"),
                label="playbooks_delete_pick",
            )
            delete = tr.add(
                gr.Button(variant="stop", size="sm", scale=1, min_width=140, elem_id="kb-delete"),
                value="playbooks_delete",
            )

    def search(q: str, language: str, lang: str) -> tuple[str, str]:
        return "", render_hits(q, lang, settings, language)

    def add_files(files: Any, lang: str, progress: gr.Progress = gr.Progress()) -> tuple[str, str, Any]:  # noqa: B008
        return (*add_playbooks(settings, files, lang, progress), playbook_choices(settings))

    def remove(names: Any, lang: str) -> tuple[str, str, Any]:
        return delete_playbooks(settings, names, lang)

    def refresh(lang: str) -> tuple[str, Any]:
        return list_playbooks(settings, lang), playbook_choices(settings)

    handler = safe(search, outputs=2)
    lane = {"concurrency_id": "search", "concurrency_limit": 4}
    button.click(handler, [query, language, lang_state], [status, results], api_name="search", **lane)
    query.submit(
        handler, [query, language, lang_state], [status, results], api_visibility="undocumented", **lane
    )
    index_lane = {"concurrency_id": "index", "concurrency_limit": 1}
    add.upload(safe(add_files, outputs=3), [add, lang_state], [upload_status, listing, chosen], **index_lane)
    delete.click(
        safe(remove, outputs=3), [chosen, lang_state], [upload_status, listing, chosen], **index_lane
    )
    return {
        "load": (safe(refresh, outputs=2, error_at=0), [lang_state], [listing, chosen]),
        "relabel": (safe(refresh, outputs=2, error_at=0), [lang_state], [listing, chosen]),
    }


def _language_choices(lang: str) -> list[tuple[str, str]]:
    return [(t("kb_lang_all", lang), "all"), ("DE", "de"), ("EN", "en")]
