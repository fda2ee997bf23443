"""The history: finished sessions in SQLite (WAL) under COACH_HOME, the trend per criterion, purge."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coach.roleplay.history import HistoryStore
from coach.roleplay.scenarios import get_scenario
from coach.roleplay.session import RoleplaySession, play_script
from coach.settings import load_settings


def _result(scenario_id: str, kind: str):
    session = RoleplaySession.start(scenario_id)
    play_script(session, list(getattr(get_scenario(scenario_id), f"{kind}_rep_script")))
    return session.result()


def test_two_sessions_are_saved_with_a_trend_per_criterion(isolated_env: Path) -> None:
    store = HistoryStore(load_settings().history_db)
    assert store.path.parent == isolated_env
    t0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    first = store.save(_result("de-price-energy", "bad"), when=t0)
    second = store.save(_result("de-price-energy", "good"), when=t0 + timedelta(days=1))
    assert store.journal_mode() == "wal"
    sessions = store.sessions()
    assert [s.id for s in sessions] == [second, first]  # newest first
    assert sessions[0].outcome == "yes" and sessions[1].outcome == "no"
    trend = {t.id: t for t in store.trend()}
    assert set(trend) == {
        "explored_root_cause",
        "no_premature_concession",
        "acknowledged_concern",
        "linked_to_value",
        "asked_for_decision",
        "agreed_next_steps",
    }
    explored = trend["explored_root_cause"]
    assert explored.scores == [0.0, 1.0] and explored.direction == "up" and explored.change == 1.0
    stored = store.load(second)
    assert stored["turns"][0]["speaker"] == "buyer" and stored["scorecard"]["outcome"] == "yes"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_purge_deletes_everything(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    assert store.purge() == 0
    store.save(_result("en-need-retail", "good"))
    assert store.purge() == 1
    assert store.sessions() == [] and all(t.sessions == 0 for t in store.trend())
