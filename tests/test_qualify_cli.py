"""The `coach qualify` command: JSON contract, stdin, readable report, and clean errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from coach.cli.main import main

NOTES_DE = (
    "Discovery-Call Brenner GmbH, 24.11.2026\n"
    "- Ziel: OEE von 61 % auf 72 % bis Ende 2027\n"
    "- Budget steht noch nicht fest\n"
    "- Wir telefonieren am Dienstag wieder\n"
)
NOTES_EN = "Call with Priya, 2 Dec 2026. Goals haven't come up yet. Pricing comes later. No idea who signs.\n"


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


def test_json_has_the_contract_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES_DE, encoding="utf-8")
    assert main(["qualify", str(path), "--json", "--provider", "offline"]) == 0
    data = _json(capsys)
    for key in (
        "language",
        "provider",
        "notices",
        "dimensions",
        "extensions",
        "bant",
        "next_questions",
        "flags",
        "readiness",
    ):
        assert key in data
    assert data["language"] == "de" and data["provider"] == "offline"
    assert [d["key"] for d in data["dimensions"]][:4] == ["goals", "plans", "challenges", "timeline"]
    assert {d["key"] for d in data["extensions"]} == {"will_to_change", "information_relevance", "offer_fit"}
    for d in data["dimensions"] + data["extensions"]:
        assert set(d) >= {"key", "status", "evidence", "summary"}
    assert set(data["bant"]) == {"budget", "authority", "need", "timeline"}
    for q in data["next_questions"]:
        assert set(q) >= {"dimension", "question", "why", "sources"}
        assert all(set(s) == {"source", "section", "chunk_id"} for s in q["sources"])
    goals = data["dimensions"][0]
    assert goals["status"] == "covered" and goals["evidence"] == ["Ziel: OEE von 61 % auf 72 % bis Ende 2027"]
    assert data["dimensions"][3]["status"] == "covered"
    assert data["dimensions"][4]["status"] == "missing"


def test_stdin_and_lang_override(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NOTES_EN.encode("utf-8"))))
    assert main(["qualify", "-", "--json", "--lang", "de"]) == 0
    data = _json(capsys)
    assert data["language"] == "de"
    assert all(d["status"] == "missing" for d in data["dimensions"])
    assert 3 <= len(data["next_questions"]) <= 8
    assert data["next_questions"][0]["question"].startswith("Welche")


def test_readable_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.md"
    path.write_text(NOTES_EN, encoding="utf-8")
    assert main(["qualify", str(path)]) == 0
    out = capsys.readouterr().out
    assert "0/8 dimensions covered" in out
    assert "Goals" in out and "missing" in out
    assert "1. " in out and "Lead qualification" in out and "›" in out
    assert "lead-qualification-en#" not in out  # titles for people; chunk ids only in --json


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", b"\x00\x01\x02binary\x00" * 20])
def test_unusable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    assert main(["qualify", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coach: ") and "Traceback" not in err


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["qualify", "/no/such/notes.txt"]) == 2
    captured = capsys.readouterr()
    assert "not found" in captured.err and "Traceback" not in captured.err
    assert captured.out == ""


def test_very_long_input_is_truncated_with_a_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.txt"
    path.write_text((NOTES_DE * 4000)[:1_000_000], encoding="utf-8")
    assert main(["qualify", str(path), "--json"]) == 0
    data = _json(capsys)
    assert any("100,000" in n or "100.000" in n for n in data["notices"])
