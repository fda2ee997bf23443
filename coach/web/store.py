"""Past call-note analyses and minutes, kept so they can be reopened: one table in COACH_HOME's history file.

The role-play engine keeps its sessions in the same SQLite file (`settings.history_db`, WAL journal); this module
owns only the `web_results` table.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from coach.errors import CoachError
from coach.storage import open_db

Kind = Literal["qualify", "minutes"]
KEEP = 200  # per kind; older results are deleted

_SCHEMA = """
CREATE TABLE IF NOT EXISTS web_results (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    provider TEXT NOT NULL,
    notes TEXT NOT NULL,
    result TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS web_results_kind ON web_results(kind, created_at);
"""


class ResultRecord(BaseModel):
    """One stored result, without its notes and body."""

    model_config = ConfigDict(extra="forbid")

    id: int
    created_at: str
    kind: Kind
    title: str
    language: str
    provider: str


class ResultStore:
    """Stored analyses and minutes (SQLite, WAL, readable only by the user)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def connect(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """Return a connection context: WAL on, the schema in place, committed on success."""
        return open_db(self.path, _SCHEMA)

    def save(self, kind: Kind, title: str, language: str, provider: str, notes: str, result_json: str) -> int:
        """Store one result and return its id (keeping the newest KEEP per kind)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.connect() as conn:
            cur = conn.execute(
                "INSERT INTO web_results (created_at, kind, title, language, provider, notes, result)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (now, kind, title[:200], language, provider, notes, result_json),
            )
            conn.execute(
                "DELETE FROM web_results WHERE kind = ? AND id NOT IN"
                " (SELECT id FROM web_results WHERE kind = ? ORDER BY id DESC LIMIT ?)",
                (kind, kind, KEEP),
            )
            return int(cur.lastrowid or 0)

    def list(self, kind: Kind, limit: int = 50) -> list[ResultRecord]:
        """Return the stored results of one kind, newest first."""
        if not self.path.exists():
            return []
        with self.connect() as conn:
            rows = conn.execute(
                "SELECT id, created_at, kind, title, language, provider FROM web_results WHERE kind = ?"
                " ORDER BY id DESC LIMIT ?",
                (kind, int(limit)),
            ).fetchall()
        keys = ("id", "created_at", "kind", "title", "language", "provider")
        return [ResultRecord(**dict(zip(keys, row, strict=True))) for row in rows]

    def load(self, result_id: int, kind: Kind) -> tuple[str, str]:
        """Return (notes, result JSON) of one stored result; raise CoachError when it is gone."""
        with self.connect() as conn:
            row = conn.execute(
                "SELECT notes, result FROM web_results WHERE id = ? AND kind = ?", (int(result_id), kind)
            ).fetchone()
        if row is None:
            raise CoachError(f"No stored result with id {result_id}.")
        return str(row[0]), str(row[1])

    def purge(self) -> int:
        """Delete every stored analysis and minutes and return how many there were (for `coach history --purge`)."""
        if not self.path.exists():
            return 0
        with self.connect() as conn:
            count = int(conn.execute("SELECT COUNT(*) FROM web_results").fetchone()[0])
            conn.execute("DELETE FROM web_results")
        return count


def title_from(notes: str, limit: int = 70) -> str:
    """Return a short title for stored notes: their first non-empty line, shortened."""
    line = next((ln.strip(" -*#\t") for ln in notes.splitlines() if ln.strip(" -*#\t")), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def choice_label(record: ResultRecord) -> str:
    """Return the dropdown label of a stored result: local date and time, then the title."""
    try:
        when = datetime.fromisoformat(record.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        when = record.created_at
    return f"{when} · {record.title}"
