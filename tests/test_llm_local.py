"""The real local path: the packaged GGUF, llama.cpp on loopback with a random key, ChatOpenAI against it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage
from pydantic import BaseModel

pytest.importorskip("xllamacpp")
pytestmark = pytest.mark.integration

from coach.llm import ask_structured, get_brain  # noqa: E402
from coach.llm.brain import openai_chat  # noqa: E402
from coach.settings import load_settings  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


class Greeting(BaseModel):
    greeting: str
    language: str


@pytest.fixture(scope="module")
def local_brain():
    os.environ["COACH_PROVIDER"] = "local"
    try:
        from coach.llm.brain import _build

        yield _build(load_settings(), "local")
    finally:
        os.environ.pop("COACH_PROVIDER", None)


def test_local_server_listens_on_loopback_and_generates(local_brain):
    from coach.llm.local import _server

    assert local_brain.provider == "local" and local_brain.smoke_test and not local_brain.leaves_machine
    assert _server.base_url.startswith("http://127.0.0.1:")
    assert "smoke-test" in local_brain.label
    answer = local_brain.chat.bind(max_tokens=8).invoke([HumanMessage("Hallo")])
    assert answer.response_metadata["token_usage"]["completion_tokens"] > 0


def test_wrong_key_is_refused(local_brain):
    from coach.llm.local import _server

    bad = openai_chat(load_settings(), _server.base_url + "/v1", "wrong-key", "gemma", max_retries=0)
    with pytest.raises(Exception) as err:
        bad.bind(max_tokens=2).invoke("hi")
    assert "401" in str(err.value) or "Authentication" in type(err.value).__name__


def test_structured_output_is_validated_or_falls_back(local_brain):
    notices: list[str] = []
    out = ask_structured(
        local_brain,
        Greeting,
        [HumanMessage("Greet me as JSON.")],
        Greeting(greeting="-", language="offline"),
        notices,
    )
    assert isinstance(out, Greeting)
    assert (
        out.language != "offline" or notices
    )  # either the model's valid answer or the fallback with a notice


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_separate_server_process_as_openai_endpoint(monkeypatch):
    """The team path: a llama.cpp server as its own process, reached through OPENAI_BASE_URL."""
    port, key = _free_port(), "team-key-123"
    proc = subprocess.Popen(
        [sys.executable, "-m", "coach.llm.local", "--port", str(port), "--api-key", key],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert f"127.0.0.1:{port}" in line
        monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{port}/v1")
        monkeypatch.setenv("OPENAI_API_KEY", key)
        brain = get_brain(load_settings())
        assert brain.provider == "openai" and not brain.leaves_machine and not brain.redact
        started = time.monotonic()
        answer = brain.chat.bind(max_tokens=8).invoke("Hallo")
        assert answer.content and time.monotonic() - started < 60
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_doctor_reports_local_speed(capsys, monkeypatch):
    from coach.cli.main import main

    monkeypatch.setenv("COACH_PROVIDER", "local")
    main(["doctor", "--json"])
    import json

    report = json.loads(capsys.readouterr().out)
    local = report["providers"]["local"]
    assert local["ok"] and local["tokens_per_s"] > 0 and "smoke-test" in local["model"]
