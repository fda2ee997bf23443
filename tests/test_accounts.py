"""Accounts for a team: a users file with argon2 hashes, `coach user`, the login check, and data kept per user."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path

import pytest
from gradio.context import LocalContext

from coach import accounts
from coach.cli.main import main
from coach.errors import ConfigError, InputError
from coach.settings import load_settings

PASSWORD = "Kundennotizen-2027!"


@pytest.fixture
def users_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "team" / "users.txt"
    monkeypatch.setenv(accounts.ENV, str(path))
    return path


def test_the_users_file_holds_only_hashes_and_is_private(users_path: Path):
    accounts.add_user(users_path, "anna", PASSWORD)
    accounts.add_user(users_path, "ben", "ein-anderes-Passwort")
    body = users_path.read_text(encoding="utf-8")
    assert PASSWORD not in body and "ein-anderes-Passwort" not in body
    users = accounts.read_users(users_path)
    assert set(users) == {"anna", "ben"} and all(h.startswith("$argon2id$") for h in users.values())
    assert stat.S_IMODE(users_path.stat().st_mode) == 0o600
    assert accounts.verify(users, "anna", PASSWORD)
    assert not accounts.verify(users, "anna", "ein-anderes-Passwort")
    assert not accounts.verify(users, "carla", PASSWORD)


def test_a_user_is_added_once_replaced_on_request_and_removed(users_path: Path):
    accounts.add_user(users_path, "anna", PASSWORD)
    with pytest.raises(InputError, match="--replace"):
        accounts.add_user(users_path, "anna", "noch-ein-Passwort", lang="en")
    accounts.add_user(users_path, "anna", "noch-ein-Passwort", replace=True)
    assert accounts.verify(accounts.read_users(users_path), "anna", "noch-ein-Passwort")
    accounts.remove_user(users_path, "anna")
    assert accounts.read_users(users_path) == {}
    with pytest.raises(InputError):
        accounts.remove_user(users_path, "anna")


@pytest.mark.parametrize("name", ["", "../etc", "a/b", "..", "x" * 65, "anna:admin", " anna"])
def test_bad_user_names_are_refused(name: str, users_path: Path):
    with pytest.raises(InputError):
        accounts.add_user(users_path, name, PASSWORD)


def test_short_passwords_are_refused(users_path: Path):
    with pytest.raises(InputError, match="mindestens 8"):
        accounts.add_user(users_path, "anna", "kurz", lang="de")


def test_a_broken_line_in_the_users_file_is_named(users_path: Path):
    users_path.parent.mkdir(parents=True)
    users_path.write_text("anna:plaintext-password\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 1|Zeile 1"):
        accounts.read_users(users_path)


def test_user_commands_add_list_and_remove(users_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "anna", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "anna", "--password-stdin", "--lang", "en"]) == 2
    assert "exists already" in capsys.readouterr().err
    assert main(["user", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == ["anna"]
    assert PASSWORD not in users_path.read_text(encoding="utf-8")
    assert main(["user", "remove", "anna"]) == 0
    assert main(["user", "list"]) == 0 and capsys.readouterr().out == ""


def test_user_add_asks_twice_without_echo(users_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    answers = iter([PASSWORD, "vertippt-vertippt"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["user", "add", "anna", "--lang", "en"]) == 2
    assert "differ" in capsys.readouterr().err and not users_path.exists()


def test_the_login_check_uses_the_users_file_or_one_hashed_user(users_path: Path):
    settings = load_settings()
    assert accounts.authenticator(settings, None) is None
    with pytest.raises(ConfigError, match="coach user add"):
        accounts.authenticator(settings, "")
    accounts.add_user(users_path, "anna", PASSWORD)
    check = accounts.authenticator(settings, "")
    assert check is not None and check("anna", PASSWORD) and not check("anna", "falsch-falsch")
    accounts.add_user(users_path, "ben", "ben-sein-Passwort")
    assert check("ben", "ben-sein-Passwort")  # a colleague added later logs in without a restart
    single = accounts.authenticator(settings, "rep:geheim-geheim")
    assert single is not None and single("rep", "geheim-geheim") and not single("anna", PASSWORD)
    with pytest.raises(ConfigError):
        accounts.authenticator(settings, "no-colon")


@pytest.mark.parametrize(("lang", "words"), [("de", "benutzer:passwort"), ("en", "user:password")])
def test_a_malformed_auth_is_said_in_the_users_language(users_path: Path, lang: str, words: str):
    from coach.messages import fallback_language

    with fallback_language(lang), pytest.raises(ConfigError, match=words):
        accounts.authenticator(load_settings(), "no-colon")


def test_the_single_password_is_not_kept_in_plain_text(users_path: Path):
    check = accounts.authenticator(load_settings(), "rep:geheim-geheim")
    cells = [c.cell_contents for c in (check.__closure__ or ())]
    assert all("geheim-geheim" not in str(c) for c in cells)


# --- each user's data stays theirs ----------------------------------------------------------------------------


def _as(user: str | None) -> None:
    from types import SimpleNamespace

    LocalContext.request.set(SimpleNamespace(username=user) if user else None)


def test_analyses_and_sessions_are_kept_per_user():
    from coach.web import history, notes_tab, roleplay_tab

    settings = load_settings()
    try:
        _as("anna")
        notes_tab.analyse_notes(
            settings, "Call mit Nordwerk\n- Ziel: Ausschuss um 12 % senken", "offline", "de"
        )
        session = roleplay_tab.start_session(settings, "de-price-energy", None, False, "offline", "de")
        session.reply("Was genau macht den Preis für Sie schwierig?")
        history.session_store(settings).save(session.result())
        _as("ben")
        assert history.result_store(settings).list("qualify") == []
        assert history.session_store(settings).sessions() == []
        assert history.choices(settings, "qualify", "de")["choices"] == []
        _as("anna")
        assert [r.title for r in history.result_store(settings).list("qualify")] == ["Call mit Nordwerk"]
        assert len(history.session_store(settings).sessions()) == 1
        _as(None)  # no --auth: the single local user, who sees neither
        assert history.result_store(settings).list("qualify") == []
    finally:
        LocalContext.request.set(None)


def test_playbooks_are_kept_and_found_per_user(tmp_path: Path):
    from coach.retrieval.store import build_index
    from coach.web import knowledge_tab

    settings = load_settings(home=str(tmp_path / "home"))
    build_index(settings)
    upload = tmp_path / "Leuchtturm.md"
    upload.write_text("# Preis\n\n## Die Leuchtturm-Frage\n\nFragen Sie nach dem Leuchtturmprojekt.\n")
    try:
        _as("anna")
        knowledge_tab.add_playbooks(settings, [str(upload)], "de")
        assert (settings.home / "users" / "anna" / "playbooks" / "Leuchtturm.md").is_file()
        assert "Leuchtturm" in knowledge_tab.render_hits("Leuchtturm-Frage Leuchtturmprojekt", "de", settings)
        _as("ben")
        assert "Leuchtturm" not in knowledge_tab.render_hits(
            "Leuchtturm-Frage Leuchtturmprojekt", "de", settings
        )
        assert "Leuchtturm" not in knowledge_tab.list_playbooks(settings, "de")
        with pytest.raises(InputError):
            knowledge_tab.delete_playbooks(settings, ["Leuchtturm.md"], "de")  # not ben's to delete
        _as("anna")
        status, listing, _ = knowledge_tab.delete_playbooks(settings, ["Leuchtturm.md"], "de")
        assert "Gelöscht" in status and "Leuchtturm" not in listing
        assert "Leuchtturm" not in knowledge_tab.render_hits(
            "Leuchtturm-Frage Leuchtturmprojekt", "de", settings
        )
    finally:
        LocalContext.request.set(None)
