"""History survives a hard kill: SIGKILL while sessions are being saved loses at most the session in flight."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.roleplay.history import HistoryStore

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parent.parent

WRITER = r"""
import sys
from coach.roleplay.history import HistoryStore
from coach.roleplay.session import RoleplaySession, play_script
from coach.roleplay.scenarios import scenario_library

store = HistoryStore(__import__("pathlib").Path(sys.argv[1]))
scenario = scenario_library().get("de-price-energy")
session = RoleplaySession.start("de-price-energy")
play_script(session, scenario.good_rep_script)
session.end()
result = session.result()
n = 0
while True:
    store.save(result)
    n += 1
    print(n, flush=True)
"""


def test_sigkill_during_saves_keeps_earlier_sessions(tmp_path):
    db = tmp_path / "history.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "COACH_HOME": str(tmp_path)},
    )
    saved = 0
    deadline = time.monotonic() + 60
    while saved < 25 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        saved = int(line)
    proc.send_signal(signal.SIGKILL)  # mid-save: the loop never pauses between writes
    proc.wait(timeout=10)
    assert saved >= 25, "the writer did not get going"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = HistoryStore(db)
    sessions = store.sessions()
    assert len(sessions) >= saved  # everything acknowledged before the kill is there
    loaded = store.load(sessions[0].id)
    assert loaded["turns"] and loaded["scorecard"]["scenario"] == "de-price-energy"
    assert store.journal_mode() == "wal"
