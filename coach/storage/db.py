"""The database: an engine from COACH_DATABASE_URL (PostgreSQL for a team) or a SQLite file in COACH_HOME (WAL).

Opening a database brings its schema to the newest Alembic revision (the migrations ship inside the package, so
no alembic.ini is needed). Existing history files written by older versions are migrated in place, without loss.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from coach.errors import CoachError, ConfigError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 7_261_016  # advisory lock held while one replica migrates
_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_migrated: set[str] = set()


def normalise_url(url: str) -> str:
    """Return a SQLAlchemy URL: postgres:// and postgresql:// use psycopg 3; raise ConfigError when unusable."""
    url = url.strip()
    url = re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(
            "Invalid value for COACH_DATABASE_URL: not a database URL. "
            "Allowed values: postgresql://user:pass@host/db or sqlite:///path/to/file.sqlite3."
        ) from None
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        raise ConfigError(
            "Invalid value for COACH_DATABASE_URL: only postgresql:// and sqlite:/// are supported."
        )
    return url


def redacted(url: str) -> str:
    """Return the URL with its password masked (for output and logs)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid url>"


@dataclass(frozen=True)
class Database:
    """One database: its URL, engine and (for SQLite) the file."""

    url: str
    engine: Engine
    path: Path | None

    @property
    def dialect(self) -> str:
        """Return 'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    def exists(self) -> bool:
        """Return whether the database exists yet (a SQLite file may not have been written)."""
        return self.path.exists() if self.path is not None else True

    def label(self) -> str:
        """Return where the data lives, for output: the file path or the URL without password."""
        return str(self.path) if self.path is not None else redacted(self.url)

    @contextlib.contextmanager
    def connect(self) -> Iterator[Any]:
        """Yield a DB-API connection (sqlite3 or psycopg), committed on success (for raw SQL and PRAGMAs)."""
        ensure_schema(self)
        raw = self.engine.raw_connection()
        try:
            yield raw.driver_connection
            raw.commit()
        except Exception:
            raw.rollback()
            raise
        finally:
            raw.close()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """Yield an ORM session in a transaction (committed on success); database errors become CoachError."""
        ensure_schema(self)
        maker = sessionmaker(self.engine, expire_on_commit=False)
        try:
            with maker.begin() as session:
                yield session
        except SQLAlchemyError as exc:
            raise CoachError(f"The database {self.label()} cannot be used: {_short(exc)}.") from None


def _short(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0][:300]


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    return engine


def open_database(target: Path | str) -> Database:
    """Return the database at a SQLite file path or a URL (cached per process), its schema up to date."""
    if isinstance(target, Path) or "://" not in str(target):
        path = Path(target).expanduser().resolve()
        url = f"sqlite:///{path}"
    else:
        url = normalise_url(str(target))
        parsed = make_url(url)
        path = (
            Path(parsed.database).resolve()
            if parsed.get_backend_name() == "sqlite" and parsed.database
            else None
        )
        if path is not None:
            url = f"sqlite:///{path}"
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            if path is not None:
                engine = _sqlite_engine(path)
            else:
                engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
            _engines[url] = engine
    db = Database(url=url, engine=engine, path=path)
    ensure_schema(db)
    return db


def _create_private(path: Path) -> None:
    """Create an empty SQLite file readable only by the user (it holds customer notes)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise CoachError(
            f"Cannot open the history database {path}: {exc.strerror}. Check COACH_HOME."
        ) from None


def ensure_schema(db: Database) -> None:
    """Run the Alembic migrations up to head once per process (again when a SQLite file was deleted)."""
    if db.url in _migrated and db.exists():
        return
    with _lock:
        if db.url in _migrated and db.exists():
            return
        try:
            if db.path is not None:
                if not db.path.exists():
                    _create_private(db.path)
                with open(db.path, "rb") as handle:  # flock: one process migrates a file at a time
                    fcntl.flock(handle, fcntl.LOCK_EX)
                    try:
                        _upgrade(db.engine)
                    finally:
                        fcntl.flock(handle, fcntl.LOCK_UN)
            else:
                _upgrade(db.engine)
        except SQLAlchemyError as exc:
            raise CoachError(f"The database {db.label()} cannot be used: {_short(exc)}.") from None
        _migrated.add(db.url)


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def current_revision(db: Database) -> str | None:
    """Return the schema revision the database is at."""
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def compact(db: Database) -> None:
    """Give deleted rows' space back so their text is gone from disk (VACUUM; on SQLite also the WAL)."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM"))
        if db.dialect == "sqlite":
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def dispose_all() -> None:
    """Close every pooled connection (tests and shutdown)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _migrated.clear()
