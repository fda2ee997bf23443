"""Storage: Alembic migrations on open, history files written by the old code migrate without loss, URLs."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from coach.errors import ConfigError
from coach.roleplay.history import HistoryStore
from coach.storage import current_revision, history_target, normalise_url, open_database
from coach.web.store import ResultStore

# The schema and rows exactly as coach wrote them before SQLAlchemy (coach/storage.py + the two stores).
OLD_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, scenario TEXT NOT NULL, title TEXT NOT NULL,
    language TEXT NOT NULL, difficulty TEXT NOT NULL, outcome TEXT NOT NULL, total INTEGER NOT NULL,
    provider TEXT NOT NULL, transcript TEXT NOT NULL, scorecard TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS criterion_scores (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, criterion TEXT NOT NULL,
    score REAL NOT NULL, passed INTEGER NOT NULL, PRIMARY KEY (session_id, criterion)
);
CREATE INDEX IF NOT EXISTS sessions_created ON sessions(created_at);
CREATE TABLE IF NOT EXISTS web_results (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
    language TEXT NOT NULL, provider TEXT NOT NULL, notes TEXT NOT NULL, result TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS web_results_kind ON web_results(kind, created_at);
"""


def _old_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(OLD_SCHEMA)
    for n, (when, outcome, total) in enumerate(
        [("2026-11-01T09:00:00+00:00", "no", 35), ("2026-11-02T09:00:00+00:00", "yes", 90)], 1
    ):
        conn.execute(
            "INSERT INTO sessions (created_at, scenario, title, language, difficulty, outcome, total, provider,"
            " transcript, scorecard) VALUES (?, 'de-price-energy', 'Preis', 'de', 'medium', ?, ?, 'offline', ?, ?)",
            (
                when,
                outcome,
                total,
                '[{"speaker": "buyer", "text": "Zu teuer."}]',
                f'{{"outcome": "{outcome}"}}',
            ),
        )
        conn.execute(
            "INSERT INTO criterion_scores VALUES (?, 'explored_root_cause', ?, ?)", (n, float(n - 1), n - 1)
        )
    conn.execute(
        "INSERT INTO web_results (created_at, kind, title, language, provider, notes, result)"
        " VALUES ('2026-11-03T10:00:00+00:00', 'qualify', 'Nordwerk', 'de', 'offline', 'Notizen Nordwerk', '{}')"
    )
    conn.commit()
    conn.close()


def test_a_history_file_written_by_the_old_code_migrates_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _old_file(path)
    store = HistoryStore(path)
    sessions = store.sessions()
    assert [(s.outcome, s.total) for s in sessions] == [("yes", 90), ("no", 35)]
    assert store.load(sessions[1].id)["turns"][0]["text"] == "Zu teuer."
    trend = {t.id: t for t in store.trend()}
    assert trend["explored_root_cause"].scores == [0.0, 1.0]
    results = ResultStore(path)
    [record] = results.list("qualify")
    assert record.title == "Nordwerk" and results.load(record.id, "qualify") == ("Notizen Nordwerk", "{}")
    assert current_revision(store.db) == "0002" and store.journal_mode() == "wal"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT DISTINCT username FROM sessions").fetchall() == [("local",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    new_id = results.save("minutes", "Neu", "de", "offline", "n", "{}")  # the migrated file keeps working
    assert new_id > record.id and [r.title for r in results.list("minutes")] == ["Neu"]


def test_a_new_database_is_private_and_at_the_newest_revision(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    assert current_revision(db) == "0002" and db.dialect == "sqlite"
    assert stat.S_IMODE(db.path.stat().st_mode) == 0o600


def test_users_in_one_database_do_not_see_each_other(tmp_path: Path) -> None:
    path = tmp_path / "team.sqlite3"
    ResultStore(path, "anna").save("qualify", "Anna's deal", "de", "offline", "geheim", "{}")
    assert ResultStore(path, "ben").list("qualify") == []
    assert ResultStore(path, "ben").purge() == 0 and len(ResultStore(path, "anna").list("qualify")) == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:p@db.example:5432/coach", "postgresql+psycopg://u:p@db.example:5432/coach"),
        ("postgres://u@db/coach", "postgresql+psycopg://u@db/coach"),
        ("postgresql+psycopg://u@db/coach", "postgresql+psycopg://u@db/coach"),
        ("sqlite:////tmp/x.sqlite3", "sqlite:////tmp/x.sqlite3"),
    ],
)
def test_database_urls_are_normalised(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


@pytest.mark.parametrize("url", ["mysql://u@db/coach", "not a url://", "oracle://x"])
def test_unsupported_database_urls_name_the_variable(url: str) -> None:
    with pytest.raises(ConfigError, match="COACH_DATABASE_URL"):
        normalise_url(url)


def test_coach_database_url_takes_over_coach_homes_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_env: Path
) -> None:
    shared = tmp_path / "shared.sqlite3"
    monkeypatch.setenv("COACH_DATABASE_URL", f"sqlite:///{shared}")
    where = history_target(isolated_env / "history.sqlite3")
    assert where.target == f"sqlite:///{shared}" and where.user == "local"
    per_user = history_target(isolated_env / "users" / "anna" / "history.sqlite3")
    assert per_user.user == "anna" and per_user.scope == "anna"
    ResultStore(isolated_env / "history.sqlite3", "anna").save("minutes", "M", "de", "offline", "n", "{}")
    assert shared.exists() and not (isolated_env / "history.sqlite3").exists()
    elsewhere = history_target(tmp_path / "other.sqlite3")  # an explicit file stays a file
    assert elsewhere.target == tmp_path / "other.sqlite3"


def test_the_migrations_ship_in_the_wheel() -> None:
    from setuptools import find_packages

    root = Path(__file__).resolve().parents[1]
    packages = find_packages(where=str(root), include=["coach*"])  # what pyproject's packages.find selects
    assert {"coach.storage", "coach.storage.migrations", "coach.storage.migrations.versions"} <= set(packages)
    versions = root / "coach" / "storage" / "migrations" / "versions"
    assert {p.name for p in versions.glob("0*.py")} == {"0001_legacy.py", "0002_users_and_deals.py"}


def test_a_per_user_file_of_the_old_code_stays_visible_to_its_user(isolated_env: Path) -> None:
    path = isolated_env / "users" / "anna" / "history.sqlite3"
    path.parent.mkdir(parents=True)
    _old_file(path)
    assert [r.title for r in ResultStore(path, "anna").list("qualify")] == ["Nordwerk"]
    assert len(HistoryStore(path, "anna").sessions()) == 2


def test_a_history_file_copies_into_a_shared_database_once(tmp_path: Path, capsys) -> None:
    from coach.deals.service import DealService
    from coach.storage.transfer import main as transfer

    old = tmp_path / "anna.sqlite3"
    _old_file(old)
    DealService(open_database(old), None).create("Nordwerk", customer="Nordwerk AG")
    shared = tmp_path / "team.sqlite3"
    assert transfer([str(old), "--user", "anna", "--to", f"sqlite:///{shared}"]) == 0
    assert "copied 2 session(s), 1 saved result(s), 1 deal(s)" in capsys.readouterr().out
    assert transfer([str(old), "--user", "anna", "--to", f"sqlite:///{shared}"]) == 0
    assert "copied 0 session(s), 0 saved result(s), 0 deal(s)" in capsys.readouterr().out
    store = HistoryStore(shared, "anna")
    assert [s.total for s in store.sessions()] == [90, 35] and store.trend()[0].scores == [0.0, 1.0]
    assert [d.name for d in DealService(open_database(shared), "anna").list()] == ["Nordwerk"]
    assert HistoryStore(shared, "ben").sessions() == []
    assert transfer([str(tmp_path / "missing.sqlite3"), "--user", "x", "--to", f"sqlite:///{shared}"]) == 2
