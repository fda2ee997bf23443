"""Benchmark: a deal on SQLite — adding call notes (qualified on the way in), the merged view, the preparation, the
.ics export and the CRM CSV; medians after warm-up, in-process, offline."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import median_ms, row  # noqa: E402

from coach.deals.crm import to_crm_csv  # noqa: E402
from coach.deals.service import DealService  # noqa: E402
from coach.prepare.engine import prepare_deal  # noqa: E402
from coach.prepare.export import to_ics  # noqa: E402
from coach.storage import open_database  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "deals"


def run() -> list[dict]:
    """Return the benchmark rows (benchmark, value, unit, goal, note)."""
    from datetime import date

    notes = [(DATA / n).read_text(encoding="utf-8") for n in ("call-1.de.txt", "call-2.de.txt")]
    home = Path(tempfile.mkdtemp(prefix="coach-bench-deals-"))
    svc = DealService(open_database(home / "history.sqlite3"), "bench")
    deal = svc.create("Bench", customer="Nordwerk AG", offer="Plattform")
    for text in notes:
        svc.add(deal, text)
    big = svc.create("Bench 20 items", customer="Nordwerk AG", offer="Plattform")
    for n in range(20):
        svc.add(big, notes[n % 2])
    prep = prepare_deal(svc, deal, meeting_date=date(2027, 4, 20), meeting_time="10:00")
    view = svc.show(deal)
    rows = [
        row(
            "deal_show_2_items_median",
            median_ms(lambda: svc.show(deal), repeat=20),
            "ms",
            "< 100",
            "merged qualification, gates, commitments, stage",
        ),
        row(
            "deal_show_20_items_median",
            median_ms(lambda: svc.show(big), repeat=10),
            "ms",
            "< 300",
            "the same over 20 notes items",
        ),
        row(
            "prepare_deal_median",
            median_ms(lambda: prepare_deal(svc, deal, meeting_date=date(2027, 4, 20)), repeat=10),
            "ms",
            "< 300",
            "checklist, one-pager, invitation, likely objections",
        ),
        row(
            "prepare_ics_export_median", median_ms(lambda: to_ics(prep), repeat=20), "ms", "< 50", "icalendar"
        ),
        row(
            "deal_crm_csv_median",
            median_ms(lambda: to_crm_csv([view]), repeat=20),
            "ms",
            "< 50",
            "one row, 37 columns",
        ),
    ]
    rows.insert(
        0,
        row(
            "deal_add_notes_median",
            median_ms(lambda: svc.add(deal, notes[1]), repeat=10),
            "ms",
            "< 300",
            "qualify + one INSERT on SQLite (WAL); ~1 KB of German notes",
        ),
    )  # last: it adds items to the deal
    return rows


if __name__ == "__main__":
    from _util import table

    print(table(run()))
