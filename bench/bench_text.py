"""Benchmark: the text layer — parsing 60 KB transcripts (VTT, Zoom export, `[mm:ss] Name:` lines) and notes."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import median_ms, row  # noqa: E402

from coach.text import parse_text  # noqa: E402

_SAY = (
    ("Anna Roth", "Thanks for the time today, how do you plan the routes for site {k} at the moment?"),
    ("Ben Kraft", "Mostly by hand, we lose about {n} hours a week on rescheduling across {k} depots."),
    ("Anna Roth", "Our customers usually save around {n}k a year. We would start with one depot."),
    ("Ben Kraft", "Our CFO decides before week {k}; the budget is roughly {n}k, not approved yet."),
    ("Cem Aydın", "Wir müssen bis Quartal {k} liefern, sonst verlieren wir Kunde {n}."),
)


def _turns(size: int) -> list[tuple[int, str, str]]:
    out, total, i = [], 0, 0
    while total < size:
        who, text = _SAY[i % len(_SAY)]
        line = text.format(n=10 + i * 7 % 900, k=2 + i % 11)
        out.append((i, who, line))
        total += len(line) + 40
        i += 1
    return out


def vtt(size: int) -> str:
    """Return a WebVTT transcript of about size characters."""
    cues = [
        f"{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}.000 --> {i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}.900\n"
        f"<v {who}>{text}\n"
        for i, who, text in _turns(size)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def zoom(size: int) -> str:
    """Return a Zoom/Otter text export of about size characters."""
    return "\n".join(f"{who}  {i // 60:02d}:{i % 60:02d}\n{text}\n" for i, who, text in _turns(size))


def stamped(size: int) -> str:
    """Return `[mm:ss] Name: text` lines of about size characters."""
    return "\n".join(f"[{i // 60:02d}:{i % 60:02d}] {who}: {text}" for i, who, text in _turns(size))


def notes(size: int) -> str:
    """Return bullet notes of about size characters."""
    return "\n".join(f"- {text}" for _, _, text in _turns(size))


def median_cpu_ms(fn: Callable[[], object], repeat: int = 7, warmup: int = 2) -> float:
    """Return the median CPU time of fn in milliseconds: on a shared machine wall time also counts the others' work."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        started = time.process_time()
        fn()
        times.append((time.process_time() - started) * 1000)
    return round(statistics.median(times), 1)


def run() -> list[dict]:
    """Return the benchmark rows (benchmark, value, unit, goal, note)."""
    rows = []
    for name, make in (("vtt", vtt), ("zoom", zoom), ("timestamped", stamped), ("notes", notes)):
        text = make(60_000)
        ms = median_ms(lambda text=text: parse_text(text), repeat=7, warmup=2)
        cpu = median_cpu_ms(lambda text=text: parse_text(text))
        doc = parse_text(text)
        rows.append(
            row(
                f"text_parse_60kb_{name}_median",
                ms,
                "ms",
                "< 200",
                f"parse_text() on {len(text) // 1000} KB ({len(doc.turns)} turns, {len(doc.sentences)} sentences): "
                f"format, turns, sides, sentences, people, dates; CPU time {cpu} ms",
            )
        )
    return rows


if __name__ == "__main__":
    for r in run():
        print(f"{r['benchmark']}: {r['value']} {r['unit']} (goal {r['goal']}) — {r['note']}")
