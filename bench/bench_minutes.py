"""Benchmark: offline minutes drafting (5 KB of notes, median warm) and the docx/eml exports."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import median_ms, row, table  # noqa: E402

from coach.minutes import draft_minutes, to_docx, to_eml  # noqa: E402
from coach.minutes.engine import MAX_NOTES_CHARS  # noqa: E402

_HEAD = """Protokoll Entscheidungsmeeting – Flottenmanagement-Plattform
Datum: 03.11.2026, 10:00–11:30, Teams
Kunde: Spedition Hartmann GmbH
Teilnehmer Kunde: Dr. Anna Berg (Geschäftsführerin), Markus Vogt (Leiter Disposition), Sabine Krüger (Einkauf, sabine.krueger@hartmann.example.de)
Teilnehmer wir: Tobias Klein (Account Executive), Lena Scholz (Solution Consultant)

- Rückblick auf Discovery, Workshop Disposition und Pilot mit 12 Fahrzeugen: Frau Berg bestätigt für ihr Team, dass die Ergebnisse bekannt und verstanden sind
- Angebot vorgestellt: 140 Fahrzeuge, 36 Monate Laufzeit, Einführung in 3 Wellen
"""
_BODY = """- Einwand Vogt: Disponenten befürchten Mehraufwand -> nachgefragt, eigentlicher Punkt ist die doppelte Erfassung im alten TMS. Lena zeigt die Schnittstelle.
- Frage Krüger: Wie läuft die Abrechnung bei unterjährigen Zugängen? -> anteilig pro Monat, steht im Preisblatt.
- Diskussion zur Telematik: die alten Boxen in 30 Fahrzeugen werden im ersten Quartal ersetzt, Vogt klärt die Werkstatttermine.
"""
_TAIL = """- Entscheidung: Ja. Frau Krüger hat die Bestellung (PO 4500-8812) noch im Meeting per E-Mail geschickt.
- Rahmenvertrag inkl. Leistungsbeschreibung, Preisblatt, Projektzeitplan und AGB von Frau Berg unterschrieben.

ToDos
- Kick-off-Termin vorschlagen – Tobias Klein – bis Freitag
- Whitelisting der Telematik-IPs anstoßen – Markus Vogt – bis 10.11.2026
- Onboarding-Plan Welle 1 verschicken – Lena Scholz – Ende nächster Woche
"""


def notes_of_size(size: int) -> str:
    """Return one meeting's notes of about `size` characters (the discussion part repeated)."""
    body = ""
    while len(_HEAD) + len(body) + len(_TAIL) < size:
        body += _BODY
    return _HEAD + body + _TAIL


def cpu_median_ms(fn: object, repeat: int = 30, warmup: int = 3) -> float:
    """Return the median CPU time of fn in milliseconds (process time: what a busy shared machine does not inflate
    as much as wall time)."""
    for _ in range(warmup):
        fn()  # type: ignore[operator]
    times = []
    for _ in range(repeat):
        started = time.process_time()
        fn()  # type: ignore[operator]
        times.append((time.process_time() - started) * 1000)
    return round(statistics.median(times), 1)


def run() -> list[dict]:
    """Return the benchmark rows (benchmark, value, unit, goal, note)."""
    small = notes_of_size(5_000)
    large = notes_of_size(MAX_NOTES_CHARS - 1_000)
    result = draft_minutes(small)
    return [
        row(
            "minutes_offline_5kb_median",
            median_ms(lambda: draft_minutes(small), repeat=30),
            "ms",
            "< 300",
            f"draft_minutes() on {len(small):,} chars of DE notes, warm, in-process, incl. Markdown",
        ),
        row(
            "minutes_offline_5kb_cpu_median",
            cpu_median_ms(lambda: draft_minutes(small), repeat=30),
            "ms",
            "< 300",
            "the same, CPU time of this process (compare runs on a loaded machine with this one)",
        ),
        row(
            "minutes_offline_60kb_median",
            median_ms(lambda: draft_minutes(large), repeat=3, warmup=1),
            "ms",
            "< 3000",
            f"{len(large):,} chars, just under the engine's cap of {MAX_NOTES_CHARS:,}",
        ),
        row(
            "minutes_docx_export_median",
            median_ms(lambda: to_docx(result), repeat=20),
            "ms",
            "< 300",
            "to_docx() of the 5 KB minutes (python-docx)",
        ),
        row(
            "minutes_eml_export_median",
            median_ms(lambda: to_eml(result), repeat=20),
            "ms",
            "< 300",
            "to_eml() incl. the attached .docx",
        ),
    ]


if __name__ == "__main__":
    print(table(run()))
