"""Benchmark: offline qualification of call notes (5 KB median warm; 100 KB, the CLI's cap for 1 MB input)."""

from __future__ import annotations

import statistics
import time

from coach.qualify import analyse

_BLOCK = """Discovery-Call Brenner Antriebstechnik GmbH, 24.11.2026
Teilnehmer: Jana Roth (Leiterin Produktion), Markus Feld (IT)
- Ziel: OEE von 61 % auf 72 % bis Ende 2027, Ausschussquote unter 2 %
- Vorgehen: MES zuerst im Werk Lahr, danach Werk Offenburg; Schichtleiter werden ab Februar geschult
- Problem: Stillstände werden auf Papier notiert, die Daten landen erst nach 2 Wochen im Controlling
- Budget steht noch nicht fest, Preis kommt später
- Wer unterschreibt, ist unklar. Wir telefonieren am Dienstag wieder.
[00:04:05] Rep: What happens if you can't report by then?
[00:04:20] Customer (Ana Duarte, Facilities Director): Fines of up to 50,000 euros per site.
[00:06:10] Customer: Plan is to centralise metering data first, then add sub-meters next spring.
[00:09:00] Customer: Our CFO, Richard Hale, has to sign off anything above 25k. I'll brief him.
He has read "a ton of stuff" on heat pumps and seems a bit lost in it. We quoted 48k for four cohorts.
"""


def notes_of_size(size: int) -> str:
    """Return realistic mixed notes of about `size` characters."""
    text = ""
    while len(text) < size:
        text += _BLOCK
    return text[:size].rsplit("\n", 1)[0] + "\n"


def _median_ms(text: str, runs: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        analyse(text)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        analyse(text)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run() -> list[dict]:
    """Return the benchmark rows (benchmark, value, unit, goal, note)."""
    small = _median_ms(notes_of_size(5_000), runs=30)
    large = _median_ms(notes_of_size(100_000), runs=3, warmup=1)
    return [
        {
            "benchmark": "qualify_offline_5kb_median",
            "value": round(small, 1),
            "unit": "ms",
            "goal": "< 300",
            "note": "analyse() on 5 KB of mixed DE/EN notes, warm, in-process",
        },
        {
            "benchmark": "qualify_offline_100kb_median",
            "value": round(large, 1),
            "unit": "ms",
            "goal": "< 5000",
            "note": "100 KB: what the CLI analyses of a 1 MB input after truncation",
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['benchmark']}: {row['value']} {row['unit']} (goal {row['goal']}) — {row['note']}")
