"""The history database file: one SQLite file (WAL journal, readable only by the user) shared by its stores."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from coach.errors import CoachError


@contextlib.contextmanager
def open_db(path: Path, schema: str) -> Iterator[sqlite3.Connection]:
    """Yield a connection with WAL on, foreign keys enforced and the schema in place; commit on success."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        new = not path.exists()
        conn = sqlite3.connect(path, timeout=10)
    except (OSError, sqlite3.Error) as exc:
        raise CoachError(f"Cannot open the history database {path}: {exc}. Check COACH_HOME.") from None
    try:
        if new:
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)  # it holds customer notes and conversations
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.executescript(schema)
        yield conn
        conn.commit()
    except sqlite3.DatabaseError as exc:
        conn.rollback()
        raise CoachError(f"The history database {path} cannot be used: {exc}.") from None
    finally:
        conn.close()
