"""Helpers shared by the tabs: friendly errors, uploads, and the Markdown for brain, sources and notices."""

from __future__ import annotations

import functools
import html
import inspect
import logging
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from coach.errors import CoachError, IndexMissingError, InputError
from coach.web.i18n import t

log = logging.getLogger("coach.web")

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Notes, transcripts, e-mails and CRM records: every format of the README that coach.text reads (as the CLI does)
UPLOAD_TYPES = (".txt", ".md", ".pdf", ".docx", ".vtt", ".srt", ".eml", ".yaml", ".yml")
# Playbooks: what the knowledge index reads (coach.retrieval.documents.SUPPORTED)
PLAYBOOK_TYPES = (".txt", ".md", ".pdf", ".docx")
MAX_NOTES_CHARS = 100_000
HEAVY_LIMIT = (
    4  # analyses and minutes at once (Gradio lane "heavy"); big inputs share one slot (coach.limits)
)
EXPORT_DIR = "coach-web-exports"
EXPORT_TTL = 3600.0  # seconds a download stays in the temp folder (it may hold customer data)


def friendly_error(exc: BaseException, lang: str) -> str:
    """Return a message for the page (never a stack trace)."""
    if isinstance(exc, IndexMissingError):
        return f"⚠ {t('index_missing', lang)}"
    if isinstance(exc, CoachError):
        return f"⚠ {t('error_prefix', lang)}: {md_escape(str(exc))}"
    log.exception("unexpected error in the web app")
    return f"⚠ {t('error_prefix', lang)}: {t('error_unexpected', lang)} ({type(exc).__name__})"


def _lang_of(fn: Callable[..., Any], args: tuple[Any, ...]) -> str:
    """Return the value of fn's `lang` argument among args ('de' when there is none)."""
    try:
        names = list(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return "de"
    if "lang" in names and names.index("lang") < len(args):
        value = args[names.index("lang")]
        if value in ("de", "en"):
            return value
    return "de"


def safe(fn: Callable[..., Any], outputs: int = 1, error_at: int = 0) -> Callable[..., Any]:
    """Wrap a handler (plain or generator) so an exception becomes a friendly message in output `error_at`.

    The other outputs are left as they were (gr.skip()), so state survives and the app stays usable.
    """
    import gradio as gr

    def failure(exc: BaseException, args: tuple[Any, ...]) -> Any:
        message = friendly_error(exc, _lang_of(fn, args))
        if outputs == 1:
            return message
        return tuple(message if i == error_at else gr.skip() for i in range(outputs))

    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def stream(*args: Any, **kwargs: Any) -> Any:
            try:
                yield from fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - every error becomes a message on the page
                yield failure(exc, args)

        return stream

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every error becomes a message on the page
            return failure(exc, args)

    return wrapper


def md_escape(text: str) -> str:
    """Return text safe to embed in Markdown or HTML rendered by the page (HTML escaped)."""
    return html.escape(str(text), quote=True)


QUOTE_MARKS = {"de": ("„", "“"), "en": ("“", "”")}


def quoted(text: str, lang: str) -> str:
    """Return text HTML-escaped between the quotation marks of the UI language („…“ in German, “…” in English)."""
    left, right = QUOTE_MARKS.get(lang, QUOTE_MARKS["de"])
    return f"{left}{md_escape(text)}{right}"


def require_text(text: str | None, lang: str, key: str = "notes_empty") -> str:
    """Return the stripped text; raise InputError with a translated message when it is empty."""
    if not text or not text.strip():
        raise InputError(t(key, lang))
    return text


def cut_notes(text: str, lang: str, kind: str = "notes") -> tuple[str, list[str]]:
    """Return the notes cut to their limit (coach.limits) before any work, and a notice when they were cut."""
    from coach.limits import limit_text
    from coach.textio import clean_text

    text, notices = limit_text(text, kind, lang)  # type: ignore[arg-type]
    return clean_text(text), notices


def upload_path(file: Any) -> Path | None:
    """Return the local path of a gr.File value (a path string or an object with .name), or None."""
    if file is None:
        return None
    name = (
        file if isinstance(file, str | Path) else getattr(file, "name", None) or getattr(file, "path", None)
    )
    return Path(name) if name else None


def check_upload(path: Path, lang: str, types: tuple[str, ...] = UPLOAD_TYPES) -> None:
    """Raise InputError when an uploaded file is not one of types or is larger than 10 MB."""
    if path.suffix.lower() not in types:
        raise InputError(t("upload_type", lang).format(name=path.name, types=", ".join(types)))
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError(t("upload_missing", lang).format(name=path.name)) from None
    from coach.limits import check_file_size

    check_file_size(size, path.name, lang)


def read_upload(file: Any, lang: str) -> str:
    """Return the text of an uploaded notes file as the CLI reads it (coach.text: an .eml decoded into its thread).

    Raise InputError with a message in the UI language when the file has the wrong type or cannot be read.
    """
    from coach.text.document import read_document

    path = upload_path(file)
    if path is None:
        raise InputError(t("upload_none", lang))
    check_upload(path, lang)
    data = path.read_bytes()
    if not data.strip():
        raise InputError(t("upload_empty", lang).format(name=path.name))
    try:
        text = read_document(data, name=path.name, lang=lang).text
    except InputError:
        raise InputError(t("upload_unreadable", lang).format(name=path.name)) from None
    if not text.strip():
        raise InputError(t("upload_empty", lang).format(name=path.name))
    return text


def cite_html(source: Any) -> str:
    """Return one citation as 'document › section' (HTML); file and chunk id only in the hover title."""
    from coach.knowledge import document_title

    hover = md_escape(f"{source.source} · {source.chunk_id}")
    text = f"{md_escape(document_title(source.source))} › {md_escape(source.section)}"
    return f'<span class="cite-title" title="{hover}">{text}</span>'


def sources_md(sources: Iterable[Any], lang: str, title_key: str = "sources") -> str:
    """Return a compact list of knowledge citations ('document › section', then the file), deduplicated."""
    seen: dict[str, str] = {}
    for s in sources:
        key = s.chunk_id
        if key not in seen:
            seen[key] = f'{cite_html(s)} <span class="muted">{md_escape(s.source)}</span>'
    if not seen:
        return ""
    unique = list(dict.fromkeys(seen.values()))  # two chunks of one section are one citation
    items = "".join(f"<li>{v}</li>" for v in unique)
    return f'<div class="coach-sources"><b>{t(title_key, lang)}</b><ul>{items}</ul></div>'


def notices_md(notices: Iterable[str], lang: str) -> str:
    """Return the engine's notices as an HTML list ('' when there are none)."""
    unique = list(dict.fromkeys(n for n in notices if n))
    if not unique:
        return ""
    items = "".join(f"<li>{md_escape(n)}</li>" for n in unique)
    return f'<div class="coach-notices"><b>ℹ {t("notices", lang)}</b><ul>{items}</ul></div>'


def new_export_dir() -> Path:
    """Return a fresh private folder under the system temp dir for downloads (older ones are deleted)."""
    root = Path(tempfile.gettempdir()) / EXPORT_DIR
    root.mkdir(mode=0o700, exist_ok=True)
    now = time.time()
    for folder in root.glob("*"):
        try:
            if now - folder.stat().st_mtime > EXPORT_TTL:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue
    folder = root / uuid.uuid4().hex
    folder.mkdir(mode=0o700)
    return folder


def notes_input_panel(
    tr: Any, prefix: str, label: str, placeholder: str, button: str, examples: list[tuple[str, str]]
) -> tuple[Any, Any, Any]:
    """Add the notes textbox, upload button, action button and examples; return (notes, upload, button)."""
    import gradio as gr

    from coach.limits import LIMITS
    from coach.web.example_buttons import example_buttons

    notes = tr.add(
        gr.Textbox(lines=12, max_lines=30, max_length=LIMITS["notes"], elem_id=f"{prefix}-input"),
        label=label,
        placeholder=placeholder,
    )
    with gr.Row():
        upload = tr.add(
            gr.UploadButton(  # no file_types: the server checks the type and answers in the UI language
                scale=1,
                min_width=210,
                elem_id=f"{prefix}-upload",
            ),
            label="upload_button",
        )
        action = tr.add(
            gr.Button(variant="primary", scale=2, elem_id=f"{prefix}-{button.removesuffix('_button')}"),
            value=button,
        )
    example_buttons(tr, notes, examples, f"{prefix}-examples")
    return notes, upload, action


def seller_notices_for(text: str, sides: dict[str, Any], lang: str) -> list[str]:
    """Return a notice for each seller name typed in the form that matches no speaker (sides are then detected)."""
    names = tuple(sides.get("seller") or ())
    if not names:
        return []
    from coach.cli.text_args import seller_notices  # the one check, shared with the CLI's --seller
    from coach.text import parse_text

    doc = parse_text(text, seller=names, seller_company=sides.get("seller_company"))
    return seller_notices(doc, names, lang)


def upload_to_notes(file: Any, lang: str) -> tuple[str, Any]:
    """Return (status, notes text) for an uploaded notes file; leave the textbox alone when there is none.

    The text is cut to the notes limit here, so a 10 MB file never reaches the page as one huge textbox.
    """
    import gradio as gr

    if file is None:
        return "", gr.skip()
    text, notices = cut_notes(read_upload(file, lang), lang)
    return " ".join(f"ℹ {n}" for n in notices), text
