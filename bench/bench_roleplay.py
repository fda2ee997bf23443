"""Benchmark the offline role-play: one turn (classify the rep's reply + the buyer's move), and check-reply.

Run: .venv/bin/python bench/bench_roleplay.py   (prints a Markdown table)
A turn includes matching the rep's questions against the buyer's facts and layers (e5 query + BM25; the scenario
texts are embedded once and shipped). Every scenario's good and bad script lines are timed as single turns (each session restored from its plain-data
snapshot before the next line), after a warm-up; the classifier's and the embedding query caches are cleared before each timed call so a
repeated sentence is not answered from cache.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach.roleplay import answering, matching, techniques  # noqa: E402
from coach.roleplay.checker import check_reply  # noqa: E402
from coach.roleplay.scenarios import load_scenarios  # noqa: E402
from coach.roleplay.session import RoleplaySession  # noqa: E402

GOAL_MS = 200.0


def _clear_caches() -> None:
    techniques._cached.cache_clear()
    matching._query_vec.cache_clear()
    answering.forget_questions()


def _turn_times(difficulty: str | None) -> list[float]:
    times: list[float] = []
    for scenario in load_scenarios().scenarios.values():
        for script in (scenario.good_rep_script, scenario.bad_rep_script):
            session = RoleplaySession.start(scenario.id, difficulty=difficulty)  # type: ignore[arg-type]
            for line in script:
                if session.finished:
                    break
                snapshot = session.to_dict()
                _clear_caches()
                t0 = time.perf_counter()
                session.reply(line)
                times.append((time.perf_counter() - t0) * 1000)
                # continue from a fresh copy so every timed turn starts from a session restored from plain data
                session = RoleplaySession.from_dict(snapshot)
                session.reply(line)
    return times


def _check_times() -> list[float]:
    times = []
    for scenario in load_scenarios().scenarios.values():
        objection = scenario.objections[0].statement
        for line in (*scenario.good_rep_script[:2], *scenario.bad_rep_script[:2]):
            _clear_caches()
            t0 = time.perf_counter()
            check_reply(objection, line)
            times.append((time.perf_counter() - t0) * 1000)
    return times


def _row(name: str, times: list[float], note: str) -> dict:
    median = statistics.median(times)
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    return {
        "benchmark": name,
        "value": round(median, 2),
        "unit": "ms",
        "goal": f"< {GOAL_MS:.0f} ms",
        "note": f"median of {len(times)} turns after warm-up; p95 {p95:.1f} ms, max {max(times):.1f} ms; {note}",
    }


def run() -> list[dict]:
    """Return the benchmark rows: an offline role-play turn at the scenarios' own and at hard difficulty, check-reply."""
    _turn_times(None)  # warm-up: imports, embedding model, layer passages, knowledge files
    _check_times()
    return [
        _row(
            "roleplay turn, offline (classify + buyer move)", _turn_times(None), "scenarios' own difficulty"
        ),
        _row(
            "roleplay turn, offline, hard",
            _turn_times("hard"),
            "hard: untargeted questions checked by embeddings",
        ),
        _row("check-reply, offline", _check_times(), "incl. objection type and better reply by embeddings"),
    ]


if __name__ == "__main__":
    rows = run()
    print("| benchmark | value | unit | goal | note |")
    print("| --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['benchmark']} | {r['value']} | {r['unit']} | {r['goal']} | {r['note']} |")
