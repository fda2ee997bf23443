"""The small text-layer fixes the minutes need: Vietnamese names, short weekdays, day/month, 2-digit years, titles."""

from __future__ import annotations

from datetime import date

import pytest

from coach.text.dates import find_meeting_date, resolve_due
from coach.text.names import is_name

BASE = date(2027, 5, 5)  # a Wednesday


@pytest.mark.parametrize("name", ["Nguyễn Thị Lan", "Đặng Minh Tuấn", "Phạm Văn Đức"])
def test_vietnamese_names_are_names(name: str) -> None:
    assert is_name(name)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("send the deck, Mon", date(2027, 5, 10)),
        ("archive the data by Fri", date(2027, 5, 7)),
        ("LB -> Angebot bis Fr", date(2027, 5, 7)),
        ("share the extract by 16/07", date(2027, 7, 16)),
        ("implementation plan – 2 weeks", date(2027, 5, 19)),
        ("I'll mail it this afternoon", date(2027, 5, 5)),
        ("Owner: X — Due: Jun 29", date(2027, 6, 29)),  # month first: 29 is the day, not the year
        ("Vertrag verlängern, bis 30.11", date(2027, 11, 30)),
        ("Fr. Kühn prüft das", None),
        ("24/7 support", None),
    ],
)
def test_short_due_forms(text: str, due: date | None) -> None:
    assert resolve_due(text, BASE)[0] == due


@pytest.mark.parametrize(
    ("head", "meeting"),
    [
        ("Abschlussmeeting RoutenPlan – 09.03.2027, Bremen", date(2027, 3, 9)),
        ("ShelfWise – decision mtg 6 May 27 – Coop", date(2027, 5, 6)),
        ("# Call\n_2 March 2027 · Zoom_", date(2027, 3, 2)),
        ("Tool_Entscheidung_2027-02-11.srt", date(2027, 2, 11)),
        ("Minutes of the Committee, 1 December 2027, 7pm", date(2027, 12, 1)),
    ],
)
def test_meeting_date_in_titles(head: str, meeting: date) -> None:
    assert find_meeting_date(head.split("\n"))[0] == meeting
