"""Settings: defaults, validation errors that name the variable, and the CLI's handling of them."""

from __future__ import annotations

import pytest

from coach.cli.main import main
from coach.errors import ConfigError
from coach.llm.brain import resolve_provider
from coach.settings import load_settings


def test_defaults(isolated_env):
    s = load_settings()
    assert s.provider == "auto"
    assert s.lang is None
    assert s.home == isolated_env
    assert s.index_dir == isolated_env / "index"


def test_system_lang_variable_is_not_coach_lang(monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert load_settings().lang is None


@pytest.mark.parametrize(
    ("var", "value", "allowed"),
    [
        ("COACH_PROVIDER", "gpt", "auto, offline, local, openai"),
        ("COACH_LANG", "fr", "de, en"),
        ("COACH_TIMEOUT", "-3", None),
        ("COACH_REDACT", "maybe", "auto, on, off"),
    ],
)
def test_bad_value_names_variable_and_allowed_values(monkeypatch, var, value, allowed):
    monkeypatch.setenv(var, value)
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert var in str(err.value)
    if allowed:
        assert allowed in str(err.value)


def test_cli_prints_config_error_without_traceback(monkeypatch, capsys):
    monkeypatch.setenv("COACH_PROVIDER", "gpt")
    assert main(["search", "Qualitätstore"]) == 2
    err = capsys.readouterr().err
    assert "COACH_PROVIDER" in err and "Traceback" not in err


def test_values_are_normalised(monkeypatch):
    monkeypatch.setenv("COACH_PROVIDER", " OpenAI ")
    monkeypatch.setenv("COACH_LANG", "EN")
    monkeypatch.setenv("OPENAI_BASE_URL", "  ")
    s = load_settings()
    assert (s.provider, s.lang, s.openai_base_url) == ("openai", "en", None)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "offline"),
        ({"OPENAI_API_KEY": "sk-test"}, "openai"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:8080/v1"}, "openai"),
        ({"COACH_LOCAL_MODEL": "/models/x.gguf"}, "local"),
        ({"COACH_PROVIDER": "offline", "OPENAI_API_KEY": "sk-test"}, "offline"),
    ],
)
def test_auto_provider_never_picks_the_smoke_test_model(monkeypatch, env, expected):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert resolve_provider(load_settings()) == expected
