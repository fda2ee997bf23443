"""Storage for history and deals: SQLAlchemy 2 over SQLite (the default, in COACH_HOME) or PostgreSQL for a team.

`open_database(path_or_url)` returns a migrated `Database`; `history_target(path, user)` maps a history file path to
the configured database: with COACH_DATABASE_URL set, COACH_HOME's history file and the per-user files
(COACH_HOME/users/<name>/history.sqlite3) all live in that one database, each row carrying its user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from coach.storage.db import Database, compact, current_revision, dispose_all, normalise_url, open_database
from coach.storage.models import LOCAL_USER

__all__ = [
    "LOCAL_USER",
    "Database",
    "HistoryTarget",
    "compact",
    "current_revision",
    "dispose_all",
    "history_target",
    "is_absent",
    "for_settings",
    "settings_target",
    "normalise_url",
    "open_database",
    "user_name",
]


def user_name(user: object) -> str:
    """Return the stored user name: the logged-in name, or 'local' when there is none."""
    name = str(user).strip() if user is not None else ""
    return name[:200] or LOCAL_USER


def settings_target(settings: object) -> Path | str:
    """Return where the configured database is: the COACH_DATABASE_URL, else COACH_HOME/history.sqlite3."""
    url = getattr(settings, "database_url", None)
    if url is not None:
        return url.get_secret_value() if hasattr(url, "get_secret_value") else str(url)
    return Path(settings.history_db)  # type: ignore[attr-defined]


def for_settings(settings: object) -> Database:
    """Return the configured database: COACH_DATABASE_URL, else COACH_HOME/history.sqlite3."""
    return open_database(settings_target(settings))


@dataclass(frozen=True)
class HistoryTarget:
    """Where a history store lives and whose rows it sees.

    `scope` is None when the store sees every row of its database: a per-user SQLite file
    (COACH_HOME/users/<name>/history.sqlite3 holds one person's data, including rows an older coach wrote).
    """

    target: Path | str
    user: str
    scope: str | None


def history_target(path: Path, user: str | None = None) -> HistoryTarget:
    """Return where a history file path lives, honouring COACH_DATABASE_URL for COACH_HOME's files, and the user."""
    from coach.settings import current_settings

    path = Path(path)
    settings = current_settings()  # per request: read again only when the environment changed
    home = settings.home.expanduser().resolve()
    resolved = path.expanduser().resolve()
    per_user = resolved.name == "history.sqlite3" and resolved.parent.parent == home / "users"
    if settings.database_url is not None:
        if resolved == home / "history.sqlite3":
            return HistoryTarget(settings_target(settings), user_name(user), user_name(user))
        if per_user:
            slug = re.sub(r"[^\w.-]", "_", resolved.parent.name)
            return HistoryTarget(settings_target(settings), user_name(user or slug), user_name(user or slug))
    if per_user:  # one person's own file (web --auth without a team database): every row in it is theirs
        return HistoryTarget(path, user_name(user), None)
    return HistoryTarget(path, user_name(user), user_name(user))


def is_absent(target: Path | str) -> bool:
    """Return whether a target is a SQLite file that has not been written yet (nothing stored there)."""
    return isinstance(target, Path) and not target.exists()
