"""Read user input (a path, '-' for stdin, or uploaded bytes) into clean text, with clear errors."""

from __future__ import annotations

import io
import re
import sys
import unicodedata
from pathlib import Path

from coach.errors import InputError

MAX_CHARS = 200_000
MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
DOC_SUFFIXES = {".docx", ".pdf"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Return text decoded from UTF-8/UTF-16/Latin-1 bytes; raise InputError for binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0] != 0:
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 100 or _binary_ratio(sample) > 0.10:
        raise InputError(
            f"{name} looks like a binary file, not text. Paste the notes or use .txt, .md, .docx or .pdf."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _binary_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    odd = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return odd / len(sample)


def clean_text(text: str) -> str:
    """Return text with normalised Unicode and line ends, and control/zero-width characters removed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def extract_document(data: bytes, suffix: str, name: str) -> str:
    """Return the text of a .docx or .pdf document given as bytes."""
    try:
        if suffix == ".docx":
            import docx

            doc = docx.Document(io.BytesIO(data))
            parts = [p.text for p in doc.paragraphs]
            for table in doc.tables:
                for row in table.rows:
                    parts.append(" | ".join(cell.text for cell in row.cells))
            return "\n".join(parts)
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        return "\n".join((page.extract_text() or "") for page in reader.pages)
    except Exception as exc:  # noqa: BLE001 - any parser failure means an unreadable document
        raise InputError(
            f"{name} cannot be read as {suffix} ({type(exc).__name__}). Is the file damaged?"
        ) from None


def text_from_bytes(data: bytes, name: str) -> str:
    """Return cleaned text from file content, choosing the reader by the file name's suffix."""
    suffix = Path(name).suffix.lower()
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    if suffix in DOC_SUFFIXES:
        text = extract_document(data, suffix, name)
        if not text.strip():
            raise InputError(
                f"{name} contains no text (a scanned image?). Export it with a text layer or paste the text."
            )
    else:
        text = decode_bytes(data, name)
    return clean_text(text)


def read_input(source: str) -> str:
    """Return the text of a file path or of stdin ('-'); raise InputError when it is unusable or empty."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "stdin"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"File not found: {source}")
        if path.is_dir():
            raise InputError(f"{source} is a directory; give a file or '-' for stdin.")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"Cannot read {source}: {exc.strerror}") from None
        name = path.name
    text = text_from_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name} is empty: there is nothing to analyse.")
    return text


def truncate(text: str, limit: int = MAX_CHARS) -> tuple[str, bool]:
    """Return text cut to limit characters (at a line end where possible) and whether it was cut."""
    if len(text) <= limit:
        return text, False
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit], True
