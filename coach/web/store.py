"""Past call-note analyses and minutes, kept so they can be reopened: the `web_results` table of the history database.

The database is COACH_HOME's history file (SQLite, WAL) or, with COACH_DATABASE_URL, the team's PostgreSQL; every
row carries its user, and a store sees only its own user's results.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import delete, func, select, true

from coach.errors import CoachError
from coach.storage import Database, history_target, is_absent, open_database
from coach.storage.models import DealRow, ResultRow

Kind = Literal["qualify", "minutes"]
KEEP = 200  # per kind; older results are deleted


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
    """Stored analyses and minutes of one user (SQLite file at `path`, or the team database)."""

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

    def save(self, kind: Kind, title: str, language: str, provider: str, notes: str, result_json: str) -> int:
        """Store one result and return its id (keeping the newest KEEP per kind)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        row = ResultRow(
            username=self.user,
            created_at=now,
            kind=kind,
            title=title[:200],
            language=language,
            provider=provider,
            notes=notes,
            result=result_json,
        )
        with self.db.session() as session:
            session.add(row)
            session.flush()
            keep = (
                select(ResultRow.id)
                .where(self._mine(ResultRow), ResultRow.kind == kind)
                .order_by(ResultRow.id.desc())
                .limit(KEEP)
            )
            session.execute(
                delete(ResultRow).where(
                    self._mine(ResultRow),
                    ResultRow.kind == kind,
                    ResultRow.id.not_in(select(keep.subquery().c.id)),
                )
            )
        return int(row.id)

    def list(self, kind: Kind, limit: int = 50) -> list[ResultRecord]:
        """Return the stored results of one kind, newest first."""
        if is_absent(self.target):
            return []
        with self.db.session() as session:
            rows = session.execute(
                select(
                    ResultRow.id,
                    ResultRow.created_at,
                    ResultRow.kind,
                    ResultRow.title,
                    ResultRow.language,
                    ResultRow.provider,
                )
                .where(self._mine(ResultRow), ResultRow.kind == kind)
                .order_by(ResultRow.id.desc())
                .limit(int(limit))
            ).all()
        keys = ("id", "created_at", "kind", "title", "language", "provider")
        return [ResultRecord(**dict(zip(keys, row, strict=True))) for row in rows]

    def load(self, result_id: int, kind: Kind) -> tuple[str, str]:
        """Return (notes, result JSON) of one stored result; raise CoachError when it is gone."""
        with self.db.session() as session:
            row = session.execute(
                select(ResultRow.notes, ResultRow.result).where(
                    ResultRow.id == int(result_id), ResultRow.kind == kind, self._mine(ResultRow)
                )
            ).first()
        if row is None:
            raise CoachError(f"No stored result with id {result_id}.")
        return str(row[0]), str(row[1])

    def purge(self) -> int:
        """Delete the user's stored analyses, minutes and deals (customer data); return how many results there were.

        Used by `coach history --purge`; the role-play store's purge compacts the database afterwards.
        """
        if is_absent(self.target):
            return 0
        with self.db.session() as session:
            mine = self._mine(ResultRow)
            count = int(
                session.execute(select(func.count()).select_from(ResultRow).where(mine)).scalar() or 0
            )
            session.execute(delete(ResultRow).where(mine))
            session.execute(delete(DealRow).where(self._mine(DealRow)))  # items go by cascade
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
