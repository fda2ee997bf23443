"""Load: 20 concurrent web sessions (gradio_client) analysing notes and playing role-play turns, offline."""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import row, table  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = [
    ("de-price-energy", "Hansen"),
    ("en-need-retail", None),
    ("de-timing-logistics", "Reiter"),
    ("en-risk-pharma", None),
]


def lighter_load_generator() -> None:
    """Cache httpx's SSL context in this (client) process.

    gradio_client opens a new httpx client for every request, and each one parses the CA bundle: ~75 ms of CPU
    per call even for plain http on loopback. On a 2-core machine that shares its cores with the server, the load
    generator would measure itself. The server is untouched.
    """
    import functools

    import httpx._config as config
    import httpx._transports.default as transports

    if not hasattr(config.create_ssl_context, "cache_info"):
        cached = functools.lru_cache(maxsize=8)(config.create_ssl_context)
        config.create_ssl_context = cached
        transports.create_ssl_context = cached


def free_port() -> int:
    """Return a free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(home: Path) -> tuple[subprocess.Popen, str]:
    """Start `coach ui` on a free loopback port with its own COACH_HOME; return the process and URL."""
    from coach.retrieval.store import build_index
    from coach.settings import load_settings

    build_index(load_settings(home=str(home)))
    port = free_port()
    env = {
        **os.environ,
        "COACH_HOME": str(home),
        "COACH_PROVIDER": "offline",
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "coach.cli.main", "ui", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the app did not start")


def _cpu_seconds(pid: int) -> float:
    """Return the CPU time (user + system) a process has used so far."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _session(
    url: str,
    n: int,
    rounds: int,
    latencies: list[float],
    problems: list[str],
    think: tuple[float, float],
    ready: threading.Barrier,
) -> None:
    import random

    from gradio_client import Client

    try:
        client = Client(url, verbose=False)  # connecting (config download) is not part of the measured phase
    finally:
        ready.wait()
    rng = random.Random(n)
    marker = f"Firma{n:03d}X"
    scenario, _ = SCENARIOS[n % len(SCENARIOS)]

    def call(*args, api_name: str):
        if think[1]:
            time.sleep(rng.uniform(*think))  # a person reads the last result before the next click
        started = time.perf_counter()
        out = client.predict(*args, api_name=api_name)
        latencies.append(time.perf_counter() - started)
        return out

    try:
        for r in range(rounds):
            notes = (
                f"Call mit {marker} GmbH, Dr. Anna Berg (CFO) entscheidet.\n- Ziel: Ausschuss um {10 + n} % "
                f"senken bis Q{1 + r % 4} 2027\n- Budget steht noch nicht fest\n"
            )
            # The last output is the history dropdown: the same user's own past analyses (no --auth), not cross-talk.
            out = " ".join(map(str, call(notes, api_name="/analyse_notes")[:-1]))
            others = [f"Firma{m:03d}X" for m in range(100) if m != n and f"Firma{m:03d}X" in out]
            if "dimension-table" not in out:
                problems.append(f"session {n}: no dimension table")
            if others:
                problems.append(f"session {n}: saw {others}")
            opening = " ".join(map(str, call(scenario, "medium", False, api_name="/roleplay_start")))
            reply = " ".join(
                map(
                    str, call("Was genau lässt das für Sie schwierig erscheinen?", api_name="/roleplay_reply")
                )
            )
            if not opening.strip() or not reply.strip():
                problems.append(f"session {n}: empty role-play output")
            for other, persona in SCENARIOS:
                if other != scenario and persona and persona in reply and persona not in opening:
                    problems.append(f"session {n}: buyer of {other} in {scenario}")
    except Exception as exc:  # noqa: BLE001 - every failure is a finding of the load test
        problems.append(f"session {n}: {type(exc).__name__}: {exc}")


def drive(url: str, sessions: int = 20, rounds: int = 3, think: tuple[float, float] = (0.0, 0.0)) -> dict:
    """Run concurrent sessions against the app; return latencies (s) and problems found."""
    lighter_load_generator()
    latencies: list[float] = []
    problems: list[str] = []
    ready = threading.Barrier(sessions + 1)
    threads = [
        threading.Thread(target=_session, args=(url, n, rounds, latencies, problems, think, ready))
        for n in range(sessions)
    ]
    for t in threads:
        t.start()
    ready.wait()  # every session is connected: from here on, all 20 act at once
    started = time.perf_counter()
    for t in threads:
        t.join(timeout=600)
    return {"latencies": sorted(latencies), "problems": problems, "seconds": time.perf_counter() - started}


def run() -> list[dict]:
    """Return the load benchmark rows."""
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_app(Path(tmp) / "home")
        try:
            cpu0 = _cpu_seconds(proc.pid)
            users = drive(url, sessions=20, rounds=3, think=(1.0, 3.0))
            cpu1 = _cpu_seconds(proc.pid)
            stress = drive(url, sessions=20, rounds=3)
            server_ms = (_cpu_seconds(proc.pid) - cpu1) / max(len(stress["latencies"]), 1) * 1000
            del cpu0
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    rows = []
    for name, result, goal in (
        ("20 users, 1-3 s think time", users, "< 1000 ms"),
        ("20 clients, no think time (stress)", stress, ""),
    ):
        lat = result["latencies"]
        p95 = lat[int(len(lat) * 0.95) - 1] if lat else float("nan")
        rows += [
            row(f"load {name}: requests", len(lat), "requests", "", f"{result['seconds']:.1f} s wall"),
            row(f"load {name}: latency p50", round(statistics.median(lat) * 1000), "ms", ""),
            row(f"load {name}: latency p95", round(p95 * 1000), "ms", goal),
            row(
                f"load {name}: errors / cross-talk",
                len(result["problems"]),
                "problems",
                "0",
                "; ".join(result["problems"][:3]),
            ),
        ]
    rows.append(
        row(
            "load: server CPU per request",
            round(server_ms),
            "ms",
            "",
            "the load generator runs on the same 2 cores (SSL context cached, see lighter_load_generator)",
        )
    )
    return rows


if __name__ == "__main__":
    print(table(run()))
