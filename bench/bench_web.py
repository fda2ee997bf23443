"""Web app start-up: from starting the `coach ui` process until the page answers (median of 3), and first clicks.

Each run starts a fresh process on a free loopback port with an already built index (as after `make index`),
waits for HTTP 200 on /, then times one call-notes analysis and one search through the app's own API.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import row, table  # noqa: E402

RUNS = 3
GOAL_S = 10.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen, timeout: float = 120.0) -> float:
    """Return the seconds until url answers 200 (the clock starts before the process was spawned)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"coach ui exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.monotonic()
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


def _start_once(home: Path) -> float:
    """Return the seconds from spawning `coach ui` until its page answers."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COACH_"))}
    env.update(COACH_HOME=str(home), GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False")
    cmd = [sys.executable, "-m", "coach.cli.main", "ui", "--port", str(port), "--provider", "offline"]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return _wait(f"http://127.0.0.1:{port}/", proc) - started
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _first_clicks(home: Path) -> tuple[float, float, float]:
    """Return ms for a call-notes analysis of new notes (every sentence embedded), the same notes again, and a search.

    The sentence-vector cache lives under COACH_HOME: it is pointed at the fresh home so nothing earlier is reused.
    """
    from coach.settings import load_settings
    from coach.web import knowledge_tab, notes_tab
    from coach.web.examples import CALL_NOTES

    os.environ["COACH_HOME"] = str(home)
    settings = load_settings(home=str(home))
    notes_tab.analyse_notes(settings, CALL_NOTES[0][1], "offline", "de")
    knowledge_tab.render_hits("Protokoll", "de", settings)
    started = time.perf_counter()
    notes_tab.analyse_notes(settings, CALL_NOTES[2][1], "offline", "en")
    first = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    notes_tab.analyse_notes(settings, CALL_NOTES[2][1], "offline", "en")
    again = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    knowledge_tab.render_hits("Bis wann muss das Protokoll beim Kunden sein?", "de", settings)
    search = (time.perf_counter() - started) * 1000
    return round(first, 1), round(again, 1), round(search, 1)


def run() -> list[dict]:
    """Return the start-up median and the first-click timings."""
    from coach.retrieval.store import build_index
    from coach.settings import load_settings

    with tempfile.TemporaryDirectory(prefix="coach-bench-web-") as tmp:
        home = Path(tmp)
        build_index(load_settings(home=str(home)))
        _start_once(home)  # warm the OS file cache: the first start after install is not what users repeat
        times = [_start_once(home) for _ in range(RUNS)]
        saved = os.environ.get("COACH_HOME")
        try:
            first, again, search = _first_clicks(home)
        finally:
            if saved is None:
                os.environ.pop("COACH_HOME", None)
            else:
                os.environ["COACH_HOME"] = saved
    median = round(statistics.median(times), 2)
    spread = ", ".join(f"{t:.2f}" for t in times)
    return [
        row(
            "coach ui: process start until the page answers",
            median,
            "s",
            f"< {GOAL_S:.0f} s",
            f"runs: {spread}",
        ),
        row(
            "call-notes analysis through the tab handler, new notes / same notes again",
            f"{first} / {again}",
            "ms",
            "",
            "store + render incl.; new notes: every sentence embedded by e5",
        ),
        row("knowledge search through the tab handler", search, "ms", "", "hybrid retrieval, rendered"),
    ]


if __name__ == "__main__":
    print(table(run()))
