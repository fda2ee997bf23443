"""Reading user input: encodings, documents, and clear errors for unusable input."""

from __future__ import annotations

import io

import pytest

from coach.errors import InputError
from coach.textio import clean_text, read_input, text_from_bytes, truncate

GERMAN = "Kunde möchte Energiekosten um 12 % senken; Budget steht noch nicht fest."


@pytest.mark.parametrize(
    "data",
    [
        GERMAN.encode("utf-8"),
        GERMAN.encode("utf-16"),
        GERMAN.encode("latin-1"),
        b"\xef\xbb\xbf" + GERMAN.encode(),
    ],
    ids=["utf8", "utf16", "latin1", "utf8-bom"],
)
def test_decodes_common_encodings(data):
    assert text_from_bytes(data, "notes.txt") == GERMAN


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        text_from_bytes(bytes(range(256)) * 10, "photo.txt")


def test_control_and_zero_width_characters_are_removed():
    assert clean_text("Bud\u200bget\x07 ok\r\n") == "Budget ok\n"


def test_missing_file_directory_and_empty(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_input(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="directory"):
        read_input(str(tmp_path))
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\t \n")
    with pytest.raises(InputError, match="empty"):
        read_input(str(blank))


def test_docx_text_and_tables(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Ziel: Ausschuss um 20 % senken")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Budget"
    table.rows[0].cells[1].text = "80.000 €"
    path = tmp_path / "notes.docx"
    d.save(path)
    text = read_input(str(path))
    assert "Ausschuss um 20 % senken" in text and "Budget | 80.000 €" in text


def test_corrupt_docx_and_image_only_pdf(tmp_path):
    from pypdf import PdfWriter

    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="cannot be read"):
        read_input(str(bad))
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    writer.write(buf)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match="no text"):
        read_input(str(scan))


def test_pdf_with_text(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "notes.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "Decision maker: Dr. Hansen, CFO")
    c.save()
    assert "Dr. Hansen, CFO" in read_input(str(path))


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(GERMAN.encode())))
    assert read_input("-") == GERMAN


def test_truncate_cuts_at_a_line_end():
    text = "zeile\n" * 100
    cut, was_cut = truncate(text, 50)
    assert was_cut and cut.endswith("zeile") and len(cut) <= 50
    assert truncate("kurz", 50) == ("kurz", False)
