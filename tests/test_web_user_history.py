"""With --auth, every user has their own history: colleagues never see each other's notes."""

from __future__ import annotations

from types import SimpleNamespace

from gradio.context import LocalContext

from coach.cli.main import main
from coach.settings import load_settings
from coach.web import history


def _as(user: str | None):
    LocalContext.request.set(SimpleNamespace(username=user) if user else None)


def test_histories_are_separate_per_logged_in_user(capsys):
    settings = load_settings()
    try:
        _as("anna")
        history.result_store(settings).save("qualify", "Nordwerk", "de", "offline", "Notizen Nordwerk", "{}")
        _as("ben../../etc")
        assert history.result_store(settings).list("qualify") == []
        assert history.history_path(settings).is_relative_to(settings.home / "users")
        _as("anna")
        assert [r.title for r in history.result_store(settings).list("qualify")] == ["Nordwerk"]
        _as(None)  # no --auth: the single local user's file
        assert history.history_path(settings) == settings.history_db
    finally:
        LocalContext.request.set(None)
    assert main(["history", "--purge", "--yes", "--json"]) == 0
    assert '"deleted_results": 1' in capsys.readouterr().out
    _as("anna")
    try:
        assert history.result_store(settings).list("qualify") == []
    finally:
        LocalContext.request.set(None)
