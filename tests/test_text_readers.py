"""Readers for every input shape: the format is detected, turns carry speaker, time and offsets into the text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coach.errors import InputError
from coach.evals.suites.transcripts import teams_docx
from coach.text import parse_text, read_document

FIXTURES = Path(__file__).parent / "fixtures" / "text" / "own"


@pytest.mark.parametrize(
    ("name", "fmt", "speakers"),
    [
        ("own-01.vtt", "vtt", ["Lina Hofer", "Olaf Brand"] * 3),
        ("own-02.srt", "srt", ["Tom Reyes", "Priya Nair"] * 2),
        ("own-03.txt", "unnamed", ["Speaker 1", "Speaker 2"] * 2),
        ("own-04.md", "markdown_transcript", ["AE", "PROSPECT"] * 2),
        ("own-05.txt", "timestamped", ["Marta", "Jörg"] * 2),
        ("own-06.eml", "email", ["Siobhán O'Neill", "Zoë Brandt"]),
        ("own-07.txt", "crm", []),
    ],
)
def test_formats_are_detected_and_turns_found(name: str, fmt: str, speakers: list[str]) -> None:
    doc = read_document(FIXTURES / name)
    assert doc.format == fmt
    assert [t.speaker for t in doc.turns] == speakers
    for turn in doc.turns:
        assert " ".join(doc.text[turn.start : turn.end].split()) == turn.text
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_teams_docx_transcript_is_read_from_a_real_docx() -> None:
    data = teams_docx((FIXTURES / "own-08.teams.txt").read_text(encoding="utf-8"))
    doc = read_document(data, name="call.docx")
    assert doc.format == "teams_docx"
    assert [t.speaker for t in doc.turns] == ["Łukasz Nowak", "Anna Berg"] * 2
    assert doc.turns[1].time == "0:11"


def test_vtt_cue_times_and_voice_tags() -> None:
    doc = read_document(FIXTURES / "own-01.vtt")
    assert doc.turns[0].time == "00:00:02.100"
    assert "<v" not in doc.turns[0].text


def test_email_thread_separates_quoted_replies_and_signatures() -> None:
    doc = read_document(FIXTURES / "own-06.eml")
    first, second = doc.turns
    assert "approved 45k" in first.text and "Head of Operations" not in first.text
    assert "400,000" in second.text and ">" not in second.text
    people = {p.name: p for p in doc.participants}
    assert people["Siobhán O'Neill"].role == "Head of Operations"
    assert people["Siobhán O'Neill"].organisation == "Harbourline Ltd"
    assert people["Zoë Brandt"].organisation == "Kelpdata GmbH"


def test_pasted_thread_with_german_attribution() -> None:
    text = (
        "Hallo Frau Roth,\n\nwir haben das Budget von 50.000 € freigegeben.\n\nViele Grüße\nKarl Ebert\n\n"
        "Am 03.03.2027 um 10:00 schrieb Jana Roth <jana.roth@acme.example>:\n> Hallo Herr Ebert,\n"
        "> unsere Kunden sparen 30 %.\n"
    )
    doc = parse_text(text)
    assert doc.format == "email"
    assert [t.speaker for t in doc.turns] == ["Karl Ebert", "Jana Roth"]


def test_input_format_overrides_detection() -> None:
    text = "Anna: Wie läuft es heute?\nBen: Schlecht, alles manuell.\n"
    assert parse_text(text, input_format="notes").turns == []
    assert [t.speaker for t in parse_text(text, input_format="dialogue").turns] == ["Anna", "Ben"]


def test_unknown_input_format_is_an_input_error() -> None:
    with pytest.raises(InputError, match="input format"):
        parse_text("x", input_format="fax")


def test_transcript_without_speakers_is_read_as_notes_with_a_notice() -> None:
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nwir brauchen das bis März\n\n00:00:05.000 --> 00:00:07.000\nund das Budget ist offen\n"
    doc = parse_text(text)
    assert doc.format == "notes" and doc.turns == []
    assert "text.no_speakers" in doc.notices


def test_notes_stay_notes() -> None:
    doc = parse_text(
        "Discovery-Call Nordholz, 24.11.2026\n- Ziel: Ausschuss um 20 % senken\n- Budget: offen\n"
    )
    assert doc.format == "notes" and not doc.turns
    assert doc.meeting_date is not None and doc.meeting_date.isoformat() == "2026-11-24"


def test_crm_record_people_and_company() -> None:
    doc = read_document(FIXTURES / "own-07.txt")
    people = {p.name: p for p in doc.participants}
    assert people["José Álvarez"].side == "customer" and people["José Álvarez"].role == "COO"
    assert people["Ayşe Kaya"].side == "seller"
    assert doc.customer_company == "Bergmann Logistik AG"


def test_stdin_and_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FIXTURES / "own-02.srt").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert read_document("-").format == "srt"
    assert read_document(data, name="upload.srt").format == "srt"
