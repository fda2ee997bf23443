"""Small helpers for the benchmarks: timing medians and printing rows."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], repeat: int = 20, warmup: int = 3) -> float:
    """Return the median wall time of fn in milliseconds after warm-up calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def row(benchmark: str, value: float, unit: str, goal: str = "", note: str = "") -> dict:
    """Return one result row."""
    return {"benchmark": benchmark, "value": value, "unit": unit, "goal": goal, "note": note}


def table(rows: list[dict]) -> str:
    """Return rows as a Markdown table."""
    lines = ["| benchmark | value | unit | goal | note |", "|---|---|---|---|---|"]
    lines += [f"| {r['benchmark']} | {r['value']} | {r['unit']} | {r['goal']} | {r['note']} |" for r in rows]
    return "\n".join(lines)
