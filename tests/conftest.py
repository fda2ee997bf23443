"""Test set-up: no network, no keys, a private COACH_HOME per test, and one shared knowledge index."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["ANONYMIZED_TELEMETRY"] = "False"

# Unit tests must not reach a language model or the internet. Integration tests that start real servers on
# loopback mark themselves with @pytest.mark.integration; loopback is always allowed.
ALLOW_MODEL_REQUESTS = False
_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address):  # type: ignore[no-untyped-def]
    host = address[0] if isinstance(address, tuple) else str(address)
    if (
        isinstance(host, str)
        and (host.startswith("127.") or host in ("localhost", "::1"))
        or self.family == socket.AF_UNIX
    ):
        return _real_connect(self, address)
    if not ALLOW_MODEL_REQUESTS:
        raise RuntimeError(f"Network access in a test is forbidden (tried {address!r}).")
    return _real_connect(self, address)


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]

_ENV_VARS = [
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "COACH_PROVIDER",
    "COACH_MODEL",
    "COACH_LOCAL_MODEL",
    "COACH_CHROMA_URL",
    "COACH_LANG",
    "COACH_AUTH",
    "COACH_REDACT",
    "COACH_TIMEOUT",
    "COACH_CONNECT_TIMEOUT",
    "COACH_DATABASE_URL",
    "COACH_USERS_FILE",
    "COACH_COMPANY",
]


@pytest.fixture(scope="session")
def index_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a COACH_HOME holding an index of knowledge/, built once per test session."""
    from coach.retrieval.store import build_index
    from coach.settings import load_settings

    home = tmp_path_factory.mktemp("index-home")
    build_index(load_settings(home=str(home)))
    return home


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """Clear provider settings and point COACH_HOME at a fresh folder for every test."""
    for name in _ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "coach-home"
    monkeypatch.setenv("COACH_HOME", str(home))
    from coach.llm import brain
    from coach.settings import get_settings

    get_settings.cache_clear()
    brain._cache.clear()
    return home


@pytest.fixture
def indexed_settings(index_home: Path, monkeypatch: pytest.MonkeyPatch):
    """Return settings whose COACH_HOME has the shared knowledge index."""
    from coach.settings import get_settings, load_settings

    monkeypatch.setenv("COACH_HOME", str(index_home))
    get_settings.cache_clear()
    return load_settings()


@pytest.fixture
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty sentence-vector cache, in memory and on disk; two engine threads (the parallel path)."""
    from coach.qualify.learned import features
    from coach.retrieval import embeddings

    monkeypatch.setattr(embeddings, "embed_workers", lambda: 2)
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(features, "_memory", {})
    monkeypatch.setattr(features, "_loaded_from", set())
