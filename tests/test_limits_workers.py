"""The big-job worker process never outlives the app: stopped with it, and gone when the app is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from coach import limits


def _children(pid: int) -> set[int]:
    """Return the ids of the processes whose parent is pid (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    """Return True while pid runs (a zombie counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_gone(pids: set[int], seconds: float) -> set[int]:
    """Return the pids still alive after waiting up to seconds for them to end."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = {p for p in pids if _alive(p)}
        if not left:
            return left
        time.sleep(0.1)
    return {p for p in pids if _alive(p)}


def _cmdline(pid: int) -> str:
    """Return the command line of pid, or '' when it is gone."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_text(errors="ignore")
    except OSError:
        return ""


def _kill_all(pids: set[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def test_stop_workers_ends_a_running_job_and_a_new_pool_starts_on_use():
    errors: list[BaseException] = []

    def long_job() -> None:
        try:
            limits.offload(time.sleep, 120, lang="en", seconds=200)
        except BaseException as exc:  # noqa: BLE001 - the job is cut short on purpose
            errors.append(exc)

    runner = threading.Thread(target=long_job, daemon=True)
    runner.start()
    deadline = time.monotonic() + 60
    while not limits.worker_pids() and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = set(limits.worker_pids())
    assert workers
    try:
        time.sleep(0.5)  # the job is running in the worker
        limits.stop_workers()
        assert _wait_gone(workers, 10) == set()
        runner.join(10)
        assert not runner.is_alive() and errors  # the caller is answered, not left waiting for 120 s
        assert limits.offload(len, "abc", lang="en") == 3  # the next big job gets a fresh worker
    finally:
        _kill_all(set(limits.worker_pids()) | workers)
        limits.stop_workers()


APP_STAND_IN = textwrap.dedent(
    """
    import sys, threading, time
    from coach import limits
    threading.Thread(
        target=lambda: limits.offload(time.sleep, 120, lang="en", seconds=200), daemon=True
    ).start()
    while not limits.worker_pids():
        time.sleep(0.05)
    print(limits.worker_pids()[0], flush=True)
    time.sleep(300)
    """
)


def test_a_worker_leaves_at_once_when_the_app_is_killed_in_the_middle_of_a_job():
    """SIGKILL (or a crash) runs no handler: the worker notices its parent is gone and leaves within a second."""
    app = subprocess.Popen([sys.executable, "-c", APP_STAND_IN], stdout=subprocess.PIPE, text=True)
    worker = 0
    try:
        worker = int(app.stdout.readline())
        time.sleep(0.5)
        assert _alive(worker)
        app.kill()
        app.wait(10)
        assert _wait_gone({worker}, 10) == set(), "the worker outlived the app"
    finally:
        app.kill()
        _kill_all({worker} if worker else set())


@pytest.mark.integration
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_stopping_coach_ui_during_a_big_job_stops_its_workers(tmp_path, stop):
    """`coach ui` gets SIGTERM / Ctrl-C while a big call-notes analysis runs: the app and every child end quickly."""
    import urllib.request

    from gradio_client import Client

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from bench_load import free_port

    from coach.retrieval.store import build_index
    from coach.settings import load_settings

    home = tmp_path / "home"
    build_index(load_settings(home=str(home)))
    port = free_port()
    env = {**os.environ, "COACH_HOME": str(home), "COACH_PROVIDER": "offline", "OMP_NUM_THREADS": "1"}
    app = subprocess.Popen(
        [sys.executable, "-m", "coach.cli.main", "ui", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    seen: set[int] = set()
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        # big notes, every line new, so the worker is busy for a while with sentences nobody has embedded yet
        notes = "\n".join(
            f"- Kunde {i}: Ziel ist, den Ausschuss in Werk {i} um {i % 40 + 3} % zu senken, Budget rund {i * 7} T€."
            for i in range(400)
        )
        assert len(notes) >= limits.BIG_INPUT
        job = Client(url, verbose=False).submit(notes, api_name="/analyse_notes")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            seen |= _children(app.pid)
            workers = {p for p in seen if "spawn_main" in _cmdline(p)}
            if workers and (job.status().code.name in ("PROCESSING", "PROGRESS") or job.done()):
                break
            time.sleep(0.2)
        assert workers, "the big job never reached a worker process"
        time.sleep(1.0)
        seen |= _children(app.pid)
        app.send_signal(stop)
        assert app.wait(30) == 0
        assert _wait_gone(seen, 10) == set(), "a process of the app outlived it"
    finally:
        app.kill()
        _kill_all(seen)
