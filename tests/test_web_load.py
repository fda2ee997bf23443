"""Many sessions at once through gradio_client: no errors, no cross-talk, and a clear answer when the queue is full."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

from bench_load import drive, drive_under_flood, free_port, lighter_load_generator, p95, start_app  # noqa: E402


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    proc, url = start_app(tmp_path_factory.mktemp("load-home"))
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_twenty_concurrent_sessions_without_errors_or_cross_talk(app_url):
    result = drive(app_url, sessions=20, rounds=2)
    assert result["problems"] == []
    assert len(result["latencies"]) == 20 * 2 * 3


@pytest.mark.parametrize(
    "size", [5 * 1024 * 1024, 600_000], ids=["5MB-refused-at-the-door", "600KB-cut-and-analysed"]
)
def test_a_flood_of_huge_inputs_does_not_starve_the_others(app_url, size):
    """One client sends huge inputs to every tab while 10 others search and qualify; all of them are answered.

    The goal (p95 < 1 s) is measured by `make bench` (bench/bench_load.py) on a quiet machine; here the bound is
    loose because the cores are shared, but a server that freezes (the 18-minute search of issue 17) fails it.
    """
    from gradio_client import Client

    result = drive_under_flood(app_url, workers=10, rounds=4, size=size)
    assert result["problems"] == []
    assert len(result["latencies"]) == 10 * 4 * 2
    assert result["flood_requests"] >= 4  # the flood really ran meanwhile
    assert p95(result["latencies"]) < 5.0, result["latencies"][-5:]
    after = Client(app_url, verbose=False).predict("Protokoll an den Kunden", "all", api_name="/search")
    assert "coach-hit" in " ".join(map(str, after))  # the server answers normally afterwards


def test_an_oversized_request_is_refused_before_it_is_parsed(app_url):
    import httpx

    body = b'{"data": ["' + b"x" * (5 * 1024 * 1024) + b'"], "fn_index": 0, "session_hash": "s"}'
    response = httpx.post(
        app_url + "gradio_api/queue/join", content=body, timeout=30, headers={"cookie": "coach_ui_lang=en"}
    )
    assert response.status_code == 413
    assert "too large" in response.json()["error"] and "zu groß" not in response.json()["error"]


def test_full_queue_answers_busy_and_the_app_recovers(tmp_path):
    from gradio_client import Client

    lighter_load_generator()
    from coach.retrieval.store import build_index
    from coach.settings import load_settings

    home = tmp_path / "home"
    build_index(load_settings(home=str(home)))
    port = free_port()
    env = {**os.environ, "COACH_HOME": str(home), "COACH_PROVIDER": "offline", "COACH_QUEUE_SIZE": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "coach.cli.main", "ui", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        clients = [Client(url, verbose=False) for _ in range(12)]
        notes = "Call mit Nordwerk.\n- Ziel: Ausschuss um 12 % senken bis Q3 2027\n" * 40
        outcomes: list[str] = []

        def hit(client):
            try:
                client.predict(notes, api_name="/analyse_notes")
                outcomes.append("ok")
            except Exception as exc:  # noqa: BLE001
                outcomes.append(str(exc))

        threads = [threading.Thread(target=hit, args=(c,)) for c in clients for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        busy = [o for o in outcomes if o != "ok"]
        assert "ok" in outcomes and busy, outcomes
        assert all("queue is full" in o.lower() for o in busy), busy
        assert clients[0].predict("- Budget: 80.000 € freigegeben", api_name="/analyse_notes")  # still usable
    finally:
        proc.terminate()
        proc.wait(timeout=20)
