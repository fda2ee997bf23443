"""Exports of the minutes for a UI or the CLI: Markdown (str), Word (.docx bytes) and an e-mail draft (.eml bytes)."""

from __future__ import annotations

import io
import re
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Literal

from coach.minutes.models import MinutesResult
from coach.minutes.render import Block, build_sections, meta_lines, to_markdown, to_text

Format = Literal["md", "docx", "eml"]
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_TYPES = {"md": "text/markdown", "docx": DOCX_MIME, "eml": "message/rfc822"}

# Characters XML 1.0 cannot hold (python-docx would raise on them) and cell starts a spreadsheet reads as formulas.
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text: str) -> str:
    """Return text that Word can store: no XML-invalid control characters."""
    return _XML_BAD.sub("", str(text))


def safe_cell(text: str) -> str:
    """Return cell text that no spreadsheet takes for a formula (a leading = + - @ gets an apostrophe)."""
    text = safe_text(text).strip()
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_md(result: MinutesResult, internal: bool = True) -> str:
    """Return the minutes as Markdown text (with the internal section unless internal=False)."""
    return result.markdown if internal and result.markdown else to_markdown(result, internal)


def to_docx(result: MinutesResult, internal: bool = False) -> bytes:
    """Return the minutes as a Word document: headings, participants table, decision, action table, gate checklist."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = safe_text(result.title)[:250]
    document.core_properties.language = result.language
    document.add_heading(safe_text(result.title), level=0)
    meta = document.add_paragraph()
    meta_pairs = meta_lines(result, internal)
    for i, (label, value) in enumerate(meta_pairs):
        run = meta.add_run(f"{label}: ")
        run.bold = True
        meta.add_run(safe_text(value) + ("   " if i < len(meta_pairs) - 1 else ""))
    for section in build_sections(result, internal):
        document.add_heading(safe_text(section.heading), level=1)
        for block in section.blocks:
            _docx_block(document, block)
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.size = run.font.size or Pt(10.5)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _docx_block(document, block: Block) -> None:  # type: ignore[no-untyped-def]
    if block.kind == "para":
        document.add_paragraph(safe_text(block.text))
    elif block.kind == "quote":
        document.add_paragraph(safe_text(block.text), style="Quote")
    elif block.kind == "bullets":
        for item in block.items:
            document.add_paragraph(safe_text(item), style="List Bullet")
    elif block.kind == "table":
        table = document.add_table(rows=1, cols=len(block.header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, block.header, strict=True):
            cell.text = safe_cell(text)
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for row in block.rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = safe_cell(text)
        document.add_paragraph()
    else:
        for status, line, details in block.checks:
            mark = {"met": "☑", "not_met": "☐", "unclear": "☐?"}[status]
            document.add_paragraph(f"{mark} {safe_text(line)}")
            for detail in details:
                document.add_paragraph(safe_text(detail), style="List Bullet 2")


def suggested_filename(result: MinutesResult, fmt: Format) -> str:
    """Return a file name such as 'protokoll-2026-11-03-spedition-hartmann-gmbh.docx'."""
    stem = "protokoll" if result.language == "de" else "minutes"
    parts = [stem]
    if result.meeting_date:
        parts.append(result.meeting_date.isoformat())
    if result.company:
        parts.append(result.company)
    slug = re.sub(r"[^a-z0-9]+", "-", _ascii("-".join(parts).lower())).strip("-")[:80] or stem
    return f"{slug}.{fmt}"


def _ascii(text: str) -> str:
    return text.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))


def email_subject(result: MinutesResult) -> str:
    """Return the e-mail subject: the minutes' title on one line."""
    return re.sub(r"\s+", " ", safe_text(result.title)).strip()[:200]


def to_eml(result: MinutesResult, sender: str | None = None, attach_docx: bool = True) -> bytes:
    """Return an e-mail draft (.eml): subject, To = the customer's participants, plain-text body, .docx attached."""
    msg = EmailMessage(policy=policy.default.clone(max_line_length=998))
    msg["Subject"] = email_subject(result)
    if result.recipients:
        msg["To"] = ", ".join(result.recipients)
    if sender:
        msg["From"] = sender
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="coach.local")
    msg["X-Unsent"] = "1"
    body = _greeting(result) + "\n\n" + to_text(result, internal=False)
    msg.set_content(safe_text(body), subtype="plain", charset="utf-8")
    if attach_docx:
        msg.add_attachment(
            to_docx(result, internal=False),
            maintype="application",
            subtype=DOCX_MIME.split("/", 1)[1],
            filename=suggested_filename(result, "docx"),
        )
    return bytes(msg)


def _greeting(result: MinutesResult) -> str:
    if result.language == "de":
        return "Guten Tag,\n\nanbei, wie zugesagt, unser Protokoll zum Entscheidungsmeeting. Danke!"
    return "Hello,\n\nmany thanks for meeting us. Please find the minutes of our decision meeting below and attached."


def export(result: MinutesResult, fmt: Format, internal: bool | None = None) -> bytes:
    """Return the minutes in one format as bytes (Markdown as UTF-8).

    internal=None keeps each format's default: Markdown with the internal section (gates, debrief, coaching notes),
    Word and e-mail without it. The e-mail draft goes to the customer and never carries the internal part.
    """
    if fmt == "md":
        return to_md(result, internal=internal is not False).encode("utf-8")
    if fmt == "docx":
        return to_docx(result, internal=bool(internal))
    if fmt == "eml":
        return to_eml(result)
    raise ValueError(f"unknown format: {fmt}")
