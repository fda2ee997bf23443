"""`coach minutes`: JSON contract, stdin, md/docx/eml outputs, and clear errors (exit 2) for unusable input."""

from __future__ import annotations

import io
import json
import sys
from email import message_from_bytes, policy
from pathlib import Path

import docx
import pytest

from coach.cli.main import main

NOTES = """Decision meeting – Bluefin Retail Ltd
Date: Thursday, 7 October 2027
Attendees: Mia Fischer (CFO, mia.fischer@bluefin.example.com), Tom Baker (IT Director). Us: Owen Price (AE).
- Recap: Mia confirmed that her team reviewed all pilot results and understood them.
- Decision: yes. Mia e-mailed the signed purchase order during the meeting.
Actions
- Owen Price: send the onboarding plan – by Monday
"""


@pytest.fixture
def notes_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    return path


def test_json_has_the_contract_keys(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["minutes", str(notes_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {
        "language",
        "provider",
        "notices",
        "meeting_date",
        "send_by",
        "participants",
        "agenda",
        "objections",
        "decision",
        "action_items",
        "gates",
        "open_questions",
        "markdown",
    } <= set(data)
    assert (data["language"], data["provider"]) == ("en", "offline")
    assert (data["meeting_date"], data["send_by"]) == ("2027-10-07", "2027-10-08")
    assert data["decision"]["outcome"] == "positive"
    assert data["action_items"][0]["due"] == "2027-10-11"
    assert [g["id"] for g in data["gates"]] == [
        "engagement_reviewed",
        "decision_in_writing",
        "contract_signed",
    ]


def test_stdin_and_markdown_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NOTES.encode("utf-8"))))
    assert main(["minutes", "-", "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Protokoll: Entscheidungsmeeting Bluefin Retail Ltd vom 07.10.2027")
    assert "## Qualitätstore" in out and "## Nächste Schritte" in out


def test_docx_output(notes_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "minutes.docx"
    out.parent.mkdir()  # -o never creates folders (tests/test_cli_output.py)
    assert main(["minutes", str(notes_file), "--format", "docx", "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().err
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert {"Participants", "Decision", "Action items"} <= set(headings)
    assert "Quality gates" not in headings  # the Word file is the customer's copy
    assert document.tables[0].rows[1].cells[0].text == "Mia Fischer"
    assert document.tables[1].rows[1].cells[1].text == "Owen Price"


def test_eml_output_format_from_the_suffix(notes_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "draft.eml"
    assert main(["minutes", str(notes_file), "-o", str(out)]) == 0
    msg = message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["Subject"] == "Minutes: decision meeting Bluefin Retail Ltd on 7 October 2027"
    assert msg["To"] == "mia.fischer@bluefin.example.com"
    assert [a.get_filename() for a in msg.iter_attachments()] == [
        "minutes-2027-10-07-bluefin-retail-ltd.docx"
    ]


def test_eml_to_stdout(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["minutes", str(notes_file), "--format", "eml"]) == 0
    assert "Subject: Minutes: decision meeting" in capsys.readouterr().out


def test_md_file_and_json_together(
    notes_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.md"
    assert main(["minutes", str(notes_file), "--json", "-o", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["markdown"] == out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x00\x01\x02PK\x03\x04" * 50, "binary"),
    ],
)
def test_unusable_input_exits_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    assert main(["minutes", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["minutes", str(tmp_path / "nope.txt")]) == 2
    assert "File not found" in capsys.readouterr().err


def test_docx_needs_an_output_file(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["minutes", str(notes_file), "--format", "docx"]) == 2
    assert "-o" in capsys.readouterr().err


def test_empty_stdin_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["minutes", "-"]) == 2
    assert "empty" in capsys.readouterr().err


def test_docx_internal_copy_holds_the_gates(
    notes_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "internal.docx"
    assert main(["minutes", str(notes_file), "--internal", "-o", str(out)]) == 0
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name.startswith("Heading")]
    assert {"Quality gates", "Internal (remove before sending)", "Decision"} <= set(headings)


def test_customer_markdown_leaves_the_internal_part_out(
    notes_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["minutes", str(notes_file), "--customer"]) == 0
    customer = capsys.readouterr().out
    assert main(["minutes", str(notes_file)]) == 0
    full = capsys.readouterr().out
    assert "## Action items" in customer and "## Action items" in full
    assert "## Quality gates" in full and "## Quality gates" not in customer
    assert "## Internal (remove before sending)" not in customer


def test_eml_never_takes_the_internal_part(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["minutes", str(notes_file), "--format", "eml", "--internal"]) == 2
    assert "--internal" in capsys.readouterr().err
    assert main(["minutes", str(notes_file), "--format", "eml", "--internal", "--lang", "de"]) == 2
    assert "E-Mail-Entwurf" in capsys.readouterr().err


def test_internal_and_customer_exclude_each_other(notes_file: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["minutes", str(notes_file), "--internal", "--customer"])
    assert exc.value.code == 2


@pytest.mark.parametrize(("lang", "said"), [("de", "ist eine Tabelle"), ("en", "is a table")])
def test_a_spreadsheet_is_refused_as_meeting_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    table = tmp_path / "pipeline.csv"
    table.write_text("id,name,amount,stage\n1,Halbach,42000,negotiation\n", encoding="utf-8")
    assert main(["minutes", str(table), "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert said in err and "pipeline.csv" in err and len(err.strip().splitlines()) == 1
