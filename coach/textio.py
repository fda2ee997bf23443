"""Read user input (a path, '-' for stdin, or uploaded bytes) into clean text, with clear errors.

Bytes that are not text (images, archives, random data) are refused: after decoding, the text must look like
writing — few control or replacement characters, mostly letters, digits and spaces, and (for a single-byte
encoding) few bytes above ASCII.
"""

from __future__ import annotations

import io
import re
import sys
import unicodedata
from pathlib import Path

from coach.errors import InputError
from coach.messages import msg
from coach.text import messages as _messages  # noqa: F401 - registers the text layer's messages

MAX_CHARS = 200_000
MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = {
    ".txt",
    ".md",
    ".markdown",
    ".text",
    "",
    ".vtt",
    ".srt",
    ".eml",
    ".yaml",
    ".yml",
    ".csv",
    ".tsv",
}
DOC_SUFFIXES = {".docx", ".pdf"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def error_lang() -> str:
    """Return the language of error messages: COACH_LANG, else the locale (de… → German), else English."""
    from coach.settings import default_language

    return default_language()


def _fail(mid: str, lang: str | None = None, **values: object) -> InputError:
    return InputError(msg(mid, lang or error_lang(), **values))


def looks_like_text(text: str, single_byte: bool = False, raw: bytes = b"") -> bool:
    """Return True when decoded text reads like writing, not like the bytes of a binary file."""
    sample = text[:20_000]
    if not sample:
        return True
    n = len(sample)
    odd = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f") or c in "\ufffd\x7f")
    if odd > (max(4, n // 50) if n >= 100 else 0):
        return False
    if single_byte and raw:
        head = raw[:20_000]
        if sum(1 for b in head if b >= 0x80) > 0.25 * len(head):
            return False
    visible = [c for c in sample if not c.isspace()]
    if not visible:
        return True
    words = sum(1 for c in visible if c.isalnum())
    if len(visible) >= 8 and words < 0.55 * len(visible):
        return False
    foreign = sum(
        1 for c in visible if ord(c) > 0x24F and not (0x2000 <= ord(c) <= 0x2BFF or ord(c) >= 0x1F000)
    )
    if foreign > 0.2 * len(visible):
        return False
    spaces = n - len(visible)
    return not (n >= 64 and spaces < 0.03 * n)


def decode_bytes(data: bytes, name: str = "input", lang: str | None = None) -> str:
    """Return text decoded from UTF-8/UTF-16/Latin-1 bytes; raise InputError for anything that is not text."""
    text: str | None = None
    single = False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = None
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0] != 0:
        try:
            text = data.decode("utf-16-le")
        except UnicodeDecodeError:
            text = None
    if text is None:
        sample = data[:4096]
        if sample.count(b"\x00") > len(sample) // 100:
            raise _fail("text.not_text", lang, name=name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            single = True
    if not looks_like_text(text, single, data):
        raise _fail("text.not_text", lang, name=name)
    return text


def clean_text(text: str) -> str:
    """Return text with normalised Unicode and line ends, and control/zero-width characters removed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def docx_paragraphs(data: bytes) -> list[str]:
    """Return the paragraphs of a .docx file, then its table rows as 'cell | cell' lines."""
    import docx

    doc = docx.Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return parts


def extract_document(data: bytes, suffix: str, name: str, lang: str | None = None) -> str:
    """Return the text of a .docx or .pdf document given as bytes."""
    try:
        if suffix == ".docx":
            return "\n".join(docx_paragraphs(data))
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        return "\n".join((page.extract_text() or "") for page in reader.pages)
    except Exception as exc:  # noqa: BLE001 - any parser failure means an unreadable document
        raise _fail(
            "text.unreadable_document", lang, name=name, suffix=suffix, error=type(exc).__name__
        ) from None


def sniff_suffix(data: bytes, name: str) -> str:
    """Return the document suffix the bytes really are ('.pdf' for '%PDF-', '.docx' for a Word zip), else the name's."""
    suffix = Path(name).suffix.lower()
    head = data[:1024].lstrip(b"\xef\xbb\xbf\r\n\t ")
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or suffix == ".docx":
            return ".docx"
        return suffix
    return suffix


def text_from_bytes(data: bytes, name: str, lang: str | None = None) -> str:
    """Return cleaned text from file content, choosing the reader by what the bytes are (then the file's suffix)."""
    suffix = sniff_suffix(data, name)
    if len(data) > MAX_BYTES:
        raise _fail("text.too_large", lang, name=name, mb=MAX_BYTES // (1024 * 1024))
    if suffix in DOC_SUFFIXES:
        text = extract_document(data, suffix, name, lang)
        if not text.strip():
            raise _fail("text.no_text_layer", lang, name=name)
    else:
        text = decode_bytes(data, name, lang)
    return clean_text(text)


def read_bytes(source: str, lang: str | None = None) -> tuple[bytes, str]:
    """Return the bytes of a file path or of stdin ('-') and the name to show; raise InputError when unusable."""
    if source == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1), "stdin"
    path = Path(source)
    if not path.exists():
        raise _fail("text.not_found", lang, name=source)
    if path.is_dir():
        raise _fail("text.is_directory", lang, name=source)
    try:
        return path.read_bytes(), path.name
    except OSError as exc:
        raise _fail("text.cannot_read", lang, name=source, error=exc.strerror) from None


def read_input(source: str, lang: str | None = None) -> str:
    """Return the text of a file path or of stdin ('-'); raise InputError when it is unusable or empty."""
    data, name = read_bytes(source, lang)
    text = text_from_bytes(data, name, lang)
    if not text.strip():
        raise _fail("text.empty", lang, name=name)
    return text


def truncate(text: str, limit: int = MAX_CHARS) -> tuple[str, bool]:
    """Return text cut to limit characters (at a line end where possible) and whether it was cut."""
    if len(text) <= limit:
        return text, False
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit], True
