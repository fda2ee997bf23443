"""The history store's per-request settings lookup is cached, and a changed environment is still seen at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import ConfigError
from coach.settings import current_settings
from coach.storage import history_target
from coach.web.store import ResultStore


def test_the_same_environment_gives_the_same_settings_without_reading_them_again(isolated_env: Path) -> None:
    assert current_settings() is current_settings()
    assert current_settings().home == isolated_env


def test_a_team_database_set_between_requests_is_used_by_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_env: Path
) -> None:
    history = isolated_env / "history.sqlite3"
    assert history_target(history).target == history  # warm: the lookup is cached now
    shared = tmp_path / "team.sqlite3"
    monkeypatch.setenv("COACH_DATABASE_URL", f"sqlite:///{shared}")
    assert history_target(history).target == f"sqlite:///{shared}"
    ResultStore(history, "ortrud").save("qualify", "T", "de", "offline", "n", "{}")
    assert shared.exists() and not history.exists()
    monkeypatch.delenv("COACH_DATABASE_URL")
    assert history_target(history).target == history


def test_a_new_data_folder_moves_the_per_user_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_env: Path
) -> None:
    monkeypatch.setenv("COACH_DATABASE_URL", f"sqlite:///{tmp_path / 'team.sqlite3'}")
    old_user_file = isolated_env / "users" / "bertil" / "history.sqlite3"
    assert history_target(old_user_file).user == "bertil"  # COACH_HOME's per-user file: the team database
    other = tmp_path / "other-home"
    monkeypatch.setenv("COACH_HOME", str(other))
    assert history_target(old_user_file).target == old_user_file  # no longer COACH_HOME's: a file of its own
    assert history_target(other / "history.sqlite3").target == f"sqlite:///{tmp_path / 'team.sqlite3'}"


def test_a_bad_value_is_reported_on_every_lookup(monkeypatch: pytest.MonkeyPatch, isolated_env: Path) -> None:
    history_target(isolated_env / "history.sqlite3")
    monkeypatch.setenv("COACH_DATABASE_URL", "mysql://u@db/coach")
    for _ in range(2):
        with pytest.raises(ConfigError, match="COACH_DATABASE_URL"):
            ResultStore(isolated_env / "history.sqlite3").save("qualify", "T", "de", "offline", "n", "{}")
    monkeypatch.setenv("COACH_PROVIDER", "nonsense")
    for _ in range(2):
        with pytest.raises(ConfigError, match="COACH_PROVIDER"):
            history_target(isolated_env / "history.sqlite3")
