"""Finished role-play sessions (SQLAlchemy: SQLite under COACH_HOME, or the team's PostgreSQL), and the trend.

Each row carries its user; a store reads and writes only its own user's sessions.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import delete, func, select, true

from coach.errors import CoachError
from coach.roleplay.scorecard import CRITERIA
from coach.roleplay.session import RoleplayResult
from coach.storage import Database, compact, history_target, is_absent, open_database
from coach.storage.models import CriterionScoreRow, SessionRow

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


_COLUMNS = ("id", "created_at", "scenario", "title", "language", "difficulty", "outcome", "total", "provider")


class HistoryStore:
    """The role-play history of one user: the SQLite file at `path` (WAL, readable only by the user), or the
    team database when COACH_DATABASE_URL is set and `path` is COACH_HOME's history file."""

    def __init__(self, path: Path, user: str | None = None) -> None:
        self.path = Path(path)
        where = history_target(self.path, user)
        self.target, self.user, self.scope = where.target, where.user, where.scope
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """Return the database (opened and migrated on first use)."""
        if self._db is None:
            self._db = open_database(self.target)
        return self._db

    def _mine(self, table: Any) -> Any:
        """Return the filter on the store's user (none for a per-user file opened without a name)."""
        return table.username == self.scope if self.scope is not None else true()

    def connect(self) -> contextlib.AbstractContextManager[Any]:
        """Return a DB-API connection context (sqlite3 for a file), committed on success."""
        return self.db.connect()

    def journal_mode(self) -> str:
        """Return the database's journal mode ('wal'; PostgreSQL always writes ahead)."""
        if self.db.dialect != "sqlite":
            return "wal"
        with self.db.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()

    def save(self, result: RoleplayResult, when: datetime | None = None) -> int:
        """Store a finished session (scenario, transcript, scorecard, time) and return its id."""
        when = when or datetime.now(UTC)
        card = result.scorecard
        row = SessionRow(
            username=self.user,
            created_at=when.astimezone(UTC).isoformat(timespec="seconds"),
            scenario=result.scenario,
            title=result.title,
            language=result.language,
            difficulty=result.difficulty,
            outcome=card.outcome,
            total=card.total,
            provider=result.provider,
            transcript=json.dumps([t.model_dump(mode="json") for t in result.turns], ensure_ascii=False),
            scorecard=card.model_dump_json(),
        )
        with self.db.session() as session:
            session.add(row)
            session.flush()
            session.add_all(
                CriterionScoreRow(session_id=row.id, criterion=c.id, score=c.score, passed=int(c.passed))
                for c in card.criteria
            )
        return int(row.id)

    def sessions(self, limit: int | None = None) -> list[SessionRecord]:
        """Return the stored sessions, newest first."""
        query = (
            select(*(getattr(SessionRow, c) for c in _COLUMNS))
            .where(self._mine(SessionRow))
            .order_by(SessionRow.created_at.desc(), SessionRow.id.desc())
        )
        if limit:
            query = query.limit(int(limit))
        with self.db.session() as session:
            rows = session.execute(query).all()
        return [SessionRecord(**dict(zip(_COLUMNS, row, strict=True))) for row in rows]

    def load(self, session_id: int) -> dict[str, Any]:
        """Return one stored session with its transcript and scorecard."""
        with self.db.session() as session:
            row = session.execute(
                select(SessionRow.transcript, SessionRow.scorecard).where(
                    SessionRow.id == int(session_id), self._mine(SessionRow)
                )
            ).first()
        if row is None:
            raise CoachError(f"No stored session with id {session_id}.")
        return {"turns": json.loads(row[0]), "scorecard": json.loads(row[1])}

    def trend(self) -> list[CriterionTrend]:
        """Return, per criterion, the scores of all sessions oldest first and whether they go up or down."""
        with self.db.session() as session:
            rows = session.execute(
                select(CriterionScoreRow.criterion, CriterionScoreRow.score)
                .join(SessionRow, SessionRow.id == CriterionScoreRow.session_id)
                .where(self._mine(SessionRow))
                .order_by(SessionRow.created_at, SessionRow.id)
            ).all()
        by: dict[str, list[float]] = {c: [] for c in CRITERIA}
        for criterion, score in rows:
            by.setdefault(criterion, []).append(float(score))
        return [_trend(c, scores) for c, scores in by.items()]

    def report(self, limit: int | None = None) -> HistoryReport:
        """Return the sessions and the trend per criterion."""
        return HistoryReport(sessions=self.sessions(limit), trend=self.trend(), database=self.db.label())

    def purge(self) -> int:
        """Delete every stored session of the user and return how many there were (the file is compacted)."""
        if is_absent(self.target):
            return 0
        with self.db.session() as session:
            ids = select(SessionRow.id).where(self._mine(SessionRow))
            count = int(session.execute(select(func.count()).select_from(ids.subquery())).scalar() or 0)
            session.execute(delete(CriterionScoreRow).where(CriterionScoreRow.session_id.in_(ids)))
            session.execute(delete(SessionRow).where(self._mine(SessionRow)))
        compact(self.db)
        return count
