"""Retrieval past one machine: index and search through a real Chroma server on loopback (COACH_CHROMA_URL)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from coach.retrieval import HybridRetriever
from coach.retrieval.store import build_index, index_exists
from coach.settings import load_settings

pytestmark = pytest.mark.integration
CHROMA = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "chroma"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_url(tmp_path):
    exe = str(CHROMA) if CHROMA.exists() else shutil.which("chroma")
    if not exe:
        pytest.skip("chroma CLI not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("chroma server did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_index_and_search_through_a_chroma_server(chroma_url, tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_CHROMA_URL", chroma_url)
    settings = load_settings(home=str(tmp_path / "replica-a"))
    assert not index_exists(settings)
    report = build_index(settings)
    assert report.added >= 6 and not (settings.home / "index").exists()  # nothing persisted locally
    # A second replica (another COACH_HOME) sees the same index through the server.
    other = load_settings(home=str(tmp_path / "replica-b"))
    hits = HybridRetriever(settings=other).search("When do the minutes have to reach the customer?")
    assert hits[0].section_id == "after-meeting"
    assert build_index(other).added == 0  # incremental against the shared collection
