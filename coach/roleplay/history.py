"""Finished role-play sessions in SQLite (WAL) under COACH_HOME, and the progress per criterion over time."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.errors import CoachError
from coach.roleplay.scorecard import CRITERIA
from coach.roleplay.session import RoleplayResult
from coach.storage import open_db

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    scenario TEXT NOT NULL,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    outcome TEXT NOT NULL,
    total INTEGER NOT NULL,
    provider TEXT NOT NULL,
    transcript TEXT NOT NULL,
    scorecard TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS criterion_scores (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    score REAL NOT NULL,
    passed INTEGER NOT NULL,
    PRIMARY KEY (session_id, criterion)
);
CREATE INDEX IF NOT EXISTS sessions_created ON sessions(created_at);
"""
TREND_WINDOW = 3
TREND_EPSILON = 0.05


class SessionRecord(BaseModel):
    """One stored session, without its transcript."""

    model_config = ConfigDict(extra="forbid")

    id: int
    created_at: str
    scenario: str
    title: str
    language: Literal["de", "en"]
    difficulty: str
    outcome: str
    total: int
    provider: str


class CriterionTrend(BaseModel):
    """How one criterion developed over the stored sessions (oldest first)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    sessions: int
    scores: list[float]
    average: float | None = None
    last: float | None = None
    change: float | None = None
    direction: Literal["up", "down", "flat", "new", "none"] = "none"


class HistoryReport(BaseModel):
    """What `coach history --json` prints: the sessions (newest first) and the trend per criterion."""

    model_config = ConfigDict(extra="forbid")

    sessions: list[SessionRecord]
    trend: list[CriterionTrend]
    database: str
    notices: list[str] = Field(default_factory=list)


def _trend(criterion: str, scores: list[float]) -> CriterionTrend:
    if not scores:
        return CriterionTrend(id=criterion, sessions=0, scores=[])
    average = round(sum(scores) / len(scores), 2)
    if len(scores) == 1:
        return CriterionTrend(
            id=criterion, sessions=1, scores=scores, average=average, last=scores[-1], direction="new"
        )
    window = min(TREND_WINDOW, len(scores) // 2) or 1
    change = round(sum(scores[-window:]) / window - sum(scores[:window]) / window, 2)
    direction = "up" if change > TREND_EPSILON else "down" if change < -TREND_EPSILON else "flat"
    return CriterionTrend(
        id=criterion,
        sessions=len(scores),
        scores=scores,
        average=average,
        last=scores[-1],
        change=change,
        direction=direction,
    )


class HistoryStore:
    """The role-play history database (one SQLite file, WAL journal, readable only by the user)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def connect(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """Return a connection context: WAL on, the schema in place, committed on success."""
        return open_db(self.path, _SCHEMA)

    def journal_mode(self) -> str:
        """Return the database's journal mode ('wal')."""
        with self.connect() as conn:
            return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()

    def save(self, result: RoleplayResult, when: datetime | None = None) -> int:
        """Store a finished session (scenario, transcript, scorecard, time) and return its id."""
        when = when or datetime.now(UTC)
        card = result.scorecard
        with self.connect() as conn:
            cur = conn.execute(
                "INSERT INTO sessions (created_at, scenario, title, language, difficulty, outcome, total, provider,"
                " transcript, scorecard) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    when.astimezone(UTC).isoformat(timespec="seconds"),
                    result.scenario,
                    result.title,
                    result.language,
                    result.difficulty,
                    card.outcome,
                    card.total,
                    result.provider,
                    json.dumps([t.model_dump(mode="json") for t in result.turns], ensure_ascii=False),
                    card.model_dump_json(),
                ),
            )
            session_id = int(cur.lastrowid or 0)
            conn.executemany(
                "INSERT INTO criterion_scores (session_id, criterion, score, passed) VALUES (?, ?, ?, ?)",
                [(session_id, c.id, c.score, int(c.passed)) for c in card.criteria],
            )
        return session_id

    def sessions(self, limit: int | None = None) -> list[SessionRecord]:
        """Return the stored sessions, newest first."""
        sql = "SELECT id, created_at, scenario, title, language, difficulty, outcome, total, provider FROM sessions"
        sql += " ORDER BY created_at DESC, id DESC" + (f" LIMIT {int(limit)}" if limit else "")
        with self.connect() as conn:
            rows = conn.execute(sql).fetchall()
        keys = (
            "id",
            "created_at",
            "scenario",
            "title",
            "language",
            "difficulty",
            "outcome",
            "total",
            "provider",
        )
        return [SessionRecord(**dict(zip(keys, row, strict=True))) for row in rows]

    def load(self, session_id: int) -> dict[str, Any]:
        """Return one stored session with its transcript and scorecard."""
        with self.connect() as conn:
            row = conn.execute(
                "SELECT transcript, scorecard FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        if row is None:
            raise CoachError(f"No stored session with id {session_id}.")
        return {"turns": json.loads(row[0]), "scorecard": json.loads(row[1])}

    def trend(self) -> list[CriterionTrend]:
        """Return, per criterion, the scores of all sessions oldest first and whether they go up or down."""
        with self.connect() as conn:
            rows = conn.execute(
                "SELECT c.criterion, c.score FROM criterion_scores c JOIN sessions s ON s.id = c.session_id"
                " ORDER BY s.created_at, s.id"
            ).fetchall()
        by: dict[str, list[float]] = {c: [] for c in CRITERIA}
        for criterion, score in rows:
            by.setdefault(criterion, []).append(float(score))
        return [_trend(c, scores) for c, scores in by.items()]

    def report(self, limit: int | None = None) -> HistoryReport:
        """Return the sessions and the trend per criterion."""
        return HistoryReport(sessions=self.sessions(limit), trend=self.trend(), database=str(self.path))

    def purge(self) -> int:
        """Delete every stored session and return how many there were (the file is compacted afterwards)."""
        if not self.path.exists():
            return 0
        with self.connect() as conn:
            count = int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
            conn.execute("DELETE FROM criterion_scores")
            conn.execute("DELETE FROM sessions")
        conn2 = sqlite3.connect(self.path)
        try:
            conn2.execute("VACUUM")
            conn2.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn2.close()
        return count
