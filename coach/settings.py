"""All configuration in one place, read from environment variables (and CLI flags)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from coach.errors import ConfigError

Provider = Literal["auto", "offline", "local", "openai"]
Language = Literal["de", "en"]

_ENV_NAMES = {
    "home": "COACH_HOME",
    "provider": "COACH_PROVIDER",
    "lang": "COACH_LANG",
    "openai_api_key": "OPENAI_API_KEY",
    "openai_base_url": "OPENAI_BASE_URL",
    "model": "COACH_MODEL",
    "local_model": "COACH_LOCAL_MODEL",
    "chroma_url": "COACH_CHROMA_URL",
    "auth": "COACH_AUTH",
    "timeout": "COACH_TIMEOUT",
    "connect_timeout": "COACH_CONNECT_TIMEOUT",
    "redact": "COACH_REDACT",
    "queue_size": "COACH_QUEUE_SIZE",
    "company": "COACH_COMPANY",
    "database_url": "COACH_DATABASE_URL",
    "timezone": "COACH_TIMEZONE",
    "sender": "COACH_SENDER",
}

_ALLOWED = {
    "provider": "auto, offline, local, openai",
    "lang": "de, en (or leave unset to follow the input)",
    "redact": "auto, on, off",
}


def default_home() -> Path:
    """Return the per-user data folder used when COACH_HOME is not set."""
    return Path(platformdirs.user_data_dir("coach", appauthor=False))


class Settings(BaseSettings):
    """The coach's settings; every field maps to one environment variable."""

    model_config = SettingsConfigDict(extra="ignore")

    home: Path = Field(default_factory=default_home, validation_alias="COACH_HOME")
    provider: Provider = Field("auto", validation_alias="COACH_PROVIDER")
    lang: Language | None = Field(None, validation_alias="COACH_LANG")
    openai_api_key: SecretStr | None = Field(None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(None, validation_alias="OPENAI_BASE_URL")
    model: str = Field("gpt-4o-mini", validation_alias="COACH_MODEL")
    local_model: Path | None = Field(None, validation_alias="COACH_LOCAL_MODEL")
    chroma_url: str | None = Field(None, validation_alias="COACH_CHROMA_URL")
    auth: SecretStr | None = Field(None, validation_alias="COACH_AUTH")
    timeout: float = Field(20.0, gt=0, le=600, validation_alias="COACH_TIMEOUT")
    connect_timeout: float = Field(2.0, gt=0, le=60, validation_alias="COACH_CONNECT_TIMEOUT")
    redact: Literal["auto", "on", "off"] = Field("auto", validation_alias="COACH_REDACT")
    queue_size: int = Field(64, ge=1, le=10_000, validation_alias="COACH_QUEUE_SIZE")
    company: str | None = Field(
        None, validation_alias="COACH_COMPANY"
    )  # the seller's own company (text layer)
    database_url: SecretStr | None = Field(None, validation_alias="COACH_DATABASE_URL")
    timezone: str = Field("Europe/Berlin", validation_alias="COACH_TIMEZONE")  # of meeting invitations (.ics)
    sender: str | None = Field(None, validation_alias="COACH_SENDER")  # the user's e-mail address (From)

    @field_validator("timezone", mode="before")
    @classmethod
    def _known_timezone(cls, value: object) -> object:
        from zoneinfo import ZoneInfo

        name = str(value or "").strip() or "Europe/Berlin"
        try:
            ZoneInfo(name)
        except (ValueError, KeyError, OSError):
            raise ValueError(f"unknown time zone {name!r} (an IANA name such as Europe/Berlin)") from None
        return name

    @field_validator(
        "lang",
        "openai_base_url",
        "chroma_url",
        "local_model",
        "openai_api_key",
        "database_url",
        "company",
        "sender",
        mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("provider", "lang", "redact", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @property
    def index_dir(self) -> Path:
        """Return the folder of the persistent Chroma index."""
        return self.home / "index"

    @property
    def history_db(self) -> Path:
        """Return the SQLite file holding role-play sessions and past results."""
        return self.home / "history.sqlite3"


def load_settings(**overrides: object) -> Settings:
    """Return validated settings from the environment plus overrides; raise ConfigError on a bad value."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**{_ENV_NAMES.get(k, k): v for k, v in clean.items()})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else "?"
        name = _ENV_NAMES.get(field, field)
        allowed = _ALLOWED.get(next((k for k, v in _ENV_NAMES.items() if v == name), ""), "")
        hint = f" Allowed values: {allowed}." if allowed else ""
        raise ConfigError(f"Invalid value for {name}: {err['msg']}.{hint}") from None


def default_language() -> Language:
    """Return the language of messages when the user chose none: COACH_LANG, else the locale, else English.

    The locale is the first of LC_ALL, LC_MESSAGES, LANG that is set (POSIX order); 'de…' means German.
    """
    chosen = (os.environ.get("COACH_LANG") or "").strip().lower()
    if chosen in ("de", "en"):
        return chosen  # type: ignore[return-value]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (os.environ.get(name) or "").strip().lower()
        if value:
            return "de" if value.startswith("de") else "en"
    return "en"


# what a Settings object is built from besides these names: the default data folder (platformdirs) reads these
_DEFAULT_HOME_ENV = ("HOME", "XDG_DATA_HOME")
_READ_ENV = frozenset(_ENV_NAMES.values()) | frozenset(_DEFAULT_HOME_ENV)
_current: dict[tuple[tuple[str, str], ...], Settings] = {}


def _environment() -> tuple[tuple[str, str], ...]:
    """Return the environment variables settings are read from, as they are now (names in any case, as pydantic)."""
    return tuple(sorted((k, v) for k, v in os.environ.items() if k.upper() in _READ_ENV))


def current_settings() -> Settings:
    """Return the settings of the environment as it is now, read again only when one of its variables changed.

    For per-request lookups (the history store's target): 2-11 ms of validation saved per call, and a change of
    COACH_HOME or COACH_DATABASE_URL (or a bad value) is seen at the next call as with load_settings(). The object
    is shared: read it, never change it.
    """
    key = _environment()
    found = _current.get(key)
    if found is not None:
        return found
    settings = load_settings()  # a bad value raises here, every time (errors are not cached)
    if _environment() == key:  # the environment did not change while it was read
        if len(_current) >= 8:
            _current.clear()
        _current[key] = settings
    return settings


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings from the environment (cached)."""
    return load_settings()
