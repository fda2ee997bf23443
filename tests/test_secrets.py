"""API keys never appear in output, errors, exports, history or anything under COACH_HOME."""

from __future__ import annotations

import logging
import socket
import zipfile
from pathlib import Path

from coach.cli.main import main

SECRET = "sk-proj-SECRET-do-not-leak-7f3a9c"
NOTES = (
    "Meeting 03.11.2026 mit Anna Berg (CFO, Nordwerk, anna.berg@example.com).\n"
    "- Engagement-Review: Kunde bestätigt, alle Ergebnisse verstanden\n- Entscheidung: Ja, aber nur mit SSO\n"
    "- Aufgabe: Angebot anpassen – Tobias Klein bis Freitag\n"
)


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_key_is_never_printed_logged_stored_or_exported(tmp_path, monkeypatch, capsys, caplog, isolated_env):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{_dead_port()}/v1")
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES)
    script = tmp_path / "script.txt"
    script.write_text(
        "Was genau lässt das Angebot für Sie zu teuer erscheinen?\nKönnen wir das so festmachen?\n"
    )
    outputs = [tmp_path / "m.md", tmp_path / "m.docx", tmp_path / "m.eml"]
    runs = [
        ["qualify", str(notes), "--json"],
        ["qualify", str(notes)],
        ["minutes", str(notes), "--json"],
        *[["minutes", str(notes), "-o", str(out)] for out in outputs],
        ["check-reply", "--objection", "Zu teuer.", "--reply", "Was genau ist zu teuer?", "--json"],
        ["roleplay", "--scenario", "de-price-energy", "--script", str(script), "--json"],
        ["history", "--json"],
        ["doctor", "--json"],
        ["doctor"],
    ]
    printed = ""
    for argv in runs:
        main(argv)
        captured = capsys.readouterr()
        printed += captured.out + captured.err
    assert "offline" in printed  # the dead endpoint degraded to offline with a notice
    assert SECRET not in printed and SECRET not in caplog.text
    for out in outputs:
        data = out.read_bytes()
        if out.suffix == ".docx":
            with zipfile.ZipFile(out) as z:
                data = b"".join(z.read(n) for n in z.namelist())
        assert SECRET.encode() not in data, out.name
    for path in Path(isolated_env).rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
