"""Exports: a real .docx (headings, participants and action tables, gate checklist) and a parseable .eml draft."""

from __future__ import annotations

import io
from email import message_from_bytes, policy

import docx
import pytest

from coach.minutes import draft_minutes, suggested_filename, to_docx, to_eml, to_md
from coach.minutes.export import export, safe_cell
from coach.minutes.render import CUSTOMER_SECTIONS, HEADINGS

NOTES = """Entscheidungsmeeting Hafenlogistik Nord GmbH
Datum: 16.03.2027
Teilnehmer Kunde: Greta Sommer (COO, greta.sommer@hafen-nord.example.de), Ole Brandt (Einkauf, ole.brandt@hafen-nord.example.de)
Teilnehmer wir: Finn Albers (AE, finn.albers@vendor.example.com)

- Rückblick: Frau Sommer bestätigt, dass alle Ergebnisse aus Workshop und Pilot verstanden sind
- Entscheidung: Ja, aber nur mit Schulung der Disponenten vor dem Start
- Herr Brandt hat die Bestellung noch im Termin per E-Mail geschickt.

ToDos
- Schulungsplan schicken – Finn Albers – bis Freitag
- Bestellnummer im ERP anlegen – Ole Brandt – morgen
"""

NASTY = """Decision meeting Evil Corp Ltd
Date: 2 March 2027
Attendees: Mallory Hack (CFO, mallory@evil.example.com). Us: Alice Good (AE).
- Decision: yes. <script>alert('x')</script> <b>bold</b>
Actions
- =HYPERLINK("http://evil.example.com","click") – Mallory Hack – tomorrow
- +SUM(A1:A9) – Alice Good – by Friday
- @import – Alice Good – today
"""


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_docx_has_headings_tables_and_gate_checklist(lang: str) -> None:
    result = draft_minutes(NOTES, lang=lang)
    document = open_docx(to_docx(result))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"
    ]
    assert headings[0] == result.title
    for key in CUSTOMER_SECTIONS:
        assert HEADINGS[lang][key] in headings
    assert HEADINGS[lang]["internal"] not in headings  # the customer copy leaves the internal notes out
    assert HEADINGS[lang]["gates"] not in headings  # and the quality gates
    people, actions = document.tables
    assert [c.text for c in people.rows[0].cells] == (
        ["Name", "Organisation", "Rolle"] if lang == "de" else ["Name", "Organisation", "Role"]
    )
    assert people.rows[1].cells[0].text == "Greta Sommer"
    assert [c.text for c in actions.rows[1].cells] == (
        ["Schulungsplan schicken", "Finn Albers", "19.03.2027" if lang == "de" else "19 March 2027"]
    )
    text = "\n".join(p.text for p in document.paragraphs)
    assert "☑" not in text and "☐" not in text and "Debrief" not in text


def test_docx_with_internal_section_on_request() -> None:
    document = open_docx(to_docx(draft_minutes(NOTES), internal=True))
    paragraphs = [p.text for p in document.paragraphs]
    assert HEADINGS["de"]["internal"] in paragraphs and HEADINGS["de"]["gates"] in paragraphs
    assert paragraphs.index(HEADINGS["de"]["gates"]) > paragraphs.index(HEADINGS["de"]["next_steps"])
    text = "\n".join(paragraphs)
    assert "☑" in text and "☐" in text


def test_eml_is_addressed_to_the_customer_with_docx_attached() -> None:
    result = draft_minutes(NOTES)
    msg = message_from_bytes(to_eml(result), policy=policy.default)
    assert msg["Subject"] == "Protokoll: Entscheidungsmeeting Hafenlogistik Nord GmbH vom 16.03.2027"
    assert msg["To"] == "greta.sommer@hafen-nord.example.de, ole.brandt@hafen-nord.example.de"
    assert "finn.albers" not in msg["To"]
    body = msg.get_body(preferencelist=("plain",))
    content = body.get_content() if body is not None else ""
    assert "Teilnehmende" in content and "Aufgaben" in content
    for internal in ("qualitätstor", "debrief", "intern (", "schriftliche bestätigung", "protokoll an die"):
        assert (
            internal not in content.casefold()
        )  # gates, debrief and coaching to-dos never go to the customer
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == "protokoll-2027-03-16-hafenlogistik-nord-gmbh.docx"
    reopened = open_docx(attachment.get_content())
    assert reopened.paragraphs[0].text == result.title


def test_eml_without_addresses_has_no_to_header() -> None:
    notes = NOTES.replace(", greta.sommer@hafen-nord.example.de", "").replace(
        ", ole.brandt@hafen-nord.example.de", ""
    )
    msg = message_from_bytes(to_eml(draft_minutes(notes)), policy=policy.default)
    assert msg["To"] is None


def test_exports_do_not_inject_html_or_formulas() -> None:
    result = draft_minutes(NASTY)
    document = open_docx(to_docx(result))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    assert '\'=HYPERLINK("http://evil.example.com","click")' in cells
    assert "'+SUM(A1:A9)" in cells and "'@import" in cells
    assert "<script>alert('x')</script>" in "\n".join(
        p.text for p in document.paragraphs
    )  # literal text in Word
    msg = message_from_bytes(to_eml(result), policy=policy.default)
    assert [part.get_content_type() for part in msg.walk() if not part.is_multipart()][0] == "text/plain"
    assert all(part.get_content_type() != "text/html" for part in msg.walk())
    assert "<script>" not in to_md(result)


@pytest.mark.parametrize(
    ("value", "safe"), [("=1+2", "'=1+2"), ("-3", "'-3"), ("@x", "'@x"), ("Kick-off", "Kick-off")]
)
def test_safe_cell(value: str, safe: str) -> None:
    assert safe_cell(value) == safe


@pytest.mark.parametrize(("fmt", "start"), [("md", b"# Protokoll"), ("docx", b"PK"), ("eml", b"")])
def test_export_returns_bytes(fmt: str, start: bytes) -> None:
    data = export(draft_minutes(NOTES), fmt)  # type: ignore[arg-type]
    assert isinstance(data, bytes) and data.startswith(start)
    assert suggested_filename(draft_minutes(NOTES), fmt).endswith("." + fmt)  # type: ignore[arg-type]
